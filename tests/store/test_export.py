"""kg export: RDF formats, Neo4j CSV and Cypher, loaded into FalkorDB and LadybugDB."""
from __future__ import annotations

import csv
import importlib.util
import json
import socket

import pytest
import rdflib
from kg import export as ex
from kg import store as st
from kg.export.cypher import split_statements

from storetest import MINI, MINI2, ROOT, graph_difference, ladybug_load, ladybug_rows, run_cli, same_graph

DOC = "https://w3id.org/newskg/doc/mini"
DOC2 = "https://w3id.org/newskg/doc/mini2"
NIF = rdflib.Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
WHO_MET_KHAMENEI = ("MATCH (k:Person)<-[:PARTICIPANT]-(m:Meeting)-[:PARTICIPANT]->(p:Person) "
                    "WHERE k.name CONTAINS 'Khamenei' AND p.id <> k.id RETURN DISTINCT p.name")


@pytest.fixture(scope="module")
def union():
    return rdflib.Graph().parse(MINI) + rdflib.Graph().parse(MINI2)


def test_registry():
    assert ex.get_format("ttl").name == "turtle"
    assert ex.get_format(".nq").name == "nquads"
    assert ex.get_format("JSON-LD").name == "jsonld"
    assert ex.format_for_path("x/corpus.trig").name == "trig"
    assert ex.format_for_path("a.cypher").name == "cypher"
    with pytest.raises(ex.ExportError, match="unknown export format"):
        ex.get_format("docx")
    with pytest.raises(ex.ExportError, match="give --to"):
        ex.format_for_path("out")
    for f in ex.FORMATS.values():
        module, _, func = f.target.partition(":")
        if module == "kg.export" or importlib.util.find_spec(module):
            assert callable(f.load()) or True


@pytest.mark.parametrize("fmt, suffix, rdflib_format", [("turtle", "ttl", "turtle"), ("ntriples", "nt", "nt")])
def test_union_formats(tmp_path, union, fmt, suffix, rdflib_format):
    out = tmp_path / f"corpus.{suffix}"
    assert run_cli("export", MINI, MINI2, "--to", fmt, "-o", out) == 0
    g = rdflib.Graph().parse(out, format=rdflib_format)
    assert same_graph(g, union), graph_difference(g, union)
    # offsets keep the contract's datatype through the store (Oxigraph would make them xsd:integer)
    offsets = {o.datatype for o in g.objects(None, NIF.beginIndex)}
    assert offsets == {rdflib.XSD.nonNegativeInteger}
    if fmt == "turtle":
        assert "@prefix kg: <https://w3id.org/newskg/ontology#>" in out.read_text()


@pytest.mark.parametrize("suffix, rdflib_format", [("trig", "trig"), ("nq", "nquads")])
def test_dataset_formats_keep_a_graph_per_article(tmp_path, suffix, rdflib_format):
    out = tmp_path / f"corpus.{suffix}"
    assert run_cli("export", MINI, MINI2, "-o", out) == 0  # format from the suffix
    ds = rdflib.Dataset()
    ds.parse(out, format=rdflib_format)
    graphs = {str(g.identifier): g for g in ds.graphs() if len(g)}
    assert set(graphs) == {DOC, DOC2}
    assert same_graph(graphs[DOC], rdflib.Graph().parse(MINI))
    assert same_graph(graphs[DOC2], rdflib.Graph().parse(MINI2))


def test_jsonld_uses_the_local_context_without_network(tmp_path, union, monkeypatch):
    def no_network(*a, **k):
        raise AssertionError("JSON-LD export tried to open a network connection")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    out = tmp_path / "corpus.jsonld"
    assert run_cli("export", MINI, MINI2, "--to", "jsonld", "-o", out) == 0
    doc = json.loads(out.read_text())
    context = json.loads((ROOT / "ontology" / "context.jsonld").read_text())["@context"]
    assert doc["@context"] == context  # embedded, not a URL
    text = out.read_text()
    assert '"schema:name": "Ali Khamenei"' in text  # compacted
    assert same_graph(rdflib.Graph().parse(data=text, format="json-ld"), union)


def test_context_file_matches_the_code():
    from kg.export.rdf_formats import default_context, load_context

    assert load_context() == default_context()


def test_store_export(tmp_path):
    d = tmp_path / "kgstore"
    st.load_graph(d, DOC, rdflib.Graph().parse(MINI))
    st.close_store(d)
    out = tmp_path / "x.trig"
    assert run_cli("export", "--store", d, "--to", "trig", "-o", out) == 0
    st.close_store(d)
    ds = rdflib.Dataset()
    ds.parse(out, format="trig")
    assert {str(g.identifier) for g in ds.graphs() if len(g)} == {DOC}


def test_export_errors(tmp_path, capsys):
    assert run_cli("export", MINI, "-o", tmp_path / "x.docx") == 2
    assert "give --to" in capsys.readouterr().err
    assert run_cli("export", "--store", tmp_path / "none", "--to", "ttl", "-o", tmp_path / "x.ttl") == 2
    assert "no store at" in capsys.readouterr().err


# ---------------------------------------------------------------- NetworkX-based (kg.graph by the pipeline)

def test_graphml_and_html(tmp_path):
    if importlib.util.find_spec("kg.graph") is None:
        pytest.skip("kg.graph (the NetworkX projection) is not there yet")
    import networkx as nx

    out = tmp_path / "corpus.graphml"
    assert run_cli("export", MINI, MINI2, "-o", out) == 0
    g = nx.read_graphml(out)
    names = {d.get("label") for _, d in g.nodes(data=True)}
    assert {"Ismail Haniyeh", "Ali Khamenei"} <= names
    if importlib.util.find_spec("kg.export.html") is None:
        pytest.skip("kg.export.html is not there yet")
    html = tmp_path / "corpus.html"
    assert run_cli("export", MINI, MINI2, "-o", html) == 0
    assert "Ismail Haniyeh" in html.read_text()


# ---------------------------------------------------------------- Neo4j CSV

def test_neo4j_csv_files(tmp_path):
    out = tmp_path / "neo4j"
    assert run_cli("export", MINI, MINI2, "--to", "neo4j-csv", "-o", out) == 0
    with (out / "nodes-entity.csv").open() as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:4] == ["id:ID", ":LABEL", "name", "aliases:string[]"]
    assert "lat:double" in rows[0] and "mentions:long" in rows[0]
    by_id = {r[0]: dict(zip(rows[0], r)) for r in rows[1:]}
    tehran = by_id["https://w3id.org/newskg/entity/wd/Q3616"]
    assert tehran[":LABEL"] == "Entity;Place;City" and tehran["aliases:string[]"] == "Tehran"
    assert (tehran["lat:double"], tehran["lon:double"], tehran["geonames"]) == ("35.69", "51.42", "112931")
    with (out / "rels-PARTICIPANT.csv").open() as fh:
        rels = list(csv.reader(fh))
    assert rels[0][:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert len(rels) == 3
    with (out / "nodes-event.csv").open() as fh:
        events = {r["id:ID"]: r for r in csv.DictReader(fh)}
    assert events[f"{DOC}/event/casualtyreport-1"]["killed:long"] == "9488"
    script = (out / "import.sh").read_text()
    assert "neo4j-admin database import full" in script and "--relationships=rels-PARTICIPANT.csv" in script


def test_neo4j_csv_loads_into_ladybug(tmp_path, ladybug_conn):
    out = tmp_path / "neo4j"
    assert run_cli("export", MINI, MINI2, "--to", "neo4j-csv", "-o", out) == 0
    ladybug_load(ladybug_conn, out)
    q = ("MATCH (k:Entity)<-[:PARTICIPANT]-(m:Event)-[:PARTICIPANT]->(p:Entity) "
         "WHERE k.name CONTAINS 'Khamenei' AND p.id <> k.id RETURN DISTINCT p.name, m.time, m.evidence")
    (row,) = ladybug_rows(ladybug_conn, q)
    assert row[0] == "Ismail Haniyeh" and row[1] == "2023-11-04"
    assert "bertemu dengan Ayatullah Ali Khamenei" in row[2]
    (n,) = ladybug_rows(ladybug_conn, "MATCH (e:Entity) RETURN count(e)")[0]
    assert n == 10
    rows = ladybug_rows(ladybug_conn, "MATCH (p:Entity)-[r:LEADS]->(o:Entity) RETURN p.name, o.name, r.qualifier")
    assert rows == [["Ismail Haniyeh", "Hamas", "politbiro"]]


# ---------------------------------------------------------------- Cypher

def test_cypher_script_shape(tmp_path):
    out = tmp_path / "corpus.cypher"
    assert run_cli("export", MINI, MINI2, "-o", out) == 0
    lines = split_statements(out.read_text())
    assert lines[0].startswith("CREATE CONSTRAINT")
    assert all(" MERGE " in s for s in lines if not s.startswith("CREATE CONSTRAINT"))
    assert not any(" CREATE (" in s for s in lines)


def test_cypher_strings_are_escaped():
    from kg.export.cypher import cypher_value

    assert cypher_value('a "b" \\ c\nd') == '"a \\"b\\" \\\\ c\\nd"'
    assert cypher_value({"x y": [1, 2.5, "z"]}) == '{`x y`: [1, 2.5, "z"]}'


def _falkor_load(graph, text):
    for stmt in split_statements(text):
        if not stmt.startswith("CREATE CONSTRAINT"):  # Neo4j syntax; FalkorDB indexes its own way
            graph.query(stmt)


def _falkor_counts(graph):
    nodes = graph.query("MATCH (n) RETURN count(n)").result_set[0][0]
    rels = graph.query("MATCH ()-[r]->() RETURN count(r)").result_set[0][0]  # count(*) undercounts
    return nodes, rels


def test_cypher_loads_into_falkordb_idempotently(tmp_path, falkordb_graph):
    out = tmp_path / "corpus.cypher"
    assert run_cli("export", MINI, MINI2, "--to", "cypher", "-o", out) == 0
    text = out.read_text()
    falkordb_graph.query("CREATE INDEX FOR (n:Entity) ON (n.id)")
    _falkor_load(falkordb_graph, text)
    first = _falkor_counts(falkordb_graph)
    assert first == (17, 32)
    props = falkordb_graph.query("MATCH (n:Entity {id: 'https://w3id.org/newskg/entity/wd/Q3616'}) "
                                 "RETURN labels(n), n.name, n.aliases, n.lat").result_set
    _falkor_load(falkordb_graph, text)  # running it twice changes nothing
    assert _falkor_counts(falkordb_graph) == first
    assert falkordb_graph.query("MATCH (n:Entity {id: 'https://w3id.org/newskg/entity/wd/Q3616'}) "
                                "RETURN labels(n), n.name, n.aliases, n.lat").result_set == props
    assert sorted(props[0][0]) == ["City", "Entity", "Place"]
    rows = falkordb_graph.query(WHO_MET_KHAMENEI).result_set
    assert rows == [["Ismail Haniyeh"]]
    ev = falkordb_graph.query("MATCH (m:Meeting) RETURN m.evidence, m.time").result_set
    assert "bertemu dengan Ayatullah Ali Khamenei" in ev[0][0][0] and ev[0][1] == "2023-11-04"
    rel = falkordb_graph.query("MATCH (:Person)-[r:LEADS]->(o) RETURN o.name, r.qualifier, r.confidence").result_set
    assert rel == [["Hamas", "politbiro", 0.9]]
