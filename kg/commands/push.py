"""kg push: send each article's named graph to a SPARQL server."""
from __future__ import annotations

import argparse
import sys

NAME = "push"
HELP = "push each article's named graph to a SPARQL server (Graph Store protocol or SPARQL Update)"
DESCRIPTION = """\
Send the graphs of a store ('kg build --store DIR') or of RDF files to a SPARQL server,
one named graph per article (its document IRI).

By default each graph is sent with the SPARQL 1.1 Graph Store HTTP Protocol:
PUT ENDPOINT?graph=IRI, which replaces the graph, so pushing twice changes nothing.
With --update, ENDPOINT is a SPARQL Update endpoint and each graph is replaced with
DROP SILENT GRAPH + INSERT DATA, in chunks of --chunk-size triples.

Credentials come from the environment only, never from the command line:
  KG_PUSH_USER and KG_PUSH_PASSWORD   Basic or Digest, as the server asks
  KG_PUSH_TOKEN                       Authorization: Bearer TOKEN

endpoints:
  Oxigraph   Graph Store http://HOST:7878/store      Update http://HOST:7878/update
  Virtuoso   Graph Store http://HOST:8890/sparql-graph-crud-auth   (Digest; dba)
             Update      http://HOST:8890/sparql-auth
  Fuseki     Graph Store http://HOST:3030/DATASET/data  Update http://HOST:3030/DATASET/update

examples:
  kg push --store kgstore --endpoint http://127.0.0.1:7878/store
  KG_PUSH_USER=dba KG_PUSH_PASSWORD=dba kg push output/*.ttl \\
      --endpoint http://127.0.0.1:8890 --graph-store-path /sparql-graph-crud-auth
  kg push --store kgstore --update --endpoint http://127.0.0.1:7878/update
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="*", metavar="FILE.ttl", help="RDF files to push (unless --store)")
    p.add_argument("--store", metavar="DIR", help="push the persistent store in DIR")
    p.add_argument("--endpoint", required=True, metavar="URL",
                   help="Graph Store endpoint (or, with --update, SPARQL Update endpoint)")
    p.add_argument("--graph-store-path", metavar="PATH",
                   help="path appended to --endpoint, e.g. /store (Oxigraph) or /sparql-graph-crud-auth (Virtuoso)")
    p.add_argument("--update", action="store_true",
                   help="use SPARQL Update (DROP SILENT GRAPH + INSERT DATA) instead of Graph Store PUT")
    p.add_argument("--graph", action="append", metavar="IRI", help="push only this named graph (repeatable)")
    p.add_argument("--chunk-size", type=int, default=2000, metavar="N",
                   help="triples per INSERT DATA request with --update (default 2000)")
    p.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS",
                   help="timeout of one HTTP request (default 60)")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")


def run(args) -> int:
    from kg.push import push
    from kg.store import open_sources

    store = open_sources(args.store, args.inputs)
    progress = None if args.quiet else (lambda line: print(f"  {line}", file=sys.stderr))
    report = push(store, args.endpoint, update=args.update, graph_store_path=args.graph_store_path,
                  graphs=args.graph, chunk_size=args.chunk_size, timeout=args.timeout, progress=progress)
    if not args.quiet:
        how = "SPARQL Update" if args.update else "Graph Store PUT"
        print(f"pushed {len(report.graphs)} graph(s), {report.triples} triples, to {report.endpoint} "
              f"({how}, {report.requests} request(s))", file=sys.stderr)
    return 0
