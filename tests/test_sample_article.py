"""The sample article end to end: the facts the issue lists, the output contract, and fresh output/ files."""

import networkx as nx
import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, to_isomorphic

from kgtest import ROOT, SAMPLE, assert_outputs_valid, run_kg
from kg.evaluate import evaluate, report

GOLD = ROOT / "tests" / "gold" / "haniyeh-tehran.id.json"
OUTPUT = ROOT / "output"
PREFIXES = """
PREFIX schema: <https://schema.org/>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX kg: <https://w3id.org/newskg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    r = run_kg("build", SAMPLE, "-o", out, "--published", "2023-11-05")
    assert r.returncode == 0, r.stderr.decode()
    assert_outputs_valid(out)
    return out


def _rows(g, query):
    return list(g.query(PREFIXES + query))


def test_kg_eval_reports_every_fact_and_nothing_else(built):
    scores = evaluate(GOLD, built / "haniyeh-tehran.id.ttl")
    text = report(scores)
    for s in scores:
        assert (s.precision, s.recall) == (1.0, 1.0), text


def test_kg_eval_command_prints_the_table(built):
    r = run_kg("eval", GOLD, built / "haniyeh-tehran.id.ttl")
    assert r.returncode == 0
    assert "entities             1.000   1.000  1.000" in r.stdout.decode()


def test_every_entity_has_its_base_type_and_one_name(sample_result):
    g = sample_result.rdf
    for (entity,) in _rows(g, "SELECT DISTINCT ?e WHERE { ?m itsrdf:taIdentRef ?e }"):
        types = set(g.objects(entity, g.namespace_manager.expand_curie("rdf:type")))
        assert types & {g.namespace_manager.expand_curie(f"schema:{t}") for t in ("Person", "Organization", "Place")}
        assert len(list(g.objects(entity, g.namespace_manager.expand_curie("schema:name")))) == 1


def test_offsets_slice_back_and_is_string_is_the_input_as_read(sample_result):
    g = sample_result.rdf
    [(text,)] = _rows(g, "SELECT ?t WHERE { ?d a nif:Context ; nif:isString ?t }")
    assert str(text) == SAMPLE.read_text(encoding="utf-8")
    rows = _rows(g, "SELECT ?a ?b ?e WHERE { ?m itsrdf:taIdentRef ?x ; nif:anchorOf ?a ; nif:beginIndex ?b ; nif:endIndex ?e }")
    assert len(rows) > 40
    for anchor, b, e in rows:
        assert str(text)[int(b):int(e)] == str(anchor)


def test_evidence_of_relations_and_events_is_reachable_by_sparql(sample_result):
    g = sample_result.rdf
    rows = _rows(g, """SELECT ?sentence ?conf ?who WHERE {
        ?a a kg:RelationAssertion ; rdf:subject ?s ; rdf:predicate kg:leads ; rdf:object ?o ;
           prov:wasDerivedFrom/nif:anchorOf ?sentence ; kg:confidence ?conf ; prov:wasAttributedTo ?who .
        ?s schema:name "Ismail Haniyeh" . ?o schema:name "Hamas" }""")
    assert rows and "pemimpin politiknya Ismail Haniyeh" in str(rows[0][0])
    assert 0 <= float(rows[0][1]) <= 1
    rows = _rows(g, """SELECT ?ev (COUNT(DISTINCT ?sentence) AS ?n) WHERE {
        ?ev a kg:Meeting ; prov:wasDerivedFrom ?sentence } GROUP BY ?ev""")
    assert sorted(int(n) for _, n in rows) == [1, 3]   # the recent meeting is told in three sentences


def test_numbers_are_typed(sample_result):
    rows = _rows(sample_result.rdf, "SELECT ?n WHERE { ?e a kg:CasualtyReport ; kg:killed ?n }")
    assert [(r[0].toPython(), str(r[0].datatype)) for r in rows] == [(9488, "http://www.w3.org/2001/XMLSchema#integer")]


def test_publisher_and_dateline(sample_result):
    rows = _rows(sample_result.rdf, """SELECT ?pub ?place WHERE { ?d a schema:NewsArticle ;
        schema:publisher/schema:name ?pub ; kg:datelinePlace/schema:alternateName|kg:datelinePlace/schema:name ?place }""")
    assert ("Purna Warta", "Tehran") in {(str(a), str(b)) for a, b in rows}


def test_networkx_projection(sample_result):
    G = sample_result.graph
    by_label = {d["label"]: n for n, d in G.nodes(data=True)}
    haniyeh, hamas = by_label["Ismail Haniyeh"], by_label["Hamas"]
    assert G.nodes[haniyeh]["type"] == "Person" and "Haniyah" in G.nodes[haniyeh]["aliases"]
    assert "leads" in G[haniyeh][hamas]
    events = [n for n, d in G.nodes(data=True) if d["type"] == "Event"]
    assert len(events) == 9
    assert any(d["label"] == "participant" for _, _, d in G.out_edges(events, data=True))


def test_output_folder_is_fresh(built):
    """output/ must be what 'scripts/run-sample.sh' makes today; regenerate it with that command."""
    for suffix in ("ttl", "graphml", "html"):
        committed, fresh = OUTPUT / f"haniyeh-tehran.id.{suffix}", built / f"haniyeh-tehran.id.{suffix}"
        assert committed.exists(), f"{committed} is missing: run scripts/run-sample.sh"
        if suffix == "ttl":
            a, b = to_isomorphic(Graph().parse(committed)), to_isomorphic(Graph().parse(fresh))
            if a != b:
                _, stale, new = graph_diff(a, b)
                pytest.fail(f"output/ is stale (run scripts/run-sample.sh): {len(stale)} triples gone, "
                            f"{len(new)} new, e.g. {sorted(new)[:3]}")
        elif suffix == "graphml":
            assert nx.utils.graphs_equal(nx.read_graphml(committed), nx.read_graphml(fresh)), "stale GraphML"
        else:
            assert committed.read_bytes() == fresh.read_bytes(), "stale HTML: run scripts/run-sample.sh"


def test_build_is_deterministic(built, tmp_path):
    r = run_kg("build", SAMPLE, "-o", tmp_path, "--published", "2023-11-05")
    assert r.returncode == 0
    for suffix in ("ttl", "graphml", "html"):
        name = f"haniyeh-tehran.id.{suffix}"
        assert (tmp_path / name).read_bytes() == (built / name).read_bytes(), name


def test_without_publication_date_only_weekday_dates_get_a_year_and_say_so():
    import kg
    result = kg.build(SAMPLE.read_text(encoding="utf-8"), doc_id="nodate", config=kg.Config(use_model=False))
    rows = _rows(result.rdf, """SELECT ?t ?inferred WHERE { ?e a kg:Statement ; sem:hasTimeStamp ?t ;
        kg:yearInferred ?inferred }""")
    assert [(str(t), bool(i.toPython())) for t, i in rows] == [("2023-11-04", True)]
    # "7 Oktober" and "akhir Juni" have no weekday: no year is invented for them
    assert not _rows(result.rdf, "SELECT ?t WHERE { ?e sem:hasBeginTimeStamp ?t }")
    assert not _rows(result.rdf, "SELECT ?t WHERE { ?e a kg:Meeting ; sem:hasTimeStamp ?t }")
