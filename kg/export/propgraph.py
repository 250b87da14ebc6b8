"""The property-graph projection shared by the Neo4j CSV and Cypher exports.

Nodes (property ``id`` = the IRI, unique across groups):

* ``Entity`` + ``Person`` / ``Organization`` / ``Place`` (+ subtypes such as ``City``):
  ``name``, ``aliases`` (list), ``jobTitle`` (list), ``wikidata`` (Q id), ``geonames``,
  ``lat``/``lon`` (floats), ``mentions`` (count);
* ``Event`` + its kind (``Meeting``, ``Statement`` ...): ``label``, ``kind``, ``time``
  (a day, a month or "earliest/latest"), ``timeText``, quantities (``killed`` ...),
  ``confidence``, ``extractor`` (list), ``evidence`` (list of sentences), ``document``;
* ``Document``: ``identifier``, ``published``, ``url``.

Relationships (type = the RDF property in UPPER_SNAKE_CASE):

* entity to entity: ``LEADS``, ``MEMBER_OF``, ``BASED_IN`` ... and ``CONTAINED_IN_PLACE``,
  with ``confidence`` (max), ``qualifier``, ``extractor``, ``evidence`` and ``documents``
  from the relation assertions;
* event to entity: the roles (``PARTICIPANT``, ``AGENT``, ``SPEAKER``, ``SOURCE`` ...),
  ``HAS_ACTOR`` only where no role names the actor, ``HAS_PLACE`` / ``DESTINATION``;
* event to event: ``TRIGGERED_BY``, ``ABOUT``; event to document: ``REPORTED_IN``;
* document to entity: ``MENTIONS`` with ``count``.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.rdf.vocab import EVENT_QUANTITIES, EVENT_ROLES

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SCHEMA = "https://schema.org/"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
ITSRDF = "http://www.w3.org/2005/11/its/rdf#"
PROV = "http://www.w3.org/ns/prov#"
OWL = "http://www.w3.org/2002/07/owl#"
GEO = "http://www.opengis.net/ont/geosparql#"
KG = "https://w3id.org/newskg/ontology#"
WD = "http://www.wikidata.org/entity/"
GEONAMES = "https://sws.geonames.org/"

BASE_TYPES = ("Person", "Organization", "Place")
ENTITY_RELATIONS = {KG + n for n in ("leads", "memberOf", "representativeOf", "basedIn", "headquarteredIn",
                                     "capitalOf", "supports")} | {SCHEMA + "containedInPlace"}
ROLES = {KG + n for n in EVENT_ROLES}
EVENT_LINKS = {KG + "triggeredBy", KG + "about"}
_U = ox.DefaultGraph()  # the union of all articles (see kg.store)
QUANTITIES = EVENT_QUANTITIES


def rel_type(iri: str) -> str:
    """``kg:memberOf`` -> ``MEMBER_OF``; ``sem:hasPlace`` -> ``HAS_PLACE``."""
    local = re.split(r"[#/]", iri)[-1]
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", local).upper()


@dataclass
class Node:
    id: str
    group: str  # Entity, Event or Document
    labels: list[str]
    props: dict = field(default_factory=dict)


@dataclass
class Rel:
    start: str
    type: str
    end: str
    props: dict = field(default_factory=dict)


@dataclass
class PropertyGraph:
    nodes: dict[str, Node] = field(default_factory=dict)
    rels: dict[tuple[str, str, str], Rel] = field(default_factory=dict)

    def group_of(self, node_id: str) -> str:
        return self.nodes[node_id].group


def _objects(store: ox.Store, s, p: str) -> list:
    seen, out = set(), []
    for q in store.quads_for_pattern(s, ox.NamedNode(p), None, _U):
        if q.object not in seen:
            seen.add(q.object)
            out.append(q.object)
    return out


def _values(store, s, p) -> list[str]:
    return sorted({o.value for o in _objects(store, s, p)})


def _first(store, s, p):
    vals = _values(store, s, p)
    return vals[0] if vals else None


def _number(text: str, kind):
    if kind is str:
        return text
    try:
        return kind(float(text)) if kind is int else float(text)
    except ValueError:
        return None


def _subjects_of_type(store, cls: str) -> list:
    return sorted({q.subject for q in store.quads_for_pattern(None, ox.NamedNode(RDF + "type"), ox.NamedNode(cls), _U)
                   if isinstance(q.subject, ox.NamedNode)}, key=lambda n: n.value)


def _sentences(store, s) -> tuple[list[str], list[str]]:
    """Evidence texts and document IRIs of the sentences ``s`` was derived from."""
    texts, docs = [], set()
    for sent in sorted(_objects(store, s, PROV + "wasDerivedFrom"), key=lambda n: n.value):
        texts += _values(store, sent, NIF + "anchorOf")
        docs.update(_values(store, sent, NIF + "referenceContext"))
    return texts, sorted(docs)


def project(store: ox.Store) -> PropertyGraph:
    pg = PropertyGraph()
    type_p = ox.NamedNode(RDF + "type")

    # ---- documents
    for d in _subjects_of_type(store, NIF + "Context"):
        props = {"identifier": _first(store, d, SCHEMA + "identifier"),
                 "published": _first(store, d, SCHEMA + "datePublished"),
                 "url": _first(store, d, SCHEMA + "url")}
        pg.nodes[d.value] = Node(d.value, "Document", ["Document"], _clean(props))

    # ---- entities
    entities = set()
    for base in BASE_TYPES:
        entities.update(_subjects_of_type(store, SCHEMA + base))
    for e in sorted(entities, key=lambda n: n.value):
        types = sorted({q.object.value[len(SCHEMA):] for q in store.quads_for_pattern(e, type_p, None, _U)
                        if isinstance(q.object, ox.NamedNode) and q.object.value.startswith(SCHEMA)})
        labels = ["Entity"] + [t for t in BASE_TYPES if t in types] + [t for t in types if t not in BASE_TYPES]
        same = _values(store, e, OWL + "sameAs")
        names = _values(store, e, SCHEMA + "name")
        props = {
            "name": names[0] if names else e.value.rsplit("/", 1)[-1],
            "aliases": sorted(set(_values(store, e, SCHEMA + "alternateName")) | set(names[1:])),
            "jobTitle": _values(store, e, SCHEMA + "jobTitle"),
            "wikidata": next((s[len(WD):] for s in same if s.startswith(WD)), None),
            "geonames": next((s[len(GEONAMES):].strip("/") for s in same if s.startswith(GEONAMES)), None),
        }
        for geom in _objects(store, e, GEO + "hasGeometry"):
            for wkt in _values(store, geom, GEO + "asWKT"):
                m = re.search(r"POINT\s*\(\s*([-+0-9.eE]+)\s+([-+0-9.eE]+)\s*\)", wkt)
                if m:
                    props["lon"], props["lat"] = float(m.group(1)), float(m.group(2))
        pg.nodes[e.value] = Node(e.value, "Entity", labels, _clean(props))

    # ---- events
    for ev in _subjects_of_type(store, SEM + "Event"):
        kinds = sorted({q.object.value[len(KG):] for q in store.quads_for_pattern(ev, type_p, None, _U)
                        if isinstance(q.object, ox.NamedNode) and q.object.value.startswith(KG)})
        texts, docs = _sentences(store, ev)
        ts = _first(store, ev, SEM + "hasTimeStamp")
        earliest = _first(store, ev, SEM + "hasEarliestBeginTimeStamp") or _first(store, ev, SEM + "hasBeginTimeStamp")
        latest = _first(store, ev, SEM + "hasLatestEndTimeStamp") or _first(store, ev, SEM + "hasEndTimeStamp")
        time = ts or (f"{earliest or ''}/{latest or ''}" if (earliest or latest) else None)
        confidences = [c for c in (_number(v, float) for v in _values(store, ev, KG + "confidence")) if c is not None]
        props = {"label": _first(store, ev, RDFS + "label"), "kind": kinds[0] if kinds else None,
                 "time": time, "timeText": _first(store, ev, KG + "timeText"),
                 "confidence": max(confidences) if confidences else None,
                 "extractor": _values(store, ev, PROV + "wasAttributedTo"),
                 "evidence": texts, "document": docs[0] if docs else None,
                 "currency": _first(store, ev, KG + "currency")}
        for name, kind in QUANTITIES.items():
            v = _first(store, ev, KG + name)
            props[name] = _number(v, kind) if v is not None else None
        pg.nodes[ev.value] = Node(ev.value, "Event", ["Event"] + kinds, _clean(props))
        for d in docs:
            if d in pg.nodes:
                _add_rel(pg, ev.value, "REPORTED_IN", d, {})

    # ---- relation assertions (evidence for entity-entity relations)
    evidence: dict[tuple[str, str, str], dict] = defaultdict(lambda: {"conf": [], "qual": set(), "ext": set(),
                                                                       "ev": [], "docs": set()})
    for a in _subjects_of_type(store, KG + "RelationAssertion"):
        s, p, o = (_first(store, a, RDF + x) for x in ("subject", "predicate", "object"))
        if not (s and p and o):
            continue
        acc = evidence[(s, p, o)]
        acc["conf"] += [c for c in (_number(v, float) for v in _values(store, a, KG + "confidence")) if c is not None]
        acc["qual"].update(_values(store, a, KG + "qualifier"))
        acc["ext"].update(_values(store, a, PROV + "wasAttributedTo"))
        texts, docs = _sentences(store, a)
        acc["ev"] += [t for t in texts if t not in acc["ev"]]
        acc["docs"].update(docs)

    # ---- relationships
    for node in list(pg.nodes.values()):
        subj = ox.NamedNode(node.id)
        if node.group == "Entity":
            for q in store.quads_for_pattern(subj, None, None, _U):
                p, o = q.predicate.value, q.object
                if p in ENTITY_RELATIONS and isinstance(o, ox.NamedNode) and o.value in pg.nodes:
                    acc = evidence.get((node.id, p, o.value))
                    props = {}
                    if acc:
                        props = {"confidence": max(acc["conf"]) if acc["conf"] else None,
                                 "qualifier": "; ".join(sorted(acc["qual"])) or None,
                                 "extractor": sorted(acc["ext"]), "evidence": acc["ev"],
                                 "documents": sorted(acc["docs"])}
                    _add_rel(pg, node.id, rel_type(p), o.value, _clean(props))
        elif node.group == "Event":
            roles: dict[str, set[str]] = defaultdict(set)
            actors, places, destinations = set(), set(), set()
            for q in store.quads_for_pattern(subj, None, None, _U):
                p, o = q.predicate.value, q.object
                if not isinstance(o, ox.NamedNode) or o.value not in pg.nodes:
                    continue
                if p in ROLES:
                    roles[o.value].add(rel_type(p))
                elif p == SEM + "hasActor":
                    actors.add(o.value)
                elif p == SEM + "hasPlace":
                    places.add(o.value)
                elif p == KG + "destination":
                    destinations.add(o.value)
                elif p in EVENT_LINKS:
                    _add_rel(pg, node.id, rel_type(p), o.value, {})
            for target, types in roles.items():
                for t in sorted(types):
                    _add_rel(pg, node.id, t, target, {})
            for target in sorted(actors - set(roles)):
                _add_rel(pg, node.id, "HAS_ACTOR", target, {})
            for target in sorted(destinations):
                _add_rel(pg, node.id, "DESTINATION", target, {})
            for target in sorted(places - destinations):
                _add_rel(pg, node.id, "HAS_PLACE", target, {})

    # ---- mentions: document -> entity with a count
    counts: dict[tuple[str, str], set[str]] = defaultdict(set)
    mentions_of: dict[str, set[str]] = defaultdict(set)
    for q in store.quads_for_pattern(None, ox.NamedNode(ITSRDF + "taIdentRef"), None, _U):
        ent = q.object.value if isinstance(q.object, ox.NamedNode) else None
        if ent not in pg.nodes:
            continue
        mentions_of[ent].add(q.subject.value)
        for d in _values(store, q.subject, NIF + "referenceContext"):
            counts[(d, ent)].add(q.subject.value)
    for ent, ms in mentions_of.items():
        pg.nodes[ent].props["mentions"] = len(ms)
    for (d, ent), ms in sorted(counts.items()):
        if d in pg.nodes:
            _add_rel(pg, d, "MENTIONS", ent, {"count": len(ms)})
    return pg


def _add_rel(pg: PropertyGraph, start: str, type_: str, end: str, props: dict) -> None:
    key = (start, type_, end)
    if key not in pg.rels:
        pg.rels[key] = Rel(start, type_, end, props)


def _clean(props: dict) -> dict:
    """Drop empty values (None, "", []): property graphs have no nulls."""
    return {k: v for k, v in props.items() if v not in (None, "", [])}
