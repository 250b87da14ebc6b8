"""kg store: look after a store made by 'kg build --store'."""
from __future__ import annotations

import sys

NAME = "store"
HELP = "show what a store holds, or remove an article from it"
DESCRIPTION = """\
A store ('kg build ... --store DIR') holds one named graph per article and their
union. 'stats' counts articles, entities, events and triples (each once in the
union); 'remove ID' takes out one article: its named graph, the triples only it
stated, and its content hash (so building it again is not skipped).

examples:
  kg store stats --store kgstore
  kg store remove haniyeh-tehran.id --store kgstore
"""


def add_arguments(p) -> None:
    p.add_argument("action", choices=("stats", "remove"), help="stats, or remove an article")
    p.add_argument("ids", nargs="*", metavar="ID", help="article ids to remove (the input file's name or JSONL id)")
    p.add_argument("--store", metavar="DIR", required=True, help="the store folder")


def run(args) -> int:
    from kg.errors import KgError
    from kg.rdf.iris import document_iri
    from kg.store import ContentHashes, check_store_dir, open_store, remove_article, store_stats

    check_store_dir(args.store)
    store = open_store(args.store)
    if args.action == "stats":
        if args.ids:
            raise KgError("'kg store stats' takes no article ids")
        for key, value in store_stats(store).items():
            print(f"{key:<9} {value:,}")
        return 0
    if not args.ids:
        raise KgError("'kg store remove' needs the id of at least one article")
    hashes = ContentHashes(args.store)
    missing = [i for i in args.ids if not store.contains_named_graph(_node(document_iri(i)))]
    if missing:
        raise KgError(f"no article {missing[0]!r} in the store {args.store}; "
                      "'kg store stats' counts what it holds")
    for doc_id in args.ids:
        iri = str(document_iri(doc_id))
        remove_article(store, iri)
        hashes.set(iri, None)
        print(f"removed {doc_id}", file=sys.stderr)
    return 0


def _node(iri):
    import pyoxigraph as ox
    return ox.NamedNode(str(iri))
