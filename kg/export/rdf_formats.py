"""RDF exports: Turtle, N-Triples (union), N-Quads, TriG (a named graph per article), JSON-LD.

Serialisation goes through pyoxigraph (about 30x faster than rdflib on large graphs),
except JSON-LD, which rdflib compacts with the local context ``ontology/context.jsonld``.
The context is embedded in the output as an object, never referenced by URL, so neither
writing nor reading the file touches the network.
"""
from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox

from kg.store import PREFIXES, named_quads, quads

CONTEXT_FILE = Path(__file__).resolve().parents[2] / "ontology" / "context.jsonld"
_EXTRA = {"entity": "https://w3id.org/newskg/entity/", "doc": "https://w3id.org/newskg/doc/",
          "extractor": "https://w3id.org/newskg/extractor/"}


def default_context() -> dict:
    """The JSON-LD context built from code (``ontology/context.jsonld`` holds the same; a test checks)."""
    ctx = {"id": "@id", "type": "@type"}
    ctx.update(PREFIXES)
    ctx.update(_EXTRA)
    return ctx


def load_context() -> dict:
    """The ``@context`` object of ontology/context.jsonld (or the built-in copy when the
    package is installed without the ontology folder)."""
    if CONTEXT_FILE.is_file():
        return json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))["@context"]
    return default_context()


def _dump_union(store: ox.Store, path, fmt) -> None:
    triples = (ox.Triple(q.subject, q.predicate, q.object) for q in quads(store))  # the union, each triple once
    ox.serialize(triples, str(path), format=fmt, **({"prefixes": PREFIXES} if fmt == ox.RdfFormat.TURTLE else {}))


def write_turtle(store: ox.Store, path) -> None:
    _dump_union(store, path, ox.RdfFormat.TURTLE)


def write_ntriples(store: ox.Store, path) -> None:
    _dump_union(store, path, ox.RdfFormat.N_TRIPLES)


def write_nquads(store: ox.Store, path) -> None:
    ox.serialize(named_quads(store), str(path), format=ox.RdfFormat.N_QUADS)


def write_trig(store: ox.Store, path) -> None:
    ox.serialize(named_quads(store), str(path), format=ox.RdfFormat.TRIG, prefixes=PREFIXES)


def write_jsonld(store: ox.Store, path) -> None:
    from kg.store import to_rdflib

    graph = to_rdflib(store)  # union, as a set of triples
    context = load_context()
    text = graph.serialize(format="json-ld", context=context, auto_compact=True, indent=2)
    Path(path).write_text(text + ("" if text.endswith("\n") else "\n"), encoding="utf-8")
