"""kg.store: the persistent store, reading files, parameters."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib

from kg import store as st
from kg.errors import KgError

from storetest import MINI, MINI2

DOC = "https://w3id.org/newskg/doc/mini"
DOC2 = "https://w3id.org/newskg/doc/mini2"
NIF = rdflib.Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")


def test_fixture_offsets_hold():
    """The fixtures follow the contract: isString[begin:end] == anchorOf for every mention and sentence."""
    for path in (MINI, MINI2):
        g = rdflib.Graph().parse(path)
        (doc, text), = g.subject_objects(NIF.isString)
        n = 0
        for m in g.subjects(NIF.anchorOf, None):
            begin, end = int(g.value(m, NIF.beginIndex)), int(g.value(m, NIF.endIndex))
            assert str(text)[begin:end] == str(g.value(m, NIF.anchorOf)), m
            n += 1
        assert n > 4


def count(store, graph=None) -> int:
    return sum(1 for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph() if graph is None
                                                   else ox.NamedNode(graph)))


def test_load_graph_replaces_the_named_graph(tmp_path):
    g = rdflib.Graph().parse(MINI)
    d = tmp_path / "kgstore"
    assert st.load_graph(d, DOC, g) == len(g)
    assert st.load_graph(d, DOC, g) == len(g)  # re-building the article
    store = st.open_store(d)
    assert count(store, DOC) == len(g)  # no duplicates
    assert count(store) == len(g)  # the union
    assert [n.value for n in store.named_graphs()] == [DOC]
    smaller = rdflib.Graph()
    for t in sorted(g)[:10]:
        smaller.add(t)
    st.load_graph(d, DOC, smaller)
    assert count(store, DOC) == 10 and count(store) == 10
    st.load_graph(d, DOC2, rdflib.Graph().parse(MINI2))
    assert {n.value for n in store.named_graphs()} == {DOC, DOC2}
    st.close_store(d)


def test_the_union_holds_each_triple_once(tmp_path):
    d = tmp_path / "kgstore"
    g1, g2 = rdflib.Graph().parse(MINI), rdflib.Graph().parse(MINI2)
    st.load_graph(d, DOC, g1)
    st.load_graph(d, DOC2, g2)
    store = st.open_store(d)
    assert count(store) == len(g1 + g2) < len(g1) + len(g2)
    haniyeh_name = (ox.NamedNode("https://w3id.org/newskg/entity/person/ismail-haniyeh"),
                    ox.NamedNode("https://schema.org/name"), ox.Literal("Ismail Haniyeh"))
    assert len(list(store.quads_for_pattern(*haniyeh_name, ox.DefaultGraph()))) == 1
    # mini2 re-built empty: mini still states Haniyeh's name, so the union keeps it
    st.load_graph(d, DOC2, rdflib.Graph())
    assert count(store) == len(g1)
    assert len(list(store.quads_for_pattern(*haniyeh_name, ox.DefaultGraph()))) == 1
    # queries see the union: one row per fact, not one per article
    res = st.run_query(store, "SELECT ?n WHERE { ?p schema:name ?n FILTER(CONTAINS(?n, 'Haniyeh')) }")
    assert [r["n"].value for r in res] == ["Ismail Haniyeh"]
    st.load_graph(d, DOC, rdflib.Graph())
    assert count(store) == 0
    st.close_store(d)


def test_store_persists_across_opens(tmp_path):
    d = tmp_path / "kgstore"
    st.load_graph(d, DOC, rdflib.Graph().parse(MINI))
    st.close_store(d)
    store = st.open_store(d)
    assert count(store, DOC) == 236 and count(store) == 236
    st.close_store(d)


def test_blank_nodes_of_articles_never_merge(tmp_path):
    ttl = "@prefix ex: <http://ex/> . ex:a ex:p _:b0 . _:b0 ex:q 1 ."
    g = rdflib.Graph().parse(data=ttl, format="turtle")
    d = tmp_path / "kgstore"
    st.load_graph(d, "http://ex/doc1", g)
    st.load_graph(d, "http://ex/doc2", g)
    store = st.open_store(d)
    bnodes = {q.object for q in store.quads_for_pattern(None, ox.NamedNode("http://ex/p"), None)}
    assert len(bnodes) == 2
    st.close_store(d)


def test_files_go_to_their_document_graph(tmp_path):
    store = st.open_sources(files=[MINI, MINI2])
    assert {n.value for n in store.named_graphs()} == {DOC, DOC2}
    # an entity stated by both articles is in both graphs
    haniyeh = ox.NamedNode("https://w3id.org/newskg/entity/person/ismail-haniyeh")
    graphs = {q.graph_name.value for q in store.quads_for_pattern(haniyeh, None, None)
              if isinstance(q.graph_name, ox.NamedNode)}
    assert graphs == {DOC, DOC2}


def test_file_without_a_document_goes_to_its_file_graph(tmp_path):
    f = tmp_path / "plain.ttl"
    f.write_text("<http://ex/a> <http://ex/p> [ <http://ex/q> 1 ] .\n")
    store = st.open_sources(files=[f, f])  # the same file twice is read once
    assert [n.value for n in store.named_graphs()] == [f.resolve().as_uri()]
    assert count(store) == 2


def test_trig_keeps_its_graphs(tmp_path):
    f = tmp_path / "x.trig"
    f.write_text("<http://ex/g1> { <http://ex/a> <http://ex/p> 1 } <http://ex/g2> { <http://ex/a> <http://ex/p> 2 }\n")
    store = st.open_sources(files=[f])
    assert {n.value for n in store.named_graphs()} == {"http://ex/g1", "http://ex/g2"}


@pytest.mark.parametrize("content, suffix, message", [
    ("<http://ex/a> <http://ex/p> .", ".ttl", "x.ttl"),
    ("whatever", ".txt", "unknown RDF file type"),
])
def test_bad_files_are_clear_errors(tmp_path, content, suffix, message):
    f = tmp_path / f"x{suffix}"
    f.write_text(content)
    with pytest.raises(KgError, match=message):
        st.open_sources(files=[f])


def test_missing_store_is_an_error(tmp_path):
    with pytest.raises(st.StoreError, match="no store at"):
        st.open_sources(tmp_path / "nope")
    with pytest.raises(st.StoreError, match="either"):
        st.open_sources(tmp_path, [MINI])
    with pytest.raises(st.StoreError, match="nothing to read"):
        st.open_sources()


def test_prefixes_cover_the_vocabulary():
    from kg.rdf.vocab import PREFIXES

    for prefix, ns in PREFIXES.items():
        assert st.PREFIXES[prefix] == ns


def test_to_rdflib_is_the_union():
    store = st.open_sources(files=[MINI, MINI2])
    g = st.to_rdflib(store)
    expected = rdflib.Graph().parse(MINI) + rdflib.Graph().parse(MINI2)
    assert len(g) == len(expected)  # shared triples once


# ---------------------------------------------------------------- parameters

def test_declared_params():
    q = st.named_query("events-at-place")
    assert {p: q.params[p].type for p in q.params} == {"place": "string", "from": "date", "to": "date"}
    assert all(q.description for q in st.named_queries().values())


@pytest.mark.parametrize("value", ['Hamas" } } DROP ALL #', "a\\b", "line\nbreak", 'x"; DELETE WHERE {?s ?p ?o}'])
def test_string_params_are_escaped(value):
    text = st.bind_params("SELECT ?o WHERE { VALUES ?o { UNDEF } }", {"o": value})
    store = ox.Store()
    rows = list(store.query(text))
    assert rows[0]["o"].value == value  # one literal, whatever it holds


@pytest.mark.parametrize("type_, value", [("date", "2023-13"), ("date", "yesterday"), ("integer", "1.5"),
                                           ("iri", "not an iri"), ("iri", "http://x/> . <y")])
def test_bad_typed_params(type_, value):
    with pytest.raises(st.QueryParamError):
        st.sparql_term(value, type_)


def test_date_params_are_typed():
    assert st.sparql_term("2023-11-04", "date").endswith("#date>")
    assert st.sparql_term("2023-11", "date").endswith("#gYearMonth>")
    assert st.sparql_term("<http://ex/a>", "iri") == "<http://ex/a>"


def test_unknown_param_lists_the_known_ones():
    with pytest.raises(st.QueryParamError, match="its parameters: person"):
        st.bind_params(st.named_query("who-met-whom").text, {"persn": "x"})


def test_syntax_error_has_line_and_column():
    with pytest.raises(st.QuerySyntaxError, match=r"at line 3, column 15: .*\n     3 |   \?x <bad iri> \?z\n"
                                                   r"       \|               \^"):
        st.run_query(ox.Store(), "SELECT ?x\nWHERE {\n  ?x <bad iri> ?z\n}")
