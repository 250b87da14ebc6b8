NAME = "build"
HELP = "build knowledge graphs from articles (Turtle, GraphML, HTML)"
DESCRIPTION = """\
Read articles and write, for each one, NAME.ttl (RDF Turtle), NAME.graphml
(NetworkX projection) and NAME.html (interactive view that opens offline) into
the output folder.

INPUT is a UTF-8 text file (NAME.txt gives NAME.ttl ...), '-' for standard
input (written as stdin.*), or a JSON Lines file (.jsonl) with one article per
line: {"id": ..., "text": ..., "published": "YYYY-MM-DD", "url": ..., "source": ...};
a JSON Lines file writes one set of files per article id.

All inputs are read and checked before anything is written; on an error no
file is written.

example:
  kg build examples/haniyeh-tehran.id.txt -o output --published 2023-11-05
"""


from kg.config import MAX_CHARS  # noqa: E402


def add_arguments(p):
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="text file, '-' for stdin, or .jsonl file")
    p.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="folder for the output files")
    p.add_argument("--published", metavar="YYYY-MM-DD",
                   help="publication date, used to resolve 'Sabtu (4/11)' or '7 Oktober' (JSONL rows may set their own)")
    p.add_argument("--gazetteer", action="append", default=[], metavar="FILE.csv",
                   help="extra gazetteer entries (same columns as kg/data/gazetteer.csv); may repeat")
    p.add_argument("--no-model", action="store_true", help="use only the gazetteer and rules to find names")
    p.add_argument("--store", metavar="DIR", help="also load each article as a named graph into an Oxigraph store")
    p.add_argument("--max-nodes", type=int, metavar="N", help="the HTML view keeps the N most-mentioned entities")
    p.add_argument("--max-chars", type=int, default=MAX_CHARS, metavar="N",
                   help=f"refuse articles longer than N characters (default {MAX_CHARS:,})")


def run(args) -> int:
    import sys
    from pathlib import Path

    from kg import Config, build_document
    from kg.errors import ConfigError
    from kg.gazetteer import load
    from kg.output import check_names, check_output_dir, remove_stale_temporaries, write_article
    from kg.stages.read import parse_date, read_input

    published = parse_date(args.published, "--published")
    if args.max_nodes is not None and args.max_nodes < 1:
        raise ConfigError("--max-nodes must be at least 1")
    if args.max_chars < 1:
        raise ConfigError("--max-chars must be at least 1")
    config = Config(gazetteers=tuple(args.gazetteer), use_model=not args.no_model, max_chars=args.max_chars)
    load(config.gazetteers)  # a bad gazetteer fails before any work
    out = check_output_dir(Path(args.output))
    docs = [d for path in args.inputs for d in read_input(path, published=published)]
    names = check_names(d.id for d in docs)
    remove_stale_temporaries(out)
    results = [build_document(d, config) for d in docs]
    for r in results:
        files = write_article(r, out, name=names[r.document.id], max_nodes=args.max_nodes)
        if args.store:
            from kg.rdf.iris import document_iri
            from kg.store import load_graph
            load_graph(args.store, str(document_iri(r.document.id)), r.rdf)
        d = r.document
        print(f"{names[d.id]}: {len(d.entities)} entities, {len(d.relations)} relations, {len(d.events)} events -> "
              + ", ".join(str(f) for f in files), file=sys.stderr)
    return 0
