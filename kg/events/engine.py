"""Read events from the dependency tree of each sentence.

For every sentence (parsed once per document by ``kg.parse.Parser``):

1. triggers: a token whose word or lemma is a verb or noun of a declared kind, or a
   light verb whose object / ``sebagai`` phrase is one of its nouns ("menerima
   kunjungan", "menetapkan X sebagai tersangka");
2. slots: the trigger's subject (``passive_subject`` for di-/ter- verbs), object,
   obliques named by their preposition ("oleh", "dengan", "terhadap" ...), and for a
   noun trigger the name right after it (``possessor``). A verb without a subject of
   its own takes the subject of the verb it is coordinated with or serves ("tiba di X
   untuk bertemu Y"); a relative clause takes the noun it modifies ("X yang ditangkap");
3. fillers: the entity mention of the filler's phrase (its name, flat and apposition
   words: the person in "Presiden Prancis Emmanuel Macron"), every conjunct
   ("Prabowo dan Macron"), or, for a pronoun or an unnamed anaphor ("mereka",
   "keduanya", "ia", "tersangka"), the actors held by the ``Discourse`` state;
4. modality: a trigger modified by a negation or modality cue, or serving a governor
   ("membantah", "berencana"), did not happen and is dropped;
5. place: the event's ``di`` (or ``ke``) phrase, searched in the trigger's clause
   (``di`` phrases often hang on the object), else the dateline city for the lede;
   time: a time phrase of the trigger's clause, else the sentence's only free one;
6. quantities: numbers whose neighbouring words are cues of a quantity go to the
   nearest event of the sentence that takes them; killed / injured / missing /
   displaced numbers no event takes make a casualty report.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from kg.events.kinds import Declaration, Kind, LightVerb, declaration
from kg.lang.id import numbers, relation_kinds, timex, word_list
from kg.lang.id.names import NEIGHBOURHOOD, geo_country, is_rank_word, paired, words as name_words
from kg.model import TITLE_BODY, Document, Event, Evidence, Mention, Quantity, Sentence, TimeValue
from kg.parse.parser import offset
from kg.text import BULLET_MARKS, line_at, title_cased

_NAME_DEPS = {"flat", "flat:name", "compound", "appos", "amod", "nummod", "det", "nmod",
              "nmod:poss", "punct", "cc", "fixed"}
_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "csubj"}
_QUOTE_CLOSE = {",", '"', "”", "’"}   # what was said ends before an inverted speech verb
_OPENING_MARKS = {'"', "“", "'", "‘", "(", "-", "–", "—"}   # what may stand before a sentence's first word
_OBJECT_DEPS = {"obj", "iobj"}
_OBLIQUE_DEPS = {"obl", "obl:agent", "nmod", "obl:tmod", "advmod", "xcomp", "obj", "appos",
                 "conj", "nmod:poss"}
_CLAUSE_DEPS = {"ccomp", "parataxis", "advcl", "acl", "acl:relcl", "csubj", "xcomp", "conj"}
_INHERIT_DEPS = {"conj", "xcomp", "advcl", "ccomp", "parataxis"}
_TIME_DEPS = {"obl", "obl:tmod", "nmod:tmod", "advmod", "nmod"}   # how a day hangs on the verb it dates
_SAID_DEPS = {"ccomp", "advcl", "parataxis"}   # a clause under a speech verb: what was said
_VERBAL_PREFIXES = ("me", "di", "ber", "ter", "per")
# a day between commas after a subject ("X, Jumat (27/10) pekan lalu, menangkap ...")
_DAY_BETWEEN = re.compile(rf"\s*(?:{'|'.join(timex.WEEKDAYS)})\s*(?:\([^)]*\))?"
                          rf"(?:\s+(?:pekan|minggu)?\s*lalu|\s+\w+ hari)?\s*", re.IGNORECASE)
_WORD = re.compile(r"\w[\w-]*")
_SCORE_GAP = re.compile(r"[\s:,]*")   # between a side of a match and its score
# a line of a round's results, perhaps bulleted: "- Sumsel 0-1 Kepri"
_RESULT_LINE = re.compile(r"[\s\-•*·]*(?P<left>[A-Z][\w.'’-]*(?: [\w.'’-]+){0,4}?)\s+(?P<score>\d{1,2}\s*[-–]\s*\d{1,2})"
                          r"\s+(?P<right>[A-Z][\w.'’-]*(?: [\w.'’-]+){0,4}?)[\s.]*")
_CASUALTIES = {"killed", "injured", "missing"}
_PEOPLE_COUNTS = {"killed", "injured", "missing", "displaced", "people", "childrenKilled"}
_PHRASE_OPENERS = {"yang", "di", "ke", "dari", "pada", "untuk", "dengan", "dalam", "oleh", "sejak", "setelah",
                   "sebagai"}
_ROAD_MARK = re.compile(r"\d+(?:[.,+]\d+)*|[-+/]")   # "34", "-", "35", "12+400" after "KM"
_PLACE_ROLES = {"agent": "Organization", "target": "Place"}   # place_from roles: the filler type that is a place
_NYA = "-nya"   # slot filler for a "-nya" clitic: the person last told of
_NYA_OBJECT = "-nya (object)"   # "menahannya": the person last named before the verb
_NYA_SUBJECT = "-nya (subject)"   # "X berada di Jakarta, ini kunjungan pertamanya": the sentence's subject before it
_NYA_SPEAKER = "-nya (speaker)"   # '"...," ujarnya': the one who spoke last, unless someone acted since


@lru_cache(maxsize=1)
def _title_heads() -> frozenset[str]:
    """Words that open a post or an office ("menteri", "kementerian", "dinas"), lower case."""
    return name_words().title_words | frozenset(w.lower() for w in word_list("office_heads")) | \
        frozenset({"kementerian", "kementrian"})


@dataclass
class Discourse:
    """What the article has told so far, for pronouns and unnamed actors."""
    last_person: str | None = None
    last_person_told: int = -1              # the sentence of the event that named last_person
    first_person: list[str | None] = field(default_factory=list)   # per sentence: the first person named
    sole_body: list[str | None] = field(default_factory=list)      # per sentence: the one body named, no person
    last_actors: list[str] = field(default_factory=list)
    last_actors_told: int = -1              # the sentence of the event that named last_actors
    speaker_body: str | None = None         # the body of the last speaker ("pihaknya")
    last_speaker: str | None = None
    last_person_undergoes: bool = False     # last_person was only told of as one an event befell
    by_role: dict[str, list[str]] = field(default_factory=dict)
    last_day: date | None = None
    event_day: date | None = None           # the day of the last event told that is no statement
    day_told: timex.Timex | None = None    # the phrase that told last_day (for events without a time)
    said_day: timex.Timex | None = None    # the day statements were given, when not the day told
    last_of_kind: dict[str, Event] = field(default_factory=dict)  # for "serangan itu"
    events: list[Event] = field(default_factory=list)             # all told so far
    # (event, role, how many, sentence) of the counted roles that named no one ("melantik dua
    # wakil menteri baru"): "Kedua wakil menteri tersebut adalah A ... dan B" names them
    counted_roles: list[tuple[Event, str, int, int]] = field(default_factory=list)

    def told(self, event: Event, doc: Document) -> None:
        self.last_of_kind[event.kind] = event
        self.events.append(event)
        days = [t.earliest for t in event.times if t.value and len(t.value) == 10]
        if days and event.kind != "Statement":
            self.event_day = days[0]
        actors = list(dict.fromkeys(k for _, k in event.roles))
        if not actors:
            return
        self.last_actors = actors
        self.last_actors_told = event.evidence[0].sentence if event.evidence else -1
        for role, key in event.roles:
            self.by_role[role] = [k for r, k in event.roles if r == role]
        persons = [k for k in actors if doc.entities[k].type == "Person"]
        if persons:     # the first named (the subject) is who "-nya", "ia" speak of
            self.last_person = persons[0]
            self.last_person_undergoes = all(r in ("patient", "target") for r, k in event.roles if k == persons[0])
            self.last_person_told = event.evidence[0].sentence
        if event.kind == "Statement" and event.actors("speaker"):
            self.last_speaker = event.actors("speaker")[0]
            self.speaker_body = event.speaker_affiliation or self.speaker_body

    def person_before(self, sentence: int) -> str | None:
        """Who "ia", "-nya" stand for in a sentence: the person last named by an event,
        unless a later sentence before this one named another first ("Kepala BNPB
        Suharyanto meninjau lokasi. Ia terbang ..." with no event in the first)."""
        for i in range(sentence - 1, self.last_person_told, -1):
            if self.first_person[i] is not None:
                return self.first_person[i]
        return self.last_person

    def actors_before(self, sentence: int) -> list[str]:
        """Who "mereka" stands for: the actors of the last event, unless the sentence right before, after
        that event, named one body and no one else."""
        if self.last_actors_told < sentence - 1 and self.sole_body[sentence - 1] is not None:
            return [self.sole_body[sentence - 1]]
        return list(self.last_actors)


@dataclass
class _Trigger:
    token: object               # spaCy Token heading the trigger
    kind: Kind
    nominal: bool
    light: LightVerb | None = None
    noun: object = None          # the noun of a light verb construction
    words: tuple[int, ...] = ()  # token indices the trigger covers
    told_with: object = None     # the light verb trigger whose noun this one is ("menerima kunjungan X")
    sides: tuple[int, int] = ()  # the tokens of the two sides of a match told by a versus word or a result line


class _Sentence:
    """A parsed sentence with its tokens mapped to the document's mentions."""

    def __init__(self, doc: Document, sentence: Sentence, parsed, parser, inside: list[Mention],
                 outlets: frozenset[str] = frozenset(), relayed: frozenset[str] = frozenset()):
        self.doc, self.sentence, self.parsed, self.parser = doc, sentence, parsed, parser
        self.outlets, self.relayed = outlets, relayed   # (outlets: the dateline's and the relayed ones)
        base = sentence.start
        self.mention: list[Mention | None] = []
        self.case_words: dict[str, list] = {}   # "di" -> its case-marking tokens, in order
        self.starts: list[int] = []   # each token's first character in the document, in order
        self.passive_heads: set[int] = set()   # tokens with a passive subject ("nsubj:pass" child)
        for tok in parsed:
            a = base + offset(tok)
            b = a + len(tok.text)
            self.starts.append(a)
            if tok.dep_ == "nsubj:pass" and tok.head.i != tok.i:
                self.passive_heads.add(tok.head.i)
            self.mention.append(next((m for m in inside if m.start < b and a < m.end), None))
            if tok.dep_ == "case":
                self.case_words.setdefault(tok.lower_, []).append(tok)

    def span(self, tok) -> tuple[int, int]:
        a = self.sentence.start + offset(tok)
        return a, a + len(tok.text)

    def lemma(self, tok) -> str:
        return self.parser.lemma(tok.text)

    def token_at(self, offset: int, default=None):
        """Index of the token whose span holds the document offset (spans do not overlap)."""
        i = bisect_right(self.starts, offset) - 1
        return i if i >= 0 and offset < self.span(self.parsed[i])[1] else default


class Engine:
    def __init__(self, declaration: Declaration, parser):
        self.decl, self.parser = declaration, parser
        self.phrases: list[tuple[tuple[str, ...], Kind, bool]] = sorted(
            ((tuple(p.split()), k, noun) for k in declaration.kinds.values()
             for noun, words in ((False, k.verbs), (True, k.nouns)) for p in words),
            key=lambda x: (-len(x[0]), x[0], x[1].name, x[2]))   # longest first; the rest fixed, not set order
        self.by_first_word: dict[str, list[int]] = {}
        for i, (words, _, _) in enumerate(self.phrases):
            self.by_first_word.setdefault(words[0], []).append(i)
        # di- verbs whose kind lists their active meN- form, passive whatever the lemma table knows ("digeruduk" and
        # "menggeruduk")
        self.listed_passives = frozenset(
            w for k in declaration.kinds.values() for w in k.verbs
            if w.startswith("di") and len(w) > 6 and any(v.startswith("me") and v.endswith(w[2:]) for v in k.verbs))
        # a verb whose object is a noun event -> the slot its subject fills there: who carries it out, chairs it or
        # attends it ("Bupati X melakukan pelantikan", "Presiden X memimpin sidang kabinet")
        cues = declaration.cues
        self.support_slots = {**dict.fromkeys(cues.support_verbs, "subject"),
                              **dict.fromkeys(cues.chair_verbs, "chair"), **dict.fromkeys(cues.attend_verbs, "attendee")}
        self.light_by_verb: dict[str, list[int]] = {}   # a verb -> the light verb rows it opens
        for i, row in enumerate(declaration.light):
            for verb in row.verbs:
                self.light_by_verb.setdefault(verb, []).append(i)
        self.versus = {w: k for k in declaration.kinds.values() for w in k.versus}
        self.win_nouns = {w: k for k in declaration.kinds.values() for w in k.win_nouns}
        self.event_nouns = frozenset(n for k in declaration.kinds.values() for n in k.nouns)
        self._vocabulary: frozenset[str] | None = None
        self._titled_doc: Document | None = None   # the document self._by_title indexes
        self._named_doc: Document | None = None    # the document self._by_name indexes
        self._chained_doc: Document | None = None  # the document self._chained holds the place chains of

    @staticmethod
    def parse_text(doc: Document, sentence: Sentence) -> str:
        """The sentence as the parser reads it: one line, offsets kept; a comma between a subject that
        opens the sentence and its active verb, a slip of the pen the parser reads as an apposition, is
        read as a space ("Bupati Ciamis A B, melantik X")."""
        text = doc.one_line(sentence.start, sentence.end)
        if doc.dateline and doc.dateline[0] < sentence.end and sentence.start < doc.dateline[1]:
            # the dateline ("Jakarta, CNN Indonesia --") is no part of the lede's clause: read as spaces, the
            # parser (which keeps no token for a run of spaces) does not take its names for the subject
            a, b = max(doc.dateline[0], sentence.start) - sentence.start, min(doc.dateline[1], sentence.end) - sentence.start
            text = text[:a] + " " * (b - a) + text[b:]
        subject = next((m for m in doc.mentions if sentence.start <= m.start < sentence.end
                        and m.type in ("Person", "Organization")), None)
        if subject is not None and not re.search(r"(?:^|\s)[a-z]|,", text[:subject.start - sentence.start]) \
                and re.match(r", (?:me|ber)[a-z]{3,} ", text[subject.end - sentence.start:]):
            at = subject.end - sentence.start
            text = text[:at] + " " + text[at + 1:]
        return _headline_cased(doc, sentence, text)

    def may_hold_event(self, text: str) -> bool:
        """A cheap look at the words (and their lemmas) before parsing a sentence."""
        if self._vocabulary is None:
            d = self.decl
            words = {w for k in d.kinds.values() for p in k.verbs | k.nouns for w in p.split()[:1]}
            words |= {w for row in d.light for w in row.verbs} | d.cues.event_nouns | set(self.versus) | set(self.win_nouns)
            words |= d.cues.member_verbs   # a member clause names a crowd told before
            words |= d.cues.setting_verbs  # "Salah satunya terjadi di X": where the event told before was
            words |= {w for cues in d.quantity_cues.values() for c in cues for w in c.split()[:1]}
            self._vocabulary = frozenset(words)
        if _RESULT_LINE.fullmatch(text.strip()):
            return True
        for w in _WORD.findall(text.lower()):
            if w in self._vocabulary or self.parser.lemma(w) in self._vocabulary \
                    or (w.endswith("nya") and w[:-3] in self._vocabulary):
                return True
        return False

    # ------------------------------------------------------------------ triggers
    def _words_at(self, s: _Sentence, i: int, n: int) -> tuple[str, ...]:
        return tuple(t.lower_ for t in s.parsed[i:i + n])

    def _sense_words(self, s: _Sentence, i: int) -> set[str]:
        """The word at i, also without its '-nya' ("menahan emosinya": the sense of "emosi"), past a
        count ("menyumbang 1 medali emas": the sense of "medali")."""
        while i + 1 < len(s.parsed) and (s.parsed[i].text.isdigit() or s.parsed[i].lower_ in numbers.WORDS):
            i += 1
        w = self._words_at(s, i, 1)
        return set(w) | {x[:-3] for x in w if x.endswith("nya") and len(x) > 5}

    def _match(self, s: _Sentence, tok) -> tuple[Kind, bool, int] | None:
        """(kind, nominal, length) of the longest trigger starting at tok."""
        w = tok.lower_
        base = w[:-3] if w.endswith("nya") and len(w) > 5 else w
        lemma = s.lemma(tok)
        verbal = tok.tag_ in ("VERB", "AUX", "ADJ") or w.startswith(_VERBAL_PREFIXES)
        # only the phrases whose first word is this word, its base or its lemma, longest first
        candidates = sorted({i for key in (w, base, lemma) for i in self.by_first_word.get(key, ())})
        # a verb of a kind's context ("menjamu" in sport) opens that kind first in its context, never outside it
        in_context = {i: self._in_context(s, self.phrases[i][1].context) for i in candidates
                      if self.phrases[i][1].context_verbs & {w, base, lemma, " ".join(self.phrases[i][0])}}
        candidates = [i for i in candidates if in_context.get(i)] + [i for i in candidates if i not in in_context]
        # the word itself before its lemma: "menjatuhkan" (a verdict) is not "jatuh" (an accident)
        for by_lemma in (False, True):
            for words, kind, noun in (self.phrases[i] for i in candidates):
                if (w in kind.exclude or base in kind.exclude) and not (
                        w in kind.after_quote and tok.i > 0 and s.parsed[tok.i - 1].text in _QUOTE_CLOSE):
                    continue
                if len(words) > 1:
                    if not by_lemma and self._words_at(s, tok.i, len(words)) == words:
                        # a phrase that is both ("baku tembak"): a noun where the tagger says so
                        return kind, noun or (" ".join(words) in kind.nouns and tok.tag_ in ("NOUN", "PROPN")), len(words)
                    continue
                word = words[0]
                if not by_lemma and word in (w, base):
                    # a word that is both ("longsor"): a noun where the tagger says so
                    return kind, noun or (word in kind.nouns and tok.tag_ in ("NOUN", "PROPN")), 1
                if by_lemma and not noun and verbal and word == lemma:
                    return kind, False, 1
        return None

    def _light(self, s: _Sentence, tok, generic: bool = False) -> _Trigger | None:
        """A light verb construction at tok; ``generic``: only rows that take any
        ``sebagai`` phrase, else only rows naming their nouns."""
        w, lemma = tok.lower_, s.lemma(tok)
        rows = [row for row in (self.decl.light[i] for i in sorted({*self.light_by_verb.get(w, ()),
                                                                    *self.light_by_verb.get(lemma, ())}))
                if ("sebagai" in row.nouns) == generic and self._in_context(s, row.context)]
        if not rows:   # (a row outside its context gives way to the others: "menetapkan Bupati X sebagai tersangka")
            return None
        # the noun, or a "sebagai" phrase the parser hung on the object (or on a name it read as an
        # oblique: "menetapkan pasangan calon nomor urut 3 A-B sebagai pasangan terpilih")
        near = list(tok.children)
        # (or deeper, on a name in apposition to the object: "menetapkan pasangan calon nomor urut 1, A-B
        # sebagai pasangan calon terpilih", with no verb between)
        near += [g for c in near if c.dep_ in _OBJECT_DEPS or c.dep_ == "obl"
                 for g in c.subtree if g.i != c.i and any(x.lower_ == "sebagai" for x in g.children)
                 and (c.dep_ in _OBJECT_DEPS or s.mention[c.i] is not None or g.head.i != c.i)
                 and not self._verb_between(g, c)]
        # "menetapkan pasangan X menjadi Bupati": the object of a "menjadi" the verb governs is its "sebagai" phrase
        become = {g.i for c in tok.children if c.lower_ in self.decl.cues.become_verbs and c.i > tok.i
                  for g in c.children if g.dep_ in _OBJECT_DEPS}
        near += [s.parsed[i] for i in sorted(become)]
        # "mengabulkan untuk sebagian permohonan X": the object hung on a word for a part of it
        parted = {g.i for c in tok.children if c.dep_ == "obl" and c.lower_ in self.decl.cues.part_words
                  and c.i > tok.i for g in c.children if g.dep_ == "nmod"}
        near += [s.parsed[i] for i in sorted(parted)]
        # "menetapkan dua orang tersangka": the noun the parser hung on a counting word made the object
        counted = {g.i for c in tok.children if c.dep_ in _OBJECT_DEPS and c.lower_ in self.decl.cues.classifiers
                   for g in c.children if g.i == c.i + 1}
        near += [s.parsed[i] for i in sorted(counted)]
        if tok.dep_ in ("ccomp", "xcomp") and tok.head.i < tok.i and \
                {tok.head.lower_, s.lemma(tok.head)} & self.decl.cues.aspect_verbs:
            # "Penyelundupan sabu berhasil digagalkan": the subject the parser gave "berhasil"
            aspect_subjects = {c.i for c in tok.head.children if c.i < tok.head.i and c.dep_ in ("nsubj", "nsubj:pass", "dep")}
            near += [s.parsed[i] for i in sorted(aspect_subjects)]
        else:
            aspect_subjects = set()
        # the noun right after the verb, however the parser hung the two ("menelan kekalahan"
        # with the verb read as part of the name before it)
        after = s.parsed[tok.i + 1] if tok.i + 1 < len(s.parsed) else None
        appended = after is not None and after not in near and tok.head.i != after.i and after.tag_ == "NOUN"
        if appended:
            near.append(after)
        # ... also when the tagger read the verb as a noun and hung the noun on it
        # ("DPRD X gelar rapat paripurna"), if the word itself is the row's verb ("pemenang
        # pemilu" is no "menang pemilu"); tokens are compared by index (spaCy makes a new
        # object at each access)
        literal = tok.tag_ in ("NOUN", "PROPN") and any(w in row.verbs for row in rows)
        for child in near:
            # (or a bare noun right after the verb that the parser made an oblique: "terlibat baku tembak")
            right_after = after is not None and child.i == after.i and (
                appended or literal or child.dep_ in ("obl", "obl:agent") and not any(x.dep_ == "case" for x in child.children))
            if child.dep_ not in ("obj", "nsubj:pass", "obl", "obl:agent", "xcomp", "nsubj", "conj", "nmod") and \
                    not right_after and child.i not in aspect_subjects and child.i not in counted:
                continue
            cases = {c.lower_ for c in child.children if c.dep_ == "case"} | ({"sebagai"} if child.i in become else set())
            if child.dep_ in ("obl", "obl:agent", "nmod") and "sebagai" not in cases and not (right_after and not cases) \
                    and child.i not in parted:
                continue
            # the longest noun of any row first: "melakukan aksi mogok" is a strike, not
            # the protest of "melakukan aksi"
            for n in (3, 2, 1):
                if child.i + n > len(s.parsed):
                    continue   # the sentence ends first: the trigger may not cover words it has not
                words = " ".join(self._words_at(s, child.i, n))
                # "menyambut kedatangannya": the noun with its possessive clitic
                bare = words[:-3] if n == 1 and words.endswith("nya") and len(words) > 6 else words
                for row in rows:
                    if row.after_verb and child.i < tok.i:
                        continue
                    if words in row.nouns or bare in row.nouns or ("sebagai" in row.nouns and "sebagai" in cases):
                        # (a mark of the row in the noun's phrase is the trigger's too: "sebagai Wali Kota ... terpilih")
                        marks = [x.i for x in self._noun_words(s, child) if x.lower_ in row.marks] if row.marks else []
                        return _Trigger(tok, self.decl.kinds[row.kind], False, row, child,
                                        (tok.i, *range(child.i, child.i + n), *marks))
            for row in rows:    # "sebagai pasangan calon bupati terpilih" (however the parser hung "terpilih")
                mark = next((x for x in self._noun_words(s, child) if x.lower_ in row.marks), None) \
                    if row.marks else None
                if mark is not None and ("sebagai" in cases or child.dep_ == "obj" and s.mention[child.i] is None):
                    return _Trigger(tok, self.decl.kinds[row.kind], False, row, child, (tok.i, child.i, mark.i))
        return None

    @staticmethod
    def _verb_between(tok, top) -> bool:
        """A verb on the path from tok up to top (top itself not counted)."""
        head = tok.head
        while head.i != top.i and head.i != head.head.i:   # (up to the root at most)
            if head.tag_ == "VERB":
                return True
            head = head.head
        return False

    def _versus(self, s: _Sentence, tok) -> _Trigger | None:
        """"Persik Kediri vs Bali United: 0-0": two named sides around a versus word, a score after them."""
        kind = self.versus.get(tok.lower_)
        if kind is None or not 0 < tok.i < len(s.parsed) - 1:
            return None
        left, right = s.mention[tok.i - 1], s.mention[tok.i + 1]
        if left is None or right is None or left is right or not left.entity or not right.entity or \
                left.type not in kind.actor_types or right.type not in kind.actor_types:
            return None
        first = s.token_at(left.start, 0)
        opener = s.parsed[first - 1] if first > 0 else None
        told = self._score_after(s, right, kind) or opener is not None and opener.lower_ in kind.versus_openers
        return _Trigger(tok, kind, True, words=(tok.i,), sides=(tok.i - 1, tok.i + 1)) if told else None

    def _result_line(self, s: _Sentence, tok) -> _Trigger | None:
        """"- Sumsel 0-1 Kepri", a line of a round's results: two named sides around a score, nothing else."""
        line = _RESULT_LINE.fullmatch(s.doc.text, s.sentence.start, s.sentence.end)
        if line is None or s.span(tok)[0] != line.start("score") or not self.versus:
            return None
        kind = next(iter(self.versus.values()))
        left, right = s.mention[tok.i - 1] if tok.i else None, s.token_at(line.start("right"), None)
        right = s.mention[right] if right is not None else None
        if left is None or right is None or left is right or not (left.entity and right.entity) or \
                (left.start, right.end) != (line.start("left"), line.end("right")) or \
                left.type not in kind.actor_types or right.type not in kind.actor_types:
            return None
        return _Trigger(tok, kind, True, words=(tok.i,), sides=(s.token_at(left.start), s.token_at(right.start)))

    def _beaten(self, s: _Sentence, tok) -> int | None:
        """Where the side a win noun beat is named: after "atas" within a few words of the noun, with no
        verb between, and a score in the sentence (not "kemenangan A atas B dalam pilkada")."""
        kind = self.win_nouns.get(tok.lower_)
        if kind is None or tok.tag_ not in ("NOUN", "PROPN"):
            return None
        for x in s.parsed[tok.i + 1:tok.i + 9]:
            if x.tag_ in ("VERB", "AUX") or x.text in (",", ";", ":"):
                return None
            if x.lower_ == "atas" and x.i + 1 < len(s.parsed):
                side = s.mention[x.i + 1]
                scored = self.decl.score_pattern.search(s.doc.text, s.sentence.start, s.sentence.end)
                if side is not None and side.entity and side.type in kind.actor_types and scored:
                    return x.i + 1
                return None
        return None

    def _sides(self, s: _Sentence, i: int, end: int) -> list:
        """The tokens of the names from i on, joined by a pair mark or "dan" ("Chen Wei Ming / Ong Kah Hoe")."""
        out = []
        while i < end:
            m = s.mention[i]
            if m is not None and m.entity:
                out.append(s.parsed[i])
                while i < end and s.mention[i] is m:
                    i += 1
            elif s.parsed[i].text in ("/", "&") or s.parsed[i].lower_ in ("dan", "serta") or \
                    (not out and s.mention[i] is None and s.parsed[i].is_lower):
                i += 1   # "kemenangan tim beregu putra Indonesia": words before the name
            else:
                break
        return out

    def _won_by(self, s: _Sentence, sides: list):
        """'Filipina vs Indonesia ... adalah 1-2 untuk kemenangan Indonesia': the side a win noun of the
        sentence names (past lowercase words, "kemenangan tim Indonesia")."""
        entities = {s.mention[x.i].entity: x for x in sides if s.mention[x.i] is not None}
        at_sides = {y.i for y in sides}
        for x in s.parsed:
            if x.lower_ in self.win_nouns and x.i not in at_sides:
                named = self._sides(s, x.i + 1, min(len(s.parsed), x.i + 4))
                if len(named) == 1 and s.mention[named[0].i].entity in entities:
                    return entities[s.mention[named[0].i].entity]
        return None

    def _win_slots(self, s: _Sentence, tok) -> dict[str, list]:
        """The winner named between the win noun and "atas", else the subject of the verb the noun
        hangs on ("Indonesia memastikan kemenangan 2-0 atas X", "Dengan kemenangan ..., tim Garuda Muda
        ..."); the side after "atas"."""
        side = self._beaten(s, tok)
        out = {"atas": self._sides(s, side, len(s.parsed))}
        winner = self._sides(s, tok.i + 1, side - 1)
        if not winner and tok.head.i != tok.i:
            winner = self._subjects(s, tok.head)[0]
        if winner:
            out["win"] = winner
        return out

    def _score_after(self, s: _Sentence, m: Mention, kind: Kind) -> re.Match | None:
        """The score right after a side, past punctuation and the kind's score links."""
        text, at = s.doc.text, m.end
        while True:
            at = _SCORE_GAP.match(text, at, s.sentence.end).end()
            word = _WORD.match(text, at, s.sentence.end)
            if word is None or word.group().lower() not in kind.score_links:
                return self.decl.score_pattern.match(text, at, s.sentence.end)
            at = word.end()

    def _in_context(self, s: _Sentence, context: frozenset[str]) -> bool:
        """A row or verb with a context ("meraih kemenangan", "menjamu" in sport) applies only in a
        sentence with one of its words or a score ("PAP meraih kemenangan" in an election is no match);
        a score stands for the word "skor" (a vote count is no score)."""
        words = [x.lower_ for x in s.parsed]   # (a context may be two words: "penetapan apbd")
        return not context or any(w in context for w in words) or \
            any(f"{a} {b}" in context for a, b in zip(words, words[1:])) or "skor" in context and \
            self.decl.score_pattern.search(s.doc.text, s.sentence.start, s.sentence.end) is not None

    def _by_culprit(self, s: _Sentence, t: _Trigger) -> bool:
        """A crowd event (protest, strike) whose subject is a culprit ("pelaku", "tersangka"):
        the act of a crime."""
        return t.kind.name in self.decl.cues.crowd_kinds and any(
            x.lower_ in self.decl.cues.anaphors for x in self._subjects(s, t.token)[0] if not isinstance(x, str))

    def _venue(self, s: _Sentence, key: str) -> bool:
        """A site named in the sentence with a building or site word ("Kamp Zamzam",
        "kamp pengungsi Zamzam", "markas Polsek X")."""
        venues = self.decl.cues.venue_words
        if (s.doc.entities[key].name.split() or [""])[0].lower() in venues:
            return True
        for i, tok in enumerate(s.parsed):
            m = s.mention[i]
            if m is not None and m.entity == key and s.span(tok)[0] == m.start:
                if any(x.lower_ in venues for x in s.parsed[max(0, i - 3):i]):
                    return True
        return False

    @staticmethod
    def _noun_words(s: _Sentence, noun) -> list:
        """The noun and the words after it up to a comma or a word that opens a new phrase."""
        out = [noun]
        for x in s.parsed[noun.i + 1:noun.i + 8]:
            if x.is_punct or x.lower_ in _PHRASE_OPENERS:
                break
            out.append(x)
        return out

    def triggers(self, s: _Sentence) -> list[_Trigger]:
        found, used = [], set()
        for tok in s.parsed:
            named = s.mention[tok.i]
            if tok.i in used or (named is not None and named.type != "Place") or self._demands(s, tok):
                continue    # "Komisi Pemilihan Umum" names a body, not an election
            if named is not None and tok.i > 0 and tok.text[:1].isupper():
                continue    # "Kabupaten Serang" names a place, not an attack
            if tok.i > 0 and tok.text[:1].isupper() and (s.parsed[tok.i - 1].text,) in name_words().org_heads and \
                    s.parsed[tok.i - 1].text[:1].isupper():
                continue    # "Panitia Pemilihan Kecamatan (PPK)": a body's name no one recognised, not an election
            if self._portfolio(s, tok):
                continue    # "Menteri Koordinator Perekonomian dan Investasi X": a post's portfolio, no investment
            t = self._light(s, tok) or self._versus(s, tok) or self._result_line(s, tok)
            if t is None and self._beaten(s, tok) is not None:
                t = _Trigger(tok, self.win_nouns[tok.lower_], True, words=(tok.i,))
            if t is not None and t.noun is not None and t.noun.dep_ in _SUBJECT_DEPS and self._anaphoric(t.noun):
                t = None   # "Pertemuan tersebut digelar di X": the meeting told before, read from its noun
            if t is not None and t.light is not None and (
                    self._sense_words(s, max(t.words) + 1) & t.kind.other_sense
                    or t.noun is not None and self._sense_words(s, t.noun.i + 1) & t.kind.other_sense
                    or self._by_culprit(s, t) or not self._in_context(s, t.light.context)):
                continue   # "melakukan aksi pencurian", "pelaku melakukan aksinya": a crime, no protest
            if t is None:
                hit = self._match(s, tok)
                if hit is not None and self._sense_words(s, tok.i + hit[2]) & hit[0].other_sense:
                    hit = None   # "mengamankan kemenangan" secures a win: another sense
                nxt = s.mention[tok.i + hit[2]] if hit is not None and tok.i + hit[2] < len(s.parsed) else None
                if nxt is not None and nxt.entity in s.outlets:
                    hit = None   # "saat ditemui detikcom": the reporter's interview
                if hit is not None and tok.i and set(self._words_at(s, tok.i - 1, 1)) & hit[0].modifies:
                    hit = None   # "gubernur terpilih": a governor-elect, no election told ("masa sidang": a term)
                named = s.mention[tok.i - 1] if hit is not None and tok.i else None
                if named is not None and named.type != "Person" and (first := s.token_at(named.start)) and \
                        set(self._words_at(s, first - 1, 1)) & hit[0].modifies:
                    hit = None   # "anggota DPRD terpilih", "Bupati Sleman terpilih": the title of one elected
                if hit is not None and hit[1] and tok.i and s.parsed[tok.i - 1].lower_ in self.decl.cues.setting_marks:
                    hit = None   # "di sela KTT ASEAN": the occasion of the news told, no event of its own
                after = s.parsed[tok.i + 1] if tok.i + 1 < len(s.parsed) else None
                if hit is not None and not hit[1] and hit[2] == 1 and after is not None and after.dep_ == "xcomp" \
                        and after.head.i == tok.i and after.tag_ == "VERB" and "object" in hit[0].roles \
                        and tok.lower_.startswith("me") and after.lower_ not in self.decl.cues.become_verbs \
                        and after.lower_ not in self.decl.cues.result_words \
                        and not any(c.dep_ in _OBJECT_DEPS for c in tok.children):
                    # "memilih mengungsi": a verb that takes an object chose to do what the next verb says, no vote
                    # ("tergelincir keluar landasan" takes none: the accident; "dipromosikan menjadi X" is promoted)
                    hit = None
                if hit is not None:
                    kind, nominal, n = hit
                    t = _Trigger(tok, kind, nominal, words=tuple(range(tok.i, tok.i + n)))
                else:
                    t = self._light(s, tok, generic=True)
                if t is None:
                    continue
            if t.kind.off_context and any(x.lower_ in t.kind.off_context or x.lower_.removesuffix("nya")
                                          in t.kind.off_context for x in s.parsed):
                continue   # "melancarkan serangan ke gawang Aceh", "tembakannya diamankan X": a match, no attack
            used.update(t.words)
            found.append(t)
            if t.light is not None and t.noun is not None and t.noun.lower_ in t.light.also:
                # "menerima kunjungan X": a meeting, and X's visit (the noun's own kind)
                hit = self._match(s, t.noun)
                if hit is not None and hit[0] is not t.kind and hit[1]:
                    found.append(_Trigger(t.noun, hit[0], True, words=(t.noun.i,), told_with=t))
        # a noun trigger that is an argument of a verb trigger of its kind is that event
        # ("Gempa ... mengguncang Cianjur")
        verbs = {t.token.i: t.kind.name for t in found if not t.nominal}
        subjects = {(x.i, t.kind.name) for t in found if not t.nominal
                    for x in self._subjects(s, t.token)[0]}
        # ... also when the tree is wrong ("Gempa bumi bermagnitudo 5,7 mengguncang X" with
        # the root on "bermagnitudo"): the noun before a verb of its kind, no comma between
        def names_verb(t) -> bool:
            return any(v.kind is t.kind and not v.nominal and v.token.i > t.token.i and not any(
                x.text in (",", ";") for x in s.parsed[t.token.i:v.token.i]) for v in found)
        # "..., kata X, menurut Reuters": the outlet relays the saying; "menurut X" is a
        # statement of its own only in a sentence with no other speech verb
        said = [t for t in found if t.kind.name == "Statement" and t.token.dep_ != "case"]
        found = [t for t in found if not (said and t.kind.name == "Statement" and t.token.dep_ == "case")]
        return [t for t in found if not (t.nominal and (
            (t.token.head.i != t.token.i and verbs.get(t.token.head.i) == t.kind.name)
            or (t.token.i, t.kind.name) in subjects or names_verb(t) or self._occasion(s, t.token)))]

    def _occasion(self, s: _Sentence, tok) -> bool:
        """'Penetapan dilakukan dalam rapat pleno di X, Kamis': the meeting in which an event
        told again took place is its occasion, no event of its own (its place and day are
        that event's)."""
        cues, verb = self.decl.cues, tok.head
        if verb.i == tok.i or not (verb.lower_ in cues.setting_verbs or s.lemma(verb) in cues.setting_verbs):
            return False
        if not any(c.dep_ == "case" and c.lower_ in ("dalam", "pada", "saat") for c in tok.children):
            return False
        return any(c.dep_ in _SUBJECT_DEPS and c.lower_ in cues.event_nouns for c in verb.children)

    # ------------------------------------------------------------------ slots
    def _passive(self, s: _Sentence, tok) -> bool:
        if tok.i in s.passive_heads:   # a "nsubj:pass" child (tok.children walks the whole subtree)
            return True
        w, lemma = tok.lower_, s.lemma(tok)
        return lemma != w and (w.startswith("di") and not lemma.startswith("di")
                               or w.startswith("ter") and not lemma.startswith("ter")) or w in self.listed_passives

    def _pronoun(self, tok) -> bool:
        c = self.decl.cues
        return tok.lower_ in c.counted_pronouns or tok.lower_ in c.pronouns_plural or tok.lower_ in c.pronouns_person

    def _di_passive(self, s: _Sentence, tok) -> bool:
        w, lemma = tok.lower_, s.lemma(tok)
        return w.startswith("di") and lemma != w and not lemma.startswith("di")

    def _named_by_copula(self, s: _Sentence, clause) -> list:
        """'Tamu negara yang diterima Presiden sebelum upacara pelantikan ialah Sultan Brunei Darussalam Hassan
        Bakri': the one a copula after the relative clause's verb names (no other verb between), however the
        parser hung the copula's phrase; people listed after it up to the next verb ("Para wakil ketua yang
        dilantik ialah A dari PDIP, B dari Gerindra, dan C dari Golkar") are named with the first."""
        for x in s.parsed[clause.i + 1:]:
            if x.lower_ in self.decl.cues.copulas:
                first = next((y for y in s.parsed[x.i + 1:x.i + 6] if s.mention[y.i] is not None
                              and s.mention[y.i].type in ("Person", "Organization")), None)
                if first is None or s.mention[first.i].type != "Person":
                    return [first] if first is not None else []
                out, seen = [], set()
                for y in s.parsed[first.i:]:
                    m = s.mention[y.i]
                    if m is None and y.tag_ in ("VERB", "AUX"):
                        break
                    if m is not None and m.type == "Person" and id(m) not in seen:
                        seen.add(id(m))
                        out.append(y)
                return out
            if x.tag_ in ("VERB", "AUX") or x.text in (",", ";", ":"):
                return []
        return []

    def _subjects(self, s: _Sentence, tok, depth: int = 0) -> tuple[list, bool]:
        """The subject tokens of a verb and whether they are its passive subject."""
        passive = self._passive(s, tok)
        # "..., ditangkap Satresnarkoba Polres X": a name after a di- verb is its agent,
        # whatever the parser called it (the one it undergoes stands before it)
        subj = [c for c in tok.children if c.dep_ in _SUBJECT_DEPS and not (c.i > tok.i and self._di_passive(s, tok))]
        commas = [c.i for c in s.parsed[subj[0].i:tok.i] if c.text == ","] if len(subj) > 1 else []
        if commas and any(c.i > commas[-1] and s.mention[c.i] is not None and s.mention[c.i].type != "Place"
                          for c in subj):
            # "Hasil pengembangan perkara X, Polres Y mengamankan ...": a phrase fronted before a comma is no subject
            subj = [c for c in subj if c.i > commas[-1]]
        # "Pemprov X bersama PT Y melakukan ...": the parser may hang the subject on 'bersama' (and make
        # the one after it the subject or an oblique); both act
        comitative = self.decl.cues.comitative
        for c in tok.children:
            if c.i < tok.i and (c in subj or c.dep_ == "obl"):
                hung = [g for k in c.children if k.dep_ == "case" and k.lower_ in comitative
                        for g in k.children if g.dep_ in _SUBJECT_DEPS and g.i < k.i]
                if hung:
                    return [hung[0], c], passive
            if c in subj:   # (or hang the one after 'bersama' on the subject)
                along = [g for g in c.children if g.dep_ in ("nmod", "conj") and g.i > c.i and any(
                    k.dep_ == "case" and k.lower_ in comitative for k in g.children)]
                if along:
                    return [c, along[0]], passive
        if subj and not (subj[0].lower_ == "yang" and tok.dep_.startswith("acl")):
            return subj, passive
        # "Ketiganya ditahan ...", "Ketiganya sebelumnya terjaring ...": a pronoun before the
        # verb that the parser read as an adverb, or hung the verb on
        pronoun = [c for c in (*tok.children, tok.head) if c.i < tok.i and self._pronoun(c)]
        if pronoun:
            return pronoun[:1], passive
        if tok.dep_.startswith("acl") and tok.head.i != tok.i and depth < 3 and \
                any(c.dep_ == "mark" and c.i < tok.i for c in tok.children):
            # "Timnas X harus menelan pil pahit ketika menghadapi Jepang": a clause opened by a conjunction is
            # no relative clause of the word the parser hung it on; its subject is that verb's (or the verb's the
            # word hangs on: "X menegaskan janjinya bagi pembangunan desa dengan melantik ...")
            up = tok.head
            while up.dep_ in ("acl", "obj", "nmod", "obl") and up.head.i != up.i and \
                    not any(c.dep_ in _SUBJECT_DEPS for c in up.children) and up.i - up.head.i < 8:
                up = up.head
            if any(c.dep_ in _SUBJECT_DEPS for c in up.children):
                return self._subjects(s, up, depth + 1)[0], passive
        if tok.dep_.startswith("acl") and tok.head.i != tok.i:
            verb = tok.head.head
            if depth < 3 and verb.i != tok.head.i and tok.head.dep_ in _OBJECT_DEPS | {"obl"} and any(
                    c.dep_ == "mark" and c.lower_ in self.decl.cues.purpose_marks for c in tok.children):
                # "melakukan kunjungan ke X, untuk bertemu Y": who visits meets, not the visit
                return self._subjects(s, verb, depth + 1)[0], passive
            named = self._named_by_copula(s, tok) if s.mention[tok.head.i] is None else []
            return named or [tok.head], passive
        # "Terdakwa ..., Ferry Gunawan, divonis ...": a verb the parser made the conjunct
        # of the noun before it has that noun as its subject
        # (not a verb the tagger called a noun: "Petugas menggerebek rumah dan mengamankan RH")
        if tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.tag_ in ("NOUN", "PROPN") \
                and tok.head.dep_ == "ROOT" and not (tok.head.lower_.startswith(("me", "ber"))
                                                     and s.lemma(tok.head) != tok.head.lower_):
            return [tok.head], passive
        if (named := self._named_opening(s, tok)) is not None:
            return [named], passive
        if (named := self._named_before_comma(s, tok)) is not None:
            return [named], passive
        if (named := self._named_after_opening(s, tok)) is not None:
            return [named], passive
        if depth < 3 and tok.dep_ in ("obl", "advmod", "obj") and tok.head.i < tok.i and \
                {tok.head.lower_, s.lemma(tok.head)} & self.decl.cues.aspect_verbs:
            # "Empat pelaku berhasil dibekuk petugas": whatever the parser made of the verb after
            # "berhasil", the subject of "berhasil" is its own
            return self._subjects(s, tok.head, depth + 1)[0], passive
        controlled = self._controlled(s, tok)
        if controlled is not None:   # "membawa Timnas U-19 menang atas Thailand": the object won
            return [controlled], passive
        if depth < 3 and tok.dep_ in _INHERIT_DEPS and tok.head.i != tok.i:
            head = tok.head
            if tok.dep_ in _SAID_DEPS and head.i < tok.i and self._speech_verb(s, head) \
                    and not self._speech_verb(s, tok):
                # "dia mengatakan pelaku TR dan MS tertangkap", "mengatakan, tersangka RD diamankan petugas":
                # what was said never has the speaker as its subject; the parser hung the clause's own
                # subject on the speech verb (as its object, or a bare oblique)
                return [c for c in head.children if head.i < c.i < tok.i and (
                    c.dep_ in _OBJECT_DEPS or c.dep_ in ("obl", "obl:tmod")
                    and not any(x.dep_ == "case" for x in c.children))][:1], passive
            if tok.dep_ == "conj" and head.tag_ == "NOUN" and head.dep_ in ("obl", "obj") and head.head.i != head.i \
                    and tok.lower_.endswith("nya"):
                # "menetapkan X sebagai tersangka dan menahannya": a verb with an object clitic
                # the parser hung on the noun before it acts with the verb above that noun
                head = head.head
            before = s.mention[tok.i - 1] if tok.i > 0 else None
            if tok.dep_ != "conj" and not passive and before is not None and before.type in ("Person", "Organization") \
                    and s.parsed[tok.i - 1].head.i != tok.i and not self._companion(s, before):
                # "Istana mengungkap alasan Presiden X menyambut ...": a name right before an active verb the
                # parser hung below another verb is its subject, not the other verb's
                return [s.parsed[tok.i - 1]], passive
            objects = [c for c in head.children if c.dep_ in _OBJECT_DEPS and head.i < c.i < tok.i
                       and max(x.i for x in c.subtree) == tok.i - 1]
            if tok.dep_ == "xcomp" and objects and not any(c.dep_ == "mark" for c in tok.children):
                # "BNPB mengonfirmasi banjir merendam ...", "meminta warga mengungsi": the object right before the
                # verb acts in the clause (not "..., setelah mengalahkan X": a clause of time)
                return objects[:1], passive
            if passive and tok.dep_ == "advcl" and not self._passive(s, head):
                # (an event noun is no one: "X harus menyudahi perjalanan usai dibantai Y": X was beaten)
                objects = [c for c in head.children if c.dep_ in _OBJECT_DEPS and c.lower_ not in self.event_nouns]
                if objects:   # "Polisi menahan X setelah ditetapkan sebagai tersangka": X was named a suspect
                    return objects[:1], passive
            head_subj, head_passive = self._subjects(s, head, depth + 1)
            return head_subj, passive if tok.dep_ != "conj" else (passive or head_passive)
        return [], passive

    @staticmethod
    def _named_right_before(s: _Sentence, tok, types=("Person", "Organization")):
        """The first token of a person or body named right before tok (past up to two adverbs: "PSM malah
        menyerah"), not inside a prepositional phrase."""
        i = tok.i - 1
        while i > 0 and tok.i - i <= 2 and s.mention[i] is None and s.parsed[i].tag_ in ("ADV", "PART") \
                and s.parsed[i].is_lower:
            i -= 1
        m = s.mention[i] if i >= 0 else None
        first = s.token_at(m.start) if m is not None and m.type in types else None
        if first is None or (first > 0 and s.parsed[first - 1].dep_ == "case"):
            return None
        return s.parsed[first]

    @staticmethod
    def _given_post(s: _Sentence, tok) -> bool:
        """The name at tok is followed right away by "sebagai" (the post or status it is given)."""
        m = s.mention[tok.i]
        end = s.token_at(m.end - 1, tok.i) if m is not None else tok.i
        return end + 1 < len(s.parsed) and s.parsed[end + 1].lower_ == "sebagai"

    @staticmethod
    def _oleh_after(s: _Sentence, tok):
        """The person or body named after an "oleh" within four words after tok, no mark between."""
        for x in s.parsed[tok.i + 1:tok.i + 5]:
            if x.is_punct:
                return None
            if x.lower_ == "oleh" and x.i + 1 < len(s.parsed):
                m = s.mention[x.i + 1]
                return s.parsed[x.i + 1] if m is not None and m.type in ("Person", "Organization") else None
        return None

    def _companion(self, s: _Sentence, m: Mention) -> bool:
        """The name m comes after a companion verb, past capitalised title words ("didampingi Ibu Negara Y",
        "didampingi Kepala Dinas Sosial Jateng H Y")."""
        first = s.token_at(m.start)
        for x in reversed(s.parsed[max(0, first - 9):first] if first is not None else []):
            if x.lower_ in self.decl.cues.companion_verbs:
                return True
            if not x.text[:1].isupper():
                return False
        return False

    @staticmethod
    def _other_party(out: dict[str, list]) -> None:
        """'antara A dengan B' with B hung on A: both are parties."""
        for x in list(out.get("antara", [])):
            out["antara"] += [c for c in x.children if c.dep_ in ("nmod", "conj") and any(
                k.dep_ in ("case", "cc") and k.lower_ in ("dengan", "dan") for k in c.children)]

    def _session_body(self, s: _Sentence, tok):
        """The body named in a "dalam/pada sidang ..." phrase of tok: "dalam Sidang Paripurna DPRD X"."""
        near = [*tok.children, *(g for c in tok.children if c.dep_ in ("xcomp", "advcl") for g in c.children)]
        for c in near:   # ("disahkan menjadi Perda dalam Rapat ...": on the verb the parser chose)
            if c.lower_ in self.decl.cues.session_nouns and \
                    any(x.dep_ == "case" and x.lower_ in ("dalam", "pada", "saat") for x in c.children):
                for x in sorted(c.subtree, key=lambda x: x.i):
                    if x.lower_ in self.decl.cues.matter_nouns:
                        break   # ("dalam sidang putusan kasus suap proyek RSUD X": the matter's body decides nothing)
                    m = s.mention[x.i]
                    if m is not None and m.type == "Organization":
                        return x
        return None

    def _controlled(self, s: _Sentence, tok):
        """The object of a verb such as "membawa" written right before tok ("membawa Timnas U-19 |
        menang"), however the parser hung tok: the one who does what tok says."""
        for v in s.parsed[max(0, tok.i - 16):tok.i]:   # (a named pair with its number is long)
            if v.lower_ in self.decl.cues.object_control_verbs:
                obj = next((c for c in v.children if c.dep_ in _OBJECT_DEPS and c.i > v.i), None)
                end = max(x.i for x in obj.subtree) + 1 if obj is not None else tok.i
                # (past adverbs and auxiliaries: "membuat Tim X kembali harus mengakui ...")
                if obj is not None and v.i + 1 == min(x.i for x in obj.subtree) and end <= tok.i <= end + 2 and \
                        all(x.tag_ in ("ADV", "AUX") for x in s.parsed[end:tok.i]):
                    return obj
        return None

    @staticmethod
    def _named_opening(s: _Sentence, tok):
        """"Pebulu tangkis andalan Indonesia, Ratri Kusumawati, menekuk ...": a sentence that opens with a
        description, then a name between commas, then the verb has that name as the verb's subject, however
        the parser hung the description (a first token of the name)."""
        toks = s.parsed
        if tok.i < 4 or toks[tok.i - 1].text != ",":
            return None
        name = s.mention[tok.i - 2]
        if name is None or name.type == "Place":
            return None
        first = s.token_at(name.start)
        if first is None or first < 2 or toks[first - 1].text != "," or s.mention[first] is not name:
            return None
        opening = toks[:first - 1]
        if any(t.text in ",;:" or t.tag_ == "VERB" for t in opening):
            return None
        return toks[first]

    @staticmethod
    def _named_before_comma(s: _Sentence, tok):
        """"Bupati Kendal H. Arif Wicaksono, resmi melantik ...": a sentence that opens with a title and a name,
        then a comma and the verb (past up to two adverbs), has that name as the verb's subject, however the
        parser hung the verb (a first token of the name)."""
        toks, i = s.parsed, tok.i - 1
        while i > 0 and tok.i - i <= 2 and toks[i].is_lower and toks[i].tag_ in ("ADV", "ADJ", "PART"):
            i -= 1
        if i < 2 or toks[i].text != ",":
            return None
        stamp = next((j for j in range(i - 1, max(0, i - 14), -1) if toks[j].text == ","), None)
        if stamp is not None and _DAY_BETWEEN.fullmatch(s.doc.text, s.span(toks[stamp])[1], s.span(toks[i])[0]):
            i = stamp   # "Pengadilan Negeri X, Jumat (27/10), memvonis ...": the day between commas
        name = s.mention[i - 1]
        first = s.token_at(name.start) if name is not None and name.type != "Place" else None
        if first is None or any(t.is_lower and t.is_alpha or t.text in ",;:" for t in toks[:first]):
            return None                       # (a title's capitalised words only, whatever their tags)
        return toks[first]

    def _named_after_opening(self, s: _Sentence, tok):
        """"Pasca ditangkap di rumah dinasnya, Bupati X langsung dibawa ...": a verb right after a time
        mark that opens the sentence (or follows a comma) is about the one named first after the
        clause's comma, behind capitalised words only (a title), however the parser hung the two."""
        toks = s.parsed
        if tok.i < 1 or toks[tok.i - 1].lower_ not in self.decl.cues.opening_marks or \
                tok.i > 1 and toks[tok.i - 2].text != ",":
            return None
        return self._named_after_comma(s, tok)

    @staticmethod
    def _named_after_comma(s: _Sentence, tok):
        """The one named first after the comma that follows tok, behind capitalised words only (a title)."""
        toks = s.parsed
        comma = next((x.i for x in toks[tok.i + 1:] if x.text in ",;"), None)
        if comma is None or toks[comma].text != ",":
            return None
        for x in toks[comma + 1:comma + 6]:
            m = s.mention[x.i]
            if m is not None and m.type != "Place":
                return x
            if not x.text[:1].isupper():
                return None
        return None

    def _obliques(self, tok, out: dict[str, list], nested: bool = True) -> None:
        for c in tok.children:
            cases = [x.lower_ for x in c.children if x.dep_ == "case"]
            if c.lower_ in self.decl.cues.verb_prepositions and c.dep_ in ("advcl", "xcomp", "acl", "conj"):
                # "bermain imbang melawan Manchester United": a preposition parsed as a verb
                out.setdefault(c.lower_, []).extend(x for x in c.children if x.dep_ in _OBJECT_DEPS)
                continue
            if c.dep_ not in _OBLIQUE_DEPS and not (cases and c.dep_ in ("advcl", "dep", "acl", "parataxis")):
                continue
            if cases:
                out.setdefault(cases[0], []).append(c)
            elif nested and c.dep_ in ("obj",):
                self._obliques(c, out, nested=False)

    @staticmethod
    def _after_name(s: _Sentence, tok) -> int | None:
        """The index of the first token after the name tok lies in (None if tok is in no name)."""
        named = s.mention[tok.i]
        return next((k for k in range(tok.i + 1, len(s.parsed)) if s.starts[k] >= named.end), None) \
            if named is not None else None

    @staticmethod
    def _titled_person_after(s: _Sentence, noun, words) -> object | None:
        """'kunjungan Menteri Luar Negeri dan Kerja Sama Timor Leste Julio Soares': the person a title right after
        the noun names, however the parser broke the title (at its "dan"); None past a lower-case word other than
        "dan", a preposition or a comma, and for a person named right after the noun (the tree has that one)."""
        titled, skip = False, 0
        for x in s.parsed[noun.i + 1:noun.i + 22]:
            if x.i < skip or x.text in "()":
                continue   # ("Perdana Menteri (PM) Malaysia": the title's short form)
            if titled and x.lower_ == "yang":
                # "... Singapura yang baru saja dilantik, Lim Wei Jie": the clause on the title, then the name
                comma = next((y.i for y in s.parsed[x.i + 1:x.i + 7] if y.text == ","), None)
                if comma is None:
                    return None
                skip = comma + 1
                continue
            if titled and x.text == "," and x.i + 1 < len(s.parsed) and s.parsed[x.i + 1].text[:1].isupper() and \
                    any(y.lower_ in _title_heads() for y in s.parsed[noun.i + 1:x.i]):
                continue   # "Perdana Menteri Singapura, Lim Wei Jie", "Menteri Kebudayaan RI, Dr. H. Arif Hidayat"
            if not titled and x.text[:1].islower() and not x.is_punct and x.dep_ != "case" and x.i < noun.i + 4 \
                    and x.head.i == noun.i and x.lower_ not in ("dan", "yang", "ini", "itu", "tersebut"):
                continue   # "kunjungan resmi kenegaraan Perdana Menteri ...": the noun's own modifiers first
            if x.dep_ == "case" or x.is_punct or x.i in words or x.text[:1].islower() and x.lower_ != "dan":
                return None   # (only the capitalised words of a title and its "dan")
            titled = True
            named = s.mention[x.i]
            if named is not None and named.type == "Person":
                return x if any(not y.text[:1].isupper() or s.mention[y.i] is None
                                for y in s.parsed[noun.i + 1:x.i]) else None
        return None

    def slots(self, s: _Sentence, t: _Trigger) -> dict[str, list]:
        tok = t.token
        out: dict[str, list] = {}
        if t.sides:   # the two sides around "vs" or a result's score
            sides = [s.parsed[i] for i in t.sides]
            won = self._won_by(s, sides)
            return {"possessor": sides, "win": [won] if won is not None else []}
        if t.nominal and tok.lower_ in t.kind.win_nouns and t.light is None:
            return self._win_slots(s, tok)
        if t.nominal:
            for c in tok.children:
                if c.dep_ not in ("nmod", "flat", "flat:name", "compound", "appos", "nmod:poss", "det", "amod") \
                        or any(x.dep_ == "case" for x in c.children) or c.i in t.words:
                    continue
                after = self._after_name(s, c)   # "invasi Rusia ke Ukraina", however the parser hung "ke Ukraina"
                goal = s.parsed[after].lower_ if after is not None else None
                if c.dep_ == "amod" and goal not in self.decl.cues.goal_cases:
                    continue   # (an adjective is a possessor only as a name before a goal: "Agresi militer Israel ke")
                if c.dep_ == "appos" and self._after_oleh(s, c):
                    out.setdefault("oleh", []).append(c)   # "Pelantikan ... oleh Pj Bupati X, Lani": the agent
                    continue
                out.setdefault("possessor", []).append(c)
                if goal in self.decl.cues.goal_cases and after + 1 < len(s.parsed) and s.mention[after + 1] is not None:
                    out.setdefault(goal, []).append(s.parsed[after + 1])
            nxt = s.parsed[tok.i + 1] if tok.i + 1 < len(s.parsed) else None
            if "possessor" not in out and nxt is not None and s.mention[nxt.i] is not None \
                    and (tok.i == 0 or tok.dep_ in _SUBJECT_DEPS) \
                    and s.mention[nxt.i] is not s.mention[tok.i] and (nxt.head == tok.head or tok.head == nxt):
                out["possessor"] = [nxt]   # "Peresmian Pasar X dilakukan ...": the name the tree hung beside the noun
            titled = self._titled_person_after(s, tok, t.words)
            if titled is not None:
                out["possessor"] = [titled]
            head = s.mention[tok.head.i]
            if "possessor" not in out and tok.dep_ == "conj" and tok.head.i < tok.i and head is not None \
                    and head.type == "Place":
                out["possessor"] = [tok.head]   # "melaporkan Gunung Lewotobi, NTT, erupsi": the place the noun tells of
            self._obliques(tok, out)
            for w in t.words[1:]:   # "sidang pembacaan dakwaan di Pengadilan X": phrases hung on the trigger's last words
                self._obliques(s.parsed[w], out)
            last = max(t.words, default=tok.i)
            nxt = s.parsed[last + 1] if last + 1 < len(s.parsed) else None
            if nxt is not None and nxt.dep_ == "case" and nxt.lower_ not in out and \
                    nxt.head.i not in {x.i for x in tok.subtree} and nxt.head.i > last:
                # "membeberkan hasil pertemuannya dengan PM X" with "dengan PM X" hung on the verb: the
                # phrase right after the noun is the noun's
                out[nxt.lower_] = [nxt.head]
            case = next((c for c in tok.head.children if c.dep_ == "case"), None)
            if tok.dep_ in _SUBJECT_DEPS and case is not None and any(c.dep_ == "cop" for c in tok.head.children):
                # "Pertemuan pertama adalah dengan Menlu Rumania, X": the phrase the noun is said to be
                out.setdefault(case.lower_, []).append(tok.head)
            if tok.dep_ in _SUBJECT_DEPS and tok.head.lower_ in self.decl.cues.verb_prepositions:
                # "Laga A melawan B berakhir imbang": the preposition the parser made the noun's verb
                out.setdefault(tok.head.lower_, []).extend(x for x in tok.head.children if x.dep_ in _OBJECT_DEPS)
            party = self.decl.cues.party_nouns.get(tok.head.lower_) \
                if tok.dep_ in ("compound", "nmod") and tok.head.i == tok.i - 1 else None
            named = self._named_after_phrase(s, tok) if party else None
            if named is not None:
                # "Pelaku penganiayaan di Desa X, Kecamatan Y, Darmono (41), ...": the one the noun before names
                out.setdefault(party, []).append(named)
            elif party and tok.head.dep_ in _OBJECT_DEPS and tok.head.head.lower_ in self.decl.cues.become_verbs:
                # "X diduga menjadi korban pembunuhan": the subject of "menjadi" is the party the noun names
                out.setdefault(party, []).extend(
                    x for x in self._subjects(s, tok.head.head)[0] if not isinstance(x, str))
            if tok.dep_ in ("compound", "nmod") and tok.head.i < tok.i and tok.head.lower_ in self.decl.cues.frame_nouns:
                # "Upaya penangkapan terhadap X", "Proses akuisisi PT A atas PT B": the phrases (and the name)
                # the parser hung on the noun it qualifies
                for c in tok.head.children:
                    cases = [x.lower_ for x in c.children if x.dep_ == "case"]
                    if c.i > tok.i and cases and c.dep_ in _OBLIQUE_DEPS:
                        out.setdefault(cases[0], []).append(c)
                    elif c.i == tok.i + 1 and not cases and s.mention[c.i] is not None and "possessor" not in out:
                        out["possessor"] = [c]
            support = self.decl.cues.support_verbs
            # "kampanye militer yang dilakukan rezim Israel"; "Penangkapan X dilakukan oleh Polres Y"
            verbs = [c for c in tok.children if c.dep_.startswith("acl")]
            if tok.dep_ == "nsubj:pass":
                verbs.append(tok.head)
            if tok.i + 1 < len(s.parsed) and s.parsed[tok.i + 1].lower_ == "yang":
                # the relative clause right after the noun is the noun's, wherever the parser hung it
                verbs.append(s.parsed[tok.i + 1].head)
            verbs += [c for v in verbs if v.lower_ in self.decl.cues.hedge_verbs
                      for c in v.children if c.dep_ in ("ccomp", "xcomp") and c.i > v.i]
            for c in verbs:
                if c.lower_ in support or s.lemma(c) in support:
                    inner: dict[str, list] = {}
                    self._obliques(c, inner)
                    agents = inner.get("oleh") or [
                        x for x in c.children if x.dep_ in _OBJECT_DEPS
                        or (x.dep_ in ("obl", "obl:agent") and _bare(x))
                        or (x.dep_ == "nsubj" and x.lower_ != "yang")]
                    if not agents and c.i == tok.i + 2:
                        # "penganiayaan yang dilakukan seorang menantu berinisial KR terhadap mertuanya": the name
                        # after the verb, however the tree hung it, and the phrase it acts on
                        agents = self._relative_agent(s, tok)
                        for y in (y for y in c.subtree if agents and y.i > agents[0].i):
                            case = next((z.lower_ for z in y.children if z.dep_ == "case"), None)
                            if case in ("terhadap", "atas") and case not in out:
                                out[case] = [y]
                    out.setdefault("oleh", []).extend(agents)
                    # ("pembacokan yang dilakukan pelaku terhadap adiknya, X": a phrase the parser hung on the agent)
                    for x in agents:
                        for y in x.children:
                            case = next((z.lower_ for z in y.children if z.dep_ == "case"), None)
                            if y.dep_.startswith("nmod") and case in ("terhadap", "atas") and case not in out:
                                out[case] = [y]
                if c is not tok.head and c.lower_ in self.decl.cues.setting_verbs:
                    inner: dict[str, list] = {}
                    self._obliques(c, inner)   # "sidang lanjutan yang digelar di PN X": where its clause says
                    for case in set(inner) - set(out) - {"oleh"}:
                        out[case] = inner[case]
            if tok.dep_ in _SUBJECT_DEPS and (tok.head.lower_ in self.decl.cues.setting_verbs or
                                              s.lemma(tok.head) in self.decl.cues.setting_verbs):
                # "Baku tembak terjadi antara KKB dengan pasukan X": the phrases of the verb it happened by
                self._obliques(tok.head, out)
            self._other_party(out)
            # (its clause, or the subject's verb, and the verbs joined to them: "Rapat itu
            # dipimpin oleh A, dan dihadiri oleh B, C")
            cues = self.decl.cues
            # ("Pelantikan itu dipimpin Bupati X" parsed as the noun's adverbial clause too)
            clauses = [c for c in tok.children if c.dep_.startswith("acl") or c.dep_ == "advcl" and (
                c.lower_ in cues.attend_verbs or c.lower_ in cues.chair_verbs)]
            if tok.dep_ in _SUBJECT_DEPS:
                clauses.append(tok.head)
            elif tok.head.i != tok.i and tok.head.i == tok.i - 1 and tok.head.lower_ in cues.event_nouns and \
                    tok.head.dep_ in _SUBJECT_DEPS:
                clauses.append(tok.head.head)   # "Prosesi pelantikan dipimpin oleh X": the setting's noun is the subject
            clauses += [c for v in clauses for c in v.children if c.dep_ == "conj" and c.tag_ == "VERB"
                        and not any(x.dep_ in _SUBJECT_DEPS for x in c.children)]
            for verb in clauses:   # "Sidang Paripurna ... dihadiri oleh A, B": those attending (or chairing)
                slot = "attendee" if verb.lower_ in cues.attend_verbs else "chair" if verb.lower_ in cues.chair_verbs \
                    else None
                if slot is None:
                    continue
                inner: dict[str, list] = {}
                self._obliques(verb, inner)
                out.setdefault(slot, []).extend(inner.get("oleh") or [
                    x for x in verb.children if x.dep_ in _OBJECT_DEPS or x.dep_ == "obl" and _bare(x)])
            if tok.dep_ in _SUBJECT_DEPS and tok.head.i != tok.i and tok.head.lower_ in self.decl.cues.involve_verbs:
                # "Tawuran itu melibatkan A dan B": the parties are the verb's object
                out.setdefault("possessor", []).extend(x for x in tok.head.children if x.dep_ in _OBJECT_DEPS)
            if tok.dep_ in _OBJECT_DEPS and tok.head.i != tok.i and not tok.head.lower_.startswith("di") and \
                    tok.head.lower_ in self.support_slots:
                # "Bupati X melakukan pelantikan ...": who carries the event out does it ("Presiden X menghadiri
                # sidang kabinet": who attends it takes part, as the kind maps its attendees)
                subj, passive = self._subjects(s, tok.head)
                if subj and not passive:
                    out.setdefault(self.support_slots[tok.head.lower_], []).extend(subj)
            elif self._fronted(s, tok):
                subj, passive = self._subjects(s, tok.head)   # "Dalam pertemuan dengan A, B mendorong ...": B's
                if not subj and (named := self._named_after_comma(s, tok)) is not None:
                    subj, passive = [named], False   # (B the parser hung on A as an apposition)
                people = [x for x in subj if s.mention[x.i] is not None and s.mention[x.i].type == "Person"]
                if people and not passive:   # (a body that "memastikan ..." in a visit made no visit)
                    out.setdefault("subject", []).extend(people)
            if "possessor" not in out and (tok.lower_.endswith("nya") or any(
                    c.dep_ == "amod" and c.i == tok.i + 1 and c.lower_.endswith("nya") and len(c.lower_) > 5
                    for c in tok.children)):
                # "kunjungannya", "kunjungan perdananya": the one last told of; a noun no verb takes as its object
                # ("ini merupakan kunjungan perdananya"), the subject of its sentence
                out["possessor"] = [_NYA if tok.dep_ in _OBJECT_DEPS else _NYA_SUBJECT]
            if listed := self._enumerated(s, [], out.get("terhadap", [])):
                out["enumerated"] = listed   # "Penahanan dilakukan terhadap dua orang lainnya yaitu A dan B"
            return out
        if tok.dep_ == "case":      # "menurut BMKG": the phrase the word heads
            return {"governor": [tok.head]}
        subj, passive = self._subjects(s, tok)
        controlled = self._controlled(s, tok) if subj and not passive else None
        if controlled is not None and controlled.i > max(x.i for x in subj):
            subj = [controlled]   # "Gol X membuat Tim Y kembali harus mengakui ...": Y admits, however parsed
        if subj and not any(s.mention[x.i] is not None or self._pronoun(x) for x in subj):
            # "Bertanding di Stadion X, Bali, Persija dibekap ...": the name right before a passive verb
            # undergoes it, whatever word the parser made its subject; an active verb's subject the parser
            # found before that name ("Namun, justru Persik malah menyerah") is the name too
            named = self._named_right_before(s, tok)
            # (not a name that qualifies the subject: "Seorang anggota senior Hamas mengatakan ...")
            qualifies = named is not None and any(named.i in {y.i for y in x.subtree} and
                                                  tok.i not in {y.i for y in x.subtree} for x in subj)
            if named is not None and not qualifies and (passive or named.i > max(x.i for x in subj)) and \
                    not self._companion(s, s.mention[named.i]):
                subj = [named]
        if not subj and not passive and tok.dep_ != "ROOT" and tok.tag_ == "VERB":
            # "Sebelumnya diberitakan, Gunung Marapi meletus": a clause the parser left without its
            # subject, the name written right before its verb
            named = self._named_right_before(s, tok, ("Person", "Organization", "Place"))
            if named is not None and (named.i == 0 or s.parsed[named.i - 1].text in (",", ";", ":")):
                subj = [named]
        if "inverted" in t.kind.roles:   # '"... Balai X saya buka ...," katanya': no one inside the quote says it
            subj = [x for x in subj if not any(q.text in ('"', "”") for q in s.parsed[x.i:tok.i])]
        if subj:
            subj += [c for x in subj for c in x.children if c.dep_ in ("obl", "nmod") and c.i < tok.i
                     and any(y.dep_ == "case" and y.lower_ in self.decl.cues.comitative for y in c.children)]
            # ("Gubernur X tandatangani MoU dengan Gubernur Y": a bare verb the parser read as a passive, of a kind
            # no one undergoes, has its doer as subject)
            bare = passive and "passive_subject" not in t.kind.roles and \
                not tok.lower_.startswith(("di", "ter", "me", "ber", "pe"))
            out["passive_subject" if passive and not bare else "subject"] = subj
        # a name right after the verb that the parser made a bare oblique is its object
        # ("yang melanda Kabupaten Luwu")
        obj = [c for c in tok.children if c.i not in t.words and (c.dep_ in _OBJECT_DEPS or (
            (c.dep_ in ("obl", "obl:agent") or c.dep_ in _SUBJECT_DEPS and self._di_passive(s, tok)
             or c.dep_ == "amod" and c.i == tok.i + 1 and s.mention[c.i] is not None   # "dimenangkan PDIP"
             # ("berhasil kalahkan Persijap": a bare verb the tagger took for a noun, its object for a modifier)
             or c.dep_ == "nmod" and not t.nominal and tok.tag_ == "NOUN" and c.i == tok.i + 1)
            and c.i > tok.i and (s.mention[c.i] is not None or c.lower_ in self.decl.cues.generic_bodies
                                 # ("sudah diamankan pelaku RS (18), TW (19)": a noun with the name hung on it)
                                 or c.i == tok.i + 1 and any(x.dep_ in ("nmod", "flat", "flat:name", "appos")
                                                             and s.mention[x.i] is not None
                                                             and s.mention[x.i].type == "Person" for x in c.children))
            and not any(x.dep_ == "case" for x in c.children)
            # ("tersangka lagi yang diamankan berinisial KD": the name the suspect goes by, no one who acts)
            and s.parsed[c.i - 1].lower_ not in self.decl.cues.naming_words))]
        become = next((c for c in tok.children if c.i == tok.i + 1 and c.lower_ in self.decl.cues.become_verbs), None)
        if become is not None:   # "terpilih jadi Ketua DPD X": what one becomes, however hung, is a "sebagai" phrase
            made = [c for c in (*tok.children, *become.children) if c.i == become.i + 1
                    and c.dep_ in (*_OBJECT_DEPS, "obl")]
            obj = [c for c in obj if c not in made]
            # (the body named in the post: "Ketua | DPD Partai X")
            out.setdefault("sebagai", []).extend(next((x for x in c.subtree if s.mention[x.i] is not None), c)
                                                 for c in made)
        named = [c for c in tok.children if c.i > tok.i + 1 and s.parsed[c.i - 1].lower_ in self.decl.cues.naming_words
                 and s.mention[c.i] is not None and s.mention[c.i].type == "Person"]
        if passive and named and not any(s.mention[x.i] is not None for x in out.get("passive_subject", [])):
            out["passive_subject"] = named   # "tersangka lagi yang diamankan berinisial KD": KD was
        if passive and tok.lower_.startswith("di"):
            # "dibombardir Israel", "disahkan DPRD Kota Medan": a name right after a di-
            # verb is its agent, as in an "oleh" phrase
            # (not the first of a list: "empat mahasiswa yang ditangkap di antaranya A (IPB), B ...")
            listing = min((c.i for c in tok.children if c.lower_ in self.decl.cues.enumerators), default=len(s.parsed))
            # (a title before the name: "ditunjuk Mendagri Tito Karnavian", the name hung on the title)
            agents = [c for c in obj if (s.mention[c.i] is not None or c.lower_ in self.decl.cues.representatives
                      or c.lower_ in self.decl.cues.person_nouns and any(
                          x.dep_.startswith("flat") and s.mention[x.i] is not None and s.mention[x.i].type == "Person"
                          for x in c.children)
                      or c.lower_ in self.decl.cues.generic_bodies) and c.i < listing]   # "jajaran Polresta X", "petugas"
            obj = [c for c in obj if c not in agents]
            # ("juga dilantik A sebagai Pj Bupati X": a name with the post it is given is the one who gets it,
            # unless a name is the verb's subject: "B ditunjuk Mendagri A sebagai Pjs Bupati X")
            subject_named = any(s.mention[x.i] is not None for x in out.get("passive_subject", []))
            given = [c for c in agents if self._given_post(s, c) and not subject_named]
            if given:
                out.setdefault("passive_subject", []).extend(given)
                agents = [c for c in agents if c not in given]
            if agents:
                out["oleh"] = agents
        if obj:
            # "mengukuhkan A sebagai rektor X, B sebagai rektor Y": the next of a list of people and their posts,
            # hung on the verb as a loose dependent
            obj = obj + [c for c in tok.children if c.dep_ in ("dep", "conj") and c.i > obj[-1].i
                         and s.mention[c.i] is not None and s.mention[c.i].type == "Person"
                         and s.parsed[c.i - 1].text == ","]
            out["object"] = obj
        for c in (c for o in obj for c in o.children if c.i > o.i):   # "menahan A, bersama B": however hung
            case = next((x.lower_ for x in c.children if x.dep_ == "case" and x.lower_ in self.decl.cues.comitative), None)
            if case:
                out.setdefault(case, []).append(c)
        self._obliques(tok, out)
        self._other_party(out)
        if passive and "oleh" not in out:
            agent = self._oleh_after(s, tok)
            if agent is not None:   # "dibekap tanpa balas oleh Persib": however the parser hung the phrase
                out["oleh"] = [agent]
        if passive and "oleh" not in out:
            body = self._session_body(s, tok)
            if body is not None:   # "disetujui dalam Sidang Paripurna DPRD X": the body decided
                out["oleh"] = [body]
        if tok.lower_.endswith("nya") and not subj:   # "ujarnya", "katanya"
            out["subject"] = [_NYA_SPEAKER if "inverted" in t.kind.roles else _NYA]
        elif tok.i > 0 and s.parsed[tok.i - 1].text in _QUOTE_CLOSE and "inverted" in t.kind.roles \
                and not any(x.i > tok.i and any(s.mention[y.i] is not None and s.mention[y.i].type == "Person"
                                                for y in x.subtree) for x in subj):
            # '"...," ucap Kapolri X di Y': after what was said, the one who said it follows the
            # verb, however the parser hung the name (not the subject of what was said)
            # (the person after a title of a region: "ucap Kapolres Bogor AKBP X")
            # (not a post the recogniser took for a person: "kata Komisioner Y ... X")
            # (a long post with its short form in brackets: "kata Kepala Bagian Operasional (Kabag Ops) Polres
            # Demak Kompol X")
            # (not past an active verb of a clause of its own: "seru para bupati baru menirukan sumpah yang
            # dibacakan X"; a passive or stative one may describe the speaker, "kata Ketua terpilih X", and so
            # may a relative clause, "kata pria yang menjabat Kepala Desa X, Y")
            clause = next((x.i for x in s.parsed[tok.i + 1:] if x.tag_ == "VERB" and x.is_lower
                           and x.lower_.startswith("me") and s.parsed[x.i - 1].lower_ != "yang"), len(s.parsed))
            named = [x for x in sorted(self._after_verb(s, tok, set(), reach=16))
                     if x < clause and s.mention[x] is not None and s.mention[x].type == "Person"
                     and s.mention[x].text.split()[0].lower() not in self.decl.cues.person_nouns]
            named = named or self._named_after_title(s, tok)
            if named:
                out.pop("subject", None)
                out["inverted"] = [s.parsed[named[0]]]
        listed = self._enumerated(s, [tok, t.noun], out.get("object", []))
        if listed:
            out["enumerated"] = listed
        if tok.lower_.endswith("nya") and tok.lower_.startswith("me") and subj and not obj and not passive:
            out["object"] = [_NYA_OBJECT]   # "KPK menetapkan X sebagai tersangka dan langsung menahannya"
        if t.noun is not None:
            for c in t.noun.children:
                if c.i in t.words:
                    continue
                cases = [x.lower_ for x in c.children if x.dep_ == "case"] or self._sibling_case(s, c)
                if c.dep_.startswith("acl"):   # "operasi yang ... ke wilayah X"
                    inner: dict[str, list] = {}
                    self._obliques(c, inner, nested=False)
                    for prep, toks in inner.items():
                        out.setdefault("noun_" + prep, []).extend(toks)
                elif cases:
                    out.setdefault("noun_" + cases[0], []).append(c)
                elif c.tag_ == "NUM":   # "kemenangan 3-1 atas Yordania" with the side hung on the score
                    for g in c.subtree:
                        prep = [x.lower_ for x in g.children if x.dep_ == "case"]
                        if prep and g is not c:
                            out.setdefault("noun_" + prep[0], []).append(g)
                elif c.dep_ in ("nmod", "flat", "flat:name", "compound", "appos", "nmod:poss"):
                    out.setdefault("noun_possessor", []).append(c)
            if t.noun.i != t.token.i and not any(s.mention[x.i] is not None for x in out.get("noun_possessor", [])):
                after = self._body_after_ordinal(s, t.noun)
                if after is not None:   # "membuka Munas (Munas) Ke-11 ISEI": the body past the ordinal
                    out["noun_possessor"] = [after]
            titled = self._titled_person_after(s, t.noun, t.words) if t.noun.i != t.token.i else None
            if titled is not None:
                out["noun_possessor"] = [titled]
            if "noun_oleh" not in out:   # "banding yang diajukan terdakwa X": the one who lodged it
                out["noun_oleh"] = self._relative_agent(s, t.noun)
            if t.noun.lower_.endswith("nya") and t.noun.i != t.token.i and "noun_possessor" not in out:
                out["noun_possessor"] = [_NYA]   # "menyambut kedatangannya": the one last told of
        return out

    @staticmethod
    def _in_quote(s: _Sentence, tok) -> bool:
        """The token stands inside a quotation opened earlier on its line."""
        start = s.span(tok)[0]
        line = s.doc.text[s.doc.text.rfind("\n", 0, start) + 1:start]
        return line.count('"') % 2 == 1 or line.count("“") > line.count("”")

    def _fronted(self, s: _Sentence, tok) -> bool:
        """The noun opens the sentence in a phrase of a fronted case, closed by a comma before its verb."""
        cases = [c for c in tok.children if c.dep_ == "case" and c.lower_ in self.decl.cues.fronted_cases]
        return bool(cases) and cases[0].i == 0 and tok.head.i > tok.i and \
            any(x.text == "," for x in s.parsed[tok.i:tok.head.i])

    @staticmethod
    def _quote_speaker(s: _Sentence, tok) -> list[str]:
        """The person first named after the quote the token lies in, on its sentence ('"...," ujar X')."""
        text, start = s.doc.text, s.span(tok)[0]
        close = min((i for i in (text.find('"', start, s.sentence.end), text.find("”", start, s.sentence.end)) if i >= 0),
                    default=-1)
        return next(([m.entity] for m in s.mention if m is not None and m.type == "Person" and m.start > close >= 0), [])

    @staticmethod
    def _speakers_after(s: _Sentence, tok) -> set[str]:
        """The people named after the token in its sentence (the speaker of a quote it lies in: "..., kata X")."""
        start = s.span(tok)[0]
        return {m.entity for m in s.mention if m is not None and m.type == "Person" and m.start > start}

    @staticmethod
    def _body_after_ordinal(s: _Sentence, noun):
        """The named body right after a noun's ordinal ("Munas (Munas) Ke-11 ISEI", "kongres ke-5 Partai X"),
        past a parenthesised short form, however the parser hung it."""
        i = max(x.i for x in noun.subtree if x.i <= noun.i + 4 and s.parsed[x.i].dep_ in ("flat", "flat:name", "compound")
                or x.i == noun.i) + 1
        if i < len(s.parsed) and s.parsed[i].text == "(":
            while i < len(s.parsed) and s.parsed[i].text != ")":
                i += 1
            i += 1
        words = [x.text.lower() for x in s.parsed[i:i + 3]]
        if not words or not (words[0] == "ke" or words[0].startswith("ke-")):
            return None
        i += 3 if words[:2] == ["ke", "-"] else 2 if words[0] == "ke" else 1
        m = s.mention[i] if i < len(s.parsed) else None
        return s.parsed[i] if m is not None and m.type == "Organization" else None

    def _sibling_case(self, s: _Sentence, tok) -> list[str]:
        """'rapat bersama Kapolri X' with "bersama" hung beside the name, not on it: the
        preposition right before a name that shares its head is the name's case (also one
        the tagger read as another part of speech)."""
        first = min(x.i for x in tok.subtree)
        before = s.parsed[first - 1] if first else None
        return [before.lower_] if before is not None and before.head.i == tok.head.i and (
            before.tag_ == "ADP" or before.lower_ in self.decl.cues.verb_prepositions) else []

    @staticmethod
    def _after_oleh(s: _Sentence, tok) -> bool:
        """A name in apposition right after a comma that closes an "oleh" phrase (its title) names that phrase's
        agent, wherever the parser hung the phrase."""
        if tok.i < 2 or s.parsed[tok.i - 1].text != ",":
            return False
        x = s.parsed[tok.i - 2]
        for _ in range(4):
            if any(c.dep_ == "case" and c.lower_ == "oleh" for c in x.children):
                return True
            if x.head is x:
                return False
            x = x.head
        return False

    @staticmethod
    def _named_after_phrase(s: _Sentence, tok):
        """The person named right after a comma that closes the phrase a noun opens, with no verb in between
        ("penganiayaan di Desa X, Kecamatan Y, Darmono (41)": Darmono)."""
        for k in range(tok.i + 1, min(len(s.parsed), tok.i + 16)):
            if s.parsed[k].tag_ in ("VERB", "AUX"):
                return None
            m = s.mention[k]
            if m is not None and m.type == "Person" and s.parsed[k - 1].text == ",":
                return s.parsed[k]
        return None

    @staticmethod
    def _relative_agent(s: _Sentence, noun) -> list:
        """The name after the passive verb of the relative clause right after a noun ("banding yang
        diajukan terdakwa X"), wherever the tree hung the clause or the name."""
        if noun.i + 2 >= len(s.parsed) or s.parsed[noun.i + 1].lower_ != "yang":
            return []
        verb = s.parsed[noun.i + 2]
        if not verb.lower_.startswith("di") or verb.tag_ != "VERB":
            return []
        j = verb.i + 1
        while j < len(s.parsed) and j < verb.i + 5 and s.mention[j] is None and s.parsed[j].tag_ != "ADP" and \
                s.parsed[j].is_alpha:
            j += 1   # past a role word or a few ("terdakwa", "seorang menantu berinisial NV")
        return [s.parsed[j]] if j < len(s.parsed) and s.mention[j] is not None else []

    def _enumerated(self, s: _Sentence, heads: list, objects: list) -> list:
        """'menetapkan dua tersangka lain, yakni A serta B': the members listed after the trigger or its
        undergoers."""
        enumerators = self.decl.cues.enumerators
        listed = [c for x in [*heads, *objects] if x is not None and not isinstance(x, str) for c in x.children
                  if any(m.lower_ in enumerators for m in c.children)
                  # ("ditangkap di antaranya A, B": the enumerator fixed to the case word)
                  or any(m.dep_ == "case" and any(f.lower_ in enumerators for f in m.children) for m in c.children)]
        return listed or self._listed_after(s, [*heads[1:], *objects]) or self._listed_with_posts(s, objects)

    def _listed_after(self, s: _Sentence, heads: list) -> list:
        """The first named member after 'yakni' right behind a counted phrase, when the tree hung
        the list elsewhere ("menangkap tiga tersangka, yakni AS (34), RH (29) dan MT")."""
        for x in heads:
            if x is None or isinstance(x, str):
                continue
            j = max(g.i for g in x.subtree) + 1
            while j < len(s.parsed) and s.parsed[j].text == ",":
                j += 1
            if j < len(s.parsed) and s.parsed[j].lower_ == "lainnya":
                j += 1   # "menahan 6 tersangka lainnya yakni ..."
            opened = False
            while j + 1 < len(s.parsed) and s.parsed[j].lower_ in self.decl.cues.list_openers:
                j, opened = j + 1, True   # "melantik empat kepala dinas, mereka adalah A, B ..."
            if opened and s.parsed[j].lower_ not in self.decl.cues.enumerators:
                j -= 1   # (the list starts right after the opener)
            if j + 1 < len(s.parsed) and (s.parsed[j].lower_ in self.decl.cues.enumerators or opened):
                # the first name, past a title ("yakni mantan Kepala Biro Umum Joko Prasetyo, ...")
                first = next((k for k in range(j + 1, min(j + 8, len(s.parsed))) if s.mention[k] is not None), None)
                if first is None or first > j + 1 and s.mention[first].type != "Person":
                    continue
                if s.mention[first].type != "Person":
                    return [s.parsed[first]]
                # the people of the list, up to the next verb ("yakni A, B, orang kepercayaan C dan D")
                out, seen = [], set()
                for k in range(first, len(s.parsed)):
                    m = s.mention[k]
                    if m is None and s.parsed[k].tag_ == "VERB":
                        break
                    if m is not None and m.type == "Person" and id(m) not in seen:
                        seen.add(id(m))
                        out.append(s.parsed[k])
                return out
        return []

    @staticmethod
    def _listed_with_posts(s: _Sentence, objects: list) -> list:
        """'melantik A sebagai Wakil Menteri X, B sebagai Wakil Menteri Y, dan C sebagai ...': the people of a list
        whose items each give a post with "sebagai", however the tree hung them."""
        first = objects[0] if objects and not isinstance(objects[0], str) else None
        if first is None or s.mention[first.i] is None or s.mention[first.i].type != "Person":
            return []
        out, seen, k = [], set(), first.i
        while k < len(s.parsed):
            m = s.mention[k]
            if m is None or m.type != "Person" or id(m) in seen:
                k += 1
                continue
            end = k
            while end + 1 < len(s.parsed) and s.mention[end + 1] is m:
                end += 1
            joint = s.parsed[k - 1].lower_ if k > first.i else ","
            if end + 1 >= len(s.parsed) or s.parsed[end + 1].lower_ != "sebagai" or joint not in (",", "dan", "serta"):
                break
            seen.add(id(m))
            out.append(s.parsed[k])
            k = end + 1
        return out if len(out) > 1 else []

    # ------------------------------------------------------------------ fillers
    @staticmethod
    def _from_phrases(tok) -> list:
        """The phrases hung on tok by "dari" ("Tim gabungan dari Polda X", "mahasiswa dari Universitas Y")."""
        return [c for c in tok.children if c.dep_.startswith("nmod")
                and any(x.dep_ == "case" and x.lower_ == "dari" for x in c.children)]

    def _phrase(self, tok) -> list:
        out, stack = [], [tok]
        while stack:
            t = stack.pop()
            out.append(t)
            # (a capitalised preposition is a name's word, no case: "Kementerian Dalam Negeri"; nor is a listing
            # word the parser took for one: "dua terdakwa yaitu Rudi dan Bambang")
            stack += [c for c in t.children if c.dep_ in _NAME_DEPS | {"conj"}
                      and not any(x.dep_ == "case" and not x.text[:1].isupper()
                                  and x.lower_ not in self.decl.cues.naming_words for x in c.children)]
        return out

    @staticmethod
    def _initials(doc: Document, key: str) -> bool:
        """A person the article names only by initials ("DT", "M")."""
        entity = doc.entities.get(key)
        return entity is not None and re.fullmatch(r"[A-Z]{1,4}", entity.name) is not None

    def fillers(self, s: _Sentence, tokens: list, state: Discourse, before: int) -> list[str]:
        """The entities of a slot's tokens. Sibling tokens with nothing but names between
        them are one phrase ("kunjungan Perdana Menteri Singapura Lawrence Wong")."""
        if _NYA_OBJECT in tokens:
            named = [m.entity for m in s.mention if m is not None and m.type == "Person" and m.entity
                     and m.start < before]
            who = named[-1] if named else state.person_before(s.sentence.index)
            return [who] if who else []
        if _NYA_SPEAKER in tokens and state.last_person_undergoes and state.last_speaker:
            # "Kapolres X mengatakan ... Pelaku SR ditangkap di rumahnya. \"...,\" ujarnya": the chief again
            return [state.last_speaker]
        if _NYA_SUBJECT in tokens:
            subject = next((m.entity for tok in s.parsed if tok.dep_ in _SUBJECT_DEPS and s.span(tok)[1] <= before
                            for x in tok.subtree if (m := s.mention[x.i]) is not None and m.type == "Person"
                            and m.entity), None)
            if subject is not None:
                return [subject]
            tokens = [_NYA if t == _NYA_SUBJECT else t for t in tokens]
        if _NYA in tokens and state.person_before(s.sentence.index) is None:
            # "Menlu Hasan Basri menceritakan pertemuannya ..." opening the article: the one person named before it
            named = {m.entity for m in s.mention if m is not None and m.type == "Person" and m.entity
                     and m.start < before}
            if len(named) == 1:
                return list(named)
        if any(isinstance(t, str) for t in tokens):
            who = state.person_before(s.sentence.index)
            if _NYA_SPEAKER in tokens and who and state.last_speaker and self._initials(s.doc, who):
                # "Dua lainnya, R dan DT, buron. \"...,\" katanya": suspects known by initials do not speak here
                return [state.last_speaker]
            return [who] if who else []
        heads = []
        # (the object of a verb in an opening clause goes on with no conjunct past its comma: "Selain melantik
        # menteri baru, | Presiden X juga ...")
        comma = self._opening_comma(s)
        for tok in sorted(tokens, key=lambda t: t.i):
            heads += [tok, *[c for c in tok.conjuncts if c.i > tok.i and not self._chained_place(s, c)
                             and not self._in_title(s, tok, c)
                             and not (comma is not None and tok.dep_ in _OBJECT_DEPS and tok.i < comma < c.i)]]
        groups: list[list] = []
        for tok in sorted({h.i: h for h in heads}.values(), key=lambda t: t.i):
            if groups and self._adjacent(s, groups[-1][-1], tok):
                groups[-1].append(tok)
            else:
                groups.append([tok])
        out = []
        for group in groups:
            out += self._filler(s, group, state, before)
        return list(dict.fromkeys(out))

    @staticmethod
    def _portfolio(s: _Sentence, tok) -> bool:
        """A capitalised word inside the run of a title or an office before it ("Menteri Koordinator
        Perekonomian dan Investasi", "Dinas Perdagangan")."""
        if tok.i == 0 or not tok.text[:1].isupper():
            return False
        heads = _title_heads()
        j = tok.i - 1
        while j >= 0 and (s.parsed[j].text[:1].isupper() or s.parsed[j].lower_ in ("dan", "/", "&")):
            if s.parsed[j].lower_ in heads:
                return True
            j -= 1
        return False

    def _in_title(self, s: _Sentence, tok, conjunct) -> bool:
        """A conjunct inside the title tok opens ("Kepala Bidang Pembinaan dan Prestasi PBSI, X"): one phrase."""
        return tok.lower_ in self.decl.cues.person_nouns and conjunct.text[:1].isupper() and \
            not any(t.text == "," for t in s.parsed[tok.i:conjunct.i])

    @staticmethod
    def _chained_place(s: _Sentence, tok) -> bool:
        """'mengalahkan X di Odense, Denmark': a place written after the place of a ``di`` phrase
        holds it, however the parser hung it; it is no conjunct of the slot."""
        if s.mention[tok.i] is None or s.mention[tok.i].type != "Place":
            return False
        j = tok.i - 1
        while j > 1 and s.parsed[j].text == ",":
            prev, k = s.mention[j - 1], j - 1
            if prev is None or prev.type != "Place":
                return False
            while k > 0 and s.mention[k - 1] is prev:
                k -= 1
            if s.parsed[k - 1].lower_ in ("di", "ke", "dari"):
                return True
            j = k - 1
        return False

    @staticmethod
    def _chain_head(s: _Sentence, tok) -> str | None:
        """'12 rumah di Desa X, Kecamatan Y rusak' with Kecamatan Y parsed as the subject: the first,
        most specific place of the ``di`` chain the token's place closes."""
        m, j, first = s.mention[tok.i], tok.i, None
        while j > 0 and s.mention[j - 1] is m:
            j -= 1
        while True:   # back over ", " or a neighbourhood's numbers ("Kampung A RT 04 RW 13 Desa B")
            k = j
            while k > 0 and s.mention[k - 1] is None and s.parsed[k - 1].lower_ not in ("di", "ke"):
                k -= 1
            gap = s.doc.text[s.span(s.parsed[k])[0]:s.span(s.parsed[j])[0]]
            prev = s.mention[k - 1] if k > 0 else None
            if prev is None or prev.type != "Place" or NEIGHBOURHOOD.sub("", gap).strip() not in ("", ","):
                break
            first, j = prev, k - 1
            while j > 0 and s.mention[j - 1] is prev:
                j -= 1
        return first.entity if first is not None and j > 0 and s.parsed[j - 1].lower_ == "di" else None

    def _adjacent(self, s: _Sentence, a, b) -> bool:
        end = max(t.i for t in self._phrase(a))
        return b.i == end + 1 and b.dep_ != "conj" and b.lower_ not in self.versus

    def _filler(self, s: _Sentence, group: list, state: Discourse, before: int) -> list[str]:
        head = group[0]
        own = s.mention[head.i]
        cues = self.decl.cues
        # "Pasukan paramiliter Rapid Support Forces": a "name" of a representative word and
        # common words describes the body named beside it
        described = own is not None and own.text.split()[0].lower() in cues.representatives \
            and all(w.islower() for w in own.text.split()[1:])
        titled_body = own is not None and own.type == "Organization" and not described and \
            self._after_title(s.doc.text[max(0, own.start - 40):own.start])
        if titled_body:
            # "Kepala Badan Meteorologi, Klimatologi, dan Geofisika Sri Wahyuni" hung on the
            # body's last word: the person named right after the body of the title
            named = sorted((m for m in (s.mention[t.i] for t in self._phrase(head)) if m is not None
                            and m.type == "Person" and m.start >= own.end
                            and not s.doc.text[own.end:m.start].strip(" ,")), key=lambda m: m.start)
            if named:
                own = named[0]
        # "Bupati Solok pun meresmikan ...": the holder of that title named before
        region = own or next((m for t in self._phrase(head) for m in [s.mention[t.i]] if m), None)
        holder = self._holder(s, region, before) if region is not None else None
        if holder:
            return [holder]
        if own is not None and own.type in ("Person", "Organization") and not described:
            return [own.entity, *self._paired(s, own)]
        if own is None:
            own_phrase = sorted(self._phrase(head), key=lambda t: t.i)
            after = own_phrase[-1].i + 1
            if after < len(s.parsed) and s.parsed[after].lower_ in cues.naming_words and \
                    (named := self._apposed(s, own_phrase)):
                return named   # "Preman bernama Jamaludin menyerang ...": the name given right after the noun
        if head.lower_ in cues.culprit_nouns:
            return []   # "menangkap pembunuh Sarmidi": the killer, whom the phrase does not name
        if cues.coached_team is not None and cues.coached_team.match(s.doc.text, s.span(head)[0]):
            return self._team_before(s, s.span(head)[0])
        phrase = sorted((t for h in group for t in self._phrase(h)), key=lambda t: t.i)
        comma = self._opening_comma(s)
        if comma is not None and head.dep_ in _OBJECT_DEPS and head.i < comma:
            phrase = [t for t in phrase if t.i < comma]   # "Selain melantik menteri baru, | Presiden X ..."
        if head.lower_ in cues.representatives:   # "Tim gabungan dari Polda X, Satgas Y dan Polresta Z": the bodies
            phrase = sorted(phrase + [t for c in self._from_phrases(head) for t in self._phrase(c)], key=lambda t: t.i)
        # ("putusan kasus suap proyek RSUD X": past a word for the case, only a person named in it is one of its)
        matter = next((t.i for t in phrase if t.lower_ in cues.matter_nouns), len(s.parsed))
        mentions = [m for t in phrase if (m := s.mention[t.i]) is not None and (t.i < matter or m.type == "Person")]
        if described and any(m is not own and m.type == "Organization" for m in mentions):
            mentions = [m for m in mentions if m is not own]
        w = head.lower_
        # "pemimpin kelompok tersebut": an unnamed person, not the group
        types = ("Person", "Organization") if w in cues.representatives else \
            ("Person",) if w in cues.person_nouns else ("Person", "Organization", "Place")
        if self._described_again(head) and not any(m.type == "Person" for m in mentions):
            # "Ketua DPP Partai X ini menegaskan ...": the person just told of, described anew
            who = state.person_before(s.sentence.index)
            return [who] if who else []
        # "Ketua Umum PAN Zulhan Effendi dan Ketua Umum PKB Abdul Karim Iskandar": both
        # (not the "dan" inside a name: "Badan Meteorologi, Klimatologi, dan Geofisika")
        listed = any((t.dep_ == "cc" or t.lower_ in ("dan", "serta")) and s.mention[t.i] is None for t in phrase)
        # "buruh yang tergabung dalam Serikat X": the organization (not a
        # company named before it)
        for c in (c for x in phrase for c in x.children):   # "Ribuan pengemudi yang tergabung ..."
            if c.dep_.startswith("acl") and (c.lower_ in cues.member_verbs or s.lemma(c) in cues.member_verbs):
                orgs = [s.mention[x.i].entity for x in c.subtree
                        if s.mention[x.i] is not None and s.mention[x.i].type == "Organization"]
                if orgs:
                    return orgs[:1]
            # "Pesawat yang membawa Perdana Menteri X mendarat": who it carries
            if c.dep_.startswith("acl") and (c.lower_ in cues.carrier_verbs or s.lemma(c) in cues.carrier_verbs):
                carried = [x for x in c.children if x.dep_ in _OBJECT_DEPS]
                if carried:
                    return self._filler(s, carried, state, before)
        if (w in cues.person_nouns or w in cues.representatives) and \
                not any(m.type == "Person" for m in mentions):
            named = self._apposed(s, phrase)   # "wakil Korea Selatan, Park Jun-ho/Choi Sung-min"
            if named:
                return named
        for typ in types:
            hit = list(dict.fromkeys(m.entity for m in mentions if m.type == typ))
            if hit:
                first = next(m for m in mentions if m.type == typ)
                return hit if listed else list(dict.fromkeys([hit[0], *self._paired(s, first)]))
        described = self._after_descriptor(s, head, types, w in cues.representatives)
        if described:
            return described
        counted = [c.lower_ for c in head.children if c.dep_ in ("nummod", "det", "amod")
                   and c.lower_ in cues.counted_pronouns]
        if w in cues.counted_pronouns or counted:
            # "Keduanya", "kedua pelaku": the people just named with no event, else the
            # actors of the last event (of its role for "pelaku", "tersangka": people)
            n = cues.counted_pronouns.get(w) or cues.counted_pronouns[counted[0]]
            named = self._named_since(s, state, before)
            if len(named) >= n:
                return named[-n:]
            # "KPK menetapkan A sebagai tersangka ... Selain A, KPK juga menetapkan B serta C.
            # Ketiganya ditahan": the people of the events just told, when they are that many
            pool: list[str] = []
            for e in reversed(state.events):
                if e.kind != "Statement":
                    pool += [k for k in e.actors() if s.doc.entities[k].type == "Person" and k not in pool]
                if len(pool) >= n:
                    break
            if len(pool) == n:
                return pool
        if w in cues.anaphors:
            return next((people for role in cues.anaphors[w] if (people := [
                k for k in state.by_role.get(role, []) if s.doc.entities[k].type == "Person"])), [])
        if w in cues.pronouns_plural or (w.startswith("kedua") and head.tag_ != "NUM") or (
                w in cues.person_nouns and any(c.lower_ in cues.pronouns_plural for c in head.children
                                               if c.dep_ in ("nummod", "det", "amod"))):
            # "keduanya", "kedua menlu": the pair just named
            # (a side told right before, in a sentence with a score: "Tim X tampil bagus. Mereka menang 2-0")
            scored = w == "mereka" and self.decl.score_pattern.search(s.doc.text, s.sentence.start, s.sentence.end)
            actors = state.actors_before(s.sentence.index) if scored else list(state.last_actors)
            # (one person is no "mereka": "Menteri X melantik lima penjabat bupati ... Mereka dilantik ...")
            return [] if len(actors) == 1 and s.doc.entities[actors[0]].type == "Person" else actors
        if w in cues.body_pronouns:   # "Kabid Humas Polda X mengatakan pihaknya menangkap ...": Polda X
            for verb in head.ancestors:
                body = self._affiliation(s, [c for c in verb.children if c.dep_ in _SUBJECT_DEPS])
                if body:
                    return [body]
            return [state.speaker_body] if state.speaker_body else []
        if w in cues.pronouns_speaker and self._in_quote(s, head):
            return self._quote_speaker(s, head)
        if w in cues.pronouns_person:
            who = state.person_before(s.sentence.index)
            if who and self._in_quote(s, head) and (who == state.last_speaker or who in self._speakers_after(s, head)):
                return []   # "\"... Setelah menusuk korban, ia kabur,\" kata X": not X, who speaks of someone else
            return [who] if who else []
        nxt = s.parsed[head.i + 1].lower_ if head.i + 1 < len(s.parsed) else ""
        titled = self._titled(s, w, before, nxt if nxt in _title_heads() else "")
        if titled:
            return titled
        if not mentions:   # "tim Satreskrim berhasil menangkap ...": the Satreskrim Polresta X named before
            # (a word capitalised only as the first of a sentence or a quote is no name: "\"Angkatan bersenjata")
            unit = next((k for t in phrase if t.text[:1].isupper() and t.i > 0 and s.parsed[t.i - 1].text[:1].isalpha()
                         for k in [self._unit_named(s, t.text, before)] if k), None)
            if unit:
                return [unit]
        # (or a bare noun right after a di- verb, its agent: "diamankan petugas")
        acting = head.dep_ in _SUBJECT_DEPS or any(c.lower_ == "oleh" for c in head.children) or \
            head.dep_ == "obl" and head.head.i < head.i and self._di_passive(s, head.head) and \
            not any(c.dep_ == "case" for c in head.children)
        if w in cues.generic_bodies and not mentions and acting:   # "Polisi menangkap ...": the Polres named
            body = self._generic_body(s, cues.generic_bodies[w], before)
            if body:
                return [body]
        # (the parser may hang the demonstrative as punctuation: "diplomat asal Surabaya itu")
        if any(c.dep_ in ("det", "punct") and c.i > head.i and c.lower_ in cues.anaphoric for c in head.children):
            named = self._described(s, w, before)   # "aliansi tersebut": the Aliansi X named before
            if named:
                return named
            if w in cues.person_descriptions:   # "Pebulu tangkis asal Kudus itu": the one just told of
                who = state.person_before(s.sentence.index)
                return [who] if who else []
        # a preposition whose phrase the parser attached elsewhere: the name right after it
        # or whose title the parser split ("dengan Menteri Dalam Negeri Tito Karnavian")
        case = [c for c in head.children if c.dep_ == "case"]
        if case:
            for x in s.parsed[case[0].i + 1:case[0].i + 8]:
                m = s.mention[x.i]
                if m is not None and m.type in ("Person", "Organization"):
                    return [m.entity]
                after = s.mention[x.i + 1] if x.text == "," and x.i + 1 < len(s.parsed) else None
                if after is not None and after.type == "Person":   # "dari unggulan asal China, Li Mei"
                    return [after.entity]
                if m is None and (x.text in (",", ";", ":") or x.lower_ in ("di", "ke", "pada", "yang", "untuk")):
                    break
        return []

    @staticmethod
    def _body_after_di(s: _Sentence, t: _Trigger) -> str | None:
        """The organization named right after the first "di" of the few words after the trigger."""
        last = max(t.words) if t.words else t.token.i
        for tok in s.parsed[last + 1:last + 8]:
            if tok.lower_ == "di" and tok.i + 1 < len(s.parsed):
                m = s.mention[tok.i + 1]
                return m.entity if m is not None and m.type == "Organization" else None
        return None

    @staticmethod
    def _team_before(s: _Sentence, start: int) -> list[str]:
        """The organization named last before start, in this sentence or the one before, that the rest of
        the sentence does not name (the other side: "tim asuhan X mengalahkan Laskar Wong Kito")."""
        earliest = s.doc.sentences[max(0, s.sentence.index - 1)].start
        later = {m.entity for m in s.doc.mentions if start < m.start < s.sentence.end}
        named = [m for m in s.doc.mentions if m.entity and m.type == "Organization" and earliest <= m.start < start
                 and m.entity not in later]
        return [max(named, key=lambda m: m.start).entity] if named else []

    def _after_descriptor(self, s: _Sentence, head, types, team: bool = False) -> list[str]:
        """'Emiten teknologi PT X Tbk. resmi mengakuisisi ...': the name after the common
        words that describe it, hung by the parser below a word the phrase does not reach
        (at most two words between, the name inside the head's subtree). After a word for a
        team of a body ("Tim buser Satreskrim Polres X berhasil menangkap ..."), the parser may
        have read a word between as the verb: any lower-case words, a body's name anywhere."""
        if s.mention[head.i] is not None or head.like_num:
            return []
        cues = self.decl.cues
        inside = {x.i for x in head.subtree}
        for i in range(head.i + 1, min(head.i + 4, len(s.parsed))):
            m = s.mention[i]
            if m is not None:
                if i in inside:
                    wanted = types
                elif team:
                    wanted = ("Organization",)
                else:
                    return []
                sport = team and " ".join(x.lower_ for x in s.parsed[head.i + 1:i]) in cues.sport_names
                return [m.entity] if (m.type in wanted and m.type != "Place" or sport and m.type == "Place") \
                    and m.entity else []
            if not s.parsed[i].is_lower or (s.parsed[i].tag_ not in ("NOUN", "ADJ") and not team):
                return []
        return []

    def _after_title(self, text: str) -> bool:
        """The text before a body ends with a title or a person noun: "Kepala", "Ketua
        Umum" (the body in "Ketua Umum Partai X Budi" is the title's, the person acts)."""
        written = text.split()
        words = [w.lower() for w in written]
        # (the title may end before the words of its division: "Kepala Bidang Pembinaan dan Prestasi | PBSI")
        for cut in range(len(words), max(0, len(words) - 6), -1):
            if cut < len(words) and not (written[cut][:1].isupper() or words[cut] in ("dan", "serta")):
                break
            if words[cut - 1] in self.decl.cues.person_nouns or any(
                    " ".join(words[cut - n:cut]) in self.decl.cues.titles for n in (2, 3, 4) if cut >= n):
                return True
        return False

    @staticmethod
    def _place_before(s: _Sentence, word: str, before: int) -> str | None:
        """The last place named before ``before`` whose name begins with ``word`` ("desa
        setempat": Desa Nampu)."""
        places = [m for m in s.doc.mentions if m.entity and m.type == "Place" and m.start < before
                  and (s.doc.entities[m.entity].name.lower().split() or [""])[0] == word]
        return max(places, key=lambda m: m.start).entity if places else None

    def _named_since(self, s: _Sentence, state: Discourse, before: int) -> list[str]:
        """The people named after the sentence of the last event with actors, before
        ``before``, in order (each once)."""
        if state.last_actors_told + 1 >= len(s.doc.sentences):
            return []
        start = s.doc.sentences[state.last_actors_told + 1].start
        people = [m.entity for m in sorted(s.doc.mentions, key=lambda m: m.start)
                  if m.entity and m.type == "Person" and start <= m.start < before]
        return list(dict.fromkeys(reversed(people)))[::-1]

    def _apposed(self, s: _Sentence, phrase: list) -> list[str]:
        """The person (or pair) named after a comma or a naming word ("berinisial") right after a
        phrase of a person noun that the parser did not hang the name on ("pasangan calon nomor
        urut 3, A dan B": past a ticket's number, both)."""
        i = phrase[-1].i + 1
        while i < len(s.parsed) and (s.parsed[i].lower_ in ("nomor", "urut") or s.parsed[i].like_num):
            i += 1
        comma = i < len(s.parsed) and s.parsed[i].text == ","
        if comma and i == self._opening_comma(s):
            return []   # "Selain melantik menteri baru, Jokowi ...": the comma closes the opening clause
        named_by = i + comma < len(s.parsed) and s.parsed[i + comma].lower_ in self.decl.cues.naming_words
        if comma and named_by:
            i += 1   # ", berinisial SU": past the comma to the naming word
        if i + 1 < len(s.parsed) and (comma or named_by):
            m = s.mention[i + 1]
            if m is not None and m.type == "Person" and m.entity:
                return [m.entity, *self._paired(s, m), *self._people_listed_after(s, m)]
        return []

    def _described_again(self, tok) -> bool:
        """'Ketua DPP Partai X ini', 'Politisi Partai X itu': a noun for a person with a determiner that
        points back, a person told of before (not a counted one: "Ketiga pasangan yang dilantik itu" are several)."""
        return tok.lower_ in self.decl.cues.person_nouns and \
            any(c.dep_ == "det" and c.lower_ in self.decl.cues.anaphoric for c in tok.children) and \
            not any(c.i < tok.i and c.lower_ in self.decl.cues.counted_pronouns for c in tok.children)

    @staticmethod
    def _people_listed_after(s: _Sentence, m: Mention) -> list[str]:
        """The people listed after person ``m``, each past a comma, "dan" or "serta" and
        perhaps an age in brackets ("berinisial RA (26), TW (27), dan MS (35)")."""
        out, p = [], s.parsed
        j = s.token_at(m.end - 1, len(p)) + 1
        while j < len(p):
            if p[j].text == "(" and j + 2 < len(p) and p[j + 1].like_num and p[j + 2].text == ")":
                j += 3   # the age of the one just named
                continue
            k = j
            while k < len(p) and (p[k].text == "," or p[k].lower_ in ("dan", "serta")):
                k += 1
            other = s.mention[k] if j < k < len(p) else None
            if other is None or other.type != "Person" or not other.entity:
                break
            out.append(other.entity)
            j = s.token_at(other.end - 1, len(p)) + 1
        return out

    def _opening_comma(self, s: _Sentence) -> int | None:
        """The index of the comma that closes a clause opening the sentence with a clause mark ("Selain ...,
        X"): its first comma; None in a sentence that opens otherwise or has no comma."""
        if s.parsed[0].lower_ not in self.decl.cues.opening_marks:
            return None
        return next((t.i for t in s.parsed if t.text == ","), None)

    def _paired(self, s: _Sentence, m: Mention) -> list[str]:
        """The people joined to person ``m`` by a pair mark with no space after it: "Rina
        Marlina-Dedi Kurniawan" (a ticket), "Bagas/Rendy" (a doubles pair); so the bodies joined
        to a body ("aparat TNI-Polri")."""
        out = []
        while m.type in ("Person", "Organization"):
            i = next((t.i for t in s.parsed if s.span(t)[0] >= m.end), len(s.parsed))
            mark = s.parsed[i] if i + 1 < len(s.parsed) else None
            if mark is not None and mark.text in self.decl.cues.pair_marks and s.span(mark)[0] == m.end \
                    and not mark.whitespace_:
                nxt = s.mention[i + 1]
            elif mark is not None and mark.text[:1] in self.decl.cues.pair_marks and len(mark.text) > 1 \
                    and s.span(mark)[0] - m.end in (0, 1):
                nxt = s.mention[i]   # "Agus Hermawan -Siti Rahma": the mark glued to the next name
            else:
                break
            if nxt is None or nxt.type != m.type or nxt is m or not nxt.entity:
                break
            out.append(nxt.entity)
            m = nxt
        return out

    @staticmethod
    def _generic_body(s: _Sentence, heads: frozenset[str], before: int) -> str | None:
        """The body of one of the kinds ``heads`` ("polres", "polda" ...) the article names:
        the last one before ``before``, else the first after it; a unit of it ("Satlantas
        Polres Majalengka") is the body its name ends with, when that one is named too."""
        ents = s.doc.entities
        by_name = {e.name.lower(): k for k, e in ents.items() if e.type == "Organization"}
        found = []
        for m in sorted(s.doc.mentions, key=lambda m: m.start):
            if not m.entity or m.type != "Organization":
                continue
            words = ents[m.entity].name.lower().split()
            # ("Kepolisian Resor (Polres) X": the short form in brackets counts)
            at = next((i for i, x in enumerate(words) if x.strip("()") in heads), None)
            if at is not None:
                found.append((m.start, by_name.get(" ".join(words[at:]), m.entity)))
        earlier = [k for start, k in found if start < before]
        return earlier[-1] if earlier else (found[0][1] if found else None)

    @staticmethod
    def _unit_named(s: _Sentence, word: str, before: int) -> str | None:
        """The last body named before whose name (or another name of it) opens with ``word`` and goes on:
        "Satreskrim" written alone after "Satuan Reserse Kriminal (Satreskrim) Polres X"."""
        found = None
        for m in s.doc.mentions:
            if m.start >= before or m.type != "Organization" or not m.entity:
                continue
            e = s.doc.entities[m.entity]
            if any(n.startswith(word + " ") for n in (e.name, *e.aliases)) and (found is None or m.start > found[0]):
                found = (m.start, m.entity)
        return found[1] if found else None

    def _described(self, s: _Sentence, word: str, before: int) -> list[str]:
        """'aliansi tersebut', 'partai itu': the last body or person named before whose
        name, or the mention of it, begins with that word."""
        if self._named_doc is not s.doc:   # mentions by the first word of their entity's name, once per document
            by_word: dict[str, list[Mention]] = {}
            for m in sorted((m for m in s.doc.mentions if m.entity and m.type in ("Person", "Organization")),
                            key=lambda m: m.start):
                # (by its name's first word, or the one written: "partai itu" after "Partai Banteng" for PDI Perjuangan)
                first = {(s.doc.entities[m.entity].name.lower().split() or [""])[0], (m.text.lower().split() or [""])[0]}
                for w in first:
                    by_word.setdefault(w, []).append(m)
            self._named_doc, self._by_name = s.doc, {w: (ms, [m.start for m in ms]) for w, ms in by_word.items()}
        named, starts = self._by_name.get(word, ([], []))
        i = bisect_left(starts, before)
        return [named[i - 1].entity] if i else []

    def _title_index(self, s: _Sentence, word: str) -> tuple[list[Mention], list[int], bool]:
        """Person mentions whose titles start with ``word`` (their starts, whether in text order);
        the index is built once per document."""
        if self._titled_doc is not s.doc:
            by_word: dict[str, list[Mention]] = {}
            for m in s.doc.mentions:
                if m.entity and m.type == "Person":
                    for w in {w for t in s.doc.entities[m.entity].titles for w in t.lower().split()[:1]}:
                        by_word.setdefault(w, []).append(m)
            self._titled_doc, self._by_title = s.doc, {
                w: (ms, [m.start for m in ms], all(a.start <= b.start for a, b in zip(ms, ms[1:])))
                for w, ms in by_word.items()}
        return self._by_title.get(word, ([], [], True))

    def _titled(self, s: _Sentence, word: str, before: int, second: str = "") -> list[str]:
        """'Presiden' alone: the last person mentioned before with that title (whose title goes on with
        ``second``, when given: "wakil menteri" is no "Wakil Presiden")."""
        people, starts, in_order = self._title_index(s, word)
        if second:
            people = [m for m in people if any(t.lower().split()[1:2] == [second] for t in s.doc.entities[m.entity].titles)]
            in_order = False
        if in_order:   # in text order, as the mentions are: the last one before by bisection
            i = bisect_left(starts, before)
            return [people[i - 1].entity] if i else []
        people = [m for m in people if m.start < before]
        return [people[-1].entity] if people else []

    def _holder(self, s: _Sentence, region: Mention, before: int) -> str | None:
        """For the region of a title with no name ("Bupati Solok pun meresmikan"), the
        person named before with that title and region ("Bupati Solok, Harjono")."""
        at = s.token_at(region.start)
        if region.type == "Person" or not at:
            return None
        people = [m for m in self._title_index(s, s.parsed[at - 1].lower_)[0] if m.start < before]
        if not people:
            return None
        ends = {m.end for m in s.doc.mentions if m.entity == region.entity}
        for m in reversed(people):
            if any(0 <= m.start - end <= 2 for end in ends):
                return m.entity
        return None

    # ------------------------------------------------------------------ modality
    def _unreal(self, s: _Sentence, t: _Trigger) -> bool:
        cues = self.decl.cues
        tok = t.token
        words = (cues.negation | cues.modality) - (t.light.idiom if t.light else frozenset())

        def stop(c) -> bool:   # "harus puas menjadi runner-up": settled for, no modality
            nxt = s.parsed[c.i + 1].lower_ if c.i + 1 < len(s.parsed) else ""
            return c.lower_ in words and f"{c.lower_} {nxt}" not in cues.modal_idioms
        near = [c for c in tok.children if c.dep_ in ("advmod", "aux", "neg", "mark", "det", "cop",
                                                      "advmod:neg", "compound")]
        # a statement's own modifiers only: "..., jika ia tidak hadir, kata X" was said
        said = t.kind.name == "Statement"
        prev = [s.parsed[i] for i in range(max(0, tok.i - 3), tok.i)
                if s.parsed[i].head.i == tok.i or not said and (
                    s.parsed[i].head.i == tok.head.i or s.parsed[i].dep_ in ("advmod", "aux", "mark"))]
        if any(stop(c) for c in near + prev):
            return True
        if any(stop(x) for x in s.parsed[max(0, tok.i - 2):tok.i]):   # "enggan mengungkap"
            return True
        noun = tok.head if tok.dep_ == "compound" else tok
        if t.nominal and noun.dep_ in _SUBJECT_DEPS and stop(noun.head):
            return True   # "Pertemuan X dengan Y batal", "Upaya penangkapan X gagal": its predicate denies it
        if t.nominal and noun.dep_ in _OBJECT_DEPS and \
                self.support_slots.get(noun.head.lower_) in ("chair", "attendee") and \
                any(c.dep_ == "mark" and c.lower_ in cues.intent_marks for c in noun.head.children):
            return True   # "bertolak ke X untuk memimpin rapat": a meeting it is meant to chair, not yet held
        if t.kind.name == "Statement" and tok.dep_ not in ("xcomp", "ccomp"):
            return False    # "..., kata X" hung on what was said: the saying happened
        head, depth = tok, 0
        while head.dep_ in ("xcomp", "ccomp", "obj", "advcl", "conj") and head.head.i != head.i and depth < 3:
            up = head.head
            if self._fronted_above(s, head):
                break
            subordinate = head.dep_ == "advcl" and any(c.dep_ == "mark" and c.i < up.i for c in up.children)
            if head.dep_ != "conj" and not subordinate and (up.lower_ in cues.governors or s.lemma(up) in cues.governors):
                # (not a governor in a clause of its own that the parser made the root: "Karena menolak ..., MT
                # tega menyerang")
                return True
            if head.dep_ == "conj":
                head = up
                depth += 1
                continue
            # (what happened before or after a denied one did happen: "tak pernah kalah usai mengandaskan X";
            # a planned one's adjunct is planned too)
            after = head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _AFTER_MARKS for c in head.children)
            if any(stop(c) and not (after and c.lower_ in cues.negation) for c in up.children
                   if c.dep_ in ("advmod", "aux", "mark")):
                return True
            head, depth = up, depth + 1
        return False

    @staticmethod
    def _fronted_above(s: _Sentence, clause) -> bool:
        """'Tak mau kehilangan jejak, polisi menangkap ...': the parser hung the main clause, with its own
        subject and no mark, on the fronted clause before the comma; that clause's modality is not its own."""
        up = clause.head
        return clause.dep_ == "advcl" and up.i < clause.i and \
            any(c.dep_ in _SUBJECT_DEPS for c in clause.children) and \
            not any(c.dep_ == "mark" for c in clause.children) and \
            any(x.text == "," for x in s.parsed[up.i:clause.i])

    def _background(self, tok, triggers: frozenset[int] = frozenset()) -> bool:
        """'beberapa minggu setelah Hamas melancarkan operasi': an event told as the time
        of another, not on the day being told. A clause hung on a predicate that is no
        event ("harus puas menjadi runner-up setelah kalah dari X") is the news itself."""
        if tok.dep_ == "advcl" and tok.head.i != tok.i and tok.head.i not in triggers \
                and tok.head.tag_ in ("NOUN", "ADJ") \
                and any(c.dep_ == "mark" and c.lower_ in _AFTER_MARKS for c in tok.children):
            return False
        marks = [c for c in tok.children if c.dep_ in ("mark", "case", "advmod")]
        if tok.dep_ in ("xcomp", "ccomp", "conj") and tok.head.i != tok.i:
            marks += [c for c in tok.head.children if c.dep_ in ("mark", "case", "advmod") and c.i < tok.i]
        marks += list(tok.doc[max(0, tok.i - 2):tok.i])   # "berulang kali menyatakan"
        return any(c.lower_ in self.decl.cues.background_marks for c in marks)

    # ------------------------------------------------------------------ scope, place, time
    def _scope(self, t: _Trigger, triggers: list[_Trigger]) -> set[int]:
        """Token indices of the trigger's own clause: its subtree without the subtrees of
        other triggers below it (and, for a statement, without what was said)."""
        # a verb's clause keeps the nouns in it ("mengesahkan RUU dalam rapat paripurna di
        # Gedung X": the rapat is where it was passed)
        keeps_nouns = not t.nominal and t.kind.name != "Statement"
        others = {o.token.i for o in triggers if o is not t and not (keeps_nouns and o.nominal)}
        # ... but not the argument phrase a noun event lies in ("menangkap X, pelaku
        # penusukan di Y": Y is where the stabbing was)
        cut = set(others)
        for o in triggers:
            # (not a body's own session as the subject: where the verb happened, "Kongres VI Partai X di Kendari
            # menetapkan Y")
            if o is not t and keeps_nouns and o.nominal and self._in_argument(o.token, t.token) and not (
                    o.token.dep_ in _SUBJECT_DEPS
                    and " ".join(o.token.doc[i].lower_ for i in o.words) in o.kind.alone_nouns):
                top = o.token
                while top.head.i != t.token.i:
                    top = top.head
                cut.add(top.i)
        tok = t.token
        if t.nominal and tok.dep_ in ("nsubj", "nsubj:pass", "obj") and tok.head.i not in others:
            tok = tok.head     # "Pertemuan itu berlangsung di X": the verb's clause
        keep, stack = set(), [tok]
        while stack:
            x = stack.pop()
            keep.add(x.i)
            for c in x.children:
                if c.i in cut and c.i != t.token.i:
                    continue
                if t.kind.name == "Statement" and x.i == t.token.i and c.dep_ in _CLAUSE_DEPS and \
                        not self._said_on_occasion(c):
                    continue
                stack.append(c)
        top = tok.head
        if tok.dep_ in _CLAUSE_DEPS and top.i == 0 and top.dep_ == "ROOT" and top.lower_ in self.decl.cues.report_openers:
            # "Diketahui sebanyak 80 karyawan di Jalan X melakukan ...": the opener's phrases are the clause's
            keep |= {x.i for c in top.children if c.i not in cut and c.i != tok.i for x in c.subtree}
        if not t.nominal and t.token.dep_ == "xcomp" and t.token.head.i not in others:
            # "berhasil mengalahkan X dengan skor 3-1 ... di Stadion Y": the phrases the parser
            # hung on the verb that leads this one are this one's
            for c in t.token.head.children:
                if c.dep_.startswith("obl") and c.i not in cut:
                    keep |= {x.i for x in c.subtree}
        if t.nominal and t.token.dep_ == "obj" and t.token.head.i in others:
            # "menyambut kunjungan X di Istana Bogor": the visit is where the verb that takes it is
            # ("..., bersama ajudannya di ruang tamu Balai Kota X": however deep the parser hung the phrase)
            for c in t.token.head.children:
                if c.dep_.startswith("obl") and any(x.dep_ == "case" and x.lower_ == "di" for x in c.subtree):
                    keep |= {x.i for x in c.subtree}
        return keep

    @staticmethod
    def _in_argument(tok, verb) -> bool:
        """tok lies in a phrase of verb that no preposition opens (its subject, object or
        their appositions), not in an oblique such as "dalam rapat paripurna"."""
        while tok.head.i != verb.i:
            if any(c.dep_ == "case" for c in tok.children) or tok.head.i == tok.i:
                return False
            tok = tok.head
        return not any(c.dep_ == "case" for c in tok.children)

    def _places(self, s: _Sentence, t: _Trigger, scope: set[int], slots: dict) -> list[str]:
        places = self._places_named(s, t, scope, slots)
        return [self._refined(s, places[0]), *places[1:]] if places else places

    def _refined(self, s: _Sentence, place: str) -> str:
        """'di Tol X, tepatnya KM 41, Desa Y, ...': the first place named after the word that says more
        exactly where (past a road's kilometre), when the sentence names the place there."""
        for i, m in enumerate(s.mention):
            if m is None or m.entity != place or i + 2 >= len(s.parsed) or s.mention[i + 1] is m:
                continue
            if s.parsed[i + 1].text == "," and s.parsed[i + 2].lower_ in self.decl.cues.refine_words:
                for x in s.parsed[i + 3:i + 9]:
                    named = s.mention[x.i]
                    if named is not None:
                        return named.entity if named.type == "Place" and named.entity else place
        return place

    def _places_named(self, s: _Sentence, t: _Trigger, scope: set[int], slots: dict) -> list[str]:
        """The event's place(s): a place named by the head of a ``di`` (``ke`` ...) phrase
        of its clause first ("di wilayah kantong Palestina di Jalur Gaza": Jalur Gaza),
        else a place inside such a phrase; coordinated places come along."""
        # the phrases on the trigger itself first ("tiba di Beirut ... dalam lawatan ke
        # Lebanon": Beirut), then any in its clause
        own = {t.token.i} | ({t.noun.i} if t.noun is not None else set())
        # "di final yang digelar di Istora Senayan", "dalam rapat pleno yang berlangsung di
        # Aula X": the place of the occasion the event was part of
        # (an occasion hung on the trigger itself counts even when its noun is an event of its own: "kata X,
        # dalam rapat koordinasi di Jakarta Pusat")
        for tok in sorted((x for w in ("di", "dalam", "pada") for x in s.case_words.get(w, ())), key=lambda x: x.i):
            if tok.i in scope or tok.lower_ != "di" and tok.head.dep_ == "obl" and tok.head.head.i in own:
                place = self._setting_place(s, tok.head, tok.lower_ != "di")
                if place:
                    return [place]
        for tok in s.parsed[:-2]:   # "..., bertempat di Aula X": the scene, however the parser hung it
            if tok.lower_ in self.decl.cues.scene_words and s.parsed[tok.i + 1].lower_ == "di":
                m = s.mention[tok.i + 2]
                if m is not None and m.type == "Place":
                    return [m.entity]
        for direct, prep in [(d, p) for d in (True, False) for p in t.kind.place_from]:
            if prep in ("possessor", "noun_possessor"):   # "Pilkades Desa X": the region the noun names
                named = [tok for tok in (slots.get(prep, []) if direct else []) if not isinstance(tok, str)]
                for tok in named:
                    if s.mention[tok.i] is not None and s.mention[tok.i].type == "Place":
                        return [s.mention[tok.i].entity]
                continue
            if prep in ("object", "passive_subject", "subject"):
                # what a disaster strikes or a traveller visits is a place, even one the
                # entity stage typed as a body ("mengguncang Kabupaten Pasaman Barat")
                # ("menghujani ibu kota Ukraina, Kyiv": the city in apposition)
                # ("mengguncang wilayah Bantul": the name hung on an area word)
                named = [x for tok in (slots.get(prep, []) if direct else []) if not isinstance(tok, str)
                         for x in (tok, *(c for c in tok.children if c.dep_ == "appos" or (
                             c.dep_ in ("nmod", "flat", "compound") and c.i == tok.i + 1
                             and tok.lower_ in self.decl.cues.area_words)))]
                for typ in ("Place", "Organization"):
                    for tok in named:
                        if s.mention[tok.i] and s.mention[tok.i].type == typ:
                            return [self._chain_head(s, tok) or s.mention[tok.i].entity]
                for tok in named:   # "menerjang desa setempat": the village named before
                    if s.mention[tok.i] is None and any(c.lower_ in self.decl.cues.place_anaphoric
                                                        for c in tok.children):
                        place = self._place_before(s, tok.lower_, s.span(tok)[0])
                        if place:
                            return [place]
                home = self._owner_home(s, named) if prep == "object" else None
                if home is not None:   # "menghanguskan rumah milik X (50), warga Kampung Y, Desa Z": where X lives
                    return [home]
                continue
            venue = prep.startswith("venue:")   # "dari Stadion X": a venue only, not "kalah dari Vietnam"
            prep = prep.removeprefix("venue:")
            heads = [tok.head for tok in s.case_words.get(prep, ())
                     if tok.i in scope and (not direct or tok.head.head.i in own) and not self._told_of_actor(s, tok, own)]
            if venue:
                heads = [h for h in heads if h.lower_ in self.decl.cues.venue_words]
            for strict in (True, False):
                for head in heads:
                    place = self._place_phrase(s, head, strict)
                    if place:
                        # coordinated places, and the place in apposition ("di ibu kota
                        # Vietnam, Hanoi"; "di Bandara Noi Bai, Hanoi")
                        more = [self._place_phrase(s, c, True) for c in head.conjuncts if c.i > head.i]
                        more += [self._place_phrase(s, c, True) for c in head.children if c.dep_ == "appos"]
                        more += self._village(s, head, place) + self._town_after(s, head, place)
                        inner = self._place_in_chain_before(s, head, scope)
                        if inner is not None and inner != place:
                            place, more = inner, [place, *more]
                        return list(dict.fromkeys([place, *(m for m in more if m)]))
        # a tree that lost the verb's object: the place named right after it ("Banjir
        # melanda Kabupaten Grobogan" with "melanda" tagged as a noun)
        if "object" in t.kind.place_from and not t.nominal and not slots.get("object") and t.token.i + 1 < len(s.parsed):
            m = s.mention[t.token.i + 1]
            if m is not None and m.type == "Place":
                return [m.entity]
        # a tree that put the place elsewhere: "di PLACE" just after the trigger
        # ("di kawasan Tal al-Sultan": past up to two common words)
        last = max(t.words) if t.words else t.token.i
        for tok in s.parsed[last + 1:last + 10]:
            if tok.lower_ not in t.kind.place_from:
                continue
            for x in s.parsed[tok.i + 1:tok.i + 4]:
                m = s.mention[x.i]
                if m is not None:
                    if m.type == "Place":
                        return [m.entity, *self._village(s, x, m.entity)]
                    break
                if not x.is_lower:
                    break
        # "Tiga rumah di Dusun X, Desa Y, ... hangus terbakar": what a disaster struck lies in the
        # place named before the trigger, with no other verb between (however the parser hung it);
        # so does what it caused ("rusak akibat gempa")
        first = min(t.words) if t.words else t.token.i
        caused = first > 0 and s.parsed[first - 1].lower_ in self.decl.cues.cause_words
        if "subject" in t.kind.place_from and (not t.nominal or caused):
            # (a word right before it may be a verb: "hangus terbakar", "terendam akibat banjir")
            predicate = first - 2 if caused else first - 1
            for case in sorted((c for c in s.case_words.get("di", ()) if c.i < first), key=lambda c: -c.i):
                if any(x.tag_ in ("VERB", "AUX") for x in s.parsed[case.i + 1:predicate]):
                    break
                place = self._place_phrase(s, case.head, True)
                if place:
                    return [place, *self._village(s, case.head, place)]
        if "resident" in t.kind.place_from:   # "Tiga orang warga Kampung X ... tertimbun tanah longsor"
            for x in s.parsed[:first]:
                m = s.mention[x.i + 1] if x.lower_ in self.decl.cues.resident_nouns else None
                if m is not None and m.type == "Place" and m.entity:
                    return [m.entity]
        # "Bermain di Stadion X, Jakarta, Persib menang": a clause opening the sentence sets its scene
        if len(s.parsed) > 3 and s.parsed[0].lower_ in self.decl.cues.opening_settings and s.parsed[1].lower_ == "di":
            place = s.mention[2] if s.mention[2] is not None and s.mention[2].type == "Place" else None
            if place is not None:
                return [place.entity]
        # "A pada laga final berlangsung di Stadion X, Minggu (1/6), mengalahkan B": the setting verb the
        # trigger's clause hangs on names its scene
        head, settings = t.token.head, self.decl.cues.setting_verbs | self.decl.cues.opening_settings
        if not t.nominal and t.token.dep_ in ("advcl", "xcomp", "conj", "parataxis") and \
                (head.lower_ in settings or s.lemma(head) in settings):
            for case in s.case_words.get("di", ()):
                place = self._place_phrase(s, case.head, True) if case.head.head.i == head.i else None
                if place:
                    return [place]
        # "Truk menabrak sepeda motor mengakibatkan satu orang meninggal ... di Desa X": the
        # dead were counted where it happened (a di phrase hung on a casualty predicate)
        if "di" in t.kind.place_from and _CASUALTIES.intersection(t.kind.quantities) and not t.nominal:
            cues = set().union(*(self.decl.quantity_cues[q] for q in _CASUALTIES))
            for pred in s.parsed:
                if pred.i in scope or not (pred.lower_ in cues or s.lemma(pred) in cues):
                    continue
                inside = {x.i for x in pred.subtree}
                for case in s.case_words.get("di", ()):
                    place = self._place_phrase(s, case.head, False) if case.i in inside else None
                    if place:
                        return [place]
        return []

    def _told_of_actor(self, s: _Sentence, case, own: set[int]) -> bool:
        """The phrase lies in a relative clause of one of the event's nouns that tells an earlier happening
        ("melantik calon duta besar yang sudah mengikuti uji di DPR": not where the swearing-in was; "menangkap
        TKA yang bekerja di pabrik X" is where they were caught)."""
        x = case.head
        while x.head.i != x.i and x.i not in own:
            if x.dep_ == "acl:relcl" and x.tag_ == "VERB" and x.head.i not in own and \
                    any(c.lower_ in self.decl.cues.prior_marks for c in x.children if c.i < x.i):
                return True
            x = x.head
        return False

    def _owner_home(self, s: _Sentence, named: list) -> str | None:
        """The place after a resident noun ("warga") written after the object, before any verb or preposition
        (however the parser hung the address)."""
        for tok in named:
            for x in s.parsed[tok.i + 1:tok.i + 16]:
                if x.tag_ in ("VERB", "AUX") or x.dep_ == "case":
                    break
                if x.lower_ in self.decl.cues.resident_nouns and x.i + 1 < len(s.parsed):
                    m = s.mention[x.i + 1]
                    return m.entity if m is not None and m.type == "Place" and m.entity else None
        return None

    def _before_address(self, s: _Sentence, t: _Trigger) -> list[str]:
        """The person named before a passive verb across what describes them: an age in
        brackets, "warga Desa X, Kecamatan Y, ...", "berinisial" (at most three common words
        in a row, no other verb, no body)."""
        i, words = min(t.words or (t.token.i,)) - 1, 0
        while i >= 0:
            tok, m = s.parsed[i], s.mention[i]
            if m is not None:
                if m.type == "Person" and m.entity:
                    return [m.entity]
                if m.type != "Place":
                    return []
                words = 0
            elif tok.text in (",", "(", ")") or tok.like_num:
                words = 0
            elif tok.is_lower and words < 3 and (tok.tag_ != "VERB" or tok.lower_.startswith("ber")):
                words += 1
            else:
                return []
            i -= 1
        return []

    @staticmethod
    def _town_after(s: _Sentence, head, place: str) -> list[str]:
        """The place written after a comma right after a body where something took place ("di Polda Jawa Barat,
        Kota Bandung"), however the parser hung it."""
        if s.doc.entities[place].type != "Organization":
            return []
        at = _tokens_of(s, head, place)
        if not at:
            return []
        # (past the body's name, whatever names inside it: "Polda | Jawa Barat")
        i = next((x.i for x in s.parsed[at[0]:] if s.span(x)[0] >= s.mention[at[0]].end), len(s.parsed))
        m = s.mention[i + 1] if i + 1 < len(s.parsed) and s.parsed[i].text == "," else None
        return [m.entity] if m is not None and m.type == "Place" and m.entity else []

    def _village(self, s: _Sentence, head, place: str) -> list[str]:
        """The village of the address written after the place of a phrase ("di Kilometer 360
        ruas Tol X, wilayah Desa Y, Kecamatan Z, Kabupaten W"): the most specific named
        place, however the parser hung the address."""
        villages = self.decl.cues.village_words
        if (s.doc.entities[place].name.lower().split() or [""])[0] in villages:
            return []
        at = _tokens_of(s, head, place)
        if not at:
            return []
        i, words = at[-1] + 1, 0
        while i < len(s.parsed):
            tok, m = s.parsed[i], s.mention[i]
            if m is not None and m.type == "Place":
                if (s.doc.entities[m.entity].name.lower().split() or [""])[0] in villages:
                    return [m.entity]
                while i + 1 < len(s.parsed) and s.mention[i + 1] is m:
                    i += 1
                words = 0
            elif tok.text == ",":
                words = 0
            elif tok.text == "(" and any(x.text == ")" for x in s.parsed[i + 1:i + 5]):
                i = next(x.i for x in s.parsed[i + 1:i + 5] if x.text == ")")   # "(Jalinbar)": a short form
            elif tok.lower_ in ("km", "kilometer") or words == 0 and _ROAD_MARK.fullmatch(tok.text):
                pass   # "KM 34-35 Pekon X": a road's kilometre mark before the village
            elif not (tok.is_lower and words < 2):   # "wilayah", "tepatnya di"
                break
            else:
                words += 1
            i += 1
        return []

    def _beside(self, s: _Sentence, t: _Trigger, step: int) -> list[str]:
        """Names right before (step -1) or after (+1) the trigger in its clause, not
        governed by a preposition: the subject or object in Indonesian word order."""
        stops = {",", ";", ":", "-", "--", "–", "—", "bahwa", "yang", "setelah", "sebelum", "ketika", "saat", "usai",
                 "karena", "sehingga", "untuk", "namun", "tetapi", "sementara", '"', "“", "”"}
        preps = {"di", "ke", "dari", "dengan", "oleh", "terhadap", "atas", "kepada", "pada",
                 "dalam", "antara", "melawan", "bersama", "menurut", "sebagai", "akibat"}
        i = (min(t.words) if t.words else t.token.i) + step if step < 0 else \
            (max(t.words) if t.words else t.token.i) + step
        out: list[str] = []
        last = None   # the person named last, whose list may go on
        while 0 <= i < len(s.parsed):
            tok = s.parsed[i]
            m = s.mention[i]
            nxt = s.mention[i + 1] if i + 1 < len(s.parsed) else None
            listed = self._people_listed_after(s, last) if step > 0 and tok.text in ("(", ",") and last else []
            if listed:          # "RA (26), TW (27), dan MS (35)": the list of people goes on
                out += [k for k in listed if k not in out]
                break
            if step > 0 and not out and tok.text == "," and nxt is not None \
                    and nxt.type in ("Person", "Organization") and i != self._opening_comma(s):
                i += step       # "dua terdakwa kasus sabu, Andi Pratama dan ...": the names
                continue
            if step > 0 and out and tok.text == "," and all(s.doc.entities[k].type == "Place" for k in out):
                # "disampaikan Kapolres Siak, AKBP X": the title's region, then (past a rank) its holder
                j = i + 1
                while j < len(s.parsed) and s.mention[j] is None and is_rank_word(s.parsed[j].text):
                    j += 1
                held = s.mention[j] if j < len(s.parsed) else None
                if held is not None and held.type == "Person" and held.entity:
                    out = [held.entity]
                    break
            glued = tok.text in self.decl.cues.pair_marks and i > 0 and not tok.whitespace_ and \
                not s.parsed[i - 1].whitespace_   # "Rudi Hartono-Siti Maryam": a pair, not a break
            if m is None and (tok.lower_ in stops or tok.text in stops or tok.lower_ in self.decl.cues.culprit_nouns) \
                    and not glued:
                break   # (nor past "pembunuh": "menangkap pembunuh X" names the victim)
            if step < 0 and m is None and self._speech_verb(s, tok):
                break   # "A mengatakan tersangka ditangkap": the speaker is not who the clause tells of
            # "Menteri Dalam Negeri X": a capitalised word inside a title is no preposition
            if m is None and tok.lower_ in preps and not (tok.i > 0 and tok.text[:1].isupper()):
                if step > 0:
                    break
                out = []          # what follows a preposition is not the subject
            elif m is not None and m.type in ("Person", "Organization", "Place") and m.entity not in out:
                out.append(self._holder(s, m, m.start) or m.entity)
                last = m if m.type == "Person" else None
            if step > 0 and out and m is None and tok.lower_ not in ("dan", "serta"):
                break
            i += step
        if step < 0:
            out.reverse()
        persons = [k for k in out if s.doc.entities[k].type == "Person"]
        return persons or out

    def _speech_verb(self, s: _Sentence, tok) -> bool:
        said = self._match(s, tok)
        return said is not None and said[0].name == "Statement" and not said[1]

    def _setting_place(self, s: _Sentence, noun, occasion: bool = False) -> str | None:
        """The named place of a ``di`` phrase in a relative clause of ``noun`` whose verb
        sets an occasion ("final yang digelar di X"), or of one hung on the noun of an occasion
        the event was part of ("kata X dalam rapat koordinasi di Jakarta Pusat"), when the noun
        names no place."""
        if s.mention[noun.i] is not None:
            return None
        setting = self.decl.cues.setting_verbs
        for x in noun.children if occasion else ():
            if x.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ == "di" for c in x.children):
                place = self._place_phrase(s, x, False)
                if place:
                    return place
        for verb in noun.children:
            if verb.dep_.startswith("acl") and (verb.lower_ in setting or s.lemma(verb) in setting):
                for x in verb.children:
                    if x.dep_.startswith("obl") and any(c.dep_ == "case" and c.lower_ == "di" for c in x.children):
                        place = self._place_phrase(s, x, False)
                        if place:
                            return place
        return None

    def _place_in_chain_before(self, s: _Sentence, head, scope: set[int]) -> str | None:
        """'di depan Kantor Gubernur Jambi di Kota Jambi': the place of a ``di`` phrase written right before
        this one, which holds it, however the parser hung them; the nearer one is where it happened."""
        case = next((c for c in head.children if c.dep_ == "case"), None)
        if case is None or case.i < 2:
            return None
        m = s.mention[case.i - 1]
        if m is None or m.type != "Place" or not m.entity or case.i - 1 not in scope:
            return None
        first = s.token_at(m.start, case.i - 1)
        return m.entity if any(x.lower_ == "di" for x in s.parsed[max(0, first - 3):first]) else None

    def _place_phrase(self, s: _Sentence, head, strict: bool) -> str | None:
        m = s.mention[head.i]
        if m is not None and m.type == "Place":
            return m.entity
        if strict:
            return None
        if m is not None and m.type == "Organization":   # "di depan Kantor DPRD X, Jalan Y"
            return m.entity
        phrase = sorted(self._phrase(head), key=lambda x: x.i)
        # "di depan Kantor DPRD X, Jalan Y, Makassar": the office before the town it is in
        # (also when the parser made "depan" the head, the office its modifier)
        after = s.parsed[phrase[-1].i + 1] if phrase[-1].i + 1 < len(s.parsed) else None
        for x in phrase + ([after] if after is not None and head.head.i == after.i else []):
            m = s.mention[x.i]
            if m is not None and m.type == "Place":
                break
            if m is not None and m.type == "Organization" and m.start == s.span(x)[0] \
                    and m.text.split()[0].lower() in self.decl.cues.venue_words:
                return m.entity
        # ("di laga PSM berikutnya": a team in an event's noun is no place)
        for typ in ("Place",) if head.lower_ in self.event_nouns else ("Place", "Organization"):   # "di Pengadilan Negeri Batam": the court's building
            for x in phrase:
                m = s.mention[x.i]
                if m is not None and m.type == typ:
                    return m.entity
        # "di perairan sebelah barat Pulau X": the place after common words, whatever phrase
        # the parser made of the direction
        for x in s.parsed[head.i + 1:head.i + 6]:
            m = s.mention[x.i]
            if m is not None:
                if m.type == "Place":
                    return m.entity
                break
            if not x.is_lower or x.lower_ in _PHRASE_OPENERS:
                break
        # "di Istana Merdeka, Jakarta" with no mention for the palace: the place after it
        i = phrase[-1].i + 1
        while i < len(s.parsed) and s.parsed[i].text == ",":
            i += 1
        if i < len(s.parsed) and s.mention[i] is not None and s.mention[i].type == "Place":
            return s.mention[i].entity
        return None

    def _days(self, doc: Document, sentence: Sentence, state: Discourse) -> list[tuple[timex.Timex, bool]]:
        """The sentence's time phrases (with whether each is a "sejak" phrase), moving the
        day being told: a day told, not one to come (after the publication date)."""
        out = []
        caption = _caption(doc, sentence)
        for tm in told_days(doc, sentence.start, sentence.end):
            since = "sejak" in doc.text[max(sentence.start, tm.start - 8):tm.start].lower()
            # "pada malam yang sama", "keesokan harinya": counted from the day of the
            # event last told, not from the day a quote about it was given
            base = state.event_day or state.last_day
            if tm.relative_days is not None and base:
                day = timex.shift(base, tm.relative_days)   # None past year 9999
                if day:
                    tm.value, tm.earliest, tm.latest = day.isoformat(), day, day
            elif tm.value and len(tm.value) == 10 and not caption:
                state.last_day = tm.earliest
            # the day being told moves forward only: "tiba pada Kamis (11/1) malam" after
            # the lede's Friday is a look back, and what follows is on the Friday again
            # (the page's time stamp above the lede stands only until the article tells its day:
            # "Kamis, 14 Maret 2024 09:10 WIB" ... "Sidang ..., Rabu (13/3/2024)")
            if tm.value and len(tm.value) == 10 and not since and not caption \
                    and (doc.published is None or tm.earliest <= doc.published) \
                    and (state.day_told is None or tm.earliest >= state.day_told.earliest
                         or _stamped_at(doc, state.day_told.start)):
                state.day_told = tm
            out.append((tm, since))
        return out

    def _times(self, s: _Sentence, state: Discourse) -> tuple[list, list]:
        """(time phrases with their tokens, "sejak" phrases) of the sentence."""
        out, since = [], []
        for tm, is_since in self._days(s.doc, s.sentence, state):
            toks = {tok.i for tok in s.parsed if tm.start <= s.span(tok)[0] < tm.end}
            if toks:
                (since if is_since else out).append((tm, toks))
        return out, since

    def _clause_day(self, s: _Sentence, t: _Trigger, times: list) -> tuple | None:
        """(time, tokens) of the day told in a relative clause of an event noun whose verb sets it,
        however the parser hung the day ("kecelakaan yang terjadi di X, tepatnya Y, pada Minggu
        31 Desember 2023"), or None."""
        if t.nominal:
            cues = self.decl.cues
            setting = [c for c in t.token.children if c.dep_.startswith("acl")]
            # ("kronologi kecelakaan truk yang terjadi ...": however the parser hung the clause)
            setting += [c for c in s.parsed[t.token.i + 2:t.token.i + 5] if s.parsed[c.i - 1].lower_ == "yang"]
            for c in setting:
                if not (c.lower_ in cues.setting_verbs or s.lemma(c) in cues.setting_verbs):
                    continue
                for tm, toks in times:
                    if min(toks) > c.i and not any(x.tag_ in ("VERB", "AUX") and x.lower_ not in cues.refine_words
                                                   for x in s.parsed[c.i + 1:min(toks)]):
                        return tm, toks
        return None

    # ------------------------------------------------------------------ events
    def sentence_events(self, s: _Sentence, state: Discourse, counter: dict[str, int],
                        lede: bool) -> list[Event]:
        triggers = self.triggers(s)
        self.unnamed_party: set[int] = set()    # ids of events with a party phrase naming no one
        told_before = state.day_told
        times, since = self._times(s, state)
        # ", Senin (24/2/2025)." closing the sentence: when it was said, or when it happened
        final = [tm for tm, _ in times if not doc_text_after(s, tm).strip(" .!?\"”")
                 and s.doc.text[s.sentence.start:tm.start].rstrip().endswith(",")]
        read: list[tuple[_Trigger, Event, set[int]]] = []   # (trigger, event, scope)
        earlier: list[tuple[_Trigger, Event, set[int]]] = []  # "serangan itu": told before
        claimed: set[int] = set()
        clause_days = {id(t): found for t in triggers if (found := self._clause_day(s, t, times))}
        ordered = sorted(triggers, key=lambda t: t.kind.name != "Statement")
        unreal = [t for t in triggers if self._unreal(s, t)]
        # ("Dijadwalkan juga penandatanganan nota kesepahaman": the noun inside a planned event of its kind
        # is that event, planned too)
        unreal += [t for t in triggers if t.nominal and any(
            o.kind is t.kind and o is not t and t.token in o.token.subtree for o in unreal)]
        for t in ordered:
            if any(t is o for o in unreal):
                continue
            # (the visit of "menerima kunjungan X" is told with the meeting: no bound of its scope)
            scope = self._scope(t, [o for o in triggers if o.told_with is None])
            before = state.last_of_kind.get(t.kind.name)
            if before is not None and (t.nominal and self._told_before(s, t.token, before) or
                                       (t.nominal or t.light is not None) and self._venue_told(s, t, before, scope)):
                earlier.append((t, before, scope))   # one more mention of that event
                self._claimed_by(s, t.token, before)
                # "Keputusan itu ... diumumkan di Kantor Pusat BI, Rabu (21/5)": where and
                # when the event told before took place, if that was not said ("Penunjukan
                # tersebut ditetapkan ... dan diumumkan di X": the verb it undergoes is no
                # other event's clause)
                if t.token.dep_ == "nsubj:pass":
                    scope = self._scope(t, [o for o in triggers if o.token.i != t.token.head.i])
                places = self._places(s, t, scope, {})
                # "Kedua pertemuan berlangsung di Aula X": the last two meetings told
                counted = self._counted(t.token) or 1
                for told in [x for x in reversed(state.events) if x.kind == t.kind.name][:counted] or [before]:
                    self._set_place(s, told, t.token, places)
                own = [(tm, toks) for tm, toks in times if toks & scope and not toks & claimed]
                clause_day = clause_days.get(id(t))
                if clause_day and not clause_day[1] & claimed:
                    own = [clause_day]
                if not own and len(times) == 1:   # the sentence's one day, hung elsewhere by the parser
                    own = [(tm, toks) for tm, toks in times if not toks & claimed]
                # (a day only given as the day being told, before its own sentence, gives way:
                # the page's time stamp above a lede that tells no day)
                # (nor does a headline's: "date 2024-01-01 Kecelakaan Bus di Tol X" above the lede)
                headline = all(ev.sentence < lede_index(s.doc) <= s.sentence.index for ev in before.evidence)
                if own and (headline or not any(tm.start >= s.doc.sentences[before.evidence[0].sentence].start
                                                for tm in before.times)):
                    before.times = [_tv(own[0][0])]
                    claimed |= own[0][1]
                if t.nominal:   # "Tawuran itu melibatkan A dan B": its parties; "Pelantikan dilakukan
                    # oleh Gubernur X" after "Y dilantik": the roles it lacked
                    filled = {r for r, _ in before.roles}
                    told = before.actors()
                    before.roles += [(r, k) for r, k in self._event(s, t, scope, state, lede).roles
                                     if not told or r not in filled and k not in told
                                     and s.doc.entities[k].type != "Place"]   # (not "..., di Gedung X")
                    # ("Rapat paripurna itu dihadiri oleh A, B dan C": those attending it, named now)
                    for slot in ("attendee", "chair"):
                        attended = self.fillers(s, self.slots(s, t).get(slot, []), state, s.span(t.token)[0])
                        role = t.kind.roles.get(slot)
                        before.roles += [(role, k) for k in dict.fromkeys(attended) if role and
                                         (role, k) not in before.roles and s.doc.entities[k].type in t.kind.types(role)]
                start, end = s.span(t.token)
                before.evidence.append(Evidence(s.sentence.index, start, end,
                                                f"events.{t.kind.name.lower()}", t.kind.confidence))
                continue
            e = self._event(s, t, scope, state, lede)
            dated = scope
            if t.kind.name == "Statement":   # said "pada hari Sabtu (4/11) bahwa ...": by the verb
                scope = scope | self._after_verb(s, t.token, {o.token.i for o in triggers})
                # (not the day of an event noun's own clause: "menjelaskan kronologi kecelakaan yang
                # terjadi di X pada Minggu 31 Desember")
                dated = scope - {i for o in triggers if o is not t and id(o) in clause_days
                                 for i in clause_days[id(o)][1]}
            # (a month or a year in a statement's sentence is what was said about, "inflasi hingga November
            # 2022", not when it was said)
            own = [(tm, toks) for tm, toks in times if toks & dated and not toks & claimed and
                   (t.kind.name != "Statement" or tm.value is None or len(tm.value) >= 10)]
            # ("Informasi dihimpun, Jumat (28/2), menyebutkan, X terpilih ..., Senin lalu": the day hung on the
            # trigger itself first)
            # (then a day stamp, "Rabu (5/9)", before a date told of another thing: "hasil Pilkada 27 Juni lalu")
            own.sort(key=lambda x: (min((0 if s.parsed[i].dep_ in _TIME_DEPS else 1) if s.parsed[i].head.i == t.token.i
                                        and s.parsed[i].head.i not in x[1] else 2 for i in x[1]),
                                    not _DAY_STAMP.search(x[0].text)))
            clause_day = clause_days.get(id(t))
            if clause_day and not clause_day[1] & claimed:
                own = [clause_day]
            if not own and t.kind.name == "Statement":
                own = [(tm, toks) for tm, toks in times if tm in final and not toks & claimed]
            if own:
                e.times.append(_tv(own[0][0]))
                claimed |= own[0][1]
            read.append((t, e, scope))
        by_token = {t.token.i: e for t, e, _ in read}
        for t, e, _ in read:    # "pergi ke X ... dan bertemu Y": a coordinated verb shares them
            # ("memutuskan mempertahankan": the time; "mendukung X dengan melancarkan
            # serangan": the time, not the supporters' places)
            head = by_token.get(t.token.head.i) if t.token.dep_ in ("conj", "xcomp", "advcl") else None
            if head is not None:
                e.times = e.times or list(head.times)
            if head is not None and t.token.dep_ != "advcl":
                e.places = e.places if e.places and not dateline_guess(s.doc, e) else \
                    list(head.places) or e.places
        for t, e, _ in read:    # "melantik X ..., menggantikan Y, di Istana Negara": the place the
            # parser hung on the verb serving this one is this event's too
            if e.places and not dateline_guess(s.doc, e) or t.nominal or not e.roles:
                continue
            below = [b for u, b, _ in read if u.token.head.i == t.token.i != u.token.i and not u.nominal
                     and u.token.dep_ in ("conj", "xcomp", "advcl") and b.places and not dateline_guess(s.doc, b)]
            if below:
                e.places = list(below[0].places)
        for t, e, scope in read:    # "mogok sejak Senin (13/1)": it began that day
            begun = [tm for tm, toks in since if toks & scope]
            if not begun and not times and len(since) == 1 and len(read) == 1 \
                    and not self._background(t.token):   # a tree that lost the clause
                begun = [since[0][0]]
            if not e.times and begun and t.kind.name != "Statement":
                e.times.append(_tv(begun[0]))
                e.since = _tv(begun[0])
        free = [tm for tm, toks in times if not toks & claimed]
        final = [tm for tm in final if tm in free]
        for t, e, _ in read:    # one free time phrase in the sentence: the events' time;
            # a statement takes only the day stamp that closes the sentence
            usable = final if t.kind.name == "Statement" else free
            if not e.times and len({tm.value for tm in usable}) == 1:   # ("hari ini, Selasa, 16 Juli 2024": one day)
                e.times.append(_tv(usable[0]))
            # else a verb told without a time happened on the day being told (a noun such
            # as "invasi" or "serangan" is often an earlier event)
            # (the sentence's own phrases, when all are taken, belong to other events)
            day = told_before if times and not free else state.day_told
            if t.kind.name == "Statement" and state.said_day is not None and not (times and free):
                day = state.said_day   # a quote without a day was given when the others were
            # ("Persik vs Madura United: 2-0" in a round-up tells a result, not an earlier match)
            told = not t.nominal or t.kind.name == "Statement" or bool(t.sides)
            if not e.times and day is not None and told \
                    and not self._background(t.token, frozenset(u.token.i for u, _, _ in read)):
                e.times.append(_tv(day))
        for t, e, _ in read:    # "menerima kunjungan X di Jakarta, Senin": the visit was then and there
            host = next((b for a, b, _ in read if t.told_with is not None and a is t.told_with), None)
            if host is not None:
                e.places = e.places or list(host.places)
                e.times = e.times or list(host.times)
        for t, e, _ in read:    # "Pertemuan itu ditutup dengan penandatanganan MoU": at that meeting
            again = next((b for a, b, _ in earlier if a.token.head.i == t.token.head.i != a.token.i), None)
            if t.nominal and again is not None:
                e.places = e.places or list(again.places)
                e.times = e.times or list(again.times)
        self._told_again(s, state, times, claimed)
        read.sort(key=lambda x: x[0].token.i)
        report = self._quantities(s, read + earlier, times, since, state)
        kept = []
        for t, e, _ in read:   # "Selain berunjuk rasa, ribuan pengemudi juga melakukan aksi mogok"
            self._same_crowd(s, state, t, e)
            self._host_again(s, state, t, e)
        for t, e, _ in read + ([(None, report, set())] if report else []):
            if t is not None and (self._besides(s, state, e) or not self._complete(t.kind, e, s.sentence, t.light)):
                continue
            n = counter[e.kind] = counter.get(e.kind, 0) + 1
            e.id = f"{e.kind.lower()}-{n}"
            kept.append(e)
        self._crowd_named(s, state, kept)
        for e in kept:
            state.told(e, s.doc)
        moved = state.day_told
        dated = [e for e in kept if any(tv.start == moved.start for tv in e.times)] if moved is not told_before else []
        if told_before is not None and dated and all(e.kind == "Statement" for e in dated):
            # "kata X ... pada Rabu (4/3)": the day a statement was given is not the day the story
            # tells; what follows without a day happened on the day told before
            state.day_told, state.said_day = told_before, moved
        return kept

    def _claimed_by(self, s: _Sentence, tok, before: Event) -> None:
        """'Kelompok TTP mengklaim bertanggung jawab atas serangan tersebut': the body that
        claims the event told before did it (when no one was named as doing it)."""
        words = [x.lower_ for x in s.parsed[max(0, tok.i - 4):tok.i]]
        role = self.decl.kinds[before.kind].roles.get("subject")
        if not role or before.actors(role) or not any(
                " ".join(words).endswith(f"{c} atas") for c in self.decl.cues.claim_words):
            return
        bodies = [s.mention[x.i].entity for x in s.parsed[:tok.i]
                  if s.mention[x.i] is not None and s.mention[x.i].type == "Organization"]
        if bodies:
            before.roles.append((role, bodies[-1]))

    def _set_place(self, s: _Sentence, e: Event, tok, places: list[str]) -> None:
        """The place a later mention tells for an event: it fills a missing place or the
        dateline's; a setting verb ("Longsor terjadi di Kampung X") adds the spot to the
        wider area told first."""
        if not places:
            return
        if not e.places or dateline_guess(s.doc, e):
            e.places = places
        elif tok.head.lower_ in self.decl.cues.setting_verbs or s.lemma(tok.head) in self.decl.cues.setting_verbs \
                or self._inside_told(s.doc, places, e):
            e.places += [p for p in places if p not in e.places]

    def _inside_told(self, doc: Document, places: list[str], e: Event) -> bool:
        """Every place lies in one the event was told at, one at least more narrowly ("Hotel Andalas,
        Padang" for a meeting told at Padang)."""
        if self._chained_doc is not doc:   # the places the article chains, once per document
            self._chained_doc, self._chained = doc, written_chains(doc)
        return all(any(place_within(doc, p, q, self._chained) for q in e.places) for p in places) and \
            any(p not in e.places for p in places)

    def _venue_told(self, s: _Sentence, t: _Trigger, before: Event, scope: set[int]) -> bool:
        """'..., kata Dewi seusai pertemuan bilateral di Hotel Andalas, Padang': a noun (or a
        light verb's noun) of the kind just told that names no party but that event's, set at a spot
        inside that event's place, is that event told again with its venue."""
        if not before.places or dateline_guess(s.doc, before):
            return False
        noun = t.noun if t.light is not None else t.token
        told = [x for x in noun.subtree if x.i != noun.i] + \
            [x for c in t.token.children if c.dep_ in _SUBJECT_DEPS for x in c.subtree]
        parties = {s.mention[x.i].entity for x in told if s.mention[x.i] is not None and s.mention[x.i].type != "Place"}
        if not parties <= set(before.actors()):
            return False
        places = self._places(s, t, scope, {})
        return bool(places) and self._inside_told(s.doc, places, before)

    def _count(self, tokens) -> int | None:
        """'dua wakil menteri', 'seorang pengedar': how many people a slot counts without naming them."""
        words = self.decl.cues.count_words
        # "Sebanyak 4 orang pelaku": the parser may make the quantifier the head and the counted noun its modifier
        tokens = [y for x in tokens for y in (list(x.subtree)
                                             if not isinstance(x, str) and x.lower_ in self.decl.cues.quantifier_heads else [x])]
        counted = next((numbers.WORDS.get(c.lower_) or words.get(c.lower_) or int(c.text) for x in tokens
                        if not isinstance(x, str) for c in x.children if c.dep_ in ("nummod", "det") and c.i < x.i
                        and (c.lower_ in numbers.WORDS or c.lower_ in words or c.text.isdigit() and len(c.text) < 4)), None)
        # "terhadap tiga dari lima terdakwa": the number the parser made the phrase's head
        counted = counted or next((numbers.WORDS[x.lower_] for x in tokens if not isinstance(x, str)
                                   and x.lower_ in numbers.WORDS and x.lower_ not in words), None)
        # "pria ... ditembak", "menangkap pembunuh X": a noun for one person counts one
        return counted or next((1 for x in tokens if not isinstance(x, str) and (
            x.lower_ in self.decl.cues.one_person_nouns or x.lower_ in self.decl.cues.culprit_nouns)), None)

    def _counted(self, noun) -> int | None:
        """'kedua pertemuan': how many events told before a noun stands for, by the counted word before it."""
        return next((self.decl.cues.counted_pronouns[c.lower_] for c in noun.children
                     if c.dep_ in ("det", "nummod") and c.i < noun.i and c.lower_ in self.decl.cues.counted_pronouns), None)

    def _anaphoric(self, noun) -> bool:
        """'pertemuan tersebut', 'kedua pertemuan': a noun for an event (or events) told before."""
        return any(c.dep_ == "det" and c.lower_ in self.decl.cues.anaphoric for c in noun.children) \
            or self._counted(noun) is not None

    def _told_before(self, s: _Sentence, tok, before: Event) -> bool:
        """'serangan itu', or a bare noun of the event just told as the subject of a verb
        saying where and when it took place ("Penyerahan dilakukan di Pendopo X, Sabtu")."""
        cues = self.decl.cues
        if self._anaphoric(tok):
            return True
        setting = cues.setting_verbs
        # (further on, only while the event has no place of its own: "Penandatanganan dilaksanakan
        # di Gedung X" paragraphs after the signing told at the dateline's town)
        recent = before.evidence[-1].sentence >= s.sentence.index - 1 or \
            not before.places or dateline_guess(s.doc, before)
        # "Laga yang digelar di Stadion X itu ...": a clause on the noun saying where it took place
        if recent and any(c.dep_.startswith("acl") and (c.lower_ in setting or s.lemma(c) in setting)
                          for c in tok.children):
            return True
        head = tok.head
        # a bare noun: "pertemuannya baru-baru ini ... terjadi" is another meeting
        # ("Penetapan tersangka diumumkan di X", "Penetapan paslon terpilih berlangsung di X": common
        # nouns naming no one keep it bare)
        bare = not tok.lower_.endswith("nya") and all(
            c.dep_ in ("punct", "case") or c.dep_.split(":")[0] in ("nmod", "compound", "obj") and
            all(x.is_lower and s.mention[x.i] is None for x in c.subtree) for c in tok.children)
        if bare and recent and tok.i == 0:   # opening the sentence, however the parser hung it
            verb = next((x for x in s.parsed[1:6] if x.lower_ in setting or s.lemma(x) in setting), None)
            if verb is not None and all(x.is_lower and s.mention[x.i] is None for x in s.parsed[1:verb.i]):
                return True
        return bare and tok.dep_ in _SUBJECT_DEPS and head.i != tok.i \
            and (head.lower_ in setting or s.lemma(head) in setting) and recent

    def _told_again(self, s: _Sentence, state: Discourse, times: list, claimed: set[int]) -> None:
        """'Transaksi tersebut dituntaskan di Jakarta pada Selasa (15/4/2025).': a general
        noun for the event just told gives it the place and time it lacked."""
        cues = self.decl.cues
        told = [e for e in state.events if e.kind not in ("Statement", "CasualtyReport")]
        recent = [e for e in told if e.evidence[0].sentence >= s.sentence.index - 1]
        # the event a verb told before one a noun named in passing ("menyerahkan bantuan
        # ... untuk penanganan banjir. Penyerahan dilakukan di X": the hand-over)
        last = next((e for e in reversed(recent) if not e.nominal), recent[-1] if recent else None)
        # "peristiwa itu terjadi di X" may come a few sentences after the event, past a source's
        # confirmation ("Kapolsek X mengonfirmasi kejadian itu. Ia mengatakan, ...")
        earlier = next((e for e in reversed(told) if e.evidence[-1].sentence >= s.sentence.index - 3), None)
        if last is None and earlier is None:
            return
        root = next((x for x in s.parsed if x.dep_ == "ROOT"), None)
        if last is not None and root is not None and (root.lower_ in cues.setting_verbs or
                                                      s.lemma(root) in cues.setting_verbs) \
                and not any(c.dep_ in _SUBJECT_DEPS for c in root.children):
            # "Salah satunya, terjadi di Desa X": a setting verb with no subject tells where the event
            # just told took place
            t = _Trigger(root, self.decl.kinds[last.kind], True)
            self._set_place(s, last, root, self._places(s, t, self._scope(t, []), {}))
            return
        for tok in s.parsed:
            if tok.lower_ not in cues.event_nouns or tok.dep_ not in _SUBJECT_DEPS:
                continue
            if last is None or not self._told_before(s, tok, last):
                last = earlier if earlier is not None and self._anaphoric(tok) else None
                if last is None:
                    continue
            t = _Trigger(tok, self.decl.kinds[last.kind], True)
            scope = self._scope(t, [])
            self._set_place(s, last, tok, self._places(s, t, scope, {}))
            own = [(tm, toks) for tm, toks in times if toks & scope and not toks & claimed]
            if own and not any(tm.start >= s.doc.sentences[last.evidence[0].sentence].start
                               for tm in last.times):
                last.times = [_tv(own[0][0])]
                claimed |= own[0][1]
            return

    def _said_on_occasion(self, clause) -> bool:
        """'kata X saat dikonfirmasi di Surabaya', 'ujarnya usai rapat di Pendopo': a clause telling the
        occasion something was said, whose place is where it was said (so is one of who came along: "kata X
        didampingi Y saat konferensi pers di Istana Z")."""
        return clause.dep_ == "advcl" and (any(c.i < clause.i and c.lower_ in self.decl.cues.occasion_words
                                                for c in clause.children) or
                                            clause.lower_ in self.decl.cues.companion_verbs and clause.i > clause.head.i)

    def _named_after_title(self, s: _Sentence, tok) -> list[int]:
        """'"...," ucap Kepala Bidang Operasi Dinas X, Heru Santika': the person named after
        the comma that ends a title written right after the verb (capitalised words only)."""
        j = tok.i + 1
        if j >= len(s.parsed) or s.parsed[j].lower_ not in self.decl.cues.person_nouns:
            return []
        while j < min(len(s.parsed), tok.i + 16) and (s.parsed[j].text[:1].isupper() or s.parsed[j].lower_ == "dan"
                                                      or s.parsed[j].text in "()"):
            j += 1   # (with the title's short form in brackets: "Kepala Dinas ... (Kadispenal)")
        if j + 1 >= len(s.parsed) or s.parsed[j].text != ",":
            return []
        for k in range(j + 1, min(len(s.parsed), j + 7)):   # (past a rank: ", Marsekal Pertama TNI R. Agung ...")
            named = s.mention[k]
            if named is not None and not (named.type != "Person" and is_rank_word(s.parsed[k].text)):
                return [k] if named.type == "Person" else []
            if not s.parsed[k].text[:1].isupper():
                return []
        return []

    def _after_verb(self, s: _Sentence, tok, triggers: set[int], reach: int = 8) -> set[int]:
        """The words right after a speech verb, up to what was said."""
        out = set()
        for x in s.parsed[tok.i + 1:tok.i + 1 + reach]:
            # "mengatakan hingga pekan lalu masih ada ...", "menyebut polisi telah menetapkan X ...
            # pada Senin": what was said (the day is the event's)
            if x.lower_ in ("bahwa", ":", '"', "“", "”", "hingga", "sampai", "sejak", "selama") \
                    or x.text == "," or x.i in triggers:
                break
            out.add(x.i)
        return out

    @staticmethod
    def _without_titles_bodies(s: _Sentence, found: list[str]) -> list[str]:
        """The fillers less a body named in another filler's title ("Deputi Bidang Pers dan Media Sekretariat
        Presiden, A mengatakan", parsed as a list): the person acts, not the body."""
        if len(found) < 2:
            return found                      # (no other filler to hold a title)
        titled = {(r.object, ev.start, ev.end) for r in s.doc.relations if r.subject in found
                  and r.predicate in ("leads", "holdsPosition") for ev in r.evidence if ev.sentence == s.sentence.index}
        if not titled:
            return found
        return [k for k in found if not any(
            key == k and start <= m.start and m.end <= end for key, start, end in titled
            for m in s.doc.entities[k].mentions if s.sentence.start <= m.start < s.sentence.end)]

    @staticmethod
    def _post_body(doc: Document, key: str) -> str | None:
        """The one organization a person leads or holds a post in, as the article states."""
        if doc.entities[key].type != "Person":
            return None
        bodies = {r.object for r in doc.relations if r.subject == key and not r.former
                  and r.predicate in ("leads", "holdsPosition")
                  and doc.entities[r.object].type == "Organization"}
        return bodies.pop() if len(bodies) == 1 else None

    def _event(self, s: _Sentence, t: _Trigger, scope: set[int], state: Discourse,
               lede: bool) -> Event:
        slots = self.slots(s, t)
        table = t.light.roles if t.light else t.kind.trigger_roles.get(t.token.lower_, t.kind.roles)
        start = s.span(t.token)[0]
        e = Event("", t.kind.name, nominal=t.nominal)
        filled = set()
        def types(role: str) -> frozenset[str]:
            return t.kind.types(role, t.token.lower_)
        unnamed: tuple[str, int] | None = None   # a role counted but not named ("dua wakil menteri")
        for slot, role in table.items():
            if slot in t.kind.no_actor and self._said(s, t, t.kind.no_actor[slot]):
                continue
            if slot == "possessor" and any(slots.get(x) for x in t.kind.possessor_acts_with):
                role = "agent"   # "akuisisi PT A atas PT B": A acts on B
            if slots.get(slot):
                found = self.fillers(s, slots[slot], state, start)
                if not found and role == "agent" and t.kind.name in self.decl.cues.crowd_kinds:
                    found = self._crowd_body(s, slots[slot])
                if slot in ("di", "noun_di") and role != "beneficiary":   # "di Pengadilan X": the court
                    found = [k for k in found if s.doc.entities[k].type == "Organization"]
                if role in t.kind.served_bodies:
                    # "Ketua Majelis Hakim X membacakan vonis": the body the person holds a post in acts
                    found = [self._post_body(s.doc, k) or k for k in found]
                found = [k for k in found if k and s.doc.entities[k].type in types(role)]
                if role == "patient" and t.kind.court_officers:   # "dengan Ketua Majelis X": a judge, no defendant
                    officers = self.decl.cues.court_officers
                    found = [k for k in found if not {x.lower() for x in s.doc.entities[k].titles} & officers]
                found = self._without_titles_bodies(s, found)
                if role in t.kind.country_roles:   # ("pengunjuk rasa asal Desa X mengatakan": no village speaks)
                    found = [k for k in found if s.doc.entities[k].type != "Place" or geo_country(s.doc.entities[k].name)]
                staff = role == "agent" and self._staff(s, slots[slot], t.kind)
                employers = {k for k in found if staff and s.doc.entities[k].type == "Organization" and not
                             set(s.doc.entities[k].name.lower().split()) & t.kind.staff_unions}
                # (the staff's employer is what they act against: a target, where the kind has one; "ratusan
                # pekerja PT X mogok kerja" names no one who strikes)
                against = "target" if "target" in t.kind.roles.values() else None
                e.roles += [(against if k in employers else role, k) for k in found
                            if k not in employers or against]
                filled |= {slot} if found else set()
                if not found and unnamed is None:
                    n = self._count(slots[slot])
                    unnamed = (role, n) if n else None
                if not found and t.kind.symmetric:   # "dengan Presiden Korea Selatan" (no name)
                    self.unnamed_party.add(id(e))
        if t.nominal and " ".join(self._words_at(s, t.token.i, len(t.words))) in t.kind.alone_nouns:
            self.unnamed_party.add(id(e))   # "Sidang Paripurna DPRD X": a body's own session needs no second party
        if not t.nominal and t.token.dep_ != "case":   # a tree that lost the verb's arguments: the names beside it
            passive = self._passive(s, t.token)
            subject = "passive_subject" if passive else "subject"
            # after a di- verb the bare name is the agent, after an active one the object
            after = "oleh" if passive and t.token.lower_.startswith("di") else "object"
            adjacent = t.token.i + 1 < len(s.parsed) and (
                s.mention[t.token.i + 1] is not None
                or s.parsed[t.token.i + 1].lower_ in self.decl.cues.representatives
                or s.parsed[t.token.i + 1].lower_ in self.decl.cues.person_nouns)   # "diterima Wakil Ketua X"
            if after == "oleh" and (not adjacent or self._given_post(s, s.parsed[t.token.i + 1])):
                after = None   # "dijerat Pasal 27 UU ITE": no agent; "dilantik A sebagai Pj Bupati X": A is sworn in
            def fits(role: str, k: str) -> bool:   # ("disampaikan Kapolres Siak, ...": a regency says nothing)
                e_ = s.doc.entities[k]
                return e_.type in types(role) and not (role in t.kind.country_roles and e_.type == "Place"
                                                       and not geo_country(e_.name))
            if subject in table and not slots.get("subject") and not slots.get("passive_subject"):
                e.roles += [(table[subject], k) for k in self._beside(s, t, -1) if fits(table[subject], k)]
            if after in table and after not in filled and not filled - {"subject", "passive_subject"} \
                    and not self._said(s, t, t.kind.no_actor.get(after, ())):
                e.roles += [(table[after], k) for k in self._beside(s, t, +1) if fits(table[after], k)]
            body = self._body_after_di(s, t) if table.get("di") == "agent" and "di" not in filled else None
            if body is not None and fits("agent", body):
                e.roles.append(("agent", body))   # "divonis ... di Pengadilan Negeri X" hung elsewhere: the court
        if unnamed is None and table.get("object") and not t.nominal:
            # the parser may hang the counted object as an oblique: "melantik dua wakil menteri baru"
            n = self._count([x for x in t.token.children if x.i > t.token.i and x.dep_ in ("obj", "obl")
                             and not any(y.dep_ == "case" for y in x.children)])
            unnamed = (table["object"], n) if n else None
        if unnamed is None and table.get("passive_subject") and not t.nominal and t.token.lower_.startswith("di") \
                and t.token.i > 0 and not e.actors(table["passive_subject"]):
            # "Seorang pria (di Kota X) ditembak orang tak dikenal" however the parser hung the man: the one
            # before the verb
            j = t.token.i - 1
            while j > 1 and (s.mention[j] is not None and s.mention[j].type == "Place" or s.parsed[j].lower_ == "di"):
                j -= 1
            n = self._count([s.parsed[j]])
            unnamed = (table["passive_subject"], n) if n else None
        if unnamed and (not e.actors(unnamed[0]) or t.kind.symmetric and unnamed[1] >= 2):
            # "melantik dua wakil menteri baru", "menetapkan status tersangka kepada seorang bendahara
            # desa": who they were may be listed next (also the other party of a meeting: "X menerima surat
            # kepercayaan dari empat duta besar")
            state.counted_roles.append((e, *unnamed, s.sentence.index))
        undergoer = table.get("passive_subject")
        if undergoer and not t.nominal and not t.light and self._passive(s, t.token) and not e.actors(undergoer):
            # "RS (34), warga Desa X, Kecamatan Y, Kabupaten Z, ditangkap ...": the tree hung
            # the verb on the address; the one it undergoes is named before the address
            e.roles += [(undergoer, k) for k in self._before_address(s, t) if s.doc.entities[k].type in types(undergoer)]
        implicit = self.decl.cues.generic_bodies.get(t.kind.implicit_agent)
        if implicit and not t.nominal and self._passive(s, t.token) and not e.actors("agent") and s.sentence.index:
            before = s.doc.sentences[s.sentence.index - 1]
            body = self._generic_body(s, implicit, s.span(t.token)[0])
            named = [m for m in s.doc.mentions if m.entity == body and before.start <= m.start < s.span(t.token)[0]]
            if body and named:   # (a body named only further back may be another one's)
                e.roles.append(("agent", body))
        crowd = table.get("subject")
        if t.kind.name in self.decl.cues.crowd_kinds and crowd and not e.actors(crowd):
            # "Ribuan pengemudi yang tergabung dalam Aliansi X menggelar aksi": the alliance
            e.roles += [(crowd, k) for i, k in self._members(s) if i < t.token.i][:1]
        counted = table.get("noun_possessor") or table.get("object") or table.get("terhadap")
        if slots.get("enumerated") and counted:
            members = [k for k in self.fillers(s, slots["enumerated"], state, start)
                       if s.doc.entities[k].type in types(counted)]
            people = [k for k in members if s.doc.entities[k].type == "Person"]
            e.roles += [(counted, k) for k in people or members]
        if "source" in table.values():
            e.roles += [("source", k) for k in self._source(s) if ("speaker", k) not in e.roles]
        self._winner(s, t, slots, e, state, start)
        # an outlet ("Jakarta, CNN Indonesia --", "dilansir Reuters") reports, it does not act (one the
        # article relays may still say what it reports: "AFP melaporkan, ...")
        e.roles = list(dict.fromkeys((r, k) for r, k in e.roles
                                     if k and (k not in s.outlets or r in ("source", "speaker") and k in s.relayed)))
        if t.kind.name == "Statement":   # the body in the speaker's phrase, named or not
            e.speaker_affiliation = self._affiliation(s, slots.get("subject", []))
        # a court sentences in its building; an attack on a camp or a town happened there
        e.places = [k for prep in t.kind.place_from if prep in _PLACE_ROLES for r, k in e.roles
                    if r == prep and s.doc.entities[k].type == _PLACE_ROLES[prep]
                    and (prep != "target" or self._venue(s, k))][:1]
        e.places = e.places or self._places(s, t, scope, slots)
        if any(p.startswith("venue:") for p in t.kind.place_from):   # the stadium played at is no side
            e.roles = [(r, k) for r, k in e.roles if k not in e.places or not self._venue(s, k)]
        if not e.places and lede and s.doc.dateline_place and t.kind.name != "Statement":
            e.places = [s.doc.dateline_place]
        # (what is said again is still one statement of the speaker's)
        e.again = not t.nominal and t.kind.name != "Statement" and not t.kind.streaks and any(
            c.dep_ == "advmod" and c.lower_ in self.decl.cues.again_words for c in t.token.children)
        cause = t.token.head
        if t.nominal and (cause.lower_ in self.decl.cues.cause_verbs
                          or s.lemma(cause) in self.decl.cues.cause_verbs):
            e.follows_previous = any(c.dep_ == "det" and c.lower_ in self.decl.cues.anaphoric
                                     for x in cause.children if x.dep_ in _SUBJECT_DEPS
                                     for c in x.children)
        end = s.span(s.parsed[max(t.words)])[1] if t.words else s.span(t.token)[1]
        e.evidence.append(Evidence(s.sentence.index, start, end,
                                   f"events.{t.kind.name.lower()}", t.kind.confidence))
        return e

    def _staff(self, s: _Sentence, tokens: list, kind: Kind) -> bool:
        """The slot's phrase is of staff (``staff_nouns``: "sejumlah buruh PT X"), whose employer they act against."""
        return any(y.lower_ in kind.staff_nouns and s.mention[y.i] is None
                   for x in tokens if not isinstance(x, str) for y in self._phrase(x))

    def _crowd_body(self, s: _Sentence, tokens: list) -> list[str]:
        """"Sejumlah mahasiswa dari Universitas X berunjuk rasa": a crowd (``crowd_nouns``) from an organization
        protests as that organization."""
        for x in (x for x in tokens if not isinstance(x, str)):
            crowd = [t for t in (x, *(c for c in x.children if c.dep_ == "compound"))
                     if t.lower_ in self.decl.cues.crowd_nouns]
            if not crowd:
                continue
            for c in (c for t in dict.fromkeys((x, *crowd)) for c in self._from_phrases(t)):
                orgs = [m.entity for t in self._phrase(c) if (m := s.mention[t.i]) is not None
                        and m.type == "Organization" and m.entity]
                if orgs:
                    return orgs[:1]
        return []

    def _members(self, s: _Sentence) -> list[tuple[int, str]]:
        """(verb index, organization) of the sentence's member clauses: "yang tergabung
        dalam Aliansi X", "anggota Serikat Y"."""
        verbs = self.decl.cues.member_verbs
        out = []
        for tok in s.parsed:
            if tok.lower_ in verbs or s.lemma(tok) in verbs:
                forces = self.decl.cues.force_words   # ("900 anggota Polri dan 300 TNI" guard the crowd)
                orgs = [s.mention[x.i].entity for x in tok.subtree if x.i > tok.i
                        and s.mention[x.i] is not None and s.mention[x.i].type == "Organization"
                        and not {w for n in (s.mention[x.i].text, s.doc.entities[s.mention[x.i].entity].name)
                                 for w in n.lower().split()} & forces]
                out += [(tok.i, orgs[0])] if orgs else []
        return out

    def _crowd_named(self, s: _Sentence, state: Discourse, kept: list[Event]) -> None:
        """A protest or strike told in this sentence or the two before: 'Massa yang
        tergabung dalam X ...' names who protested, 'Mereka menuntut Kementerian Y
        menurunkan ...' what they protested against."""
        last = state.events[-1] if state.events else None
        # (a demand may come between: "Mereka menuntut ... . Aksi dikoordinasi oleh X.")
        before = [last] if last is not None and last.evidence[-1].sentence >= s.sentence.index - 2 else []
        members, demanded = self._members(s), self._demanded(s)
        self._group_headed(s, state)
        if members and not kept:
            # "Seluruh peserta aksi itu tergabung dalam Serikat X": a sentence that only names the crowd's group
            # names it for every protest told before with nobody named
            before = [e for e in state.events if e.kind in self.decl.cues.crowd_kinds]
        crowds = [e for e in before + kept if e.kind in self.decl.cues.crowd_kinds]
        if not crowds:
            return
        for e in crowds:
            roles = self.decl.kinds[e.kind].roles
            agent, target = roles.get("subject"), roles.get("object")
            if e in before and agent and members and not e.actors(agent):
                e.roles.append((agent, members[0][1]))
            if target and demanded and not e.actors(target):
                e.roles.append((target, demanded[0]))

    def _group_headed(self, s: _Sentence, state: Discourse) -> None:
        """"... kata Ketua Serikat Tani X, Y": a group of the crowd's kind (its staff_unions) named
        after its head's title, within five sentences after a protest or strike with nobody named, is the crowd's."""
        told = [e for e in state.events if e.kind in self.decl.cues.crowd_kinds and not e.actors()
                and e.evidence[-1].sentence >= s.sentence.index - 5]
        if not told:
            return
        heads = self.decl.cues.group_heads

        def after_head(m: Mention) -> bool:   # "Ketua | Serikat X": a head's title right before the name
            words = s.doc.text[max(s.sentence.start, m.start - 30):m.start].lower().split()
            return any(" ".join(words[-n:]) in heads for n in (1, 2, 3))
        orgs = {id(m): m for m in s.mention if m is not None and m.type == "Organization"}.values()
        headed = [m for m in orgs if after_head(m)]
        for e in told:
            kind = self.decl.kinds[e.kind]
            # (a union's branch opens its name: "Ketua DPD FSP KEP SPSI X")
            group = next((m for m in headed if {w.lower() for w in m.text.split()} & kind.staff_unions), None)
            if group is not None:
                e.roles.append((kind.roles["subject"], group.entity))

    def _same_crowd(self, s: _Sentence, state: Discourse, t: _Trigger, e: Event) -> None:
        """A protest or strike by an unnamed crowd, told a few sentences after another one
        with its group named, is by that group ("Selain berunjuk rasa, ribuan pengemudi
        juga melakukan aksi mogok")."""
        crowd = self.decl.cues.crowd_kinds
        role = t.kind.roles.get("subject")
        if t.kind.name not in crowd or not role or e.actors():
            return
        told = [x for x in state.events if x.kind in crowd and x.evidence[-1].sentence >= s.sentence.index - 5
                and x.actors(self.decl.kinds[x.kind].roles.get("subject"))]
        if told:
            e.roles += [(role, k) for k in told[-1].actors(self.decl.kinds[told[-1].kind].roles["subject"])]
        # ("PT X di Jalan Y digeruduk buruhnya. Lalu mereka mogok kerja": there)
        just = [x for x in state.events if x.kind in crowd and x.evidence[-1].sentence == s.sentence.index - 1]
        if not e.places and just:
            e.places = list(just[-1].places)

    def _demands(self, s: _Sentence, tok) -> bool:
        """'menuntut Kementerian X menurunkan ...': a demand, not a charge."""
        verbs = self.decl.cues.demand_verbs
        return (tok.lower_ in verbs or s.lemma(tok) in verbs) and any(
            c.dep_ in ("xcomp", "ccomp", "advcl") and c.tag_ == "VERB" or (c.dep_ in _OBJECT_DEPS and any(
                x.dep_ in ("xcomp", "ccomp", "acl") and x.tag_ == "VERB" for x in c.children))
            for c in tok.children)

    def _demanded(self, s: _Sentence) -> list[str]:
        """The organizations a demand of the sentence is made of."""
        out = []
        for tok in s.parsed:
            if self._demands(s, tok):
                out += [s.mention[c.i].entity for c in tok.children if c.dep_ in _OBJECT_DEPS
                        and s.mention[c.i] is not None and s.mention[c.i].type == "Organization"]
        return out

    def _affiliation(self, s: _Sentence, subjects: list) -> str | None:
        """'Seorang anggota senior Hamas mengatakan': Hamas, for the merge stage."""
        for tok in subjects:
            if isinstance(tok, str):
                continue
            for x in sorted(self._phrase(tok), key=lambda x: x.i):
                m = s.mention[x.i]
                if m is not None and m.type == "Organization":
                    return m.entity
        return None

    @staticmethod
    def _besides(s: _Sentence, state: Discourse, e: Event) -> bool:
        """"Selain Cornelis, penyidik turut menahan A dan B": the last event of the kind, whose actor opens the
        sentence after "Selain", goes on with the new actors of that actor's role (True: told as that one)."""
        opening = _BESIDES.match(s.doc.text, s.sentence.start)
        i = s.token_at(opening.end()) if opening else None
        first = s.mention[i] if i is not None else None
        last = state.last_of_kind.get(e.kind)
        role = next((r for r, k in last.roles if first is not None and k == first.entity), None) if last else None
        added = [k for k in e.actors(role) if k not in last.actors()] if role else []
        last_told = last.evidence[-1].sentence if last is not None and last.evidence else -1
        if not added or last_told < s.sentence.index - 3:
            return False
        last.roles += [(role, k) for k in added]
        last.evidence += [x for x in e.evidence if x not in last.evidence]   # where the new actors are told
        return True

    @staticmethod
    def _host_again(s: _Sentence, state: Discourse, t: _Trigger, e: Event) -> None:
        """"X bertemu dengan para menlu negara sahabat ... Pertemuan pertama adalah dengan Menlu Chile Y":
        a meeting named by its noun with one party has the party of the last meeting told just before as the other."""
        last = state.last_of_kind.get(e.kind)
        if not (t.kind.symmetric and t.nominal and len(set(e.actors())) == 1 and last is not None
                and last.evidence and last.evidence[-1].sentence >= s.sentence.index - 3):
            return
        host = next(((r, k) for r, k in last.roles if k not in e.actors()), None)
        if host is not None:
            e.roles.insert(0, host)

    def _complete(self, kind: Kind, e: Event, sentence: Sentence, light=None) -> bool:
        actors = e.actors()
        if kind.symmetric:   # two parties, or one named and one not, or one holding its own session
            return len(set(actors)) >= 2 or (len(set(actors)) == 1 and (
                id(e) in self.unnamed_party or light is not None and light.alone))
        if kind.required:
            return any(e.actors(r) for r in kind.required) or (
                kind.name == "Statement" and e.speaker_affiliation is not None)
        if kind.name == "CasualtyReport":
            return bool(e.quantities)
        # a time of its own (not only the day being told)
        return bool(actors or e.places or e.quantities or any(
            sentence.start <= tm.start < sentence.end for tm in e.times))

    @staticmethod
    def _said(s: _Sentence, t: _Trigger, words) -> bool:
        """The trigger is one of ``words`` (the word itself or its lemma)."""
        return t.token.lower_ in words or s.lemma(t.token) in words

    def _winner(self, s: _Sentence, t: _Trigger, slots: dict, e: Event, state, start) -> None:
        if t.sides:   # "A vs B 2-1", "A 2-1 B": the side with more
            if t.token.lower_ in t.kind.versus:
                score = self._score_after(s, s.mention[t.token.i + 1], t.kind)
            else:   # (a result line's trigger is its score)
                score = self.decl.score_pattern.match(s.doc.text, s.span(t.token)[0])
            if score and score.group(1) != score.group(2):
                side = slots["possessor"][0 if int(score.group(1)) > int(score.group(2)) else 1]
                e.roles += [("winner", k) for k in self.fillers(s, [side], state, start)]
            elif slots.get("win"):   # "A vs B ... adalah 1-2 untuk kemenangan B"
                e.roles += [("winner", k) for k in self.fillers(s, slots["win"], state, start)]
            return
        for slot, words in t.kind.winner.items():
            if not self._said(s, t, words):
                continue
            slot = slot if slots.get(slot) or not slots.get("noun_" + slot) else "noun_" + slot
            if slot == "subject" and not slots.get(slot) and slots.get("passive_subject") \
                    and not t.token.lower_.startswith(("di", "ter")):
                slot = "passive_subject"   # "Persipura Taklukkan Persebaya": a headline's bare verb read as a passive
            if slots.get(slot):
                # (the side beaten never wins: "A/B keluar sebagai juara seusai mengalahkan X/Y", the descriptor
                # "juara" read as the subject and taken for the side it beat)
                beaten = set(self.fillers(s, slots["object"], state, start)) if slot == "subject" and \
                    slots.get("object") else set()
                won = self.fillers(s, slots[slot], state, start)
                if "winner" in t.kind.served_bodies:   # "Pelatih X ... pasukannya menang": the coach's team
                    won = [self._post_body(s.doc, k) or k for k in won]
                e.roles += [("winner", k) for k in won if k not in beaten]
            elif slot == "subject" and not slots.get("passive_subject"):   # a tree with no subject
                e.roles += [("winner", k) for k in self._beside(s, t, -1)]

    def _source(self, s: _Sentence, figures: bool = False) -> list[str]:
        """The outlet or body after a source cue ("dilansir Reuters", "menurut sebuah
        laporan oleh ... Al Mayadeen") or before a reporting verb ("BNPB mencatat"). For
        figures, also a person after their own cues ("Berdasarkan keterangan dari X, ...")."""
        cues = self.decl.cues
        for tok in s.parsed:
            figure_cue = figures and tok.lower_ in cues.figure_source_cues
            if figure_cue:   # "Menurut Kepala BPBD Garut Rudi Hartanto, ...": the official and the body in the title
                named = [s.mention[j] for j in range(tok.i + 1, min(len(s.parsed), tok.i + 16))
                         if s.mention[j] is not None and s.mention[j].type in ("Organization", "Person")]
                person = next((m for m in named if m.type == "Person"), None)
                if person is not None:
                    return list(dict.fromkeys(m.entity for m in named if m.start <= person.start))
            if not figures and tok.lower_ in cues.interview_cues and tok.i + 1 < len(s.parsed) and \
                    (after := s.mention[tok.i + 1]) is not None and after.entity in s.relayed:
                return [after.entity]   # '"...," kata X kepada AFP': the outlet the words were told to
            if tok.lower_ in cues.source_cues or figure_cue:
                for j in range(tok.i + 1, min(len(s.parsed), tok.i + 11)):
                    m = s.mention[j]
                    if m is not None and m.type == "Organization":
                        return [m.entity]
            if tok.lower_ in cues.report_verbs or s.lemma(tok) in cues.report_verbs:
                subj = [c for c in tok.children if c.dep_ in _SUBJECT_DEPS]
                if any(self._described_again(c) for c in subj):
                    continue   # "Politisi Partai X ini menyebut ...": a person told of before, no body
                for x in (x for c in subj for x in self._phrase(c)):
                    m = s.mention[x.i]
                    if m is not None and m.type in ("Organization", "Person"):
                        return [m.entity]
                before = s.mention[tok.i - 1] if tok.i and not subj else None
                if before is not None and before.type in ("Organization", "Person"):
                    return [before.entity]   # "BPBD Mamuju mencatat ..." with the tree's root on "Mamuju"
        return []

    def _quantities(self, s: _Sentence, events, times, since, state) -> Event | None:
        """Give the sentence's numbers to its events; casualty figures told on their own
        (not inside the clause of the event that caused them, "serangan yang menewaskan
        1.400 orang", unless the headline counts them too: the dead the article is about)
        also make a casualty report. Returns that report, if any."""
        doc = s.doc
        time_tokens = set().union(*(toks for _, toks in times + since)) if times or since else set()
        found: list[tuple[int, Quantity]] = []
        for a, b, value, currency in numbers.find(doc.text, s.sentence.start, s.sentence.end):
            i = s.token_at(a)
            if i is None or i in time_tokens or self._age(s, i):
                continue
            prev = s.parsed[i - 1] if i > 1 else None
            if not currency and prev is not None and prev.text[:1].isupper() and prev.is_alpha and \
                    not any(prev.lower_ in cue for cue in self.decl.quantity_cues.values()) and \
                    not (s.mention[prev.i] is None and _opens_sentence(s.parsed, prev.i)):
                continue   # "Perumnas 4", "Densus 88": a number in a name counts nothing ("Salah satu" counts)
            prop = "amount" if currency else self._quantity_prop(s, s.parsed[i], b)
            if prop:
                found.append((i, Quantity(prop, value, doc.text[a:b], a, b, unit=currency)))
        for m in self.decl.score_pattern.finditer(doc.text, s.sentence.start, s.sentence.end):
            i = s.token_at(m.start(), 0)
            if i in time_tokens:
                continue
            found = [(j, q) for j, q in found if not (m.start() <= q.start < m.end())]
            found.append((i, Quantity("score", f"{m.group(1)}-{m.group(2)}", m.group(), m.start(), m.end())))
        casualty = self.decl.kinds["CasualtyReport"]
        report, host_of_report = None, None
        # (figures the headline counts too: the dead the article is about)
        about = any(x.prop in casualty.quantities and headline_counts(doc, x) for _, x in found)
        for i, q in found:
            takers = [(abs(t.token.i - i), e, scope) for t, e, scope in events
                      if q.prop in t.kind.quantities and q.prop not in {x.prop for x in e.quantities}
                      and t.kind.name != "CasualtyReport"]
            host, inside = None, False
            if takers:
                _, host, scope = min(takers, key=lambda x: x[0])
                inside = i in scope
            elif q.prop in casualty.quantities:   # "Seorang prajurit tewas." after the attack
                host = next((e for e in reversed(state.events) if q.prop in
                             self.decl.kinds[e.kind].quantities and e.kind != "CasualtyReport"), None)
                if host is not None and q.prop in {x.prop for x in host.quantities}:
                    host = None
            if host is not None:
                host.quantities.append(q)
            if inside and not about or q.prop not in casualty.quantities:
                continue
            if report is None and not takers:
                # "BPBD mencatat 14 orang meninggal. Sebanyak 23 orang luka-luka ...": the
                # report of the sentence before goes on
                last = state.last_of_kind.get(casualty.name)
                if last is not None and last.evidence[-1].sentence == s.sentence.index - 1 \
                        and not {x.prop for x in last.quantities} & {x.prop for _, x in found}:
                    last.quantities += [x for _, x in found if x.prop in casualty.quantities]
                    last.evidence.append(Evidence(s.sentence.index, q.start, q.end,
                                                  "events.casualtyreport", casualty.confidence))
                    if not last.actors("source"):   # "Kementerian X menyebutkan, di antara korban ..."
                        said = [k for _, e, _ in events if e.kind == "Statement" for k in e.actors("speaker")]
                        last.roles += [("source", k) for k in (self._source(s, figures=True) or said[:1])]
                    return None
            if report is None:
                report, host_of_report = Event("", casualty.name), host
                report.evidence.append(Evidence(s.sentence.index, q.start, q.end,
                                                "events.casualtyreport", casualty.confidence))
                sources = self._source(s, figures=True)
                speakers = [k for _, e, _ in events if e.kind == "Statement" for k in e.actors("speaker")]
                if speakers and (not sources or all(k in s.relayed for k in sources)):
                    sources = speakers[:1]   # ("..., kata X, seperti dilansir Reuters": X counts, the outlet relays)
                report.roles += [("source", k) for k in sources]
            if q.prop not in {x.prop for x in report.quantities}:
                report.quantities.append(q)
        if report is not None and host_of_report is not None and \
                host_of_report.kind in self.decl.cues.own_figures_kinds and not report.actors("source") and not about and \
                {(q.prop, q.value) for q in report.quantities} <= {(q.prop, q.value) for q in host_of_report.quantities}:
            return None   # an accident's own figures, reported by no one: no report of their own
        if report is not None:
            own_time = [tm for tm, _ in times]
            said = [e for _, e, _ in events if e.kind == "Statement" and e.times
                    and set(e.actors("speaker")) & set(report.actors("source"))]
            if own_time:
                report.times.append(_tv(own_time[0]))
            elif said:   # "Basarnas mengonfirmasi ... 13 orang": the day of the words, not of the disaster
                report.times = list(said[0].times)
            elif host_of_report is not None:
                report.times = list(host_of_report.times)
            if since:
                report.since = _tv(since[0][0])
            report.places = list(host_of_report.places) if host_of_report else []
            if not report.places:    # the figures' sentence names the place
                everywhere = _Trigger(s.parsed[found[0][0]], casualty, True)
                report.places = self._places(s, everywhere, set(range(len(s.parsed))), {})
        return report

    @staticmethod
    def _age(s: _Sentence, i: int) -> bool:
        """'RS (34)', 'Budi Santoso (41)': a number in brackets after a name is an age, no
        count ("tujuh (7) orang" counts)."""
        p = s.parsed
        return 2 <= i < len(p) - 1 and p[i - 1].text == "(" and p[i + 1].text == ")" \
            and (s.mention[i - 2] is not None or p[i - 2].text[:1].isupper())

    def _quantity_prop(self, s: _Sentence, tok, end: int) -> str | None:
        """What a number counts, from the words around it: the next two words, the one
        before, its head and the head's head; then what the clause's subject says
        ("jumlah warga yang tewas ... mencapai 9.488 orang")."""
        parsed = s.parsed
        after = [t for t in parsed if s.span(t)[0] >= end][:3]
        verb = tok.head if tok.head.tag_ in ("VERB", "AUX") else tok.head.head
        subjects = [x for c in verb.children if c.dep_ in _SUBJECT_DEPS for x in c.subtree]
        # a subject the parser did not link: the words of the clause before the verb
        clause = []
        for x in reversed(parsed[:verb.i]):
            if x.text in (",", ";", ":"):
                break
            clause.append(x)
        # "27 warga ..., tewas": the verb the parser hung on the counted noun
        hung = [c for c in tok.head.children if c.dep_ in ("conj", "acl", "acl:relcl") and c.tag_ == "VERB"]
        cands = after[:2] + [parsed[tok.i - 1]] * (tok.i > 0) + [tok.head, tok.head.head] \
            + after[2:3] + subjects + (clause if verb.i > tok.i - 3 else []) + hung
        things = bool(after) and after[0].lower_ in self.decl.not_people
        for c in cands:
            if c.i > 0 and parsed[c.i - 1].lower_ in self.decl.punishments:
                continue   # "vonis mati 7 terdakwa": sentenced to death, not killed
            words = {c.lower_, s.lemma(c)}
            nxt = parsed[c.i + 1].lower_ if c.i + 1 < len(parsed) else ""
            words.add(f"{c.lower_} {nxt}")
            for prop, cue in self.decl.quantity_cues.items():
                if words & cue and not (things and prop in _PEOPLE_COUNTS) and self._told_with(s, prop):
                    return prop
        if tok.i + 1 < len(parsed) and parsed[tok.i + 1].lower_ in self.decl.cues.victim_nouns:
            # "Dua korban banjir di Desa X, Senin (3/2) sampai sekarang belum ditemukan": what the clause says of
            # them further on, before any other number
            for x in parsed[tok.i + 2:]:
                if x.tag_ == "NUM" and x.dep_ != "nummod" or x.text == ";":
                    break
                if parsed[x.i - 1].lower_ in self.decl.punishments:
                    continue   # "... dengan hukuman mati": sentenced, not killed
                words = {x.lower_, s.lemma(x), f"{x.lower_} {parsed[x.i + 1].lower_ if x.i + 1 < len(parsed) else ''}"}
                prop = next((p for p in self.decl.kinds["CasualtyReport"].quantities
                             if words & self.decl.quantity_cues.get(p, frozenset())), None)
                if prop:
                    return prop
        return None

    def _told_with(self, s: _Sentence, prop: str) -> bool:
        """A property counted only with another's cue is told with one in the sentence."""
        other = self.decl.counted_with.get(prop)
        cues = self.decl.quantity_cues.get(other, frozenset()) if other else frozenset()
        words = {w for t in s.parsed for w in (t.lower_, s.lemma(t))}
        words |= {f"{a.lower_} {b.lower_}" for a, b in zip(s.parsed, s.parsed[1:])}
        return not other or bool(words & cues)

    def document_events(self, doc: Document, parsed: list) -> list[Event]:
        state, counter, events = Discourse(), {}, []
        self._titled_doc = None
        self._named_doc = self._chained_doc = None
        # (a body named only by a title's words, "Kapolres Siak", stands behind the person, not in their place)
        by_start = sorted((m for m in doc.mentions if m.entity and m.source != TITLE_BODY), key=lambda m: m.start)
        starts = [m.start for m in by_start]
        outlets = frozenset(m.entity for m in by_start if doc.dateline and m.type == "Organization"
                            and doc.dateline[0] <= m.start < doc.dateline[1])
        relayed = frozenset(r.object for r in doc.relations if r.predicate == "wasDerivedFrom")
        # (and every outlet the data lists, which may still be a source: "saat ditemui detikcom di X" is an
        # interview, no meeting)
        listed = relation_kinds.load().outlets
        relayed |= {k for k, e in doc.entities.items() if e.type == "Organization"
                    and ({e.name.lower()} | {a.lower() for a in e.aliases}) & listed}
        outlets |= relayed
        first = lede_index(doc)
        stamped = first > 0   # the day told, if any, comes from above the lede (a time stamp)
        for sentence in doc.sentences:
            inside = by_start[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]
            state.first_person.append(next((m.entity for m in inside if m.type == "Person"), None))
            # (one body in apposition to another is that body: "Tim Jawa Timur, Persela Lamongan")
            bodies = {m.entity for m, nxt in zip(inside, [*inside[1:], None]) if m.type == "Organization"
                      and m.entity not in outlets and not (nxt is not None and nxt.type == "Organization"
                                                           and doc.text[m.end:nxt.start] == ", ")}
            state.sole_body.append(bodies.pop() if len(bodies) == 1 and state.first_person[-1] is None else None)
        for sentence, sdoc in zip(doc.sentences, parsed):
            # the page's time stamp above the lede ("Rabu, 21 Mei 2025 07:12 WIB") is the day
            # told only when the lede tells none: "..., Selasa (20/5/2025)." is the story's day
            # (also a day told in the lede's paragraph, when the lede tells none: "Penetapan
            # tersangka diumumkan ..., Selasa (21/4) malam." below a page stamped Wednesday)
            if first <= sentence.index <= first + 2 and stamped and self._tells_day(doc, sentence):
                state.last_day = state.day_told = state.event_day = None
                stamped = False
            events += self._listed(doc, sentence, state)
            self._list_goes_on(doc, sentence, state)
            if sdoc is None:    # no trigger word: not parsed, but it may tell the day
                self._days(doc, sentence, state)
            else:
                # the sentence's mentions by bisection: a pass over all mentions per sentence is quadratic
                inside = by_start[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]
                s = _Sentence(doc, sentence, sdoc, self.parser, inside, outlets, relayed)
                # (a lede that tells no event, "Teka-teki rektor baru akhirnya terjawab.", leaves it to the
                # next sentence of its paragraph)
                lede = sentence.index == first or sentence.index > first and not any(
                    e.evidence[0].sentence >= first for e in events) and \
                    "\n" not in doc.text[doc.sentences[first].start:sentence.start]
                events += self.sentence_events(s, state, counter, lede)
        self._titled_doc = self._named_doc = self._chained_doc = None   # the engine outlives the article: keep it no longer
        return events

    def _list_goes_on(self, doc: Document, sentence: Sentence, state: Discourse) -> None:
        """'Mereka yang dilantik yaitu A sebagai X, serta B sebagai Y. Kemudian, C sebagai Z ...': a sentence
        that goes on with the list of those the last event appointed or swore in (each with "sebagai" and a
        post) adds them to it, when that event was told in the three sentences before."""
        cue = self.decl.cues.listing_continued
        last = state.events[-1] if state.events else None
        if cue is None or last is None or not cue.match(doc.text, sentence.start) or \
                last.evidence[-1].sentence < sentence.index - 3 or not last.actors("patient"):
            return
        text = doc.text
        people = [m.entity for m in doc.mentions if m.entity and m.type == "Person"
                  and sentence.start <= m.start < sentence.end
                  and re.match(r"(?:-[^,.;]{0,40}?)?\s+sebagai\s", text[m.end:sentence.end])]
        last.roles += [("patient", k) for k in dict.fromkeys(people) if ("patient", k) not in last.roles]

    def _listed(self, doc: Document, sentence: Sentence, state: Discourse) -> list[Event]:
        """'Kedua wakil menteri tersebut adalah A ... dan B', 'Mereka adalah ...' right after
        an event whose counted role named no one: A and B fill it (when they are that many).
        Returns the event when it is kept only now (told "again", it is an event of its own)."""
        # (below a line that announces a list, the count may stand in the sentence before that line:
        # "melantik enam menteri ... Berikut daftar keenam menteri yang dilantik:")
        # (or one sentence more may tell of them: "Empat pelaku dibekuk ... Mereka merupakan sindikat X.
        # Keempatnya adalah A, B, C dan D")
        reach = 3 if doc.text[:sentence.start].rstrip().endswith(":") else 2
        state.counted_roles = [p for p in state.counted_roles if p[3] >= sentence.index - _COUNT_RECALLED]
        pending = [p for p in state.counted_roles if sentence.index - reach <= p[3] < sentence.index]
        text = doc.text[sentence.start:sentence.end]
        cues = self.decl.cues
        m = pending and ((cues.listing_pattern and cues.listing_pattern.match(text)) or
                         (cues.listing_apposition and cues.listing_apposition.search(text)))
        announced = doc.text[:sentence.start].rstrip().endswith(":")
        if announced and not pending and sentence.index and state.counted_roles:
            # "Adapun empat duta besar yang diterima ... antara lain:": the line announcing the list tells the
            # count again, further on
            before = doc.sentences[sentence.index - 1]
            told = {numbers.WORDS.get(w) or cues.count_words.get(w)
                    for w in re.findall(r"[a-z]+", doc.text[before.start:before.end].lower())}
            pending = [p for p in state.counted_roles if p[3] < sentence.index and p[2] in told and p[2] >= 2]
        bullets = (_BULLETED.match(doc.text, sentence.start) or _SEMICOLON_LINES.match(doc.text, sentence.start)) \
            if pending and announced else None
        if not m and not bullets:
            # further on, the count told again names them ("Enam remaja ditangkap ... Menurut X, keenam
            # tersangka adalah A, B, ..."): as many as counted, anywhere in the sentence
            m = cues.listing_pattern.search(text) if cues.listing_pattern and state.counted_roles else None
            n = cues.count_words.get(m.group().split()[0].lower(), 0) if m else 0
            if not m and cues.listing_recount and state.counted_roles:
                # ("Adapun 5 nama yang dilantik itu ialah A; B; ...": the count as a number)
                m = cues.listing_recount.search(text)
                n = m and (int(m.group(1)) if m.group(1).isdigit() else numbers.WORDS.get(m.group(1).lower(), 0))
            pending = [p for p in state.counted_roles if p[3] < sentence.index and p[2] == n >= 2]
            if not pending:
                return []
        # ("Inilah lima penjabat bupati tersebut:" and a bulleted line for each)
        start, end = (sentence.start + m.end(), sentence.end) if m else bullets.span()
        named = [x for x in doc.mentions if x.entity and x.type == "Person" and start <= x.start < end]
        if m:
            people = list(dict.fromkeys(x.entity for x in named))
        else:   # one person a line: the first named on it ("- A, Duta Besar Republik X untuk ...")
            firsts, seconds = {}, []
            for x in named:
                line = doc.text.count("\n", start, x.start)
                if line in firsts and paired(doc.text, firsts[line].end, x.start):
                    seconds.append(x.entity)   # ("1. A, M.H. dan Drs. B (Jambi)": a pair a line)
                firsts.setdefault(line, x)
            people = list(dict.fromkeys(x.entity for x in firsts.values()))
        nxt = doc.sentences[sentence.index + 1] if sentence.index + 1 < len(doc.sentences) else None
        if m and nxt and cues.listing_continued and cues.listing_continued.match(doc.text, nxt.start) and \
                any(p[2] > len(people) for p in pending):
            # the list goes on in the next sentence ("... adalah A; B; C. Kemudian D; E; F.")
            people += [k for k in dict.fromkeys(x.entity for x in doc.mentions if x.entity and x.type == "Person"
                                                and nxt.start <= x.start < nxt.end) if k not in people]
        # the counted role of the sentence before that counts as many as are named (of three or more
        # counted again, "Kelima penjabat itu adalah ...", one may be a name the recogniser missed)
        # (of five or more counted again, the recogniser may also have split one name in two: "Bahtiar, Baharuddin")
        counted = bool(m) and (m.group().lower().startswith("ke") or m.re is cues.listing_recount
                               or bool(numbers.WORDS.get(m.group().split()[0].lower())))   # ("Enam tersangka itu")
        event, role, n, _ = next((p for p in pending if p[2] == len(people) or
                                  counted and p[2] >= 3 and len(people) == p[2] - 1 or
                                  counted and p[2] >= 5 and len(people) == p[2] + 1), (None, None, 0, 0))
        if event is None:
            return []
        state.counted_roles = []
        kept = []
        if event not in state.events:
            # an event that named no one was not kept ("Pada kesempatan yang sama, Prabowo juga
            # melantik dua wakil menteri baru"): the people join the last one of its kind, if
            # told in the three sentences before; else it is kept now, with them ("kembali membekuk
            # tiga pengedar. Ketiganya adalah A, B dan C")
            last = state.last_of_kind.get(event.kind)
            if event.again or last is None or last.evidence[-1].sentence < sentence.index - 3:
                state.events.append(event)
                kept = [event]
            else:
                event = last
        if not m:
            people += [k for k in seconds if k not in people]
        event.roles += [(role, k) for k in people if (role, k) not in event.roles]
        return kept

    @staticmethod
    def _tells_day(doc: Document, sentence: Sentence) -> bool:
        return any(tm.value and len(tm.value) == 10 for tm in told_days(doc, sentence.start, sentence.end))


# the marks of a clause that tells what happened after another ("usai mengandaskan X")
_AFTER_MARKS = frozenset({"setelah", "sesudah", "usai", "seusai"})

# how many sentences after it a counted role may still be named by its count told again ("keenam tersangka adalah")
_COUNT_RECALLED = 8


# a block of bulleted or numbered lines ("- Pj Gubernur Bali A\n- Pj Gubernur Papua B", "1. A sebagai Menteri X\n2. B ...")
_BULLETED = re.compile(rf"(?:[ \t]*(?:{BULLET_MARKS}|\d{{1,2}}[.)])[ \t]+[^\n]*(?:\n|$))+")
# ... or of lines that end in a semicolon, but the last ("A, Duta Besar X;\nB, Duta Besar Y; dan\nC, Duta Besar Z.")
_SEMICOLON_LINES = re.compile(r"(?:[ \t]*[A-Z][^\n]*;(?:[ \t]+(?:dan|serta))?[ \t]*\n)+[ \t]*[A-Z][^\n]*(?:\n|$)")


# "Selain Cornelis, ...": besides the one just told of
_BESIDES = re.compile(r"\s*Selain\s+")


def _tokens_of(s: _Sentence, head, place: str) -> list[int]:
    """The tokens from head on (twelve at most) that name the entity place."""
    return [i for i in range(head.i, min(len(s.parsed), head.i + 12))
            if s.mention[i] is not None and s.mention[i].entity == place]


def _caption(doc: Document, sentence: Sentence) -> bool:
    """A photo's caption: its line ends in a photo credit ("... Senin (2/3/2020). ANTARA/Dedi Rahmat"), and
    the day it tells is the photo's, often an older one, not the day the article tells."""
    line_end = doc.text.find("\n", sentence.end)
    line_end = len(doc.text) if line_end < 0 else line_end
    return any(r[2] == "photo credit" and sentence.end <= r[0] < line_end for r in doc.removed)


def share_scene(doc: Document) -> None:
    """Events told after the lede, on the lede event's day and with no place of their
    own, took place where it did: the statements at the press conference, the support
    voiced at the meeting, the clash at the protest. A journey (its place is where it
    went) and an event named by a noun (often an earlier one) are left alone. Run on
    the merged events (a place given before merging would keep mentions apart)."""
    first = lede_index(doc)
    told = [e for e in doc.events if any(x.sentence == first for x in e.evidence) and e.places
            and e.times and e.kind not in ("Statement", "CasualtyReport")]
    # a verb's event first; a lede may tell its event with a noun ("Unjuk rasa ... berakhir ricuh")
    lede = next((e for e in told if not e.nominal), told[0] if told else None)
    if lede is None:
        return
    day = {t.value for t in lede.times}
    if dateline_guess(doc, lede):
        # the dateline's city is a guess: a building told for that day in the next sentences
        # ("... kata X dalam konferensi pers di Gedung Merah Putih KPK") is where it happened
        venues = declaration().cues.venue_words
        venue = next((p for e in doc.events if first < e.evidence[0].sentence <= first + 3
                      and {t.value for t in e.times} & day for p in e.places
                      if set(doc.entities[p].name.lower().split()[:1]) & venues), None)
        for e in told:
            e.places = [venue] if venue and dateline_guess(doc, e) else e.places
    for e in doc.events:
        if e is lede or e.places or e.nominal or e.kind == "Travel" or e.evidence[0].sentence <= first:
            continue
        if e.times and {t.value for t in e.times} <= day:
            e.places = list(lede.places)


def lede_day(doc: Document) -> None:
    """The lede's event told with no day ("Sebuah truk terguling di jalan tol, dua orang tewas.")
    happened on the first day the article tells after it (the officer's statement "..., Sabtu
    (5/6/2024)"), when that day is within a week before publication. Run on the merged events."""
    first = lede_index(doc)
    # (a day taken from the page's time stamp, "Sabtu 02 Mar 2024 07:12 WIB" on a line of its own, is when
    # the page was put out, not a day the lede tells)
    undated = [e for e in doc.events if all(_stamped(doc, t) for t in e.times) and e.kind != "Statement"
               and any(x.sentence == first for x in e.evidence)]
    if not undated or doc.published is None or first + 1 >= len(doc.sentences):
        return
    after = doc.sentences[first + 1]
    day = next((t for t in told_days(doc, after.start, len(doc.text)) if t.value and len(t.value) == 10), None)
    if day is not None and 0 <= (doc.published - day.earliest).days <= 7:
        for e in undated:
            e.times = [_tv(day)]


def _stamped(doc: Document, t: TimeValue) -> bool:
    """The time was read from a line that is only a date and a clock time (the page's time stamp)."""
    return _stamped_at(doc, t.start)


def _stamped_at(doc: Document, at: int) -> bool:
    return timex.page_stamp(line_at(doc.text, at))


def lede_place(doc: Document) -> None:
    """The lede's event told with no place of its own ("A menekuk B untuk melaju ke semifinal.")
    took place where the next sentence says it did on the same day, in one phrase of place and
    day ("Ia unggul dua gim di Istora Senayan, Jakarta, Jumat (18/10/2024).": the first
    place after "di"). A lede that only sets the scene ("Laga tersaji pada Sabtu (4/5/2024) di
    Stadion X.") gives it to the event of the headline or of the next sentence. Run on the merged
    events, after lede_day."""
    first = lede_index(doc)
    for at in (first, first + 1):
        if at >= len(doc.sentences):
            break
        told = [e for e in doc.events if e.kind not in ("Statement", "Travel") and (not e.places or dateline_guess(doc, e))
                and any(x.sentence == first or at == first and x.sentence <= first + 1 for x in e.evidence)]
        scene = _scene(doc, doc.sentences[at])
        if scene is not None:
            for e in told:
                if {t.value for t in e.times} == {scene[1]}:
                    e.places = [scene[0]]
            return
    # "KUPANG, X.com - Tiga remaja di Kota Soe, Kabupaten Timor Tengah Selatan, diamankan polisi": the lede's
    # event left at the dateline's city happened at the place its sentence writes after "di" (not a wider place
    # the city lies in: "Tehran - ... berada di Iran untuk bertemu ...")
    if first >= len(doc.sentences):
        return
    lede = doc.sentences[first]
    spot = next((m for m in doc.mentions if m.type == "Place" and m.entity and m.entity != doc.dateline_place
                 and lede.start <= m.start < lede.end and doc.text[max(lede.start, m.start - 3):m.start] == "di "), None)
    if spot is None or doc.dateline_place and place_within(doc, doc.dateline_place, spot.entity):
        return
    for e in doc.events:
        if e.kind not in ("Statement", "Travel") and dateline_guess(doc, e) and any(x.sentence == first for x in e.evidence):
            e.places = [spot.entity]


def _scene(doc: Document, sentence) -> tuple[str, str] | None:
    """The place and day a sentence tells in one phrase: "di X, Y, pada Jumat (1/3/2024)" (the first
    place after "di") or "pada Sabtu (4/5/2024) di X"."""
    places = sorted((m for m in doc.mentions if m.type == "Place" and m.entity and sentence.start <= m.start < sentence.end),
                    key=lambda m: m.start)
    for day in told_days(doc, sentence.start, sentence.end):
        if not day.value or len(day.value) != 10:
            continue
        told = [m for m in places if m.end <= day.start]
        # "di X, Y, Z, pada Jumat": only places, commas and "pada" between the "di" and the day
        chain = next((m for m in told if doc.text[max(sentence.start, m.start - 3):m.start] == "di " and
                      _PLACE_DAY_GAP.fullmatch(_without(doc.text, m.end, day.start, told))), None)
        chain = chain or next((m for m in places if m.start >= day.end and
                               re.fullmatch(r"[\s,]*di\s+", doc.text[day.end:m.start])), None)
        if chain is not None:
            return chain.entity, day.value
    return None


_PLACE_DAY_GAP = re.compile(r"[\s,]*(?:pada\s+)?(?:hari\s+)?")


def _without(text: str, start: int, end: int, mentions) -> str:
    """text[start:end] with the mentions inside it cut out."""
    out, pos = [], start
    for m in mentions:
        if start <= m.start and m.end <= end:
            out.append(text[pos:m.start])
            pos = m.end
    return "".join(out) + text[pos:end]


def written_chains(doc: Document) -> dict[str, str]:
    """Each place the article chains to a wider one ("Jalan X, Kelurahan Y, Medan") -> that wider place."""
    return {r.subject: r.object for r in doc.relations if r.predicate == "containedInPlace" and not r.former}


def place_within(doc: Document, inner: str, outer: str, written: dict[str, str] | None = None) -> bool:
    """``inner`` is ``outer`` or lies in it, by the containing places the index knows (and, given
    ``written``, the ones the article writes: "Istana Akasaka, Tokyo")."""
    seen = set()
    while inner and inner not in seen:
        seen.add(inner)
        if inner == outer:
            return True
        up = doc.entities[inner].country if inner in doc.entities else None
        inner = up or (written or {}).get(inner)
    return False


def dateline_guess(doc: Document, e: Event) -> bool:
    """The event's only place is the dateline city the lede fell back on, not the same
    city its own sentence names in a phrase of its own ("Riyadh (ANTARA) - ...
    menandatangani MoU ... di Riyadh, Selasa": a place told, which a building told later
    joins rather than replaces; "di Istora Senayan, Jakarta" names the hall)."""
    city = doc.dateline_place
    if city is None or e.places != [city]:
        return False
    if not e.evidence:
        return True
    sentence = doc.sentences[e.evidence[0].sentence]
    return not any(m.entity == city and sentence.start <= m.start < sentence.end
                   and doc.text[max(sentence.start, m.start - 4):m.start].lower() in (" di ", " ke ")
                   for m in doc.mentions)


_DAY_STAMP = re.compile(r"^\w+,? \(\d{1,2}/\d{1,2}")   # "Rabu (5/9)", "Senin, (3/3/2025)" (not timex's page stamp)


def told_days(doc: Document, start: int, end: int) -> list[timex.Timex]:
    """The time phrases of the text from start to end, without the days of a document a
    fact was read from ("Berdasarkan keterbukaan informasi di BEI, Rabu (5/3/2025),
    perjanjian ... diteken ... pada Selasa (4/3/2025)": the filing's day, not the signing's)
    or a document's own ("Keppres ... tertanggal 3 Maret 2021")."""
    cues = declaration().cues
    marks, dated = cues.document_date_marks, cues.document_date_words
    found = timex.find(doc.text, start, end, ref=doc.published, today=doc.reference_date)
    names = [m for m in doc.mentions if m.start < end and m.end > start and " " in m.text] if found else []
    out = []
    for tm in found:
        if any(m.start <= tm.start and tm.end <= m.end for m in names):
            continue   # "Kecamatan Pasar Minggu": a day's name inside a place's
        before = doc.text[start:tm.start].rstrip()
        if (before.rsplit(None, 1) or [""])[-1].lower() in dated:
            continue   # "Keppres ... tertanggal 3 Maret 2021": the decree's day
        if cues.birthday.search(before):
            continue   # "Dimas, yang lahir pada 14 Juni 2005, menang ...": his birthday
        lead = (doc.text[tm.start:tm.end].split() or [""])[0].lower()
        if cues.deadline.search(doc.text[max(start, tm.start - 40):tm.start] +
                                (lead + " " if lead in cues.deadline_parts else "")):
            continue   # "hingga akhir Desember 2023": a deadline, not the event's day
        if before.endswith(",") and doc.text[tm.end:end].lstrip().startswith(","):
            opened = re.split(r"[,.;:!?\n]", before[:-1])[-1].split()
            if opened and opened[0].lower() in marks:
                continue
        out.append(tm)
    return out


def headline_counts(doc: Document, q: Quantity) -> bool:
    """A line above the lede tells the number ("Bom Bunuh Diri di Pasar, 18 Orang Tewas")."""
    return any(re.search(rf"(?<![\d.,]){q.value}(?![\d.,])", doc.text[x.start:x.end])
               for x in doc.sentences[:lede_index(doc)])


def lede_index(doc: Document) -> int:
    """The lede is the sentence of the dateline (a headline may come before it); with no
    dateline, the sentence after a first line that is a headline (no full stop, a line
    of its own)."""
    if not doc.sentences:
        return 0
    if doc.dateline:
        i = next((x.index for x in doc.sentences if x.end > doc.dateline[0]), doc.sentences[0].index)
    else:
        i = doc.sentences[1].index if _line_of_its_own(doc, 0) else doc.sentences[0].index
    # a line of its own with no sentence end is no lede: the dateline alone ("Jakarta, CNN
    # Indonesia --"), the page's time stamp ("Rabu, 21 Mei 2025 07:12 WIB")
    while i + 1 < len(doc.sentences) and (i > 0 or doc.dateline) and _line_of_its_own(doc, i):
        i += 1
    return i


def _line_of_its_own(doc: Document, i: int) -> bool:
    """Sentence i is a line of its own with no sentence end (a headline, a time stamp)."""
    s = doc.sentences[i]
    return i + 1 < len(doc.sentences) and "\n" in doc.text[s.end:doc.sentences[i + 1].start] \
        and not doc.text[s.start:s.end].rstrip().endswith((".", "!", "?", '"', "”"))


def doc_text_after(s: _Sentence, tm: timex.Timex) -> str:
    return s.doc.text[tm.end:s.sentence.end]


def _bare(x) -> bool:
    """An oblique with no preposition of its own nor a locative word that has one ("di depan Istana X")."""
    return not any(y.dep_ == "case" or y.dep_ == "nmod:lmod" for y in x.children)


def _opens_sentence(parsed, i: int) -> bool:
    """The word at i opens the sentence, or a quote at its start: capitalised by place, not as a name."""
    return all(not t.is_alpha and t.text in _OPENING_MARKS for t in parsed[:i])


def _tv(t: timex.Timex) -> TimeValue:
    return TimeValue(t.text, t.start, t.end, t.value, t.earliest, t.latest, t.year_inferred)


def _headline_cased(doc: Document, sentence: Sentence, text: str) -> str:
    """A headline in title case ("Persik Kediri Bungkam Arema FC 2-1") read by the parser as
    running text: its capitalised words outside names lowercased, offsets kept (the tree would
    otherwise take every word for part of one name)."""
    if not title_cased(text):
        return text
    words = [w for w in _WORD.finditer(text) if w.group()[0].isalpha()]
    named = [(m.start - sentence.start, m.end - sentence.start) for m in doc.mentions
             if sentence.start <= m.start < sentence.end]
    out = list(text)
    for w in words:
        if not any(s <= w.start() < e for s, e in named) and not w.group().isupper():
            out[w.start()] = w.group()[0].lower()
    return "".join(out)
