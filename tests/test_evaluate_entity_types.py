"""Entity scores per type (the measure of the article set's entity gold)."""
import json
import subprocess
import sys
from pathlib import Path

from rdflib import Graph

from kg.evaluate import entities_by_type

ROOT = Path(__file__).resolve().parent.parent

TURTLE = """
@prefix schema: <https://schema.org/> .
@prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .
<urn:x:p> a schema:Person ; schema:name "Wulan Sari" ; schema:alternateName "Wulan" .
<urn:x:o> a schema:Place ; schema:name "Bank Sentosa" .
<urn:x:c> a schema:Place ; schema:name "Kota Bogor" .
<urn:x:x> a schema:Place ; schema:name "Indonesia" .
<urn:x:m1> itsrdf:taIdentRef <urn:x:p> .
<urn:x:m2> itsrdf:taIdentRef <urn:x:o> .
<urn:x:m3> itsrdf:taIdentRef <urn:x:c> .
"""


def test_scores_per_type_count_a_wrong_type_as_missing_and_extra_and_skip_unmentioned_context():
    g = Graph().parse(data=TURTLE, format="turtle")
    gold = [{"name": "Wulan", "type": "Person"},            # found by an alternate name
            {"name": "Bank Sentosa", "type": "Organization"},  # output as a place: missing and extra
            {"name": "Kota Bogor", "type": "Place"},
            {"name": "Gatot Subagyo", "type": "Person"}]
    s = entities_by_type(g, gold)
    assert (s["Person"].tp_gold, s["Person"].n_gold, s["Person"].tp_pred, s["Person"].n_pred) == (1, 2, 1, 1)
    assert (s["Organization"].tp_gold, s["Organization"].n_gold, s["Organization"].n_pred) == (0, 1, 0)
    assert s["Organization"].missing == ["Bank Sentosa"]
    assert (s["Place"].tp_pred, s["Place"].n_pred) == (1, 2)       # Indonesia has no mention: not counted
    assert s["Place"].extra == ["Bank Sentosa"]
    assert (s["all"].tp_gold, s["all"].n_gold, s["all"].tp_pred, s["all"].n_pred) == (2, 4, 2, 3)
    assert round(s["all"].precision, 3) == 0.667 and s["all"].recall == 0.5


def test_eval_dev_scores_the_entities_of_an_article_set(tmp_path: Path):
    text = ("Bogor - Wali Kota Bogor Wulan Sari meresmikan pasar baru di Kecamatan Tanah Sareal, "
            "Kota Bogor, Jawa Barat, Senin (3/3/2025).\n\nPenulis: Gatot Subagyo")
    item = {"document": "art-test-01", "published": "2025-03-04", "text": text,
            "entities": [{"name": "Wulan Sari", "type": "Person"}, {"name": "Kecamatan Tanah Sareal", "type": "Place"},
                         {"name": "Kota Bogor", "type": "Place"}, {"name": "Jawa Barat", "type": "Place"}]}
    gold = tmp_path / "set.jsonl"
    gold.write_text(json.dumps(item) + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "eval_dev.py"), "--articles", str(gold), "--no-model",
                          "-v"], capture_output=True, text=True, check=True).stdout
    rows = {line.split()[0]: line.split() for line in out.splitlines() if line.split()}
    assert set(rows) >= {"Person", "Organization", "Place", "all"}
    assert rows["Person"][4] == "1/1"                      # found/gold
    assert "Gatot Subagyo" not in out                      # the author line is no entity
    missing = subprocess.run([sys.executable, str(ROOT / "scripts" / "eval_dev.py"), "--articles",
                              str(tmp_path / "none.jsonl")], capture_output=True, text=True)
    assert missing.returncode == 2 and missing.stderr.startswith("Error:")
