"""The CLI's help, the Python API, and properties that hold for any input."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg
from kgtest import run_kg
from kg.errors import KgError


def test_top_level_help_lists_commands():
    r = run_kg("--help")
    out = r.stdout.decode()
    assert r.returncode == 0
    for cmd in ("build", "eval"):
        assert cmd in out


@pytest.mark.parametrize("cmd", ["build", "eval"])
def test_subcommand_help_has_an_example(cmd):
    r = run_kg(cmd, "--help")
    assert r.returncode == 0
    assert "example" in r.stdout.decode()


def test_no_command_prints_help_and_fails():
    r = run_kg()
    assert r.returncode == 2 and "usage" in r.stdout.decode()


def test_python_api_returns_rdf_and_networkx():
    rdf, graph = kg.build("Presiden Joko Widodo bertemu dengan Menteri Luar Negeri Retno Marsudi di Jakarta.",
                          doc_id="api", published="2024-01-02", config=kg.Config(use_model=False))
    assert len(rdf) > 20
    labels = {d["label"] for _, d in graph.nodes(data=True)}
    assert {"Joko Widodo", "Retno Marsudi", "Jakarta"} <= labels


def test_user_gazetteer_adds_entries(tmp_path):
    gaz = tmp_path / "mine.csv"
    gaz.write_text("qid,type,place_kind,canonical_name_en,canonical_name_id,aliases_id,source_url\n"
                   "Q99999999,Organization,,Acme Corp,PT Akme Jaya,Akme,\n", encoding="utf-8")
    doc = kg.build("Akme membuka pabrik di Surabaya.", config=kg.Config(gazetteers=(str(gaz),), use_model=False)).document
    org = next(e for e in doc.entities.values() if e.type == "Organization")
    assert (org.name, org.wikidata, org.key) == ("PT Akme Jaya", "Q99999999", "wd/Q99999999")


@pytest.mark.parametrize("row,needle", [
    ("Q1,Animal,,Cat,Kucing,,", "line 2: type must be one of"),
    ("X1,Person,,A,Budi,,", "line 2: qid must look like Q123"),
    (",Person,,A,,,", "line 2: canonical_name_id is empty"),
])
def test_bad_gazetteer_rows_name_the_line(tmp_path, row, needle):
    gaz = tmp_path / "bad.csv"
    gaz.write_text("qid,type,place_kind,canonical_name_en,canonical_name_id,aliases_id,source_url\n" + row + "\n",
                   encoding="utf-8")
    src = tmp_path / "a.txt"
    src.write_text("Budi di Jakarta.", encoding="utf-8")
    r = run_kg("build", src, "-o", tmp_path / "out", "--gazetteer", gaz, "--no-model")
    assert r.returncode == 2 and needle in r.stderr.decode(), r.stderr
    assert not (tmp_path / "out").exists()


_text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300)
_newsy = st.lists(st.sampled_from(["Presiden", "Joko", "Widodo", "bertemu", "dengan", "di", "Jakarta", "Hamas",
                                   "Tehran", "Tehean", ",", ".", "\n", "Baca juga:", "Sabtu (4/11)", "1.400",
                                   "yang", "berbasis", "ibu kota", "Qatar", "Doha", "kelompok tersebut", "“", "”",
                                   "menewaskan", "mengatakan", "🙂", "غزة", "x" * 50]),
                  min_size=1, max_size=40).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_text, _newsy))
def test_any_text_gives_a_valid_graph_or_a_clear_error(text):
    try:
        result = kg.build(text, doc_id="prop", published="2023-11-05", config=kg.Config(use_model=False))
    except KgError as e:
        assert str(e)
        return
    doc = result.document
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.text
        assert m.entity in doc.entities
    for r in doc.relations:
        assert r.subject in doc.entities and r.object in doc.entities
    for e in doc.events:
        assert all(k in doc.entities for _, k in e.roles)
