NAME = "build"
HELP = "build knowledge graphs from articles (Turtle, GraphML, HTML)"
DESCRIPTION = """\
Read articles and write, for each one, NAME.ttl (RDF Turtle), NAME.graphml
(NetworkX projection) and NAME.html (interactive view that opens offline) into
the output folder; --formats chooses among them.

INPUT is a UTF-8 text file (NAME.txt gives NAME.ttl ...), an HTML page (.html:
its article text, title, date, author and URL are extracted offline), a JSON
Lines file (.jsonl) with one article per line:
{"id": ..., "text": ..., "published": "YYYY-MM-DD", "url": ..., "source": ...},
a folder (its .txt, .jsonl and .html files, recursively), a glob ('feed/*.jsonl'),
or '-' for standard input (JSON Lines if it starts with '{', else one article
written as stdin.*).

Articles are built one at a time (by --jobs worker processes, or on a Dask
cluster with --dask) and each is written as soon as it is done, so memory does
not grow with the corpus. Files and JSON Lines are checked before any work: a bad
article or a repeated id stops the build before anything is written. An article
that fails while being built (an HTML page with no article text) is reported and
the others are still written; the exit code is then 2.

With --store DIR each article also becomes a named graph in an Oxigraph store;
an article whose content is unchanged since it was stored is skipped (no work,
no files written), a changed one replaces its graph.

examples:
  kg build examples/haniyeh-tehran.id.txt -o output --published 2023-11-05
  kg build archive/ -o out --formats ttl,graphml --store kgstore --jobs 2
  cat feed.jsonl | kg build - -o out --quiet
"""


from kg.config import MAX_CHARS  # noqa: E402


def add_arguments(p):
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="text, .html or .jsonl file, folder, glob, or '-' for stdin")
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
    p.add_argument("--formats", default="ttl,graphml,html", metavar="LIST",
                   help="files per article, comma-separated from ttl,graphml,html (default: all three)")
    p.add_argument("--jobs", "-j", type=int, metavar="N",
                   help="worker processes building articles (default: all cores)")
    p.add_argument("--dask", metavar="ADDRESS",
                   help="build on a dask.distributed cluster, e.g. tcp://scheduler:8786 (see docs/corpus.md)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar, no per-article lines, no summary")


def _reporter(args, total: int | None):
    """What the user sees per article: a progress bar on a terminal, else one line each."""
    import sys

    from kg.cli import printable
    from kg.output import output_name
    show_bar = not args.quiet and sys.stderr.isatty()
    bar = None
    if show_bar:
        from tqdm import tqdm
        bar = tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True, mininterval=0.5)

    def say(text: str) -> None:
        (bar.write if bar else print)(text, file=sys.stderr)

    def report(built) -> None:
        if bar:
            bar.update(1)
        if built is None:
            return
        if built.error:
            say(f"Error: {printable(built.error)}")
        elif not args.quiet and not bar:
            say(f"{output_name(built.id)}: {built.entities} entities, {built.relations} relations, "
                f"{built.events} events -> " + ", ".join(str(f) for f in built.written))
    return report, bar


def run(args) -> int:
    import os
    import sys
    from pathlib import Path

    from kg import Config
    from kg.corpus import Settings, build_corpus
    from kg.errors import ConfigError
    from kg.gazetteer import load
    from kg.inputs import check, items, sources, unique
    from kg.output import check_formats, check_output_dir, remove_stale_temporaries
    from kg.stages.read import parse_date

    published = parse_date(args.published, "--published")
    if args.max_nodes is not None and args.max_nodes < 1:
        raise ConfigError("--max-nodes must be at least 1")
    jobs = args.jobs if args.jobs is not None else (os.cpu_count() or 1)
    if jobs < 1:
        raise ConfigError("--jobs must be at least 1")
    if args.max_chars < 1:
        raise ConfigError("--max-chars must be at least 1")
    formats = check_formats(args.formats)
    config = Config(gazetteers=tuple(args.gazetteer), use_model=not args.no_model, max_chars=args.max_chars)
    load(config.gazetteers)  # a bad gazetteer fails before any work
    out = check_output_dir(Path(args.output))   # -o a file or not writable: fails now
    paths = sources(args.inputs)
    total = check(paths, published)   # bad files and repeated ids fail before any work
    if "-" not in paths:
        jobs = min(jobs, total)       # one article needs no pool
    if args.store:
        from kg.store import check_store_dir, open_store
        check_store_dir(args.store)
        open_store(args.store, create=True)   # locked by another process: fails now
    remove_stale_temporaries(out)
    report, bar = _reporter(args, None if "-" in paths else total)
    settings = Settings(config, formats, args.max_nodes, ntriples=bool(args.store))
    try:
        summary = build_corpus(unique(items(paths, published)), out, settings, jobs=jobs,
                               dask=args.dask, store_dir=args.store, report=report)
    finally:
        if bar:
            bar.close()
    if not args.quiet:
        print(summary.line(), file=sys.stderr)
    return 2 if summary.errors else 0
