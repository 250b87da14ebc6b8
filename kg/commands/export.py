"""kg export: write a store or RDF files as another RDF format or for a property-graph database."""
from __future__ import annotations

import argparse
import sys

NAME = "export"
HELP = "export a store or Turtle files (Turtle, N-Triples, N-Quads, TriG, JSON-LD, GraphML, HTML, Neo4j CSV, Cypher)"
DESCRIPTION = """\
Write the graphs of a store ('kg build --store DIR') or of RDF files in another format.
N-Quads and TriG keep one named graph per article; the other formats get the union of
all articles, each triple once. The format is --to, or else guessed from the suffix of -o.

formats:
{formats}

examples:
  kg export --store kgstore --to trig -o corpus.trig
  kg export output/*.ttl -o corpus.jsonld
  kg export --store kgstore --to neo4j-csv -o neo4j-import/   (then: sh neo4j-import/import.sh)
  kg export --store kgstore --to cypher -o corpus.cypher      (then: cypher-shell -f corpus.cypher)
"""


def _formats_text() -> str:
    from kg.export import FORMATS

    lines = []
    for f in FORMATS.values():
        suffixes = ", ".join(f.suffixes) if f.suffixes else "a directory"
        lines.append(f"  {f.name:<10} {f.description} ({suffixes})")
    return "\n".join(lines)


DESCRIPTION = DESCRIPTION.format(formats=_formats_text())


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="*", metavar="FILE.ttl", help="RDF files to export (unless --store)")
    p.add_argument("--store", metavar="DIR", help="export the persistent store in DIR")
    p.add_argument("--to", metavar="FORMAT", help="output format (default: from the suffix of -o)")
    p.add_argument("-o", "--output", metavar="PATH", required=True,
                   help="output file (a directory for neo4j-csv)")


def run(args) -> int:
    from kg.export import export, format_for_path, get_format
    from kg.store import open_sources

    fmt = get_format(args.to) if args.to else format_for_path(args.output)
    store = open_sources(args.store, args.inputs)
    path = export(store, fmt, args.output)
    print(f"wrote {fmt.name} to {path}", file=sys.stderr)
    return 0
