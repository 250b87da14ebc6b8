"""Places and organizations in them: chains of places ("Desa A, Kecamatan B, Kabupaten C"),
capitals, organizations based somewhere, organizations named after their region."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from kg.geo import places as place_index
from kg.lang.id import unit_short_forms, word_set
from kg.lang.id.names import COMMAND_NUMBER, NEIGHBOURHOOD, abbreviates, geo_country, is_rank_word, words as name_words
from kg.lang.id.evidence import STRETCH, is_common_word
from kg.model import Entity, Mention, Sentence
from kg.stages.relation_fused import _org_heads
from kg.stages.relation_text import TextReader

_PROVINCES = {line.strip().lower() for line in
              (Path(__file__).resolve().parent.parent / "lang" / "id" / "provinces.txt").read_text("utf-8").splitlines()
              if line.strip() and not line.startswith("#")}

_TOWNS = ("city", "regency", "province")   # what a building's name may end in


# a verb of the clause (me-, ber-, di- words): an organization before it is another clause's subject
_VERB_WORD = re.compile(r"(?<!yang )\b(?:me|ber|di)[a-z]{4,}\b")


_QUARTERS = {"utara", "selatan", "timur", "barat", "tengah", "tenggara"}   # "Padang Timur": a part of a town
_LIST_ENDS = {"dan", ", dan", "serta", ", serta", "atau", ", atau"}
# "di Bekasi, Depok, dan sekitarnya": the places listed, then their surroundings
# (or other places of their kind: "di Bandung, Malang, Medan dan kota-kota lainnya", "dan daerah lain")
_AND_AROUND = re.compile(r",?\s+(?:dan|serta) (?:sekitarnya|wilayah sekitarnya|daerah sekitarnya|"
                         r"(?:kota|daerah|wilayah|provinsi|kabupaten|negara)(?:-\w+)?(?: [a-z]+)? lain(?:nya)?)\b")
_LAST_JOINT = re.compile(r"(?:,\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)*,?\s+(?:dan|serta|atau)\s+[A-Z]")
# "X, ibu kota Y": X is Y's capital ("negara bagian": a federal state, "El Fasher, ibu kota negara bagian Darfur Utara")
_CAPITAL_LINK = r",\s*(?:yang merupakan |sebagai )?ibu ?kota (?:negara bagian |negara |provinsi )?"
_CAPITAL_AFTER = re.compile(_CAPITAL_LINK + r"(?=[A-Z])", re.IGNORECASE)
_LEVEL_GAP = re.compile(r"\s{0,2}(?:(?:kota|kabupaten|provinsi)\s+)?")
# "Ibu Kota Ukraina, Kyiv": the place after the comma is the capital of the one after the link
_CAPITAL_BEFORE = re.compile(r"(?:^|[^,\s]\s+)ibu ?kota (?:negara bagian |negara |provinsi )?$", re.IGNORECASE)


_STRETCH = re.compile(STRETCH)   # a stretch of road named by its ends


@dataclass
class _Place:
    start: int
    end: int
    key: str
    level: int | None



class PlaceRelations(TextReader):
    # ---------------------------------------------------------------- places
    def level(self, key: str, prefix: str | None) -> int | None:
        if prefix:
            return self.k.levels.get(prefix.lower(), 0)
        e = self.doc.entities[key]
        if e.name.lower() in _PROVINCES or any(a.lower() in _PROVINCES for a in e.aliases):
            return 5
        return self.k.kind_levels.get(e.kind or "")


    def places(self, s: Sentence) -> list[_Place]:
        k, found = self.k, []
        for c in _CAPITAL_AFTER.finditer(self.text, s.start, s.end):
            if not [m for m in self.mentions_in(c.start(), c.end() + 40, "Place") if m.end > c.end()]:
                continue
            named = [m for m in self.mentions_in(s.start, c.start()) if m.end == c.start()]
            if named and named[0].type == "Person":
                self.as_place(named[0])       # "Mamuju, ibu kota Sulawesi Barat" with Mamuju typed a person
            elif not named:
                self.capital_missed(c.start(), s)
        for m in self.mentions_in(s.start, s.end, "Place Organization"):
            facility = k.facilities.match(self.text, m.start) or \
                m.type == "Place" and m.text.split()[-1].lower() in k.facility_tails
            if m.type == "Place" or facility:
                prefix = k.level_re.match(self.text, m.start)
                level = 0 if facility else self.level(m.entity, prefix.group() if prefix else None)
                if self.text[m.start - 1:m.start] == "(" and self.text[m.end:m.end + 1] == ")" and \
                        (level is None or level < k.kind_levels["region"]):
                    continue                  # "(JIS)": the acronym of the place before (not "Brebes (Jawa Tengah)")
                found.append(_Place(m.start, m.end, m.entity, level))
        for pattern, is_level in ((k.level_re, True), (k.facilities, False)):
            for p in pattern.finditer(self.text, s.start, s.end):
                before = self.text[s.start:p.start()].split()[-1:]
                if is_level and before and before[0].lower() == "ibu" and p.group().lower() == "kota":
                    continue                  # "Ibu Kota Ukraina": the capital, no city named Ukraina
                after_place = is_level and k.levels.get(p.group().lower(), 0) > 0 and any(
                    m.type == "Place" and m.end == p.start() - 1 for m in self.mentions_in(s.start, p.start()))
                if before and before[0][:1].isupper() and not before[0].endswith((",", ".")) and \
                        not k.level_re.fullmatch(before[0]) and not is_common_word(before[0]) and not after_place:
                    continue                  # "Ibu Kota Nusantara", "Festival Teluk Doreri": inside a longer name
                                              # (not "Desa Karangrejo Kecamatan Tambelangan": a region after a region)
                if any(m.entity for m in self.overlapping(p.start(), p.start() + 1)) or \
                        self.text[p.end():p.end() + 1] not in (" ", "/"):
                    continue   # (nor a short form in brackets: "Lembaga Pemasyarakatan (Lapas) Klas I X")
                end = self.name_words_end(p.end() + 1, s, one_region=is_level)
                if end <= p.end() + 1 or all(w.lower() in k.levels for w in self.text[p.end() + 1:end].split()) or \
                        is_rank_word(self.text[p.end() + 1:end].split()[0]):
                    continue   # (nor "Kabupaten/Kota": two levels, no name; nor "Polres Cirebon Kota AKBP X": a rank)
                name = self.text[p.start():end]
                inside = [m for m in self.overlapping(p.end() + 1, end) if m.entity]
                if inside and inside[-1].end > end:
                    continue
                places = [m for m in inside if m.type == "Place"]
                if is_level and len(inside) == 1 and places and places[0].start == p.end() + 1:
                    key = places[0].entity
                    self.alias(key, name)
                    if full := k.abbreviated_levels.get(p.group().lower()):   # "Kab. Sukabumi": Kabupaten Sukabumi
                        self.alias(key, f"{full.capitalize()} {self.text[p.end() + 1:end]}")
                elif inside and is_level:
                    continue
                else:
                    key = self.entity(name, "Place", (p.start(), end))
                found = [f for f in found if not (p.start() <= f.start and f.end <= end)]
                found.append(_Place(p.start(), end, key, k.levels.get(p.group().lower()) if is_level else 0))
        for f in found:                       # "Kecamatan Baturiti" is also "Baturiti" (not "Kota Malang": a regency too)
            e = self.doc.entities[f.key]
            level = k.level_re.match(e.name)
            if e.type == "Place" and level and k.levels[level.group().lower()] < k.kind_levels["regency"] \
                    and len(e.name) > level.end() + 1 and e.name[level.end()] == " ":
                self.alias(f.key, e.name[level.end() + 1:])
        return sorted(found, key=lambda f: f.start)

    def capital_missed(self, end: int, s: Sentence) -> None:
        """"pembangunan Sofifi, ibu kota Provinsi Maluku Utara" with Sofifi unrecognised there: one to three
        capitalised words before the link name a place the index or the article knows."""
        words = re.search(r"((?:[A-Z][\w'-]+ ){0,2}[A-Z][\w'-]+)$", self.text[s.start:end])
        if not words:
            return
        start = end - len(words.group(1))
        name = self.text[start:end]
        while " " in name and is_common_word(name.split()[0]):
            start += len(name.split()[0]) + 1   # a capitalised ordinary word ("Warga Sofifi, ibu kota ...")
            name = self.text[start:end]
        known = self.find_entity(name, "Place")
        if self.overlapping(start, end) or not (known or place_index.lookup(name)):
            return
        key = self.entity(name, "Place", (start, end))
        if known:
            self.add_mention(key, start, end, name, "Place")
            self._indexed = -1

    def doubtful(self, p: _Place) -> bool:
        """A place the recogniser guessed that is no place: ordinary words ("Tambun, Pelaku Ditangkap di ...",
        a headline's next clause) or a person's name ("kediaman Bima di Kebayoran Baru")."""
        e = self.doc.entities[p.key]
        if e.type != "Place" or self.k.level_re.match(self.text, p.start) or self.k.facilities.match(self.text, p.start):
            return False
        if self.in_address(p):
            return False   # a name in an address that rises to a known town ("di Kembangan Selatan, Kembangan, ...")
        words = self.text[p.start:p.end].split()
        if not (e.geonames or e.wikidata) and all(is_common_word(w) for w in words):
            return True
        # (a country is no one's name: "Ukraina" though a body read as a person ends in it)
        return len(words) == 1 and not geo_country(words[0]) and any(
            words[0] in o.name.split()[1:] or words[0] == o.name.split()[0] != o.name
            for o in self.doc.entities.values() if o.type == "Person")

    def in_address(self, p: _Place) -> bool:
        """The place was read as a name of an address that rises to a known town (names.py, address_cues.txt)."""
        named = self.mention_at(p.start)
        return named is not None and named.source == "rule:place-chain"

    def listed(self, places: list[_Place]) -> set[int]:
        """Places of an enumeration, "Cibadak, Cicurug, Parungkuda dan Cidahu" (commas, then "dan" / "serta" /
        "atau" before the last); indices into places."""
        out, run = set(), [0]
        for i in range(1, len(places) + 1):
            gap = " ".join(self.text[places[i - 1].end:places[i].start].split()) if i < len(places) else None
            if gap == ",":
                run.append(i)
                continue
            if gap in _LIST_ENDS:
                out.update(run + [i])
            elif len(run) > 1 and self.list_goes_on(places[i - 1].end):
                out.update(run)               # "A, B, C, Hama dan Darto": the list goes on past its places
            run = [i]
        return out

    def list_goes_on(self, end: int) -> bool:
        """After a place, more capitalised names and a list's last joint ("Robin, Hama dan Lukito"), or a comma
        and a name the article typed a person or an organization ("Bonjol, Panti, Duo Koto ...")."""
        if _LAST_JOINT.match(self.text, end) or _AND_AROUND.match(self.text, end):
            return True
        named = self.mention_at(end + 2) if self.text[end:end + 2] == ", " else None
        return named is not None and named.type in ("Person", "Organization")

    def chains(self, s: Sentence, places: list[_Place]) -> None:
        listed, quarters = self.listed(places), []
        heads = Counter(self.text[p.start:p.end].split()[0] for p in places)   # how many places open with each word
        for i, (prev, a, b) in enumerate(zip([None, *places], places, places[1:])):
            if self.doubtful(a) or self.doubtful(b):
                continue
            written = self.k.level_re.match(self.text, b.start)
            # ("Ngasem Papak, Kecamatan Sidayu, Gresik": a place the index does not know, then levels that rise)
            rising = a.level is None and written and b.level is not None and i + 2 < len(places) and \
                places[i + 2].level is not None and places[i + 2].level > b.level
            if {i, i + 1} <= listed and not rising and \
                    not (a.level is not None and b.level is not None and b.level > a.level
                         and not (i + 2 in listed and (places[i + 2].level == b.level or not written
                                                       and b.level < self.k.kind_levels["region"]))):
                continue                      # an enumeration, unless its levels rise (Desa A, Kecamatan B, ...)
                                              # (not "Kecamatan Cibadak, Cicurug, Parungkuda dan Cidahu")
            before = self.text[s.start:a.start].split()[-1:]
            after_unit = prev is not None and prev.level is not None and not self.text[prev.end:a.start].strip()
            if before and before[0][:1].isupper() and before[0][-1].isalnum() and before[0] not in ("Di", "Ke") \
                    and not is_common_word(before[0]) and before[0].lower() not in self.k.titles \
                    and not self.k.level_re.fullmatch(before[0]) and not after_unit:
                continue                      # "Festival Teluk Doreri": the place names something else ("Warga
                                              # Kampung A, Desa B": an ordinary word opening the sentence does not;
                                              # nor a title's: "Bupati Trenggalek, Jatim, X")
            if self.text[a.end:b.start].strip() == "(":
                closed = self.text[b.end:b.end + 1] == ")"
                # "Brebes (Jawa Tengah), Garut (Jawa Barat)"; "Dusun Krajan (Desa Sumberejo, Kecamatan Pujon)":
                # a unit's chain in brackets, opening with a unit written with its level above the place's
                region = closed and b.level is not None and b.level >= self.k.kind_levels["region"]
                unit = written and b.level is not None and a.level is not None and a.level < b.level and \
                    self.text[b.end:b.end + 1] in ",)"
                if (region or unit) and (a.level is None or a.level < b.level):
                    self.out.add(a.key, "containedInPlace", b.key, s.index, (a.start, b.end + 1), "place-bracket", 0.8)
                continue
            # a bracketed acronym after a place belongs to it: "Jakarta International Stadium (JIS), Jakarta Utara"
            gap = re.sub(r"^\s*\([^()]*\)", "", self.text[a.end:b.start])
            gap = " ".join(re.sub(r"(?:\s*,)+", ",", NEIGHBOURHOOD.sub("", gap)).lower().split())
            gap = gap if gap != "," else ","
            if gap == "," and self.text[a.start:a.end].startswith("Kota ") and \
                    _CAPITAL_BEFORE.search(self.text[s.start:a.start + 5]):
                # "Ibu Kota Ukraina, Kyiv" read as a place "Kota Ukraina" (the sentence patterns of relations.py
                # read the capital when the country is recognised alone)
                country = self.entity(self.text[a.start + 5:a.end], "Place", (a.start + 5, a.end))
                self.out.add(b.key, "capitalOf", country, s.index, (a.start, b.end), "capital", 0.85)
                continue
            if re.fullmatch(_CAPITAL_LINK, gap + " "):
                self.out.add(a.key, "capitalOf", b.key, s.index, (a.start, b.end), "capital", 0.9)
                continue
            if gap in ("", "di") and self.k.rooms.match(self.text, a.start) and not self.k.rooms.match(self.text, b.start) \
                    and (self.k.facilities.match(self.text, b.start) or
                         self.text[b.start:b.end].split()[-1].lower() in self.k.facility_tails):
                self.out.add(a.key, "containedInPlace", b.key, s.index, (a.start, b.end), "room-in-building", 0.8)
                continue                      # "Ruang Garuda Istana Bogor": a room of the building
            head = self.text[a.start:a.end].split()[0]
            if head.lower() == self.text[b.start:b.end].split()[0].lower() and \
                    (a.level == b.level == 0 or gap == "," and heads[head] >= 3):
                continue                      # "Jalan A, Jalan B", "Blok A, Blok B, Blok C": two of a kind, neither in the other
            if _STRETCH.fullmatch(self.text, a.start, a.end) and _STRETCH.fullmatch(self.text, b.start, b.end):
                continue                      # "tol Cikampek-Purwakarta, Purwakarta-Padalarang": two stretches of road
            nxt = places[i + 2] if i + 2 < len(places) else None
            if gap == "," and (self.quarters(a, b) or nxt is not None and self.text[b.end:nxt.start].strip() == ","
                               and self.quarters(b, nxt)):
                quarters.append(a)            # "di kecamatan A, Padang Timur, Padang Selatan": parts of one town,
                continue                      # each in the place the last one lies in
            run, quarters = quarters, []
            # units without commas: "Desa Wanasari Kecamatan Cipedes", "Kecamatan Tarik Sidoarjo"
            unwritten = not gap and a.level is not None and b.level and b.level > a.level and \
                (self.k.level_re.match(self.text, b.start) or self.k.level_re.match(self.text, a.start))
            # ("warga Piyungan Bantul": a resident's village or district, then the regency the index knows)
            resident = not gap and a.level is None and b.level == self.k.kind_levels["regency"] and \
                self.text[max(s.start, a.start - 9):a.start].lower().split()[-1:] in (["warga"], ["penduduk"])
            # ("di Pademangan Barat, Pademangan Jakarta Utara": an address's name, then its town without a comma)
            address = not gap and self.in_address(a)
            # ("ke Shanghai China": a city abroad, then its country without a comma)
            abroad = not gap and b.level == self.k.kind_levels["country"] and self.doc.entities[a.key].kind == "city"
            # ("Stadion Jatidiri Semarang": a stadium, then its town without a comma)
            stadium = not gap and self.text[a.start:a.end].split()[0] in word_set("stadium_heads") and \
                b.level is not None and b.level >= self.k.kind_levels["regency"]
            unwritten = unwritten or resident or address or abroad or stadium
            if gap in self.k.counted_links:   # "... Desa A dan ... Desa B, keduanya di Kecamatan C": as many as counted
                for p in places[max(0, i + 1 - self.k.counted_links[gap]):i + 1]:
                    if not self.doubtful(p) and p.level is not None and (b.level is None or p.level < b.level):
                        self.out.add(p.key, "containedInPlace", b.key, s.index, (p.start, b.end), "place-counted", 0.75)
                continue
            if gap in self.k.inner_links and not (a.level is not None and b.level is not None and b.level >= a.level):
                self.out.add(b.key, "containedInPlace", a.key, s.index, (a.start, b.end), "place-inside", 0.75)
                continue                      # "Provinsi Sulawesi Tengah, khususnya Kabupaten Donggala"
            if self.k.described_re.fullmatch(gap) and (a.level is None or a.level < 6) and \
                    (b.level is None or a.level is None or b.level > a.level):
                gap = "di"                    # "Istora Senayan, arena olahraga tertua di Indonesia"
            if gap not in self.k.chain_links and gap.strip() not in self.k.chain_links and not unwritten:
                continue
            body = self.body_of_building(a)
            if body:                          # "Kantor Kementerian Keuangan, Jakarta": where the ministry is too
                self.out.add(body, "basedIn", b.key, s.index, (a.start, b.end), "office-in-place", 0.75)
                if self.doc.entities[a.key].type == "Place" or self.k.facilities.match(self.text, a.start):
                    self.out.add(a.key, "containedInPlace", b.key, s.index, (a.start, b.end), "place-chain", 0.8)
                continue
            if gap.strip() == "di" and self.k.islands.match(self.text, b.start) and a.level is not None \
                    and a.level <= 4 and not self.k.islands.match(self.text, a.start):
                self.out.add(a.key, "containedInPlace", b.key, s.index, (a.start, b.end), "place-chain", 0.8)
                continue                      # "Kota Mataram di Pulau Lombok"
            # ("Cicurug, Kabupaten Sukabumi": a town the index calls a city, in the regency written after it)
            town = self.doc.entities[a.key].kind == "city" and not self.k.level_re.match(self.text, a.start) and \
                written is not None and written.group().lower() == "kabupaten"
            if a.level is not None and b.level is not None and b.level <= a.level and a.level > 0 and not town \
                    or a.level == self.k.kind_levels["country"]:
                continue                      # a country lies in no other place
            if a.level is not None and b.level is None and (a.level >= self.k.kind_levels["region"] or (
                    a.level >= self.k.kind_levels["regency"] and nxt is not None and nxt.level is not None
                    and nxt.level < a.level and self.k.level_re.match(self.text, nxt.start))):
                continue                      # "Jawa Barat, Rahmat, ...": a province lies only in a country; a regency
                                              # not in the village opening the next address ("Sumenep, Kertasada,
                                              # Kecamatan Kalianget, ...")
            # ("Werdhi Kencana di Kecamatan Denpasar Timur": a place in a unit written with its level)
            in_unit = a.level is None and b.level is not None and written is not None
            if gap.strip() != "," and not (resident or address or in_unit or stadium) and (
                    a.level is None or b.level is None and a.level > 0 or b.level is not None and b.level <= a.level):
                continue                  # "Natal di Bandara ...": only a known kind of place lies in another
                                          # (and no region in a building: "Bupati Bogor di Graha X")
            if self.doc.entities[a.key].type == "Organization" and self.doc.entities[b.key].type == "Organization":
                continue
            # ("Rumah Sakit X di Gaza": a body in a chain is based in the place)
            within = "basedIn" if self.doc.entities[a.key].type == "Organization" else "containedInPlace"
            self.out.add(a.key, within, b.key, s.index, (a.start, b.end), "place-chain", 0.8)
            for p in run:
                self.out.add(p.key, "containedInPlace", b.key, s.index, (p.start, b.end), "place-chain", 0.75)
            closes_list = i > 0 and " ".join(self.text[places[i - 1].end:a.start].split()) in _LIST_ENDS
            if i in listed and (gap.strip() == "di" or gap == "," and closes_list):
                self.listed_in(places, listed, i, b, s)   # ("Distrik Beoga dan Sinak, Kabupaten Puncak")

    def quarters(self, a: _Place, b: _Place) -> bool:
        """Two parts of one town named by their direction ("Padang Timur", "Padang Selatan"), neither in the other."""
        x, y = (self.k.level_re.sub("", self.text[p.start:p.end]).split() for p in (a, b))
        return len(x) == len(y) >= 2 and x[:-1] == y[:-1] and x[-1] != y[-1] and \
            {x[-1].lower(), y[-1].lower()} <= _QUARTERS

    def listed_in(self, places: list[_Place], listed: set[int], last: int, where: _Place, s: Sentence) -> None:
        """"Kabupaten Sleman, Bantul dan Gunung Kidul di DIY", "Distrik Beoga dan Sinak, Kabupaten Puncak": every
        place of the enumeration ending in places[last] lies where its last one does (each of a level below it)."""
        j = last - 1
        while j >= 0 and j in listed and \
                " ".join(self.text[places[j].end:places[j + 1].start].split()) in _LIST_ENDS | {","}:
            p = places[j]
            if where.level is not None and p.level is not None and p.level >= max(where.level, self.k.kind_levels["region"]):
                break                         # "Deli Serdang, Sumatera Utara, serta Aceh Timur, Provinsi Aceh": another chain
            if self.province_differs(p.key, where.key):
                break                         # "Kota Tasikmalaya dan Cilacap, Jawa Tengah": Tasikmalaya is in Jawa Barat
            if not self.doubtful(p) and p.level and (where.level is None or p.level < where.level):
                self.out.add(p.key, "containedInPlace", where.key, s.index, (p.start, where.end), "place-list", 0.75)
            j -= 1

    def province_differs(self, key: str, province_key: str) -> bool:
        """The index puts the place in another province than the one written after it."""
        inner, outer = (place_index.lookup(self.doc.entities[k].name) for k in (key, province_key))
        if inner is None or outer is None or outer.kind != "province":
            return False
        home = place_index.province_of(inner)
        return home is not None and home.name != outer.name

    def origins(self, s: Sentence, places: list[_Place]) -> None:
        """"Klub asal Malang, Arema FC," / "Arema FC asal Malang": an organization from a place is based there."""
        for o in self.k.origin_re.finditer(self.text, s.start, s.end):
            where = next((p for p in places if p.start == o.end() + 1), None)
            place = self.doc.entities[where.key] if where else None
            if not place or place.type != "Place":
                continue
            after = self.mention_at(where.end + 2) if self.text[where.end:where.end + 2] == ", " else None
            if after and after.type == "Place" and after.text.split()[-1].lower() in self.k.fused["org_ends"]:
                after = self.as_unit(after)   # "Sakura Capital Holdings" typed as a place
            if place.kind == "country":
                # "investor asal Jepang, Sakura Capital Holdings": a company's country (a person's or a player's
                # is a nationality, not a seat); a city written for its seat elsewhere wins (end of run)
                noun = self.before_words(o.start(), s, 2)
                if after and after.type == "Organization" and \
                        any(w in self.k.business_nouns for w in (noun[-1] if noun else "", " ".join(noun))):
                    self.out.add(after.entity, "basedIn", where.key, s.index, (o.start(), after.end),
                                 "origin-country", 0.65)
                continue
            before = [m for m in self.mentions_in(s.start, o.start()) if m.entity]
            if before and before[-1].type == "Organization" and not self.text[before[-1].end:o.start()].strip():
                org = before[-1]
            elif after and after.type == "Organization" and not (before and before[-1].type == "Person"
                                                                  and len(self.text[before[-1].end:o.start()].split()) < 3):
                org = after
            else:
                continue
            self.out.add(org.entity, "basedIn", where.key, s.index, (min(org.start, o.start()), max(org.end, where.end)),
                         "origin", 0.7)

    def body_of_building(self, place: _Place) -> str | None:
        """The organization a building is named after: "Kantor Kementerian Keuangan", "Mapolsek Tanah Abang"."""
        name = self.text[place.start:place.end]
        words = name.split()
        two = " ".join(words[:2]).lower()
        first, rest = (two, " ".join(words[2:])) if two in self.k.buildings_of else (words[0], " ".join(words[1:]))
        unit = self.k.buildings_of.get(first.lower())
        if unit is None or not rest or self.k.level_re.match(rest):
            return None                       # "Kantor Desa Langse": the office of a place, no body of that name
        body = f"{unit} {rest}".strip()
        known = self.find_entity(body, "Organization")
        if known:
            return known.key
        if unit or rest.split()[0].lower() in _org_heads():
            return self.entity(body, "Organization")
        return None                           # "Kantor Gubernur": a building, not a body's name

    def based_in(self, s: Sentence, places: list[_Place]) -> None:
        for v in self.k.based_re.finditer(self.text, s.start, s.end):
            where = next((p for p in places if 0 <= p.start - v.end() <= 12), None)
            if not where:
                end = self.name_words_end(v.end() + 1, s)
                if end <= v.end() + 1 or not self.text[v.end() + 1].isupper():
                    continue                  # "berpusat di 8,12 derajat LS": coordinates, no place's name
                where = _Place(v.end() + 1, end, self.entity(self.text[v.end() + 1:end], "Place", (v.end() + 1, end)), None)
            actors = self.mentions_in(s.start, v.start(), "Person Organization")
            if actors and actors[-1].type == "Person":
                named = [m for m in actors if m.type == "Organization"]
                between = self.text[actors[-1].end:v.start()].lower().split()
                if not named or not any(w.strip(",") in self.k.body_nouns for w in between):
                    continue                  # "Hasto, yang berkantor di Jakarta": a person's base, not its body's
                actors = named[-1:]           # "CEO Persiba Balikpapan, X, memastikan klub tetap berkandang di ..."
            orgs = [m for m in actors if not self.k.facilities.match(self.text, m.start)]
            while len(orgs) > 1 and _VERB_WORD.search(self.text, orgs[0].end, orgs[1].start):
                orgs = orgs[1:]               # "A menandatangani ... dengan B, dana ... yang bermarkas di": B's seat
            if not actors:                    # "Persebaya Surabaya, yang bermarkas di ...", a name no mention covers
                orgs = [m for m in [self.unit_before(v.start(), s)] if m]
            if not orgs and not actors and (v.group().lower().startswith("yang") or
                                            re.search(r"\byang\s+$", self.text[s.start:v.start()])):
                orgs = self.org_after(where, places, s)   # "Startup yang berbasis di Bandung, eFishery, ..."
            if not orgs and not actors:
                earlier = [x for x in self.doc.sentences if x.index == s.index - 1]
                orgs = self.mentions_in(earlier[0].start, earlier[0].end, "Organization")[:1] if earlier else []
            if orgs and not self.site_of(orgs[0], s):   # the subject of the clause: "PT Pindad, BUMN ... yang bermarkas di"
                hq = self.k.headquarters.search(v.group())
                self.out.add(orgs[0].entity, "headquarteredIn" if hq else "basedIn", where.key, s.index,
                             (min(orgs[0].start, where.start), max(orgs[0].end, where.end)), "based-in", 0.8)
        for v in self.k.adjacent_based_re.finditer(self.text, s.start, s.end):
            before = self.mentions_in(s.start, v.start())
            where = next((p for p in places if p.start >= v.end() and
                          _LEVEL_GAP.fullmatch(self.text, v.end(), p.start)), None)   # "yang ada di kota Pekanbaru"
            if where and before and before[-1].type == "Organization" and not self.text[before[-1].end:v.start()].strip(" ,") \
                    and not any(p.start <= before[-1].start < p.end for p in places) and not self.site_of(before[-1], s):
                self.out.add(before[-1].entity, "basedIn", where.key, s.index, (before[-1].start, where.end), "based-in", 0.75)
        for m in self.mentions_in(s.start, s.end, "Organization"):
            if any(p.start <= m.start and m.end <= p.end for p in places):
                continue
            before = self.before_words(m.start, s, 2)
            office = [w for w in (" ".join(before), before[-1] if before else "") if w in self.k.office][:1]
            town = next((p for p in places if p.start == m.end + 2), None) if self.text[m.end:m.end + 2] == ", " else None
            if town and self.k.comma_located_heads.match(self.text, m.start) and \
                    (town.level is None or 0 < town.level <= self.k.kind_levels["regency"]) and \
                    self.text[town.end:town.end + 1] in (",", ".", ""):
                self.out.add(m.entity, "basedIn", town.key, s.index, (m.start, town.end), "organization-in-place", 0.7)
                continue      # "dibekuk Polsek Neglasari, Kota Tangerang."
            if not (self.k.located_heads.match(self.text, m.start) or office):
                continue
            nxt = next((p for p in places if p.start > m.end), None)
            if nxt and " ".join(self.text[m.end:nxt.start].replace(",", " ").split()) in self.k.office_links \
                    and (office or self.text[m.end:nxt.start] == " di "):
                hq = office and self.k.headquarters.fullmatch(office[0])
                self.out.add(m.entity, "headquarteredIn" if hq else "basedIn", nxt.key, s.index, (m.start, nxt.end), "organization-in-place", 0.7)
                city = next((p for p in places if p.start == nxt.end + 2), None)
                if city and self.text[nxt.end:nxt.end + 2] == ", " and self.k.street_re.match(self.text, nxt.start):
                    # "kantor PT X di Jalan Pemuda, Semarang": the body is in the city too
                    self.out.add(m.entity, "headquarteredIn" if hq else "basedIn", city.key, s.index, (m.start, city.end),
                                 "organization-in-place", 0.65)

    def site_of(self, m, s: Sentence) -> bool:
        """"pabrik PT Semen Padang yang terletak di ...": the place is a site's, not the body's seat."""
        before = self.before_words(m.start, s, 2)
        return bool(before and (before[-1] in self.k.sites or " ".join(before) in self.k.sites))

    def org_after(self, where: _Place, places: list[_Place], s: Sentence) -> list:
        """The organization named after a place chain and a comma: a mention, or capitalised words the
        recogniser missed (one to four, closed by a comma or a lower-case word)."""
        end = where.end
        while (nxt := next((p for p in places if p.start == end + 2), None)) and self.text[end:end + 2] == ", ":
            end = nxt.end                     # "di Bandung, Jawa Barat, eFishery"
        if self.text[end:end + 2] != ", ":
            return []
        m = self.mention_at(end + 2)
        if m:
            return [m] if m.type == "Organization" else []
        stop = self.name_words_end(end + 2, s)
        rest = self.text[stop:stop + 2]
        if not 1 <= len(self.text[end + 2:stop].split()) <= 4 or not (rest[:1] == "," or rest[1:2].islower()):
            return []
        key = self.entity(self.text[end + 2:stop], "Organization", (end + 2, stop))
        return [m for m in self.doc.entities[key].mentions if m.start == end + 2][:1]

    def province_full_names(self) -> None:
        for e in self.doc.entities.values():
            if e.type == "Place" and e.name in self.k.abbreviations:
                self.alias(e.key, self.k.abbreviations[e.name])   # "Jabar" is also "Jawa Barat"

    def bodies_of_units(self) -> None:
        """'Satreskrim Polres Ponorogo', 'Komisi III DPRD Jatim': a unit named with the body named after its
        region that it belongs to names that body too (a mention nested in the unit's), and whoever leads
        the unit or holds a post in it holds a post in that body."""
        bodies = {}
        for e in [e for e in self.doc.entities.values() if e.type == "Organization"]:
            words = e.name.split()
            # the outermost body: "Polres Situbondo" of "Laka Satlantas Polres Situbondo"
            at = next((i for i in range(len(words) - 2, 0, -1) if self.k.region_prefixes.match(" ".join(words[i:]))), None)
            if at is None or any(w[:1].islower() for w in words[at:]) or \
                    " ".join(words[at - 1:at + 1]).lower() in self.k.unit_nouns or \
                    self.k.office_prefix_re.fullmatch(" ".join(words[:at]) + " "):
                continue   # "Suku Dinas X" is no unit of "Dinas X"; "Kantor Basarnas X" is that body itself
            name = " ".join(words[at:])
            key = bodies[e.key] = self.body_written_short(words[at:]) or self.entity(name, "Organization")
            for m in [m for m in e.mentions if m.text == e.name and m.text.endswith(" " + name)]:
                start = m.end - len(name)
                if any(x.entity == key and x.start == start for x in self.doc.mentions):
                    continue
                inner = Mention(start, m.end, name, "Organization", "rule:unit-body", 0.8, entity=key)
                self.doc.entities[key].mentions.append(inner)
                self.doc.mentions.append(inner)
        if bodies:
            self.doc.mentions.sort(key=lambda x: (x.start, -x.end))
            self._indexed = -1
        for r in [r for r in self.out.found.values() if r.object in bodies and r.predicate in ("leads", "holdsPosition")
                  and self.doc.entities[r.subject].type == "Person"]:
            first = r.evidence[0]
            self.out.add(r.subject, "holdsPosition", bodies[r.object], first.sentence, (first.start, first.end),
                         "unit-of-body", 0.7, role=r.role, former=r.former)

    def body_written_short(self, words: list[str]) -> str | None:
        """'Polres Tapteng', the one body the article names with its region made short, for 'Polres Tapanuli
        Tengah' read inside a unit's name."""
        hits = [e for e in self.doc.entities.values() if e.type == "Organization" and e.mentions
                and len(e.name.split()) == 2 and e.name.split()[0] == words[0] and len(words) > 2
                and abbreviates(e.name.split()[1], words[1:])]
        if len(hits) != 1:
            return None
        body = hits[0]   # named in full from now on, known short too
        self.alias(body.key, body.name)
        body.name = " ".join(words)
        return body.key

    def named_after_region(self) -> None:
        self.bodies_of_units()
        self.province_full_names()            # before: "BPBD Jawa Barat" finds "Jabar"; after: the places made here
        for e in list(self.doc.entities.values()):
            # the name, else the longest alias so named ("Kepolisian Daerah Jawa Barat", also "Polda Jawa Barat")
            names = (e.name, *sorted(e.aliases, key=len, reverse=True)) if e.type == "Organization" else ()
            p = next((p for n in names if (p := self.k.region_prefixes.match(n))), None)
            if p is None:
                continue
            words = re.sub(rf"^\s*(?:{COMMAND_NUMBER})/", "", p.string[p.end():]).split()   # "Kodim 0429/Lampung Timur"
            level = p.group().split()[-1]         # "Pemerintah Kabupaten Pasaman Barat": Kabupaten Pasaman Barat
            level = unit_short_forms().get(level, level).split()[-1]   # "Pemkab Bogor": Kabupaten Bogor
            own = [level.title()] if level.lower() in self.k.levels else None
            place = (own and self.leveled_place(" ".join(words), own)) or \
                next((found for i in range(len(words))   # the longest known place the name ends in
                      if (found := self.find_entity(" ".join(words[i:]), "Place"))), None) or \
                self.leveled_place(" ".join(words))
            words = [level.title()] + words if level.lower() in self.k.levels and not place else words
            if not place and words and self.region_name(words):   # "Polres Metro Jakarta Pusat": not named alone
                place = self.doc.entities[self.entity(" ".join(words), "Place")]
            if not place:                     # "UPT Damkar Kuningan": the unit's region ends its name
                tail = next((words[i:] for i in range(1, len(words)) if self.region_name(words[i:])), None)
                place = self.doc.entities[self.entity(" ".join(tail), "Place")] if tail else None
            if place and own and place.name.lower() == " ".join(words).lower() and \
                    not any(a.lower().endswith(" " + place.name.lower()) for a in place.aliases):
                self.alias(place.key, f"{own[0]} {place.name}")   # "Pemerintah Kabupaten Agam": Kabupaten Agam
            if place:
                self.written_level_alias(words, place)
                self.leveled_alias(e, place)
                self.add_from_name(e, "basedIn", place.key, "named-after-region", 0.7)
                self.region_chain(e, place)
        self.province_full_names()

    def national_bodies(self) -> None:
        """'Kementerian Luar Negeri Qatar', 'Angkatan Udara Ukraina': a state body (national_heads) whose name
        ends in a country the article names is based in that country."""
        for e in list(self.doc.entities.values()):
            head = self.k.national_heads.match(e.name) if e.type == "Organization" and e.mentions else None
            if head is None:
                continue
            words = e.name.split()
            tails = (" ".join(words[-n:]) for n in (3, 2, 1) if len(words) > n)
            country = next((c for tail in tails if head.end() <= len(e.name) - len(tail)
                            and (c := self.find_entity(tail, "Place")) is not None and c.mentions
                            and geo_country(c.name)), None)
            if country is not None:
                self.add_from_name(e, "basedIn", country.key, "named-after-region", 0.7)

    def buildings_named_after_city(self) -> None:
        """'Hotel The Westin Surabaya', 'Istana Merdeka Jakarta', 'Jl. Sudirman Mamuju', 'Gedung Grahadi Jawa Timur': a
        building or street whose name ends in the name of a city, regency or province of Indonesia lies in it, when
        the article names that place on its own too, and is known without it when a name of its own remains
        ("Istana Merdeka", not "Kantor Bupati")."""
        words_of_names = name_words()
        heads = {h[0] for h in words_of_names.building_heads} | self.k.streets
        features = {h[0] for h in words_of_names.place_heads}
        for e in list(self.doc.entities.values()):
            words = e.name.split()
            # (also waters and other named features: "Perairan Tanjung Karawang Jakarta"; not a region's level)
            if e.type != "Place" or not e.mentions or len(words) < 3 or words[0] not in heads | features \
                    or self.k.level_re.fullmatch(words[0]):
                continue
            for n in (2, 1):
                if words[-n - 1] in features:
                    continue   # "Hotel Danau Toba": named after the lake, not the regency
                name = " ".join(words[-n:])
                known = place_index.lookup(name)
                city = self.find_entity(name, "Place")
                if not (known is not None and known.country_code == "ID" and known.kind in _TOWNS
                        or city is not None and city.kind in _TOWNS):
                    continue
                own = [w for w in words[1:-n] if w.lower() not in words_of_names.title_words and w not in heads
                       and not is_common_word(w)]
                if words[0] in self.k.streets and not own:
                    break
                if city is not None and city.key != e.key and city.mentions:
                    self.add_from_name(e, "containedInPlace", city.key, "named-after-city", 0.65)
                if own:
                    self.alias(e.key, " ".join(words[:-n]))
                break

    def written_level_alias(self, words: list[str], region: Entity) -> None:
        """"Pengadilan Negeri Kelas IB Kabupaten Bone": the region the body's name ends in is also named
        with the level written before it ("Kabupaten Gowa")."""
        n = len(region.name.split())
        if len(words) > n and words[-n - 1].lower() in self.k.levels and \
                " ".join(words[-n:]).lower() == region.name.lower():
            self.alias(region.key, f"{words[-n - 1].title()} {region.name}")

    def leveled_alias(self, body: Entity, region: Entity) -> None:
        """"DPRD Sekadau" in Kabupaten Sekadau is also "DPRD Kabupaten Sekadau", as articles write it too."""
        for leveled in sorted(n for n in (region.name, *region.aliases) if n.split()[0].lower() in self.k.levels):
            level, _, bare = leveled.partition(" ")
            twin = {"kota": "Kabupaten", "kabupaten": "Kota"}.get(level.lower())
            if twin and place_index.lookup(f"{twin} {bare}") is not None:
                continue   # "Polres Bogor": the regency's or the city's, the name does not say
            for name in [body.name, *body.aliases]:
                if bare and name.endswith(" " + bare) and not name.endswith(" " + leveled):
                    self.alias(body.key, f"{name[:-len(bare)]}{leveled}")

    def region_chain(self, body: Entity, region: Entity) -> None:
        """"Pengadilan Negeri Gresik, Jawa Timur": the province or country written after a body
        named after its region holds that region."""
        below = self.level(region.key, None)
        for m in body.mentions:
            after = self.mention_at(m.end + 2) if self.text[m.end:m.end + 2] == ", " else None
            if after is None or after.type != "Place" or after.entity == region.key:
                continue
            above = self.level(after.entity, None)
            if above is not None and above >= self.k.kind_levels["region"] and (below is None or below < above):
                sentence = self.doc.sentence_at(m.start)
                self.out.add(region.key, "containedInPlace", after.entity, sentence.index if sentence else 0,
                             (m.start, after.end), "place-chain", 0.7)


    def leveled_place(self, name: str, levels=None) -> Entity | None:
        """'Pinrang' of 'BPBD Pinrang' when the article names the place only with a level (of ``levels``,
        default any), 'Kabupaten Pinrang', and no other level of it ('Kota Bogor' and 'Kabupaten Bogor'
        stay apart)."""
        found = {e.key: e for h in (levels or word_set("admin_unit_heads"))
                 if (e := self.find_entity(f"{h} {name}", "Place"))} if name else {}
        return next(iter(found.values())) if len(found) == 1 else None

    def region_name(self, words: list[str]) -> bool:
        """Words that name a region: a known region or city, one with its compass word ("Jakarta Pusat"), or a
        level and a name ("Kabupaten Pasaman Barat")."""
        if words[0].lower() in ("metro",):
            words = words[1:]
        name = " ".join(words)
        known = place_index.lookup(name)
        if known and known.kind in ("city", "region", "province", "regency", "territory", "island"):
            return True
        if len(words) == 2 and words[1].lower() in self.k.fused["compass"]:
            known = place_index.lookup(words[0])
            return bool(known and known.kind in ("city", "region", "province", "regency"))
        # (not "Desa Kabupaten Sleman" of "Dinas ... Masyarakat dan Desa Kabupaten Sleman": the last level's region)
        return len(words) > 1 and words[0].lower() in self.k.levels and words[1][:1].isupper() and \
            words[1].lower() not in self.k.levels

    def country_seats_yield(self) -> None:
        """"Investor asal Korea Selatan, X, yang berkantor pusat di Seoul": the city written for the seat
        stands, the country of origin goes."""
        seats = {r.subject for r in self.out.found.values() if r.predicate in ("basedIn", "headquarteredIn")
                 and not any(e.extractor == "relations.origin-country" for e in r.evidence)}
        self.out.found = {key: r for key, r in self.out.found.items() if r.subject not in seats
                          or not all(e.extractor == "relations.origin-country" for e in r.evidence)}
