"""kg push against real servers: Oxigraph (Graph Store PUT and SPARQL Update) and Virtuoso."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib

from kg import push as pu
from kg import store as st

from storetest import MINI, MINI2, free_port, graph_difference, run_cli, run_kg, same_graph, term

DOC = "https://w3id.org/newskg/doc/mini"
DOC2 = "https://w3id.org/newskg/doc/mini2"
GRAPHS = {DOC: MINI, DOC2: MINI2}


def remote_graph(server, graph_iri: str, normalize=None) -> rdflib.Graph:
    """The triples of ``graph_iri`` on the server, read back by SPARQL."""
    g = rdflib.Graph()
    for row in server.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}"):
        t = (term(row["s"]), term(row["p"]), term(row["o"]))
        g.add(normalize(t) if normalize else t)
    return g


def remote_count(server) -> int:
    rows = server.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                         "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/newskg/')) }")
    return int(rows[0]["n"]["value"])


def assert_pushed(server, normalize=None):
    for iri, path in GRAPHS.items():
        local, remote = rdflib.Graph().parse(path), remote_graph(server, iri, normalize)
        assert len(remote) == len(local), iri
        assert same_graph(remote, local), graph_difference(remote, local)


# ---------------------------------------------------------------- pieces

def test_server_message_strips_html():
    body = (b'<!DOCTYPE HTML><html><head><title>SPARQL request failed</title></head><body>'
            b'<h1>HTTP/1.1 500 Request Failed</h1><h3>Error 22023</h3><xmp>The request &amp; such</xmp></body></html>')
    assert pu.server_message(body, "text/html") == "HTTP/1.1 500 Request Failed Error 22023 The request & such"
    assert pu.server_message(b"plain\n  text", "text/plain") == "plain text"


def test_blank_node_groups_stay_together():
    b1, b2 = ox.BlankNode("x"), ox.BlankNode("y")
    a, p = ox.NamedNode("http://ex/a"), ox.NamedNode("http://ex/p")
    triples = [ox.Triple(a, p, ox.Literal(str(i))) for i in range(5)]
    triples += [ox.Triple(a, p, b1), ox.Triple(b1, p, b2), ox.Triple(b2, p, ox.Literal("z"))]
    chunks = pu.bnode_chunks(triples, 2)
    assert sum(len(c) for c in chunks) == len(triples)
    with_b = [c for c in chunks if any(isinstance(t.object, ox.BlankNode) or isinstance(t.subject, ox.BlankNode)
                                       for t in c)]
    assert len(with_b) == 1 and len(with_b[0]) == 3


def test_endpoint_must_be_http():
    with pytest.raises(pu.PushError, match="not an http"):
        pu.endpoint_url("ftp://x/store")
    assert pu.endpoint_url("http://h:1", "/sparql-graph-crud-auth") == "http://h:1/sparql-graph-crud-auth"


def test_unreachable_endpoint_exits_2():
    url = f"http://127.0.0.1:{free_port()}/store"
    r = run_kg("push", MINI, "--endpoint", url)
    assert r.returncode == 2
    assert r.stderr.startswith(f"Error: cannot reach {url}?graph=")
    assert "refused" in r.stderr.lower()


# ---------------------------------------------------------------- Oxigraph server

def test_push_graph_store_to_oxigraph(oxigraph, capsys):
    assert run_cli("push", MINI, MINI2, "--endpoint", oxigraph.store_url) == 0
    assert "pushed 2 graph(s), 317 triples" in capsys.readouterr().err
    assert_pushed(oxigraph)
    count = remote_count(oxigraph)
    assert count == 317
    assert run_cli("push", MINI, MINI2, "--endpoint", oxigraph.base, "--graph-store-path", "/store", "-q") == 0
    assert remote_count(oxigraph) == count  # pushing twice changes nothing
    assert_pushed(oxigraph)


def test_push_update_to_oxigraph(oxigraph):
    assert run_cli("push", MINI, MINI2, "--update", "--chunk-size", "40", "--endpoint", oxigraph.update_url) == 0
    assert_pushed(oxigraph)
    assert run_cli("push", MINI, MINI2, "--update", "--endpoint", oxigraph.update_url) == 0
    assert remote_count(oxigraph) == 317
    assert_pushed(oxigraph)


def test_push_replaces_a_changed_article(oxigraph, tmp_path):
    d = tmp_path / "kgstore"
    full = rdflib.Graph().parse(MINI)
    st.load_graph(d, DOC, full)
    st.close_store(d)
    assert run_cli("push", "--store", d, "--endpoint", oxigraph.store_url, "-q") == 0
    smaller = rdflib.Graph()
    for t in sorted(full)[:50]:
        smaller.add(t)
    st.load_graph(d, DOC, smaller)  # the article was re-built
    st.close_store(d)
    assert run_cli("push", "--store", d, "--endpoint", oxigraph.store_url, "-q") == 0
    assert remote_count(oxigraph) == 50
    st.close_store(d)


def test_push_only_some_graphs(oxigraph, capsys):
    assert run_cli("push", MINI, MINI2, "--graph", DOC2, "--endpoint", oxigraph.store_url, "-q") == 0
    assert remote_count(oxigraph) == 81
    assert run_cli("push", MINI, "--graph", "http://nope", "--endpoint", oxigraph.store_url) == 2
    assert "no such graph" in capsys.readouterr().err


def test_http_error_carries_the_server_message(oxigraph, capsys):
    assert run_cli("push", MINI, "--endpoint", oxigraph.base + "/nowhere") == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"Error: PUT {oxigraph.base}/nowhere?graph=") and "HTTP 404" in err
    assert "\n" not in err


def test_bearer_token_is_sent(oxigraph, monkeypatch):
    seen = {}
    real = pu.urllib.request.OpenerDirector.open

    def spy(self, req, *a, **k):
        seen["auth"] = req.get_header("Authorization")
        return real(self, req, *a, **k)

    monkeypatch.setattr(pu.urllib.request.OpenerDirector, "open", spy)
    monkeypatch.setenv("KG_PUSH_TOKEN", "s3cret")
    assert run_cli("push", MINI2, "--endpoint", oxigraph.store_url, "-q") == 0
    assert seen["auth"] == "Bearer s3cret"


# ---------------------------------------------------------------- Virtuoso

VIRTRDF_GEOMETRY = "http://www.openlinksw.com/schemas/virtrdf#Geometry"
WKT = "http://www.opengis.net/ont/geosparql#wktLiteral"


def virtuoso_normalize(t):
    """Virtuoso quirk: a geo:wktLiteral comes back as virtrdf:Geometry with coordinates in
    single precision ("POINT(51.42 35.69)" -> "POINT(51.419998168945 35.689998626709)")."""
    s, p, o = t
    if isinstance(o, rdflib.Literal) and str(o.datatype) == VIRTRDF_GEOMETRY:
        import re

        nums = [round(float(x), 4) for x in re.findall(r"-?\d+(?:\.\d+)?", str(o))]
        o = rdflib.Literal(f"POINT({nums[0]:g} {nums[1]:g})", datatype=rdflib.URIRef(WKT))
    return s, p, o


def test_push_graph_store_to_virtuoso(virtuoso, monkeypatch):
    for k, v in virtuoso.env().items():
        monkeypatch.setenv(k, v)
    assert run_cli("push", MINI, MINI2, "--endpoint", virtuoso.graph_store_url, "-q") == 0  # Digest auth
    assert_pushed(virtuoso, virtuoso_normalize)
    count = remote_count(virtuoso)
    assert count == 317
    assert run_cli("push", MINI, MINI2, "--endpoint", virtuoso.base, "--graph-store-path",
                   "/sparql-graph-crud-auth", "-q") == 0
    assert remote_count(virtuoso) == count


def test_push_update_to_virtuoso(virtuoso, monkeypatch):
    for k, v in virtuoso.env().items():
        monkeypatch.setenv(k, v)
    # chunks with blank nodes go as INSERT {...} WHERE {} (Virtuoso refuses them in INSERT DATA)
    assert run_cli("push", MINI, MINI2, "--update", "--chunk-size", "40", "--endpoint", virtuoso.update_url,
                   "-q") == 0
    assert_pushed(virtuoso, virtuoso_normalize)
    assert run_cli("push", MINI, MINI2, "--update", "--endpoint", virtuoso.update_url, "-q") == 0
    assert remote_count(virtuoso) == 317


def test_virtuoso_errors_are_one_clean_line(virtuoso, monkeypatch, tmp_path):
    r = run_kg("push", MINI2, "--endpoint", virtuoso.graph_store_url)  # no credentials
    assert r.returncode == 2
    assert "HTTP 401" in r.stderr and "KG_PUSH_USER" in r.stderr
    r = run_kg("push", MINI2, "--endpoint", virtuoso.graph_store_url,
               env={"KG_PUSH_USER": "dba", "KG_PUSH_PASSWORD": "wrong"})
    assert r.returncode == 2 and "HTTP 401" in r.stderr
    # Virtuoso's Graph Store refuses the default graph with an HTML page: we give its text
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://ex/a"), ox.NamedNode("http://ex/p"), ox.Literal("1"), ox.DefaultGraph()))
    with pytest.raises(pu.PushError) as e:
        pu.push(store, virtuoso.graph_store_url, env=virtuoso.env(), include_default=True)
    msg = str(e.value)
    assert "HTTP 500" in msg and "not configured to have default graph" in msg
    assert "<" not in msg.split("failed:", 1)[1] and "\n" not in msg  # no HTML, one line
