"""Relations read from the text and its mentions, driven by kg/lang/id/relations.toml.

The engine knows shapes, the data knows words: a title before or after a name
(posts, memberships, teams), verbs between a person and an organization, place
chains ("Desa A, Kecamatan B, Kabupaten C"), organizations based in places,
scorers of a team, lists of officials, support, and the outlets an article
relays. Its inputs are the sentence spans and the resolved mentions; a unit a
title implies ("Kapolres Garut" -> "Polres Garut") or a place the recogniser
did not mark ("Kecamatan Cibadak") becomes an entity here, with a mention where
the text names it. Places are read in relation_places.py, sources in
relation_sources.py, both on the shared reader of relation_text.py; this module
reads posts, teams, lists of officials and support, and runs them all.
"""
from __future__ import annotations

import re
from pathlib import Path

from kg.geo import places
from kg.lang.id import names, unit_short_forms, word_list, word_set
from kg.lang.id.names import DEGREES_AFTER, POST_NUMBER, pair_starts
from kg.lang.id.numbers import parse_number
from kg.lang.id.evidence import after_academic_prefix, after_post_noun, derived_word, is_base_word, title_case_line
from kg.lang.id.relation_kinds import Title
from kg.model import TITLE_BODY, Document, Entity, Mention, Sentence
from kg.stages import national_teams
from kg.stages.relation_fused import FusedNames
from kg.stages.relation_places import PlaceRelations
from kg.stages.relation_players import PlayerRelations
from kg.stages.relation_sources import SourceRelations
from kg.stages.relation_text import _WORD, Collector
from kg.text import fold

_PRONOUNS = {"ia", "dia", "beliau"}
_LIST_GAP = r",\s*(?:(?:dan|serta)\s+)?|\s+(?:dan|serta)\s+"   # between the items of a list: "A, B, dan C"
_ORG_HEADS = {line.strip().lower() for line in
              (Path(__file__).resolve().parent.parent / "lang" / "id" / "org_heads.txt").read_text("utf-8").splitlines()
              if line.strip() and not line.startswith("#")}


# "paslon nomor urut 1 A-B": a ticket's number between its cue word and its names
_TICKET_NUMBER = re.compile(r"\s+nomor\s+urut\s+\d+(?:\s+(?:yaitu|yakni))?")
# "PM Jepang yang baru saja dilantik, X": a short clause between a title's unit and the name
_RELATIVE = r"yang(?: [a-z]+){1,5}"
_RELATIVE_BEFORE_NAME = re.compile(_RELATIVE + r",\s+")
_RELATIVE_AFTER_UNIT = re.compile(r"\s+" + _RELATIVE + "$")
# "Anggota Komisi X yang ikut dalam kunjungan itu, yaitu A, B": a clause between a member list's body and its list
_RELATIVE_THEN_LIST = re.compile(r"\s+yang\s+[a-z][^,.;:A-Z]{0,60},\s*(?:yakni|yaitu|antara lain|di antaranya)\s+")
# the term of a post written between its unit and the name ("Direktur Utama Jiwasraya periode 2008-2018 X")
_TERM = re.compile(r"(?:\s+(?:periode|tahun|sejak)?\s*(?:[A-Z][a-z]+\s+)?\d{4}(?:\s*[-–]\s*\d{4})?)?\s?")
_YEARS = re.compile(r"(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?")   # a year or a term of office
# a person's style (styles.txt, written "Dato’ Sri"; not the short "H", "Hj", "Col."): it opens the name, so the unit
# before it ends ("PM Malaysia | Dato’ Sri X")
_STYLE = re.compile("(?:%s)(?=\\s)" % "|".join(sorted(
    (re.escape(s.replace(" ’", "’").replace(" '", "'")) for s in word_list("styles")
     if len(s.replace(" ", "").replace(".", "")) >= 5), key=len, reverse=True)))


# "Kepala Desa X yakni Sutrisno", "Kepala Desa X di Kecamatan Y yakni Sutrisno": the holder named after the unit
_NAMED_AFTER_UNIT = re.compile(r"(?:di\s+(?P<place>[A-Z][^,.;]{2,60}?)\s+)?(?:yakni|yaitu),?\s*")


def _last_word(text: str, end: int) -> str:
    """text[:end].split()[-1] without copying the text before it (long articles)."""
    stop = end
    while stop > 0 and text[stop - 1].isspace():
        stop -= 1
    start = stop
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:stop]


# a person's name written after a verb: an initial, then up to four capitalised words ("M. Rasyid")
_NAME_AFTER = re.compile(r"(?:[A-Z]\.\s?)?[A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*){0,3}")
# an acting holder's word before a post ("Plt Kepala Dinsos"), and the joint between two posts of one person
_ACTING = re.compile(r"(?:(?:Plt|Plh|Pjs|Pj|Penjabat Sementara|Penjabat|Pelaksana Tugas)\.? )?")
# a ticket's two people ("A-B", "A dan B") and its two posts ("Bupati dan Wakil Bupati")
_MATE_JOINT = re.compile(r"-| (?:dan|serta) ")
_COMMA, _SPACE, _SPACES_COMMAS = re.compile(r"\s*,\s*"), re.compile(r"\s*"), re.compile(r"[ ,]*")
_TITLE_JOINT = re.compile(r" (?:dan|serta) |/")
_PLACE_BRACKET = re.compile(r" \([ \t]*")
_JOINED = re.compile(r"\s*(?:,|dan|serta)\s+" + _ACTING.pattern)
# a goal's word before the next name of a scorer list ("A (29'), dan hat-trick B")
_GOAL_BEFORE_NAME = re.compile(r"(?:gol|brace|hat-trick|hattrick|dwigol|trigol)\s+")


class _Engine(FusedNames, PlaceRelations, SourceRelations, PlayerRelations):
    # ---------------------------------------------------------------- titles before a name
    def person_after_title(self, pos: int, s: Sentence) -> Mention | None:
        """The person a title phrase ends in: its unit words, ranks and commas, then the name."""
        k, person, count, inner_titles, last_end, ranked = self.k, None, 0, [], pos, False
        while pos < s.end and count < 14:
            while pos < s.end and self.text[pos].isspace():
                pos += 1
            pos = after_academic_prefix(self.text, pos, min(s.end, pos + 40))   # "Bupati X, Drs. Ardiansyah ..."
            m = self.mention_at(pos)
            if m and m.type != "Person" and person is None and self.title_at(pos, s.end):
                m = None                      # "PM" taken for an organization inside a title phrase is a title
            if m and m.type == "Person" and person is None and re.match(r",\s*", self.text[m.end:s.end]) and \
                    (nxt := self.mention_at(m.end + len(re.match(r",\s*", self.text[m.end:s.end]).group()))) \
                    and nxt.type == "Person" and not self.closes_clause(m.end, s):
                m = self.as_unit(m)           # "Pemain muda Persis Solo, Ahmad Fauzi": the unit, then the name
            after_unit = count and person is None and re.fullmatch(r",?\s*", self.text[last_end:pos])
            if m and m.type != "Person" and after_unit:
                between_commas = "," in self.text[last_end:pos] and self.text[m.end:m.end + 1] == ","
                acronym = _last_word(self.text, last_end)
                if between_commas or self.text[last_end - 1:last_end] == ")" or \
                        len(acronym) >= 2 and acronym.isupper() and acronym.isalpha():   # "Sekretaris Perusahaan SCDT X"
                    m = self.as_person(m, between_commas) or m    # "Ketua Koperasi X, Euis Komalasari,": typed otherwise
            elif not m and ranked and count and person is None and not self.overlapping(pos, pos + 1):
                # "ujar Dirlantas Polda X Kombes Sigit Haryadi.": words after a rank the recogniser left, ending the
                # clause, are the name (going on into the clause they may be something else)
                end = self.name_words_end(pos, s, people=True)
                if 2 <= len(self.text[pos:end].split()) <= 4 and self.person_like(self.text[pos:end]) and \
                        re.match(r"\s*(?:[,.;:\"]|$)", self.text[end:s.end]):
                    m = self.person_from_slot(pos, end)
            elif not m and after_unit:
                end = self.name_words_end(pos, s, people=True)
                nxt = _WORD.match(self.text, end + 1, s.end) if self.text[end:end + 1] == " " else None
                last = _last_word(self.text, last_end)
                place = places.lookup(last) if last[:1].isupper() else None
                body = [m for m in self.overlapping(last_end - 1, last_end) if m.type == "Organization"
                        and self.text[m.start:last_end].split()[0].lower() in self.k.fused["ministries"]]
                closed = last.endswith(")") or last.isupper() or bool(place and place.kind == "country" and body)
                # a unit is complete before the name when it ends in brackets, an acronym or a ministry's country
                longer = self.text.count(f"{last} {self.text[pos:end]}") > 1   # "Jakarta Bhayangkara Presisi" again
                if 2 <= len(self.text[pos:end].split()) <= 4 and self.person_like(self.text[pos:end]) and not longer \
                        and ("," in self.text[last_end:pos] or closed and nxt and nxt.group()[:1].islower()):
                    m = self.person_from_slot(pos, end)   # "asal PB Djarum, Putri Anggraini Kusuma," unrecognised
            region = m and m.type == "Person" and m.source.startswith("rule:title-region") and person is None and \
                (nxt := self.mention_at(m.end + 1)) and nxt.type == "Person"   # "Bupati Sragen Agus": Sragen typed a person
            if m and (person is None or m.type == "Person"):
                if m.type == "Person" and not region:
                    person, pos = m, m.end
                    rank_end = self.is_rank_at(pos, s.end)
                    if not rank_end:
                        break
                    pos = rank_end
                else:
                    pos = m.end
                count += 1
                last_end = pos
                continue
            named = _NAMED_AFTER_UNIT.match(self.text, pos, s.end) if count and person is None else None
            if named and (holder := self.mention_at(named.end())) and holder.type == "Person" and \
                    (not named.group("place") or (place := self.mention_at(named.start("place"))) and
                     place.type == "Place"):
                person = holder               # "Kepala Desa X di Kecamatan Y yakni Sutrisno": the holder named after
                break
            w = _WORD.match(self.text, pos, s.end)
            if not w or person is not None:
                break
            word = w.group()
            bare = word.strip(",;:()\"'")
            low = bare.lower()
            if not bare:
                pos = w.end()
                continue
            rank_end = self.is_rank_at(pos, s.end)
            if rank_end:
                ranked = self.text[pos:rank_end].split()[-1].lower() not in k.honorifics
                pos = rank_end
                continue
            inner = self.title_at(pos, s.end)
            if inner and low not in k.connectors:
                if self.text[:pos].rstrip().endswith(","):
                    break                     # the next item of a list of officials
                inner_titles.append(pos)      # "Staf Khusus Menkes bidang ..., Clara": part of this title's unit
                pos = inner.end()
                continue
            nxt = _WORD.match(self.text, w.end() + 1, s.end) if w.end() < s.end else None
            two = f"{low} {nxt.group().lower().rstrip(',')}" if nxt else ""
            clause = _RELATIVE_BEFORE_NAME.match(self.text, w.start(), s.end) if low == "yang" and count else None
            if clause and (named := self.mention_at(clause.end())) and named.type == "Person":
                pos = clause.end()            # "PM Jepang yang baru saja dilantik, X": a clause, then the name
                continue
            if two in k.connectors:
                pos = nxt.end()
                continue
            ok = (bare[:1].isupper() or bare[:1].isdigit() or "/" in bare or low in k.adjectives
                  or k.ordinal_re.fullmatch(low)
                  or low in k.connectors or low in k.former_after_unit and count
                  or k.team_anaphor_re.fullmatch(low) or low in ("eks", "mantan")
                  or low in k.name_words and nxt and nxt.group()[:1].isupper()
                  and not self.title_at(nxt.start(), s.end))
            if not ok or word.endswith((".", ";")):
                break
            if word.endswith(":"):            # "Menteri Koperasi: X", a line of a list of posts: the name follows
                after = self.mention_at(re.compile(r"\s*").match(self.text, w.end()).end())
                if not (after and after.type == "Person"):
                    break
            pos = w.end()
            last_end = w.start() + len(word.rstrip(",;:"))
            count += 1
        if person and inner_titles:
            if "," not in self.text[inner_titles[-1]:person.start]:
                return None                   # "utusan khusus PM Jepang Hiroshi": the name is the inner title's
            self.consumed.update(inner_titles)
        return person

    def clean_unit(self, start: int, end: int, numbered: bool = False) -> tuple[int, int, bool]:
        """Trim ranks, commas and connector words from the unit span; report a former cue inside it. A number
        alone is no unit, unless the title's unit is ``numbered`` ("Pangkoarmada II": Koarmada II)."""
        former = False
        text = self.text
        while True:
            seg = text[start:end]
            stripped = seg.strip(" ,")
            if not stripped or not numbered and re.fullmatch(r"\d+[:.]?|[IV]{1,3}", stripped) or \
                    self.k.player_noun_re.fullmatch(stripped) or re.match(r"(?:RT|RW)\.?\s*\d", stripped) or \
                    stripped[:1].isdigit() and text[:start].rstrip().endswith(("RT", "RW")):
                # "Tunggal Putri 1: A vs B", "Wakil Ketua II": a number, no unit; "Ganda Campuran, Pasangan A/B":
                # the players' noun; "Ketua RT 12/RW 03": a neighbourhood's number, no body
                return start, start, former
            start += seg.index(stripped)
            end = start + len(stripped)
            clause = _RELATIVE_AFTER_UNIT.search(text, start, end)
            if clause:                        # "Jepang yang baru saja dilantik": the unit before its clause
                end = clause.start()
                continue
            named = _NAMED_AFTER_UNIT.search(text, start, end)
            if named and named.end() == end:
                end = named.start()           # "Desa X di Kecamatan Y yakni": the unit before the holder's naming
                continue
            lead = re.match(r"\([^)]*\)\s*", text[start:end])
            if lead:                          # "Kepala Pelaksana (Kalaksa) BPBD X": the title's acronym
                start += lead.end()
                continue
            bracket = re.search(r"\s*\([^()]{1,25}\)$", text[start:end])
            if bracket and bracket.start() > 0 and not any(m.start < start + bracket.start() and m.end >= end
                                                            for m in self.overlapping(end - 1, end)):
                # "Menko Bidang Polhukam (Menko Polhukam)": the short form, an alias (not "PT PLN (Persero)": a name's)
                end = start + bracket.start()
                continue
            opened = text.find("(", start, end)
            if opened > start and text.find(")", opened, end) < 0:
                end = opened                  # "Bidang Kemaritiman dan Investasi (Menko": the bracket goes on past it
                continue
            comma = text.rfind(",", start, end)
            if comma > start and self.address_only(text[comma + 1:end]):
                end = comma                   # "Gubernur Mekkah, Pangeran X": a style before the name, no unit
                continue
            slash = text.find("/", start, end)
            if slash >= start and self.k.title_re.match(text, slash + 1):
                end = slash                   # "Menteri Investasi/Kepala BKPM": a second post after the slash
                continue
            ws = self.words(start, end)
            if not ws:                        # only symbols left ("PRESIDEN\f..."): no unit
                return start, start, former
            if len(ws) > 1 and _YEARS.fullmatch(ws[-1].group().rstrip(",")):
                end = ws[-1].start()          # "Gubernur Maluku Utara 2019-2024 X": the term of office
                continue
            style = next((w.start() for w in ws[1:] if _STYLE.match(text, w.start())), None)
            if style is not None:
                end = style                   # "PM Malaysia Dato’ Sri X": the person's style is no part of the unit
                continue
            if len(ws) > 1 and self.k.ordinal_re.fullmatch(ws[-1].group().lower().rstrip(",")):
                end = ws[-1].start()          # "Presiden RI keenam X": the holder's number, no part of the unit
                continue
            if len(ws) > 1 and ws[-1].group().lower().rstrip(",") in self.k.former_after_unit:
                former, end = True, ws[-1].start()   # "Kepala BNPB sebelumnya, X": the post X held before
                continue
            first = ws[0].group().lower()
            if first in self.k.adjectives or first in ("eks", "mantan") or self.k.ordinal_re.fullmatch(first):
                former |= first in ("eks", "mantan")
                start = ws[1].start() if len(ws) > 1 else end
                continue
            if self.is_rank_at(ws[0].start(), end):
                return start, start, former   # "Dansatgas Letnan Kolonel Inf X": a rank right after the title, no unit
            # (a rank of two words too: "Kapolres Tabanan | Ajun Komisaris X")
            cut = next((w.start() for prev, w, nxt in zip(ws, ws[1:], [*ws[2:], None])
                        if self.rank_inside(prev.group(), w.group()) or
                        nxt is not None and self.rank_inside(prev.group(), f"{w.group()} {nxt.group()}")), None)
            if cut is not None:
                end = cut                     # "Lanal Banten Kolonel Laut (P)": a rank starts the person
                continue
            for n in (3, 2, 1):
                if n == 1 and len(ws) > 1 and ws[-1].group()[:1].isupper() and \
                        ws[-1].group().lower() in self.k.fused["compass"]:
                    break                     # "Jakarta Pusat": a compass word ends the region's name
                if len(ws) > n and any(m.type != "Person" and m.start < ws[-n].start() and m.end >= ws[-1].end()
                                       for m in self.overlapping(ws[-n].start(), ws[-1].end())):
                    break                     # "Pelatih Satria Muda": the words end a name ("muda" as its last)
                if len(ws) >= n and " ".join(w.group().rstrip(",") for w in ws[-n:]).lower() in \
                        self.k.ranks | self.k.connectors | self.k.adjectives or \
                        n == 1 and (ws[-1].group().rstrip(".").lower() in self.k.name_styles or
                                    names.honorific_word(ws[-1].group())):   # "... Indonesia Prof DR KHM | X"
                    cut = ws[-n].start()
                    break
            year = re.search(r"\s+(?:19|20)\d\d$", text[start:end])
            if year and any(m.start >= start and m.end == start + year.start() and m.type == "Organization"
                            for m in self.overlapping(start, start + year.start())):
                end = start + year.start()    # "Ketua ASEAN 2026": the body's chair for that year
                continue
            acronym = re.search(r"\s*\(([^)]+)\)$", text[start:end])
            # "Badan Gizi Nasional (BGN)", "(Basarnas)", or the title's own acronym: "Gubernur Riau (Gubri)"
            short = acronym and (re.fullmatch(r"[A-Z][A-Za-z]+", acronym.group(1)) or
                                 acronym.group(1).split()[0].lower() in self.k.titles)   # "(Menlu AS)"
            if cut is None and short and \
                    acronym.group(1).lower() not in self.k.fused["legal_forms"]:
                cut = start + acronym.start()   # "Badan Gizi Nasional (BGN)": the name without its acronym
            if cut is None:
                period = self.k.former_period.search(text, start, end)
                if period:
                    former = True
                    end = period.start()
                    continue
                return start, end, former
            end = cut

    def closes_clause(self, pos: int, s: Sentence) -> bool:
        """The comma at pos is the first of a sentence that opens with a subordinate clause ("Meski ...,")."""
        first = _WORD.match(self.text, s.start, s.end)
        return bool(first) and first.group().lower() in self.k.subordinators and "," not in self.text[s.start:pos]

    def address_only(self, words: str) -> bool:
        """Words that only style or rank the person named next ("Pangeran", "Dato' Seri", "AKBP")."""
        tokens = tuple(re.findall(r"\w+|[’']", words.lower()))
        if not tokens:
            return False
        styles = self.k.ranks | self.k.honorifics | self.k.name_styles   # joined once, not once per word
        return tokens in names.words().titles or all(t in styles for t in tokens)

    def rank_inside(self, prev: str, word: str) -> bool:
        """A rank (not an honorific such as "TNI") inside a unit, not right after a body's head word
        ("Direktorat Jenderal")."""
        word = word.rstrip(",").lower()
        return word in self.k.ranks and word not in self.k.honorifics and \
            (prev,) not in names.words().org_heads

    def company_of_field(self, unit: str, start: int) -> str | None:
        """The company named last before, when the unit after a title is a field of work of ordinary words
        ("Direktur Pemasaran Korporat", "Direktur Pengolahan"), no body: the post is in that company."""
        words = [w for w in re.findall(r"[\w'-]+", unit) if w.lower() not in ("dan", "&")]
        if not words or not all(w[:1].isupper() and not w.isupper() and (is_base_word(w) or derived_word(w))
                                for w in words) or self.mentions_in(start, start + len(unit)):
            return None
        return self.body_named_before(start, ("PT ", "PT. "))

    def body_named_before(self, start: int, heads: tuple[str, ...]) -> str | None:
        """The last body named before start whose name opens with one of heads."""
        bodies = [m for m in self.mentions_in(0, start, "Organization")
                  if self.doc.entities[m.entity].name.startswith(heads)]
        return bodies[-1].entity if bodies else None

    def unit_object(self, title: Title, start: int, end: int, s: Sentence) -> tuple[str | None, str | None]:
        """(object entity, parent body entity) for the unit written after a title."""
        k, unit = self.k, self.text[start:end].rstrip(": ")   # "Menteri Keuangan: X" in a list of posts
        end = start + len(unit)
        comma = unit.find(",")
        after = start + comma + 1 + len(unit[comma + 1:]) - len(unit[comma + 1:].lstrip())
        if comma >= 0 and (k.level_re.match(self.text, after) or
                           any(m.type == "Place" for m in self._between(after, after + 1))):
            end = start + comma               # "Desa Cibodas, Kecamatan Lembang, ...": the first is the unit
            unit = unit[:comma]
        regions = self.mentions_in(start, end, "Place")
        lies_in = next((b for a, b in zip(regions, regions[1:]) if places.elsewhere_in_province(a.text, b.text)), None)
        if lies_in is not None:               # "Kapolres Rokan Hilir (Rohil) Riau": the province it lies in is no unit's
            unit = re.sub(r"\s*\([^()]*\)$", "", self.text[start:lies_in.start].rstrip(" ,"))   # (and its short form)
            end = start + len(unit)
        region = title.unit_type == "Place" or (title.object or "").split(" ")[0].lower() in k.levels
        level = next((w for w in re.finditer(r"\S+", unit) if w.start() > 0 and w.group()[:1].isupper()
                      and k.level_re.fullmatch(w.group())), None)
        if region and level:                  # "Kepala Desa Karangrejo Kecamatan Tambelangan": the village
            unit = unit[:level.start()].rstrip()
            end = start + len(unit)
        inner = self.title_at(start, end)
        if inner and k.titles[" ".join(inner.group().lower().split())].object:   # "Staf Khusus Menkes"
            place = self.mention_at(inner.end() + 1)   # "Wakil Duta Besar Uni Emirat Arab": the inner title's place
            rest = end if place and place.type == "Place" else inner.end()
            return self.unit_object(k.titles[" ".join(inner.group().lower().split())], min(inner.end() + 1, rest), rest, s)
        if inner and inner.end() >= end and not title.object:
            return None, None                 # "Juru Bicara Presiden, X": the post of a person, no body named
        if not unit and title.context_titles:   # "Wakil Gubernur X": the province the article's governor heads
            named = {m.entity for t in re.finditer(rf"\b(?:{'|'.join(map(re.escape, title.context_titles))})\s+"
                                                   r"(?:\([^()]{1,12}\)\s+)?",   # "Kabupaten (Pemkab) X"
                                                   self.text, re.IGNORECASE)
                     if (m := self.mention_at(t.end())) and m.type == "Place"}
            return (named.pop() if len(named) == 1 else None), None
        company = self.company_of_field(unit, start) if unit and not title.object else None
        if company is not None:               # "Direktur Pemasaran Korporat, X" in a story of PT Pertamina
            return company, None
        if unit in word_set("sector_heads"):  # "Kepala Dinas X" after "kantor Dinas PUPR": that office
            return self.body_named_before(start, (unit + " ",)), None
        if not unit and title.context_heads:   # "kata Hakim Ketua X", "Kapolres AKBP X": the body named before
            body = self.body_named_before(start, tuple(h + " " for h in title.context_heads))
            # "Kasat Resnarkoba AKP X": the head of an unnamed unit holds a post in that body
            return (None, body) if title.parent else (body, None)
        if title.object and "{country}" in title.object:
            country = k.country_names.get(unit.lower(), unit)
            known = places.lookup(country) if country else None
            if country and not (known is not None and known.kind == "country" or
                                any(m.type == "Place" for m in self.mentions_in(start, end, "Place"))):
                country = ""                  # "Menhub Siap Buka Rute ..." in a headline: no country written
            country = "" if country == k.home_country else country
            template = title.foreign_object if country and title.foreign_object else title.object
            name = template.format(country=country).strip()
            name = k.ministry_names.get(name.lower(), name)
            if not name:
                return None, None
            type_ = "Place" if template == "{country}" else "Organization"
            return self.entity(name, type_, (start, end)), None
        if title.object:
            if "{}" in title.object and not unit:
                return None, None
            # "Dandim 0701/Banyumas": a command's number and its name are one unit, not a unit of a body
            body = [m for m in self.mentions_in(start, end, "Organization") if m.end == end
                    and self.text[m.start - 1:m.start] != "/"]
            last = unit.split()[-1] if unit else ""
            if not body and len(unit.split()) > 1 and k.unit_word.fullmatch(last):   # "... Perhubungan Darat Kemenhub"
                self.entity(last, "Organization", (end - len(last), end))
                body = [m for m in self.mentions_in(start, end, "Organization") if m.end == end]
            if body and "{}" in title.object and (body[0].start > start or title.parent):
                # "Dirjen Pajak Kementerian Keuangan": the unit, then its body; "Kasat Lantas Polres X": a unit of X
                words = self.text[start:body[0].start].strip() if body[0].start > start else unit
                name = title.object.format(words)
                key = self.entity(name, "Organization")
                aliases = [a.format(words) for a in title.object_aliases]
                if body[0].start > start:       # its full name with the body's
                    aliases.append(f"{name} {self.text[body[0].start:end]}")
                for alias in aliases:
                    self.alias(key, alias)
                return key, body[0].entity
            home = k.home_tail_re.search(unit)
            if home and not region and title.object.startswith("Kementerian"):
                unit = unit[:home.start()]    # "Menteri Pertanian Republik Indonesia X": the ministry
            if unit in k.abbreviations:   # "Kapolda Jabar": Polda Jawa Barat
                key = self.entity(title.object.format(k.abbreviations[unit]), "Organization")
                self.alias(key, title.object.format(unit))
                return key, None
            name = title.object.format(unit)
            if region and (m := self.mention_at(start)) and m.type == "Place" and m.end == end and \
                    self.find_entity(name, "Place") is None:
                self.alias(m.entity, name)
                return m.entity, None     # "Kades Lubuk Mas": the village the article names so (Desa Lubuk Mas)
            span = (start, end) if title.object.startswith("{}") else None
            return self.entity(name, "Place" if region else "Organization", span), None
        if not unit and title.default:
            # "Presiden Filipina A menegaskan tidak akan memecat Wapres B": the country of the sentence's head
            # (not of another head: "Presiden Prancis A bertemu Presiden B")
            named = [r.object for r in self.out.found.values() if r.role and r.role.lower() in self.k.defaulted_titles
                     and r.predicate != title.predicate and self.doc.entities[r.object].type == "Place"
                     and any(e.sentence == s.index and e.end <= start for e in r.evidence)]
            return (named[-1] if named else self.entity(title.default, title.unit_type)), None
        if unit and k.team_anaphor_re.fullmatch(unit):
            if not title.context:
                return None, None
            unit = ""                         # "bek tengah mereka, Hanafi": the team named before
        if not unit:
            if not title.context:
                return None, None
            before = [m for m in self.mentions_in(s.start, start, "Organization") if not self.conceding(m)]
            if not before and title.predicate == "playsFor":
                return self.previous_subject_team(start, s), None
            return (before[-1].entity if before else None), None
        inside = self.mentions_in(start, end)
        exact = [m for m in inside if m.start == start and m.end == end]
        words = unit.split()
        starts_with_unit = any(unit.lower().startswith(n + " ") for n in k.unit_nouns)
        if exact and title.unit_type == "Place" and exact[0].type == "Person":
            return self.entity(unit, "Place"), None   # "Bupati Sragen": the region, also when typed a person
        if exact:
            last = unit.split()[-1]
            body = self.find_entity(last, "Organization") if starts_with_unit else None
            # (not the body's second field: "Dinas Koperasi dan UMKM")
            if starts_with_unit and not body and last.isupper() and 2 <= len(last) <= 8 and len(words) > 2 \
                    and words[-2].lower() not in ("dan", "serta", "&") \
                    and not self.find_entity(last) and not places.lookup(last) and last.lower() not in k.country_names:
                body = self.doc.entities[self.entity(last, "Organization")]   # "Bidang Pembinaan ... PBVSI"
            return exact[0].entity, (body.key if body and body.key != exact[0].entity else None)
        country = k.country_names.get(unit.lower())
        if country:
            return self.entity(country, "Place"), None
        if not inside and len(words) == 1 and (words[0] in names.words().not_names or is_base_word(words[0]) and
                                               not places.lookup(words[0]) and not self.find_entity(words[0])):
            return None, None   # "tunggal putra, Sabtu (5/7), X": a day; "Direktur Turnamen, X": a post, no body
            # (but "Bupati Kendal": a regency whose name is also a word)
        ends_in_body = bool(inside) and inside[-1].end == end and inside[-1].type == "Organization" and "," not in unit
        if len(words) > 9 and not ends_in_body or not (unit[:1].isupper() or unit[:1].isdigit()):
            return None, None   # (a long portfolio before a body is the body's: "Direktur Manajemen Proyek dan ... PT X")
        known = self.find_entity(unit) if not inside else None
        if known:
            return known.key, None
        longer = {e.key for e in self.doc.entities.values()
                  if e.type == "Organization" and e.name.lower().startswith(unit.lower() + " ")}
        if len(longer) == 1 and len(unit.split()) > 1:   # "Komisi II" after "Komisi II DPR"
            return longer.pop(), None
        companies = {e.key for e in self.doc.entities.values() if e.type == "Organization"
                     and e.name.split()[0].lower() in self.k.fused["legal_forms"]
                     and self.without_legal_forms(e.name).startswith(unit + " ")}
        if len(companies) == 1 and not inside:   # "Direktur Utama Prodia, A" after "PT Prodia Widyahusada Tbk"
            return companies.pop(), None
        if title.unit_type == "Place" and all(m.type == "Place" for m in inside):
            if len(inside) > 1 and inside[0].start == start and inside[0].entity and \
                    inside[-1].text in names.words().provinces:
                return inside[0].entity, None   # "Bupati Tegal Jawa Tengah": the regency, in its province
            return self.entity(unit, "Place", (start, end)), None   # "Bupati Labuhanbatu Selatan": a region
        named_body = len(words) <= 4 and title.predicate in ("holdsPosition", "memberOf") and \
            self.text[end:end + 1] == "," and not all(w.lower() in word_set("common_words") for w in words) and \
            self.next_person(end + 1 + len(self.text[end + 1:s.end]) - len(self.text[end + 1:s.end].lstrip()), s)
        # "Juru bicara Kremlin, X", "Analis Cakra Sekuritas, X": a body named between a post and a name
        if not inside and words[0].lower() not in _ORG_HEADS and not words[0].isupper() and not title.context \
                and not named_body:
            return None, None                 # "Pemimpin Revolusi Islam": a title, not a named body
        orgs = [m for m in inside if m.type == "Organization"]
        if orgs and orgs[-1].end == end and starts_with_unit:
            return self.entity(unit, "Organization", (start, end)), orgs[-1].entity
        if orgs and orgs[0].start == start and k.region_prefixes.fullmatch(orgs[0].text) and len(inside) > 1 \
                and all(m.type == "Place" for m in inside[1:]):
            return self.entity(unit, "Organization", (start, end)), None   # "DPRD" + "Sulawesi Selatan": one body
        if title.parent and orgs:
            return orgs[-1].entity, None
        if orgs and orgs[-1].end == end and title.predicate == "holdsPosition" and \
                self.division_words(start, orgs[-1].start):
            return orgs[-1].entity, None      # "Kasat Reserse Narkoba Polres X": a post in the Polres
        type_ = "Place" if inside and all(m.type == "Place" for m in inside) and \
            sum(m.end - m.start for m in inside) >= len(unit) - 1 else "Organization"
        return self.entity(unit, type_, (start, end)), None

    def division_words(self, start: int, end: int) -> bool:
        """One to four capitalised words naming a division of a body, no body's head word among them."""
        words = self.text[start:end].split()
        return 1 <= len(words) <= 4 and all(
            w.lower() in self.k.connectors or w[:1].isupper() and w.lower() not in _ORG_HEADS for w in words)

    def conceding(self, team: Mention) -> bool:
        """The team is named as the side conceding goals ("ke gawang Semen Padang")."""
        return any(a.end() == team.start - 1 for a in self.k.against_re.finditer(self.text, max(0, team.start - 25),
                                                                                  team.start))

    def previous_subject_team(self, pos: int, s: Sentence) -> str | None:
        """"PSM menyamakan kedudukan. Gelandang asal Jepang, Kenta Mori, melepaskan tendangan ...": a
        player's title opening a sentence with no team is of the team the sentence before opens with."""
        words = self.text[s.start:pos].split()
        if any(w[:1].isupper() for w in words[1:]) or s.index == 0:
            return None
        previous = self.doc.sentences[s.index - 1]
        first = self.mentions_in(previous.start, previous.end)
        if first and first[0].type == "Organization" and first[0].start == previous.start:
            return first[0].entity
        return None

    def post(self, person: Mention, title_m: re.Match, unit: tuple[int, int], s: Sentence, extractor: str,
             former: bool) -> None:
        k = self.k
        start, end = unit
        body = next((m for m in self.overlapping(start, start + 1) if m.type == "Organization" and m.entity and
                     title_m.start() < m.start < start <= m.end), None)
        if body:                              # "Kepala Sekolah | Menengah Atas (SMA) Negeri 2 Tanjungpinang": the school
            start, end = body.start, max(end, body.end)   # whose name opens with the title's last word
        title = k.title(title_m.group(), self.text[start:end].strip(" ,"))
        period = k.former_period.search(self.text, start, end)
        if period:
            former, end = True, period.start()
        tail = k.split_before.search(self.text, start, end)
        member_of, from_party = None, False
        if tail:
            tail_orgs = self.mentions_in(tail.end(), end, "Organization")
            if tail.group().lower() in k.member_after and tail_orgs:
                member_of = tail_orgs[0].entity
            if title.predicate == "playsFor" and not tail_orgs and tail.group().lower() in k.team_after:
                # "penendang kedua bagi Indonesia": a country plays as a side (not "asal Korea Selatan": his origin)
                tail_orgs = self.mentions_in(tail.end(), end, "Place")
            if not tail_orgs:
                end = tail.start()
            elif all(w.lower() in k.adjectives or k.ordinal_re.fullmatch(w.lower())
                     for w in re.sub(r"\([^)]*\)", "", self.text[start:tail.start()]).split()):
                # "tunggal putri asal PB Djarum", "jaksa penuntut umum (JPU) dari Kejaksaan Agung, X"
                start, end = tail_orgs[0].start, tail_orgs[0].end
                # "X sebagai Wakil Ketua dari Partai Golkar": the post of a body not named, held by a party's man
                from_party = tail.group().lower() == "dari" and bool(k.party_re.match(self.text, start))
            else:
                end = tail.start()
        faction = next((m for m in self.mentions_in(start, end, "Organization") if self.text[start:m.start].strip()
                        and m.text.startswith(k.faction_heads)), None)   # (not "Ketua Fraksi X DPRD Y": X's faction)
        if faction is not None:               # "Ketua Komisi III DPR Fraksi PKS X": the commission; X sits in the faction
            member_of, end = member_of or faction.entity, faction.start
        acronym = re.search(r"\(([A-Z][A-Za-z]{1,7})\)[\s,]*$", self.text[start:end])
        number = None if title.object else re.match(rf"\s*(?:{POST_NUMBER})\s+(?=[A-Z]|$)", self.text[start:end])
        start += number.end() if number else 0   # "Wakil Ketua II DPRD X": the post's number ("Pangdam II": the unit's)
        start, end, inner_former = self.clean_unit(start, end, "{}" in (title.object or ""))
        former = former or inner_former
        obj, parent = self.unit_object(title, start, end, s)
        if obj and self.doc.entities[obj].type == "Person":
            return                            # "A, Kaisar Budi Hanafi, ...": a given name like a title, then a person
        if obj and not self.doc.entities[obj].mentions:
            self.mention_in_title(obj, title_m, end if title.object else None)
        written = self.text[start:end].strip()
        if title.default and not written:
            before = self.text[s.start:title_m.start()].split()[-1:]
            if before and before[0].lower() in _ORG_HEADS:
                return                        # "Sekretariat Presiden X": a body named after the title
            if person.start < title_m.start() and re.match(r"\s+[a-z]", self.text[title_m.end():]):
                return                        # "selain Menko A, Presiden juga didampingi": the clause's subject
            if any(r.subject == person.entity and r.predicate == title.predicate and r.object != obj
                   and self.doc.entities[r.object].type == "Place" for r in self.out.found.values()):
                return                        # "Presiden Marcos" after "Presiden Republik Filipina, Ferdinand Marcos"
        if obj and k.country_names.get(written.lower()) == self.doc.entities[obj].name:
            self.alias(obj, written)          # "Presiden Republik Indonesia X": a name of Indonesia the article uses
        if obj and acronym and title.object and "{}" in title.object and "{country}" not in title.object:
            self.alias(obj, title.object.format(acronym.group(1)))   # "Menteri ... (BUMN)": Kementerian BUMN
        if obj and title.unit_type == "Place" and not title.object and self.doc.entities[obj].type == "Place":
            place = self.doc.entities[obj]
            names = [place.name] + ([k.abbreviations[place.name]] if place.name in k.abbreviations else [])
            for alias in title.object_aliases:  # "Bupati Grobogan": Kabupaten Grobogan
                if not place.name.lower().startswith(alias.split()[0].lower()):
                    for name in names:
                        self.alias(obj, alias.format(name))
            self.alias(obj, names[-1])        # "Gubernur Jatim": Jawa Timur
        if obj and self.doc.entities[obj].type == "Organization":
            last = self.doc.entities[obj].name.rsplit(" ", 1)
            if len(last) == 2 and last[1] in k.abbreviations:   # "Polda Jatim": Polda Jawa Timur
                self.alias(obj, f"{last[0]} {k.abbreviations[last[1]]}")
            office = self.k.office_prefix_re.match(self.doc.entities[obj].name)
            if office and len(self.doc.entities[obj].name[office.end():].split()) > 1:
                self.alias(obj, self.doc.entities[obj].name[office.end():])   # "Kantor Basarnas Manado"
            for name in [self.doc.entities[obj].name, *self.doc.entities[obj].aliases]:
                if len(name.split()) > 1 and name.split()[-1] in k.home_names:   # "BAZNAS RI" is "BAZNAS"
                    self.alias(obj, name.rsplit(" ", 1)[0])
        predicate = "leads" if parent else title.predicate   # the head of a unit of a body
        if from_party and person.start > title_m.start() and self.text[end:person.start].strip():
            return                            # "X sebagai Ketua dari PKB, Y sebagai ...": Y is the next item
            # ("Anggota parlemen dari Partai Golkar Y": Y, right after the party, is its member)
        if from_party:
            predicate, parent, member_of = "memberOf", None, None
        span = (title_m.start(), person.end) if title_m.start() < person.start else (person.start, max(end, title_m.end()))
        role = re.sub(r" dari$", "", " ".join(title_m.group().split()))   # ("Anggota parlemen dari")
        before = self.before_words(title_m.start(), s, 2)
        deputy = next((w for w in (" ".join(before), before[-1] if before else "") if w in k.deputies), None)
        if deputy and title.default and not self.text[start:end].strip():
            return                            # "Juru Bicara Presiden, X": the aide of a person, no body written
        if deputy and predicate == "leads":  # "Wakil Kapolda X", "Staf Khusus Menkes X": a post, not the head
            predicate, role, parent = "holdsPosition", f"{deputy.title()} {role}", None
        if predicate == "leads" and role.lower() in k.team_posts and self.sports_report():
            predicate = "holdsPosition"       # "Manajer Persebaya X": the team's manager, no head of the club
        if title_m.group().lower() in k.deputies and obj and self.doc.entities[obj].type == "Place" and \
                (right_after := self.mention_at(title_m.end() + 1)) is not None and right_after.entity == obj:
            predicate = "representativeOf"   # "wakil Jepang X": Japan's representative, no deputy of a country
        conf = k.confidence.get(title.predicate, 0.8)
        rank_end = self.is_rank_at(person.start, person.end)
        while rank_end and rank_end < person.end:         # "Pol Dharma Setiawan" -> also "Dharma Setiawan"
            self.alias(person.entity, self.text[rank_end:person.end].strip())
            rank_end = self.is_rank_at(rank_end + 1, person.end)
        self.out.add(person.entity, predicate, obj, s.index, span, extractor, conf, role, former)
        if obj and not written and title.default and self.doc.entities[obj].name == title.default:
            self.bare_defaults.add((person.entity, predicate, obj, former))
        home = re.split(r"\s+untuk\s+", written, maxsplit=1)[0] if title.foreign_object == "{country}" else ""
        if obj and home and \
                k.country_names.get(home.lower(), home if home == k.home_country else None) == k.home_country:
            # "Duta Besar RI untuk Jepang X": in the foreign ministry, and a post of the country he represents
            self.out.add(person.entity, "holdsPosition", self.entity(k.home_country, "Place"), s.index, span,
                         extractor, conf - 0.1, role, former)
        if obj and not self.text[start:end].strip() and title.object and "{country}" in title.object:
            self.home_defaults.add((person.entity, predicate, obj, former))   # "Menlu Wang Yi": no country written
        if parent:
            self.out.add(person.entity, "holdsPosition", parent, s.index, span, extractor, conf - 0.1, role, former)
        if member_of and member_of != obj:
            self.out.add(person.entity, "memberOf", member_of, s.index, span, extractor, conf - 0.1, None, former)
        if title.representative and obj:
            country = self.doc.entities[obj].name.split("Negeri", 1)[-1].strip()
            place = self.find_entity(country, "Place") if country else None
            if place:
                self.out.add(person.entity, "representativeOf", place.key, s.index, span, extractor, 0.8, role, former)

    def titles_before_names(self, s: Sentence) -> None:
        previous = None
        goals = [g.span() for g in self.k.into_goal_re.finditer(self.text, s.start, s.end)]
        for t in self.k.title_re.finditer(self.text, s.start, s.end):
            first, previous = previous, t
            if t.start() in self.consumed or self.text[t.start() - 1:t.start()] == "(" and \
                    ")" in self.text[t.end():t.end() + 25].split("(")[0]:
                continue                      # "Menteri Luar Negeri (Menlu) RI", "(Menlu AS)": the title before, short
            covering = [m for m in self.overlapping(t.start(), t.end()) if m.entity and not m.source.startswith("coref")
                        and (m.start, m.end) != t.span()]     # "PM" taken for an organization is still the title
            fused = [m for m in covering if m.type == "Person" and m.start == t.start() and m.end > t.end() + 1]
            if fused and not self.title_at(t.end() + 1, s.end):   # "Mentan Haryanto Nasution" read as one name
                self.alias(fused[0].entity, self.text[t.end() + 1:fused[0].end])
                self.post(fused[0], t, (t.end(), t.end()), s, "title-in-name", self.is_former(t.start(), s))
                continue
            if any(m.start <= t.start() for m in covering):
                continue                              # the word belongs to a name ("Kantor Gubernur ...")
            if self.is_rank_at(t.start(), s.end) > t.end():
                continue                              # "Komisaris Polisi Fathir": a rank, no post in a unit "Polisi"
            kind = self.k.titles.get(" ".join(t.group().lower().split()))
            if kind and kind.object and "{}" not in kind.object and all(m.end <= t.end() for m in covering):
                covering = []                         # "Kepala Staf TNI Angkatan Udara": the title names its body
            unit_start = None
            if covering and covering[0].type != "Person":   # "Kepala Desa Cibodas" with "Desa Cibodas" a place
                shorter = self.k.title_re.fullmatch(self.text, t.start(), covering[0].start - 1)
                if shorter:
                    t = shorter
                elif covering[0].type == "Place" and covering[0].end > t.end() + 1:   # "Kota Bandung" a place
                    unit_start = covering[0].start
                    self.alias(covering[0].entity, self.text[t.end():covering[0].end].strip())
                else:
                    continue
            elif covering:
                continue
            if self.is_negated(t.start(), s) or any(a < t.start() < b <= t.end() for a, b in goals):
                continue                      # (and "menaklukkan kiper X": the beaten keeper's team is the other one)
            former = self.is_former(t.start(), s) or self.replaced_before(t.start(), s)
            held = self.holder_before(t, unit_start or t.end(), s)
            if held is not None:              # "A Bupati Jombang, B Bupati Mojokerto": each title follows its holder
                self.post(held[0], t, (unit_start or t.end(), held[1]), s, "title-after-name", former)
                continue
            search_from = covering[0].end if unit_start else t.end()
            inner, inner_unit = self.bracketed_title(t, s)
            if inner is not t and not unit_start:   # "Kepala Kepolisian Daerah (Kapolda) Jawa Barat X"
                t, unit_start, search_from = inner, inner_unit, inner_unit
            person = self.person_after_title(search_from, s)
            if person is None or self.relative_of_head(t.start(), person, s) or \
                    re.search(r"\s(?:dan|serta|atau)\s*$", self.text[t.end():person.start]):
                continue                      # "sebagai Wakil Menteri Kesehatan dan Ahmad ...": the title is not Ahmad's
            if "," in self.text[t.end():person.start] and after_post_noun(self.text, t.start()):
                continue                      # "Untuk posisi Menpora, Prasetyo ...": the post, not Prasetyo's
            if self.headline_verb_between(t.end(), person.start):
                continue                      # "Mendagri Lantik 2 Pj Gubernur Baru, Made ...": the title's holder acts
            between = self.text[unit_start or t.end():person.start].split()
            if between and all(w in word_set("name_openers") for w in between):
                continue                      # "Bupati Moch | Rizal Fahmi": the name's own first word, no region
            if "," in self.text[t.end():person.start] and self.k.fronted_clause.match(self.text, s.start) and \
                    "," not in self.text[s.start:t.start()] and \
                    not self.k.fronted_giver.search(self.text[s.start:t.start()]):
                continue                      # "Setelah pertemuan dengan Menlu Chile, Retno Lestari ...": two people
            if "," in self.text[t.end():person.start] and \
                    (link := self.k.apposition.match(self.text, person.end + 1, s.end)) and \
                    self.title_at(link.end() + 1, s.end) and not self.k.former_after.fullmatch(link.group()) and \
                    self.given_to_person_before(t.start(), s):
                # "A sebagai Pj Gubernur Banten, B sebagai Pj ...": B's own post follows (not "Kepala Staf X, B yang
                # sebelumnya menjabat sebagai Wakil ...": a post held before; nor "Dirjen X Kementerian ESDM, B
                # menjadi Pj Gubernur Y": the title opens the clause, B holds both)
                continue
            comma = self.text.find(",", t.end(), person.start)
            if comma >= 0 and self.given_to_person_before(t.start(), s) and \
                    self.k.title_re.search(self.text, comma + 1, person.start):
                continue                      # "A menjadi Pjs bupati X, Inspektur Y B menjadi ...": B has a title of his own
            if re.search(r":\s*$", self.text[t.end():person.start]):
                former = former or self.listed_as_former(t.start())
            if self.k.handed_from.search(self.text, t.end(), person.start) and \
                    (to := self.k.handed_to.match(self.text, person.end, s.end)) and \
                    (successor := self.first_after(to.end(), s, "Person", 3)):
                # "Danrem 081 dari Kolonel Inf A kepada Kolonel Inf B": a handover, A held the post before B
                self.post(person, t, (unit_start or t.end(), person.start), s, "handover", True)
                self.post(successor, t, (unit_start or t.end(), person.start), s, "handover", former)
                continue
            if self.k.title(t.group(), "").predicate == "playsFor":
                person = self.split_pair(person)
            if first and _TITLE_JOINT.fullmatch(self.text, first.end(), t.start()) and \
                    (second := self.running_mate(person, s.end)):
                # "Gubernur dan Wakil Gubernur Bengkulu, A-B": a ticket, the first holds the first post
                self.post(person, first, (unit_start or t.end(), person.start), s, "ticket", former)
                self.post(second, t, (unit_start or t.end(), person.start), s, "ticket", former)
                continue
            self.post(person, t, (unit_start or t.end(), person.start), s, "title-before-name", former)
            predicate = self.k.title(t.group(), "").predicate
            if predicate == "holdsPosition":      # "Wakil Ketua DPRD A, B, dan C": people already recognised
                listed = self.listed_persons(person, s)
            elif predicate in ("playsFor", "memberOf"):
                listed = self.person_list(person.start, s)   # (it marks names it reads: only after a member's title)
            else:
                continue
            if len(listed) > 1 and re.search(r"\b(?:dan|serta)\b|/", self.text[listed[-2].end:listed[-1].start]):
                # "Pemain PSM Makassar A dan B", "Wakil Ketua DPRD A, B, dan C" (not "pengamat X, A, B mengatakan")
                for other in listed[1:]:
                    self.post(other, t, (unit_start or t.end(), person.start), s, "title-before-name", former)

    def given_to_person_before(self, pos: int, s: Sentence) -> bool:
        """A person and a link stand right before pos ("A sebagai | Pj Gubernur Banten")."""
        people = self.mentions_in(s.start, pos, "Person")
        if not people:
            return False
        after = _SPACES_COMMAS.match(self.text, people[-1].end, pos).end()
        link = self.k.apposition.match(self.text, after, pos)   # (past a comma: "A, ditetapkan sebagai | Kepala ...")
        return link is not None and not self.text[link.end():pos].strip(" ,")

    def headline_verb_between(self, start: int, end: int) -> bool:
        """In a headline, a bare verb stands between a title and a name ("Mendagri Lantik 2 Pj Gubernur Baru,
        Made ...")."""
        return title_case_line(self.text, start) and \
            any(w in word_set("headline_verbs") for w in re.findall(r"[A-Za-z]+", self.text[start:end]))

    def holder_before(self, t: re.Match, unit_start: int, s: Sentence) -> tuple[Mention, int] | None:
        """The person written right before a title with no comma between ("Rudi Hartanto Bupati Kendal, Jawa
        Tengah"), when the title's unit ends the clause or a list item: the title is that person's; so is it
        after a comma in a list whose items end in semicolons ("A, Duta Besar X; B, Duta Besar Y"). With the
        person, where the unit ends."""
        listed = ";" in self.text[s.start:s.end]
        # (an acting holder's word may come between: "RH Plt Sekda Kabupaten X, TS Kepala Dinas Y")
        before = [m for m in self.mentions_in(s.start, t.start(), "Person") if m.end == t.start() - 1 or
                  listed and self.text[m.end:t.start()] == ", " or
                  m.end < t.start() - 1 and _ACTING.fullmatch(self.text, m.end + 1, t.start())]
        if not before or self.text[t.start() - 1] != " " or self.title_at(before[0].start, before[0].end) or \
                not re.fullmatch(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)+", before[0].text) and \
                before[0].source != "rule:initials":
            return None                       # (a name of two words or more, all capitalised; or initials)
        end = self.unit_end(unit_start, s)
        item_end = r"\s*(?:;|\.?\s*$)" if self.text[before[0].end:t.start()] == ", " else r"\s*(?:[,.;)]|dan\b|serta\b|$)"
        if end <= unit_start or not re.match(item_end, self.text[end:s.end]):
            return None
        gap = _TERM.match(self.text, end, s.end)
        return None if self.next_person(gap.end(), s) and self.text[end:end + 1] != "," else (before[0], end)

    def listed_persons(self, first: Mention, s: Sentence) -> list[Mention]:
        """The recognised people listed from first on: "A, B, dan C"."""
        listed = [first]   # (mention_at, not kg.spans.listed_runs: a shorter mention may lie inside a name)
        while (gap := re.match(_LIST_GAP, self.text[listed[-1].end:s.end])):
            nxt = self.mention_at(listed[-1].end + gap.end())
            if nxt is None or nxt.type != "Person":
                break
            listed.append(nxt)
        return listed

    def listed_as_former(self, pos: int) -> bool:
        """A "Post: Name" line of a list whose opening line (ending in ":") names posts given up ("Berikut
        menteri yang dicopot:"): the lines above back to that opening line are lines of the same list."""
        line_start = self.text.rfind("\n", 0, pos) + 1
        while line_start > 0:
            prev_start = self.text.rfind("\n", 0, line_start - 1) + 1
            line = self.text[prev_start:line_start].strip()
            if line.endswith(":"):
                return bool(self.k.former_list_intro.search(line))
            if not re.match(r"[^:]{2,80}:\s*\S", line):
                return False
            line_start = prev_start
        return False

    def anaphoric_titles(self, s: Sentence) -> None:
        """"Sutrisno membantah ... Menurut mantan Ketua DPD Golkar Sidoarjo itu, ...": a title with its unit and
        "itu"/"tersebut" and no name stands for the person named last before (in this sentence or the one before)."""
        previous = self.doc.sentences[s.index - 1].start if s.index > 0 else s.start
        for t in self.k.title_re.finditer(self.text, s.start, s.end):
            if any(m.entity for m in self.overlapping(t.start(), t.end())) or self.is_negated(t.start(), s):
                continue
            end = self.unit_end(t.end() + 1, s)
            if end <= t.end() + 1 or not self.k.anaphor_after_unit.match(self.text, end, s.end) or \
                    self.mentions_in(t.end(), end, "Person"):
                continue
            before = self.mentions_in(previous, t.start(), "Person")
            if before:
                person = Mention(t.start(), end, before[-1].text, "Person", "coref:title", 0.6,
                                 entity=before[-1].entity)
                self.post(person, t, (t.end(), end), s, "title-anaphor", self.is_former(t.start(), s))

    def seats_filled(self, s: Sentence) -> None:
        """"Kursi Pj Gubernur Jambi lalu menjadi milik A", "posisi Kapolres X kini diisi oleh
        Y": the post of a seat's title goes to the person named after the verb that fills it."""
        for seat in self.k.seat_nouns_re.finditer(self.text, s.start, s.end):
            t = self.title_at(seat.end() + 1, s.end)
            if t is None or self.is_negated(seat.start(), s):
                continue
            end = self.unit_end(t.end() + 1, s)
            fill = self.k.seat_fillers_re.search(self.text, end, min(s.end, end + 40))
            if fill is None:
                continue
            rank_end = self.is_rank_at(fill.end() + 1, s.end)   # "dijabat oleh AKBP X"
            person = self.mention_at((rank_end or fill.end()) + 1)
            between = self.text[end:fill.start()]
            if person is None or person.type != "Person" or re.search(r"[.;,]", between) or \
                    set(between.lower().split()) & self.k.replaced_later:
                continue                      # (the words between tell when: "kemudian", "kini"; not "akan")
            former = self.is_former(seat.start(), s) or self.is_former(fill.start(), s)   # ("sebelumnya dijabat")
            self.post(person, t, (t.end(), end), s, "seat-filled", former)

    def relative_of_head(self, title_start: int, person: Mention, s: Sentence) -> bool:
        """"Istri Gubernur Jawa Tengah, Ratna Wulandari": the name after a relative's word, the title and a
        comma is the relative's (with no comma, "Kuasa hukum Bupati X", the name is the head's)."""
        before = self.before_words(title_start, s, 2)
        return any(w in self.k.relatives for w in (" ".join(before), before[-1] if before else "")) and \
            "," in self.text[title_start:person.start]

    # ---------------------------------------------------------------- titles after a name
    def appointed(self, s: Sentence) -> None:
        """"menunjuk Dian Puspitasari sebagai Direktur Utama ...": the name after an appointing verb is a
        person's, also when the recogniser typed it otherwise."""
        for v in self.k.appointer_re.finditer(self.text, s.start, s.end):
            pos = v.end() + 1
            while rank_end := self.is_rank_at(pos, s.end):
                pos = rank_end + 1
            m = self.mention_at(pos)
            if m and m.type != "Person" and self.k.apposition.match(self.text, m.end + 1, s.end):
                self.as_person(m)
            elif not m and not self.overlapping(pos, pos + 1):   # a name the recogniser missed
                end = self.name_words_end(pos, s, people=True)
                if 2 <= len(self.text[pos:end].split()) <= 4 and self.person_like(self.text[pos:end]) and \
                        self.k.apposition.match(self.text, end + 1, s.end):
                    self.person_from_slot(pos, end)

    def pronoun_subjects(self, s: Sentence) -> list[tuple[Mention, int]]:
        """"Ia sebelumnya menjabat sebagai Kapolda ...": a pronoun followed by a link stands for the person
        named last before it; (that person, where the pronoun ends)."""
        out = []
        for w in self.k.pronoun_re.finditer(self.text, s.start, s.end):
            pos = w.end() + 1
            while (a := _WORD.match(self.text, pos, s.end)) and a.group().lower() in self.k.adverbs:
                pos = a.end() + 1
            if not self.k.apposition.match(self.text, pos, s.end):
                continue
            before = self.mentions_in(max(0, s.start - 2000), w.start(), "Person")
            if before:
                out.append((Mention(w.start(), w.end(), w.group(), "Person", "coref:pronoun", 0.6,
                                    entity=before[-1].entity), w.end()))
        return out

    def aged_names(self, s: Sentence) -> None:
        """"Pelarian Hendra Gunadi (51), bos PT X": two to four name words before an age in brackets are a
        person's, also when the recogniser missed them (ordinary words opening them are left out)."""
        for age in re.finditer(r"((?:[A-Z][\w'-]+ ){1,4})\(\d{1,3}\)", self.text[s.start:s.end]):
            words = age.group(1).split()
            while words and (words[0].lower() in word_set("common_words") or self.k.nominal_re.fullmatch(words[0].lower())):
                words.pop(0)
            start = s.start + age.start(1) + len(age.group(1)) - len(" ".join(words)) - 1
            end = start + len(" ".join(words))
            if not 2 <= len(words) <= 4 or not self.person_like(self.text[start:end]):
                continue
            for m in self.overlapping(start, end):   # "Pelarian Hendra Gunadi" read as one name
                if m.type == "Person" and m.start < start and m.end == end and \
                        f"{self.text[m.start:start].strip()} {words[0]}" not in word_set("name_particles"):
                    self.drop(m)                      # (not "I Gusti Putu X": "I" opens the name)
            if not self.overlapping(start, end):
                self.person_from_slot(start, end)

    def titles_after_names(self, s: Sentence) -> None:
        self.aged_names(s)
        self.appointed(s)
        self.tickets(s)
        self.listed_tickets(s)
        self.typed_otherwise_before_link(s)
        opening = self.k.former_clause.match(self.text, s.start)
        clause_end = self.text.find(",", s.start, s.end) if opening else -1
        people = [(p, p.end) for p in self.mentions_in(s.start, s.end, "Person")] + self.pronoun_subjects(s)
        for p, end in people:
            pos, comma = end, False
            rest = self.text[pos:s.end]
            # "Hendra Gunadi (51), bos PT X"; "Budi Santoso (Pj Bupati Bekasi)": the post in brackets
            # ("Bayu Pratama (BP) selaku Direktur PT X": the initials in brackets too)
            lead = re.match(r"\s*(?:\((?:\d{1,3}|[A-Z]{2,5})\)\s*)?(,|\()?\s*", rest)
            comma, pos = bool(lead.group(1)), pos + lead.end()
            bracketed = lead.group(1) == "("
            origin = re.match(r"\s*dari\s+((?:fraksi\s+|partai\s+)?)", self.text[pos:s.end], re.IGNORECASE)
            # ("dari Partai Nasdem": the party named with its head word or without)
            body = origin and not comma and (self.mention_at(pos + origin.end()) or
                                             self.mention_at(pos + origin.start(1)))
            if body and body.type == "Organization" and body.start in (pos + origin.start(1), pos + origin.end()):
                pos = body.end + 1            # "X dari fraksi Golkar kini memegang posisi Ketua DPRD": past the party
                if self.k.party_re.match(self.text, body.start) or origin.group().strip().lower() != "dari":
                    self.out.add(p.entity, "memberOf", body.entity, s.index, (p.start, body.end), "party-of-name", 0.75)
            elif origin and not comma and self.moved(p, pos + origin.end(), s):
                continue
            while (w := _WORD.match(self.text, pos, s.end)) and w.group().lower() in self.k.adverbs:
                pos = w.end() + 1
            link = self.k.apposition.match(self.text, pos, s.end) or self.verb_link(pos, s)
            former = False
            if link:
                former = bool(self.k.former_after.fullmatch(link.group())) or 0 <= clause_end < p.start
                pos = link.end()
                pos += len(self.text[pos:s.end]) - len(self.text[pos:s.end].lstrip())
            elif not comma or self.titled_before(p, s):
                continue      # "Sekda X, H. Budi, Kepala OPD ...": a list of officials, each title before its holder
            if not (link and link.group()[:1].islower()) and title_case_line(self.text, p.start):
                continue      # "Penuhi Permintaan X, Menhub Siap ...": a headline's comma is no apposition
            while True:       # "mantan", "eks" before the title
                w = _WORD.match(self.text, pos, s.end)
                if w and w.group().lower() in self.k.former_before:
                    former, pos = True, w.end() + 1
                else:
                    break
            t = self.title_at(pos, s.end)
            if not t or self.is_negated(p.start, s):
                continue
            t, unit_start = self.bracketed_title(t, s)
            nxt = re.match(r"\s*", self.text[unit_start:s.end]).end() + unit_start
            if (m := self.mention_at(nxt)) and m.type == "Person":
                if not (link and link.group().strip(" ,") and " " not in m.text
                        and "{}" in (self.k.title(t.group(), m.text).object or "")):
                    continue                  # "X, Menkeu Sri ...": the title is the next name's
                self.drop(m)                  # "X selaku Kepala Desa Jelgung": X holds it; the word is its unit
            end = self.unit_end(unit_start, s)
            gap = _TERM.match(self.text, end, s.end)
            if bracketed and self.text[end:end + 1] != ")":
                continue                      # the post in brackets is all of what they hold
            if not bracketed and self.text[gap.end() - 1:gap.end()] == " " and self.next_person(gap.end(), s):
                continue                      # "A, Wali Kota Depok B, ...": a list; the title is B's
            if not bracketed and self.text[end:end + 2] == ", " and self.next_person(end + 2, s) and \
                    self.titles_lead_list(end, s):
                continue                      # "A, Menteri X, B, ..., dan Menteri Y, C": each title before its holder
            short = re.match(r"\s*\([^()]{1,25}\)\s+", self.text[end:s.end])
            if not bracketed and short and self.next_person(end + short.end(), s):
                continue                      # "A, Menteri Luar Negeri (Menlu) B": the title and its short form are B's
            self.post(p, t, (unit_start, end), s, "title-after-name", former)
            if former:                        # "... yang sebelumnya menjabat Kepala Dinas X kini menjadi ..."
                now = self.k.now_link.match(self.text, end, s.end)
                link_end, held_before = (now.end() if now else None), False
            else:                             # "A, Kepala Dinas X, ditunjuk sebagai Pjs Bupati Y"
                link_end, held_before = self.second_link(end, s)
            later = self.title_at(_ACTING.match(self.text, link_end).end(), s.end) if link_end else None
            if later:                         # "... yang sebelumnya menjabat Kepala Dinas X kini menjadi Asisten Y"
                self.post(p, later, (later.end(), self.unit_end(later.end(), s)), s, "title-after-name", held_before)
            slash = self.text.find("/", unit_start, end)
            second = self.title_at(slash + 1, end) if slash >= 0 else None
            if second:                        # "sebagai Wakil Menteri Investasi/Wakil Kepala BKPM": both posts
                self.post(p, second, (second.end(), end), s, "title-after-name", former)

    def titles_lead_list(self, pos: int, s: Sentence) -> bool:
        """The list after pos ends "dan <title>, <name>": its titles are written before their holders."""
        last = None
        for last in re.finditer(r"\b(?:dan|serta) ", self.text[pos:s.end]):
            pass
        if last is None:
            return False
        t = self.title_at(pos + last.end(), s.end)
        if not t:
            return False
        end = self.unit_end(t.end(), s)
        return self.text[end:end + 2] == ", " and self.next_person(end + 2, s)

    def second_link(self, pos: int, s: Sentence) -> tuple[int | None, bool]:
        """"A, Kepala Dinas X, ditunjuk sebagai Pjs Bupati Y": after the post and a comma, a link to another post
        the name holds too: where that post's title may begin, and whether it was held before ("A sebagai
        Kepala Dinas X, sebelumnya menjabat sebagai Kabag Y"); (None, False) if no link."""
        comma = _COMMA.match(self.text, pos, s.end)
        link = comma and (self.k.apposition.match(self.text, comma.end(), s.end) or self.verb_link(comma.end(), s))
        if not link:
            return None, False
        return _SPACE.match(self.text, link.end()).end(), bool(self.k.former_after.fullmatch(link.group()))

    def verb_link(self, pos: int, s: Sentence) -> re.Match | None:
        """"X menempati jabatan baru sebagai ...": a verb phrase ending in "sebagai" after a name, unless it
        denies ("X menolak disebut sebagai ...")."""
        link = self.k.verb_link.match(self.text, pos, s.end)
        return link if link and not self.k.negation & set(link.group().split()) else None

    def replaced_before(self, pos: int, s: Sentence) -> bool:
        """"Mereka menggantikan Gubernur A X, Gubernur B Y, dan ...": a post listed after a replacing verb,
        with no lower-case word but a conjunction between, was held before."""
        def listed_after_cue(start: int, end: int) -> bool:
            cue = None
            for c in self.k.replaced_re.finditer(self.text, start, end):
                cue = c
            if cue is None or (self.text[start:cue.start()].split() or [""])[-1].lower() in self.k.replaced_later:
                return False
            # ("menggantikan bupati Sleman A, bupati Bantul B": a title may be written in lower case)
            listed = self.k.title_re.sub(" ", self.text[cue.end():end])
            return all(w in ("dan", "serta") or not w[:1].islower() for w in re.findall(r"[\w'-]+", listed))
        if listed_after_cue(s.start, pos):
            return True
        # ("... Gubernur B Y. Kemudian, Gubernur C Z": the list goes on in this sentence)
        before = self.doc.sentences[s.index - 1] if s.index else None
        return before is not None and self.k.list_goes_on.match(self.text, s.start) is not None and \
            all(not w[:1].islower() or w in ("dan", "serta") for w in re.findall(r"[\w'-]+", self.text[s.start:pos])[1:]) and \
            listed_after_cue(before.start, before.end)

    def titled_before(self, p: Mention, s: Sentence) -> bool:
        """p holds a post read from a title written right before the name, in this sentence."""
        return any(e.sentence == s.index and e.extractor == "relations.title-before-name" and
                   e.start < p.start and e.end <= p.end
                   for r in self.out.found.values() if r.subject == p.entity for e in r.evidence)

    def moved(self, p: Mention, pos: int, s: Sentence) -> bool:
        """"X dari Kepala Dinas A dan Plt Kepala B menjadi Kepala C" (a list of officials moved to new posts): the
        posts after "dari" are held before, the one after "menjadi" is held now. False when no post follows "dari"."""
        if self.is_negated(p.start, s):
            return False
        posts = []
        while t := self.title_at(_ACTING.match(self.text, pos).end(), s.end):
            end = self.unit_end(t.end(), s)
            joined = next((j for j in _JOINED.finditer(self.text, t.end(), end)
                           if self.title_at(j.end(), s.end)), None)   # "Kepala Dishub | dan Plt Kepala Distan"
            end = joined.start() if joined else end
            posts.append((t, end))
            short = re.match(r"\s*\([^()]{1,20}\)", self.text[end:s.end])   # "Sekretaris Dewan (Sekwan) dan ..."
            joined = _JOINED.match(self.text, end + (short.end() if short else 0), s.end)
            if not joined:
                break
            pos = joined.end()
        now = re.match(r"\s*,?\s*(?:menjadi|sebagai)\s+", self.text[posts[-1][1]:s.end]) if posts else None
        later = self.title_at(_ACTING.match(self.text, posts[-1][1] + now.end()).end(), s.end) if now else None
        if not later:
            return False
        now_unit = (later.end(), self.unit_end(later.end(), s))
        for t, end in posts:   # (not "dari Plt Kepala Dinsos menjadi Kepala Dinsos": the same post, for good now)
            if self.text[t.end():end].strip() != self.text[slice(*now_unit)].strip() and \
                    self.mentions_in(t.end(), end, "Organization"):   # (not "Sekretaris Dewan": no body named)
                self.post(p, t, (t.end(), end), s, "title-after-name", True)
        self.post(p, later, now_unit, s, "title-after-name", False)
        return True

    def tickets(self, s: Sentence) -> None:
        """"A-B (or A dan B) sebagai Bupati dan Wakil Bupati Solok": a ticket of two, the first holds the first
        post of the unit, the second the second."""
        for p in self.mentions_in(s.start, s.end, "Person"):
            q = self.running_mate(p, s.end)
            if q is None:
                continue
            pos = q.end + 1
            while (w := _WORD.match(self.text, pos, s.end)) and w.group().lower() in self.k.adverbs:
                pos = w.end() + 1             # "A dan B resmi dilantik sebagai ..."
            link = self.k.apposition.match(self.text, pos, s.end)
            first = self.title_at(link.end() + 1, s.end) if link else None
            second = self.joined_title(first, s.end) if first else None
            if second:
                unit = (second.end(), self.unit_end(second.end(), s))
                self.post(p, first, unit, s, "ticket", False)
                self.post(q, second, unit, s, "ticket", False)

    def listed_tickets(self, s: Sentence) -> None:
        """"Para Bupati dan Wakil Bupati baru itu ialah: 1. A dan B (Sleman); 2. C dan D (Bantul)": each pair listed
        with a place in brackets holds the two titles written before the list, in that place."""
        for p in self.mentions_in(s.start, s.end, "Person"):
            q = self.running_mate(p, s.end, styled=True)
            bracket = _PLACE_BRACKET.match(self.text, DEGREES_AFTER.match(self.text, q.end).end()) if q else None
            place = self.mention_at(bracket.end()) if bracket else None
            if place is None or place.type != "Place" or not self.text.startswith(")", place.end):
                continue
            titles = self.ticket_titles(s, p.start)
            if titles:
                self.post(p, titles[0], (place.start, place.end), s, "ticket", False)
                self.post(q, titles[1], (place.start, place.end), s, "ticket", False)

    def ticket_titles(self, s: Sentence, pos: int) -> tuple[re.Match, re.Match] | None:
        """The last two titles joined by "dan" ("Gubernur dan Wakil Gubernur"), not candidates', before pos in the
        sentence, else in the sentence that opens the list pos is an item of (those between hold listed pairs)."""
        index, start = s.index, s.start
        while True:
            pair = None
            for t in self.k.title_re.finditer(self.text, start, pos):
                second = self.joined_title(t, pos)
                if second and not self.is_negated(t.start(), self.doc.sentences[index]):
                    pair = (t, second)
            if pair or index == 0 or index < s.index - 12:
                return pair
            index -= 1
            before = self.doc.sentences[index]
            if "(" not in self.text[before.start:before.end] and self.text[before.end - 1:before.end] != ":" and \
                    not re.search(r":\s*\d{1,2}\.?\s*$", self.text[before.start:before.end]) and \
                    not re.match(r"\d{1,2}[.)] ", self.text[before.start:before.end]):
                return None                   # no list item, nor a line opening one
            start, pos = before.start, before.end

    def running_mate(self, p: Mention, end: int, styled: bool = False) -> Mention | None:
        """The person joined to p by a hyphen, "dan" or "serta" ("A-B", "A dan B"): a ticket's second; ``styled``,
        a list item's pair, also joined by "&" and past degrees and styles ("A, M.H. dan Drs. H. B")."""
        if styled:
            starts = pair_starts(self.text, p.end, end)
        else:
            joined = _MATE_JOINT.match(self.text, p.end, end)
            starts = (joined.end(),) if joined else ()
        q = next((m for m in map(self.mention_at, starts) if m is not None), None)
        return q if q is not None and q.type == "Person" else None

    def joined_title(self, t: re.Match, end: int) -> re.Match | None:
        """The title joined to t by "dan" or "serta" ("Bupati dan Wakil Bupati"): a ticket's second post."""
        joint = _TITLE_JOINT.match(self.text, t.end(), end)
        return self.title_at(joint.end(), end) if joint else None

    def typed_otherwise_before_link(self, s: Sentence) -> None:
        """"Dian Puspitasari sebagai Wakil Menteri Kesehatan" with the name typed an organization: a name followed
        by a link and a person's title is a person's, when nothing links it and its words are a name's."""
        for m in self.mentions_in(s.start, s.end):
            if m.type == "Person" or not m.entity:
                continue
            link = self.k.apposition.match(self.text, m.end + 1, s.end)
            if link and self.text[m.end:m.end + 1] == " " and (t := self.title_at(link.end() + 1, s.end)) and \
                    self.k.title(t.group(), "").predicate in ("leads", "holdsPosition"):
                self.as_person(m)

    def next_person(self, pos: int, s: Sentence) -> bool:
        """A person is named at pos, after any rank words ("AKBP", "Irjen Pol"): a mention, or two to four
        name words no mention covers."""
        while rank_end := self.is_rank_at(pos, s.end):
            pos = rank_end + 1
        m = self.mention_at(pos)
        if m:
            return m.type == "Person"
        end = self.name_words_end(pos, s, people=True)
        return not self.overlapping(pos, end) and 2 <= len(self.text[pos:end].split()) <= 4 \
            and self.person_like(self.text[pos:end])

    def bracketed_title(self, t: re.Match, s: Sentence) -> tuple[re.Match, int]:
        """"Kepala Kepolisian Daerah (Kapolda) Jawa Barat": a title written in full then as its acronym in
        brackets reads as the acronym's title, its unit after the bracket; (title, where its unit starts)."""
        full = re.match(r"(?:\s+[A-Z][\w-]*){0,5}\s+\(", self.text[t.end():s.end])   # ("Kepala Desa (Kades) X")
        inner = self.title_at(t.end() + full.end(), s.end) if full else None
        if inner and self.text[inner.end():inner.end() + 1] == ")" and self.k.title(inner.group(), "").object:
            return inner, inner.end() + 1
        return t, t.end()

    def unit_end(self, pos: int, s: Sentence) -> int:
        """Where the capitalised unit after a title ends (at a comma, a verb, a name)."""
        end = pos
        while pos < s.end:
            while pos < s.end and self.text[pos].isspace():
                pos += 1
            m = self.mention_at(pos)
            if m:
                if m.type == "Person":
                    break
                end = pos = m.end
                if self.text[pos:pos + 1] in ",.;":
                    break
                continue
            w = _WORD.match(self.text, pos, s.end)
            if not w:
                break
            bare = w.group().strip(",.;:\"'")
            low = bare.lower()
            nxt = _WORD.match(self.text, w.end() + 1, s.end) if w.end() < s.end else None
            if low in ("dan", "serta") and nxt and (after := self.mention_at(nxt.start())) and after.type == "Person":
                break                         # "sebagai Wakil Menteri Kesehatan dan Ahmad ...": the next person
            if not (bare[:1].isupper() or bare[:1].isdigit() or "/" in bare or low in self.k.adjectives
                    or self.k.ordinal_re.fullmatch(low)
                    or low in ("untuk", "bagi", "dari", "asal")
                    or low in self.k.name_words and nxt and nxt.group()[:1].isupper()):
                break
            end = pos + len(w.group().rstrip(",.;:"))
            pos = w.end()
            if w.group().endswith((",", ".", ";", ":")):
                break
        return end

    # ---------------------------------------------------------------- verbs
    def verbs(self, s: Sentence) -> None:
        for pred, passive, active, parties, sports in self.k.verbs:
            if sports and not self.sports_report():
                continue
            def fits(org: Mention | None) -> bool:
                return org is not None and (parties is None or parties == bool(self.k.party_re.match(org.text)))
            for v in passive.finditer(self.text, s.start, s.end):
                org = self.nearest_before(v.start(), s, "Organization", gap_words=3) or self.unit_before(v.start(), s)
                org = self.full_name(org) if fits(org) else None
                person = self.first_after(v.end(), s, "Person", 6) or (self.named_after(v.end(), s) if org else None)
                if person and any(self.k.title(t.group(), "").predicate != pred
                                  for t in self.k.title_re.finditer(self.text, v.end(), person.start)):
                    continue                  # "mendatangkan pelatih baru X": the title's reading
                if org and person and not self.is_negated(v.start(), s):
                    self.out.add(person.entity, pred, org.entity, s.index, (org.start, person.end), "verb-passive",
                                 0.8, v.group(), self.is_former(v.start(), s))
            for v in active.finditer(self.text, s.start, s.end):
                person = self.nearest_before(v.start(), s, "Person", gap_words=3)
                org = self.first_after(v.end(), s, "Organization", 3)
                org = org if fits(org) else None
                if org and re.search(r"\bdari\b", self.text[v.end():org.start]):
                    continue                  # "didatangkan dari PSS Sleman": the team left
                if org and person and not self.is_negated(v.start(), s):
                    self.out.add(person.entity, pred, org.entity, s.index, (person.start, org.end), "verb-active",
                                 0.8, v.group(), self.is_former(v.start(), s))

    def named_after(self, pos: int, s: Sentence) -> Mention | None:
        """"tim X asuhan M. Rasyid": two or more name words right after a verb that no mention covers are a person."""
        start = pos + len(self.text[pos:s.end]) - len(self.text[pos:s.end].lstrip())
        name = _NAME_AFTER.match(self.text, start, s.end)
        if not name or len(name.group().split()) < 2 or self.overlapping(start, name.end()) or \
                self.title_at(start, s.end) or title_case_line(self.text, start):
            return None                       # (not "mendatangkan Pelatih Baru", nor a headline's words)
        return self.person_from_slot(start, name.end())

    def unit_before(self, pos: int, s: Sentence) -> Mention | None:
        """"Persebaya Surabaya resmi merekrut ...": capitalised words opening the clause that no mention covers
        and that end like a unit (a team and its city, an organization ending) are the organization."""
        words = self.words(s.start, pos)
        while words and words[-1].group().lower().rstrip(",") in self.k.adverbs | self.k.supports_between | {"yang"}:
            words.pop()
        if not words:
            return None
        end, start = words[-1].end(), None
        for w in reversed(words):
            if not w.group()[:1].isupper() or w.group().endswith(",") and start is not None:
                break
            start = w.start()
        end = start + len(self.text[start:end].rstrip(",")) if start is not None else end
        if start is None or not (start == s.start or self.text[:start].rstrip().endswith(",")) \
                or any(m.type != "Place" or m.start <= start or m.end > end for m in self.overlapping(start, end)) \
                or places.lookup(self.text[start:end]) \
                or not 2 <= len(self.text[start:end].split()) <= 4 \
                or not self.known_unit(self.text[start:end], start, None):
            return None
        key = self.entity(self.text[start:end], "Organization", (start, end))
        return next((m for m in self.doc.entities[key].mentions if m.start == start), None)

    def nearest_before(self, pos: int, s: Sentence, type_: str, gap_words: int) -> Mention | None:
        before = [m for m in self.mentions_in(s.start, pos)]
        if before and before[-1].type == type_:
            gap = self.text[before[-1].end:pos]
            if len(gap.split()) <= gap_words and not re.search(r"[.;:]", gap):
                return before[-1]
        words = self.text[s.start:pos].split()
        if type_ == "Person" and words and words[-1].lower() in _PRONOUNS | {"kini", "pernah", "sempat"}:
            people = [w for w in words[-3:] if w.lower() in _PRONOUNS]
            if people:
                earlier = self.mentions_in(0, s.start, "Person") + self.mentions_in(s.start, pos, "Person")
                return earlier[-1] if earlier else None
        if type_ == "Organization":    # the subject of the sentence: "Persis, klub yang ..., kini dilatih X"
            first = self.mentions_in(s.start, pos)
            if first and first[0].type == type_ and not any(m.type in ("Person", "Organization") for m in first[1:]):
                return first[0]
        return None

    def full_name(self, m: Mention) -> Mention:
        """"Konfederasi Serikat Pekerja Indonesia (KSPI)": the name before the bracketed acronym."""
        if self.text[m.start - 1:m.start] == "(":
            before = self.mentions_in(0, m.start - 1)
            if before and not self.text[before[-1].end:m.start - 1].strip():
                return before[-1]
        return m

    def first_after(self, pos: int, s: Sentence, type_: str, max_words: int) -> Mention | None:
        for m in self.mentions_in(pos, s.end):
            if len(self.text[pos:m.start].split()) > max_words:
                return None
            if m.type == type_:
                return m
        return None

    # ---------------------------------------------------------------- teams
    def person_list(self, pos: int, s: Sentence, scorers: bool = False) -> list[Mention]:
        """Names at pos joined by commas and 'dan': "Rafael Oliveira dan Dimas Aditya". In this slot
        capitalised words no mention covers are a name too ("berkat gol Matheus Cardoso Silva"). In a
        list of scorers the minute and the manner of each goal may follow a name ("A pada menit ke-8, B (64')")."""
        out = []
        while True:
            if scorers and out and (minute := self.k.minute_re.match(self.text, pos, s.end)):
                pos = minute.end()
            gap = re.match(r"\s*(?:[,/]\s*)?(?:(?:dan|serta)\s+)?", self.text[pos:s.end])   # "Bagas/Rendy"
            start = pos + gap.end()
            if scorers and out and (more := _GOAL_BEFORE_NAME.match(self.text, start, s.end)):
                start = more.end()            # "A (29'), dan hat-trick B"
            m = self.mention_at(start)
            if m is None and not [x for x in self.overlapping(start, start + 1) if x.type != "Person"]:
                end = self.name_words_end(start, s, people=True)
                joined = re.search(r"\s(?:dan|serta)\s", self.text[start:end])
                end = start + joined.start() if joined else end
                words = self.text[start:end].split()
                # (the last of listed scorers may go by one name: "lewat Rafael Souza dan Tavinho")
                mononym = scorers and out and gap.group().strip() and len(words) == 1 and \
                    re.fullmatch(r"[A-Z][a-z]{3,}", words[0]) and not is_base_word(words[0].lower()) and \
                    not places.lookup(words[0])
                if len(words) >= 2 or mononym:
                    m = self.person_from_slot(start, end)
            m = self.as_person(m) if m else None
            if not m or (out and not gap.group().strip()):
                return out
            out.append(m)
            pos = m.end

    def scorers(self, s: Sentence) -> None:
        k = self.k
        for g in k.goal_re.finditer(self.text, s.start, s.end):
            pos = g.end() + 1
            while (w := _WORD.match(self.text, pos, s.end)) and w.group().lower() in k.count_words:
                pos = w.end() + 1             # "Gol tunggal kemenangan Persiba dilesakkan oleh ..."
            if (w := _WORD.match(self.text, pos, s.end)) and w.group().lower() in k.team_after:
                pos = w.end() + 1             # "Gol untuk Perseru Badak Lampung dicetak oleh ..."
            team, team_end = self.team_at(pos, s)
            if not team:                      # "Dua gol Persebaya dicetak oleh ...": a team no mention covers
                end = self.name_words_end(pos, s)
                if end > pos and len(self.text[pos:end].split()) <= 3 and \
                        k.score_verb_re.match(self.text, end + 1, s.end) and not self.overlapping(pos, end):
                    team, team_end = self.entity(self.text[pos:end], "Organization", (pos, end)), end
            v = None if team else k.score_verb_re.match(self.text, g.end() + 1, s.end)
            if v and (before := self.team_before(g.start(), s)):
                team, team_end = before, g.end()  # "untuk Persib, gol dicetak oleh Ghozali Siregar"
            if team:
                pos = team_end + 1
                against = k.against_re.match(self.text, pos, s.end)
                if against and (other := self.team_at(against.end() + 1, s))[0]:
                    pos = other[1] + 1        # "gol PSBS ke gawang Semen Padang dicetak X": past the side conceding
                while (w := _WORD.match(self.text, pos, s.end)) and w.group().lower() in k.scorer_adverbs:
                    pos = w.end() + 1         # "Gol-gol Persib berhasil dicetak oleh ..."
                v = k.score_verb_re.match(self.text, pos, s.end)
                if not v:
                    continue
                pos = v.end()                 # "dilesakkan gelandang muda Rizky Pratama Putra"
                while (t := self.title_at(pos + 1, s.end)) or (w := _WORD.match(self.text, pos + 1, s.end)) \
                        and w.group().lower() in k.adjectives:
                    pos = t.end() if t else w.end()
                players = self.person_list(pos, s, scorers=True)
            else:
                players = self.person_list(g.end(), s)
                after = _WORD.match(self.text, players[-1].end + 1, s.end) if players else None
                carried = k.carries_re.match(self.text, players[-1].end + 1, s.end) if players else None
                if carried:                   # "Hat-trick Stefano mengantarkan Borneo FC menang"
                    after = carried
                elif not after or after.group().lower() not in k.team_after:
                    continue
                team, _ = self.team_at(after.end() + 1, s)
                if not team:
                    continue
            for p in players:
                self.out.add(p.entity, "playsFor", team, s.index, (g.start(), p.end), "scorer", 0.8)
        for v in k.score_active_re.finditer(self.text, s.start, s.end):   # "Ciro mencetak dua gol bagi Persib"
            person = self.nearest_before(v.start(), s, "Person", gap_words=2)
            next_words = self.text[v.end():v.end() + 30]
            if person is None and k.goal_words & {w.group().lower() for w in _WORD.finditer(next_words)}:
                # a name the recogniser left unmarked after a minute: "pada menit ke-82 Diego Lima mencetak gol ..."
                person = self.scorer_unmarked(len(self.text[:v.start()].rstrip()), s)
            if not person or self.is_negated(v.start(), s):
                continue
            goal = False
            for w in _WORD.finditer(self.text, v.end(), s.end):
                low = w.group().lower()
                if low in k.goal_words:
                    goal = True
                elif not (low in k.count_words or low in k.team_after or low.isdigit() or low == "buat"):
                    team, _ = self.team_at(w.start(), s) if goal else (None, 0)
                    if goal and not team and k.own_team_re.match(self.text, w.start(), s.end):
                        sides = [m for m in self.sides_in(s.start, person.start, s) if m.entity != self.doc.publisher]
                        team = sides[-1].entity if sides else None
                    if team:
                        self.out.add(person.entity, "playsFor", team, s.index, (person.start, w.end()), "scorer", 0.75)
                    break
        for g in k.teammate_re.finditer(self.text, s.start, s.end):   # "Rekan setimnya, Marc Klok,"
            before = [r for r in self.out.found.values() if r.predicate == "playsFor" and not r.former
                      and r.evidence[0].start < g.start()]
            slot = g.end() + len(re.match(r",?\s*", self.text[g.end():s.end]).group())
            if before:
                team = max(before, key=lambda r: r.evidence[0].start).object
                for p in self.person_list(slot, s):
                    self.out.add(p.entity, "playsFor", team, s.index, (g.start(), p.end), "teammate", 0.7)
        for g in k.thanks_re.finditer(self.text, s.start, s.end):
            team = self.scoring_team(g.start(), s)
            if team:
                for p in self.person_list(g.end(), s, scorers=True):
                    self.out.add(p.entity, "playsFor", team.entity, s.index, (team.start, p.end), "scorer", 0.75)
            elif (winner := self.previous_team(s, k.team_anaphor_re.match(self.text, s.start) is not None)) and \
                    (k.win_re.search(self.text, s.start, g.start()) or k.team_anaphor_re.match(self.text, s.start)):
                # "Persiba menang 2-0 atas PSIS. ..., tuan rumah unggul berkat gol A dan B"; "Mereka meraih gol dari A"
                for p in self.person_list(g.end(), s, scorers=True):
                    self.out.add(p.entity, "playsFor", winner.entity, s.index, (g.start(), p.end), "scorer", 0.7)
        self.assists(s)
        self.goal_before_lead(s)
        self.goal_into_side(s)
        self.goal_keepers(s)
        self.coach_of_team(s)
        self.substitutions(s)

    def goal_before_lead(self, s: Sentence) -> None:
        """"Rendi menjebol gawang Arif. Persik unggul 1-0 atas PSIS.": the scorer plays for the team that
        leads in the next sentence, the keeper named after the goal word for the team after "atas"."""
        k, sentences = self.k, self.doc.sentences
        nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
        lead = k.leading_re.search(self.text, nxt.start, nxt.end) if nxt else None
        if lead is None:
            return
        leaders = [m for m in self.mentions_in(nxt.start, lead.start(), "Organization") if m.entity != self.doc.publisher]
        beaten = k.beaten_re.search(self.text, lead.end(), nxt.end)
        losers = [m for m in self.mentions_in(beaten.end(), nxt.end, "Organization")][:1] if beaten else []
        for v in k.into_goal_re.finditer(self.text, s.start, s.end):
            scorer = self.scorer_before(v.start(), s)
            if not scorer or not leaders or self.is_negated(v.start(), s) or \
                    self.mentions_in(v.end(), s.end, "Organization"):
                continue                      # "menjebol gawang Persija": the sentence names a team of its own
            self.out.add(scorer.entity, "playsFor", leaders[-1].entity, s.index, (scorer.start, v.end()), "scorer", 0.7)
            keeper = self.first_after(v.end(), s, "Person", 1)
            if keeper and losers:
                self.out.add(keeper.entity, "playsFor", losers[0].entity, s.index, (v.start(), keeper.end),
                             "keeper", 0.65)

    def goal_into_side(self, s: Sentence) -> None:
        """"Rendi menjebol gawang Filipina": the scorer plays for the side Filipina met, the one other side
        named with it in the first sentence before that names it with another."""
        for v in self.k.into_goal_re.finditer(self.text, s.start, s.end):
            side = self.mention_at(v.end() + 1)
            if side is None or side.start != v.end() + 1 or side.type == "Person" or self.is_negated(v.start(), s):
                continue
            scorer = self.scorer_before(v.start(), s)
            other = self.other_side(side.entity, s.index) if scorer else None
            if other:
                self.out.add(scorer.entity, "playsFor", other, s.index, (scorer.start, side.end), "scorer", 0.65)

    def other_side(self, side: str, before: int) -> str | None:
        """The one team (an organization or a country) named in the first sentence before sentence ``before``
        that names ``side`` with another team."""
        for s in self.doc.sentences[:before]:
            found = {m.entity for m in self.mentions_in(s.start, s.end) if m.entity and m.entity != self.doc.publisher
                     and (m.type == "Organization" or m.type == "Place" and names.geo_country(m.text))}
            if side in found and len(found) > 1:
                return (found - {side}).pop() if len(found) == 2 else None
        return None

    def goal_keepers(self, s: Sentence) -> None:
        """"gawang Indonesia yang dijaga oleh Dimas Haryanto": the keeper plays for the team whose goal it is."""
        for g in self.k.kept_goal_re.finditer(self.text, s.start, s.end):
            team, keeper = self.mention_at(g.start(1)), self.mention_at(g.end())
            if team and keeper and team.end == g.end(1) and team.type != "Person" and keeper.type == "Person":
                self.out.add(keeper.entity, "playsFor", team.entity, s.index, (team.start, keeper.end), "keeper", 0.65)

    def scorer_before(self, pos: int, s: Sentence) -> Mention | None:
        """The player named right before a goal verb at pos (past its adverbs: "Rendi berhasil menjebol ..."),
        recognised or not."""
        before = self.k.scorer_adverbs_re.search(self.text[s.start:pos])
        return self.nearest_before(pos, s, "Person", gap_words=3) or self.scorer_unmarked(s.start + before.start(), s)

    def scorer_unmarked(self, end: int, s: Sentence) -> Mention | None:
        """"Pada menit ke-60, Rendi berhasil menjebol ...": one to four capitalised words opening the clause
        before a goal verb, that the recogniser left unmarked, name the scorer."""
        name = re.search(r"(?:^|(?<=, )|(?<=\d ))((?:[A-Z][a-z'-]+ ){0,3}[A-Z][a-z'-]+)$", self.text[s.start:end])
        if not name or self.overlapping(s.start + name.start(1), end) or not self.person_like(name.group(1)):
            return None
        return self.person_from_slot(s.start + name.start(1), end)

    def coach_of_team(self, s: Sentence) -> None:
        """"Persik menekan sejak awal. Anak asuh Dedi Kurnia akhirnya unggul": the coach of the
        team named last before in the sentence, else first in the sentence before."""
        for c in self.k.coached_by_re.finditer(self.text, s.start, s.end):
            coach = self.first_after(c.end(), s, "Person", 1)
            if not coach:
                continue
            teams = [m for m in self.mentions_in(s.start, c.start(), "Organization") if m.entity != self.doc.publisher]
            if not teams and s.index:
                before = self.doc.sentences[s.index - 1]
                teams = [m for m in self.mentions_in(before.start, before.end, "Organization")
                         if m.entity != self.doc.publisher][:1]
            if teams:
                self.out.add(coach.entity, "leads", teams[-1].entity, s.index, (c.start(), coach.end), "coach", 0.7,
                             role="Pelatih")

    def substitutions(self, s: Sentence) -> None:
        """"Pelatih Timnas Indonesia X memasukkan A, B, dan C", "Hartono memasukkan A untuk menggantikan B": the
        players a coach (a head with a coach's title) or a known team sends on, and those they replace, play
        for that team."""
        for v in self.k.substitution_re.finditer(self.text, s.start, s.end):
            actors = [m for m in self.mentions_in(s.start, v.start()) if m.type in ("Person", "Organization")]
            team = self.team_of(actors[-1]) if actors else None
            if team is None:
                continue
            players = self.person_list(v.end(), s)
            replaced = self.k.substituted_re.match(self.text, players[-1].end) if players else None
            players += self.person_list(replaced.end(), s) if replaced else []
            for p in players:
                self.out.add(p.entity, "playsFor", team, s.index, (v.start(), p.end), "substitution", 0.7)

    def team_of(self, actor: Mention) -> str | None:
        """The team a coach leads (a head whose title is a coach's), or the actor itself when it is a team
        some player is already known to play for."""
        found = [r for r in self.out.found.values() if not r.former]
        if actor.type == "Organization":
            return actor.entity if any(r.predicate == "playsFor" and r.object == actor.entity for r in found) else None
        teams = {r.object for r in found if r.predicate == "leads" and r.subject == actor.entity
                 and (r.role or "").lower() in self.k.coach_labels}
        return teams.pop() if len(teams) == 1 else None

    def assists(self, s: Sentence) -> None:
        """"... lewat sundulan A memanfaatkan umpan silang B": B plays for the team of the scorer named before."""
        for a in self.k.assist_re.finditer(self.text, s.start, s.end):
            scored = [r for r in self.out.found.values() if r.predicate == "playsFor" and not r.former and any(
                e.sentence == s.index and e.extractor == "relations.scorer" and e.end <= a.start() for e in r.evidence)]
            teams = {r.object for r in scored}
            if len(teams) != 1:
                continue
            for p in self.person_list(a.end() + 1, s)[:1]:
                if p.entity not in {r.subject for r in scored}:
                    self.out.add(p.entity, "playsFor", teams.pop(), s.index, (a.start(), p.end), "assist", 0.7)

    def previous_team(self, s: Sentence, subject: bool) -> Mention | None:
        """The team that won in the sentence before (named before its win word) or, for a sentence opening
        with a team's pronoun, the team that sentence opens with; never the page's publisher, and None
        when the sentence names a team of its own."""
        if s.index == 0 or self.mentions_in(s.start, s.end, "Organization"):
            return None
        before = self.doc.sentences[s.index - 1]
        win = self.k.win_re.search(self.text, before.start, before.end)
        end = before.end if subject else win.start() if win else before.start
        teams = [m for m in self.mentions_in(before.start, end, "Organization") if m.entity != self.doc.publisher]
        return teams[0] if teams else None

    def sides_in(self, start: int, end: int, s: Sentence) -> list[Mention]:
        """The teams named between start and end: organizations, and countries as national sides
        ("Indonesia unggul 1-0 atas Vietnam lewat gol X")."""
        return [m for m in self.mentions_in(start, end) if m.type == "Organization" or m.type == "Place" and
                self.country_at(m.start, s) is m]

    def scoring_team(self, end: int, s: Sentence) -> Mention | None:
        """The team whose goal a "berkat gol" (at end) names: the sentence's subject, the subject of a later
        clause ("sebelum Persija menyamakan ... lewat gol X"), or the winner after a loss ("kalah dari X");
        None when a later clause opens with a name that is no side (a team the recogniser took for a place)."""
        chosen, sides = None, self.sides_in(s.start, end, s)
        for team in self.mentions_in(s.start, end):
            before = self.before_words(team.start, s, 3)
            opens_clause = self.text[:team.start].rstrip().endswith(",")   # "..., Bhayangkara FC juga dimenangkan lewat gol X"
            if team not in sides:
                if before and before[-1] in self.k.clause_openers:
                    chosen = None             # "..., sementara Sriwijaya-Muba membalas lewat X": no side we know
            elif team is sides[0] or opens_clause or before and before[-1] in self.k.clause_openers or \
                    any(" ".join(before[j:]) in self.k.winners_after for j in range(len(before))):
                chosen = team
        return chosen

    def team_before(self, pos: int, s: Sentence) -> str | None:
        """The team named just before a goal word and a comma: "untuk Persib, gol dicetak ..."."""
        teams = self.mentions_in(s.start, pos, "Organization")
        if teams and re.fullmatch(r"\s*,\s*", self.text[teams[-1].end:pos]):
            return teams[-1].entity
        named = re.search(r"\b(?:untuk|bagi)\s+((?:[A-Z][\w-]*\s?){1,4}),\s*$", self.text[s.start:pos])
        if named and not self.overlapping(s.start + named.start(1), s.start + named.end(1)):
            start = s.start + named.start(1)          # a team no mention covers
            return self.entity(named.group(1).strip(), "Organization", (start, start + len(named.group(1).strip())))
        return None

    def team_at(self, pos: int, s: Sentence) -> tuple[str | None, int]:
        """The team named at pos: a mention, or a short form of a team the article names ("Persib")."""
        m = self.mention_at(pos)
        if m and m.type == "Organization":
            return m.entity, m.end
        if m and m.type == "Place" and m.entity and self.doc.entities[m.entity].kind == "country":
            # "Gol Indonesia dicetak X" in an article naming Timnas Indonesia; else the country plays as itself
            # ("satu gol Vietnam dicetak oleh X")
            return national_teams.team_of(self.doc.entities, fold(self.doc.entities[m.entity].name)) or m.entity, m.end
        inside = [x for x in self.overlapping(pos, pos + 1) if x.entity]
        end = max([x.end for x in inside] + [self.name_words_end(pos, s)])   # "Gol Persib" read as a name
        name = self.text[pos:end].lower()
        if not name:
            return None, pos
        if fold(name) in national_teams.nicknames():   # "gol pasukan Merah Putih": a national team's nickname
            team = national_teams.nickname_side(self.doc.entities, fold(name))
            return (team, end) if team else (None, pos)
        teams = {e.key for e in self.doc.entities.values() if e.type == "Organization"
                 and (e.name.lower() == name or e.name.lower().startswith(name + " "))}
        return (teams.pop(), end) if len(teams) == 1 else (None, pos)

    # ---------------------------------------------------------------- lists of officials
    def bracketed_parties(self, s: Sentence) -> None:
        """"Lukman Santosa (Golkar) dan Fitri Anggraeni (PKB)": a party, or another body, in brackets right after a
        person's name is one they belong to; in a sports report, a team ("Rudi Hartono (Prima Pramac) terjatuh");
        after a regional head's title with no name of its own, the region each one heads ("para penjabat gubernur
        yaitu A (Banten), B (Gorontalo)")."""
        regional = None
        for m in self.mentions_in(s.start, s.end, "Person"):
            if self.text[m.end:m.end + 2] != " (":
                continue
            body = self.mention_at(m.end + 2)
            if not body or self.text[body.end:body.end + 1] != ")":
                continue
            if body.type == "Place":
                title = self.title_before(m.start, s)
                if title is not None:         # "Kanselir Angela Merkel (Jerman)": the country the head leads
                    self.out.add(m.entity, title[1].predicate, body.entity, s.index, (title[0], body.end + 1),
                                 "title-country-in-brackets", 0.7, role=self.text[title[0]:m.start].strip())
                    continue
                regional = regional or self.heads_listed(s, m.start)
                if regional is not None:
                    self.out.add(m.entity, "leads", body.entity, s.index, (m.start, body.end + 1), "listed-head-region",
                                 0.7, role=regional)
                continue
            if body.type != "Organization":
                continue
            if self.k.party_re.match(self.text, body.start):
                self.out.add(m.entity, "memberOf", body.entity, s.index, (m.start, body.end + 1), "party-in-brackets",
                             0.75)
            elif self.sports_report():
                self.out.add(m.entity, "playsFor", body.entity, s.index, (m.start, body.end + 1), "team-in-brackets",
                             0.7)
            elif not self.is_outlet(body) and body.source != TITLE_BODY and \
                    not names.abbreviates(body.text, self.text[s.start:m.end].split()[-len(body.text):]) and \
                    not re.search(r"\w \([a-z]", self.text[s.start:s.end]):
                # "A (IPB), B (Unpad)": each one's university, faction ... (not a title's short form,
                # "RI (Mendagri)", nor the short form of the name before it, "Reforma Agraria (GTRA)"; nor where
                # brackets hold posts: "A (mualim kapal), B (KKM), C (juru minyak)")
                self.out.add(m.entity, "memberOf", body.entity, s.index, (m.start, body.end + 1), "body-in-brackets",
                             0.65)

    def title_before(self, pos: int, s: Sentence):
        """The title of a place's head or official written right before the name at pos ("Kanselir | Angela
        Merkel"): (its start, its row), or None."""
        for t in self.k.title_re.finditer(self.lower_text, max(s.start, pos - 40), pos):
            row = self.k.titles.get(" ".join(t.group().lower().split()))
            if t.end() + 1 == pos and row is not None and row.unit_type == "Place" and row.object is None:
                return t.start(), row
        return None

    def heads_listed(self, s: Sentence, pos: int) -> str | None:
        """The regional head's title written before pos in the sentence with no name after it ("para penjabat
        gubernur yang dilantik X yaitu"), then a list cue right before pos; the title, or None."""
        if not re.search(r"(?:yaitu|yakni|antara lain|di antaranya|adalah|:)\s*$", self.text[s.start:pos]):
            return None
        for t in self.k.title_re.finditer(self.lower_text, s.start, pos):
            row = self.k.titles.get(" ".join(t.group().lower().split()))
            nxt = self.mention_at(t.end() + 1)
            if row is not None and row.predicate == "leads" and row.unit_type == "Place" and \
                    not (nxt and nxt.type in ("Person", "Place")):
                return t.group()
        return None

    def member_lists(self, s: Sentence) -> None:
        cues = [(c, "memberOf") for c in self.k.list_cue_re.finditer(self.text, s.start, s.end)] + \
            [(c, "holdsPosition") for c in self.k.post_list_cue_re.finditer(self.text, s.start, s.end)]
        for c, predicate in cues:
            body = self.first_after(c.end(), s, "Organization", 0)
            if not body or body.source.startswith("coref"):
                continue                      # ("petinggi perusahaan itu, yaitu A": the body told again is not sure)
            pos = self.past_name_tail(body.end, s)
            start = re.match(r"\s*,?\s*(?:yakni|yaitu|antara lain|di antaranya|termasuk|seperti)?\s*", self.text[pos:s.end])
            # ("Anggota Komisi X yang mengikuti kunjungan itu, yakni A, B ...": a clause of who they are first)
            start = _RELATIVE_THEN_LIST.match(self.text[pos:s.end]) or start
            if not start.group().strip():
                continue
            pos += start.end()
            untitled = False                  # a member named with no post of their own came before
            for p in self.mentions_in(pos, s.end, "Person"):
                gap = self.text[pos:p.start]
                titled = bool(self.k.title_re.search(gap.lower()))
                if titled and untitled and self.mentions_in(pos, p.start, "Place"):
                    break                     # "A, dan Kepala Desa Semparuk, Hendra": a post of its own elsewhere
                untitled |= not titled
                for m in self.mentions_in(pos, p.start):
                    gap = gap.replace(self.text[m.start:m.end], " ")
                gap = self.k.title_re.sub(" ", gap)
                if any(w[:1].islower() and w not in ("dan", "serta") and w.lower() not in self.k.ranks
                       for w in re.findall(r"[\w'-]+", gap)):
                    break
                if (p.entity, body.entity) not in self.out.pairs():
                    self.out.add(p.entity, predicate, body.entity, s.index, (c.start(), p.end), "member-list", 0.75,
                                 former=self.is_former(c.start(), s),
                                 role=c.group() if predicate == "holdsPosition" else None)
                pos = p.end

    def compositions(self, s: Sentence) -> None:
        """A body and the names it is made of, each a member: "Koalisi X diisi Partai A, Partai B dan Partai C";
        and names joined in a body: "Partai A dan Partai B tergabung dalam Koalisi X"."""
        for v in self.k.composed_of_re.finditer(self.text, s.start, s.end):
            bodies = [m for m in self.mentions_in(s.start, v.start()) if m.type == "Organization"]
            if not bodies or not self.k.composed_between.fullmatch(self.text, bodies[-1].end, v.start()):
                continue
            counted = (self.text[s.start:bodies[-1].start].split() or [""])[-1]
            if parse_number(counted) is not None:
                continue                      # "empat Bank BUMN yang terdiri dari A, B, C dan D": a kind, counted, no body
            self.add_members(self.full_name(bodies[-1]), self.joined_after(v.end(), s), s, v.start())
        for v in self.k.joined_in_re.finditer(self.text, s.start, s.end):
            body = self.first_after(v.end(), s, "Organization", 0)
            named = [m for m in self.mentions_in(s.start, v.start()) if m.type != "Place"]
            if body and named and re.fullmatch(r"\s*(?:\(\S+\)\s*)?(?:yang\s+)?", self.text[named[-1].end:v.start()]):
                self.add_members(body, self.joined_before(self.full_name(named[-1]), s), s, v.start())

    def add_members(self, body: Mention, members: list[Mention], s: Sentence, at: int) -> None:
        """Each of two or more names (no places) is a member of body."""
        members = [m for m in members if m.type != "Place" and m.entity != body.entity]
        if len(members) < 2:
            return                            # ("Tim itu diperkuat pemain muda": one name is no list of members)
        for m in members:
            if (m.entity, body.entity) not in self.out.pairs():
                self.out.add(m.entity, "memberOf", body.entity, s.index, (min(m.start, at), max(m.end, body.end)),
                             "composition", 0.75, former=self.is_former(at, s))

    # ---------------------------------------------------------------- support
    def withdrawn(self, pos: int, s: Sentence) -> bool:
        """"batal mendukung", "menarik dukungan terhadap": the support is called off or taken back."""
        return bool(self.is_negated(pos, s) or self.k.withdrawn_re.search(self.text, max(s.start, pos - 40), pos))

    def joined_before(self, m: Mention, s: Sentence) -> list[Mention]:
        """m and the names of its type listed before it: "Partai NasDem, PKS, dan PKB"."""
        out = [m]
        while True:                           # the last two are joined by 'dan' ("Setelah bertemu A, B mendukung": one)
            first = self.full_name(out[0])
            before = [x for x in self.mentions_in(s.start, first.start) if x.type == m.type]
            joint = r"\s*,?\s+(?:dan|serta)\s+" if len(out) == 1 else r"\s*(?:,|,?\s+(?:dan|serta))\s+"
            if not before or not re.fullmatch(joint, self.text[before[-1].end:first.start]):
                return [self.full_name(x) for x in out]
            out.insert(0, before[-1])

    def joined_after(self, pos: int, s: Sentence) -> list[Mention]:
        """The people or organizations named from pos, joined by commas and 'dan': "Partai Golkar, PAN, dan
        Partai Demokrat" (an acronym in brackets after a name is skipped)."""
        out = []
        count = self.k.backer_count_re.match(self.text, pos, s.end)
        pos = count.end() if count else pos      # "diusung empat partai politik yaitu ..."
        while True:
            gap = re.match(r"\s*(?:,\s*)?(?:(?:dan|serta)\s+)?", self.text[pos:s.end])
            m = self.mention_at(pos + gap.end())
            if not m or m.type == "Place" or out and (not gap.group().strip() or m.type != out[0].type):
                return out
            out.append(m)
            pos = self.past_name_tail(m.end, s)

    def past_name_tail(self, pos: int, s: Sentence) -> int:
        """Where the words after a name go on, past its short form in brackets and a seat count ("Partai
        Kebangkitan Bangsa (PKB) 6 kursi, ...")."""
        acronym = re.match(r"\s*\([^)]*\)", self.text[pos:s.end])
        pos += acronym.end() if acronym else 0
        seats = self.k.seats_re.match(self.text, pos, s.end)
        return seats.end() if seats else pos

    def supports(self, s: Sentence) -> None:
        previous: list[Mention] = []
        for v in self.k.supported_by_re.finditer(self.text, s.start, s.end):
            # "Pasangan A-B yang diusung Partai Golkar, PAN, dan Partai Demokrat": the backers follow the verb
            backers = self.joined_after(v.end(), s) or self.counted_backers(self.k.backer_count_after.match(
                self.text, v.end(), s.end), s)      # "... yang diusung tujuh partai politik. Ketujuh partai tersebut ialah"
            before = [m for m in self.mentions_in(s.start, v.start()) if m.type != "Place"]
            if not backers or self.withdrawn(v.start(), s):
                continue
            gap = self.text[before[-1].end:v.start()] if before else ""
            if previous and before and re.fullmatch(r"\)?\s*(?:dan|serta)\s+(?:juga\s+)?", gap):
                targets = previous            # "diusung PKB dan didukung Partai Demokrat": the same ones
            elif self.k.unnamed_pair_re.search(self.text, max(s.start, v.start() - 60), v.start()) or \
                    self.k.pair_here_re.search(self.text, max(s.start, v.start() - 30), v.start()):
                # "Pasangan nomor urut 2 yang diusung PKB", "Paslon ini diusung PKB"
                targets = self.pair_named_before(v.start())
            elif re.search(r"\bdan\s+$", self.text[s.start:v.start()]) and \
                    not re.search(r"[;:]|\.(?!\d)", self.text[s.start:v.start()]) and \
                    (cue := next(self.k.pair_cue_re.finditer(self.text, s.start, v.start()), None)) and \
                    (targets := self.pair_named_before(cue.end() + 1)):
                pass                          # "paslon nomor urut 1 A-B ... memperoleh ... suara dan diusung PKB"
            elif not before or len(gap.split()) > 3 or re.search(r"[.;:,]", gap.replace(", yang", " yang")):
                continue
            else:
                targets = self.joined_before(before[-1], s)
                clause = self.text[max(s.start, self.text.rfind(",", s.start, targets[0].start) + 1):targets[0].start]
                if self.thing_before(clause):
                    continue                  # "Usulan Ketua DPR Puan didukung ...": the proposal is backed
                pair = self.pair_named_before(v.start()) if targets[0].type == "Person" else []
                if pair and pair[0].start >= s.start and pair[-1].end >= targets[-1].start:
                    targets = pair            # "pasangan Budi Santoso-Rina Lestari yang diusung ..."
            if v.group().split()[0].lower() in ("dengan", "atas") and targets and targets[0].type != "Person":
                continue                      # "Festival X digelar Pemkab Y dengan dukungan Bank Z": a sponsor, no backer
            previous = targets
            for b in backers:
                for t in targets:
                    self.out.add(b.entity, "supports", t.entity, s.index, (min(b.start, t.start), max(b.end, t.end)),
                                 "supported-by", 0.75)
        for v in self.k.supports_re.finditer(self.text, s.start, s.end):
            if self.withdrawn(v.start(), s) or self.is_former(v.start(), s):
                continue                      # "PKS, yang sebelumnya mendukung X": no longer
            party = self.speakers_party(v.start(), s)
            if party:                         # "Bambang menambahkan, partainya mendukung X"
                self.support_target(party, v, s)
                continue
            before = [m for m in self.mentions_in(s.start, v.start()) if m.type != "Place"]
            counted = self.counted_backers(self.k.backer_count_before.search(
                self.text, before[-1].end if before else s.start, v.start()), s)
            if counted:                       # "Sebanyak sepuluh partai menyatakan dukungan kepada ..."
                for backer in counted:
                    self.support_target(backer, v, s)
                continue
            missed = self.backer_missed(v.start(), s)
            before += [missed] if missed and (not before or before[-1].end <= missed.start) else []
            if not before:
                continue
            gap = self.text[before[-1].end:v.start()]
            gap = re.sub(r"^\s*\([^)]*\)", "", gap)
            subject = before[-1] is before[0] or self.text[:before[-1].start].rstrip().endswith(",")
            if len(gap.split()) > 3 or re.search(r"[.;:]", gap) or "," in gap and not subject or \
                    any(w.endswith("nya") and w not in self.k.supports_between for w in gap.lower().split()):
                continue                      # "X, kini mengusung": X ends a clause; "X mengatakan partainya mendukung"
            for backer in self.joined_before(before[-1], s)[:-1]:     # "Partai NasDem, PKS, dan PKB mendukung"
                self.support_target(backer, v, s)
            self.support_target(self.full_name(before[-1]), v, s)

        for n in self.k.supporter_nouns.finditer(self.text, s.start, s.end):
            backer = [m for m in self.mentions_in(s.start, n.start()) if m.type != "Place"]
            target = self.mention_at(n.end() + 1)
            if backer and target and target.type != "Place" and \
                    re.fullmatch(r",\s*", self.text[backer[-1].end:n.start()]):
                self.out.add(backer[-1].entity, "supports", target.entity, s.index, (backer[-1].start, target.end),
                             "supporter-apposition", 0.75)

    def listed_backers(self, s: Sentence) -> None:
        """"partai pengusung pasangan calon A – B ini, yakni P, Q dan partai pendukung R": the parties listed after
        the people they back (nothing but a pair's words between the backers' noun and the list's opener)."""
        for n in self.k.backer_titles_re.finditer(self.text, s.start, s.end):
            opener = self.k.backer_opener_re.search(self.text, n.end(), s.end)
            targets = self.mentions_in(n.end(), opener.start(), "Person") if opener else []
            cuts = [n.end(), *(x for t in targets for x in (t.start, t.end)), opener.start()] if targets else []
            rest = "".join(self.text[a:b] for a, b in zip(cuts[::2], cuts[1::2]))
            rest = self.k.pair_cue_re.sub(" ", rest)
            if not targets or re.sub(r"\b(?:nomor|urut|\d+|dan|ini|itu|tersebut)\b|[-–—,\s]", "", rest):
                continue
            backers = self.joined_after(opener.end(), s)
            while backers:   # ("... dan partai pendukung R": the list goes on after another backers' noun)
                more = self.k.more_backers_re.match(self.text, self.past_name_tail(backers[-1].end, s), s.end)
                added = self.joined_after(more.end(), s) if more else []
                if not added:
                    break
                backers += added
            for b in [b for b in backers if b.type == "Organization"]:
                for t in targets:
                    self.out.add(b.entity, "supports", t.entity, s.index, (min(b.start, t.start), max(b.end, t.end)),
                                 "supported-by", 0.75)

    def counted_backers(self, count: re.Match | None, s: Sentence) -> list[Mention]:
        """The bodies a count of parties stands for ("tujuh partai politik"), listed in one of the next sentences
        that opens with the same count ("Ketujuh partai tersebut ialah A, B, ..."), as many as counted."""
        n = parse_number(count.group(1)) if count else None
        if not n or n < 2:
            return []
        for later in self.doc.sentences[s.index + 1:s.index + 1 + self.k.counted_list_reach]:
            opened = self.k.counted_list.match(self.text, later.start, later.end)
            if opened and parse_number(opened.group(1)) == n:
                named = [m for m in self.joined_after(opened.end(), later) if m.type == "Organization"]
                return named if len(named) == n else []
        return []

    def speakers_party(self, pos: int, s: Sentence) -> Mention | None:
        """"Bambang menambahkan, partainya siap mendukung ...": the one party the person named before
        'partainya' leads, holds a post in or belongs to (as the article states it) is the backer."""
        own = self.k.own_party_re.search(self.text, max(s.start, pos - 60), pos)
        if not own or any(w.lower() not in self.k.supports_between and w.lower() != "menyatakan"
                          for w in self.text[own.end():pos].split()):
            return None
        people = self.mentions_in(s.start, own.start(), "Person")
        if not people:
            return None
        posts = {r.object for r in self.out.found.values() if r.subject == people[-1].entity and not r.former
                 and r.predicate in ("leads", "holdsPosition", "memberOf")
                 and self.doc.entities[r.object].type == "Organization"}
        parties = {o for o in posts if self.k.party_re.match(self.doc.entities[o].name)}
        if len(parties) != 1:
            return None
        return Mention(own.start(), own.end(), own.group(), "Organization", "coref:party", 0.6, entity=parties.pop())

    def backer_missed(self, pos: int, s: Sentence) -> Mention | None:
        """"Mitra koalisinya, Komeito, tetap menyatakan dukungan ...": capitalised words between commas (or
        opening the sentence) before the verb that no mention covers are the backer."""
        words = self.text[s.start:pos].split()
        while words and words[-1].lower() in self.k.supports_between:
            words.pop()
        if not words or not words[-1].endswith(","):
            return None
        name = []
        for w in reversed(words[:-1] + [words[-1][:-1]]):
            if not w[:1].isupper() or w.endswith(",") and name:
                break
            name.insert(0, w.rstrip(","))
        start = self.text.rfind(" ".join(name), s.start, pos) if name else -1
        opened = start >= 0 and (start == s.start or self.text[:start].rstrip().endswith(","))
        if not 1 <= len(name) <= 4 or not opened or self.overlapping(start, start + len(" ".join(name))) \
                or any(w.lower() in word_set("common_words") for w in name):
            return None
        key = self.entity(" ".join(name), "Person" if self.person_like(" ".join(name)) and len(name) > 1
                          else "Organization", (start, start + len(" ".join(name))))
        return next((m for m in self.doc.entities[key].mentions if m.start == start), None)

    def thing_before(self, words: str) -> bool:
        """Words before the one backed name a thing of theirs ("usulan", "kebijakan", "langkah")."""
        return any(w.lower().strip(",") in self.k.support_things for w in words.split())

    def support_target(self, backer: Mention, v: re.Match, s: Sentence) -> None:
        """The one backed after an active support verb (a pair or list of people counts as all of them)."""
        targets = [m for m in self.mentions_in(v.end(), s.end) if m.type != "Place"]
        earlier = self.k.pair_anaphor_re.match(self.text, v.end() + 1) or \
            self.k.unnamed_pair_re.match(self.text, v.end() + 1)     # "mendukung pasangan yang diusung PKB"
        if earlier:                       # "NasDem resmi mendukung pasangan tersebut": the pair named before
            for t in self.pair_named_before(v.start()):
                self.out.add(backer.entity, "supports", t.entity, s.index, (backer.start, earlier.end()),
                             "support-verb", 0.7)
            return
        if targets and self.thing_before(self.text[v.end():targets[0].start].replace(",", " ")):
            return                            # "mendukung kebijakan Menteri Keuangan X": the policy is backed
        gap = self.text[v.end():targets[0].start].split() if targets else []
        # ("mengusung pasangan calon bupati dan wakil bupati A dan B": the pair's posts written out)
        described = bool(gap) and gap[0] in self.k.pair_cues and len(gap) <= 12 and all(w.islower() for w in gap)
        if not targets or len(gap) > 5 and not described:
            slot = v.end() + len(re.match(r"\s*(?:(?:pasangan|calon|paslon)\s+)?", self.text[v.end():s.end]).group())
            end = self.name_words_end(slot, s, people=True)
            words = self.text[slot:end].split()
            person = self.person_from_slot(slot, end) if 2 <= len(words) <= 4 and self.person_like(self.text[slot:end]) \
                and not any(w.lower() in word_set("common_words") for w in words) else None      # a name the recogniser missed
            targets = [person] if person else []
            if not targets:
                return
        chosen = [targets[0]]
        if targets[0].type == "Person":   # "pasangan Pramono Anung dan Rano Karno", "Andi Harun-Rusmadi Wongso"
            chosen = self.pair(targets[0], s) or self.person_list(targets[0].start, s) or chosen
        elif len(targets) > 1 and self.text[targets[0].end:targets[1].start] == "-":
            chosen.append(targets[1])
        for t in chosen:
            self.out.add(backer.entity, "supports", t.entity, s.index, (backer.start, t.end), "support-verb", 0.75)


    def pair_named_before(self, pos: int) -> list[Mention]:
        """The people of the last "pasangan <A>-<B>" written before pos; else, when the sentence of pos or the
        one before names two people joined by 'dan' ("... adalah A dan B sebagai Bupati dan Wakil Bupati X.
        Pasangan yang didukung ..."), those two."""
        here = next((x.index for x in self.doc.sentences if x.start <= pos < x.end), 0)
        for cue in reversed(list(self.k.pair_cue_re.finditer(self.text, 0, pos))):
            number = _TICKET_NUMBER.match(self.text, cue.end())   # "paslon nomor urut 1 A-B"
            m = self.mention_at((number.end() if number else cue.end()) + 1)
            s = next((x for x in self.doc.sentences if x.start <= cue.start() < x.end), None)
            if m and m.type == "Person" and s:
                if s.index < here - 1 and (joined := self.pair_joined_before(pos, here)):
                    return joined
                return self.pair(m, s) or self.person_list(m.start, s)
        return self.pair_joined_before(pos, here)

    def pair_joined_before(self, pos: int, here: int) -> list[Mention]:
        """The last two people joined by 'dan' before pos, in sentence ``here`` or the one before."""
        for s in self.doc.sentences[max(0, here - 1):here + 1][::-1]:
            people = self.mentions_in(s.start, min(pos, s.end), "Person")
            for a, b in reversed(list(zip(people, people[1:]))):
                if re.fullmatch(r"\s+dan\s+", self.text[a.end:b.start]):
                    return [a, b]
        return []

    def support_nouns(self, s: Sentence) -> None:
        """"Dukungan Partai Gerindra kepada Ridwan Kamil": the backer after the noun, the backed after 'kepada'."""
        for n in self.k.support_noun_re.finditer(self.text, s.start, s.end):
            backer = self.mention_at(n.end() + 1)
            if not backer or backer.type == "Place" or self.is_negated(n.start(), s):
                continue
            to = re.match(r"\s+(?:penuh\s+)?(?:kepada|terhadap|untuk|bagi)\s+(?:pasangan\s+)?", self.text[backer.end:s.end])
            target = self.mention_at(backer.end + to.end()) if to else None
            if target and target.type != "Place":
                for t in (self.pair(target, s) or [target]) if target.type == "Person" else [target]:
                    self.out.add(backer.entity, "supports", t.entity, s.index, (n.start(), t.end), "support-noun", 0.7)

    def pair(self, m: Mention, s: Sentence) -> list[Mention]:
        """A running pair written with a hyphen ("Andi Harun-Rusmadi Wongso") read as one name: its two people."""
        end = max(m.end, self.name_words_end(m.start, s, people=True))
        parts = self.text[m.start:end].split("-")
        if len(parts) != 2 or not all(p.strip()[:1].isupper() for p in parts):
            return []
        cut = m.start + len(parts[0])
        inside = [x for x in self.overlapping(m.start, end) if x.entity]
        if any(x.type != "Person" for x in inside):
            return []
        for x in inside:
            if x.start < cut < x.end:
                self.drop(x)
        first = self.person_from_slot(m.start, cut)
        second = self.person_from_slot(cut + 1, end)
        return [p for p in (first, second) if p]

    # ---------------------------------------------------------------- all
    def read_sentence(self, s: Sentence) -> None:
        places = self.places(s)
        self.chains(s, places)
        self.based_in(s, places)
        self.origins(s, places)
        self.titles_before_names(s)
        self.titles_after_names(s)
        self.anaphoric_titles(s)
        self.seats_filled(s)
        self.verbs(s)
        self.scorers(s)
        self.national_players(s)
        self.player_lists(s)
        self.fielded_players(s)
        self.member_lists(s)
        self.compositions(s)
        self.bracketed_parties(s)
        self.supports(s)
        self.listed_backers(s)
        self.support_nouns(s)

    def run(self) -> None:
        self.home_defaults: set[tuple] = set()   # posts whose unit is the home country's by default
        self.bare_defaults: set[tuple] = set()   # "Presiden X": no country written after the title
        for s in self.doc.sentences:
            self.split_fused(s)
        self.mention_named_again()
        for s in self.doc.sentences:
            self.read_sentence(s)
        # units the titles named ("Direktur Eksekutif Indikator Politik Indonesia") may be written
        # earlier where the recogniser did not mark them: those sentences are read again
        added = self.mention_named_again()
        for s in self.doc.sentences:
            if any(s.start <= m.start < s.end for m in added):
                self.read_sentence(s)
        self.listed_heads()
        self.lineups()
        self.rosters()
        self.match_lines()
        self.ranked_lines()
        self.predecessors()
        self.cabinet_members()
        self.sources()
        self.named_after_region()
        self.national_bodies()
        self.buildings_named_after_city()
        self.clubs_named_after_town()
        self.country_seats_yield()
        self.drop_bare_forms()
        self.drop_places_become_persons()
        self.short_names_to_full()
        self.home_defaults_yield()
        self.bare_defaults_yield()

    def listed_heads(self) -> None:
        """'Gubernur Riau Andi Suryadi, Jambi Benny Kurniawan dan ...': a place and a person
        listed right after a head of a place are another head, with the same post."""
        for r in [r for r in self.out.found.values() if r.predicate in ("leads", "holdsPosition") and not r.former]:
            place, person = self.doc.entities.get(r.object), self.doc.entities.get(r.subject)
            if place is None or person is None or place.type != "Place" or person.type != "Person":
                continue
            for pos in [m.end for m in person.mentions]:
                while (gap := re.match(_LIST_GAP, self.text[pos:pos + 12])):
                    a = self.mention_at(pos + gap.end())
                    b = a and self.mention_at(a.end + 1)
                    if not (a and b and a.start == pos + gap.end() and a.type == "Place" and b.type == "Person"
                            and self.text[a.end:b.start] == " " and b.title == r.role):
                        break
                    sentence = self.doc.sentence_at(a.start)
                    self.out.add(b.entity, r.predicate, a.entity, sentence.index if sentence else 0, (a.start, b.end),
                                 "listed-head", 0.6, role=r.role)
                    pos = b.end

    def predecessors(self) -> None:
        """"Dian menggantikan Teguh": Teguh held before the post Dian was given in this sentence or the one
        before (Dian's head or other post there)."""
        for s in self.doc.sentences:
            for c in self.k.replaced_re.finditer(self.text, s.start, s.end):
                start = c.end() + len(self.text[c.end():s.end]) - len(self.text[c.end():s.end].lstrip())
                rank_end = self.is_rank_at(start, s.end)   # "menggantikan Marsekal Hadi"
                if rank_end:
                    start = rank_end + len(self.text[rank_end:s.end]) - len(self.text[rank_end:s.end].lstrip())
                old = self.mention_at(start) or self.unmarked_name(start, s)
                new = self.mentions_in(s.start, c.start(), "Person")
                if not old or old.type != "Person" or old.start != start or not new:
                    continue
                self._hand_over(new, old, s.index)
            for c in self.k.replaced_by_re.finditer(self.text, s.start, s.end):
                old = next((m for m in self.mentions_in(s.start, c.start(), "Person")
                            if self.text[m.end:c.start()] in (" ", ", ")), None)
                rank_end = self.is_rank_at(c.end() + 1, s.end)   # "digantikan Mayjen TNI X"
                new = self.mention_at(rank_end + 1 if rank_end else c.end() + 1)
                if not old or not new or new.type != "Person" or self.text[rank_end or c.end():new.start] != " ":
                    continue
                for r in self.posts_given(old.entity, s.index):
                    del self.out.found[(r.subject, r.predicate, r.object, False)]
                    for e in r.evidence:
                        self.out.add(old.entity, r.predicate, r.object, e.sentence, (e.start, e.end),
                                     e.extractor.removeprefix("relations."), e.confidence, r.role, True)
                    self.out.add(new.entity, r.predicate, r.object, s.index, (old.start, new.end), "successor", 0.7,
                                 r.role)

    def _hand_over(self, new: list[Mention], old: Mention, index: int) -> None:
        """The old holder held before the posts the last person named before "menggantikan" was given in this
        sentence or the one before ("melantik Darmono sebagai Kepala Staf Presiden menggantikan Teguh"; not
        the president that "Staf Presiden" names)."""
        for i in (index, index - 1):
            for m in reversed(new):
                given = self.posts_given(m.entity, i, seats=True)
                for r in given:
                    self.out.add(old.entity, r.predicate, r.object, index, (m.start, old.end),
                                 "predecessor", 0.7, r.role, True)
                if given:
                    return

    def posts_given(self, holder: str, index: int, seats: bool = False) -> list:
        """The current posts of holder read in sentence index (``seats``: a member's seat too)."""
        return [r for r in list(self.out.found.values()) if r.subject == holder and not r.former
                and (r.predicate in ("leads", "holdsPosition")
                     or seats and r.predicate == "memberOf" and (r.role or "").lower() in self.k.seats)
                and any(e.sentence == index for e in r.evidence)]

    def cabinet_members(self) -> None:
        """"jajaran menteri Kabinet Merah Putih ... Menlu Sugiono": the home country's ministers and deputy
        ministers of an article that names one cabinet are its members (not a foreign or a former minister)."""
        named = {e.key: e.name + " " for e in self.doc.entities.values() if e.type == "Organization"
                 and len(e.name.split()) > 1 and e.name.split()[0].lower() in self.k.cabinet_heads}
        # (a name cut short of the cabinet's, "Kabinet Indonesia" of "Kabinet Indonesia Maju", is no other cabinet)
        cabinets = {k for k, n in named.items() if not any(o != n and o.startswith(n) for o in named.values())}
        if len(cabinets) != 1:
            return
        cabinet = cabinets.pop()
        for r in list(self.out.found.values()):
            unit = self.doc.entities.get(r.object)
            if r.former or r.predicate not in ("leads", "holdsPosition") or not r.role or unit is None \
                    or not r.role.lower().startswith(self.k.cabinet_roles) or self.foreign_ministry(unit.name) \
                    or unit.name.split()[0] not in word_set("ministry_heads"):
                continue
            first = r.evidence[0]
            self.out.add(r.subject, "memberOf", cabinet, first.sentence, (first.start, first.end), "cabinet", 0.7)

    def foreign_ministry(self, name: str) -> bool:
        """'Kementerian Luar Negeri Malaysia': a ministry whose name ends in another country than the home one."""
        words = name.split()
        for n in (1, 2, 3):
            place = places.lookup(" ".join(words[-n:])) if len(words) > n else None
            if place is not None and place.kind == "country":
                return self.k.country_names.get(place.name.lower(), place.name) != self.k.home_country
        return False

    def bracketed_after(self, e: Entity) -> list[str]:
        """"PT Karya Data Nusantara Tbk. (KDNX)": the organization an acronym is written in brackets after."""
        out = set()
        for m in e.mentions:
            if self.text[m.start - 1:m.start] == "(" and self.text[m.end:m.end + 1] == ")":
                before = [x for x in self.mentions_in(max(0, m.start - 200), m.start - 1, "Organization")
                          if x.entity != e.key and not self.text[x.end:m.start - 1].strip()]
                out.update(x.entity for x in before)
        return list(out)

    def drop_bare_forms(self) -> None:
        """"Direktur PT" + "Maju Jaya Budi" read as a person: a legal form alone ("PT", "Tbk") names no body."""
        bare = {w.lower() for w in self.k.fused["legal_forms"]}
        self.out.found = {key: r for key, r in self.out.found.items()
                          if not any(k in self.doc.entities and self.doc.entities[k].name.lower() in bare
                                     for k in (r.subject, r.object))}

    def drop_places_become_persons(self) -> None:
        """'..., Kecamatan Wates, Hartono, membenarkan': a name read as the last place of a chain, then
        as the person a title names, is no place; its chain link goes."""
        persons = {e.name for e in self.doc.entities.values() if e.type == "Person"}
        doubtful = {k for k, e in self.doc.entities.items() if e.type == "Place" and e.name in persons
                    and not (e.geonames or e.wikidata)}
        self.out.found = {key: r for key, r in self.out.found.items()
                          if not (r.predicate == "containedInPlace" and {r.subject, r.object} & doubtful)}

    def home_defaults_yield(self) -> None:
        """'Menlu Wang Yi' after 'Menteri Luar Negeri Tiongkok Wang Yi': a title written without its
        country gave the home country's ministry; the person's post named with a country stands."""
        for subj, pred, obj, former in self.home_defaults:
            home = self.doc.entities[obj].name
            if any(key[0] == subj and key[1] == pred and key[2] != obj and key[2] in self.doc.entities
                   and self.doc.entities[key[2]].name.startswith(home + " ") for key in self.out.found):
                self.out.found.pop((subj, pred, obj, former), None)

    def bare_defaults_yield(self) -> None:
        """'Presiden X' with no country leads the default country only when the article names that country
        as a president's elsewhere ('Presiden RI'), or names it and no other country's head by such a title
        ('Presiden Prancis Y'); the title alone may be any head of state."""
        # one head of the country at a time: "Presiden A tiba di Beijing ... bertemu dengan Presiden B" gives it
        # to the one named first (or with the country written), the other heads another country
        first = {key: min((m.start for m in self.doc.entities[key[0]].mentions), default=len(self.text))
                 for key in self.bare_defaults}
        for key in sorted(self.bare_defaults, key=first.get):
            if key in self.out.found and key[1] == "leads" and not key[3] and any(
                    other[1:] == key[1:] and other[0] != key[0] and first.get(other, -1) < first[key]
                    for other in self.out.found):
                self.out.found.pop(key)
        if any((m.group(1) or "").lower() not in self.k.decree_words for m in self.k.home_title_re.finditer(self.text)):
            return
        foreign = {r.object for r in self.out.found.values() if r.role and r.role.lower() in self.k.defaulted_titles
                   and self.doc.entities[r.object].type == "Place"} - {key[2] for key in self.bare_defaults}
        for key in self.bare_defaults:
            # the country named on its own, not after a president's title ("Keputusan Presiden RI Nomor 5")
            named = any(not self.k.defaulted_title_before.search(self.text[max(0, m.start - 30):m.start])
                        for m in self.doc.entities[key[2]].mentions)
            if foreign or not named:
                self.out.found.pop(key, None)
        for obj in {key[2] for key in self.bare_defaults}:
            if obj in self.doc.entities and not self.doc.entities[obj].mentions and \
                    not any(obj in (r.subject, r.object) for r in self.out.found.values()):
                del self.doc.entities[obj]

    def without_legal_forms(self, name: str) -> str:
        """'PT Bank Nusantara Sejahtera Tbk' -> 'Bank Nusantara Sejahtera'."""
        return " ".join(w for w in name.split() if w.lower().strip("().") not in self.k.fused["legal_forms"])

    def short_names_to_full(self) -> None:
        """"Persija" after "Persija Jakarta": a relation of an organization written short belongs to the
        one organization of the article whose name it begins (not "Polres Bogor" of "Polres Bogor Kota")."""
        orgs = [e for e in self.doc.entities.values() if e.type == "Organization"]
        full = {}
        heads = self.k.fused["generic_heads"]
        units = unit_short_forms()
        def more(short: Entity, long: Entity) -> bool:
            if " " in long.name and long.name.split(" ", 1)[0].lower() in heads and \
                    long.name.split(" ", 1)[1].lower() == short.name.lower():
                return True                   # "Demokrat" of "Partai Demokrat"
            bare = self.without_legal_forms(long.name)
            if bare.lower() == short.name.lower() and bare != long.name:
                return True                   # "Bank Nusantara Sejahtera" of "PT Bank Nusantara Sejahtera Tbk"
            # "Polsek Rungkut" of "Kepolisian Sektor Rungkut Surabaya": the short head word written out
            opening = next((o for o in (short.name, " ".join(units.get(w, w) for w in short.name.split()))
                            if long.name.lower().startswith(o.lower() + " ")), None)
            if not opening:
                return False
            rest = long.name[len(opening) + 1:]
            place = places.lookup(rest)       # "Kementerian Luar Negeri" is not that of "... Jepang"
            if place and any(m.source.startswith("gazetteer") for m in short.mentions):
                return False                  # a national body the index knows is not its office in a region ("BPS Sulsel")
            return rest[:1].isupper() and not (place and place.kind == "country") \
                and rest.split()[0].lower() not in self.k.fused["compass"] | set(self.k.levels)
        def initials(e: Entity) -> str:
            words = [w for w in re.findall(r"[\w-]+", e.name) if w[:1].isupper() and w.lower() not in self.k.fused["legal_forms"]]
            return "".join(w[0] for w in words)

        for e in orgs:
            longer = [o.key for o in orgs if more(e, o)]
            if not longer and e.name.isupper() and 2 <= len(e.name) <= 6:    # "KAI" of "PT Kereta Api Indonesia"
                longer = [o.key for o in orgs if o is not e and initials(o) == e.name] or \
                    self.bracketed_after(e)
            if len(longer) == 1:
                full[e.key] = longer[0]
        if not full:
            return
        for short, long in full.items():      # the graph keeps the name the article wrote ("Persija", "BRI")
            name = self.doc.entities[short].name
            if name.lower() not in self.k.fused["branch_heads"] and not self.k.region_prefixes.fullmatch(name):
                self.alias(long, name)
        found, self.out.found = self.out.found, {}
        for (subj, pred, obj, former), rel in found.items():
            subj, obj = full.get(subj, subj), full.get(obj, obj)
            if subj == obj:
                continue
            kept = self.out.found.setdefault((subj, pred, obj, former), rel)
            kept.subject, kept.object = subj, obj
            if kept is not rel:
                kept.evidence += rel.evidence


def extract(doc: Document, out: Collector) -> None:
    _Engine(doc, out).run()

