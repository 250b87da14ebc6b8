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
from collections import defaultdict
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein

from kg import gazetteer as gaz
from kg.config import Config
from kg.lang.id import word_list
from kg.model import Document, Entity, Mention
from kg.rdf.iris import entity_key
from kg.text import fold, is_acronym

_DEFINITE = re.compile(r"\b(kelompok|gerakan|organisasi|partai|milisi|faksi|lembaga|perusahaan)"
                       r"\s+(tersebut|itu|ini)\b", re.IGNORECASE)
_DEFINITE_PLACE = re.compile(r"\b(negara|kota)\s+(tersebut|itu)\b", re.IGNORECASE)
_PLACE_KIND = {"negara": "country", "kota": "city"}


def _max_typos(name: str) -> int:
    n = len(name)
    return 0 if n < 5 else 1 if n < 9 else 2


def _similar(a: str, b: str) -> bool:
    a, b = fold(a), fold(b)
    limit = min(_max_typos(a), _max_typos(b))
    return limit > 0 and a[0] == b[0] and abs(len(a) - len(b)) <= limit and DamerauLevenshtein.distance(a, b, score_cutoff=limit) <= limit


@lru_cache(maxsize=8)
def _near_spellings(user_files: tuple[str, ...]) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """(type, first letter) -> [(folded alias, entry id)] of the gazetteer, built once: a
    near spelling (see _similar) starts with the same letter, so only that list is tried."""
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
        self.acronyms = {fold(a): fold(e.name) for e in self.gazetteer.values() for a in e.aliases
                         if is_acronym(a) and e.type == "Organization"}

    def _new(self, key: str, type_: str, name: str, entry: gaz.Entry | None = None) -> Entity:
        e = Entity(key=key, type=type_, name=name)
        if entry:
            e.wikidata, e.kind = entry.qid, entry.kind
        self.entities[key] = e
        return e

    def _from_gazetteer(self, entry_id: str) -> Entity:
        if entry_id not in self.entities:
            entry = self.gazetteer[entry_id]
            self._new(entry_id, entry.type, entry.name, entry)
        return self.entities[entry_id]

    def _names(self, e: Entity) -> set[str]:
        names = {e.name} | {m.text for m in e.mentions}
        if e.key in self.gazetteer:
            names |= self.gazetteer[e.key].aliases
        return names

    def _expand(self, name: str) -> str:
        """'Komisi II DPR' -> 'komisi ii dewan perwakilan rakyat': known acronyms spelled out."""
        return " ".join(self.acronyms.get(w, w) for w in fold(name).split())

    def _find(self, m: Mention) -> Entity | None:
        folded = fold(m.text)
        same_type = [e for e in self.entities.values() if e.type == m.type]
        for e in same_type:
            if folded in {fold(n) for n in self._names(e)}:
                return e
        expanded = self._expand(m.text)
        for e in same_type:
            if expanded in {self._expand(n) for n in self._names(e)}:
                return e
        if m.type == "Organization" and " " not in folded:
            hits = [e for e in same_type if fold(e.name).split()[0] == folded and " " in e.name]
            if len(hits) == 1:   # "PSIS" for "PSIS Semarang"
                return hits[0]
        if m.type == "Person":
            words = set(folded.split())
            hits = [e for e in same_type if words < set(fold(e.name).split())]
            if len(hits) == 1:
                return hits[0]
        if is_acronym(m.text):
            before = self.doc.text[:m.start].rstrip()
            prev = next((p for p in reversed(self.doc.mentions) if p.end <= m.start and p.entity), None)
            if prev and before.endswith("(") and self.doc.text[prev.end:m.start].strip() == "(":
                return self.entities[prev.entity]
            hits = [e for e in same_type if "".join(w[0] for w in e.name.split() if w[0].isupper()) == m.text]
            if len(hits) == 1:
                return hits[0]
        hits = [e for e in same_type if any(_similar(m.text, n) for n in self._names(e) if " " not in n or " " in m.text)]
        if len(hits) == 1:
            return hits[0]
        if len(folded) >= 6:
            near = _near_spellings(self.user_files).get((m.type, folded[0]), ())
            hits = {entry_id for alias, entry_id in near if _similar(folded, alias)}
            if len(hits) == 1:
                return self._from_gazetteer(hits.pop())
        return None

    def _attach(self, m: Mention, e: Entity) -> None:
        m.entity = e.key
        e.mentions.append(m)
        if m.title:
            e.titles.add(m.title)

    def resolve(self) -> None:
        doc = self.doc
        for m in doc.mentions:
            if m.gazetteer_key:
                self._attach(m, self._from_gazetteer(m.gazetteer_key))
        # longer names first, so that short forms find the full name
        for m in sorted((m for m in doc.mentions if not m.gazetteer_key), key=lambda m: -len(m.text)):
            e = self._find(m)
            if e is None:
                e = self._new(entity_key(m.type, m.text), m.type, m.text)
            if e.type != m.type:
                m.type = e.type
            self._attach(m, e)
        doc.mentions.extend(self._name_parts())
        doc.mentions.extend(self._title_coreference())
        doc.mentions.extend(self._definite_coreference())
        doc.mentions.sort(key=lambda m: m.start)

    def _name_parts(self) -> list[Mention]:
        """'Prabowo' or 'Subianto' alone, after 'Prabowo Subianto' was named, is that person."""
        doc, found = self.doc, []
        stop = set(word_list("not_names")) | {t.split()[0] for t in word_list("titles")}
        owners: dict[str, set[str]] = {}
        for e in self.entities.values():
            if e.type == "Person":
                for m in e.mentions:
                    for part in m.text.split():
                        if len(part) >= 4 and part[0].isupper() and part not in stop:
                            owners.setdefault(part, set()).add(e.key)
        taken = [(m.start, m.end) for m in doc.mentions]
        for part, keys in owners.items():
            if len(keys) != 1:
                continue
            e = self.entities[next(iter(keys))]
            first = min(m.start for m in e.mentions)
            for match in re.finditer(rf"(?<![\w-]){re.escape(part)}(?![\w-])", doc.text):
                start, end = match.span()
                if start < first or any(a < end and start < b for a, b in taken) or doc.sentence_at(start) is None \
                        or doc.is_removed(start, end):
                    continue
                m = Mention(start, end, part, "Person", "coref:name", 0.8)
                self._attach(m, e)
                found.append(m)
                taken.append((start, end))
        return found

    def _title_coreference(self) -> list[Mention]:
        """A capitalised title alone ("bertemu dengan Pemimpin di Tehran") names the one person who bears it."""
        doc, found = self.doc, []
        taken = [(m.start, m.end) for m in doc.mentions]
        heads = {t.split()[0] for t in word_list("titles")}
        for s in doc.sentences:
            for match in re.finditer(r"(?<=\s)(%s)\b(?!\s+[A-Z])" % "|".join(map(re.escape, heads)),
                                     doc.text[s.start:s.end]):
                start, end = s.start + match.start(), s.start + match.end()
                if any(a < end and start < b for a, b in taken):
                    continue
                bearers = [e for e in self.entities.values() if e.type == "Person" and
                           any(t.split()[0] == match.group(1) for t in e.titles) and
                           min(x.start for x in e.mentions) < start]
                if len(bearers) == 1:
                    m = Mention(start, end, match.group(1), "Person", "coref:title", 0.7)
                    self._attach(m, bearers[0])
                    found.append(m)
        return found

    def _definite_coreference(self) -> list[Mention]:
        doc, found = self.doc, []
        for pattern, type_ in ((_DEFINITE, "Organization"), (_DEFINITE_PLACE, "Place")):
            for match in pattern.finditer(doc.text):
                if doc.is_removed(match.start(), match.end()) or doc.sentence_at(match.start()) is None:
                    continue
                kind = _PLACE_KIND.get(match.group(1).lower())
                prev = [m for m in doc.mentions if m.end <= match.start() and m.type == type_ and m.entity
                        and (kind is None or self.entities[m.entity].kind == kind)]
                if prev:
                    m = Mention(match.start(), match.end(), match.group(), type_, "coref:definite", 0.6)
                    self._attach(m, self.entities[prev[-1].entity])
                    found.append(m)
        return found


def canonical_name(e: Entity) -> str:
    """The fullest name written; an all-capitals dateline form only when there is no other."""
    named = [m.text for m in e.mentions if not m.source.startswith("coref")]
    if not named:
        return e.name
    best = max(named, key=lambda t: (not t.isupper(), len(t.split()), len(t), named.count(t)))
    dateline_only = all(m.source == "rule:dateline" for m in e.mentions if m.text == best)
    return best.title() if e.type == "Place" and dateline_only and best.isupper() else best


def resolve(doc: Document, cfg: Config = Config()) -> Document:
    r = _Resolver(doc, cfg)
    r.resolve()
    for e in r.entities.values():
        if e.key not in r.gazetteer:
            e.name = canonical_name(e)
        e.aliases = {m.text for m in e.mentions if m.source != "coref:definite"} - {e.name}
    doc.entities = r.entities
    for span, attr in ((doc.dateline_place_span, "dateline_place"), (doc.publisher_span, "publisher")):
        m = next((m for m in doc.mentions if span and (m.start, m.end) == span), None)
        if m:
            setattr(doc, attr, m.entity)
    return doc
