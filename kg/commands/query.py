"""kg query: run SPARQL (ad hoc, from a file or a named query) on a store or on RDF files."""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from kg.errors import KgError

NAME = "query"
HELP = "run a SPARQL query (or a named one) on a store or on Turtle files"
DESCRIPTION = """\
Run SPARQL on the persistent store built by 'kg build --store DIR' or on RDF files
(.ttl, .nt, .nq, .trig). The default graph is the union of all articles; each article
is also its own named graph (GRAPH <https://w3id.org/newskg/doc/ID> { ... }). A triple
stated by several articles (an entity's name, say) is seen once per article, so write
SELECT DISTINCT. The prefixes kg, schema, sem, nif, itsrdf, prov, owl, rdf, rdfs, xsd,
geo and wd are predeclared.

Output is an aligned table unless --format is given (on a terminal long cells are cut
to --width characters; IRIs are shortened). csv, tsv and json follow the SPARQL 1.1
Query Results CSV/TSV and JSON formats; CONSTRUCT and DESCRIBE print Turtle (or
N-Triples with --format ntriples).

Named queries ship with newskg ('kg query --list'). A parameter is set with
--param NAME=VALUE; it is always inserted as an escaped SPARQL literal of the declared
type, and an unset parameter matches everything.

examples:
  kg query --list
  kg query --store kgstore --name who-met-whom --param person=Khamenei
  kg query output/*.ttl --name events-at-place --param place=Gaza --param from=2023-10-07
  kg query output/a.ttl 'SELECT DISTINCT ?n WHERE { ?p a schema:Person ; schema:name ?n }'
  kg query --store kgstore --file my.rq --format json > results.json
"""

FORMATS = ("table", "csv", "tsv", "json", "xml", "turtle", "ntriples")


class QueryUsageError(KgError):
    pass


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="*", metavar="FILE.ttl... QUERY",
                   help="RDF files to query (unless --store) followed by the SPARQL text "
                        "(unless --file or --name)")
    p.add_argument("--store", metavar="DIR", help="query the persistent store in DIR")
    p.add_argument("--file", "-f", metavar="Q.rq", dest="query_file", help="read the query from a file")
    p.add_argument("--name", "-n", metavar="NAME", help="run a named query (see --list)")
    p.add_argument("--list", action="store_true", help="list the named queries and their parameters")
    p.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE",
                   help="set a query parameter (repeatable)")
    p.add_argument("--format", choices=FORMATS, default=None,
                   help="output format (default: table; CONSTRUCT/DESCRIBE: turtle)")
    p.add_argument("--allow-service", action="store_true",
                   help="let SERVICE clauses query remote SPARQL endpoints (network access); refused by default")
    p.add_argument("--width", type=int, default=None, metavar="N",
                   help="cut table cells to N characters (default 60 on a terminal, else no limit; 0 = no limit)")


def list_queries(out) -> None:
    from kg.store import named_queries

    queries = named_queries()
    width = max((len(n) for n in queries), default=0) + 2
    for name, q in queries.items():
        out.write(f"{name:<{width}}{q.description}\n")
        for param in q.params.values():
            desc = f" - {param.description}" if param.description else ""
            out.write(f"{'':<{width}}  --param {param.name}=<{param.type}>{desc}\n")


def parse_params(items) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise QueryUsageError(f"--param {item!r}: write --param NAME=VALUE")
        params[name.strip()] = value
    return params


def resolve_query(args) -> tuple[str, list[str], str]:
    """(query text, RDF files, origin for messages)"""
    from kg.store import named_query

    inputs = list(args.inputs)
    given = sum(x is not None for x in (args.query_file, args.name))
    if given > 1:
        raise QueryUsageError("give only one of QUERY, --file and --name")
    if args.name:
        return named_query(args.name).text, inputs, f"named query {args.name!r}"
    if args.query_file:
        path = Path(args.query_file)
        try:
            return path.read_text(encoding="utf-8"), inputs, str(path)
        except OSError as e:
            raise QueryUsageError(f"cannot read query file {path}: {e.strerror or e}") from e
    if not inputs:
        raise QueryUsageError("no query: give the SPARQL text, --file Q.rq or --name NAME (see --list)")
    query = inputs.pop()
    if query.endswith(".rq") and Path(query).is_file():
        return Path(query).read_text(encoding="utf-8"), inputs, query
    if Path(query).is_file() and not inputs and args.store is None:
        raise QueryUsageError(f"{query} is a file but no query was given: add QUERY, --file or --name")
    return query, inputs, "the query"


# the parts of a query that cannot hold a keyword: strings, IRIs and comments
_NOT_KEYWORDS = re.compile("|".join([
    r'"""(?:[^\\]|\\.)*?"""', r"'''(?:[^\\]|\\.)*?'''",    # long strings
    r'"(?:[^"\\\n]|\\.)*"', r"'(?:[^'\\\n]|\\.)*'",       # strings
    r'<[^<>"{}|^`\\\s]*>', r"#[^\n]*"]), re.DOTALL)         # IRIs, comments
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE\b", re.IGNORECASE)


def check_no_service(query: str) -> None:
    """A SERVICE clause makes the query engine fetch from a remote endpoint: refuse it unless asked."""
    if _SERVICE.search(_NOT_KEYWORDS.sub(" ", query)):
        raise QueryUsageError("the query has a SERVICE clause, which would reach a remote endpoint over the "
                              "network; add --allow-service to permit it")


# ---------------------------------------------------------------- rendering

_SHORT = None


def _shorteners():
    global _SHORT
    if _SHORT is None:
        from kg.store import PREFIXES

        pairs = [(ns, p) for p, ns in PREFIXES.items()]
        pairs.append(("https://w3id.org/newskg/", "newskg"))
        _SHORT = sorted(pairs, key=lambda x: -len(x[0]))
    return _SHORT


def display(term) -> str:
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        iri = term.value
        for ns, prefix in _shorteners():
            if iri.startswith(ns) and len(iri) > len(ns):
                return f"{prefix}:{iri[len(ns):]}"
        return iri
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return " ".join(term.value.split("\n")).replace("\r", " ").replace("\t", " ")
    return str(term)


def render_table(variables: list[str], rows: list[list[str]], width: int = 0) -> str:
    def cut(s: str) -> str:
        return s if not width or len(s) <= width else s[: max(1, width - 1)] + "…"

    rows = [[cut(c) for c in row] for row in rows]
    widths = [len(v) for v in variables]
    for row in rows:
        for i, c in enumerate(row):
            widths[i] = max(widths[i], len(c))
    lines = ["  ".join(v.ljust(w) for v, w in zip(variables, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def write_results(results, fmt: str | None, out, width: int = 0) -> None:
    """Write pyoxigraph results to the binary stream ``out``."""
    import pyoxigraph as ox

    if isinstance(results, ox.QueryTriples):
        rdf = {None: ox.RdfFormat.TURTLE, "table": ox.RdfFormat.TURTLE, "turtle": ox.RdfFormat.TURTLE,
               "ntriples": ox.RdfFormat.N_TRIPLES}.get(fmt)
        if rdf is None:
            raise QueryUsageError(f"--format {fmt} is for SELECT and ASK; CONSTRUCT/DESCRIBE give turtle or ntriples")
        out.write(results.serialize(format=rdf) or b"")
        return
    if fmt in ("turtle", "ntriples"):
        raise QueryUsageError(f"--format {fmt} is for CONSTRUCT and DESCRIBE; SELECT/ASK give table, csv, tsv, json or xml")
    if isinstance(results, ox.QueryBoolean):
        if fmt in (None, "table", "csv", "tsv"):
            out.write(b"true\n" if bool(results) else b"false\n")
        else:
            out.write(results.serialize(format=_results_format(fmt)) + b"\n")
        return
    if fmt in (None, "table"):
        variables = [v.value for v in results.variables]
        rows = [[display(sol[v]) for v in variables] for sol in results]
        out.write(render_table(variables, rows, width).encode("utf-8"))
        return
    data = results.serialize(format=_results_format(fmt))
    out.write(data)
    if fmt in ("json", "xml") and not data.endswith(b"\n"):
        out.write(b"\n")


def _results_format(fmt: str):
    import pyoxigraph as ox

    return {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
            "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML}[fmt]


def run(args) -> int:
    if args.list:
        list_queries(sys.stdout)
        return 0
    from kg.store import open_sources, run_query

    query, files, origin = resolve_query(args)
    params = parse_params(args.param)
    if not args.allow_service:
        check_no_service(query)
    store = open_sources(args.store, files)
    results = run_query(store, query, params, origin=origin)
    width = args.width
    if width is None:
        width = 60 if sys.stdout.isatty() else 0
    out = sys.stdout.buffer
    sys.stdout.flush()
    try:
        write_results(results, args.format, out, width)
    except (OSError, RuntimeError, ValueError) as e:  # pyoxigraph evaluates lazily
        if isinstance(e, BrokenPipeError):
            return 0
        raise KgError(f"query failed ({origin}): {e}") from e
    out.flush()
    return 0
