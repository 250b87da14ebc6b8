"""Prefixes for writing our graphs, at a cost linear in the number of IRIs.

rdflib's NamespaceManager remembers every namespace it splits off an IRI in a
trie whose levels it searches one key at a time. Our mention IRIs end in
'#char=12,20', so every mention start is a namespace of its own ('…#char=12,')
and writing Turtle grows with the square of the mentions (354k characters: 27 s).
Only a bound prefix can shorten an IRI in Turtle, so this manager looks the
split namespace up among the bound ones and leaves everything else to rdflib.
"""
from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import NamespaceManager, split_uri

_NOT_IN_IRI = set('<>" {}|\\^`')


class BoundPrefixes(NamespaceManager):
    def __init__(self, graph: Graph, prefixes: dict[str, str]):
        super().__init__(graph, bind_namespaces="core")
        for prefix, ns in prefixes.items():
            self.bind(prefix, ns)
        self._qnames: dict[str, tuple[str, URIRef, str]] = {}

    def compute_qname(self, uri: str, generate: bool = True) -> tuple[str, URIRef, str]:
        hit = self._qnames.get(uri)
        if hit:
            return hit
        try:
            namespace, name = split_uri(uri)
        except ValueError:
            return super().compute_qname(uri, generate)
        prefix = self.store.prefix(URIRef(namespace))
        if prefix is None or _NOT_IN_IRI.intersection(uri):
            if generate or prefix is not None:   # rare: let rdflib name it or reject it
                return super().compute_qname(uri, generate)
            raise KeyError(f"no bound prefix for {namespace}")
        self._qnames[uri] = hit = (prefix, URIRef(namespace), name)
        return hit


def use_bound_prefixes(graph: Graph, prefixes: dict[str, str]) -> Graph:
    graph.namespace_manager = BoundPrefixes(graph, prefixes)
    return graph
