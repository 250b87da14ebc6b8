"""Helpers of tests/store (constants, servers' plumbing, graph comparison); fixtures are in conftest.py."""
from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
MINI = FIXTURES / "mini.ttl"
MINI2 = FIXTURES / "mini2.ttl"
ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "output" / "haniyeh-tehran.id.ttl"
STRICT = os.environ.get("KG_STRICT") == "1"
VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")


def missing(reason: str):
    """Skip (or, with KG_STRICT=1, fail) because something the test needs is not installed."""
    if STRICT:
        pytest.fail(f"KG_STRICT=1 and {reason}", pytrace=False)
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, proc: subprocess.Popen, timeout: float, log: Path | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            text = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
            raise RuntimeError(f"server exited with {proc.returncode}: {text}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"server did not listen on 127.0.0.1:{port} within {timeout}s")


def stop(proc: subprocess.Popen, timeout: float = 20) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def find_binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else None


def http(method: str, url: str, body: bytes | None = None, headers: dict | None = None,
         timeout: float = 30) -> tuple[int, bytes]:
    req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


# ---------------------------------------------------------------- Oxigraph server

@dataclass
class Oxigraph:
    base: str
    proc: subprocess.Popen

    @property
    def store_url(self) -> str:
        return self.base + "/store"

    @property
    def update_url(self) -> str:
        return self.base + "/update"

    def update(self, text: str) -> None:
        status, body = http("POST", self.update_url, text.encode(), {"Content-Type": "application/sparql-update"})
        assert status in (200, 204), body

    def select(self, query: str) -> list[dict]:
        import json

        status, body = http("POST", self.base + "/query", query.encode(),
                            {"Content-Type": "application/sparql-query",
                             "Accept": "application/sparql-results+json"})
        assert status == 200, body
        return json.loads(body)["results"]["bindings"]


# ---------------------------------------------------------------- Virtuoso

@dataclass
class Virtuoso:
    base: str
    isql_port: int
    proc: subprocess.Popen
    user: str = "dba"
    password: str = "dba"

    @property
    def graph_store_url(self) -> str:
        return self.base + "/sparql-graph-crud-auth"

    @property
    def update_url(self) -> str:
        return self.base + "/sparql-auth"

    def env(self) -> dict:
        return {"KG_PUSH_USER": self.user, "KG_PUSH_PASSWORD": self.password}

    def select(self, query: str) -> list[dict]:
        import json
        import urllib.parse

        url = self.base + "/sparql?" + urllib.parse.urlencode({"query": query})
        status, body = http("GET", url, headers={"Accept": "application/sparql-results+json"})
        assert status == 200, body[:2000]
        return json.loads(body)["results"]["bindings"]

    def drop_newskg_graphs(self) -> None:
        from kg.push import Client

        client = Client(env=self.env())
        for row in self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                               "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/newskg/')) }"):
            g = row["g"]["value"]
            client.request("POST", self.update_url, f"DROP SILENT GRAPH <{g}>".encode(),
                           "application/sparql-update", "cleanup")


def virtuoso_ini(template: str, folder: Path, sql_port: int, http_port: int) -> str:
    """The Debian virtuoso.ini with database files in ``folder``, servers on loopback
    ports and ``folder`` allowed."""
    out, section = [], ""
    for line in template.splitlines():
        m = re.match(r"\s*\[([^\]]+)\]", line)
        if m:
            section = m.group(1)
        key = line.split("=", 1)[0].strip() if "=" in line and not line.lstrip().startswith(";") else ""
        if key in ("DatabaseFile", "ErrorLogFile", "LockFile", "TransactionFile", "xa_persistent_file"):
            value = line.split("=", 1)[1].split(";")[0].strip()
            line = f"{key} = {folder / Path(value).name}"
        elif key == "ServerPort" and section == "Parameters":
            line = f"ServerPort = 127.0.0.1:{sql_port}"
        elif key == "ServerPort" and section == "HTTPServer":
            line = f"ServerPort = 127.0.0.1:{http_port}"
        elif key == "DirsAllowed":
            line = line.rstrip() + f", {folder}"
        elif key in ("NumberOfBuffers",):
            line = "NumberOfBuffers = 20000"
        elif key in ("MaxDirtyBuffers",):
            line = "MaxDirtyBuffers = 15000"
        out.append(line)
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- FalkorDB


# ---------------------------------------------------------------- LadybugDB / Kùzu


# ---------------------------------------------------------------- helpers


def run_cli(*argv) -> int:
    from kg.cli import main

    return main([str(a) for a in argv])


def run_kg(*argv, env=None, input_=None) -> subprocess.CompletedProcess:
    """The real command line in a child process."""
    full_env = dict(os.environ)
    full_env["PYTHONPATH"] = str(ROOT) + os.pathsep + full_env.get("PYTHONPATH", "")
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "kg", *map(str, argv)], capture_output=True, text=True,
                          env=full_env, cwd=ROOT, timeout=300)


XSD = "http://www.w3.org/2001/XMLSchema#"
INTEGER_TYPES = {XSD + t for t in ("integer", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
                                   "negativeInteger", "long", "int", "short", "byte", "unsignedLong",
                                   "unsignedInt", "unsignedShort", "unsignedByte")}


def canonical_term(term):
    """A literal in canonical form: what a store gives back for the same value.

    Oxigraph (embedded and server) and Virtuoso keep numbers as values: "1.0"^^xsd:decimal
    comes back as "1", and integer-derived types as xsd:integer. Comparisons of local
    and pushed graphs are made on these canonical forms.
    """
    from decimal import Decimal

    import rdflib

    if not isinstance(term, rdflib.Literal) or term.datatype is None:
        return term
    dt, text = str(term.datatype), str(term)
    if dt in INTEGER_TYPES:
        return rdflib.Literal(str(int(text)), datatype=rdflib.URIRef(XSD + "integer"))
    if dt == XSD + "decimal":
        value = Decimal(text)
        if value == value.to_integral_value():
            return rdflib.Literal(str(int(value)), datatype=rdflib.URIRef(XSD + "integer"))
        return rdflib.Literal(format(value.normalize(), "f"), datatype=rdflib.URIRef(XSD + "decimal"))
    return term


def canonical(graph):
    import rdflib

    out = rdflib.Graph()
    for s, p, o in graph:
        out.add((s, p, canonical_term(o)))
    return out


def same_graph(a, b) -> bool:
    from rdflib.compare import isomorphic

    return isomorphic(canonical(a), canonical(b))


def graph_difference(a, b) -> str:
    from rdflib.compare import graph_diff, to_isomorphic

    _, only_a, only_b = graph_diff(to_isomorphic(canonical(a)), to_isomorphic(canonical(b)))
    lines = [f"- {t}" for t in sorted(only_a)[:10]] + [f"+ {t}" for t in sorted(only_b)[:10]]
    return "\n".join(lines)


# ---------------------------------------------------------------- loading the Neo4j CSV export into LadybugDB

def ladybug_load(conn, folder):
    """Create Kùzu-style tables from the CSV headers and COPY the files in."""
    import csv

    kuzu_type = {"string": "STRING", "string[]": "STRING", "double": "DOUBLE", "long": "INT64"}

    def columns(path):
        with path.open() as fh:
            header = next(csv.reader(fh))
        out = []
        for col in header:
            name, _, type_ = col.partition(":")
            out.append((name or type_, kuzu_type.get(type_, "STRING")))
        return out

    for group in ("Entity", "Event", "Document"):
        cols = columns(folder / f"nodes-{group.lower()}.csv")
        defs = ", ".join(f"{n if n != 'LABEL' else 'labels'} {t}" for n, t in cols[1:])
        conn.execute(f"CREATE NODE TABLE {group}(id STRING PRIMARY KEY, {defs})")
        conn.execute(f"COPY {group} FROM '{folder / f'nodes-{group.lower()}.csv'}' (HEADER=true)")
    groups = {}
    for path in (folder / "nodes-entity.csv", folder / "nodes-event.csv", folder / "nodes-document.csv"):
        with path.open() as fh:
            for row in csv.DictReader(fh):
                groups[row["id:ID"]] = row[":LABEL"].split(";")[0]
    for path in sorted(folder.glob("rels-*.csv")):
        with path.open() as fh:
            rows = list(csv.DictReader(fh))
        (start, end), = {(groups[r[":START_ID"]], groups[r[":END_ID"]]) for r in rows}
        type_ = path.stem[len("rels-"):]
        cols = columns(path)[3:]
        defs = ", ".join(f"{n} {t}" for n, t in cols)
        conn.execute(f"CREATE REL TABLE {type_}(FROM {start} TO {end}, reltype STRING, {defs})")
        conn.execute(f"COPY {type_} FROM '{path}' (HEADER=true)")


def ladybug_rows(conn, query: str) -> list:
    result = conn.execute(query)
    out = []
    while result.has_next():
        out.append(result.get_next())
    return out


def term(b: dict):
    """An rdflib term from a SPARQL 1.1 JSON results binding."""
    import rdflib
    if b["type"] == "uri":
        return rdflib.URIRef(b["value"])
    if b["type"] == "bnode":
        return rdflib.BNode(b["value"])
    return rdflib.Literal(b["value"], lang=b.get("xml:lang"), datatype=b.get("datatype"))
