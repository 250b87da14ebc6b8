"""Resolve mentions to entities: one entity per real-world thing.

Mentions join an entity by gazetteer identity, by equal names, by person short
forms ("Hamdan" for "Osama Hamdan"), by an acronym in brackets after a name, or
by a near-identical spelling ("Tehean" for "Tehran") of the same type. Then
coreference adds mentions for capitalised job titles used as names ("Pemimpin"
for the person introduced as "Pemimpin Revolusi Islam ...") and for definite
nouns ("kelompok tersebut" for the last organization named).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein

from kg import gazetteer as gaz
from kg.config import Config
from kg.geo import places
from kg.lang.id import relation_kinds, unit_short_forms, word_list, word_set
from kg.lang.id.evidence import INNER_SHORT_FORM, after_post_noun, institution_words, is_base_word, is_common_word
from kg.lang.id.names import abbreviates, geo_country, words as name_words, geo_known, indonesian_place, popular_name, short_region_name
from kg.model import Document, Entity, Mention
from kg.rdf.iris import entity_key
from kg.spans import Taken
from kg.text import fold, is_acronym, phrases_regex, whole_word_spans, without_nickname

_DEFINITE = re.compile(r"\b(kelompok|gerakan|organisasi|partai|milisi|faksi|lembaga|perusahaan)"
                       r"\s+(tersebut|itu|ini)\b", re.IGNORECASE)
_DEFINITE_PLACE = re.compile(r"\b(negara|kota)\s+(tersebut|itu)\b", re.IGNORECASE)
_PLACE_KIND = {"negara": "country", "kota": "city"}
_GROUP_NOUNS = {"kelompok", "gerakan", "milisi", "faksi"}
_INITIALS_SPELLED = re.compile(r"\b([A-Z]{2,4}) \(((?:[A-Z][a-z]+ ){1,3}[A-Z][a-z]+)\)")


def inner_short_forms(name: str) -> tuple[str, str] | None:
    """'Kejaksaan Negeri (Kejari) Kendal' -> ('Kejaksaan Negeri Kendal', 'Kejari Kendal'): a body's
    name written with its short form in brackets inside, and the short form with the rest."""
    m = INNER_SHORT_FORM.fullmatch(name)
    if not m or f"({m[2]})" in word_set("org_legal_tails"):
        return None                           # "PT X (Persero) Tbk": a legal form, no short form
    more = inner_short_forms(m[3])            # "Direktorat ... (Ditreskrimum) Kepolisian Daerah (Polda) NTT"
    rest_long, rest_short = more or (m[3], m[3])
    return f"{m[1]} {rest_long}", f"{m[2]} {rest_short}"


@lru_cache(maxsize=1)
def _title_alone() -> re.Pattern:
    """The first word of a title standing alone, not before a capitalised name nor joined to another title
    ("Pelantikan Menteri dan Wakil Menteri", "para Menteri": titles in general)."""
    heads = {t.split()[0] for t in word_list("titles")}
    return re.compile(r"(?<=\s)(?<!para )(%s)\b(?!\s+[A-Z])(?!\s+(?:dan|serta|atau)\s+[A-Z])"
                      % phrases_regex(heads, ignore_case=False))


@lru_cache(maxsize=256)
def _title_body(title: str, heads_only: bool = False) -> str | None:
    """The body a title heads or serves, folded ("Menteri Sosial" and "Mensos": kementerian sosial), from the
    relation kinds' title rows; None when the row names no body (or, with ``heads_only``, when the title is a
    post in the body rather than its head: "Jampidsus" is one of the Attorney General's deputies)."""
    kinds = relation_kinds.load()
    words = title.split()
    for n in range(len(words), 0, -1):
        row = kinds.titles.get(" ".join(words[:n]).lower())
        if row is not None:
            if heads_only and row.predicate != "leads":
                return None
            template = (row.object or "").replace("{country}", "").strip()
            return fold(template.format(" ".join(words[n:])) if "{}" in template else template) or None
    return None


def _org_core(name: str) -> str:
    """An organization's own name without the word before it and the legal form after it
    ('PT Garuda Indonesia (Persero) Tbk' -> 'Garuda Indonesia'; kg/lang/id/org_short_heads.txt,
    org_legal_tails.txt)."""
    words = name.split()
    while len(words) > 1 and words[-1] in word_set("org_legal_tails"):
        words.pop()
    if len(words) > 1 and words[0] in word_set("org_short_heads"):
        words = words[1:]
    return " ".join(words)


def _syllables_of(short: str, name: str) -> bool:
    """'Zainhas' of 'Zainal Hasan', 'Jokowi' of 'Joko Widodo': a short form made of the first letters of the
    name's words, in order, each word giving one or more."""
    rest, low = short.lower(), [w.lower() for w in name.split()]
    for k, w in enumerate(low):
        n = next((n for n in range(len(w), 0, -1) if rest.startswith(w[:n]) and
                  (len(rest) == n or k + 1 < len(low))), 0)
        if not n:
            return False
        rest = rest[n:]
        if not rest:
            return k > 0
    return False


def ministry_short_form(short: str, name: str) -> bool:
    """'Kemenhub' of 'Kementerian Perhubungan', 'Kemendikbud' of 'Kementerian Pendidikan dan Kebudayaan': "Kemen"
    and the first letters of the portfolio's words, each word's prefix (per-, pen-, pe-, ke-) left out or not."""
    found = re.fullmatch(r"Kem(?:en)?([a-z]{2,})", short)
    words = name.split()
    if not found or len(words) < 2 or words[0] != "Kementerian":
        return False

    def spelled(rest: str, ws: list[str]) -> bool:
        if not rest:
            return True
        if not ws:
            return False
        for w in {ws[0]} | {ws[0][len(p):] for p in ("per", "pen", "pe", "ke") if ws[0].startswith(p)}:
            if any(rest.startswith(w[:n]) and spelled(rest[n:], ws[1:]) for n in range(min(len(w), len(rest)), 1, -1)):
                return True
        return False
    return spelled(found.group(1), [w.lower() for w in words[1:] if w.lower() not in ("dan", "serta")])


def _team_without_country(short: str, name: str) -> bool:
    """'timnas u-19' (folded) of 'Timnas Indonesia U-19': the name with one country word after its first left out."""
    words, low = name.split(), fold(name).split()
    return any(geo_country(words[k]) and low[:k] + low[k + 1:] == short.split() for k in range(1, len(words)))


def _contracted(short: str, name: str) -> bool:
    """'Pengadilan Tipikor Jakarta' of 'Pengadilan Tindak Pidana Korupsi Jakarta', 'Otorita IKN' of 'Otorita Ibu
    Kota Nusantara': the same words around one word made of the first syllables, or the first letters, of two or
    more words of the longer name."""
    a, b = short.split(), name.split()
    lead = next((k for k, (x, y) in enumerate(zip(a, b)) if x.lower() != y.lower()), min(len(a), len(b)))
    tail = next((k for k, (x, y) in enumerate(zip(a[::-1], b[::-1])) if x.lower() != y.lower()), 0)
    middle = b[lead:len(b) - tail]
    if len(a) - lead - tail != 1 or len(middle) < 2 or not (lead or tail):
        return False
    word = a[lead]
    return word.isupper() and "".join(w[0] for w in middle).upper() == word or \
        len(word) > len(middle) and _syllables_of(word, " ".join(middle))


def _spells_last_words(acronym: str, name: str) -> bool:
    """'NTT' after 'Kepolisian Daerah Nusa Tenggara Timur' is the short form of the place that ends the
    name, not of the whole body."""
    words = name.split()
    n = len(acronym)
    return 1 < n < len(words) and "".join(w[0] for w in words[-n:]) == acronym and \
        places.lookup(" ".join(words[-n:])) is not None


def _max_typos(name: str) -> int:
    n = len(name)
    return 0 if n < 5 else 1 if n < 9 else 2


def _acronyms_in(name: str) -> list[str]:
    return [w for w in name.split() if len(w) > 1 and w.isupper()]


def similar_names(a: str, b: str) -> bool:
    """A near spelling of the same name; acronyms are copied, not misspelt ('CNBC Indonesia' is not
    'CNN Indonesia')."""
    if _acronyms_in(a) != _acronyms_in(b):
        return False
    units = unit_short_forms()
    if {w for w in a.split() if w in units} != {w for w in b.split() if w in units}:
        return False   # "Pemkot Bogor" and "Pemkab Bogor" are two governments, not a typo
    pairs = list(zip(a.split(), b.split())) if len(a.split()) == len(b.split()) else []
    if pairs and all(is_base_word(x) and is_base_word(y) and DamerauLevenshtein.distance(fold(x), fold(y)) > 1
                     for x, y in pairs if fold(x) != fold(y)):
        return False   # "TNI Angkatan Darat" and "TNI Angkatan Udara": words of their own, no typo ("Pasat": one)
    named_a, named_b = ([fold(w) for w in n.split() if w[:1].isupper()] for n in (a, b))
    if len(named_a) >= 3 and named_a == named_b:
        return True    # "Koalisi Bogor Baru untuk Bogor Maju" written once without its "untuk"
    a, b = fold(a), fold(b)
    limit = min(_max_typos(a), _max_typos(b))
    return limit > 0 and a[0] == b[0] and abs(len(a) - len(b)) <= limit and DamerauLevenshtein.distance(a, b, score_cutoff=limit) <= limit


@lru_cache(maxsize=8)
def _near_spellings(user_files: tuple[str, ...]) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """(type, first letter) -> [(folded alias, entry id)] of the gazetteer, built once: a
    near spelling (see similar_names) starts with the same letter, so only that list is tried."""
    index: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for entry in gaz.load(user_files).entries:
        for alias in entry.aliases:
            folded = fold(alias)
            if folded:
                index[(entry.type, folded[0])].append((folded, entry.id))
    return dict(index)


class _Resolver:
    def __init__(self, doc: Document, cfg: Config):
        self.doc = doc
        self.user_files = cfg.gazetteers
        self.gazetteer = {e.id: e for e in gaz.load(cfg.gazetteers).entries}
        self.entities: dict[str, Entity] = {}   # provisional key -> entity
        # every name of each entity, and the entities by folded and by expanded name (in creation order),
        # kept up to date so that a mention's exact match costs a lookup, not a pass over all mentions
        self.names: dict[str, set[str]] = {}
        self.by_name: dict[tuple[str, str], list[Entity]] = {}
        self.by_expanded: dict[tuple[str, str], list[Entity]] = {}
        self.order: dict[str, int] = {}
        self.bare_names: dict[str, str] = {}   # key -> the bare name of a region written with its level too
        self.spelled_names: dict[str, str] = {}   # key -> the words a bracketed acronym spells out
        self.acronyms = {fold(a): fold(e.name) for e in self.gazetteer.values() for a in e.aliases
                         if is_acronym(a) and e.type == "Organization"} | \
            {fold(short): fold(full) for short, full in unit_short_forms().items()}   # "PN X": "Pengadilan Negeri X"
        # initials -> the full name written in brackets after them and spelled by them ("RS (Robert Simanjorang)")
        self.initials_of = {b.group(1): b.group(2) for b in _INITIALS_SPELLED.finditer(doc.text)
                            if "".join(w[0] for w in b.group(2).split()) == b.group(1) and any(
                                m.type == "Person" and m.text == b.group(2) for m in doc.mentions)}
        self.bracketed: dict[str, list[str]] = {}   # an acronym in brackets -> the words right before it
        for b in re.finditer(r"\(([A-Z]{2,6})\)", doc.text):
            self.bracketed.setdefault(b.group(1), []).append(doc.text[max(0, b.start() - 60):b.start()].rstrip())

    def _new(self, key: str, type_: str, name: str, entry: gaz.Entry | None = None) -> Entity:
        e = Entity(key=key, type=type_, name=name)
        if entry:
            e.wikidata, e.kind = entry.qid, entry.kind
        self.entities[key] = e
        self.order.setdefault(key, len(self.order))   # a replaced key keeps its place, as in the dict
        self.names[key] = set()
        self._add_names(e, {name} | (self.gazetteer[key].aliases if key in self.gazetteer else set()))
        return e

    def _add_names(self, e: Entity, names) -> None:
        for n in set(names) - self.names[e.key]:
            self.names[e.key].add(n)
            for index, form in ((self.by_name, fold(n)), (self.by_expanded, self._expand(n))):
                found = index.setdefault((e.type, form), [])
                if not any(x is e for x in found):   # by identity: Entity's == compares every field
                    found.append(e)

    def _first(self, index, type_: str, form: str) -> Entity | None:
        found = [e for e in index.get((type_, form), ()) if e.type == type_ and self.entities.get(e.key) is e]
        return min(found, key=lambda e: self.order[e.key]) if found else None

    def _from_gazetteer(self, entry_id: str) -> Entity:
        if entry_id not in self.entities:
            entry = self.gazetteer[entry_id]
            self._new(entry_id, entry.type, entry.name, entry)
        return self.entities[entry_id]

    def _names(self, e: Entity) -> set[str]:
        return self.names[e.key]

    def _expand(self, name: str) -> str:
        """'Komisi II DPR' -> 'komisi ii dewan perwakilan rakyat': known acronyms spelled out (and the province a
        body's name ends in written one way: "DPRD Sumut" is "Dewan Perwakilan Rakyat Daerah Sumatra Utara")."""
        return " ".join(_province_spelled([self.acronyms.get(w, w) for w in fold(name).split()]))

    def _find(self, m: Mention) -> Entity | None:
        named = self._named_before(m, " alias ")
        if named is not None and self.entities[named.entity].type == "Person":
            return self.entities[named.entity]   # "Dedi Kurniawan alias Bewok": one person, and his nickname
        named = self._popular_name_of(m)
        if named is not None:
            return named   # "Muhaimin Iskandar atau Cak Imin"
        folded = fold(m.text)
        if m.text in self.initials_of:   # "RS (Robert Simanjorang)": the initials, here and again, are the person's
            spelled = self._first(self.by_name, "Person", fold(self.initials_of[m.text]))
            if spelled is not None:
                return spelled
        found = self._first(self.by_name, m.type, folded) or self._first(self.by_expanded, m.type, self._expand(m.text))
        if found:
            return found
        if is_acronym(m.text) and m.text in self.bracketed:
            # "Hendra Pratama Lubis (HPL) ... menahan HPL": the person's initials, here and again (read as a body, only
            # when they spell the name: "Rina Marlina (IPB)" is where she works; read as a person, when they start
            # with the name's first letter: "Bayu Hartono (BYU)", the letters an agency gives a suspect)
            people = [e for e in self.entities.values() if e.type == "Person"
                      and (e.name[:1] == m.text[:1] if m.type == "Person" else abbreviates(m.text, e.name.split()))
                      and any(before.endswith(n) for before in self.bracketed[m.text] for n in self._names(e))]
            if len(people) == 1:
                return people[0]
        if is_acronym(m.text) and m.type != "Person" and len(m.text) >= 3 and m.gazetteer_key is None:
            # "Hermawanto Lubis ... kata HWL": a person's initials the recogniser took for a body, when
            # they spell one person named before, from the first letter of the name to that of the last word
            people = [e for e in self.entities.values() if e.type == "Person" and len(e.name.split()) >= 2
                      and e.name.split()[-1][:1] == m.text[-1] and abbreviates(m.text, e.name.split())]
            if len(people) == 1:
                return people[0]
        if m.source == "model" and m.type in ("Place", "Organization") and not geo_known(m.text):
            # "mengunjungi Sarmidi di ladangnya" after "Sarmidi (61)": a name the model typed otherwise here is the
            # person the article names so (the whole name, or one word of exactly one person's name)
            words = set(folded.split())
            people = [e for e in self.entities.values() if e.type == "Person" and e.mentions and (
                folded in {fold(n) for n in self._names(e)} or len(words) == 1 and words <= set(fold(e.name).split()))]
            if len(people) == 1:
                return people[0]
        if m.type in ("Place", "Person") and " " in folded and not geo_known(m.text):
            # "Semen Padang" after "Semen Padang FC": a team's name without its tail, typed otherwise (by the model,
            # or as a person after a player's title: "pemain Semen Padang makin ...")
            teams = [e for e in self.entities.values() if e.type == "Organization" and len(e.name.split()) > 2
                     and e.name.split()[-1] in word_set("club_tails") and fold(e.name.rsplit(" ", 1)[0]) == folded]
            if len(teams) == 1:
                return teams[0]
        same_type = [e for e in self.entities.values() if e.type == m.type]
        if m.type == "Organization":
            # "PSIS" for "PSIS Semarang", "Demokrat" for "Partai Demokrat", "Garuda Indonesia" for
            # "PT Garuda Indonesia (Persero) Tbk"
            hits = [e for e in same_type if fold(e.name) != folded and any(
                fold(core) == folded or " " not in folded and " " in core and fold(core).split()[0] == folded
                for core in {e.name, _org_core(e.name), *(inner_short_forms(e.name) or ())})]
            if len(hits) == 1:
                return hits[0]
            hits = [e for e in same_type if _contracted(m.text, e.name)]
            if len(hits) == 1:   # "Pengadilan Tipikor Jakarta" for "Pengadilan Tindak Pidana Korupsi Jakarta"
                return hits[0]
            hits = [e for e in same_type if ministry_short_form(m.text, e.name)]
            if len(hits) == 1:   # "Kemenhub" for "Kementerian Perhubungan"
                return hits[0]
            if folded.split()[0] in word_set("national_team_words") and " " in folded:
                hits = [e for e in same_type if _team_without_country(folded, e.name)]
                if len(hits) == 1:   # "Timnas U-19" for "Timnas Indonesia U-19"
                    return hits[0]
        if m.type == "Person" and self._after_di(m):
            # "menyambut di Halim Perdanakusuma" after "Pangkalan Udara TNI AU Halim Perdanakusuma": the place
            # named after the person, written short
            places = [e for e in self.entities.values() if e.type == "Place" and " " in folded
                      and fold(e.name).endswith(" " + folded)]
            if len(places) == 1:
                return places[0]
        if m.type == "Person":
            words = set(folded.split())
            hits = [e for e in same_type if words < set(fold(e.name).split())]
            if len(hits) > 1:   # "kata Khan" after "Tariq Khan" and before "Yusuf Khan": the one named before
                hits = [e for e in hits if e.mentions and min(x.start for x in e.mentions) < m.start]
            if len(hits) > 1 and len(words) == 1:
                # "Rahmat-Joko" after "Joko S Wibowo" and "Agus Joko Santoso": a name made short keeps its first
                # or its last word, seldom a middle one
                ends = [e for e in hits if folded in (fold(e.name).split()[0], fold(e.name).split()[-1])]
                hits = ends or hits
            if len(hits) == 1:
                return hits[0]
            prev = self._bracketed_after(m) if " " not in m.text and self.doc.text[m.end:m.end + 1] == ")" else None
            if prev and self.entities[prev.entity].type == "Person" and _syllables_of(m.text, prev.text):
                return self.entities[prev.entity]   # "Zainal Hasan (Zainhas)": the name made short
            if " " not in m.text and len(m.text) >= 5:
                hits = [e for e in same_type if e.mentions and " " in e.name and _syllables_of(m.text, e.name)]
                if len(hits) == 1:   # "Zulhas" after "Zulkifli Hasan", with no "atau" between them
                    return hits[0]
        if is_acronym(m.text) or m.type == "Organization" and self.doc.text[m.end:m.end + 1] == ")" and " " not in m.text:
            prev = self._bracketed_after(m)
            person = prev and self.entities[prev.entity].type == "Person"
            if prev and not _spells_last_words(m.text, prev.text) and \
                    (is_acronym(m.text) or self.entities[prev.entity].type == m.type) and \
                    not (person and m.text != "".join(w[0] for w in prev.text.split())):
                # "Universitas Diponegoro (Undip)" (not "Rendi Pratama (Unpad)": his campus)
                return self.entities[prev.entity]
            # "BRI": "PT Bank Rakyat Indonesia Tbk"; a person's initials are another person's unless written
            # in brackets after the name ("terdakwa AR, pelaku pembunuhan siswi Anisa Rahma": two people)
            hits = [e for e in same_type if m.type != "Person" and any(
                "".join(w[0] for w in n.split() if w[0].isupper()) == m.text for n in {e.name, _org_core(e.name)})]
            if len(hits) == 1:
                return hits[0]
        hits = [e for e in same_type if any(similar_names(m.text, n) for n in self._names(e) if " " not in n or " " in m.text)]
        if len(hits) == 1:
            return hits[0]
        # (one name word of a person misspelt is another name: "Naimullah" is not "Nasrullah", "Hamdam" not the
        # "Hamdan" of a Hamas official)
        if len(folded) >= 6 and not _acronyms_in(m.text) and not (m.type == "Person" and " " not in folded):
            near = _near_spellings(self.user_files).get((m.type, folded[0]), ())
            hits = {entry_id for alias, entry_id in near if similar_names(folded, alias)}
            if len(hits) == 1:
                return self._from_gazetteer(hits.pop())
        return None

    def _popular_name_of(self, m: Mention) -> Entity | None:
        """The person named right before m's popular name ("Zulkifli Hasan atau Zulhas", "Bambang Sugiharto atau
        Bamsug" read as a place; the links in nickname_links.txt)."""
        if m.gazetteer_key or m.type != "Person" and geo_known(m.text):
            return None
        named = self._named_before(m, *word_list("nickname_links"))
        if named is not None and self.entities[named.entity].type == "Person" and popular_name(m.text, named.text):
            return self.entities[named.entity]
        return None

    def _after_di(self, m: Mention) -> bool:
        return self.doc.text[max(0, m.start - 4):m.start].lower().split()[-1:] == ["di"]

    def _named_before(self, m: Mention, *between: str) -> Mention | None:
        """The resolved mention right before m, with only one of ``between`` (spaces aside) between them."""
        mentions = self.doc.mentions   # in text order
        i = bisect_left(mentions, m.start, key=lambda p: p.start)
        prev = next((mentions[j] for j in range(i - 1, -1, -1)
                     if mentions[j].end <= m.start and mentions[j].entity), None)
        return prev if prev and self.doc.text[prev.end:m.start].strip().lower() in {b.strip() for b in between} else None

    def _bracketed_after(self, m: Mention) -> Mention | None:
        """The resolved mention m stands in brackets after ('Universitas Diponegoro (Undip)')."""
        return self._named_before(m, "(")

    def _spelled_name(self, m: Mention) -> str | None:
        """'Nusa Tenggara Timur' for 'NTT' in '... Kepolisian Daerah Nusa Tenggara Timur (NTT)'."""
        prev = self._bracketed_after(m) if is_acronym(m.text) else None
        if prev and _spells_last_words(m.text, prev.text):
            return " ".join(prev.text.split()[-len(m.text):])
        if m.type == "Place" and " " not in m.text and not geo_known(m.text):
            return short_region_name(self.doc.text, m.text)   # "Kobar" after "Kabupaten Kotawaringin Barat (Kobar)"
        return None

    def _attach(self, m: Mention, e: Entity) -> None:
        m.entity = e.key
        e.mentions.append(m)
        self._add_names(e, {m.text, *without_nickname(m.text), *(inner_short_forms(m.text) or ())} - {None})
        if m.title:
            e.titles.add(m.title)

    def resolve(self) -> None:
        doc = self.doc
        # words of full names the gazetteer does not know: "Guterres" after "Aurelio Sergio
        # Guterres" is the article's person, not the gazetteer's namesake
        written = {w for m in doc.mentions if m.type == "Person" and not m.gazetteer_key and " " in m.text
                   for w in fold(m.text).split()}
        # (and a person's name after "di" that ends a place's name written in full: "di Halim Perdanakusuma")
        place_tails = {fold(m.text) for m in doc.mentions if m.type == "Place"}
        for m in doc.mentions:
            if m.gazetteer_key and m.type == "Person" and (" " not in m.text and fold(m.text) in written or
                                                           self._after_di(m) and any(
                    t.endswith(" " + fold(m.text)) for t in place_tails)):
                m.gazetteer_key = None
        # "Partai Bulan Bintang (PBB)": a short form the article gives another body is not the gazetteer's one
        # (not "Kongres Partai Persatuan Pembangunan (PPP)": the gazetteer's body is named inside)
        redefined = {m.text for i, m in enumerate(doc.mentions) if m.gazetteer_key and is_acronym(m.text) and i and
                     (prev := doc.mentions[i - 1]).type == m.type == "Organization" and
                     prev.gazetteer_key != m.gazetteer_key and doc.text[prev.end:m.start] == " (" and
                     not any(fold(n) in fold(prev.text) for n in {self.gazetteer[m.gazetteer_key].name,
                                                                  *self.gazetteer[m.gazetteer_key].aliases} if " " in n)}
        for m in doc.mentions:
            if m.text in redefined:
                m.gazetteer_key = None
        # "Jakarta Bhayangkara Presisi ... Bhayangkara Presisi": a known club's name after its city, written in the
        # article, ends with another known body's name; written alone, that name is the club's short form, not the
        # namesake the gazetteer knows by it (not "Dewan Keamanan PBB ... PBB": an organ, then its body)
        longer = {m.text: m.gazetteer_key for m in doc.mentions if m.gazetteer_key and m.type == "Organization"}
        for m in doc.mentions:
            if m.gazetteer_key and m.type == "Organization":
                m.gazetteer_key = next((key for name, key in longer.items() if name.endswith(" " + m.text) and
                                        geo_known(name[:-len(m.text) - 1])), m.gazetteer_key)
        for m in doc.mentions:
            if m.gazetteer_key:
                self._attach(m, self._from_gazetteer(m.gazetteer_key))
        # longer names first, so that short forms find the full name
        for m in _name_before_nickname(sorted((m for m in doc.mentions if not m.gazetteer_key), key=lambda m: -len(m.text)),
                                       doc.text):
            e = self._find(m)
            if e is None:
                e = self._new(entity_key(m.type, m.text), m.type, m.text)
            if e.type != m.type:
                m.type = e.type
            self._attach(m, e)
            spelled = self._spelled_name(m)
            if spelled:
                self._add_names(e, {spelled})
                self.spelled_names[e.key] = spelled
        self._join_region_levels()
        self._join_short_regions()
        self._join_provinces()
        self._join_body_levels()
        self._join_name_words()
        doc.mentions.extend(self._name_parts())
        doc.mentions.extend(self._club_first_words())
        doc.mentions.extend(self._title_coreference())
        doc.mentions.extend(self._definite_coreference())
        doc.mentions.sort(key=lambda m: m.start)

    def _join_region_levels(self) -> None:
        """'Kabupaten Bone' and 'Bone' in one article are one place, unless the article also
        names another level of it ('Kota Bone'); heads in kg/lang/id/admin_unit_heads.txt."""
        heads = word_set("admin_unit_heads")
        levels: dict[str, list[Entity]] = defaultdict(list)
        bare: dict[str, list[Entity]] = defaultdict(list)
        for e in list(self.entities.values()):
            if e.type != "Place" or not e.mentions:
                continue
            for n in sorted(self._names(e)):   # (in order: the names are a set, whose order the hash seed sets)
                head, _, rest = n.partition(" ")
                if head in heads and rest:
                    levels[fold(rest)].append(e)
            if e.name.split()[0] not in heads:
                bare[fold(e.name)].append(e)   # by its own name: "Gaza" is a name of "Jalur Gaza" too
        for name, headed in levels.items():
            headed = list({id(e): e for e in headed}.values())
            others = [e for e in bare.get(name, ()) if all(e is not h for h in headed)]
            if len(headed) != 1 or not others or \
                    headed[0].key in self.gazetteer and any(e.key in self.gazetteer for e in others):
                continue   # two places the gazetteer tells apart ("Kota Gaza", "Jalur Gaza") stay two
            group = [headed[0], *others]
            keep = next((e for e in group if e.key in self.gazetteer), headed[0])
            bare_name = next((e.name for e in others if not e.name.isupper()), None)
            # named as the place itself ("Kulon Progo"), not by a dateline's capitals; the fullest of its
            # bare names ("Kalimantan Timur", not "Kaltim")
            if bare_name and len(bare_name) > len(self.bare_names.get(keep.key, "")):
                self.bare_names[keep.key] = bare_name
            self._merge_into(keep, group)

    def _join_short_regions(self) -> None:
        """'Tapteng' and 'Tapanuli Tengah' in one article are one place, and 'Polres Tapteng' and 'Polres
        Tapanuli Tengah' one body: a region's short form of at least five letters, taken from each of
        its words in order, that names no place of its own."""
        for type_ in ("Place", "Organization"):
            named = [e for e in self.entities.values() if e.type == type_ and e.mentions]
            # "Kodim 0429/Lamtim": the command's region is a word
            split = {e.key: e.name.replace("/", "/ ").split() for e in named}
            for e in named:
                words = split[e.key]
                short = words[-1]
                if len(short) < 5 or not short[1:].islower() or e.key in self.gazetteer or places.lookup(short):
                    continue
                hits = [o for o in named if o is not e and self.entities.get(o.key) is o and any(
                    len(split[o.key]) >= k and split[o.key][:-k] == words[:-1] and
                    abbreviates(short, split[o.key][-k:]) and
                    not fold(short).startswith(fold(split[o.key][-k]))   # "Sukamaju" is no short "Sukamaju Utara"
                    for k in (2, 3))]
                if len(hits) == 1 and self.entities.get(e.key) is e:
                    self._merge_into(hits[0], [e])

    def _join_body_levels(self) -> None:
        """'DPRD Pati' and 'DPRD Kabupaten Pati' in one article are one body, unless the article also
        names the body of another level ('DPRD Kota Pati'): the level word of its region is optional."""
        heads = {fold(h) for h in word_set("admin_unit_heads")}
        by_bare: dict[str, list[Entity]] = defaultdict(list)
        for e in list(self.entities.values()):
            if e.type == "Organization" and e.mentions:
                # (acronyms spelled out: "KPU Sleman" is "Komisi Pemilihan Umum Kabupaten Sleman")
                for name in {self._expand(n) for n in self._names(e) if len(n.split()) >= 2 and "(" not in n}:
                    words = name.split()
                    bare = " ".join(w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and w in heads))
                    if not any(x is e for x in by_bare[bare]):   # by identity: Entity's == compares every field
                        by_bare[bare].append(e)
        for group in by_bare.values():
            group = [e for e in group if self.entities.get(e.key) is e]   # not merged by another name
            leveled = [e for e in group
                       if any(w in heads for n in self._names(e) for w in self._expand(n).split()[1:-1])]
            if len(group) > 1 and len(leveled) <= 1 and sum(e.key in self.gazetteer for e in group) <= 1:
                # "BPBD Jabar" and "BPBD Jawa Barat": the longest name is the full one
                self._merge_into(leveled[0] if leveled else max(group, key=lambda e: len(e.name)), group)
        for bare, body in [*bare_head_bodies(self.entities), *_regional_offices(self.entities)]:
            if bare.key not in self.gazetteer and self.entities.get(bare.key) is bare:
                self._merge_into(body, [bare])
        for known, body in _known_short_in_region(self.entities, self.gazetteer):
            self._merge_into(body, [known])

    def _join_provinces(self) -> None:
        """'Jabar' and 'Jawa Barat' in one article are one province: names the place index gives one
        province."""
        by_province: dict[str, list[Entity]] = defaultdict(list)
        for e in self.entities.values():
            p = places.lookup(e.name) if e.type == "Place" and e.mentions else None
            if p is not None and p.kind == "province":
                by_province[p.name].append(e)
        for group in by_province.values():
            if len(group) > 1 and sum(e.key in self.gazetteer for e in group) <= 1:
                keep = next((e for e in group if e.key in self.gazetteer), max(group, key=lambda e: len(e.name)))
                self._merge_into(keep, group)

    def _merge_into(self, keep: Entity, group: list[Entity]) -> None:
        """Every mention of the group's other entities (those not merged already) becomes keep's."""
        for e in group:
            if e is not keep and self.entities.get(e.key) is e:
                for m in e.mentions:
                    self._attach(m, keep)
                del self.entities[e.key]

    def _join_name_words(self) -> None:
        """A place or body the gazetteer does not know, written only as one word of one person's
        full name ('Ramos' after 'Thiago Ramos'), is that person read with the wrong type; a town of
        Indonesia ('Ambon') or a country ('Ukraina' of a body read as a person) stays a place (the person's name
        may have swallowed it)."""
        owners: dict[str, set[str]] = defaultdict(set)
        full_names: dict[str, set[str]] = defaultdict(set)
        for e in self.entities.values():
            if e.type == "Person" and e.mentions:
                full_names[fold(e.name)].add(e.key)
                for n in self._names(e):
                    if " " in n:
                        for w in n.split():
                            owners[w].add(e.key)
        for e in list(self.entities.values()):
            if e.type == "Person" or e.key in self.gazetteer or not e.mentions:
                continue
            written = {m.text for m in e.mentions}
            if len(written) != 1:
                continue   # written in one form only (with two, which one is read would depend on set order)
            word = next(iter(written))
            keys = set(owners.get(word, ()))
            if " " in word:
                # "Pratama Arhan" read three times as a person and twice as a body: the person,
                # when the name is no institution's and the person is read at least as often; so the
                # first words of one person's full name ("Terbit Rencana" of "Terbit Rencana Peranginangin")
                keys = {k for k in full_names.get(fold(word), ()) if len(self.entities[k].mentions) >= len(e.mentions)}
                if not keys and not geo_known(word):
                    keys = {k for n, ks in full_names.items() if n.startswith(fold(word) + " ") for k in ks}
                if any(w.lower() in institution_words() for w in word.split()):
                    keys = set()
            if len(keys) == 1 and not indonesian_place(word) and not geo_country(word):
                person = self.entities[keys.pop()]
                for m in e.mentions:
                    m.type = "Person"
                    self._attach(m, person)
                del self.entities[e.key]

    def _name_parts(self) -> list[Mention]:
        """'Prabowo' or 'Subianto' alone, after 'Prabowo Subianto' was named, is that person."""
        doc, found = self.doc, []
        stop = set(word_list("not_names")) | {t.split()[0] for t in word_list("titles")}
        owners: dict[str, set[str]] = {}
        for e in self.entities.values():
            if e.type == "Person":
                alone = {m.text for m in e.mentions}   # ("Rio" of "Rio Adi Pratama", written alone too)
                for m in e.mentions:
                    parts = m.text.split()
                    for part in parts:
                        # (a three-letter family name too: "Nuh" of "Ahmad Nuh", not "Sri" of "Sri Lestari")
                        if (len(part) >= 4 or len(part) == 3 and (part == parts[-1] and len(parts) > 1 or part in alone)
                                and part[1:].islower()) and part[0].isupper() and part not in stop:
                            owners.setdefault(part, set()).add(e.key)
        taken = Taken(len(doc.text), ((m.start, m.end) for m in doc.mentions))
        for e in [e for e in self.entities.values() if e.type == "Person"]:
            # the full name written before a rule read it ("vonis bebas pada M. Sulistyo ... bernama M. Sulistyo")
            # (longest first, so that "Gusti Ayu" takes no part of a later "I Gusti Ayu Sri Wahyuni")
            for full in sorted({m.text for m in e.mentions if " " in m.text and not m.source.startswith("coref")},
                               key=lambda t: (-len(t), t)):
                for hit in re.finditer(r"(?<![\w.])%s(?!\w)" % re.escape(full), doc.text):
                    if doc.sentence_at(hit.start()) is None or doc.is_removed(*hit.span()):
                        continue
                    if taken.overlaps(*hit.span()):
                        # "(KUKM), I Gusti Ayu Sri Wahyuni" read only as "Sri Wahyuni": the full name replaces
                        # mentions of the same person inside it (nothing else)
                        inner = [m for m in doc.mentions if m.start < hit.end() and m.end > hit.start()]
                        if not inner or any(m.entity != e.key or m.start < hit.start() or m.end > hit.end()
                                            or (m.start, m.end) == hit.span() for m in inner):
                            continue
                        for m in inner:
                            doc.mentions.remove(m)
                            e.mentions.remove(m)
                    m = Mention(hit.start(), hit.end(), full, "Person", "coref:name", 0.8)
                    self._attach(m, e)
                    found.append(m)
                    taken.add(*hit.span())
        words = _word_runs(doc.text, [part for part, keys in owners.items() if len(keys) == 1])
        return found + self._owned_words_alone(owners, words, taken, "Person", 0.8)

    def _owned_words_alone(self, owners: dict[str, set[str]], hits: dict[str, list[tuple[int, int]]], taken: Taken,
                           type_: str, confidence: float) -> list[Mention]:
        """Each word one entity alone owns, where ``hits`` finds it written alone after the entity's first
        mention (in a sentence, not in removed furniture, not inside another mention): that entity again."""
        doc, found = self.doc, []
        for part, keys in owners.items():
            if len(keys) != 1:
                continue
            e = self.entities[next(iter(keys))]
            first = min(m.start for m in e.mentions)
            for start, end in hits[part]:
                if start < first or taken.overlaps(start, end) or doc.sentence_at(start) is None \
                        or doc.is_removed(start, end):
                    continue
                m = Mention(start, end, part, type_, "coref:name", confidence)
                self._attach(m, e)
                found.append(m)
                taken.add(start, end)
        return found

    def _club_first_words(self) -> list[Mention]:
        """'Persis' inside a sentence, after 'Persis Solo' was named: a club named by its town is written by
        its first word alone too, even one that is an ordinary word elsewhere ("persis")."""
        doc = self.doc
        owners: dict[str, set[str]] = {}
        heads = name_words().org_heads   # (not "Polres" of "Polres Sukabumi": a head word names any such body)
        for e in self.entities.values():
            words = e.name.split()
            if e.type == "Organization" and len(words) == 2 and len(words[0]) >= 4 and words[0][1:].islower() and \
                    geo_known(words[1]) and (words[0],) not in heads and any(m.text == e.name for m in e.mentions):
                owners.setdefault(words[0], set()).add(e.key)
        # (inside a sentence only: after a lower-case word)
        hits = {word: [h.span() for h in re.finditer(r"(?<=[a-z] )%s\b" % re.escape(word), doc.text)]
                for word, keys in owners.items() if len(keys) == 1}
        taken = Taken(len(doc.text), ((m.start, m.end) for m in doc.mentions))
        return self._owned_words_alone(owners, hits, taken, "Organization", 0.75)

    def _title_coreference(self) -> list[Mention]:
        """A capitalised title alone ("bertemu dengan Pemimpin di Tehran") names the one person who bears it."""
        doc, found = self.doc, []
        taken = Taken(len(doc.text), ((m.start, m.end) for m in doc.mentions))
        title_alone = _title_alone()
        bearers_of: dict[str, list[tuple[int, Entity]]] = {}   # title head -> (first mention, person)
        persons = [(min(x.start for x in e.mentions), e) for e in self.entities.values()
                   if e.type == "Person" and e.mentions]
        for first, e in persons:
            for head in {t.split()[0] for t in e.titles}:
                bearers_of.setdefault(head, []).append((first, e))
        for s in doc.sentences:
            for match in title_alone.finditer(doc.text, s.start, s.end):
                start, end = match.start(), match.end()
                if taken.overlaps(start, end) or start == s.start and is_common_word(match.group(1)):
                    continue              # (a common title word opening a sentence: "Menteri ...", "Ketua ...")
                if after_post_noun(doc.text, start):
                    continue              # "posisi Menpora masih kosong": the post, not its holder
                bearers = [e for first, e in bearers_of.get(match.group(1), ()) if first < start]
                body = _title_body(match.group(1), heads_only=True) if not bearers else None
                if body:                      # "Menteri Sosial X ... kata Mensos": a short title of the same body
                    bearers = [e for first, e in persons if first < start and body in self._bodies_titled(e)]
                if len(bearers) == 1:
                    m = Mention(start, end, match.group(1), "Person", "coref:title", 0.7)
                    self._attach(m, bearers[0])
                    found.append(m)
        return found

    def _bodies_titled(self, e: Entity) -> set[str]:
        """The bodies of the titles written right before the person's mentions ("Menteri Sosial | X")."""
        out = set()
        for m in e.mentions:
            window = self.doc.text[max(0, m.start - 80):m.start]
            found = list(relation_kinds.load().title_re.finditer(window))
            if found and re.fullmatch(r"(?:\s+[A-Z][\w-]*)*\s+", window[found[-1].end():]):
                body = _title_body(" ".join(window[found[-1].start():].split()))
                out |= {body} if body else set()
        return out

    def _definite_coreference(self) -> list[Mention]:
        """'kelompok tersebut' is the organization of the last mention (in list order) ending before it."""
        doc, found = self.doc, []
        for pattern, type_ in ((_DEFINITE, "Organization"), (_DEFINITE_PLACE, "Place")):
            sweeps: dict[str | None, _LastBefore] = {}
            for match in pattern.finditer(doc.text):
                if doc.is_removed(match.start(), match.end()) or doc.sentence_at(match.start()) is None:
                    continue
                kind = _PLACE_KIND.get(match.group(1).lower())
                group = match.group(1).lower() in _GROUP_NOUNS   # (a group is no state body)
                if (kind, group) not in sweeps:
                    sweeps[kind, group] = _LastBefore([m for m in doc.mentions if m.type == type_ and m.entity and (
                        kind is None or self.entities[m.entity].kind == kind) and not (
                        group and self.entities[m.entity].name.split()[0] in word_set("state_bodies"))])
                prev = sweeps[kind, group].before(match.start())
                if prev:
                    m = Mention(match.start(), match.end(), match.group(), type_, "coref:definite", 0.6)
                    self._attach(m, self.entities[prev.entity])
                    found.append(m)
        return found


class _LastBefore:
    """Of a list of mentions, the last one (in list order) that ends at or before a position;
    positions must be asked in increasing order."""
    def __init__(self, mentions: list[Mention]):
        self.by_end = sorted(enumerate(mentions), key=lambda im: im[1].end)
        self.next, self.best = 0, None

    def before(self, pos: int) -> Mention | None:
        while self.next < len(self.by_end) and self.by_end[self.next][1].end <= pos:
            i, m = self.by_end[self.next]
            if self.best is None or i > self.best[0]:
                self.best = (i, m)
            self.next += 1
        return self.best[1] if self.best else None


def _word_runs(text: str, parts: list[str]) -> dict[str, list[tuple[int, int]]]:
    """Where each part stands alone in text (not inside a longer word or hyphenated name), in text order."""
    runs: dict[str, list[tuple[int, int]]] = {p: [] for p in parts}
    plain = {p for p in parts if re.fullmatch(r"[\w-]+", p)}
    for match in re.finditer(r"[\w-]+", text):   # one pass for all plain parts
        if match.group() in plain:
            runs[match.group()].append(match.span())
    for part in set(parts) - plain:
        runs[part] = list(whole_word_spans(part, text))
    return runs


def _province_spelled(words: list[str]) -> list[str]:
    """A body's name with the province it ends in written one way ('bpbd jabar' -> 'bpbd west java'), and
    the country's names the article may use for it ('dpr ri', 'dpr republik indonesia'; [countries] names
    of relations.toml)."""
    countries = relation_kinds.load().country_names
    for k in (2, 1):
        if len(words) > k and " ".join(words[-k:]) in countries:
            return [*words[:-k], fold(countries[" ".join(words[-k:])])]
    for k in (3, 2, 1):
        p = places.lookup(" ".join(words[-k:])) if len(words) > k else None
        if p is not None and p.kind == "province":
            return [*words[:-k], fold(p.name)]
    return words


def bare_head_bodies(entities: dict[str, Entity], inferred: bool = False) -> list[tuple[Entity, Entity]]:
    """(bare, body): a body written by its head word alone ('DPRD') and the one body of that head the
    article names ('DPRD Kabupaten Pati'), or, ``inferred``, also one read from a title ('Kapolres Batubara')."""
    heads_of: dict[str, list[Entity]] = defaultdict(list)
    levels = {fold(w) for w in word_set("admin_unit_heads")}
    for e in entities.values():
        if e.type == "Organization" and (e.mentions or inferred) and \
                not (" " in e.name and {fold(w) for w in e.name.split()[1:]} <= levels):   # ("DPRD Provinsi")
            # (by any of its names: "Dewan Perwakilan Rakyat Daerah Provinsi Jawa Tengah" is also "DPRD Jateng")
            for head in {fold(n.split()[0]) for n in (e.name, *e.aliases, *(m.text for m in e.mentions)) if " " in n}:
                heads_of[head].append(e)
    pairs = []
    for e in entities.values():
        named = heads_of.get(fold(e.name), ()) if e.type == "Organization" and " " not in e.name else ()
        if len(named) == 1:
            pairs.append((e, named[0]))
    return pairs


def _regional_offices(entities: dict[str, Entity]) -> list[tuple[Entity, Entity]]:
    """(short, body): a body written without its region ('Dinas Sosial') and the one body the article names
    with that name and a region after it ('Dinas Sosial Kota Serang')."""
    heads = {fold(h) for h in word_set("admin_unit_heads")}
    orgs = [e for e in entities.values() if e.type == "Organization" and e.mentions]
    pairs = []
    for e in orgs:
        if " " not in e.name:
            continue   # (a head word alone: bare_head_bodies)
        longer = [b for b in orgs if b is not e and fold(b.name).startswith(fold(e.name) + " ")]
        rest = longer[0].name[len(e.name) + 1:] if len(longer) == 1 else ""
        if rest and (fold(rest.split()[0]) in heads or indonesian_place(rest)):
            pairs.append((e, longer[0]))
    return pairs


def _known_short_in_region(entities: dict[str, Entity], gazetteer) -> list[tuple[Entity, Entity]]:
    """(known, body): a national body the index knows, written only by its short form ('kantor KPU
    setempat'), after the article named one regional body of that short form ('Komisi Pemilihan Umum
    (KPU) Kabupaten Klungkung'): the short form speaks of the region's body."""
    heads = {fold(h) for h in word_set("admin_unit_heads")}
    orgs = [e for e in entities.values() if e.type == "Organization" and e.mentions]
    pairs = []
    for e in orgs:
        written = {m.text for m in e.mentions}
        short = next(iter(written))
        if e.key not in gazetteer or len(written) > 1 or not is_acronym(short):
            continue
        bodies = []
        for b in orgs:
            forms = {m.text for m in b.mentions}
            forms |= {f[1] for n in forms if (f := inner_short_forms(n))}
            rests = [n[len(short) + 1:] for n in forms if n.startswith(short + " ")]
            if b is not e and any(fold(r.split()[0]) in heads or indonesian_place(r) for r in rests):
                bodies.append(b)
        first = min(m.start for m in e.mentions)
        if len(bodies) == 1 and min(m.start for m in bodies[0].mentions) < first:
            pairs.append((e, bodies[0]))
    return pairs


def canonical_name(e: Entity) -> str:
    """The fullest name written; an all-capitals dateline form only when there is no other."""
    named = [m.text for m in e.mentions if not m.source.startswith("coref")]
    if not named:
        return e.name
    counts = Counter(named)
    best = max(named, key=lambda t: (not t.isupper(), len(t.split()), len(t), counts[t]))
    dateline_only = all(m.source == "rule:dateline" for m in e.mentions if m.text == best)
    if e.type == "Place" and best.isupper() and (dateline_only or len(best.replace(" ", "")) > 3 and
                                                 places.lookup(best.title()) is not None):
        return best.title()   # ("JAKARTA - ..." the cleaner did not take: the index knows "Jakarta"; "NTT" stays)
    return without_nickname(best)[0]


def resolve(doc: Document, cfg: Config = Config()) -> Document:
    r = _Resolver(doc, cfg)
    r.resolve()
    for e in r.entities.values():
        if e.key not in r.gazetteer:
            e.name = r.bare_names.get(e.key) or r.spelled_names.get(e.key) or canonical_name(e)
        # "Kejaksaan Negeri (Kejari) Kendal" is named "Kejaksaan Negeri Kendal", a building "Rumah Sakit
        # Umum Daerah (RSUD) Wates" "Rumah Sakit Umum Daerah Wates", both also known by the short form
        bodies = ("Organization", "Place")
        if e.type in bodies and (forms := inner_short_forms(e.name)):
            e.name = forms[0]
        written = {m.text for m in e.mentions if m.source != "coref:definite"}
        written |= {f for t in written if e.type in bodies for f in inner_short_forms(t) or ()}
        spans = sorted((m.start, m.end) for m in e.mentions)   # "Mardin alias Sapi" as written, a name too
        written |= {doc.text[a:d] for (a, b), (c, d) in zip(spans, spans[1:]) if doc.text[b:c].lower() == " alias "}
        e.aliases = (written | {without_nickname(t)[1] for t in written} - {None}) - {e.name}
    doc.entities = r.entities
    for span, attr in ((doc.dateline_place_span, "dateline_place"), (doc.publisher_span, "publisher")):
        m = next((m for m in doc.mentions if span and (m.start, m.end) == span), None)
        if m:
            setattr(doc, attr, m.entity)
    return doc


def _name_before_nickname(ordered: list[Mention], text: str) -> list[Mention]:
    """'AF alias Ucok': the name written before 'alias' is resolved before its nickname, however long.
    'Zulkifli Hasan atau Zulhas': the popular name written after its person is resolved before the same
    name written earlier (in a headline), which then finds the person."""
    out, alias = list(ordered), " alias "
    for m in ordered:
        if text[max(0, m.start - len(alias)):m.start] == alias:
            prev = next((p for p in out if p.end == m.start - len(alias)), None)
            if prev is not None and out.index(prev) > out.index(m):
                out.remove(prev)
                out.insert(out.index(m), prev)
    for m in ordered:
        before = text[max(0, m.start - 40):m.start].lower()
        link = next((f" {w} " for w in word_list("nickname_links") if before.endswith(f" {w} ")), None)
        prev = link and next((p for p in out if p.end == m.start - len(link) and p.type == "Person"), None)
        if prev is None or not popular_name(m.text, prev.text):
            continue
        first = next(p for p in out if p.text == m.text)
        if first is not m and out.index(prev) < out.index(first):
            out.remove(m)
            out.insert(out.index(first), m)
    return out
