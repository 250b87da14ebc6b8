"""The SPARQL side of newskg: a persistent Oxigraph store and SPARQL queries over it.

Layout of a store (persistent or in memory):

* every article is its own **named graph**, named by its document IRI;
* the **default graph** holds the union of all articles, each triple once (an entity's
  name stated by 300 articles is one triple there). It is maintained on every load, so
  queries see a proper RDF merge: no duplicate rows, and joins stay small however often
  an entity recurs. Oxigraph's own "default graph as union" mode keeps one copy per
  graph, which multiplies rows and made queries up to 30x slower on 1M triples.

* ``load_graph(store_dir, graph_iri, graph)`` puts one article's rdflib graph into the
  persistent store ``store_dir``, replacing what that graph held before (re-building an
  article never duplicates triples; triples only it stated leave the union).
* ``open_sources(store_dir=None, files=())`` gives a :class:`pyoxigraph.Store` to query or
  export: the persistent store, or an in-memory one holding Turtle / N-Triples / TriG /
  N-Quads files, each triple file in the named graph of the article it describes (the
  subject of ``a nif:Context``).
* ``run_query(store, sparql, params)`` runs SPARQL through pyoxigraph (never rdflib's
  engine: far too slow on joins) on the union; ``GRAPH ?g { }`` reaches the articles.

Named queries live in ``kg/queries/*.rq``. A query parameter ``NAME`` is declared in the
query text by the line ``VALUES ?NAME { UNDEF }`` (plain SPARQL: left alone, the variable
stays unbound and the query lists everything) and optionally a comment
``# param: NAME TYPE description`` (TYPE: string, date, integer, decimal, iri).
``run_query`` replaces ``UNDEF`` on such lines with the value written as an escaped SPARQL
term, so a value can never change the shape of the query.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

import pyoxigraph as ox

from kg.errors import KgError

NIF_CONTEXT = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Context"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
QUERIES_DIR = Path(__file__).parent / "queries"

PREFIXES = {
    "kg": "https://w3id.org/newskg/ontology#",
    "schema": "https://schema.org/",
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "itsrdf": "http://www.w3.org/2005/11/its/rdf#",
    "prov": "http://www.w3.org/ns/prov#",
    "org": "http://www.w3.org/ns/org#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": XSD,
    "geo": "http://www.opengis.net/ont/geosparql#",
    "wd": "http://www.wikidata.org/entity/",
}


class StoreError(KgError):
    """The store directory or an input file cannot be used."""


class QuerySyntaxError(KgError):
    """A SPARQL query does not parse; the message has line and column."""


class QueryParamError(KgError):
    """A --param is unknown or its value does not fit its type."""


# ---------------------------------------------------------------- rdflib <-> pyoxigraph

def _bnode_id(scope: str, label: str) -> str:
    """A blank node id unique to ``scope`` (one article / file), so that blank nodes of
    different articles never merge in the store, and stable across re-loads."""
    return "b" + hashlib.blake2b(f"{scope}\x00{label}".encode(), digest_size=12).hexdigest()


def ox_to_rdflib(term):
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == XSD + "string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    raise StoreError(f"cannot convert RDF term {term!r}")


# Oxigraph stores numbers in canonical form: "1.0"^^xsd:decimal comes back as "1", and
# integer-derived types lose their datatype ("5"^^xsd:nonNegativeInteger comes back as
# "5"^^xsd:integer). The output contract types NIF offsets xsd:nonNegativeInteger, so
# everything read out of a store for export or push goes through ``restore_datatypes``.
CONTRACT_DATATYPES = {
    PREFIXES["nif"] + "beginIndex": XSD + "nonNegativeInteger",
    PREFIXES["nif"] + "endIndex": XSD + "nonNegativeInteger",
}


def restore_datatypes(q):
    """A quad (or triple) with the contract's datatype put back on NIF offsets."""
    dt = CONTRACT_DATATYPES.get(q.predicate.value)
    if dt and isinstance(q.object, ox.Literal) and q.object.datatype.value == XSD + "integer" \
            and not q.object.value.startswith("-"):
        obj = ox.Literal(q.object.value, datatype=ox.NamedNode(dt))
        if isinstance(q, ox.Quad):
            return ox.Quad(q.subject, q.predicate, obj, q.graph_name)
        return ox.Triple(q.subject, q.predicate, obj)
    return q


def quads(store: ox.Store, graph_name=None):
    """Quads of one graph of ``store`` (default: the union, i.e. the default graph), datatypes
    restored (see restore_datatypes)."""
    for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph() if graph_name is None else graph_name):
        yield restore_datatypes(q)


def named_quads(store: ox.Store):
    """Quads of all named graphs (the articles), datatypes restored."""
    for name in graph_names(store):
        yield from quads(store, name)


def to_rdflib(store: ox.Store, graph_name=None):
    """The union of all articles of ``store`` (or one named graph) as an rdflib Graph."""
    from rdflib import Graph

    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    add = g.add
    for q in quads(store, graph_name):
        add((ox_to_rdflib(q.subject), ox_to_rdflib(q.predicate), ox_to_rdflib(q.object)))
    return g


def graph_names(store: ox.Store) -> list:
    """The named graphs (articles) of the store, sorted by IRI."""
    return sorted(store.named_graphs(), key=lambda n: n.value)


def replace_graph(store: ox.Store, graph_iri: str, triples: Iterable) -> int:
    """Replace the named graph ``graph_iri`` with ``triples`` and keep the union (the
    default graph) in step: new triples join it, triples that no other article states
    leave it. Returns the number of triples written."""
    name = ox.NamedNode(graph_iri)
    default = ox.DefaultGraph()
    new = {ox.Triple(t.subject, t.predicate, t.object) for t in triples}
    old = [ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, name)]
    store.remove_graph(name)
    store.extend([ox.Quad(t.subject, t.predicate, t.object, name) for t in new]
                 + [ox.Quad(t.subject, t.predicate, t.object, default) for t in new])
    gone = []
    for t in old:
        if t in new:
            continue
        elsewhere = any(not isinstance(q.graph_name, ox.DefaultGraph)
                        for q in store.quads_for_pattern(t.subject, t.predicate, t.object))
        if not elsewhere:
            gone.append(ox.Quad(t.subject, t.predicate, t.object, default))
    for q in gone:
        store.remove(q)
    return len(new)


# ---------------------------------------------------------------- persistent store

_OPEN: dict[Path, ox.Store] = {}


def open_store(store_dir, create: bool = False) -> ox.Store:
    """Open (and cache for this process) the persistent store in ``store_dir``.

    RocksDB allows one writer process per directory: a second process gets a clear error.
    """
    path = Path(store_dir).resolve()
    if path in _OPEN:
        return _OPEN[path]
    if not create and not (path.is_dir() and any(path.iterdir())):
        raise StoreError(f"no store at {store_dir}: build one with 'kg build ... --store {store_dir}'")
    if path.exists() and not path.is_dir():
        raise StoreError(f"store path {store_dir} is a file, not a directory")
    try:
        store = ox.Store(str(path))
    except OSError as e:
        msg = str(e)
        if "lock" in msg.lower():
            raise StoreError(f"store {store_dir} is in use by another process (close it and retry)") from e
        raise StoreError(f"cannot open store {store_dir}: {msg}") from e
    if not _OPEN:
        import atexit

        atexit.register(close_store)
    _OPEN[path] = store
    return store


def close_store(store_dir=None) -> None:
    """Close one cached store (or all): flushes and releases the directory lock."""
    paths = [Path(store_dir).resolve()] if store_dir is not None else list(_OPEN)
    for p in paths:
        store = _OPEN.pop(p, None)
        if store is not None:
            store.flush()
            del store


def load_graph(store_dir, graph_iri: str, graph) -> int:
    """Replace the named graph ``graph_iri`` of the store in ``store_dir`` by ``graph``
    (an rdflib Graph) and update the union. Creates the store when needed. Returns the
    number of triples. The store stays open (and locked) for this process until
    :func:`close_store`; it is flushed then and at exit."""
    from kg.rdf.turtle import ntriples

    store = open_store(store_dir, create=True)
    return put_article(store, str(graph_iri), ntriples(graph))


# ---------------------------------------------------------------- articles (kg build --store)

HASHES_FILE = "newskg-content-hashes.tsv"


def check_store_dir(store_dir) -> None:
    """Refuse, before any work, a path that is a file or a folder holding something else
    than an Oxigraph store (an Oxigraph folder has RocksDB's CURRENT file)."""
    path = Path(store_dir)
    if path.exists() and not path.is_dir():
        raise StoreError(f"store path {store_dir} is a file, not a directory")
    if path.is_dir() and any(path.iterdir()) and not (path / "CURRENT").is_file():
        raise StoreError(f"{store_dir} is not an Oxigraph store (it holds other files); "
                         "give a new or empty folder, or a folder 'kg build --store' made")


class ContentHashes:
    """The content hash each stored article was built from, so that an unchanged article
    is skipped. Kept beside the graphs (not in them: a named graph holds exactly the
    article's triples) as an append-only file in the store folder, written after the
    article's graph: a crash in between only means that article is built again."""

    def __init__(self, store_dir):
        self.path = Path(store_dir) / HASHES_FILE
        self.hashes: dict[str, str] = {}
        if self.path.is_file():
            for line in self.path.read_text(encoding="utf-8").splitlines():
                iri, _, h = line.partition("\t")
                if h:
                    self.hashes[iri] = h
                else:
                    self.hashes.pop(iri, None)

    def get(self, doc_iri: str) -> str | None:
        return self.hashes.get(doc_iri)

    def set(self, doc_iri: str, content_hash: str | None) -> None:
        """Record (or with None forget) an article's hash."""
        if content_hash:
            self.hashes[doc_iri] = content_hash
        else:
            self.hashes.pop(doc_iri, None)
        with self.path.open("a", encoding="utf-8") as f:
            f.write(f"{doc_iri}\t{content_hash or ''}\n")


def put_article(store: ox.Store, doc_iri: str, nt: bytes) -> int:
    """Store one article given as N-Triples bytes (parsed by Oxigraph, no rdflib terms) as
    the named graph ``doc_iri``, replacing an older version, and keep the union in step.
    A new article is one transaction. Returns the number of triples."""
    scope = doc_iri
    triples = [ox.Triple(_rename_bnodes(t.subject, scope), t.predicate, _rename_bnodes(t.object, scope))
               for t in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)]
    name = ox.NamedNode(doc_iri)
    if store.contains_named_graph(name):
        return replace_graph(store, doc_iri, triples)
    default = ox.DefaultGraph()
    store.extend([ox.Quad(t.subject, t.predicate, t.object, name) for t in triples]
                 + [ox.Quad(t.subject, t.predicate, t.object, default) for t in triples])
    return len(triples)


def remove_article(store: ox.Store, doc_iri: str) -> bool:
    """Remove an article's named graph and the triples only it stated from the union."""
    name = ox.NamedNode(doc_iri)
    if not store.contains_named_graph(name):
        return False
    replace_graph(store, doc_iri, [])
    store.remove_graph(name)
    return True


def store_stats(store: ox.Store) -> dict[str, int]:
    """Articles, entities, events and triples of the union (each counted once)."""
    def count(where: str) -> int:
        rows = list(run_query(store, f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {where} }}"))
        return int(rows[0]["n"].value)

    return {
        "articles": count("?x a nif:Context"),
        "entities": count("VALUES ?t { schema:Person schema:Organization schema:Place } ?x a ?t"),
        "events": count("?x a sem:Event"),
        "triples": int(list(run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))[0]["n"].value),
    }


# ---------------------------------------------------------------- files

_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".turtle": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES,
            ".nq": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG, ".rdf": ox.RdfFormat.RDF_XML,
            ".owl": ox.RdfFormat.RDF_XML, ".n3": ox.RdfFormat.N3}


def _rename_bnodes(term, scope: str):
    if isinstance(term, ox.BlankNode):
        return ox.BlankNode(_bnode_id(scope, term.value))
    return term


def read_file(path) -> list[tuple[str, list]]:
    """Parse an RDF file into ``[(graph_iri, [Quad...]), ...]``.

    Triple formats go to the named graph of the document they describe (the one subject
    typed ``nif:Context``), or to the file's ``file:`` IRI when there is not exactly one.
    Quad formats keep their graphs (default-graph triples get the same treatment).
    Blank nodes are renamed per file so that files never share one by accident.
    """
    path = Path(path)
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise StoreError(f"{path}: unknown RDF file type {path.suffix!r} (use .ttl, .nt, .nq, .trig, .rdf)")
    if not path.is_file():
        raise StoreError(f"{path}: no such file")
    scope = path.resolve().as_uri()
    try:
        quads = list(ox.parse(path=str(path), format=fmt))
    except SyntaxError as e:
        raise StoreError(f"{path}: {e}") from e
    except (OSError, ValueError) as e:
        raise StoreError(f"{path}: {e}") from e
    by_graph: dict[str, list] = {}
    default: list = []
    for q in quads:
        s, o = _rename_bnodes(q.subject, scope), _rename_bnodes(q.object, scope)
        g = q.graph_name
        if isinstance(g, ox.DefaultGraph):
            default.append(ox.Triple(s, q.predicate, o))
        else:
            by_graph.setdefault(g.value, []).append(ox.Triple(s, q.predicate, o))
    if default:
        contexts = {t.subject.value for t in default
                    if t.predicate.value == RDF_TYPE and isinstance(t.object, ox.NamedNode)
                    and t.object.value == NIF_CONTEXT and isinstance(t.subject, ox.NamedNode)}
        name = contexts.pop() if len(contexts) == 1 else scope
        by_graph.setdefault(name, []).extend(default)
    return list(by_graph.items())


def open_sources(store_dir=None, files: Iterable = ()) -> ox.Store:
    """Something to run SPARQL on: the persistent store ``store_dir`` or, with ``files``,
    an in-memory store holding them (one named graph per article)."""
    files = list(dict.fromkeys(Path(f).resolve() for f in files))  # each file once
    if store_dir is not None and files:
        raise StoreError("give either --store DIR or RDF files, not both")
    if store_dir is not None:
        return open_store(store_dir)
    if not files:
        raise StoreError("nothing to read: give --store DIR or one or more .ttl files")
    store = ox.Store()
    for f in files:
        for graph_iri, triples in read_file(f):
            if store.contains_named_graph(ox.NamedNode(graph_iri)):
                triples = triples + [ox.Triple(q.subject, q.predicate, q.object)
                                     for q in store.quads_for_pattern(None, None, None, ox.NamedNode(graph_iri))]
            replace_graph(store, graph_iri, triples)
    return store


# ---------------------------------------------------------------- named queries and parameters

@dataclass
class Param:
    name: str
    type: str = "string"
    description: str = ""


@dataclass
class NamedQuery:
    name: str
    path: Path
    description: str
    text: str
    params: dict[str, Param] = field(default_factory=dict)


_PARAM_COMMENT = re.compile(r"^\s*#\s*param:\s*(\w+)(?:\s+(string|date|integer|decimal|iri))?\s*(.*)$", re.M)
_VALUES_UNDEF = r"VALUES\s+\?{name}\s*\{{\s*UNDEF\s*\}}"
_PARAM_TYPES = ("string", "date", "integer", "decimal", "iri")


def declared_params(text: str) -> dict[str, Param]:
    """Parameters of a query: ``VALUES ?x { UNDEF }`` lines, typed by ``# param:`` comments."""
    params: dict[str, Param] = {}
    for m in _PARAM_COMMENT.finditer(text):
        params[m.group(1)] = Param(m.group(1), m.group(2) or "string", m.group(3).strip())
    for m in re.finditer(r"VALUES\s+\?(\w+)\s*\{\s*UNDEF\s*\}", text):
        params.setdefault(m.group(1), Param(m.group(1)))
    return params


def parse_named_query(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    first = text.splitlines()[0] if text else ""
    m = re.match(r"#\s*description:\s*(.*)", first)
    return NamedQuery(path.stem, path, m.group(1).strip() if m else "", text, declared_params(text))


def named_queries() -> dict[str, NamedQuery]:
    return {p.stem: parse_named_query(p) for p in sorted(QUERIES_DIR.glob("*.rq"))}


def named_query(name: str) -> NamedQuery:
    queries = named_queries()
    if name not in queries:
        raise KgError(f"no named query {name!r}; 'kg query --list' shows them: {', '.join(queries)}")
    return queries[name]


def sparql_string(value: str) -> str:
    """``value`` as a SPARQL string literal (STRING_LITERAL_QUOTE with ECHAR escapes)."""
    out = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    out = out.replace("\t", "\\t").replace("\b", "\\b").replace("\f", "\\f")
    return f'"{out}"'


def sparql_term(value: str, type_: str) -> str:
    """A parameter value as a SPARQL term of ``type_``; raises QueryParamError if it does not fit."""
    if type_ == "string":
        return sparql_string(value)
    if type_ == "date":
        import datetime

        full = value + {4: "-01-01", 7: "-01"}.get(len(value), "")
        try:
            ok = bool(re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value)) and bool(datetime.date.fromisoformat(full))
        except ValueError:
            ok = False
        if not ok:
            raise QueryParamError(f"{value!r} is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)")
        dt = {10: "date", 7: "gYearMonth", 4: "gYear"}[len(value)]
        return f'"{value}"^^<{XSD}{dt}>'
    if type_ == "integer":
        if not re.fullmatch(r"[+-]?\d+", value):
            raise QueryParamError(f"{value!r} is not an integer")
        return f'"{value}"^^<{XSD}integer>'
    if type_ == "decimal":
        if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", value):
            raise QueryParamError(f"{value!r} is not a decimal number")
        return f'"{value}"^^<{XSD}decimal>'
    if type_ == "iri":
        iri = value[1:-1] if value.startswith("<") and value.endswith(">") else value
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*", iri):
            raise QueryParamError(f"{value!r} is not an absolute IRI")
        return f"<{iri}>"
    raise QueryParamError(f"unknown parameter type {type_!r}")


def bind_params(text: str, values: Mapping[str, str]) -> str:
    """Fill the ``VALUES ?name { UNDEF }`` slots of ``text`` with escaped ``values``."""
    declared = declared_params(text)
    for name, value in values.items():
        if name not in declared:
            known = ", ".join(declared) or "none"
            raise QueryParamError(f"the query has no parameter {name!r} (its parameters: {known}); "
                                  f"a query declares one with the line 'VALUES ?{name} {{ UNDEF }}'")
        term = sparql_term(value, declared[name].type)
        pattern = re.compile(_VALUES_UNDEF.format(name=re.escape(name)))
        text = pattern.sub(lambda _m: f"VALUES ?{name} {{ {term} }}", text)
    return text


# ---------------------------------------------------------------- running queries

_POS = re.compile(r"error at (\d+):(\d+)(?:-\d+:\d+)?:\s*")


def _syntax_message(e: Exception, origin: str, text: str = "") -> str:
    """Oxigraph's message with its position as 'line L, column C', and that line of the
    query with a caret under the column."""
    msg = str(e)
    m = _POS.search(msg)
    if not m:
        return f"SPARQL syntax error in {origin}: {msg}"
    line, col = int(m.group(1)), int(m.group(2))
    out = f"SPARQL syntax error in {origin} at line {line}, column {col}: {msg[m.end():]}"
    lines = text.split("\n")
    if 1 <= line <= len(lines) and lines[line - 1].strip():
        src = lines[line - 1].replace("\t", " ")
        out += f"\n  {line:>4} | {src}\n       | {' ' * (col - 1)}^"
    return out


def run_query(store: ox.Store, sparql: str, params: Mapping[str, str] | None = None,
              origin: str = "the query"):
    """Run ``sparql`` on ``store`` (default graph = union of all articles) with ``params``
    bound; returns pyoxigraph QuerySolutions, QueryBoolean or QueryTriples."""
    text = bind_params(sparql, params or {})
    try:
        return store.query(text, prefixes=PREFIXES)
    except SyntaxError as e:
        raise QuerySyntaxError(_syntax_message(e, origin, text)) from e
    except (OSError, RuntimeError, ValueError) as e:
        raise KgError(f"query failed ({origin}): {e}") from e
