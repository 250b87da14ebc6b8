"""Named queries on the fixtures, and the kg query command."""
from __future__ import annotations

import csv
import io
import json

import pytest
import rdflib

from kg import store as st

from storetest import MINI, MINI2, run_cli, run_kg

DOC = "https://w3id.org/newskg/doc/mini"


@pytest.fixture(scope="module")
def mini_store():
    return st.open_sources(files=[MINI, MINI2])


def rows(store, name, **params):
    res = st.run_query(store, st.named_query(name).text, params, origin=name)
    variables = [v.value for v in res.variables]
    return [{v: (sol[v].value if sol[v] is not None else None) for v in variables} for sol in res]


def test_who_met_whom(mini_store):
    (row,) = rows(mini_store, "who-met-whom")
    assert (row["name"], row["met"], row["place"], row["time"]) == ("Ismail Haniyeh", "Ali Khamenei", "Teheran",
                                                                    "2023-11-04")
    assert "bertemu dengan Ayatullah Ali Khamenei" in row["evidence"]
    assert row["document"] == DOC
    (row,) = rows(mini_store, "who-met-whom", person="khamenei")
    assert (row["name"], row["met"]) == ("Ali Khamenei", "Ismail Haniyeh")
    (row,) = rows(mini_store, "who-met-whom", person="Haniyah")  # an alternate name
    assert row["met"] == "Ali Khamenei"
    assert rows(mini_store, "who-met-whom", person="Hamdan") == []


def test_organization_members(mini_store):
    got = [(r["member"], r["role"], r["qualifier"]) for r in rows(mini_store, "organization-members", org="hamas")]
    assert got == [("Ismail Haniyeh", "leader", "politbiro"), ("Osama Hamdan", "member", None)]
    assert rows(mini_store, "organization-members", org="Mayadeen") == []


def test_events_at_place_in_a_date_range(mini_store):
    def kinds(**p):
        return [r["kind"] for r in rows(mini_store, "events-at-place", **p)]

    assert sorted(kinds()) == ["Attack", "CasualtyReport", "Meeting", "Travel"]
    assert kinds(place="Tehran") == ["Travel", "Meeting"]  # alternate name; ordered by time
    assert kinds(place="Iran") == ["Travel", "Meeting"]  # Teheran is inside Iran
    assert kinds(place="Teheran", **{"from": "2023-11-01", "to": "2023-11-30"}) == ["Meeting"]
    assert kinds(place="Teheran", to="2023-06-15") == ["Travel"]  # June 2023 overlaps
    assert kinds(**{"from": "2023-10-01", "to": "2023-10-31"}) == ["Attack"]  # a range 7 Oct - 4 Nov
    assert kinds(place="Doha") == []


def test_statements_by_person(mini_store):
    (row,) = rows(mini_store, "statements-by-person", person="hamdan")
    assert row["speaker"] == "Osama Hamdan"
    assert row["evidence"].startswith("Osama Hamdan, anggota Hamas, mengatakan")
    assert (int(row["begin"]), int(row["end"])) == (121, 197)
    assert rows(mini_store, "statements-by-person", person="khamenei") == []


def test_casualties(mini_store):
    (row,) = rows(mini_store, "casualties")
    assert (row["kind"], row["killed"], row["source"], row["placeName"], row["about"]) == (
        "CasualtyReport", "9488", "Al Mayadeen", "Gaza", "Attack: Israel")
    assert "9.488" in row["evidence"]
    assert rows(mini_store, "casualties", place="Teheran") == []


def test_entity_mentions(mini_store):
    got = [(r["anchor"], int(r["begin"]), int(r["end"]), r["document"].rsplit("/", 1)[1])
           for r in rows(mini_store, "entity-mentions", entity="haniyeh")]
    assert got == [("Ismail Haniyeh", 34, 48, "mini"), ("Haniyah", 162, 169, "mini"),
                   ("Ismail Haniyeh", 7, 21, "mini2")]
    text = str(rdflib.Graph().parse(MINI).value(rdflib.URIRef(DOC), rdflib.URIRef(
        "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString")))
    for r in rows(mini_store, "entity-mentions"):
        if r["document"] == DOC:
            assert text[int(r["begin"]):int(r["end"])] == r["anchor"]
            assert r["anchor"] in r["sentence"]


def test_wikidata_entities(mini_store):
    got = {r["name"]: (r["entityType"], r["wikidata"], r["geonames"]) for r in rows(mini_store, "wikidata-entities")}
    assert got["Ali Khamenei"] == ("Person", "http://www.wikidata.org/entity/Q57336", None)
    assert got["Teheran"] == ("Place", "http://www.wikidata.org/entity/Q3616", "https://sws.geonames.org/112931/")
    assert "Ismail Haniyeh" not in got
    assert {r["name"] for r in rows(mini_store, "wikidata-entities", type="organization")} == {"Hamas"}


def test_relations(mini_store):
    got = [(r["subject"], r["relation"], r["object"]) for r in rows(mini_store, "relations")]
    assert got == [("Ismail Haniyeh", "basedIn", "Doha"), ("Ismail Haniyeh", "leads", "Hamas"),
                   ("Osama Hamdan", "memberOf", "Hamas")]


def test_every_named_query_runs_without_params(mini_store):
    for name in st.named_queries():
        assert rows(mini_store, name), name


# ---------------------------------------------------------------- the command

def test_list(capsys):
    assert run_cli("query", "--list") == 0
    out = capsys.readouterr().out
    for name in ("who-met-whom", "organization-members", "events-at-place", "statements-by-person",
                 "casualties", "entity-mentions", "wikidata-entities"):
        assert name in out
    assert "--param person=<string>" in out


def test_table_is_the_default(capsys):
    assert run_cli("query", MINI, MINI2, "--name", "who-met-whom", "--param", "person=Khamenei") == 0
    out = capsys.readouterr().out.splitlines()
    header, rule, row, count = out
    assert header.split()[:4] == ["name", "met", "place", "time"]
    assert set(rule.replace(" ", "")) == {"-"}
    assert row.startswith("Ali Khamenei  Ismail Haniyeh  Teheran")
    assert header.index("met") == row.index("Ismail Haniyeh")  # aligned
    assert "newskg:doc/mini/event/meeting-1" in row  # IRIs shortened
    assert count == "(1 row)"


def test_csv_tsv_json(capsysbinary):
    args = ("query", MINI, MINI2, "--name", "who-met-whom")
    assert run_cli(*args, "--format", "csv") == 0
    data = capsysbinary.readouterr().out.decode()
    assert data.startswith("name,met,place,time,timeText,evidence,meeting,document\r\n")  # SPARQL CSV: CRLF
    (rec,) = list(csv.DictReader(io.StringIO(data)))
    assert rec["met"] == "Ali Khamenei" and rec["document"] == DOC

    assert run_cli(*args, "--format", "tsv") == 0
    data = capsysbinary.readouterr().out.decode().splitlines()
    assert data[0].startswith("?name\t?met")
    assert f"<{DOC}>" in data[1] and '"Ali Khamenei"' in data[1]  # TSV writes RDF terms

    assert run_cli(*args, "--format", "json") == 0
    doc = json.loads(capsysbinary.readouterr().out)
    assert doc["head"]["vars"][:2] == ["name", "met"]
    b = doc["results"]["bindings"][0]
    assert b["met"] == {"type": "literal", "value": "Ali Khamenei"}
    assert b["document"] == {"type": "uri", "value": DOC}


def test_ad_hoc_query_with_predeclared_prefixes_and_file(tmp_path, capsysbinary):
    q = "SELECT DISTINCT ?n WHERE { ?p a schema:Person ; schema:name ?n } ORDER BY ?n"
    assert run_cli("query", MINI, MINI2, q, "--format", "csv") == 0
    assert capsysbinary.readouterr().out.decode().split() == ["n", "Ali", "Khamenei", "Ismail", "Haniyeh",
                                                             "Osama", "Hamdan"]
    qf = tmp_path / "q.rq"
    qf.write_text("# param: who string\nSELECT ?n WHERE { VALUES ?who { UNDEF } ?p schema:name ?n "
                  "FILTER(!BOUND(?who) || CONTAINS(?n, ?who)) }")
    assert run_cli("query", MINI, "--file", qf, "--param", "who=Osama", "--format", "csv") == 0
    assert capsysbinary.readouterr().out.decode().split() == ["n", "Osama", "Hamdan"]


def test_ask_and_construct(capsysbinary):
    assert run_cli("query", MINI, "ASK { ?m a kg:Meeting }") == 0
    assert capsysbinary.readouterr().out == b"true\n"
    assert run_cli("query", MINI, "CONSTRUCT WHERE { ?m a kg:Meeting }") == 0
    out = capsysbinary.readouterr().out.decode()
    g = rdflib.Graph().parse(data=out, format="turtle")
    assert len(g) == 1


def test_store_query(tmp_path, capsysbinary):
    d = tmp_path / "kgstore"
    st.load_graph(d, DOC, rdflib.Graph().parse(MINI))
    st.close_store(d)
    assert run_cli("query", "--store", d, "--name", "organization-members", "--format", "csv") == 0
    assert "Osama Hamdan,member" in capsysbinary.readouterr().out.decode()
    st.close_store(d)


def test_syntax_error_exits_2_with_line_and_column():
    r = run_kg("query", MINI, "SELECT ?x\nWHERE {\n  ?x <bad iri> ?z\n}")
    assert r.returncode == 2
    assert r.stderr.startswith("Error: SPARQL syntax error in the query at line 3, column 15: ")
    assert r.stdout == ""


def test_usage_errors(capsys):
    assert run_cli("query", MINI, "--name", "nope") == 2
    assert "no named query 'nope'" in capsys.readouterr().err
    assert run_cli("query", MINI, "--name", "who-met-whom", "--param", "nope") == 2
    assert "NAME=VALUE" in capsys.readouterr().err
    assert run_cli("query", MINI, "--name", "events-at-place", "--param", "from=last week") == 2
    assert "not a date" in capsys.readouterr().err
    assert run_cli("query", MINI) == 2
    assert "no query" in capsys.readouterr().err
