"""Players named with the country they play for, in sports reports: "pasangan Malaysia A/B", "duo Jepang
A dan B", "unggulan pertama asal China, A", "A dari Denmark mengalahkan B dari Indonesia" (a region at
regional games: "atlet Papua, A"), or with their team ("pembalap dari Tim Garuda Racing, A"); and the
line-ups of a match report ("Persib (4-3-3): Rudi; Agus, Dedi, ..."), a team tie's results and a race's
results table ("1. A - Team X")."""
from __future__ import annotations

import re

from kg.geo import places
from kg.lang.id.evidence import match_blocks, ranked_lines
from kg.model import Mention, Sentence
from kg.stages.relation_text import TextReader

_NAME = re.compile(r"[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){1,3}(?=/|,|\.(?:\s|$)| dan | [a-z]| \d|$)")
_NAME_BEFORE = re.compile(r"(?:^|(?<=[a-z,] ))((?:[A-Z][a-z'-]+ ){1,3}[A-Z][a-z'-]+)$")
_FIRST_GAP = re.compile(r",?\s*")           # "pasangan Malaysia, A/B"
_GAP = re.compile(r"\s*")
_BRACKET = re.compile(r" \((?=[A-Z])")      # "Lee Wei Han (Malaysia)": the country in brackets after a player
_JOIN = re.compile(r"\s*(?:/|&|dan|serta)(?=\s|[A-Z])")
# "Badak Lampung FC (4-4-2): A; B, C, ..." : a label, an optional formation, a colon, the rest of the line (or the
# next line, with the label on a line of its own: "Vietnam:\nA; B, C, ..."; not a label of its own "Persebaya: ...")
_LINEUP = re.compile(r"^[ \t]*(?P<label>[A-Z][^:\n]{1,40}?)[ \t]*(?:\([\d-]+\)[ \t]*)?:[ \t]*"
                     r"(?:\n[ \t]*(?=[^:\n]+$))?(?P<names>[^\n]+)$", re.MULTILINE)
# one player of a line-up: one to four capitalised words (a particle may join them: "da Silva")
_PLAYER = re.compile(r"[A-Z][\w'.-]*(?: (?:(?:da|de|dos|van|bin) )?[A-Z][\w'.-]*){0,3}")
# a line-up's slots, split at commas and semicolons outside brackets
_SLOT = re.compile(r"\s*((?:[^;,()]|\([^()]*\))+)")
# what may stand around a player in a slot: a shirt number before ("1-Rudi", "12. Agus"), a minute after
# ("Rudi 78'"), and brackets holding a captain's mark or the substitute who came on ("(Yogi 70')")
_SHIRT = re.compile(r"(?:#?\d{1,2}\s*[.)-]?\s*)?")
_MINUTE = re.compile(r"\s*(?:\d{1,3}(?:\+\d)?\s*['’`]*)?")
_BRACKETS = re.compile(r"\s*\(([^()]*)\)")
_MINUTE_BEFORE = re.compile(r"(?:(?:\d{1,3}(?:\+\d)?|HT)\s*['’`]+\s*)?")   # a substitute's minute before his name
# what may stand between a player's team and his name: "dari Nusantara Moto Team yang tercepat di kualifikasi,
# Carlos Vega", "dari Tim Garuda Racing, sekaligus juara musim lalu, Luca Bianchi"
# a roster's head line, and the bulleted lines after it (three or more), one name each
_ROSTER_HEAD = re.compile(r"^[^\n:]{10,160}:[ \t]*$", re.MULTILINE)
_ROSTER_ITEM = re.compile(r"(?:\s*\n[ \t]*[-•*·][ \t]*[^\n]+){3,}")
_ROSTER_NAME = re.compile(r"\n[ \t]*[-•*·][ \t]*(?P<name>[^\n]*?)[ \t]*(?=\n|$)")
_ASIDE = re.compile(r"(?:\s+yang\b[^,.;:]{1,80})?,(?:\s+sekaligus\b[^,.;:]{1,60},)?|")
_LINE_END = re.compile(r"(?:(?<=\w\w\w)|(?<=\)))\.?\s*$")   # the line's full stop (not an initial's: "Rudi S.")


class PlayerRelations(TextReader):
    def sports_report(self) -> bool:
        """The article reports a match: several words of sport are written in it."""
        if not hasattr(self, "_sports_report"):
            found = {m.group().lower() for m in self.k.sport_words_re.finditer(self.text)}
            self._sports_report = len(found) >= self.k.sport_words_needed
        return self._sports_report

    def clubs_named_after_town(self) -> None:
        """'Persela Lamongan', 'PSCS Cilacap' in a sports report: a club named with a town of Indonesia that the
        article also names on its own is based there (counted with the bodies named after their region)."""
        if not self.sports_report():
            return
        for e in list(self.doc.entities.values()):
            words = e.name.split()
            if e.type != "Organization" or not e.mentions or not 2 <= len(words) <= 3 or \
                    self.k.region_prefixes.match(e.name):
                continue
            for n in (2, 1):
                town = self.find_entity(" ".join(words[-n:]), "Place") if len(words) > n else None
                known = places.lookup(town.name) if town is not None else None
                if town is not None and town.mentions and known is not None and known.country_code == "ID" and \
                        known.kind in ("city", "regency"):
                    self.add_from_name(e, "basedIn", town.key, "named-after-region", 0.65)
                    break

    def country_at(self, pos: int, s: Sentence) -> Mention | None:
        m = self.mention_at(pos)
        if not m or m.type != "Place" or m.start != pos or m.end > s.end:
            return None
        e = self.doc.entities.get(m.entity)
        return m if e and (e.kind == "country" or e.name.lower() in self.k.country_names) else None

    def region_side_at(self, pos: int, s: Sentence) -> Mention | None:
        """A province, regency or city of Indonesia named at pos in a report of regional games, where regions
        are the sides ("atlet Papua, A" at a PON; "pasangan Buleleng, A/B" at a Porprov)."""
        if not hasattr(self, "_regional_games"):
            self._regional_games = self.k.regional_games_re.search(self.text) is not None
        m = self.mention_at(pos) if self._regional_games else None
        if not m or m.type != "Place" or m.start != pos or m.end > s.end:
            return None
        place = places.lookup(self.doc.entities[m.entity].name) if m.entity in self.doc.entities else None
        return m if place and place.country_code == "ID" and place.kind in ("province", "regency", "city") else None

    def player_lists(self, s: Sentence) -> None:
        """"Persija memperkenalkan tiga rekrutan anyar, yakni A, B dan C", "Persib mendatangkan tiga pemain
        Sriwijaya FC. Ketiganya yaitu A, B dan C": the listed players play for the team named before the verb (a team
        named after the players' noun is the one they leave); let go ("melepas"), they played for it before.
        (Read in any article: transfer news names few words of a match.)"""
        k = self.k
        for verb_re, former in ((k.joins_re, False), (k.leaves_re, True)):
            for v in verb_re.finditer(self.text, s.start, s.end):
                group = k.player_group_re.match(self.text, v.end(), s.end)
                if not group or self.is_negated(v.start(), s):
                    continue
                teams = self.teams_in(s.start, v.start())
                if not teams and s.index and k.team_anaphor_re.search(self.text, s.start, v.start()):
                    before = self.doc.sentences[s.index - 1]   # "Persib ... Mereka sekaligus mendatangkan ..."
                    teams = self.teams_in(before.start, before.end)[:1]
                if not teams:
                    continue
                left = self.mention_at(group.end() + 1)
                left = left if left and left.type == "Organization" and not former else None
                players = self.listed_players(group.end(), s)
                for p in players:
                    self.out.add(p.entity, "playsFor", teams[-1].entity, s.index, (teams[-1].start, p.end), "player-list",
                                 0.7, former=former)
                    if left is not None:
                        self.out.add(p.entity, "playsFor", left.entity, s.index, (left.start, p.end), "player-list",
                                     0.65, former=True)
        for g in k.player_group_re.finditer(self.text, s.start, s.end):   # "pemain yang telah teken kontrak adalah"
            clause = k.joined_clause_re.match(self.text, g.end(), s.end)
            if not clause or self.is_negated(clause.start(), s):
                continue
            teams = self.teams_in(s.start, g.start())
            if not teams and s.index:
                before = self.doc.sentences[s.index - 1]
                teams = self.teams_in(before.start, before.end)
            for p in self.listed_players(clause.end(), s) if teams else ():
                self.out.add(p.entity, "playsFor", teams[-1].entity, s.index, (teams[-1].start, p.end), "player-list",
                             0.7)
        for g in k.squad_re.finditer(self.text, s.start, s.end):   # "pemain inti Timnas Indonesia. Nama-nama itu ..."
            team = self.mention_at(g.end())
            if team is None or team.type != "Organization" or team.start != g.end() or \
                    (k.joins_re.search(self.text, max(s.start, g.start() - 30), g.start())
                     or k.leaves_re.search(self.text, max(s.start, g.start() - 30), g.start())):
                continue                      # (a club's own verb: read above)
            for p in self.listed_players(team.end, s):
                self.out.add(p.entity, "playsFor", team.entity, s.index, (team.start, p.end), "player-list", 0.7)
        for g in k.side_re.finditer(self.text, s.start, s.end):   # "Dari kubu Persebaya, A (11) dan B (81) ..."
            team = self.mention_at(g.end())
            comma = re.match(r",\s*", self.text[team.end:s.end]) if team is not None else None
            if comma is None or team.type != "Organization" or team.start != g.end():
                continue
            for p in self.players_listed_from(team.end + comma.end(), s):
                self.out.add(p.entity, "playsFor", team.entity, s.index, (team.start, p.end), "player-list", 0.7)

    def fielded_players(self, s: Sentence) -> None:
        """'Satria Muda menurunkan A, B, C dan D': in a sports report, the names listed right after a team's verb
        of fielding play for the team named last before it in the clause."""
        if not self.sports_report():
            return
        for v in self.k.fields_re.finditer(self.text, s.start, s.end):
            clause = self.text.rfind(",", s.start, v.start()) + 1 or s.start
            teams = self.teams_in(clause, v.start())
            players = self.person_list(v.end() + 1, s)
            if not teams or len(players) < 2 or self.is_negated(v.start(), s):
                continue
            for p in players:
                self.out.add(p.entity, "playsFor", teams[-1].entity, s.index, (teams[-1].start, p.end), "fielded", 0.7)

    def teams_in(self, start: int, end: int) -> list[Mention]:
        """The organizations named between start and end, but the outlet publishing the article."""
        return [m for m in self.mentions_in(start, end, "Organization") if m.entity != self.doc.publisher]

    def listed_players(self, pos: int, s: Sentence) -> list[Mention]:
        """The players listed after a list opener later in the sentence, else right after the opener of the next
        sentence ("Ketiga pemain itu adalah ..."); a club in brackets may follow each ("A (Persib), B (Bali United)")."""
        opener = self.k.list_opener_re.match(self.text, pos, s.end)
        if opener is None:
            nxt = self.doc.sentences[s.index + 1] if s.index + 1 < len(self.doc.sentences) else None
            goes_on = self.k.list_goes_on_re.match(self.text[nxt.start:nxt.end]) if nxt else None
            if goes_on is None:
                return []
            s, pos = nxt, nxt.start + goes_on.end() + 1
        else:
            pos = opener.end()
        return self.players_listed_from(pos, s)

    def players_listed_from(self, pos: int, s: Sentence) -> list[Mention]:
        out: list[Mention] = []
        while True:
            found = self.person_list(pos, s)
            out += found
            # (a club in brackets, or a nickname: "A alias Jopi, B")
            bracket = re.match(r"\s*\([^()]{1,40}\)|\s+alias\s+[A-Z][\w'-]*", self.text[found[-1].end:s.end]) \
                if found else None
            if not bracket:
                return out
            pos = found[-1].end + bracket.end()

    def national_players(self, s: Sentence) -> None:
        if not self.sports_report():
            return
        k = self.k
        for c in k.player_noun_re.finditer(self.text, s.start, s.end):
            link = k.player_link_re.match(self.text, c.end(), s.end)
            pos = link.end() if link else c.end()
            country = self.country_at(pos, s) or self.region_side_at(pos, s)
            if country:
                pos = self.k.player_qualifier_re.match(self.text, country.end).end()
                players = self.players_from(pos, s)
                for p in players:
                    self.out.add(p.entity, "playsFor", country.entity, s.index, (c.start(), players[-1].end),
                                 "national-player", 0.8)
            # "pembalap Spanyol dari Nusantara Moto Team, Carlos Vega": the team after "dari", then the player
            club = self.k.player_club_re.match(self.text, pos, s.end) if country else \
                (link if link and link.group().strip().lower().endswith("dari") else None)
            team = self.club_at(club.end(), s) if club else None
            if team:
                aside = _ASIDE.match(self.text, team[1], s.end)
                for p in self.players_from(aside.end(), s)[:1] if aside.group().rstrip().endswith(",") else ():
                    self.out.add(p.entity, "playsFor", team[0], s.index, (c.start(), p.end), "club-player", 0.7)
        if not k.match_words_re.search(self.text, s.start, s.end):
            return
        links = [*k.player_after_re.finditer(self.text, s.start, s.end), *_BRACKET.finditer(self.text, s.start, s.end)]
        for link in links:                    # "A dari Denmark", "B asal Jepang", "A/B (Thailand)"
            country = self.country_at(link.end(), s)
            if country and link.group() == " (" and not self.text.startswith(")", country.end):
                continue
            p = self.name_before(link.start(), s) if country else None
            partner = p and self.text[p.start - 1:p.start] == "/" and self.name_before(p.start - 1, s)
            for q in (p, partner) if p else ():   # "pasangan A/B dari Prancis"
                if q:
                    self.out.add(q.entity, "playsFor", country.entity, s.index, (q.start, country.end),
                                 "national-player", 0.75)

    def club_at(self, pos: int, s: Sentence) -> tuple[str, int] | None:
        """The team (its key and end) named at pos after a player's "dari": an organization, or a name the
        recogniser took for a place the index does not know ("pembalap dari Tim Garuda Racing")."""
        pos = self.k.team_word_re.match(self.text, pos, s.end).end()
        m = self.mention_at(pos)
        if not m or m.start != pos or m.end > s.end or m.entity is None:
            return None
        e = self.doc.entities.get(m.entity)
        if m.type == "Organization" and m.entity != self.doc.publisher:
            return m.entity, m.end
        if m.type != "Place" or e is None or e.geonames or e.wikidata or e.kind == "country" or \
                any(e.key in (r.subject, r.object) for r in self.out.found.values()):
            return None
        return self.as_organization(m).entity, m.end

    def lineups(self) -> None:
        """Line-ups of a match report: each player of a team's line plays for it (a line of substitutes
        for the team of the line before); the coach's line after it names the team's head. The label of a
        line that names enough players is a team, also one the recogniser missed."""
        if not self.sports_report():
            return
        team = None
        for line in _LINEUP.finditer(self.text):
            label, names = line.group("label").strip(), line.group("names")
            low = label.lower()
            if low in self.k.coach_labels:
                coach = _PLAYER.fullmatch(names.strip().rstrip(".;,"))
                if team and coach:
                    self.add_listed(team, "leads", line.start("names") + coach.start(), coach.group(), "lineup-coach")
                continue
            parts = list(_SLOT.finditer(names))
            slots = [self.lineup_slot(line.start("names") + p.start(1), _LINE_END.sub("", p.group(1))) for p in parts]
            players = [player for slot in slots for player in slot]
            if low in self.k.other_labels or len(players) < self.k.lineup_min_players or \
                    sum(not slot for slot in slots) > 1:
                team = None
                continue
            if low not in self.k.bench_labels:
                team = self.lineup_team(line.start("label"), label)
            for pos, name in players if team else ():
                self.add_listed(team, "playsFor", pos, name, "lineup")

    def rosters(self) -> None:
        """A roster: under a line ending in a colon that names a team and a noun for its players, each bulleted
        line naming a player ("- Bagas Wirawan") plays for the team."""
        for head in _ROSTER_HEAD.finditer(self.text):
            if not self.k.roster_noun_re.search(head.group()):
                continue
            teams = [m for m in self.mentions_in(head.start(), head.end(), "Organization") if not self.is_outlet(m)]
            items = _ROSTER_ITEM.match(self.text, head.end())
            if len(teams) != 1 or not items:
                continue
            for item in _ROSTER_NAME.finditer(items.group()):
                if _PLAYER.fullmatch(item.group("name")):
                    self.add_listed(teams[0].entity, "playsFor", head.end() + item.start("name"), item.group("name"),
                                    "roster")

    def ranked_lines(self) -> None:
        """A results table of a race in a sports report ("1. Carlos Vega - Nusantara Racing", "2. ..."): each
        rider rides for the team on the line."""
        for line in ranked_lines(self.text) if self.sports_report() else ():
            for m in [m for m in self._between(line.start("name"), line.end("name")) if m.entity]:
                if m.end > line.end("name") or m.type != "Person":
                    self.drop(m)              # ("Luca Bianchi - Nusantara Racing" read as one name): two columns
            m = self.mention_at(line.start("team"))
            if m is not None and m.type == "Person" and m.end <= line.end("team"):
                self.as_organization(m)       # ("Ducati Lenovo" read as a person): the team column holds teams
            team = self.lineup_team(line.start("team"), line.group("team"))
            if team:
                self.add_listed(team, "playsFor", line.start("name"), line.group("name"), "ranked-line")

    def lineup_slot(self, pos: int, slot: str) -> list[tuple[int, str]]:
        """The players of one slot of a line-up, as (position, name): the starter and the substitute in
        brackets ("7. Rudi Hartanto (Yogi Pratama 70')", "Agus (c)"); none if the slot holds anything else."""
        at = _SHIRT.match(slot).end()
        name = _PLAYER.match(slot, at)
        if not name:
            return []
        players, at = [(pos + name.start(), name.group())], _MINUTE.match(slot, name.end()).end()
        while bracket := _BRACKETS.match(slot, at):
            inside = bracket.group(1).strip()
            sub = _PLAYER.match(inside, _MINUTE_BEFORE.match(inside).end())   # "(25' Yogi)", "(HT' Feruzen)" too
            if sub and len(sub.group()) > 1 and sub.group().lower() not in self.k.captain_marks and \
                    _MINUTE.fullmatch(inside, sub.end()):
                players.append((pos + bracket.start(1) + bracket.group(1).index(inside) + sub.start(), sub.group()))
            elif not (inside.lower() in self.k.captain_marks or _MINUTE.fullmatch(inside)):
                return []
            at = _MINUTE.match(slot, bracket.end()).end()
        return players if at == len(slot) else []

    def match_lines(self) -> None:
        """The matches of a team tie listed under "Indonesia vs Thailand:" (or "Indonesia 3-1 Thailand:"): the
        players left of "vs" play for the first team, those right of it for the second."""
        if not self.sports_report():
            return
        for head, lines in match_blocks(self.text):
            teams = [self.lineup_team(head.start(side), head.group(side)) for side in ("a", "b")]
            for line in lines if all(teams) else ():
                for team, side in zip(teams, ("a", "b")):
                    for name in re.finditer(r"[^/]+", line.group(side)):
                        player = name.group().strip()
                        at = line.start(side) + name.start() + name.group().index(player)
                        if _PLAYER.fullmatch(player):
                            self.add_listed(team, "playsFor", at, player, "match-line")

    def lineup_team(self, pos: int, label: str) -> str | None:
        s = self.doc.sentence_at(pos)
        if not s or not _PLAYER.fullmatch(label):
            return None
        team = self.team_at(pos, s)[0]
        m = self.mention_at(pos)
        if not team and m and m.end == pos + len(label) and m.type == "Place":
            team = m.entity                   # "Indonesia: Ernando; ...": a national team is its country's
        return team or self.entity(label, "Organization", (pos, pos + len(label)))

    def add_listed(self, team: str, predicate: str, pos: int, name: str, extractor: str) -> None:
        s = self.doc.sentence_at(pos)
        m = self.mention_at(pos)
        if m and m.end == pos + len(name) and m.type != "Person":
            e = self.doc.entities.get(m.entity)
            if e is not None and not (e.wikidata or e.geonames):
                self.drop(m)                  # a line-up's slot holds a player ("Gilang" read as a body)
        if not (m and m.end == pos + len(name) and m.type == "Person"):
            m = self.person_from_slot(pos, pos + len(name))
        if m and s:
            self.out.add(m.entity, predicate, team, s.index, (pos, m.end), extractor, 0.75,
                         role="Pelatih" if predicate == "leads" else None)

    def name_before(self, end: int, s: Sentence) -> Mention | None:
        """The person named right before end: a mention, or capitalised words the recogniser left unmarked
        after a lower-case word or at the sentence's start ("... mengalahkan Marta Ruiz dari Spanyol")."""
        named = [m for m in self.mentions_in(s.start, end) if m.end == end]
        if named:
            return named[-1] if named[-1].type == "Person" else None
        words = _NAME_BEFORE.search(self.text[s.start:end])
        if not words:
            return None
        start = s.start + words.start(1)
        if self.overlapping(start, end) or not self.person_like(words.group(1)):
            return None
        return self.person_from_slot(start, end)

    def players_from(self, pos: int, s: Sentence) -> list[Mention]:
        """The one or two people named from pos on ("A", "A/B", "A dan B"), after an optional comma."""
        players: list[Mention] = []
        gap = _FIRST_GAP
        while len(players) < 2:
            start = gap.match(self.text, pos, s.end).end()
            m = self.mention_at(start) or self.unmarked_name(start, s)
            if m and m.type == "Place" and m.start == start:
                m = self.as_person(m, one_word=True) or m   # "andalan Badung, Rifai/Keyzia": a player read as a place
            if not m or m.type != "Person" or m.start != start or m.end > s.end:
                break
            players.append(self.split_pair(m))   # "A/B" read as one name: the second half follows as a mention
            pos = players[-1].end
            join = _JOIN.match(self.text, pos, s.end)
            if not join:
                break
            pos = join.end()
            gap = _GAP
        return players

    def unmarked_name(self, pos: int, s: Sentence) -> Mention | None:
        """A person's name the recogniser left unmarked, written where a shape wants one ("duo Thailand
        Anan Srisuk/Chai Wong", "menggantikan Teguh Santoso"): two to four capitalised words, ending before
        "/", "dan", a comma or a lower-case word."""
        name = _NAME.match(self.text, pos, s.end)
        if not name or not self.person_like(name.group()) or any(
                m.type != "Person" or m.start < pos or m.end > name.end() for m in self.overlapping(pos, name.end())):
            return None                       # (a person's part inside is the whole name's: "David Kenneth | Ongko Wijoyo")
        return self.person_from_slot(pos, name.end())
