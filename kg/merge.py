"""One graph for a corpus: entities and events merged across the articles of a store.

Entity IRIs are already stable across articles (the same Wikidata id or the same name
gives the same IRI), so most merging is a plain union. Two steps add to it:

* **Aliases across articles.** An entity without an id (a slug IRI such as
  ``entity/person/hamdan``) joins another entity of the same type when one of its names
  is a name or alias of the other, or (people) its words are part of the other's name
  ("Hamdan" and "Osama Hamdan"), and both share context: some third entity is named
  in articles of each. Only a single candidate is taken; with two "X Wijaya" around,
  "Wijaya" stays apart.
* **Events reported by several articles** are one event (GDELT's known problem is
  counting reports as events): same kind, a shared actor, compatible places (the same,
  or one unknown) and dates within ``window_days`` (an event's date, else its article's
  publication date). The merged node cites every article with ``kg:reportedIn``.

Everything is read from the store with SPARQL (Oxigraph), never as an rdflib graph of
the whole store. :func:`merge_store` gives a :class:`Corpus`; :func:`to_networkx` draws
it, :func:`triples` writes it as RDF.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

import pyoxigraph as ox

from kg.rdf import iris
from kg.store import PREFIXES, run_query
from kg.text import fold

WINDOW_DAYS = 3              # reports of one event are dated at most this far apart
MAX_EVIDENCE = 5             # evidence sentences kept per merged event for the view

_SCHEMA, _KG, _SEM = PREFIXES["schema"], PREFIXES["kg"], PREFIXES["sem"]
ENTITY_TYPES = {_SCHEMA + "Person": "Person", _SCHEMA + "Organization": "Organization", _SCHEMA + "Place": "Place"}
ROLES = ["agent", "participant", "target", "speaker", "source", "traveler", "beneficiary"]
RELATIONS = [_KG + p for p in ("leads", "memberOf", "representativeOf", "basedIn", "headquarteredIn", "capitalOf",
                               "supports")] + [_SCHEMA + "containedInPlace"]
_ID_PREFIXES = (f"{iris.BASE}entity/wd/", f"{iris.BASE}entity/gn/")


@dataclass
class Doc:
    iri: str
    id: str
    published: str = ""
    source: str = ""


@dataclass
class Entity:
    iri: str
    type: str
    name: str
    aliases: set[str] = field(default_factory=set)
    docs: set[str] = field(default_factory=set)
    mentions: int = 0
    same_as: set[str] = field(default_factory=set)
    kind: str = ""
    wkt: str = ""
    merged: set[str] = field(default_factory=set)    # IRIs of entities merged into this one

    @property
    def has_id(self) -> bool:
        return self.iri.startswith(_ID_PREFIXES)


@dataclass
class Event:
    iri: str
    kind: str
    label: str = ""
    stamp: str = ""
    low: date | None = None
    high: date | None = None
    roles: set[tuple[str, str]] = field(default_factory=set)   # (role, entity IRI)
    places: set[str] = field(default_factory=set)
    docs: set[str] = field(default_factory=set)
    evidence: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)

    @property
    def actors(self) -> set[str]:
        return {e for _, e in self.roles}


@dataclass
class Corpus:
    docs: dict[str, Doc]
    entities: dict[str, Entity]
    events: dict[str, Event]
    relations: set[tuple[str, str, str]]


# ---------------------------------------------------------------- reading the store

def _rows(store, sparql):
    for row in run_query(store, sparql):
        yield [None if v is None else v.value for v in row]


def _span(value: str) -> tuple[date | None, date | None]:
    """The days a date, year-month or year value covers."""
    try:
        if len(value) >= 10:
            d = date.fromisoformat(value[:10])
            return d, d
        if len(value) == 7:
            y, m = int(value[:4]), int(value[5:7])
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return date(y, m, 1), nxt - timedelta(days=1)
        if len(value) == 4:
            return date(int(value), 1, 1), date(int(value), 12, 31)
    except ValueError:
        pass
    return None, None


def read_store(store) -> Corpus:
    docs = {}
    for iri, id_, published, url, publisher in _rows(store, """
            SELECT ?d ?id ?published ?url ?publisher WHERE { ?d a nif:Context .
              OPTIONAL { ?d schema:identifier ?id } OPTIONAL { ?d schema:datePublished ?published }
              OPTIONAL { ?d schema:url ?url } OPTIONAL { ?d schema:publisher/schema:name ?publisher } }"""):
        host = url.split("/")[2] if url and url.count("/") >= 2 else ""
        docs[iri] = Doc(iri, id_ or iri.rsplit("/", 1)[-1], published or "", publisher or host or "")
    entities: dict[str, Entity] = {}
    for iri, type_, name in _rows(store, """
            SELECT ?e ?t (MIN(?n) AS ?name) WHERE {
              VALUES ?t { schema:Person schema:Organization schema:Place } ?e a ?t ; schema:name ?n }
            GROUP BY ?e ?t"""):
        entities.setdefault(iri, Entity(iri, ENTITY_TYPES[type_], name))
    for iri, alias in _rows(store, "SELECT ?e ?a WHERE { ?e schema:alternateName ?a }"):
        if iri in entities:
            entities[iri].aliases.add(alias)
    for iri, doc, n in _rows(store, """SELECT ?e ?d (COUNT(?m) AS ?n) WHERE {
            ?m itsrdf:taIdentRef ?e ; nif:referenceContext ?d } GROUP BY ?e ?d"""):
        if iri in entities:
            entities[iri].docs.add(doc)
            entities[iri].mentions += int(n)
    for iri, other in _rows(store, "SELECT ?e ?x WHERE { ?e owl:sameAs ?x }"):
        if iri in entities:
            entities[iri].same_as.add(other)
    for iri, kind in _rows(store, "SELECT ?e ?k WHERE { VALUES ?k { schema:Country schema:City } ?e a ?k }"):
        if iri in entities:
            entities[iri].kind = kind.rsplit("/", 1)[-1].lower()
    for iri, wkt in _rows(store, "SELECT ?e ?w WHERE { ?e geo:hasGeometry/geo:asWKT ?w }"):
        if iri in entities:
            entities[iri].wkt = wkt
    relations = {(s, p, o) for s, p, o in _rows(store, "SELECT ?s ?p ?o WHERE { VALUES ?p { "
                                                 + " ".join(f"<{p}>" for p in RELATIONS) + " } ?s ?p ?o }")
                 if s in entities and o in entities and s != o}
    events: dict[str, Event] = {}
    for iri, kind, label, stamp, low, high in _rows(store, """
            SELECT ?ev ?k (SAMPLE(?l) AS ?label) (MIN(?ts) AS ?stamp) (MIN(?lo) AS ?low) (MAX(?hi) AS ?high) WHERE {
              ?ev a sem:Event ; a ?k . FILTER(?k != sem:Event)
              OPTIONAL { ?ev rdfs:label ?l } OPTIONAL { ?ev sem:hasTimeStamp ?ts }
              OPTIONAL { ?ev sem:hasEarliestBeginTimeStamp ?lo } OPTIONAL { ?ev sem:hasLatestEndTimeStamp ?hi }
            } GROUP BY ?ev ?k"""):
        ev = events.setdefault(iri, Event(iri, kind.rsplit("#", 1)[-1], label or "", stamp or "", members=[iri]))
        if stamp:
            ev.low, ev.high = _span(stamp)
        elif low and high:
            ev.low, ev.high = _span(low)[0], _span(high)[1]
    role_iris = " ".join(f"kg:{r}" for r in ROLES)
    for iri, prop, obj in _rows(store, f"SELECT ?ev ?p ?o WHERE {{ VALUES ?p {{ {role_iris} sem:hasPlace }} "
                                       "?ev a sem:Event ; ?p ?o }"):
        if iri in events and obj in entities:
            if prop == _SEM + "hasPlace":
                events[iri].places.add(obj)
            else:
                events[iri].roles.add((prop.rsplit("#", 1)[-1], obj))
    for iri, doc, sentence in _rows(store, """SELECT ?ev ?d ?text WHERE {
            ?ev a sem:Event ; prov:wasDerivedFrom ?s . ?s nif:referenceContext ?d ; nif:anchorOf ?text }"""):
        if iri in events:
            events[iri].docs.add(doc)
            if len(events[iri].evidence) < MAX_EVIDENCE:
                events[iri].evidence.append(sentence)
    for ev in events.values():   # undated events take their article's publication date
        if ev.low is None:
            days = sorted(d for doc in ev.docs for d in [_span(docs[doc].published)[0]] if doc in docs and d)
            if days:
                ev.low, ev.high = days[0], days[-1]
    return Corpus(docs, entities, events, relations)


# ---------------------------------------------------------------- merging

class _Sets:
    """Union-find over IRIs."""

    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while x != root:
            self.parent[x], x = root, self.parent.get(x, x)
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self, items) -> list[list[str]]:
        out = defaultdict(list)
        for x in items:
            out[self.find(x)].append(x)
        return [g for g in out.values() if len(g) > 1]


def _names(e: Entity) -> set[str]:
    return {fold(n) for n in {e.name} | e.aliases}


def alias_merges(c: Corpus) -> dict[str, str]:
    """IRI -> the IRI it merges into, for entities without ids that another entity names."""
    by_name: dict[tuple[str, str], set[str]] = defaultdict(set)
    by_word: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in c.entities.values():
        for n in _names(e):
            by_name[(e.type, n)].add(e.iri)
        if e.type == "Person":
            for w in fold(e.name).split():
                by_word[(e.type, w)].add(e.iri)
    in_doc: dict[str, set[str]] = defaultdict(set)
    for e in c.entities.values():
        for d in e.docs:
            in_doc[d].add(e.iri)

    def context(e: Entity) -> set[str]:
        return {x for d in e.docs for x in in_doc[d]} - {e.iri}

    sets = _Sets()
    for e in c.entities.values():
        if e.has_id:
            continue
        candidates = {x for n in _names(e) for x in by_name[(e.type, n)]}
        words = fold(e.name).split()
        if e.type == "Person" and words:
            common = set.intersection(*(by_word[(e.type, w)] for w in words))
            candidates |= {x for x in common if len(fold(c.entities[x].name).split()) > len(words)}
        candidates.discard(e.iri)
        mine = context(e)
        candidates = {x for x in candidates if (context(c.entities[x]) - {e.iri}) & mine}
        if len(candidates) == 1:
            sets.union(e.iri, candidates.pop())
    merges = {}
    for group in sets.groups(c.entities):
        ents = [c.entities[i] for i in group]
        head = max(ents, key=lambda e: (e.has_id, len(e.name.split()), e.mentions, e.iri))
        for e in ents:
            if e is not head:
                merges[e.iri] = head.iri
    return merges


def event_merges(c: Corpus, canon, window_days: int = WINDOW_DAYS) -> list[list[str]]:
    """Groups of events (from different articles) that report the same event."""
    window = timedelta(days=window_days)
    buckets: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for ev in c.events.values():
        if ev.low is None:
            continue
        for actor in {canon(a) for a in ev.actors}:
            buckets[(ev.kind, actor)].append(ev)
    sets = _Sets()
    for bucket in buckets.values():
        bucket.sort(key=lambda e: (e.low, e.iri))
        for i, a in enumerate(bucket):
            places_a = {canon(p) for p in a.places}
            for b in bucket[i + 1:]:
                if b.low - a.high > window:
                    break
                if a.docs & b.docs or not b.docs or not a.docs:
                    continue   # one article's events were merged when it was built
                places_b = {canon(p) for p in b.places}
                if places_a and places_b and not places_a & places_b:
                    continue
                sets.union(a.iri, b.iri)
    return sets.groups(c.events)


def merge(c: Corpus, window_days: int = WINDOW_DAYS) -> Corpus:
    """The corpus with aliases merged across articles and each reported event once."""
    moved = alias_merges(c)

    def canon(iri: str) -> str:
        return moved.get(iri, iri)

    entities: dict[str, Entity] = {}
    for e in sorted(c.entities.values(), key=lambda e: canon(e.iri) != e.iri):   # heads first
        head = entities.get(canon(e.iri))
        if head is None:
            entities[e.iri] = head = Entity(e.iri, e.type, e.name, set(e.aliases), set(e.docs), e.mentions,
                                            set(e.same_as), e.kind, e.wkt)
            continue
        head.aliases |= ({e.name} | e.aliases) - {head.name}
        head.docs |= e.docs
        head.mentions += e.mentions
        head.merged.add(e.iri)
    relations = {(canon(s), p, canon(o)) for s, p, o in c.relations if canon(s) != canon(o)}
    events: dict[str, Event] = {}
    grouped = set()
    for group in event_merges(c, canon, window_days):
        group.sort()
        members = [c.events[i] for i in group]
        first = members[0]
        merged = Event(str(iris.merged_event_iri(group)), first.kind, members=group)
        for ev in members:
            merged.roles |= {(r, canon(a)) for r, a in ev.roles}
            merged.places |= {canon(p) for p in ev.places}
            merged.docs |= ev.docs
            merged.evidence += ev.evidence[:max(0, MAX_EVIDENCE - len(merged.evidence))]
        merged.low = min(ev.low for ev in members)
        merged.high = max(ev.high for ev in members)
        stamps = {ev.stamp for ev in members if ev.stamp}
        merged.stamp = stamps.pop() if len(stamps) == 1 else ""
        names = sorted({entities[a].name for a in merged.actors if a in entities})
        merged.label = f"{merged.kind}: {', '.join(names)} ({len(merged.docs)} reports)"
        events[merged.iri] = merged
        grouped.update(group)
    for ev in c.events.values():
        if ev.iri not in grouped:
            events[ev.iri] = Event(ev.iri, ev.kind, ev.label, ev.stamp, ev.low, ev.high,
                                   {(r, canon(a)) for r, a in ev.roles}, {canon(p) for p in ev.places},
                                   set(ev.docs), list(ev.evidence), [ev.iri])
    return Corpus(c.docs, entities, events, relations)


def merge_store(store, window_days: int = WINDOW_DAYS) -> Corpus:
    return merge(read_store(store), window_days)


# ---------------------------------------------------------------- output

def _dates(c: Corpus, docs) -> tuple[str, str]:
    days = sorted(c.docs[d].published for d in docs if d in c.docs and c.docs[d].published)
    return (days[0], days[-1]) if days else ("", "")


def _sources(c: Corpus, docs) -> str:
    return "|".join(sorted({c.docs[d].source for d in docs if d in c.docs and c.docs[d].source}))


def to_networkx(c: Corpus):
    """The merged corpus as the NetworkX graph the HTML view and GraphML take, plus the
    articles' date range and sources per node (for the view's filters)."""
    import networkx as nx

    G = nx.MultiDiGraph()
    for e in c.entities.values():
        first, last = _dates(c, e.docs)
        attrs = dict(label=e.name, type=e.type, kind=e.kind, aliases="|".join(sorted(e.aliases)),
                     mentions=e.mentions, time="", evidence="[]", first=first, last=last,
                     sources=_sources(c, e.docs), articles=len(e.docs),
                     wikidata=next((s.rsplit("/", 1)[-1] for s in e.same_as if "wikidata.org" in s), ""),
                     geonames=next((s.rstrip("/").rsplit("/", 1)[-1] for s in e.same_as if "geonames.org" in s), ""))
        if e.wkt.startswith("POINT("):
            lon, lat = e.wkt[6:-1].split()
            attrs.update(lat=float(lat), lon=float(lon))
        G.add_node(e.iri, **attrs)
    for ev in c.events.values():
        when = ev.stamp or (f"{ev.low.isoformat()}/{ev.high.isoformat()}" if ev.low else "")
        evidence = [{"doc": "", "sentence": s, "begin": 0, "end": 0} for s in ev.evidence]
        first, last = (ev.low.isoformat(), ev.high.isoformat()) if ev.low else _dates(c, ev.docs)
        G.add_node(ev.iri, label=ev.label or ev.kind, type="Event", kind=ev.kind, aliases="",
                   mentions=len(ev.docs), wikidata="", geonames="", time=when,
                   evidence=json.dumps(evidence, ensure_ascii=False), first=first, last=last,
                   sources=_sources(c, ev.docs), articles=len(ev.docs))
    for s, p, o in sorted(c.relations):
        label = p.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        G.add_edge(s, o, key=label, label=label, iri=p)
    for ev in c.events.values():
        for role, a in sorted(ev.roles):
            if a in G:
                G.add_edge(ev.iri, a, key=role, label=role, iri=_KG + role)
        for p in sorted(ev.places):
            if p in G:
                G.add_edge(ev.iri, p, key="place", label="place", iri=_SEM + "hasPlace")
    return G


def triples(c: Corpus):
    """The merged corpus as RDF triples (pyoxigraph), ready to serialise."""
    N, L, T = ox.NamedNode, ox.Literal, ox.Triple
    rdf_type, xsd = N(PREFIXES["rdf"] + "type"), PREFIXES["xsd"]
    schema = {k: N(_SCHEMA + k) for k in ("name", "alternateName", "identifier", "datePublished", "NewsArticle")}
    same_as = N(PREFIXES["owl"] + "sameAs")
    for d in sorted(c.docs.values(), key=lambda d: d.iri):
        yield T(N(d.iri), rdf_type, schema["NewsArticle"])
        yield T(N(d.iri), schema["identifier"], L(d.id))
        if d.published:
            yield T(N(d.iri), schema["datePublished"], L(d.published, datatype=N(xsd + "date")))
    for e in sorted(c.entities.values(), key=lambda e: e.iri):
        node = N(e.iri)
        yield T(node, rdf_type, N(_SCHEMA + e.type))
        yield T(node, schema["name"], L(e.name))
        for a in sorted(e.aliases):
            yield T(node, schema["alternateName"], L(a))
        for x in sorted(e.same_as | e.merged):
            yield T(node, same_as, N(x))
    for s, p, o in sorted(c.relations):
        yield T(N(s), N(p), N(o))
    for ev in sorted(c.events.values(), key=lambda e: e.iri):
        node = N(ev.iri)
        yield T(node, rdf_type, N(_SEM + "Event"))
        yield T(node, rdf_type, N(_KG + ev.kind))
        if ev.label:
            yield T(node, N(PREFIXES["rdfs"] + "label"), L(ev.label))
        for role, a in sorted(ev.roles):
            yield T(node, N(_SEM + "hasActor"), N(a))
            yield T(node, N(_KG + role), N(a))
        for p in sorted(ev.places):
            yield T(node, N(_SEM + "hasPlace"), N(p))
        if ev.stamp:
            dt = "date" if len(ev.stamp) == 10 else "gYearMonth" if len(ev.stamp) == 7 else "gYear"
            yield T(node, N(_SEM + "hasTimeStamp"), L(ev.stamp, datatype=N(xsd + dt)))
        elif ev.low:
            yield T(node, N(_SEM + "hasEarliestBeginTimeStamp"), L(ev.low.isoformat(), datatype=N(xsd + "date")))
            yield T(node, N(_SEM + "hasLatestEndTimeStamp"), L(ev.high.isoformat(), datatype=N(xsd + "date")))
        for d in sorted(ev.docs):
            yield T(node, N(_KG + "reportedIn"), N(d))
        if len(ev.members) > 1:
            for m in ev.members:
                yield T(node, N(PREFIXES["prov"] + "wasDerivedFrom"), N(m))


def write_merged_turtle(store, path) -> None:
    """kg export --to merged: the corpus graph with aliases and reported events merged."""
    from kg.rdf.turtle import _ALL_PREFIXES
    data = ox.serialize(list(triples(merge_store(store))), format=ox.RdfFormat.TURTLE, prefixes=_ALL_PREFIXES)
    with open(path, "wb") as f:
        f.write(data)


def write_merged_html(store, path, *, max_nodes: int | None = None) -> None:
    """kg export --to html from a store: the merged graph with date-range and source filters."""
    from kg.export.html import write_corpus_html
    write_corpus_html(to_networkx(merge_store(store)), path, title="newskg: corpus", max_nodes=max_nodes)
