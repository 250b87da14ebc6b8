"""newskg: turn news articles (Indonesian first) into knowledge graphs.

>>> import kg
>>> result = kg.build("Tehran, Purna Warta – Ismail Haniyeh bertemu dengan Ali Khamenei di Tehran.",
...                   doc_id="contoh", published="2023-11-05")
>>> rdf_graph, nx_graph = result.rdf, result.graph
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["build", "build_document", "Result", "Config", "Document"]

from kg.config import Config
from kg.model import Document

if TYPE_CHECKING:
    import networkx
    import rdflib


@dataclass
class Result:
    document: Document
    rdf: "rdflib.Graph"
    graph: "networkx.MultiDiGraph"

    def __iter__(self):           # rdf, graph = kg.build(...)
        return iter((self.rdf, self.graph))


_pipelines: dict = {}   # one pipeline (and so one loaded parser) per Config, built on first use


def build_document(doc: Document, config: Config | None = None, pipeline=None) -> Result:
    """Run the pipeline on a Document and project it to RDF and NetworkX. Without a
    ``pipeline`` (``kg.pipeline.Pipeline``) one is built on first use per Config and reused."""
    from kg.graph import to_networkx
    from kg.pipeline import Pipeline
    from kg.rdf.build import to_rdf
    if pipeline is None:
        config = config or Config()
        pipeline = _pipelines.get(config) or _pipelines.setdefault(config, Pipeline(config=config))
    doc = pipeline(doc)
    rdf = to_rdf(doc)
    return Result(doc, rdf, to_networkx(rdf))


def build(text: str, *, doc_id: str = "article", published: str | date | None = None, url: str | None = None,
          config: Config | None = None) -> Result:
    """Build the knowledge graph of one article given as text."""
    from kg.stages.read import parse_date, read_text
    if isinstance(published, str):
        published = parse_date(published, "published")
    return build_document(read_text(text, doc_id, published=published, url=url), config)
