"""Vocabulary terms. A misspelled term raises instead of minting a new IRI.

``KG`` must list exactly the terms of ``ontology/kg.ttl`` (a test keeps them in sync).
"""
from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace, OWL, RDF, RDFS, XSD, PROV  # noqa: F401


class _Namespace(Namespace):
    """A Namespace that makes each term once: rdflib's makes and checks a new URIRef on
    every read of NIF.beginIndex, which is once per triple written."""
    _made: dict = {}

    def term(self, name: str) -> URIRef:
        if not isinstance(name, str):
            return super().term(name)
        made = _Namespace._made.get((self, name))
        if made is None:
            made = _Namespace._made[self, name] = super().term(name)
        return made

    def __getattr__(self, name: str) -> URIRef:
        made = super().__getattr__(name)
        setattr(self, name, made)   # the next NIF.beginIndex is a plain attribute read
        return made


SCHEMA = _Namespace("https://schema.org/")
SEM = _Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
NIF = _Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = _Namespace("http://www.w3.org/2005/11/its/rdf#")
GEO = _Namespace("http://www.opengis.net/ont/geosparql#")
WD = _Namespace("http://www.wikidata.org/entity/")
GEONAMES = "https://sws.geonames.org/{}/"
ORG = _Namespace("http://www.w3.org/ns/org#")


class KG(DefinedNamespace):
    _fail = True
    _NS = _Namespace("https://w3id.org/newskg/ontology#")

    # event classes
    Meeting: URIRef
    Travel: URIRef
    Statement: URIRef
    Attack: URIRef
    MilitaryCampaign: URIRef
    CasualtyReport: URIRef
    Support: URIRef
    Clash: URIRef
    Arrest: URIRef
    Charge: URIRef
    Trial: URIRef
    Verdict: URIRef
    SportsMatch: URIRef
    Disaster: URIRef
    Accident: URIRef
    Agreement: URIRef
    Decision: URIRef
    Election: URIRef
    Nomination: URIRef
    Appointment: URIRef
    Inauguration: URIRef
    Protest: URIRef
    Strike: URIRef
    Acquisition: URIRef
    Investment: URIRef
    Aid: URIRef
    # provenance classes
    RelationAssertion: URIRef
    Extractor: URIRef
    # relations
    memberOf: URIRef
    leads: URIRef
    representativeOf: URIRef
    basedIn: URIRef
    headquarteredIn: URIRef
    capitalOf: URIRef
    supports: URIRef
    holdsPosition: URIRef
    playsFor: URIRef
    former: URIRef
    role: URIRef
    # roles
    agent: URIRef
    participant: URIRef
    target: URIRef
    speaker: URIRef
    source: URIRef
    traveler: URIRef
    beneficiary: URIRef
    patient: URIRef
    winner: URIRef
    destination: URIRef
    # event links
    triggeredBy: URIRef
    about: URIRef
    # quantities and time
    killed: URIRef
    childrenKilled: URIRef
    injured: URIRef
    people: URIRef
    missing: URIRef
    displaced: URIRef
    magnitude: URIRef
    years: URIRef
    score: URIRef
    cameo: URIRef
    amount: URIRef
    currency: URIRef
    timeText: URIRef
    yearInferred: URIRef
    # provenance and documents
    confidence: URIRef
    recognizedBy: URIRef
    qualifier: URIRef
    datelinePlace: URIRef
    inferred: URIRef
    note: URIRef
    referenceDate: URIRef
    contentHash: URIRef
    reportedIn: URIRef


# Relation.predicate -> its property: the project's own, or a public one where it says the same.
RELATION_TERMS = {name: KG[name] for name in ("memberOf", "leads", "representativeOf", "basedIn", "headquarteredIn",
                                              "capitalOf", "supports", "holdsPosition", "playsFor")}
RELATION_TERMS["containedInPlace"] = SCHEMA.containedInPlace
RELATION_TERMS["wasDerivedFrom"] = PROV.wasDerivedFrom
# relations that are also W3C ORG memberships (org:Membership with org:role)
MEMBERSHIP_PREDICATES = ("leads", "holdsPosition", "memberOf", "playsFor")
# Event roles (sub-properties of sem:hasActor) and event quantities with their Python types;
# the event declaration (kg/lang/id/events.toml) may use only these, and graph projection
# and exports list them from here.
EVENT_ROLES = ("participant", "traveler", "speaker", "source", "agent", "target", "patient",
               "beneficiary", "winner")
EVENT_QUANTITIES = {"killed": int, "childrenKilled": int, "injured": int, "missing": int,
                    "displaced": int, "people": int, "magnitude": float, "amount": float,
                    "years": float, "score": str}

PREFIXES = {
    "kg": str(KG._NS), "schema": str(SCHEMA), "sem": str(SEM), "nif": str(NIF),
    "itsrdf": str(ITSRDF), "prov": str(PROV), "owl": str(OWL), "rdfs": str(RDFS),
    "xsd": str(XSD), "geo": str(GEO), "wd": str(WD), "org": str(ORG),
}
