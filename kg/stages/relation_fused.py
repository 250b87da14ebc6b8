"""Repairs of the mentions that relations after a title depend on. The recogniser often joins a
title's unit and the name ("Ketua Umum Partai Amanat Nasional Zainal Abidin Harahap" read as one
organization, "Dirut PT Pindad Aditya Prasetyo Utomo" with "Pindad Aditya ..." read as one person),
misses or mistypes the name, or misses an organization it recognises elsewhere. After a title the
unit comes first and the person last, so a joined mention is cut where a known unit ends (an entity
of the article, a gazetteer name, a known place with its compass word, an organization ending, a
rank) and a person-shaped name follows. The words are in the [fused] table of relations.toml.
"""
from __future__ import annotations

import re
from bisect import insort
from functools import lru_cache

from kg import gazetteer
from kg.geo import places
from kg.lang.id import word_list, word_set
from kg.lang.id.names import POST_NUMBER, clitic_word, english_org_words
from kg.model import Mention, Sentence
from kg.spans import Taken
from kg.text import whole_word_spans
from kg.stages.relation_text import TextReader


@lru_cache(maxsize=1)
def _gazetteer_units() -> frozenset[str]:
    return frozenset(a.lower() for e in gazetteer.load().entries if e.type in ("Organization", "Place")
                     for a in (*e.aliases, e.name))



@lru_cache(maxsize=1)
def _org_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in word_list("org_heads"))


def _by_position(m: Mention) -> tuple[int, int]:
    return m.start, -m.end


class FusedNames(TextReader):
    def mention_named_again(self) -> list[Mention]:
        """"Lembaga survei Indikator Politik Indonesia, yang berkantor di Jakarta" with only the second
        "Indikator Politik Indonesia" recognised: every place the article writes an organization's
        name (two words or more) is a mention of it, unless a longer name covers it."""
        added = []
        titles = Taken(len(self.text), (t.span() for t in self.k.title_re.finditer(self.text)))
        for e in [e for e in self.doc.entities.values() if e.type == "Organization"]:
            for name in dict.fromkeys([e.name, *(m.text for m in e.mentions), self.team_short_name(e.name)]):
                if not name or len(name.split()) < 2 and name != self.team_short_name(e.name):
                    continue                  # (in a fixed order)
                for a, b in whole_word_spans(name, self.text):
                    if any(m.start <= a and b <= m.end or m.start < a < m.end or m.start < b < m.end
                           for m in self.overlapping(a, b) if m.entity):
                        continue              # already a mention, or inside or across another name
                    if titles.overlaps(a, b):
                        continue              # "Luar Negeri" of "Menteri Luar Negeri" is the title's
                    m = Mention(a, b, name, "Organization", "rule:relations", 0.8, entity=e.key)
                    e.mentions.append(m)
                    self.alias(e.key, name)   # a team written short ("Persib") keeps that name
                    if not added:             # sorted once; then each new mention goes after its equals
                        self.doc.mentions.sort(key=_by_position)
                    insort(self.doc.mentions, m, key=_by_position)
                    self._indexed = -1
                    added.append(m)
        return added

    def team_short_name(self, name: str) -> str | None:
        """"Persija" of "Persija Jakarta", "Arema" of "Arema FC": a team written short without its city or
        ending (not a body named after its region, a common word, a title or a place)."""
        ws = name.split()
        if len(ws) != 2 or len(ws[0]) < 3 or not ws[0][:1].isupper():
            return None
        first, last = ws[0].lower(), places.lookup(ws[1])
        if not (last and last.kind == "city" or ws[1].lower() in self.k.fused["org_ends"]) \
                or self.k.region_prefixes.fullmatch(first) or first in self.k.facility_words or first in self.k.levels \
                or first in word_set("common_words") or first in self.k.titles or first in self.k.fused["legal_forms"] \
                or places.lookup(ws[0]) or first in _gazetteer_units():
            return None
        return ws[0]

    def trim_title_words(self, t: re.Match) -> None:
        """"Wakil Direktur Utama BRI" with "Utama BRI" read as a name: the title's words leave the name
        (not "Ketua DPRD Maluku Utara", where "DPRD" names the body, nor "Kepala Sekolah | Menengah Atas Negeri 2
        Tanjungpinang", where the school's type opens its name)."""
        for m in [m for m in self.overlapping(t.start(), t.end())
                  if m.entity and m.type != "Person" and m.source != "rule:school"]:
            inside = self.text[m.start:t.end()].split()
            if t.start() < m.start < t.end() < m.end and not any(w.isupper() for w in inside):
                rest = self.words(t.end(), m.end)
                # "Kepala Desa Karangrejo Kecamatan Tambelangan": the village ends where the next region's level opens
                end = next((w.start() - 1 for w in rest[1:] if self.k.level_re.fullmatch(w.group())), m.end)
                if rest:
                    self.drop(m)
                if rest and rest[0].group()[:1].isupper():   # ("Kepala Desa | hasil Pemilihan ...": no name goes on)
                    self.entity(self.text[rest[0].start():end], m.type, (rest[0].start(), end))

    def company_names(self, s: Sentence) -> None:
        """"PT" + "Bukit Asam" typed as a person: a short name right after a legal form is the company's
        (a longer one may hold the unit and a person, "PT" + "Pindad Aditya Prasetyo Utomo", see split)."""
        forms = {w.lower() for w in self.k.fused["legal_forms"]}
        for m in self.mentions_in(s.start, s.end, "Person"):
            before = self.text[s.start:m.start].split()[-1:]
            e = self.doc.entities.get(m.entity)
            if not before or before[0].lower() not in forms or self.text[m.start - 1] != " " or e is None \
                    or e.wikidata or len(m.text.split()) > 2 or self.next_is_person(m, s):
                continue
            start = m.start - len(before[0]) - 1
            if any(x.entity and (x.start, x.end) != (start, m.start - 1) for x in self.overlapping(start, m.start - 1)):
                continue                      # "PT Mitra Pangan Sentosa Tbk" + "Bambang Setiadi": the form ends a name
            for x in [x for x in self.overlapping(start, m.end) if x.entity]:
                self.drop(x)
            self.entity(self.text[start:m.end], "Organization", (start, m.end))

    def next_is_person(self, m: Mention, s: Sentence) -> bool:
        nxt = self.mention_at(m.end + 1)
        return bool(nxt and nxt.type == "Person" and self.text[m.end:nxt.start] == " ")

    def split_fused(self, s: Sentence) -> None:
        self.company_names(s)
        for m in self.mentions_in(s.start, s.end, "Person"):
            rank_end = self.is_rank_at(m.start, m.end)
            if rank_end and rank_end < m.end and self.text[:m.start].rstrip().split()[-1:] and \
                    self.text[:m.start].rstrip().split()[-1].lower() in self.k.ranks:
                self.drop(m)                  # "Brigjen" + "Pol Sugeng Riyadi": the rank goes on before the name
                self.person_from_slot(self.words(rank_end, m.end)[0].start(), m.end)
        for t in self.k.title_re.finditer(self.text, s.start, s.end):
            self.trim_title_words(t)
            pos = t.end() + len(self.text[t.end():s.end]) - len(self.text[t.end():s.end].lstrip())
            number = re.match(rf"(?:{POST_NUMBER}) (?=[A-Z])", self.text[pos:s.end])
            pos += number.end() if number else 0   # "Wakil Ketua II DPRD X": the post's number
            run_end = self.name_words_end(pos, s, people=True)
            if pos < run_end and not self.overlapping(pos, run_end):
                self.split_unmarked(pos, run_end)
                continue
            first = next((m for m in self.mentions_in(pos, s.end) if m.entity), None)
            lead = self.text[pos:first.start].split() if first else []
            if first is None or first.source.startswith("coref") or len(lead) > 3 \
                    or not all(w[:1].isupper() for w in lead):
                continue                      # the unit may begin with words no mention covers ("PT", "Suku")
            chain = sorted((m for m in self._between(first.start, first.start + 1) if m.entity),
                           key=lambda m: -m.end)
            nxt = self.mention_at(chain[0].end + 1)
            if chain[0].type != "Person" and nxt and self.text[chain[0].end:nxt.start] == " ":
                chain.append(nxt)             # "PT" + "Pindad Aditya Prasetyo Utomo"
            make_unit = not self.k.title(t.group(), "").object     # "Kapolda" + "Metro Jaya" names "Polda Metro Jaya"
            # "Ketua DPR" names its body: after it only a region may stand before the name ("Ketua DPRD Jawa
            # Timur X"), not a first name the recogniser also typed as an organization elsewhere ("Ratna")
            region_only = t.group().split()[-1].isupper()
            before = self.text[:first.start].split()[-1:]
            if first.type == "Person" and before and before[0].lower() in self.k.ranks:
                continue                      # "Kasat Reskrim Kompol David ...": a rank opened the name (not a place "David")
            for fused in chain:
                if self.split(pos, fused, make_unit, region_only) or self.split_at_rank(pos, fused, make_unit):
                    break
            else:
                self.join_missed_words(chain[0], s)

    def split_unmarked(self, start: int, end: int) -> None:
        """"Pebalap Ducati Lenovo Team Marco Bellini" with nothing recognised: the unit, then the person."""
        words = self.words(start, end)
        if self.text.count(self.text[start:end]) > 1:
            return                            # written again elsewhere: one name ("Jakarta Bhayangkara Presisi")
        for j in range(len(words) - 2, 1, -1):
            unit, tail = self.text[start:words[j - 1].end()], self.text[words[j].start():end]
            if self.known_unit(unit, start, None) and self.person_like(tail):
                self.entity(unit, "Organization", (start, words[j - 1].end()))
                self.person_from_slot(words[j].start(), end)
                return

    def join_missed_words(self, unit: Mention, s: Sentence) -> None:
        """"Dinas Kesehatan Jawa Tengah Yulianto Prabowo" with only "Prabowo" a person: the
        name's first words, between the unit and the person, belong to the person."""
        if unit.type == "Person":
            return
        after, end = [m for m in self.mentions_in(unit.end, s.end) if m.entity], unit.end
        if after and self.text[after[0].start - 1:after[0].start] == "(" and self.text[after[0].end:after[0].end + 1] == ")" \
                and not self.text[unit.end:after[0].start - 1].strip():
            after, end = after[1:], after[0].end + 1     # "Partai X (PKB) Abdul" + "Halim Fathoni": past the acronym
        person = after[0] if after else None
        between = self.text[end:person.start] if person else ""
        gap = between.split()
        if person and person.type == "Person" and 1 <= len(gap) <= 2 and not between.count(",") \
                and self.person_like(" ".join(gap)):
            self.person_from_slot(person.start - len(between.lstrip()), person.end)

    def split_at_rank(self, unit_start: int, fused: Mention, make_unit: bool) -> bool:
        """"Metro" + "Jaya Irjen Karyoto": a rank inside a name ends the unit; the person follows it."""
        words = self.words(fused.start, fused.end)
        for j, w in enumerate(words):
            rank_end = self.is_rank_at(w.start(), fused.end)
            if rank_end and (j or unit_start < fused.start) and rank_end < fused.end:
                tail_start = self.words(rank_end, fused.end)[0].start()
                if self.person_like(self.text[tail_start:fused.end]):
                    unit_end = words[j - 1].end() if j else len(self.text[:fused.start].rstrip())
                    self.cut(fused, unit_start, unit_end, tail_start, make_unit)
                    return True
                return False
        return False

    def split(self, unit_start: int, fused: Mention, make_unit: bool, region_only: bool = False) -> bool:
        if fused.text.lower() in _gazetteer_units() or places.lookup(fused.text):
            return False                      # "Amerika Serikat" is one name
        if fused.source == "rule:title" and any(m.type == "Place" and self.text[m.end:fused.start] == " "
                                                for m in self.mentions_in(unit_start, fused.start)):
            return False                      # "Wali Kota Cirebon | Bima Adi": the title's rule read the region
        words = self.words(fused.start, fused.end)
        after = self.mention_at(fused.end + 1)
        joined = bool(after and after.type == "Person" and self.text[fused.end:after.start] == " ")
        for j in range(len(words) - 1, 0, -1):
            unit_end, tail_start = words[j - 1].end(), words[j].start()
            unit = self.text[unit_start:unit_end].rstrip(",")
            if "," in unit:
                continue                      # a unit has no comma inside; one ends it
            unit_end = unit_start + len(unit)
            tail = self.text[tail_start:fused.end]
            if any(places.lookup(" ".join([*unit.split()[-n:], tail.split()[0]])) for n in (1, 2)):
                continue                      # no cut inside a place's name ("DPD Nanggroe Aceh | Darussalam")
            # (one word after a province is a name: "Kepala Kemenag Sumsel | Ridwan")
            one_name = unit.split()[-1] in word_set("provinces")
            if (joined or len(tail.split()) > 1 or one_name) and self.known_unit(unit, unit_start, fused) and \
                    self.person_like(tail) and not (region_only and not self.region(unit)):
                self.cut(fused, unit_start, unit_end, tail_start, make_unit)
                return True
        return False

    def region(self, unit: str) -> bool:
        """A place a body's seat can be named after ("Jawa Timur" of "Ketua DPRD Jawa Timur")."""
        known = self.find_entity(unit)
        return bool(places.lookup(unit) or known and known.type == "Place" or self.k.level_re.match(unit))

    def known_unit(self, unit: str, unit_start: int, fused: Mention | None) -> bool:
        f = self.k.fused
        low = unit.lower()
        known = self.find_entity(unit)
        if known and (fused is None or known.key != fused.entity) and known.type != "Person":
            return True
        if any(m is not fused and m.entity and not (fused and m.entity == fused.entity)
               for m in self.mentions_by_text().get(low, ())):
            return True                       # "The Jakmania" named alone elsewhere (not "Budi" for Budi X Y)
        forms = self.k.fused["legal_forms"]
        for e in self.doc.entities.values():  # "Persija" of "Persija Jakarta": a team and its city
            if e.type == "Organization" and (fused is None or e.key != fused.entity) and len(unit.split()) > 1 and \
                    " ".join(w for w in e.name.lower().split() if w.strip("().") not in forms) == low:
                return True                   # "Sinar Cakra Digital" of "PT Sinar Cakra Digital Tbk"
            if e.type == "Organization" and (fused is None or e.key != fused.entity) \
                    and e.name.lower().startswith(low + " "):
                place = places.lookup(e.name[len(unit) + 1:])
                if place and place.kind == "city":
                    return True
        if low in _gazetteer_units():
            return True
        if fused and fused.type == "Person" and self.mentions_in(unit_start, fused.start) and \
                len(self.text[unit_start + len(unit):fused.end].split()) < 2:
            return False                      # "Bank Indonesia" + "Darwin Siregar": a name's first word is no unit
        ws = unit.split()
        if ws[-1].lower() in f["org_ends"] or self.k.unit_word.fullmatch(ws[-1]) or \
                len(ws) > 1 and ws[-1].lower() in english_org_words() and self.find_entity(ws[0]) is not None:
            return True                       # ("KAI Commuter": a body the article names, and an English word)
        if len(ws) > 1 and ws[-1].lower() in f["compass"]:
            ws = ws[:-1]
        place = places.lookup(ws[-1]) if ws[-1][:1].isupper() else None
        return bool(place and place.kind in ("country", "city", "region", "territory", "island", "province", "regency")
                    and ws[-1].lower() not in f["not_place_ends"])

    def person_like(self, tail: str, own: str | None = None) -> bool:
        f, ws = self.k.fused, tail.split()
        if not 1 <= len(ws) <= 4:
            return False
        for w in ws:
            low = w.lower()
            if low in _gazetteer_units() or low in _org_heads() or low in self.k.unit_nouns:
                return False                  # "GoTo Gojek Tokopedia", "Partai Hijau", "PLN Unit Layanan ..."
            place = places.lookup(w)
            if place and place.kind == "country" or w in word_set("provinces"):
                return False
            if low in english_org_words() and w not in word_set("east_asian_surnames"):
                return False                  # "KAI | Commuter Rudi Hartanto": an English word of the body's name
            if clitic_word(w):
                return False                  # "Kepala Desa Jadi Korban, Modusnya Terbongkar": a headline's words
            if not (w[:1].isupper() and w[1:2].islower()) or low in f["compass"] or low in f["org_ends"] \
                    or self.k.unit_word.fullmatch(w) \
                    or low in self.k.levels or low in self.k.facility_words or low in self.k.titles \
                    or low in self.k.ranks:
                return False
        if places.lookup(tail) or tail.lower() in _gazetteer_units():
            return False
        known = self.find_entity(tail)
        return not (known and known.type != "Person" and known.key != own)

    def cut(self, fused: Mention, unit_start: int, unit_end: int, tail_start: int, make_unit: bool) -> None:
        """Replace the fused mention (and a mention inside the unit before it) by the unit's and the person's."""
        old = self.doc.entities.get(fused.entity)
        unit = self.text[unit_start:unit_end]
        alone = []                            # earlier mentions of the unit alone merged into the fused name
        if old is not None:
            alone = [m for m in old.mentions if m.text.lower() == unit.lower()]
            old.mentions[:] = [m for m in old.mentions if m not in alone]
            old.aliases = {a for a in old.aliases if a.lower() != unit.lower()}
        for m in [m for m in self.overlapping(unit_start, fused.end) if m.entity]:
            if m.start < unit_end < m.end or m.start == unit_start and m.end < unit_end:
                self.drop(m)                  # the fused name, and the unit's first piece ("PT")
        unit_type = "Place" if fused.type == "Place" and fused.start == unit_start else "Organization"
        unit_key = self.entity(unit, unit_type, (unit_start, unit_end)) if make_unit or alone else None
        if unit_key and not any(m.entity == unit_key for m in self._between(unit_start, unit_start + 1)):
            # a unit named before gets this mention too
            self.add_mention(unit_key, unit_start, unit_end, unit, unit_type)
        for m in alone:
            m.entity = unit_key
            self.doc.entities[unit_key].mentions.append(m)
        end = fused.end
        after = self.mention_at(end + 1)      # "Wisnu" + "Hadi Saputra"
        if after and after.type == "Person" and self.text[end:after.start] == " ":
            end = after.end
        self.person_from_slot(tail_start, end)

    def split_pair(self, m: Mention) -> Mention:
        """"Dechapol Puavaranukroh/Supissara Paewsampran" read as one name: a doubles pair, two people (each
        half a full name of two words or more); the first is returned, the second follows it as a mention."""
        halves = m.text.split("/")
        if m.type != "Person" or len(halves) != 2 or not all(len(h.split()) >= 2 and self.person_like(h.strip())
                                                           for h in halves):
            return m
        cut = m.start + len(halves[0])
        self.drop(m)
        second_start = cut + 1 + len(halves[1]) - len(halves[1].lstrip())
        first = self.person_from_slot(m.start, m.start + len(halves[0].rstrip()))
        self.person_from_slot(second_start, m.end)
        return first or m

    def drop(self, m: Mention) -> None:
        e = self.doc.entities.get(m.entity)
        if e is not None and m in e.mentions:
            e.mentions.remove(m)
            if not e.mentions and not any(e.key in (r.subject, r.object) for r in self.out.found.values()):
                del self.doc.entities[e.key]
        if m in self.doc.mentions:
            self.doc.mentions.remove(m)
            self._drops += 1
        self._indexed = -1

    def mentions_by_text(self) -> dict[str, list[Mention]]:
        """The document's mentions by lower-case text, made again when mentions are added or dropped
        (a pass over every mention per title is quadratic on long articles)."""
        key = (len(self.doc.mentions), self._drops)
        if self._by_text_key != key:
            self._by_text: dict[str, list[Mention]] = {}
            for m in self.doc.mentions:
                self._by_text.setdefault(m.text.lower(), []).append(m)
            self._by_text_key = key
        return self._by_text

    def as_unit(self, m: Mention) -> Mention:
        """"Pemain muda Persis Solo, Ahmad Fauzi": a name typed as a person in a title's unit slot, followed
        by a comma and a person, that ends like a unit (a team and its city, an organization ending) is
        the unit; every mention of its entity becomes the organization's."""
        e = self.doc.entities.get(m.entity)
        if e is None or e.wikidata or m.source.startswith("coref") or not self.known_unit(m.text, m.start, m):
            return m
        return self.as_organization(m)

    def as_organization(self, m: Mention) -> Mention:
        """Every mention of m's entity becomes a mention of the organization named m's words."""
        e = self.doc.entities[m.entity]
        spans = [(x.start, x.end) for x in e.mentions]
        for x in list(e.mentions):
            self.drop(x)
        key = self.entity(m.text, "Organization", (m.start, m.end))
        org = self.doc.entities[key]
        for a, b in spans:
            if not any(x.entity == key for x in self._between(a, a + 1)):
                x = Mention(a, b, self.text[a:b], "Organization", "rule:relations", 0.8, entity=key)
                org.mentions.append(x)
                self.doc.mentions.append(x)
        self.doc.mentions.sort(key=_by_position)
        self._indexed = -1
        return next(x for x in org.mentions if x.start == m.start)

    def as_place(self, m: Mention) -> Mention:
        """"Mamuju, ibu kota Sulawesi Barat" with "Mamuju" typed a person: a name the text calls a capital is a
        place; every mention of its entity (linked to nothing, all written alike) becomes the place's."""
        e = self.doc.entities.get(m.entity)
        if e is None or e.type == "Place" or e.wikidata or any(x.text != m.text for x in e.mentions) \
                or any(e.key in (r.subject, r.object) for r in self.out.found.values()):
            return m
        spans = [(x.start, x.end) for x in e.mentions]
        for x in list(e.mentions):
            self.drop(x)
        key = self.entity(m.text, "Place")
        place = self.doc.entities[key]
        for a, b in spans:
            x = Mention(a, b, self.text[a:b], "Place", "rule:relations", 0.8, entity=key)
            place.mentions.append(x)
            self.doc.mentions.append(x)
        self.doc.mentions.sort(key=_by_position)
        self._indexed = -1
        return next(x for x in place.mentions if x.start == m.start)

    def as_person(self, m: Mention, one_word: bool = False) -> Mention | None:
        """A mention in a person's slot ("dicetak Rafael Oliveira", "Ketua X, Euis Komalasari,") that the
        recogniser typed otherwise, taken as the person when nothing links it and its words are a name's."""
        if m.type == "Person":
            return m
        level = re.match(r",\s*([A-Za-z]+)\.?\s+[A-Z]", self.text[m.end:m.end + 40])
        if m.type == "Place" and level and level.group(1).lower() in self.k.levels:
            return None   # "Kepala Desa (Kades) Karang Sari, Kecamatan X": a place whose chain goes on
        comma = re.match(r",\s*", self.text[m.end:m.end + 3])
        after = self.mention_at(m.end + comma.end()) if comma else None
        if m.type == "Place" and after is not None and after.type in ("Place", "Person"):
            return None   # "Ketua RT 07 Kelurahan Ngagel, Wonokromo, Sutrisno,": the chain goes on, the holder last
        e = self.doc.entities.get(m.entity)
        if e is None or e.wikidata or e.geonames or m.source.startswith("coref") or len(m.text.split()) < 2 - one_word \
                or not self.person_like(m.text, m.entity) \
                or any(x is not m and x.text.lower() != m.text.lower() for x in e.mentions):
            return None
        self.drop(m)
        for x in list(e.mentions):            # the same name written again
            self.drop(x)
        return self.person_from_slot(m.start, m.end)

