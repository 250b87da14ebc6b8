"""Sides in sports news: a national team named "Timnas <...> <country>", and the nicknames the press
gives it ("Garuda Muda"), are one side; a country written alone in a match report is that side; a club's
nickname that is also something else ("Beruang Madu") is the club the article names."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lang.id import word_list, word_set
from kg.model import Entity
from kg.text import fold


_AGE_GROUP = re.compile(r"\bU-?\d{2}\b")
_SENIOR = re.compile(r"\s+senior\b", re.IGNORECASE)   # "Timnas Indonesia senior": no age group's team


@lru_cache(maxsize=1)
def _nickname_rows() -> tuple[tuple[str, str, bool], ...]:
    """(nickname, country, youth) of team_nicknames.txt, folded ("Garuda Muda = Indonesia, youth")."""
    rows = (row.split("=", 1) for row in word_list("team_nicknames"))
    return tuple((fold(nick.strip()), fold(rest.split(",")[0].strip()), rest.rstrip().endswith(", youth"))
                 for nick, rest in rows)


@lru_cache(maxsize=1)
def nicknames() -> dict[str, str]:
    """'garuda muda' -> 'indonesia', folded."""
    return {nick: country for nick, country, _ in _nickname_rows()}


@lru_cache(maxsize=1)
def youth_nicknames() -> frozenset[str]:
    """The nicknames of a country's youth teams ('garuda muda'), folded."""
    return frozenset(nick for nick, _, youth in _nickname_rows() if youth)


def countries(entities: dict[str, Entity]) -> dict[str, str]:
    """The article's countries: each of their folded names -> the country's key."""
    return {fold(n): e.key for e in entities.values() if e.type == "Place" and e.kind == "country"
            for n in (e.name, *e.aliases)}


def team_of(entities: dict[str, Entity], country: str, nickname: str | None = None) -> str | None:
    """The key of the one national team of the country (folded name) the article names (none when it
    names two: "Timnas Indonesia" and "Timnas Indonesia U-23"); for a nickname, the one senior team
    ("Skuad Garuda") or the one youth team ("Garuda Muda") among them."""
    words = word_set("national_team_words")
    found = {e.key: e.name for e in entities.values() if e.type == "Organization" and e.mentions
             and any(fold(e.name).startswith(w + " ") for w in words)
             and re.search(rf"\b{re.escape(country)}\b", fold(e.name))}
    if len(found) > 1 and nickname is not None:
        youth = nickname in youth_nicknames()
        found = {k: n for k, n in found.items() if bool(_AGE_GROUP.search(n)) == youth}
    return next(iter(found)) if len(found) == 1 else None


def bare_national_teams(entities: dict[str, Entity], text: str) -> list[tuple[str, str]]:
    """(bare, team): "Timnas Indonesia" written alone in an article that names one national team of Indonesia of
    an age group ("Timnas Indonesia U-23") and no other: the press shortens the team's name (not when it calls
    the bare one "senior": the senior team, as one coach's two teams)."""
    words = word_set("national_team_words")
    teams: dict[tuple[str, str], list[str]] = {}   # (opening word, country) -> keys of its teams
    for e in entities.values():
        name = fold(e.name)
        opening = next((w for w in words if name.startswith(w + " ")), None)
        if e.type != "Organization" or not e.mentions or opening is None:
            continue
        country = " ".join(_AGE_GROUP.sub("", e.name).split()[len(opening.split()):]).lower()
        teams.setdefault((opening, country), []).append(e.key)
    pairs = []
    for keys in teams.values():
        aged = [k for k in keys if _AGE_GROUP.search(entities[k].name)]
        bare = [k for k in keys if k not in aged]
        if len(aged) == 1 and len(bare) == 1 and \
                not any(_SENIOR.match(text, m.end) for m in entities[bare[0]].mentions):
            pairs.append((bare[0], aged[0]))
    return pairs


def nickname_side(entities: dict[str, Entity], nickname: str) -> str | None:
    """The side a national team's nickname (folded: "garuda muda") stands for in the article: the one national
    team of its country the article names, else the country itself when the article names it; None for a
    name that is no nickname."""
    country = nicknames().get(nickname)
    if country is None:
        return None
    return team_of(entities, country, nickname) or countries(entities).get(country)


@lru_cache(maxsize=1)
def club_nicknames() -> dict[str, str]:
    """'beruang madu' -> 'persiba': a club's nickname and the first word(s) of its name (club_nicknames.txt)."""
    rows = (row.split("=", 1) for row in word_list("club_nicknames"))
    return {fold(nick.strip()): fold(club.strip()) for nick, club in rows}


def club_of_nickname(entities: dict[str, Entity], nickname: str) -> str | None:
    """The key of the one club the article names that a nickname (folded) stands for; None when it names none
    (or two clubs of that name), or the name is no club's nickname."""
    head = club_nicknames().get(nickname)
    if head is None:
        return None
    clubs = {e.key for e in entities.values() if e.type == "Organization" and e.mentions
             and (fold(e.name) == head or fold(e.name).startswith(head + " "))}
    return clubs.pop() if len(clubs) == 1 else None


def teams_by_country(entities: dict[str, Entity]) -> dict[str, str]:
    """country key -> the one national team of it the article names."""
    teams = {key: team_of(entities, name) for name, key in countries(entities).items()}
    return {key: team for key, team in teams.items() if team}
