"""One article's triples as kg.rdf.build makes them, without an rdflib Graph.

Adding an article's ~900 triples to an rdflib Graph (whose Memory store keeps three
indexes, contexts and events) costs more than making them, and writing Turtle and
projecting to NetworkX need only the triples. ``Triples`` keeps them in the order they
were first added, indexed by subject and predicate and by predicate and object in that
order, so it answers the queries of ``kg.graph.to_networkx`` exactly as rdflib's Memory
store does (same results, same order). ``graph()`` makes the rdflib Graph
(``kg.build(...).rdf``) on demand, adding the triples in the same order.
"""
from __future__ import annotations

from rdflib import Graph, Literal
from rdflib.namespace import RDF
from rdflib.plugins.serializers.nt import _quoteLiteral

from kg.rdf.namespaces import use_bound_prefixes


class Triples:
    def __init__(self, prefixes: dict[str, str]):
        self.prefixes = prefixes
        self._order: list[tuple] = []          # each triple once, first addition first
        self._spo: dict = {}                    # subject -> predicate -> {object: 1}
        self._pos: dict = {}                    # predicate -> object -> {subject: 1}

    def add(self, triple: tuple) -> None:
        s, p, o = triple
        by_predicate = self._spo.get(s)
        if by_predicate is None:
            by_predicate = self._spo[s] = {}
        objects = by_predicate.get(p)
        if objects is None:
            objects = by_predicate[p] = {}
        elif o in objects:
            return
        objects[o] = 1
        by_object = self._pos.get(p)
        if by_object is None:
            by_object = self._pos[p] = {}
        subjects = by_object.get(o)
        if subjects is None:
            subjects = by_object[o] = {}
        subjects[s] = 1
        self._order.append(triple)

    def __len__(self) -> int:
        return len(self._order)

    def __iter__(self):
        return iter(self._order)

    def __contains__(self, triple: tuple) -> bool:
        s, p, o = triple
        return o in self._spo.get(s, {}).get(p, {})

    # the queries of rdflib.Graph that kg.graph uses, with the same answers in the same order
    def objects(self, subject, predicate):
        return iter(list(self._spo.get(subject, {}).get(predicate, {})))

    def subjects(self, predicate, obj):
        return iter(list(self._pos.get(predicate, {}).get(obj, {})))

    def subject_objects(self, predicate):
        return iter([(s, o) for o, subjects in self._pos.get(predicate, {}).items() for s in subjects])

    def value(self, subject=None, predicate=RDF.value, obj=None, default=None):
        if predicate is None or (subject is None) == (obj is None):
            return None   # as rdflib: two unknowns (a missing subject, say) give None
        found = self._spo.get(subject, {}).get(predicate, {}) if obj is None else \
            self._pos.get(predicate, {}).get(obj, {})
        return next(iter(found), default)   # the first, as objects()/subjects() give them

    def ntriples(self) -> bytes:
        """N-Triples (UTF-8), lines sorted: the bytes kg.rdf.turtle.ntriples gives for the Graph.
        The rows are rdflib's (its _nt_row), with each IRI written once (n3() checks it every time)."""
        n3: dict = {}

        def term(t) -> str:
            if isinstance(t, Literal):
                return _quoteLiteral(t)
            written = n3.get(t)
            if written is None:
                written = n3[t] = t.n3()
            return written

        rows = "".join(f"{term(s)} {term(p)} {term(o)} .\n" for s, p, o in self._order)
        lines = rows.encode("utf-8").splitlines(keepends=True)
        return b"".join(sorted(line for line in lines if line.strip()))

    def graph(self) -> Graph:
        g = use_bound_prefixes(Graph(), self.prefixes)
        for t in self._order:
            g.add(t)
        return g
