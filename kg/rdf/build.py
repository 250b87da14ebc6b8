"""Document -> rdflib.Graph, following docs/graph-shape.md and the output contract."""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, XSD

from kg.model import DOCUMENT, Document, Entity, Event, Relation
from kg.rdf import iris
from kg.rdf.triples import Triples
from kg.rdf.vocab import (GEO, GEONAMES, ITSRDF, KG, MEMBERSHIP_PREDICATES, NIF, ORG, PREFIXES, RELATION_TERMS,
                          SCHEMA, SEM, WD)

EXTRACTOR_LABELS = {"gazetteer": "gazetteer match", "model": "statistical entity recogniser"}
_PLACE_KIND = {"country": SCHEMA.Country, "city": SCHEMA.City}


def _decimal(x: float) -> Literal:
    return _decimal_literal(str(round(x, 3)))


@lru_cache(maxsize=1024)   # confidences repeat: each literal made once
def _decimal_literal(digits: str) -> Literal:
    return Literal(Decimal(digits), datatype=XSD.decimal)


@lru_cache(maxsize=4096, typed=True)
def _int(n: int) -> Literal:
    return Literal(n, datatype=XSD.nonNegativeInteger)


class _Builder:
    def __init__(self, doc: Document):
        self.doc = doc
        self.g = Triples(PREFIXES)
        self.doc_iri = iris.document_iri(doc.id)
        self.extractors: set[str] = set()

    def add(self, s, p, o):
        self.g.add((s, p, o))

    def entity_iri(self, key: str) -> URIRef:
        return iris.entity_iri(key)

    def sentence_iri(self, index: int) -> URIRef:
        return iris.sentence_iri(self.doc.id, index)

    def extractor(self, name: str) -> URIRef:
        node = iris.extractor_iri(name)
        if name not in self.extractors:
            self.extractors.add(name)
            self.add(node, RDF.type, KG.Extractor)
            self.add(node, RDFS.label, Literal(EXTRACTOR_LABELS.get(name, name)))
        return node

    def document(self) -> None:
        d, doc = self.doc_iri, self.doc
        self.add(d, RDF.type, NIF.Context)
        self.add(d, RDF.type, SCHEMA.NewsArticle)
        self.add(d, NIF.isString, Literal(doc.text))
        self.add(d, NIF.beginIndex, _int(0))
        self.add(d, NIF.endIndex, _int(len(doc.text)))
        self.add(d, SCHEMA.identifier, Literal(doc.id))
        if doc.published:
            self.add(d, SCHEMA.datePublished, Literal(doc.published.isoformat(), datatype=XSD.date))
        if doc.reference_date:
            self.add(d, KG.referenceDate, Literal(doc.reference_date.isoformat(), datatype=XSD.date))
        if doc.url:
            self.add(d, SCHEMA.url, Literal(doc.url, datatype=XSD.anyURI))
        if doc.title:
            self.add(d, SCHEMA.headline, Literal(doc.title))
        if doc.author:
            self.add(d, SCHEMA.author, Literal(doc.author))
        if doc.publisher:
            self.add(d, SCHEMA.publisher, self.entity_iri(doc.publisher))
        if doc.dateline_place:
            self.add(d, KG.datelinePlace, self.entity_iri(doc.dateline_place))
        for note in doc.notes:
            self.add(d, KG.note, Literal(note))
        for s in doc.sentences:
            node = self.sentence_iri(s.index)
            self.add(node, RDF.type, NIF.Sentence)
            self.add(node, NIF.referenceContext, d)
            self.add(node, NIF.beginIndex, _int(s.start))
            self.add(node, NIF.endIndex, _int(s.end))
            self.add(node, NIF.anchorOf, Literal(doc.text[s.start:s.end]))

    def entity(self, e: Entity) -> None:
        node = self.entity_iri(e.key)
        self.add(node, RDF.type, SCHEMA[e.type])
        if e.type == "Place" and e.kind in _PLACE_KIND:
            self.add(node, RDF.type, _PLACE_KIND[e.kind])
        self.add(node, SCHEMA.name, Literal(e.name))
        for alias in sorted(e.aliases):
            self.add(node, SCHEMA.alternateName, Literal(alias))
        for title in sorted(e.titles):
            self.add(node, SCHEMA.jobTitle, Literal(title))
        if e.wikidata:
            self.add(node, OWL.sameAs, WD[e.wikidata])
        if e.geonames:
            self.add(node, OWL.sameAs, URIRef(GEONAMES.format(e.geonames)))
        if not e.mentions:
            self.add(node, KG.inferred, Literal(True))   # linked context the article never names
        if e.country and e.country != e.key:
            self.add(node, SCHEMA.containedInPlace, self.entity_iri(e.country))
        if e.lat is not None and e.lon is not None:
            geom = URIRef(f"{node}#geometry")
            self.add(node, GEO.hasGeometry, geom)
            self.add(geom, RDF.type, GEO.Geometry)
            self.add(geom, GEO.asWKT, Literal(f"POINT({e.lon} {e.lat})", datatype=GEO.wktLiteral))

    def mentions(self) -> None:
        doc = self.doc
        for m in doc.mentions:
            if not m.entity:
                continue
            node = iris.mention_iri(doc.id, m.start, m.end)
            self.add(node, RDF.type, NIF.Phrase)
            self.add(node, RDF.type, NIF.OffsetBasedString)
            self.add(node, NIF.referenceContext, self.doc_iri)
            self.add(node, NIF.anchorOf, Literal(doc.text[m.start:m.end]))
            self.add(node, NIF.beginIndex, _int(m.start))
            self.add(node, NIF.endIndex, _int(m.end))
            self.add(node, ITSRDF.taIdentRef, self.entity_iri(m.entity))
            self.add(node, KG.recognizedBy, Literal(m.source))
            self.add(node, KG.confidence, _decimal(m.confidence))
            sentence = doc.sentence_at(m.start)
            if sentence:
                self.add(node, NIF.sentence, self.sentence_iri(sentence.index))

    def provenance(self, node, evidence) -> None:
        for ev in evidence:
            self.add(node, PROV.wasDerivedFrom, self.sentence_iri(ev.sentence))
            self.add(node, PROV.wasAttributedTo, self.extractor(ev.extractor))
        self.add(node, KG.confidence, _decimal(max(ev.confidence for ev in evidence)))

    def relation(self, n: int, r: Relation) -> None:
        s = self.doc_iri if r.subject == DOCUMENT else self.entity_iri(r.subject)
        p, o = RELATION_TERMS[r.predicate], self.entity_iri(r.object)
        if not r.former:          # a past post is stated only on its assertion, marked kg:former
            self.add(s, p, o)
            if r.predicate == "capitalOf":
                self.add(s, SCHEMA.containedInPlace, o)
            if r.predicate in ("holdsPosition", "playsFor"):   # both are kinds of kg:memberOf
                self.add(s, KG.memberOf, o)
        node = iris.assertion_iri(self.doc.id, n)
        self.add(node, RDF.type, KG.RelationAssertion)
        self.add(node, RDF.subject, s)
        self.add(node, RDF.predicate, p)
        self.add(node, RDF.object, o)
        if r.qualifier:
            self.add(node, KG.qualifier, Literal(r.qualifier))
        if r.former:
            self.add(node, KG.former, Literal(True))
        if r.predicate in MEMBERSHIP_PREDICATES:   # the same fact in the W3C ORG vocabulary
            self.add(node, RDF.type, ORG.Membership)
            self.add(node, ORG.member, s)
            self.add(node, ORG.organization, o)
            if r.role:
                role = iris.role_iri(r.role)
                self.add(node, KG.role, Literal(r.role))
                self.add(node, ORG.role, role)
                self.add(role, RDF.type, ORG.Role)
                self.add(role, RDFS.label, Literal(r.role.lower(), lang="id"))
        self.provenance(node, r.evidence)

    def event(self, e: Event) -> None:
        doc = self.doc
        node = iris.event_iri(doc.id, e.id)
        self.add(node, RDF.type, SEM.Event)
        self.add(node, RDF.type, KG[e.kind])
        names = [doc.entities[k].name for k in dict.fromkeys(e.actors())] or \
                [doc.entities[k].name for k in e.places]
        label = f"{e.kind}: {', '.join(names)}" if names else e.kind
        when = next((t.value for t in e.times if t.value), None)
        self.add(node, RDFS.label, Literal(f"{label} ({when})" if when else label))
        for role, key in e.roles:
            self.add(node, SEM.hasActor, self.entity_iri(key))
            self.add(node, KG[role], self.entity_iri(key))
        for key in e.places:
            self.add(node, SEM.hasPlace, self.entity_iri(key))
            if e.kind == "Travel":
                self.add(node, KG.destination, self.entity_iri(key))
        self.time(node, e)
        for q in e.quantities:
            if isinstance(q.value, str):
                self.add(node, KG[q.prop], Literal(q.value))
            elif isinstance(q.value, int):
                self.add(node, KG[q.prop], Literal(q.value, datatype=XSD.integer))
            else:
                self.add(node, KG[q.prop], Literal(Decimal(str(q.value)), datatype=XSD.decimal))
            if q.unit:
                self.add(node, KG.currency, Literal(q.unit))
        for prop, target in e.links:
            self.add(node, KG[prop], iris.event_iri(doc.id, target))
        self.provenance(node, e.evidence)

    def time(self, node, e: Event) -> None:
        for t in e.times:
            self.add(node, KG.timeText, Literal(t.text))
            if t.year_inferred:
                self.add(node, KG.yearInferred, Literal(True))
        values = {t.value for t in e.times if t.value}
        lows = [t.earliest for t in e.times if t.earliest]
        highs = [t.latest for t in e.times if t.latest]
        if len(values) == 1:
            value = values.pop()
            dtype = XSD.date if len(value) == 10 else XSD.gYearMonth
            self.add(node, SEM.hasTimeStamp, Literal(value, datatype=dtype))
        if lows and highs and (len({t.value for t in e.times if t.value}) != 1 or max(lows) != min(highs)):
            self.add(node, SEM.hasEarliestBeginTimeStamp, Literal(max(lows).isoformat(), datatype=XSD.date))
            self.add(node, SEM.hasLatestEndTimeStamp, Literal(min(highs).isoformat(), datatype=XSD.date))
        if e.since:
            self.add(node, KG.timeText, Literal(e.since.text))
            if e.since.value:
                dtype = XSD.date if len(e.since.value) == 10 else XSD.gYearMonth
                self.add(node, SEM.hasBeginTimeStamp, Literal(e.since.value, datatype=dtype))

    def build(self) -> Triples:
        self.document()
        for e in self.doc.entities.values():
            self.entity(e)
        self.mentions()
        for n, r in enumerate(self.doc.relations, 1):
            self.relation(n, r)
        for e in self.doc.events:
            self.event(e)
        return self.g


def to_triples(doc: Document) -> Triples:
    """The document's triples (write them, project them, or make the rdflib Graph with .graph())."""
    return _Builder(doc).build()


def to_rdf(doc: Document) -> Graph:
    return to_triples(doc).graph()
