"""Hardening (issue 9): safe file names, checked output folder, atomic articles, bounded evidence,
dates and numbers at the edges, exit codes, no network in queries, validation and fuzzing."""
import json
import os
import subprocess
import sys
from datetime import date

import networkx as nx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal
from rdflib.namespace import RDF

import kg
from kg.errors import InputError, KgError
from kg.output import MAX_NAME_BYTES, check_names, output_name, remove_stale_temporaries, write_files
from kg.rdf.vocab import KG, NIF, SCHEMA
from kgtest import ROOT, SAMPLE, assert_outputs_valid, assert_valid, run_kg

def _only(graph, predicate):
    [value] = list(graph.objects(None, predicate))
    return value


TEXT = "Presiden Joko Widodo bertemu dengan Anwar Ibrahim di Jakarta pada Sabtu (4/11)."


# ---------------------------------------------------------------- output names

@pytest.mark.parametrize("article_id,name", [
    ("haniyeh-tehran.id", "haniyeh-tehran.id"), ("/tmp/pwned", "_tmp_pwned"), ("../victim", "_victim"),
    ("a\x00b", "a_b"), ("line\nbreak", "line_break"), ("\x1b[31mred", "_31mred"), (".", "article"),
    ("..", "article"), (".bashrc", "bashrc"), ("123", "123"), ("Berita Gaza (1)", "Berita_Gaza_1_"),
    ("غزة", "غزة"), ("C:\\Windows\\x", "C_Windows_x"), ("___", "article"),
])
def test_output_name_rule(article_id, name):
    assert output_name(article_id) == name


@given(st.text(min_size=1, max_size=400))
def test_output_names_are_plain_bounded_file_names(article_id):
    name = output_name(article_id)
    assert name and "/" not in name and "\x00" not in name and not name.startswith(".")
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES


def test_long_ids_are_cut_but_stay_apart():
    a, b = "x" * 300 + "a", "x" * 300 + "b"
    assert output_name(a) != output_name(b)
    assert len(output_name(a).encode()) <= MAX_NAME_BYTES


def test_ids_with_the_same_file_name_are_an_input_error():
    with pytest.raises(InputError, match="both be written as a_b"):
        check_names(["a/b", "a b"])


def test_hostile_jsonl_ids_write_only_inside_the_output_folder_and_keep_the_id(tmp_path):
    ids = ["/tmp/pwned-kg-test", "../victim", "\x1b[31mred", ".bashrc", "..", 123]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": TEXT}) + "\n" for i in ids), encoding="utf-8")
    out = tmp_path / "out"
    r = run_kg("build", src, "-o", out, "--no-model")
    assert r.returncode == 0, r.stderr.decode()
    assert "\x1b" not in r.stderr.decode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out"]
    assert not os.path.exists("/tmp/pwned-kg-test.ttl")
    names = sorted(p.stem for p in out.glob("*.ttl"))
    assert names == sorted(output_name(str(i)) for i in ids)
    kept = {str(_only(Graph().parse(p), SCHEMA.identifier)) for p in out.glob("*.ttl")}
    assert kept == {str(i) for i in ids}


@pytest.mark.parametrize("row", [{"id": True, "text": TEXT}, {"id": {"x": 1}, "text": TEXT}])
def test_jsonl_id_must_be_a_string_or_a_number(tmp_path, row):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(row) + "\n", encoding="utf-8")
    r = run_kg("build", src, "-o", tmp_path / "out")
    assert r.returncode == 2 and r.stderr.decode().startswith("Error: ")


# ---------------------------------------------------------------- output folder, atomic articles

def test_output_that_is_a_file_fails_before_any_work(tmp_path):
    target = tmp_path / "file"
    target.write_text("x")
    r = run_kg("build", SAMPLE, "-o", target)
    assert r.returncode == 2
    assert r.stderr.decode().strip() == f"Error: {target}: -o must be a folder, but this is a file"


def test_output_folder_that_cannot_be_made_fails_before_any_work(tmp_path):
    (tmp_path / "file").write_text("x")
    r = run_kg("build", SAMPLE, "-o", tmp_path / "file" / "out")
    assert r.returncode == 2 and "cannot write to the output folder" in r.stderr.decode()


def test_a_failing_writer_leaves_previous_files_and_no_temporaries(tmp_path):
    (tmp_path / "a.ttl").write_text("old")

    def fail(path):
        raise OSError(28, "No space left on device")
    with pytest.raises(OSError):
        write_files(tmp_path, {"a.ttl": lambda p: p.write_text("new"), "a.html": fail})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.ttl"]
    assert (tmp_path / "a.ttl").read_text() == "old"


def test_files_of_an_article_appear_together(tmp_path):
    written = write_files(tmp_path, {"a.ttl": lambda p: p.write_text("t"), "a.html": lambda p: p.write_text("h")})
    assert [p.name for p in written] == ["a.ttl", "a.html"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.html", "a.ttl"]


def _dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def test_next_build_removes_temporaries_of_killed_builds_only(tmp_path):
    dead = tmp_path / f".kg-tmp-{_dead_pid()}-0a1b2c3d-x.ttl"
    old_style = tmp_path / ".x.ttl.abcd1234.tmp"
    running = tmp_path / f".kg-tmp-{os.getppid()}-0a1b2c3d-y.ttl"   # a live process (pytest's parent)
    mine = tmp_path / "notes.ttl.tmp"
    for p in (dead, old_style, running, mine):
        p.write_text("x")
    assert sorted(remove_stale_temporaries(tmp_path)) == sorted([dead, old_style])
    assert running.exists() and mine.exists()


def test_build_killed_mid_write_keeps_old_outputs_and_next_run_cleans(tmp_path):
    out = tmp_path / "out"
    assert run_kg("build", SAMPLE, "-o", out, "--no-model").returncode == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    # a build that dies after writing its temporaries (as kill -9 would leave them)
    code = ("import os, sys; from kg.output import write_files; from pathlib import Path; "
            "write_files(Path(sys.argv[1]), {'haniyeh-tehran.id.ttl': lambda p: (p.write_text('partial'), os._exit(9))})")
    assert subprocess.run([sys.executable, "-c", code, str(out)], cwd=ROOT).returncode == 9
    assert any(p.name.startswith(".kg-tmp-") for p in out.iterdir())
    assert {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".")} == before
    assert run_kg("build", SAMPLE, "-o", out, "--no-model").returncode == 0
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


# ---------------------------------------------------------------- size, evidence, GraphML

def test_article_over_max_chars_is_refused_before_writing(tmp_path):
    r = run_kg("build", SAMPLE, "-o", tmp_path / "out", "--max-chars", "1000")
    assert r.returncode == 2 and "--max-chars" in r.stderr.decode()
    assert not list((tmp_path / "out").glob("*.ttl"))
    with pytest.raises(InputError, match="more than the limit"):
        kg.build("x" * 101, config=kg.Config(max_chars=100))


def test_evidence_in_graphml_is_a_window_not_the_whole_sentence():
    from kg.graph import WINDOW
    filler = " ".join(["kata"] * 5000)
    result = kg.build(f"{filler} Joko Widodo bertemu Anwar Ibrahim di Jakarta {filler}.",
                      config=kg.Config(use_model=False))
    for _, attrs in result.graph.nodes(data=True):
        for item in json.loads(attrs["evidence"]):
            assert len(item["sentence"]) <= 2 * WINDOW + 100
            assert result.document.text[item["begin"]:item["end"]] == item["sentence"]


def test_form_feed_and_other_xml_forbidden_characters_give_valid_graphml(tmp_path):
    text = ("Joko Widodo\f bertemu Anwar Ibrahim\x0b di Jakarta. Retno Marsudi\x08 tiba di Bali.\f\n"
            + "Presiden Joko Widodo berbicara di Istana Merdeka tentang ekonomi dan pembangunan. " * 10)
    src = tmp_path / "ff.txt"
    src.write_text(text, encoding="utf-8")
    r = run_kg("build", src, "-o", tmp_path / "out", "--published", "2023-11-05", "--no-model")
    assert r.returncode == 0, r.stderr.decode()
    assert_outputs_valid(tmp_path / "out")
    G = nx.read_graphml(tmp_path / "out" / "ff.graphml")
    # the control characters stay visible in the evidence: replaced, or escaped by its JSON
    marks = ("\ufffd", "\\f", "\\u000b", "\\b")
    assert any(m in d["evidence"] for _, d in G.nodes(data=True) for m in marks)


def test_turtle_prefixes_are_those_rdflib_would_write(sample_result):
    plain = Graph()
    for t in sample_result.rdf:
        plain.add(t)
    for prefix, ns in sample_result.rdf.namespaces():
        plain.bind(prefix, ns)
    assert sample_result.rdf.serialize(format="turtle") == plain.serialize(format="turtle")


# ---------------------------------------------------------------- dates and numbers

@pytest.mark.parametrize("value", ["2023-11-05T10:00Zjunk", "20231105", "2023-02-30", "0000-01-01", "5/11/2023",
                                   "2023-11-5", " 2023-11-05"])
def test_published_must_be_a_real_yyyy_mm_dd_date(tmp_path, value):
    r = run_kg("build", SAMPLE, "-o", tmp_path / "out", "--published", value)
    assert r.returncode == 2
    assert r.stderr.decode().startswith("Error: --published:") and "Traceback" not in r.stderr.decode()


@pytest.mark.parametrize("published,text", [
    ("9999-12-31", "Kemarin Joko Widodo bertemu Anwar Ibrahim di Jakarta. Beberapa hari yang lalu dia ke Bali."),
    ("0001-01-01", "Kemarin pada hari Sabtu Joko Widodo tiba di Jakarta. Pekan lalu juga, 3 hari yang lalu."),
    ("2023-11-05", "Pada akhir Desember 9999 Joko Widodo tiba di Jakarta."),
    ("2023-11-05", "Pada 31 Desember 9999, Joko Widodo bertemu Anwar Ibrahim di Jakarta, sehari kemudian pergi ke Bali."),
    ("2023-11-05", "Serangan di Gaza menewaskan " + "9" * 4301 + " orang, 99999999999999999999 hari yang lalu."),
])
def test_dates_and_numbers_beyond_the_representable_range_are_kept_as_text(published, text):
    result = kg.build(text, published=published, config=kg.Config(use_model=False))
    assert_valid(result.rdf)


def test_reference_date_comes_from_config_and_is_stated():
    text = "Joko Widodo bertemu Anwar Ibrahim di Jakarta pada Sabtu (4/11)."
    undated = kg.build(text, doc_id="a", config=kg.Config(use_model=False)).rdf
    assert str(_only(undated, KG.referenceDate)) == date.today().isoformat()   # no date given: the run date
    published = kg.build(text, published="2023-11-05", config=kg.Config(use_model=False)).rdf
    assert str(_only(published, KG.referenceDate)) == "2023-11-05"

    def meeting_day(today):
        doc = kg.build(text, config=kg.Config(use_model=False, today=today)).document
        return {t.value for e in doc.events for t in e.times}
    # 4 November was a Saturday in 2017 and in 2023: "today" decides which of them is recent
    assert meeting_day(date(2026, 11, 26)) == {"2023-11-04"}
    assert meeting_day(date(2020, 1, 1)) == {"2017-11-04"}
    rdf = kg.build(text, config=kg.Config(use_model=False, today=date(2020, 1, 1))).rdf
    assert str(_only(rdf, KG.referenceDate)) == "2020-01-01"


# ---------------------------------------------------------------- exit codes

def test_internal_error_exits_3_with_one_line_and_debug_shows_the_traceback(monkeypatch, capsys):
    from kg import cli
    from kg.commands import validate

    def broken(args):
        raise ZeroDivisionError("boom")
    monkeypatch.setattr(validate, "run", broken)
    assert cli.main(["validate", "x.ttl"]) == 3
    err = capsys.readouterr().err
    assert err.startswith("Error: internal error (ZeroDivisionError") and "report" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    with pytest.raises(ZeroDivisionError):
        cli.main(["--debug", "validate", "x.ttl"])
    with pytest.raises(ZeroDivisionError):
        cli.main(["validate", "--debug", "x.ttl"])


def test_usage_errors_exit_2():
    assert run_kg("build").returncode == 2
    assert run_kg("no-such-command").returncode == 2


# ---------------------------------------------------------------- validation

def test_kg_validate_passes_good_output_and_reports_violations(tmp_path):
    out = tmp_path / "out"
    assert run_kg("build", SAMPLE, "-o", out, "--published", "2023-11-05", "--no-model").returncode == 0
    good = out / "haniyeh-tehran.id.ttl"
    r = run_kg("validate", good)
    assert r.returncode == 0 and "conforms" in r.stdout.decode()

    g = Graph().parse(good)
    mention = next(g.subjects(NIF.anchorOf, Literal("Tehran")))
    g.set((mention, NIF.anchorOf, Literal("Teheran")))
    person = next(g.subjects(RDF.type, SCHEMA.Person))
    g.add((person, SCHEMA.name, Literal("Someone Else")))
    bad = tmp_path / "bad.ttl"
    g.serialize(bad, format="turtle")
    r = run_kg("validate", good, bad)
    text = r.stdout.decode()
    assert r.returncode == 1
    assert "bad.ttl: 2 violation(s)" in text
    assert "slice back to nif:anchorOf" in text and "exactly one schema:name" in text

    junk = tmp_path / "junk.ttl"
    junk.write_text("this is not turtle <<<")
    r = run_kg("validate", junk)
    assert r.returncode == 2 and r.stderr.decode().startswith(f"Error: {junk}: cannot be read as RDF")


# ---------------------------------------------------------------- no network in kg query

@pytest.mark.parametrize("query,refused", [
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", True),
    ("select * { service silent <http://example.org/sparql> { ?s ?p ?o } }", True),
    ("SELECT * { ?s ?p ?o } # a comment\nSERVICE <http://x/> { }", True),
    ('SELECT ?service WHERE { ?service schema:name "SERVICE" } # SERVICE', False),
    ("SELECT * { <http://example.org/SERVICE> ?p ?o }", False),
])
def test_query_refuses_service_unless_allowed(query, refused):
    from kg.commands.query import QueryUsageError, check_no_service
    if refused:
        with pytest.raises(QueryUsageError, match="--allow-service"):
            check_no_service(query)
    else:
        check_no_service(query)


def test_kg_query_with_service_fails_without_touching_the_network(tmp_path):
    r = run_kg("query", ROOT / "output" / "haniyeh-tehran.id.ttl",
               "SELECT * WHERE { SERVICE <http://192.0.2.1/sparql> { ?s ?p ?o } }")
    assert r.returncode == 2 and "--allow-service" in r.stderr.decode()


# ---------------------------------------------------------------- any input

_published = st.one_of(st.none(), st.dates(), st.sampled_from([date(1, 1, 1), date(9999, 12, 31)]))
_pieces = st.sampled_from(["Presiden", "Joko Widodo", "bertemu", "dengan", "di", "Jakarta", "Hamas", "Sabtu (4/11)",
                           "31 Desember 9999", "akhir Desember", "kemarin", "sehari kemudian", "1.400", "2,7 juta",
                           "9" * 400, "menewaskan", "orang", "kelompok tersebut", "\f", "\x0b", "\x1b[1m", ".", ",",
                           "\n", "“", "”", "غزة", "🙂"])
_texts = st.one_of(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200),
                   st.lists(st.one_of(_pieces, st.text(max_size=5)), min_size=1, max_size=30).map(" ".join))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts, _published)
@example("PRESIDEN\x0cA00", None)   # a title followed by symbols only once crashed the relation stage
@example("Doha\n : Widodo", None)     # so did a line opening with a colon (the list-of-posts check)
def test_any_text_and_date_give_a_graph_that_validates_or_an_input_error(text, published):
    try:
        result = kg.build(text, doc_id="prop", published=published, config=kg.Config(use_model=False))
    except KgError as e:
        assert str(e)
        return
    assert_valid(result.rdf)
    back = Graph().parse(data=result.rdf.serialize(format="turtle"), format="turtle")
    assert len(back) == len(result.rdf)


def test_fuzz_script_short_run():
    r = subprocess.run([sys.executable, "scripts/fuzz.py", "--count", "40", "--seed", "7", "--model-every", "20",
                        "--validate-every", "10"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "40 inputs, 0 crashes" in r.stdout
