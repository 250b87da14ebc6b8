"""An idempotent Cypher script (see kg.export.propgraph for the model).

Every node is ``MERGE``d on ``id`` (its IRI) and every relationship on (start, type,
end); properties are then ``SET`` to the exported values, so running the script twice
leaves the database as after the first run. Events are nodes, roles are relationships,
evidence sentences are list properties.

One statement per line, each ending with ``;``, rows batched with ``UNWIND``: runs with
``cypher-shell -f FILE`` (Neo4j 5) and, statement by statement, on FalkorDB and the
Kùzu family. The first lines create uniqueness constraints in Neo4j 5 syntax
(``CREATE CONSTRAINT ... IF NOT EXISTS``); other databases skip those lines and create
an index on ``id`` in their own syntax (FalkorDB: ``CREATE INDEX FOR (n:Entity) ON (n.id)``).
"""
from __future__ import annotations

import math
from pathlib import Path

from kg.export.propgraph import PropertyGraph, project

BATCH = 200
CONSTRAINTS = [
    "CREATE CONSTRAINT newskg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;",
    "CREATE CONSTRAINT newskg_event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;",
    "CREATE CONSTRAINT newskg_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;",
]


def cypher_string(s: str) -> str:
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or 0x2028 <= ord(ch) <= 0x2029:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def cypher_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if math.isnan(v) or math.isinf(v):
            raise ValueError(f"cannot write {v} in Cypher")
        return repr(v)
    if isinstance(v, str):
        return cypher_string(v)
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(cypher_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{_key(k)}: {cypher_value(x)}" for k, x in v.items()) + "}"
    raise ValueError(f"cannot write {v!r} in Cypher")


def _key(k: str) -> str:
    return k if k.isidentifier() else "`" + k.replace("`", "``") + "`"


def _label(label: str) -> str:
    return label if label.isidentifier() else "`" + label.replace("`", "``") + "`"


def _batches(rows: list, size: int = BATCH):
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def statements(pg: PropertyGraph) -> list[str]:
    out: list[str] = []
    groups: dict[tuple[str, ...], list] = {}
    for n in sorted(pg.nodes.values(), key=lambda n: n.id):
        groups.setdefault(tuple(n.labels), []).append(n)
    for labels, nodes in groups.items():
        main, extra = labels[0], labels[1:]
        set_labels = "".join(f", n:{_label(x)}" for x in extra)
        for batch in _batches(nodes):
            rows = cypher_value([{"id": n.id, "props": n.props} for n in batch])
            out.append(f"UNWIND {rows} AS row MERGE (n:{_label(main)} {{id: row.id}}) "
                       f"SET n += row.props{set_labels};")
    rel_groups: dict[tuple[str, str, str], list] = {}
    for r in sorted(pg.rels.values(), key=lambda r: (r.type, r.start, r.end)):
        key = (pg.group_of(r.start), r.type, pg.group_of(r.end))
        rel_groups.setdefault(key, []).append(r)
    for (start_label, type_, end_label), rels in rel_groups.items():
        for batch in _batches(rels):
            rows = cypher_value([{"start": r.start, "end": r.end, "props": r.props} for r in batch])
            out.append(f"UNWIND {rows} AS row MATCH (a:{_label(start_label)} {{id: row.start}}) "
                       f"MATCH (b:{_label(end_label)} {{id: row.end}}) "
                       f"MERGE (a)-[r:{_label(type_)}]->(b) SET r += row.props;")
    return out


def write_cypher(store, path) -> None:
    pg = project(store)
    header = [
        "// newskg knowledge graph as Cypher. Idempotent: MERGE on id, then SET; running it twice changes nothing.",
        f"// {len(pg.nodes)} nodes, {len(pg.rels)} relationships. Neo4j 5: cypher-shell -f {Path(path).name}",
        "// Not Neo4j? Skip the CREATE CONSTRAINT lines and index :Entity(id), :Event(id), :Document(id) your way.",
    ]
    body = statements(pg)
    Path(path).write_text("\n".join(header + CONSTRAINTS + body) + "\n", encoding="utf-8")


def split_statements(text: str) -> list[str]:
    """The statements of a script written by :func:`write_cypher` (one per line), without
    comments and without the trailing ``;`` — what a driver's ``query()`` wants."""
    return [line.rstrip().rstrip(";") for line in text.splitlines()
            if line.strip() and not line.lstrip().startswith("//")]

