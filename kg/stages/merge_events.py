"""One event node per real event: merge the mentions of an event across sentences,
and link events to each other.

Two events merge when they are of one kind, have the same key actors, and
their places and times are compatible (equal, contained or unknown; time
ranges overlap). A report of a nominal attack ("tewas dalam serangan Israel di
Gaza") is tied to the campaign by the same agent in the same place.
"""
from __future__ import annotations

import re

from kg.events.engine import dateline_guess, headline_counts, lede_day, lede_index, lede_place, place_within as _within, share_scene, \
    written_chains
from kg.events.kinds import declaration
from kg.model import Document, Event, TimeValue
from kg.stages import national_teams


def _key_roles(kind: str) -> tuple[str, ...]:
    """The roles that must be equal for two events of a kind to be one (``merge_on`` in
    kg/lang/id/events.toml)."""
    spec = declaration().kinds.get(kind)
    return spec.merge_on if spec else ()


def _has_required_role(e: Event) -> bool:
    """The event fills one of the roles its kind requires, or its kind requires none."""
    spec = declaration().kinds.get(e.kind)
    return not spec or not spec.required or any(e.actors(r) for r in spec.required)


def _reported(doc: Document, e: Event) -> bool:
    """A casualty report names who reports it, tells of figures released (released_figures in
    kg/lang/id/events.toml) or is told in the headline or the lede, or counts what the headline counts (the
    dead and hurt an article is about); other figures belong to the event that caused them."""
    if e.kind != "CasualtyReport" or e.actors("source") or e.evidence[0].sentence <= lede_index(doc) or \
            any(headline_counts(doc, q) for q in e.quantities):
        return True
    s = doc.sentences[e.evidence[0].sentence]
    return not declaration().cues.released_figures.isdisjoint(re.findall(r"\w+", doc.text[s.start:s.end].lower()))


def _interval(times: list[TimeValue]):
    lows = [t.earliest for t in times if t.earliest]
    highs = [t.latest for t in times if t.latest]
    return (max(lows) if lows else None, min(highs) if highs else None)


def _times_compatible(a: Event, b: Event) -> bool:
    (lo1, hi1), (lo2, hi2) = _interval(a.times), _interval(b.times)
    if None in (lo1, hi1, lo2, hi2):
        return True
    return lo1 <= hi2 and lo2 <= hi1


def _weeks_apart(a: Event, b: Event) -> bool:
    """The two events' times are known and more than a week apart."""
    (lo1, hi1), (lo2, hi2) = _interval(a.times), _interval(b.times)
    if None in (lo1, hi1, lo2, hi2):
        return False
    return (lo2 - hi1).days > 7 or (lo1 - hi2).days > 7


def _places_compatible(doc: Document, a: Event, b: Event, chains: dict[str, str]) -> bool:
    """One lies in the other, by the index and by the chains the article writes (``chains``, written_chains)."""
    if not a.places or not b.places or dateline_guess(doc, a) or dateline_guess(doc, b):
        return True
    return any(_within(doc, p, q, chains) or _within(doc, q, p, chains) for p in a.places for q in b.places)


def _told_twice(a: Event, b: Event) -> bool:
    """One sentence tells one event with two verbs, the second naming more of its actors
    ("X menjuarai turnamen setelah mengalahkan Y")."""
    if a.kind == "Statement" or a.nominal or b.nominal or \
            {x.sentence for x in a.evidence} != {b.evidence[0].sentence}:
        return False
    small, big = sorted((set(a.actors()), set(b.actors())), key=len)
    return bool(small) and small < big


def _one_result(a: Event, b: Event) -> bool:
    """No two different scores: a side named in two results played two matches."""
    return len({q.value for e in (a, b) for q in e.quantities if q.prop == "score"}) <= 1


def _same_undergoers(a: Event, b: Event) -> bool:
    """The same people, named in both, underwent the two mentions of a kind whose undergoers tell events
    apart ("Polisi menangkap ... RK dan DS. Kedua pelaku, RK dan DS, dibekuk Senin (3/6) di ..."): one
    event, its agent and its day told in one of them only."""
    roles = declaration().kinds[a.kind].distinct_on
    return bool(roles) and all(set(a.actors(r)) == set(b.actors(r)) for r in roles) and \
        any(a.actors(r) for r in roles) and (not a.actors("agent") or not b.actors("agent"))


def _one_occasion(doc: Document, a: Event, b: Event) -> bool:
    """Two mentions of a ceremony (``one_occasion``) with no two different agents, that swear in people
    (or open things) alike: the day and place decide."""
    agents = set(a.actors("agent")), set(b.actors("agent"))
    undergoers = {doc.entities[k].type for e in (a, b) for k in e.actors("patient")}
    return declaration().kinds[a.kind].one_occasion and len(undergoers) <= 1 and \
        (not all(agents) or bool(agents[0] & agents[1]))


def _same(doc: Document, a: Event, b: Event, chains: dict[str, str]) -> bool:
    if a.kind != b.kind or b.again:
        return False
    if _one_occasion(doc, a, b):
        return _times_compatible(a, b) and _places_compatible(doc, a, b, chains)
    if _same_undergoers(a, b):
        return _places_compatible(doc, a, b, chains)
    if not _told_twice(a, b):
        companions = declaration().kinds[a.kind].companions
        for role in _key_roles(a.kind):
            x, y = set(a.actors(role)), set(b.actors(role))
            if x != y and not (companions and x and y and (x < y or y < x) and _one_result(a, b)):
                return False
    if a.kind == "Attack" and not a.actors("agent"):
        return False
    if any(a.actors(r) and b.actors(r) and not set(a.actors(r)) & set(b.actors(r))
           for r in declaration().kinds[a.kind].differs_on):
        return False
    # two people taken in two arrests, unless one body named in both took them ("KPK menahan A ... KPK
    # juga menahan B": one operation)
    for role in declaration().kinds[a.kind].distinct_on:
        x, y = set(a.actors(role)), set(b.actors(role))
        if x and y and not x & y and not set(a.actors("agent")) & set(b.actors("agent")):
            return False
    if a.kind == "CasualtyReport":
        qa = {(q.prop, q.value) for q in a.quantities}
        # (one source's counts told again as they rose are one report: "dua orang belum ditemukan ... tiga
        # meninggal dunia", the source's later figures)
        if qa != {(q.prop, q.value) for q in b.quantities} and not (a.actors("source") and
                                                                    set(a.actors("source")) == set(b.actors("source"))):
            return False
    return _times_compatible(a, b) and _places_compatible(doc, a, b, chains)


def _absorb(doc: Document, into: Event, e: Event) -> None:
    into.roles += [r for r in e.roles if r not in into.roles]
    if dateline_guess(doc, into) and e.places:   # a place told beats the dateline's
        into.places = []
    if not dateline_guess(doc, e) or not into.places:
        into.places += [p for p in e.places if p not in into.places]
    into.times += e.times
    if into.kind == "CasualtyReport":   # a count told later is the report's (the one told first was earlier)
        later = {q.prop for q in e.quantities}
        into.quantities = [q for q in into.quantities if q.prop not in later] + e.quantities
    else:
        have = {q.prop for q in into.quantities}
        into.quantities += [q for q in e.quantities if q.prop not in have]
    into.evidence += e.evidence
    into.links += [ln for ln in e.links if ln not in into.links]
    into.since = into.since or e.since


def _prune_places(doc: Document, e: Event) -> None:
    """Keep the most specific places: Tehran, not also Iran."""
    e.places = [p for p in e.places if not any(q != p and _within(doc, q, p) for q in e.places)]


def _resolve_described_speakers(doc: Document) -> None:
    """'Seorang anggota senior ... Hamas mengatakan': the one member of Hamas who speaks in the article."""
    members = {}
    for r in doc.relations:
        if r.predicate in ("memberOf", "representativeOf"):
            members.setdefault(r.object, set()).add(r.subject)
    speakers = {k for e in doc.events if e.kind == "Statement" for k in e.actors("speaker")}
    for e in doc.events:
        org = e.speaker_affiliation
        if org and not e.actors("speaker"):
            cands = members.get(org, set()) & speakers
            if len(cands) == 1:
                e.roles.insert(0, ("speaker", cands.pop()))
                e.evidence[0].confidence = min(e.evidence[0].confidence, 0.6)


def _tie_nominal_attacks(doc: Document, events: list[Event], chains: dict[str, str]) -> list[Event]:
    """A nominal attack by the agent of a campaign in its area is that campaign."""
    out = []
    for e in events:
        host = None
        if e.kind == "Attack" and e.nominal:
            host = next((c for c in events if c.kind in ("MilitaryCampaign", "Attack") and c is not e
                         and not c.nominal and set(c.actors("agent")) == set(e.actors("agent"))
                         and _places_compatible(doc, c, e, chains)), None)
        if host is None:
            out.append(e)
            continue
        _absorb(doc, host, Event(e.id, e.kind, places=e.places))
        for other in events:   # reports in the attack's sentence are about the host
            if other.kind == "CasualtyReport" and other.evidence[0].sentence == e.evidence[0].sentence:
                other.links.append(("about", host.id))
    return out


_IN_MEETING = re.compile(r"\b(?:dalam|di|pada|usai|seusai|setelah) (?:rapat|pertemuan|konferensi pers|jumpa pers|"
                         r"sidang|acara)(?: \w+)?(?: (?:itu|tersebut|ini))\b", re.IGNORECASE)


def _anchor_statements_in_meetings(doc: Document) -> None:
    """'..., ujar Doli dalam rapat tersebut': said at the meeting just told, so on its day."""
    for e in doc.events:
        if e.kind != "Statement" or e.times:
            continue
        s = doc.sentences[e.evidence[0].sentence]
        if not _IN_MEETING.search(doc.text[s.start:s.end]):
            continue
        meetings = [m for m in doc.events if m.kind == "Meeting" and m.times and
                    m.evidence[0].sentence <= e.evidence[0].sentence]
        if meetings:
            e.times = list(meetings[-1].times)


def _national_teams(doc: Document) -> None:
    """A country that plays ("Indonesia mengalahkan Vietnam 2-0") is the one national team of it the
    article names ("Timnas Futsal Indonesia"), in its matches and for its players."""
    team = national_teams.teams_by_country(doc.entities)
    if not team:
        return
    for e in doc.events:
        if e.kind == "SportsMatch":
            e.roles = list(dict.fromkeys((r, team.get(k, k)) for r, k in e.roles))
    for r in doc.relations:
        if r.predicate == "playsFor":
            r.object = team.get(r.object, r.object)


def _players_as_sides(doc: Document) -> None:
    """A player read as a side of a match his own team plays ("Mutiara Hitam menang 3-0 berkat gol A"; "gol A"
    is no party) is that team: his role is the team's (not a country's: a player of a single's match plays
    for his country, and is the side himself)."""
    team_of = {r.subject: r.object for r in doc.relations if r.predicate == "playsFor" and not r.former
               and doc.entities[r.object].type == "Organization"}
    for e in doc.events:
        if e.kind == "SportsMatch":
            sides = set(e.actors())
            e.roles = list(dict.fromkeys((r, team_of[k] if team_of.get(k) in sides else k) for r, k in e.roles))


def _backers_as_agents(doc: Document) -> None:
    """A support or a nomination with no agent ("Sebanyak sepuluh partai menyatakan dukungan kepada X dan Y", the
    parties named in a later sentence): the backers the relations read in its sentence for the ones it backs."""
    backed = declaration().cues.backed
    for e in doc.events:
        role = backed.get(e.kind)
        if role is None or e.actors("agent") or not e.actors(role) or not e.evidence:
            continue
        told = {x.sentence for x in e.evidence}
        e.roles += [("agent", k) for k in dict.fromkeys(
            r.subject for r in doc.relations if r.predicate == "supports" and not r.former
            and r.object in e.actors(role) and any(x.sentence in told for x in r.evidence))]


def _join_body_and_spokesperson(doc: Document) -> None:
    """'Kementerian Luar Negeri membantah ... "...," kata juru bicara Kementerian Luar
    Negeri Faisal Akbar': one statement, made by the body through its spokesperson."""
    for e in doc.events:
        speakers = e.actors("speaker")
        if e.kind != "Statement" or len(speakers) != 1 or doc.entities[speakers[0]].type != "Organization":
            continue
        near = [o for o in doc.events if o is not e and o.kind == "Statement"
                and o.speaker_affiliation == speakers[0] and o.actors("speaker")
                and 0 <= o.evidence[0].sentence - e.evidence[0].sentence <= 1]
        if near:
            person = near[0]
            e.roles += [r for r in person.roles if r not in e.roles]
            e.times = e.times or person.times
            e.places = e.places or person.places
            e.evidence += person.evidence
            doc.events = [o for o in doc.events if o is not person]


def _countries_only(doc: Document, e: Event) -> bool:
    """The event names actors, and all are countries (sides named by their country)."""
    return bool(e.actors()) and all(doc.entities[k].kind == "country" for k in e.actors())


def _fold_headline(doc: Document, events: list[Event]) -> list[Event]:
    """A headline above the dateline names in short the events the body tells
    ("Ribuan Pengemudi Ojol Demo di Patung Kuda"): each is the first body event of its
    kind that has all its actors, whatever short place name the headline used."""
    first = lede_index(doc)
    out, folded = [], {}
    for e in events:
        if max(x.sentence for x in e.evidence) < first:
            # (not an earlier event the body recalls: "gunung itu juga meletus November lalu"; a page's time
            # stamp above a story of the day before still folds)
            bodies = [b for b in events if b.kind == e.kind and b.evidence[0].sentence >= first
                      and not _weeks_apart(e, b)]
            # (else one that shares an actor: the headline's short names of the rest are the body's long
            # ones the article never joined, "Ketua Golkar Jatim" for "Ketua DPD Partai Golkar Jawa Timur")
            # (or, for a headline naming countries only, the first that names people: "A/B Kalahkan Unggulan
            # China" over "A/B mengalahkan unggulan asal China C/D")
            countries = _countries_only(doc, e)
            body = next((b for b in bodies if set(e.actors()) <= set(b.actors())), None) or \
                next((b for b in bodies if set(e.actors()) & set(b.actors())), None) or \
                next((b for b in bodies if countries and any(doc.entities[k].type == "Person" for k in b.actors())),
                     None)
            if body is not None:
                # the headline's other actors join where the body has none of their role or some of
                # their type ("A Taklukkan B 2-1" over "... menaklukkan tamunya, B"; not an office's
                # body read as a winner beside the person the body names)
                types = {}
                for role, key in body.roles:
                    types.setdefault(role, set()).add(doc.entities[key].type)
                body.roles += [(r, k) for r, k in e.roles if (r, k) not in body.roles
                               and doc.entities[k].type in types.get(r, {doc.entities[k].type})]
                have = {q.prop for q in body.quantities}
                body.quantities += [q for q in e.quantities if q.prop not in have]
                body.evidence = e.evidence + body.evidence
                folded[e.id] = body.id
                continue
        out.append(e)
    for e in out:   # links to a headline event now point to the body's
        e.links = [(p, folded.get(t, t)) for p, t in e.links]
    return out


def _fold_match_sequels(doc: Document, events: list[Event]) -> list[Event]:
    """'Persija menang 2-1 atas Persib. Bermain di Stadion X, tim tuan rumah menang berkat gol A.':
    a match the next sentence tells with players only, after a match between teams, is that match
    again; it gives its place and day, and its players are no sides of it."""
    out: list[Event] = []
    for e in events:
        prev = out[-1] if out else None
        # (a country alone is no such match: "A/B Kalahkan Unggulan China" over the players' match)
        if prev is not None and e.kind == prev.kind == "SportsMatch" and prev.actors() and \
                not _countries_only(doc, prev) and \
                all(doc.entities[k].type != "Person" for k in prev.actors()) and \
                all(doc.entities[k].type == "Person" for k in e.actors()) and \
                0 < e.evidence[0].sentence - prev.evidence[-1].sentence <= 1 and _times_compatible(prev, e):
            prev.places += [p for p in e.places if p not in prev.places and not dateline_guess(doc, e)]
            prev.times += [t for t in e.times if t not in prev.times]
            prev.evidence += e.evidence
            continue
        out.append(e)
    return out


def _add_seats(doc: Document, e: Event) -> None:
    """A body told as the place ("divonis di Pengadilan Negeri Sidoarjo"): the place it is
    based in is where the event was, too."""
    for p in list(e.places):
        if p in doc.entities and doc.entities[p].type == "Organization":
            e.places += [r.object for r in doc.relations if r.subject == p and not r.former and r.object not in e.places
                         and r.predicate in ("basedIn", "headquarteredIn")
                         and doc.entities[r.object].type == "Place"]


def _fold_stamped_statements(doc: Document, events: list[Event]) -> list[Event]:
    """A speaker's statement dated only by the page's stamp at its head (" date 2025-10-24 outlet,
    JAKARTA - Menlu X menyatakan ...") is the statement the body dates for that speaker, when it gives
    that speaker one day ("..., kata X di Istana Merdeka, Kamis"): one statement, on that day and there."""
    # (the stamp ends the dateline, or stands before any name: " date 2025-10-24 outlet.com, ...")
    head = doc.dateline[1] if doc.dateline else min((m.start for m in doc.mentions), default=0)
    def stamped(e: Event) -> bool:
        return bool(e.times) and all(t.end <= head for t in e.times)
    out = list(events)
    for e in events:
        if e.kind != "Statement" or not stamped(e) or e.places:
            continue
        dated = [o for o in out if o is not e and o.kind == "Statement" and o.times and not stamped(o)
                 and set(o.actors("speaker")) == set(e.actors("speaker"))]
        if dated and len({t.value for o in dated for t in o.times}) == 1:
            e.times = []
            _absorb(doc, dated[0], e)
            out.remove(e)
    return out


def _share_agent(events: list[Event], kinds: frozenset[str], same_case: bool) -> None:
    """A charge or arrest of a suspect that names no agent, told within two sentences of
    another one (``one_body_kinds``) of the same suspect that does: one body did both. A
    verdict told within two sentences of a session (``court_kinds``) that names its court,
    of the same defendant or of none named: that court passed it."""
    told = [e for e in events if e.kind in kinds and (e.actors("patient") or not same_case)]
    for e in told:
        if e.actors("agent"):
            continue
        near = [o for o in told if o is not e and o.actors("agent")
                and abs(o.evidence[0].sentence - e.evidence[0].sentence) <= 2
                and (set(o.actors("patient")) & set(e.actors("patient"))
                     or not same_case and not (o.actors("patient") and e.actors("patient")))]
        if near:
            closest = min(near, key=lambda o: abs(o.evidence[0].sentence - e.evidence[0].sentence))
            e.roles += [("agent", k) for k in closest.actors("agent")]


_UNDERGOING = ("winner", "patient", "target", "beneficiary")


def _one_side(e: Event) -> None:
    """The one who acts does not undergo its own act. Read as both, it is the agent when others undergo it
    ("KPU ... yang memenangkan pasangan X": X won, the KPU declared it), else the one who undergoes it
    ("PDIP menang": the winner, whom no one made win)."""
    for role in _UNDERGOING:
        both = set(e.actors("agent")) & set(e.actors(role))
        others = set(e.actors(role)) - both
        e.roles = [(r, k) for r, k in e.roles if k not in both or r != (role if others else "agent")]


def merge_events(doc: Document) -> Document:
    _resolve_described_speakers(doc)
    _join_body_and_spokesperson(doc)
    _anchor_statements_in_meetings(doc)
    _national_teams(doc)
    _players_as_sides(doc)
    _backers_as_agents(doc)
    # (a statement kept for its speaker's body whose speaker was not found after all, "kata
    # petugas Satlantas Polres X ..." with the officer's name missed, is not reported: an
    # event of a kind with required roles needs one of them)
    events = [e for e in doc.events if (e.actors() or e.places or e.quantities or e.times) and _has_required_role(e)
              and _reported(doc, e)]
    chains = written_chains(doc)   # once: the merge compares every pair of events
    events = _tie_nominal_attacks(doc, events, chains)
    events = _fold_headline(doc, events)
    events = _fold_match_sequels(doc, events)
    events = _fold_stamped_statements(doc, events)
    for e in events:   # "Operasi tersebut memicu kampanye militer": the last attack before it
        if e.follows_previous:
            before = [a for a in events if a.kind == "Attack" and a.evidence[0].sentence < e.evidence[0].sentence]
            if before:
                e.links.append(("triggeredBy", before[-1].id))
    for e in events:   # a report in the sentence of an attack is about it
        if e.kind == "CasualtyReport" and not e.links:
            same = [a for a in events if a.kind in ("Attack", "MilitaryCampaign")
                    and a.evidence[0].sentence == e.evidence[0].sentence]
            e.links += [("about", a.id) for a in same]
    merged: list[Event] = events
    renamed: dict[str, str] = {}
    # the mentions of one sentence first, then across sentences ("Tim X menang 1-0 atas Y ... Pada laga
    # sebelumnya di Z, tim X takluk 1-5": the second sentence's two mentions are one match, not the first one)
    for within_sentence in (True, False):
        pool, merged = merged, []
        for e in pool:
            host = next((m for m in merged if (not within_sentence or m.evidence[0].sentence == e.evidence[0].sentence)
                         and _same(doc, m, e, chains)), None)
            if host:
                _absorb(doc, host, e)
                renamed.update({old: host.id for old, cur in renamed.items() if cur == e.id})
                renamed[e.id] = host.id
            else:
                merged.append(e)
    # stable ids in order of appearance
    counts: dict[str, int] = {}
    for e in merged:
        counts[e.kind] = counts.get(e.kind, 0) + 1
        new = f"{e.kind.lower()}-{counts[e.kind]}"
        renamed.update({old: new for old, cur in renamed.items() if cur == e.id})
        renamed[e.id] = new
    # the region of a party's title is no party of its own ("kunjungan Presiden Republik Filipina, Ferdinand
    # Marcos": Marcos met, not the Philippines too)
    titled = {(r.subject, r.object) for r in doc.relations if r.predicate in ("leads", "holdsPosition")
              and doc.entities[r.object].type == "Place"}
    for e in merged:
        e.id = renamed[e.id]
        e.roles = [(r, k) for r, k in e.roles if r not in ("participant", "traveler", "speaker")
                   or not any((p, k) in titled for p in e.actors(r))]
        _one_side(e)
        e.links = list(dict.fromkeys((p, renamed.get(t, t)) for p, t in e.links if renamed.get(t, t) != e.id))
        _prune_places(doc, e)
        _add_seats(doc, e)
        # who acts is not also who is acted on: of a body read as both, the body acts ("PN X menjatuhkan
        # vonis ... Mereka divonis": the pronoun told of the court once); a person read as both is the
        # one acted on ("RA dan TM polisi tangkap")
        both = set(e.actors("agent")) & set(e.actors("patient") + e.actors("target"))
        e.roles = [(r, k) for r, k in e.roles if k not in both or
                   (r == "agent") == (doc.entities[k].type != "Person")]
        # a body told with its unit ("Satreskrim Polres X" and "Polres X", one arrest told twice): the unit acted
        agents = {k: doc.entities[k].name for k in e.actors("agent")}
        e.roles = [(r, k) for r, k in e.roles if r != "agent" or
                   not any(o != k and n.endswith(" " + agents[k]) for o, n in agents.items())]
    cues = declaration().cues
    _share_agent(merged, cues.one_body_kinds, same_case=True)
    _share_agent(merged, cues.court_kinds, same_case=False)
    doc.events = merged
    lede_day(doc)
    lede_place(doc)
    share_scene(doc)
    return doc
