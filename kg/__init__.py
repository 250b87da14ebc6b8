"""newskg: turn news articles (Indonesian first) into knowledge graphs.

>>> import kg
>>> result = kg.build("Tehran, Purna Warta – Ismail Haniyeh bertemu dengan Ali Khamenei di Tehran.",
...                   doc_id="contoh", published="2023-11-05")
>>> rdf_graph, nx_graph = result.rdf, result.graph
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["build", "build_document", "Result", "Config", "Document"]

from kg.config import Config
from kg.model import Document

if TYPE_CHECKING:
    import networkx
    import rdflib


class Result:
    """One built article: its Document, its RDF graph and its NetworkX projection. The RDF
    may be given as ``kg.rdf.triples.Triples``: the rdflib Graph is then made when ``rdf``
    is first read (writing Turtle needs only the triples)."""

    def __init__(self, document: Document, rdf, graph: "networkx.MultiDiGraph"):
        self.document, self._rdf, self.graph = document, rdf, graph

    @property
    def rdf(self) -> "rdflib.Graph":
        from kg.rdf.triples import Triples
        if isinstance(self._rdf, Triples):
            self._rdf = self._rdf.graph()
        return self._rdf

    @property
    def triples(self):
        """The triples (``Triples``, or the rdflib Graph once made): what turtle() and ntriples() take."""
        return self._rdf

    def __iter__(self):           # rdf, graph = kg.build(...)
        return iter((self.rdf, self.graph))


_pipelines: dict = {}   # one pipeline (and so one loaded parser) per Config, built on first use


def build_document(doc: Document, config: Config | None = None, pipeline=None) -> Result:
    """Run the pipeline on a Document and project it to RDF and NetworkX. Without a
    ``pipeline`` (``kg.pipeline.Pipeline``) one is built on first use per Config and reused."""
    from kg.graph import to_networkx
    from kg.pipeline import Pipeline
    from kg.rdf.build import to_triples
    if pipeline is None:
        config = config or Config()
        pipeline = _pipelines.get(config) or _pipelines.setdefault(config, Pipeline(config=config))
    doc = pipeline(doc)
    triples = to_triples(doc)
    return Result(doc, triples, to_networkx(triples))


def build(text: str, *, doc_id: str = "article", published: str | date | None = None, url: str | None = None,
          config: Config | None = None) -> Result:
    """Build the knowledge graph of one article given as text."""
    from kg.stages.read import parse_date, read_text
    if isinstance(published, str):
        published = parse_date(published, "published")
    return build_document(read_text(text, doc_id, published=published, url=url), config)
