"""rdflib.Graph -> networkx.MultiDiGraph: entity and event nodes, relation and role edges.

Works from the RDF alone, so it serves graphs loaded from files and stores as well as
freshly built ones (given as kg.rdf.triples.Triples, which answers the same queries in
the same order). Attribute values are GraphML-safe (str, int, float;
characters XML forbids, such as a form feed, become U+FFFD). Evidence is bounded:
a window of the sentence around each mention, at most MAX_EVIDENCE items a node,
so a huge sentence is not copied into every node.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict

import networkx as nx
from rdflib import Graph, Literal
from rdflib.namespace import OWL, PROV, RDF, RDFS

from kg.rdf.vocab import EVENT_ROLES, GEO, ITSRDF, KG, NIF, SCHEMA, SEM

ENTITY_CLASSES = {SCHEMA.Person: "Person", SCHEMA.Organization: "Organization", SCHEMA.Place: "Place"}
RELATIONS = [KG.leads, KG.memberOf, KG.representativeOf, KG.basedIn, KG.headquarteredIn, KG.capitalOf,
             KG.supports, SCHEMA.containedInPlace]
ROLES = [KG[r] for r in EVENT_ROLES]
EVENT_LINKS = [KG.triggeredBy, KG.about]
_SUBTYPES = {SCHEMA.Country: "country", SCHEMA.City: "city"}
WINDOW = 300          # characters of context kept on each side of a mention
MAX_SENTENCE = 2 * WINDOW
MAX_EVIDENCE = 20     # evidence items kept per node; "mentions" still counts them all
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(value):
    """The same string with the characters XML 1.0 cannot hold replaced, one for one (offsets stay valid)."""
    return _NOT_XML.sub("\ufffd", value) if isinstance(value, str) else value


def _window(item: dict, begin: int, end: int) -> dict:
    """Cut an evidence sentence to WINDOW characters around [begin, end) (offsets into the document)."""
    lo, hi = max(item["begin"], begin - WINDOW), min(item["end"], end + WINDOW)
    if (lo, hi) != (item["begin"], item["end"]):
        offset = item["begin"]
        item.update(sentence=item["sentence"][lo - offset:hi - offset], begin=lo, end=hi)
    return item


def _capped(sentence: str) -> str:
    return sentence if len(sentence) <= MAX_SENTENCE else sentence[:MAX_SENTENCE] + "…"


def _local(iri) -> str:
    s = str(iri)
    return s.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _sentence(g: Graph, node) -> dict:
    ctx = g.value(node, NIF.referenceContext)
    published = g.value(ctx, SCHEMA.datePublished) if ctx is not None else None
    return {"doc": str(g.value(ctx, SCHEMA.identifier) or ctx or ""), "published": str(published or ""),
            "sentence": str(g.value(node, NIF.anchorOf) or ""),
            "begin": int(g.value(node, NIF.beginIndex) or 0), "end": int(g.value(node, NIF.endIndex) or 0)}


def _assertions(g: Graph) -> dict[tuple, list]:
    found = defaultdict(list)
    for a in g.subjects(RDF.type, KG.RelationAssertion):
        found[(g.value(a, RDF.subject), g.value(a, RDF.predicate), g.value(a, RDF.object))].append(a)
    return found


def _provenance(g: Graph, nodes) -> dict:
    sentences = [s for n in nodes for s in g.objects(n, PROV.wasDerivedFrom)]
    extractors = sorted({str(g.value(x, RDFS.label) or _local(x)) for n in nodes for x in g.objects(n, PROV.wasAttributedTo)})
    confidence = max((float(c) for n in nodes for c in g.objects(n, KG.confidence)), default=1.0)
    return {"confidence": confidence, "extractor": ", ".join(extractors),
            "evidence": " … ".join(_capped(str(g.value(s, NIF.anchorOf) or ""))
                                   for s in list(dict.fromkeys(sentences))[:MAX_EVIDENCE])}


def _entity_attrs(g: Graph, node, type_: str, mentions: list) -> dict:
    same = [str(o) for o in g.objects(node, OWL.sameAs)]
    kind = next((_SUBTYPES[t] for t in g.objects(node, RDF.type) if t in _SUBTYPES), "")
    evidence = []
    for m in sorted(mentions, key=lambda m: int(g.value(m, NIF.beginIndex) or 0))[:MAX_EVIDENCE]:
        sentence = g.value(m, NIF.sentence)
        begin, end = int(g.value(m, NIF.beginIndex)), int(g.value(m, NIF.endIndex))
        item = _window(_sentence(g, sentence), begin, end) if sentence is not None else {}
        item.update(mention_begin=begin, mention_end=end)
        evidence.append(item)
    attrs = {
        "label": str(g.value(node, SCHEMA.name) or _local(node)), "type": type_, "kind": kind,
        "aliases": "|".join(sorted(str(a) for a in g.objects(node, SCHEMA.alternateName))),
        "mentions": len(mentions),
        "wikidata": next((_local(s) for s in same if "wikidata.org" in s), ""),
        "geonames": next((s.rstrip("/").rsplit("/", 1)[-1] for s in same if "geonames.org" in s), ""),
        "time": "", "evidence": json.dumps(evidence, ensure_ascii=False),
        "inferred": (node, KG.inferred, Literal(True)) in g,
    }
    geom = g.value(node, GEO.hasGeometry)
    wkt = str(g.value(geom, GEO.asWKT) or "") if geom is not None else ""
    if wkt.startswith("POINT("):
        lon, lat = wkt[6:-1].split()
        attrs.update(lat=float(lat), lon=float(lon))
    return attrs


def _event_time(g: Graph, node) -> str:
    stamp = g.value(node, SEM.hasTimeStamp)
    if stamp is not None:
        return str(stamp)
    lo, hi = g.value(node, SEM.hasEarliestBeginTimeStamp), g.value(node, SEM.hasLatestEndTimeStamp)
    return f"{lo}/{hi}" if lo is not None and hi is not None else ""


def to_networkx(g: Graph) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    mentions = defaultdict(list)
    for m, entity in g.subject_objects(ITSRDF.taIdentRef):
        mentions[entity].append(m)
    for cls, type_ in ENTITY_CLASSES.items():
        for node in g.subjects(RDF.type, cls):
            G.add_node(str(node), **_entity_attrs(g, node, type_, mentions[node]))
    for node in g.subjects(RDF.type, SEM.Event):
        kind = next((_local(t) for t in g.objects(node, RDF.type) if t != SEM.Event), "Event")
        sentences = [_sentence(g, s) for s in g.objects(node, PROV.wasDerivedFrom)]
        for item in sentences:   # the sentence's first MAX_SENTENCE characters; begin/end still locate them
            item.update(sentence=item["sentence"][:MAX_SENTENCE], end=min(item["end"], item["begin"] + MAX_SENTENCE))
        G.add_node(str(node), label=str(g.value(node, RDFS.label) or kind), type="Event", kind=kind, aliases="",
                   mentions=len(sentences), wikidata="", geonames="", time=_event_time(g, node),
                   evidence=json.dumps(sorted(sentences, key=lambda s: s["begin"])[:MAX_EVIDENCE], ensure_ascii=False))
    assertions = _assertions(g)
    for pred in RELATIONS:
        for s, o in g.subject_objects(pred):
            if str(s) in G and str(o) in G and s != o:
                G.add_edge(str(s), str(o), key=_local(pred), label=_local(pred), iri=str(pred),
                           **_provenance(g, assertions.get((s, pred, o), [])))
    for node in g.subjects(RDF.type, SEM.Event):
        prov = _provenance(g, [node])
        edges = [(p, o) for p in ROLES + EVENT_LINKS for o in g.objects(node, p)]
        destinations = set(g.objects(node, KG.destination))
        edges += [(KG.destination if o in destinations else SEM.hasPlace, o) for o in g.objects(node, SEM.hasPlace)]
        for p, o in edges:
            if str(o) in G:
                label = "place" if p == SEM.hasPlace else _local(p)
                G.add_edge(str(node), str(o), key=label, label=label, iri=str(p), **prov)
    for _, attrs in G.nodes(data=True):
        attrs.update((k, xml_safe(v)) for k, v in attrs.items())
    for *_, attrs in G.edges(keys=True, data=True):
        attrs.update((k, xml_safe(v)) for k, v in attrs.items())
    return G


def write_graphml(G: nx.MultiDiGraph, path) -> None:
    nx.write_graphml(G, path)
