"""Give entities their identities: Wikidata ids from the gazetteer, GeoNames ids,
coordinates and countries for places, and final stable keys (see kg.rdf.iris)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from kg.config import Config
from kg.geo import places
from kg.model import Document, Entity
from kg.rdf.iris import entity_key
from kg.text import fold

REGIONS = Path(places.__file__).parent / "data" / "regions.tsv"


@lru_cache(maxsize=1)
def _regions() -> dict[str, list[str]]:
    """Region name (folded) -> member country codes, from kg/geo/data/regions.tsv."""
    out = {}
    for line in REGIONS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            names, codes = line.split("\t")
            for name in names.split("|"):
                out[fold(name)] = codes.split()
    return out


def _region_point(names: list[str]) -> tuple[float, float] | None:
    """Mean point of a region's member countries: a representative point, not a boundary."""
    regions = _regions()
    codes = next((regions[fold(n)] for n in names if fold(n) in regions), None)
    points = [(c.lat, c.lon) for code in codes or () if (c := places.country(code)) and c.lat is not None]
    if not points:
        return None
    return (round(sum(p[0] for p in points) / len(points), 5), round(sum(p[1] for p in points) / len(points), 5))


def _link_places(doc: Document) -> None:
    found = {}
    for e in doc.entities.values():
        if e.type == "Place":
            found[e.key] = next((p for n in [e.name, *sorted(e.aliases)] if (p := places.lookup(n))), None)
    context = {p.country_code for p in found.values() if p and p.country_code}
    for key, first in found.items():
        e = doc.entities[key]
        place = next((p for n in [e.name, *sorted(e.aliases)]
                      if (p := places.lookup(n, context_countries=context))), first)
        if place is None:
            point = _region_point([e.name, *sorted(e.aliases)]) if e.kind == "region" else None
            if point:
                e.lat, e.lon = point
            continue
        if e.wikidata and place.wikidata and place.wikidata != e.wikidata:
            doc.notes.append(f"GeoNames match {place.geonames_id} of {e.name!r} disagrees with "
                             f"Wikidata {e.wikidata}; not linked")
            continue
        if place.kind == "country" and not e.wikidata and place.name != e.name:
            e.aliases.add(place.name)   # "Negeri Jiran" is also "Malaysia" (the gazetteer names its countries)
        e.geonames, e.lat, e.lon = place.geonames_id, place.lat, place.lon
        e.wikidata = e.wikidata or place.wikidata
        e.kind = e.kind or place.kind
        if place.kind != "country" and place.country_code:
            country = places.country(place.country_code)
            if country:
                e.country = _country_entity(doc, country).key


def _country_entity(doc: Document, country) -> Entity:
    for e in doc.entities.values():
        if e.type == "Place" and (e.geonames == country.geonames_id or
                                  (country.wikidata and e.wikidata == country.wikidata)):
            return e
    key = entity_key("Place", country.name, country.wikidata, country.geonames_id)
    e = Entity(key=key, type="Place", name=country.name, kind="country", wikidata=country.wikidata,
               geonames=country.geonames_id, lat=country.lat, lon=country.lon)
    doc.entities[key] = e
    return e


def _rekey(doc: Document) -> None:
    """Replace provisional keys with the stable ones."""
    mapping = {}
    for old, e in list(doc.entities.items()):
        e.key = entity_key(e.type, e.name, e.wikidata, e.geonames)
        mapping[old] = e.key
    merged: dict[str, Entity] = {}
    for e in doc.entities.values():
        if e.key in merged:   # two spellings that linked to one place are one entity
            first = merged[e.key]
            first.mentions += e.mentions
            first.aliases |= e.aliases | ({e.name} - {first.name})
            first.titles |= e.titles
        else:
            merged[e.key] = e
    doc.entities = merged
    for m in doc.mentions:
        m.entity = mapping.get(m.entity, m.entity)
    for e in doc.entities.values():
        e.country = mapping.get(e.country, e.country)
    doc.dateline_place = mapping.get(doc.dateline_place, doc.dateline_place)
    doc.publisher = mapping.get(doc.publisher, doc.publisher)


def link(doc: Document, cfg: Config = Config()) -> Document:
    if cfg.link_places:
        _link_places(doc)
    _rekey(doc)
    return doc
