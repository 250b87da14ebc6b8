"""Export formats: a registry of names and file suffixes, imported lazily.

Every exporter is ``write(store, path)`` where ``store`` is a :class:`pyoxigraph.Store`
holding one named graph per article (``kg.store.open_sources``) and ``path`` a file (or a
directory for ``neo4j-csv``). Formats that know no named graphs get the union of all
articles, each triple once.

>>> from kg.export import get_format, export
>>> get_format("ttl").name
'turtle'
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError


class ExportError(KgError):
    """Unknown format or a failed export."""


@dataclass(frozen=True)
class ExportFormat:
    name: str
    target: str  # "module:function", imported only when used
    suffixes: tuple[str, ...]
    description: str
    directory: bool = False  # writes a directory of files

    def load(self):
        module, _, func = self.target.partition(":")
        return getattr(importlib.import_module(module), func)


FORMATS: dict[str, ExportFormat] = {f.name: f for f in (
    ExportFormat("turtle", "kg.export.rdf_formats:write_turtle", (".ttl",),
                 "Turtle, union of all articles"),
    ExportFormat("ntriples", "kg.export.rdf_formats:write_ntriples", (".nt",),
                 "N-Triples, union of all articles"),
    ExportFormat("nquads", "kg.export.rdf_formats:write_nquads", (".nq",),
                 "N-Quads, one named graph per article"),
    ExportFormat("trig", "kg.export.rdf_formats:write_trig", (".trig",),
                 "TriG, one named graph per article"),
    ExportFormat("jsonld", "kg.export.rdf_formats:write_jsonld", (".jsonld", ".json"),
                 "JSON-LD compacted with ontology/context.jsonld (embedded; no network)"),
    ExportFormat("graphml", "kg.export:write_graphml", (".graphml",),
                 "GraphML of the NetworkX projection (kg.graph.to_networkx)"),
    ExportFormat("html", "kg.merge:write_merged_html", (".html", ".htm"),
                 "offline interactive view of the merged graph, with date-range and source filters"),
    ExportFormat("merged", "kg.merge:write_merged_turtle", (),
                 "Turtle of the merged graph: aliases merged across articles, one node per reported event"),
    ExportFormat("neo4j-csv", "kg.export.neo4j_csv:write_neo4j_csv", (),
                 "directory of neo4j-admin database import CSV files plus import.sh", directory=True),
    ExportFormat("cypher", "kg.export.cypher:write_cypher", (".cypher", ".cql"),
                 "idempotent Cypher script (MERGE on id)"),
)}

ALIASES = {"ttl": "turtle", "nt": "ntriples", "n-triples": "ntriples", "nq": "nquads", "n-quads": "nquads",
           "json-ld": "jsonld", "neo4j": "neo4j-csv", "csv": "neo4j-csv", "cql": "cypher"}


def get_format(name: str) -> ExportFormat:
    key = name.lower().lstrip(".")
    key = ALIASES.get(key, key)
    if key in FORMATS:
        return FORMATS[key]
    for f in FORMATS.values():
        if "." + key in f.suffixes:
            return f
    raise ExportError(f"unknown export format {name!r}; known: {', '.join(FORMATS)}")


def format_for_path(path) -> ExportFormat:
    suffix = Path(path).suffix.lower()
    for f in FORMATS.values():
        if suffix in f.suffixes:
            return f
    raise ExportError(f"cannot tell the format from {str(path)!r}: give --to ({', '.join(FORMATS)})")


def export(store, fmt: str | ExportFormat, path) -> Path:
    f = fmt if isinstance(fmt, ExportFormat) else get_format(fmt)
    path = Path(path)
    if f.directory:
        if path.exists() and not path.is_dir():
            raise ExportError(f"{path} exists and is not a directory ({f.name} writes a directory)")
        path.mkdir(parents=True, exist_ok=True)
    elif path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    f.load()(store, path)
    return path


# ---------------------------------------------------------------- NetworkX-based formats

def _to_networkx(store):
    try:
        from kg.graph import to_networkx
    except ImportError as e:  # pragma: no cover - only while kg.graph is missing
        raise ExportError(f"the NetworkX projection (kg.graph) is not available: {e}") from e
    from kg.store import to_rdflib

    return to_networkx(to_rdflib(store))


def write_graphml(store, path) -> None:
    import networkx as nx

    nx.write_graphml(_to_networkx(store), str(path))

