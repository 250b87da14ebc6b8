"""What the relation extractors share: the document's mentions and entities, the words of a
sentence, and the relations found so far (kg/lang/id/relations.toml is the data)."""
from __future__ import annotations

import re
from bisect import bisect_left

from kg import gazetteer as gaz
from kg.lang.id import unit_short_forms
from kg.lang.id.names import REGION_HEADS, abbreviates
from kg.lang.id.evidence import after_academic_prefix, is_base_word, title_case_line, verb_form
from kg.lang.id.relation_kinds import load
from kg.model import TITLE_BODY, Document, Entity, Evidence, Mention, Relation, Sentence
from kg.rdf.iris import entity_key
from kg.stages.resolve import ministry_short_form, similar_names

_WORD = re.compile(r"\S+")
_VERB = re.compile(r"(?:di|me|ber|ter)[a-z]{3,}(?<!nya)")
_MARKS = ",.()'\"“”‘’"   # stripped from a word read before a title (straight and curly quotes alike)
_WEEKDAYS = {"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"}


# the country a ministry's name may end in ("Kementerian Luar Negeri RI")
_OWN_COUNTRY = (" RI", " Republik Indonesia")


def _without_own_country(name: str) -> str:
    return next((name[:-len(tail)] for tail in _OWN_COUNTRY if name.endswith(tail)), name)


class Collector:
    """Relations keyed by (subject, predicate, object, former), each with its evidence."""

    def __init__(self):
        self.found: dict[tuple, Relation] = {}

    def add(self, s: str | None, pred: str, o: str | None, sentence: int, span: tuple[int, int], extractor: str,
            confidence: float, role: str | None = None, former: bool = False, qualifier: str | None = None) -> None:
        if not s or not o or s == o:
            return
        rel = self.found.setdefault((s, pred, o, former), Relation(s, pred, o, former=former))
        evidence = Evidence(sentence, span[0], span[1], f"relations.{extractor}", confidence)
        if evidence in rel.evidence:
            return                            # a sentence read again
        rel.evidence.append(evidence)
        rel.role = rel.role or role
        rel.qualifier = rel.qualifier or qualifier

    def pairs(self) -> set[tuple[str, str]]:
        return {(r.subject, r.object) for r in self.found.values()}



class TextReader:
    """Mentions, entities and words of one document, for the relation extractors."""

    def __init__(self, doc: Document, out: Collector):
        self.doc, self.out, self.k = doc, out, load()
        self.text = doc.text
        self.lower_text = doc.text.lower()
        self.consumed: set[int] = set()       # titles read as part of an earlier title's unit
        self._indexed = -1                    # len(doc.mentions) when the start index was built
        self._names_key: list | None = None   # the state of the entities _names was made from
        self._entity_names: dict[int, tuple] = {}
        self._drops = 0                       # mentions dropped so far (see mentions_by_text)
        self._by_text_key: tuple | None = None

    def add_from_name(self, e: Entity, predicate: str, obj: str, extractor: str, confidence: float) -> None:
        """A relation an entity's own name states ("Polres Sukabumi", "Hotel X Surabaya"): its evidence is the
        name's first mention."""
        span = (e.mentions[0].start, e.mentions[0].end) if e.mentions else (0, 0)
        sentence = self.doc.sentence_at(span[0])
        self.out.add(e.key, predicate, obj, sentence.index if sentence else 0, span, extractor, confidence)

    def _between(self, start: int, end: int) -> list[Mention]:
        """Mentions starting in [start, end), in document-list order, found by bisection
        (a pass over every mention per lookup is quadratic on long articles)."""
        mentions = self.doc.mentions
        if self._indexed != len(mentions):   # the relation stage may add mentions
            starts = [m.start for m in mentions]
            self._order = sorted(range(len(mentions)), key=starts.__getitem__)
            self._starts = [starts[i] for i in self._order]
            self._indexed = len(mentions)
            self._longest = max((m.end - m.start for m in mentions), default=0)
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [mentions[i] for i in sorted(self._order[lo:hi])]

    # ---------------------------------------------------------------- entities and mentions
    def mentions_in(self, start: int, end: int, types: str = "Person Organization Place") -> list[Mention]:
        return [m for m in self._between(start, end) if m.entity and m.end <= end and m.type in types]

    def mention_at(self, pos: int) -> Mention | None:
        hits = [m for m in self._between(pos, pos + 1) if m.entity]
        return max(hits, key=lambda m: m.end) if hits else None

    def overlapping(self, start: int, end: int) -> list[Mention]:
        # a mention ending after start begins at most the longest mention's length before it
        return [m for m in self._between(start - self._longest_mention(), end) if start < m.end]

    def _longest_mention(self) -> int:
        self._between(0, 0)   # (re)builds the index
        return self._longest

    def find_entity(self, name: str, type_: str | None = None) -> Entity | None:
        """The entity with that name, alias or mention text; acronyms the article spells out count
        ("Komisi II DPR" is "Komisi II Dewan Perwakilan Rakyat")."""
        low = " ".join(name.lower().split())
        expanded = self.spelled_out(name).lower()
        units = unit_short_forms()   # "PN X" is "Pengadilan Negeri X"
        unit_form = " ".join(units.get(w, w) for w in name.split()).lower()
        # ("Kepolisian Resor Gianyar" is the "Polres Gianyar" the article names)
        short_form = next((f"{short} {low[len(full) + 1:]}".lower() for short, full in units.items()
                           if low.startswith(full.lower() + " ")), low)
        entities, places, _ = self._names()
        for i in sorted(set(places.get(low, ())) | set(places.get(expanded, ())) |
                        set(places.get(unit_form, ())) | set(places.get(short_form, ()))):   # the first in entity order
            if not type_ or entities[i].type == type_:
                return entities[i]
        if type_ == "Place":
            return self._shortened_place(name)
        words = low.split()   # "Bawaslu Lebak" for the "Bawaslu Kabupaten Lebak" the article names
        for i in sorted({i for k in range(1, len(words)) for level in ("kabupaten", "kota", "provinsi")
                         for i in places.get(" ".join(words[:k] + [level] + words[k:]), ())}):
            if not type_ or entities[i].type == type_:
                return entities[i]
        if type_ == "Organization":
            # "Kementerian Luar Negeri" (or, misspelt, "... Negri") for the "Kementerian Luar Negeri RI" named
            for i in sorted({i for tail in _OWN_COUNTRY for i in places.get(low + tail.lower(), ())}):
                if entities[i].type == type_:
                    return entities[i]
            return next((e for e in entities if e.type == type_ and e.mentions and any(
                similar_names(n, name) for n in (e.name, _without_own_country(e.name)))), None)
        return None

    def _shortened_place(self, name: str) -> Entity | None:
        """'Kabupaten Mabar' for the 'Manggarai Barat' the article names: a region's short form of at
        least five letters, no ordinary word, taken from each word of one named place in order."""
        def bare(text: str) -> list[str]:
            words = text.split()
            return words[1:] if words and words[0] in REGION_HEADS else words

        short = bare(name)
        if len(short) != 1 or len(short[0]) < 5 or not short[0][1:].islower() or is_base_word(short[0]):
            return None   # (an ordinary word is no short form: "Direktur Utama Bank X")
        hits = [e for e in self.doc.entities.values() if e.type == "Place" and e.mentions and
                len(bare(e.name)) >= 2 and abbreviates(short[0], bare(e.name)) and
                not e.name.lower().startswith(short[0].lower())]
        return hits[0] if len(hits) == 1 else None

    def spelled_out(self, name: str) -> str:
        """The name with the acronyms the article spells out written in full."""
        full = self._names()[2]
        return " ".join(full.get(w, w) for w in name.split())

    def _names(self) -> tuple[list[Entity], dict[str, list[int]], dict[str, str]]:
        """The entities in order, each name, alias and mention text (lower case) -> the places of
        the entities it names, and each acronym the article spells out -> its full name. Made
        again when an entity, its name, its aliases or its mentions change, from the names of
        each entity, which are read again only when that entity changes (a pass over every
        mention per lookup is quadratic on long articles)."""
        entities = list(self.doc.entities.values())
        key = [(id(e), e.name, e.type, len(e.aliases), len(e.mentions), id(e.mentions[-1]) if e.mentions else 0)
               for e in entities]
        if key != self._names_key:
            places: dict[str, list[int]] = {}
            full: dict[str, str] = {}
            for i, (e, state) in enumerate(zip(entities, key)):
                known = self._entity_names.get(id(e))   # (state, names, acronyms); e is kept alive, so is its id
                if known is None or known[0] != state:
                    texts = {m.text for m in e.mentions}
                    known = self._entity_names[id(e)] = (
                        state, {e.name.lower()} | {a.lower() for a in e.aliases} | {t.lower() for t in texts},
                        [t for t in texts if t.isupper() and t != e.name], e)
                for n in known[1]:
                    places.setdefault(n, []).append(i)
                    if "/" in n:   # "Kodam XVII/Cenderawasih", also written "Kodam XVII Cenderawasih"
                        places.setdefault(" ".join(n.replace("/", " ").split()), []).append(i)
                if e.type == "Organization":
                    full.update((t, e.name) for t in known[2])
            self._names_key, self._names_made = key, (entities, places, full)
        return self._names_made

    def entity(self, name: str, type_: str, span: tuple[int, int] | None = None, kind: str | None = None,
               source: str = "rule:relations") -> str:
        """The entity of that name, created (with a mention where the text names it) if new."""
        name = " ".join(name.split())
        found = self.find_entity(name, type_) or self.find_entity(name)
        if found:
            long = next((full for short, full in unit_short_forms().items() if name.startswith(full + " ")), None)
            if long and name.lower() in self.lower_text:
                self.alias(found.key, name)   # "Kepolisian Resor Gianyar", written, for the "Polres Gianyar" named
            return found.key
        # a body the gazetteer knows by a name the article never writes ("Menteri Tenaga Kerja": Kementerian
        # Ketenagakerjaan); a name the article writes keeps the article's form ("TNI", "detikcom")
        entry = gaz.load().named(type_, name) if type_ == "Organization" else None
        found = self.find_entity(entry.name, type_) if entry else None   # ("PT Kereta Api Indonesia": the KAI named)
        if name.lower() in self.lower_text:
            entry = None
        shortened = [e for e in self.doc.entities.values() if e.type == type_ and (
            ministry_short_form(e.name, name) or ministry_short_form(name, e.name))] \
            if not found and type_ == "Organization" else []
        if len(shortened) == 1:                 # "Menteri Perhubungan X ... Kemenhub": one ministry
            found = shortened[0]
            if span and self.text[span[0]:span[1]] == name and not self.overlapping(*span):
                self.add_mention(found.key, span[0], span[1], name, type_, source)
        if found:
            self.alias(found.key, name)
            return found.key
        written, name = name, entry.name if entry else name
        key = entity_key(type_, name)
        while key in self.doc.entities:
            key += "-x"
        e = Entity(key=key, type=type_, name=name, kind=kind, wikidata=entry.qid if entry else None)
        self.doc.entities[key] = e
        for alias in (self.spelled_out(name), written):   # (the gazetteer's other names are no names the article wrote)
            self.alias(key, alias)
        crossing = [m for m in self.overlapping(*span) if m.start < span[0] or m.end > span[1]] if span else []
        if span and self.text[span[0]:span[1]] == written and not crossing:   # names nested inside it may stay
            self.add_mention(key, span[0], span[1], written, type_, source)
        return key

    def add_mention(self, key: str, start: int, end: int, name: str, type_: str,
                    source: str = "rule:relations") -> Mention:
        """A mention of entity ``key`` at [start, end), kept in the document's order of mentions."""
        m = Mention(start, end, name, type_, source, 0.8, entity=key)
        self.doc.entities[key].mentions.append(m)
        self.doc.mentions.append(m)
        self.doc.mentions.sort(key=lambda x: (x.start, -x.end))
        return m

    def person_from_slot(self, start: int, end: int) -> Mention | None:
        """A full name read from a relation slot; a shorter mention inside it ("Silva" of "David da Silva")
        becomes a mention of the full name."""
        start = after_academic_prefix(self.text, start, end)
        if verb_form(self.text[start:end].split(" ", 1)[0]):
            return None   # "Kapolri Beraksi", "Kapolsek X Dicopot ...": a headline's verb after a title
        inner = [m for m in self.overlapping(start, end) if m.entity]
        if any(m.type != "Person" or m.start < start or m.end > end for m in inner):
            return None
        same = [m for m in inner if (m.start, m.end) == (start, end)]
        name = self.text[start:end]
        # (a half of a pair read first as one name, "Taro Suzuki/Kenji Ito", becomes a person of its own)
        if same and ("/" not in self.doc.entities[same[0].entity].name or "/" in name):
            return same[0]
        key = entity_key("Person", name)
        e = self.doc.entities.setdefault(key, Entity(key=key, type="Person", name=name))
        for m in inner:
            old = self.doc.entities.get(m.entity)
            if old is not None and old is not e:
                old.mentions.remove(m)
                if not old.mentions and not any(old.key in (r.subject, r.object) for r in self.out.found.values()):
                    del self.doc.entities[old.key]
            m.entity = key
            e.mentions.append(m)
        if same:
            return same[0]
        return self.add_mention(key, start, end, name, "Person")

    def mention_in_title(self, key: str, title_m: re.Match, unit_end: int | None = None) -> None:
        """'Panglima TNI X': a body the title names in its own words is mentioned there. Given the end of
        the unit written after the title, a body the title and its unit name in other words ('Menteri
        Sosial' for Kementerian Sosial, 'Kapolres Siak' for Polres Siak) is mentioned by those words."""
        e = self.doc.entities[key]
        for name in sorted({e.name, *e.aliases}, key=len, reverse=True):
            hit = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", title_m.group())
            if hit:
                start, end = title_m.start() + hit.start(), title_m.start() + hit.end()
                if not self.overlapping(start, end):
                    self.add_mention(key, start, end, name, e.type)
                return
        if unit_end is None or e.type != "Organization":
            return
        if title_case_line(self.text, title_m.start()):
            unit_end = title_m.end()          # "Menhub Siap Buka Rute ...": a headline's capitals are no unit
        start, end = title_m.start(), max(unit_end, title_m.end())
        written = self.text[start:end].rstrip(" ,")
        if written.endswith(")") and "(" not in written:
            written = written[:-1]            # "Menteri Luar Negeri (Menlu) X": the short title, not its bracket
        end = start + len(written)
        inside = self.overlapping(start, end)
        # (names nested inside the words may stay: "Kapolres | Siak"; none may cross them, nor be a person;
        # a foreign country's post names its office no more than a country's: "Menlu Iran X")
        foreign = any(m.type == "Place" and self.doc.entities[m.entity].kind == "country" and
                      self.doc.entities[m.entity].name != self.k.home_country for m in inside if m.entity)
        if written and "\n" not in written and not foreign and \
                not any(m.start < start or m.end > end or m.type == "Person" for m in inside):
            self.add_mention(key, start, end, written, e.type, source=TITLE_BODY)

    def alias(self, key: str, name: str) -> None:
        e = self.doc.entities[key]
        words = name.lower().split()
        if name.lower() != e.name.lower() and not any(a == b for a, b in zip(words, words[1:])):
            e.aliases.add(name)   # (a level word twice, "Kabupaten Kabupaten Sintang", names nothing)

    # ---------------------------------------------------------------- words
    def words(self, start: int, end: int) -> list[re.Match]:
        return list(_WORD.finditer(self.text, start, end))

    def before_words(self, pos: int, sentence: Sentence, n: int) -> list[str]:
        return [w.lower().strip(_MARKS) for w in self.text[sentence.start:pos].split()[-n:]]

    def is_former(self, pos: int, sentence: Sentence) -> bool:
        # a cue closed by a comma dates the clause, not the post ("Sebelumnya, Mendagri X mengatakan ...")
        words = [w for w in self.text[sentence.start:pos].split()[-3:] if not w.endswith(",")]
        return bool({w.lower().strip(_MARKS) for w in words} & self.k.former_before)

    def is_negated(self, pos: int, sentence: Sentence) -> bool:
        words = self.before_words(pos, sentence, 4)
        cues = [i for i, w in enumerate(words) if w in self.k.negation]
        if not cues:
            return False
        raw = self.text[sentence.start:pos].split()[-4:]
        if len(raw) == len(words) and any(c in w for w in raw[cues[-1]:] for c in ',"”'):
            return False   # '"Belum ada jadwal," kata Bupati X': the quote's clause, not the title's
        # a verb of its own after the cue takes the negation ("tidak mampu dijangkau kiper Persija X": the
        # keeper's post is not denied), a link does not ("tidak menjabat Ketua")
        return not any(_VERB.fullmatch(w) and w not in self.k.link_words for w in words[cues[-1] + 1:])

    def title_at(self, pos: int, end: int) -> re.Match | None:
        return self.k.title_re.match(self.text, pos, end)

    def is_rank_at(self, pos: int, end: int) -> int:
        """End of the rank words starting at pos, or 0."""
        best = 0
        before = self.text[max(0, pos - 30):pos].split()
        if any(" ".join(before[-n:]).lower() in self.k.fused["named_after_doctors"] for n in (1, 2, 3, 4)):
            return 0                          # "RSUP Dr Sardjito": the hospital's name
        ws = self.words(pos, end)[:3]
        for n in range(1, len(ws) + 1):
            if " ".join(w.group().rstrip(",.") for w in ws[:n]).lower() in self.k.ranks:
                best = ws[n - 1].end()
        return best


    def name_words_end(self, pos: int, s: Sentence, people: bool = False, one_region: bool = False) -> int:
        """End of the capitalised name words from pos ("Kelapa Lima", "Tanah Abang Blok A"); with one_region,
        a level word after them opens the next region ("Karangrejo Kecamatan Tambelangan")."""
        end = named_end = pos
        for w in _WORD.finditer(self.text, pos, s.end):
            if w.start() != end and self.text[end:w.start()].strip():
                break
            bare = w.group().rstrip(",.;:)\"”’")   # a closing quote too: 'di Kantor Camat Bulu," kata ...'
            if w.start() > pos and not people and self.mention_at(w.start()) and \
                    self.mention_at(w.start()).type == "Person":
                return named_end              # "Wali Kota Padang dan Heri ...": not "Padang dan"
            if bare.lower() in _WEEKDAYS or (w.start() > pos and self.title_at(w.start(), s.end)):
                break
            if one_region and w.start() > pos and self.k.level_re.fullmatch(bare):
                break
            if w.start() > pos and (bare.lower() in self.k.period_words or re.fullmatch(r"(?:19|20)\d\d", bare)):
                break                         # "APBD Kota Banjarbaru 2022", "Provinsi X TA 2020": a period, no name
            nxt = _WORD.match(self.text, w.end() + 1, s.end)
            if not (bare[:1].isupper() or bare[:1].isdigit() or "/" in bare and bare[:1].isalnum()
                    or bare.lower() in self.k.name_words and w.start() > pos and nxt and nxt.group()[:1].isupper()):
                break
            end = w.start() + len(bare)
            if bare.lower() not in self.k.name_words:
                named_end = end
            if bare != w.group():
                break
        return end

