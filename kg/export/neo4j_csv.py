"""Neo4j ``neo4j-admin database import`` CSV files (see kg.export.propgraph for the model).

Writes into a directory:

* ``nodes-entity.csv``, ``nodes-event.csv``, ``nodes-document.csv``: one header each,
  ``id:ID`` (the IRI), ``:LABEL`` (e.g. ``Entity;Person``), typed properties
  (``aliases:string[]``, ``lat:double``, ``killed:long`` ...);
* ``rels-<TYPE>.csv`` per relationship type: ``:START_ID``, ``:END_ID``, ``:TYPE`` and
  ``confidence:double``, ``qualifier``, ``extractor:string[]``, ``evidence:string[]``,
  ``documents:string[]``, ``count:long``;
* ``import.sh``: the ``neo4j-admin database import full`` command for these files.

Arrays are separated by ``|`` (``--array-delimiter='|'`` in import.sh; a ``|`` inside a
value becomes ``¦``). Labels are separated by ``;`` as neo4j-admin expects. Fields with
commas, quotes or line breaks are quoted with ``"`` and quotes doubled (RFC 4180);
import.sh passes ``--multiline-fields=true``.
"""
from __future__ import annotations

import csv
import shlex
from pathlib import Path

from kg.export.propgraph import PropertyGraph, project
from kg.rdf.vocab import EVENT_QUANTITIES

ARRAY_DELIMITER = "|"

_NEO4J_TYPES = {int: "long", float: "double", str: "string"}
NODE_COLUMNS = {
    "Entity": [("name", "string"), ("aliases", "string[]"), ("jobTitle", "string[]"), ("wikidata", "string"),
               ("geonames", "string"), ("lat", "double"), ("lon", "double"), ("mentions", "long")],
    "Event": [("label", "string"), ("kind", "string"), ("time", "string"), ("timeText", "string"),
              *((q, _NEO4J_TYPES[t]) for q, t in EVENT_QUANTITIES.items()), ("currency", "string"), ("confidence", "double"),
              ("extractor", "string[]"), ("evidence", "string[]"), ("document", "string")],
    "Document": [("identifier", "string"), ("published", "string"), ("url", "string")],
}
REL_COLUMNS = [("confidence", "double"), ("qualifier", "string"), ("extractor", "string[]"),
               ("evidence", "string[]"), ("documents", "string[]"), ("count", "long")]


def _header(name: str, type_: str) -> str:
    return name if type_ == "string" else f"{name}:{type_}"


def _cell(value, type_: str) -> str:
    if value is None:
        return ""
    if type_.endswith("[]"):
        return ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, "¦") for v in value)
    if type_ == "double":
        return repr(float(value))
    return str(value)


def write_graph(pg: PropertyGraph, directory) -> list[Path]:
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    for old in list(directory.glob("nodes-*.csv")) + list(directory.glob("rels-*.csv")):
        old.unlink()  # a re-export must not keep files of relationship types that are gone
    written: list[Path] = []
    node_files, rel_files = [], []
    for group, columns in NODE_COLUMNS.items():
        nodes = sorted((n for n in pg.nodes.values() if n.group == group), key=lambda n: n.id)
        path = directory / f"nodes-{group.lower()}.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(["id:ID", ":LABEL"] + [_header(c, t) for c, t in columns])
            for n in nodes:
                w.writerow([n.id, ";".join(n.labels)] + [_cell(n.props.get(c), t) for c, t in columns])
        node_files.append(path)
    by_type: dict[str, list] = {}
    for rel in pg.rels.values():
        by_type.setdefault(rel.type, []).append(rel)
    for type_, rels in sorted(by_type.items()):
        path = directory / f"rels-{type_}.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow([":START_ID", ":END_ID", ":TYPE"] + [_header(c, t) for c, t in REL_COLUMNS])
            for r in sorted(rels, key=lambda r: (r.start, r.end)):
                w.writerow([r.start, r.end, r.type] + [_cell(r.props.get(c), t) for c, t in REL_COLUMNS])
        rel_files.append(path)
    script = directory / "import.sh"
    args = ['neo4j-admin database import full "${1:-neo4j}" --overwrite-destination',
            f"--array-delimiter={shlex.quote(ARRAY_DELIMITER)} --multiline-fields=true"]
    args += [f"--nodes={shlex.quote(p.name)}" for p in node_files]
    args += [f"--relationships={shlex.quote(p.name)}" for p in rel_files]
    script.write_text("#!/bin/sh\n# Import this newskg export into a stopped Neo4j database (default: neo4j).\n"
                      "# Usage: sh import.sh [DATABASE]   (replaces DATABASE; Neo4j 5 neo4j-admin on PATH)\n"
                      "set -e\ncd \"$(dirname \"$0\")\"\n" + " \\\n  ".join(args) + "\n", encoding="utf-8")
    script.chmod(0o755)
    written = node_files + rel_files + [script]
    return written


def write_neo4j_csv(store, path) -> None:
    write_graph(project(store), path)
