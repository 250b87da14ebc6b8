import sys
import types

import pytest

from kg.cli import main
from kg.commands import eval_ner

# Sentences written for these tests (not from the corpus).
CONLL = """\
Presiden NOUN O
Joko PROPN B-PER
Widodo PROPN I-PER
meresmikan VERB O
jembatan NOUN O
di ADP O
Surabaya PROPN B-LOC
. PUNCT O

Menurut ADP O
Budi PROPN B-PER
Santoso PROPN I-PER
, PUNCT O
Kementerian PROPN B-ORG
Keuangan PROPN I-ORG
membuka VERB O
kantor NOUN O
di ADP O
Medan PROPN B-LOC
. PUNCT O
"""


@pytest.fixture
def conll_file(tmp_path):
    p = tmp_path / "tiny.conll"
    p.write_text(CONLL, encoding="utf-8")
    return p


def table_rows(out):
    rows = {}
    for line in out.splitlines():
        parts = line.split()
        if parts and parts[0] in ("Person", "Organization", "Place", "micro"):
            rows[parts[0]] = parts[1:]
    return rows


def test_eval_ner_prints_table(conll_file, capsys, monkeypatch):
    monkeypatch.setattr(eval_ner, "HYBRID_MODULE", "kg.no_such_module_for_tests")
    assert main(["eval-ner", str(conll_file)]) == 0
    out = capsys.readouterr().out
    assert "2 sentences, 19 tokens, 5 gold entities" in out
    rows = table_rows(out)
    assert list(rows) == ["Person", "Organization", "Place", "micro"]
    assert rows["Person"][0] == "2" and rows["Organization"][0] == "1" and rows["Place"][0] == "2"
    assert rows["micro"][0] == "5"
    p, r, f = map(float, rows["micro"][1:4])
    assert 0 <= p <= 1 and 0 <= r <= 1 and f > 0.5   # the model finds most of them
    assert "hybrid" not in out


def test_eval_ner_hybrid_not_available(conll_file, capsys, monkeypatch):
    monkeypatch.setattr(eval_ner, "HYBRID_MODULE", "kg.no_such_module_for_tests")
    assert main(["eval-ner", str(conll_file), "--hybrid"]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith("hybrid: not available")


def test_eval_ner_hybrid_column(conll_file, capsys, monkeypatch):
    fake = types.ModuleType("fake_mentions")

    def recognize_text(text):   # a perfect recogniser for the first sentence only
        if text.startswith("Presiden"):
            i = text.index("Surabaya")
            return [(9, 20, "Person"), (i, i + 8, "Place"), (0, 8, "Title")]
        return []

    fake.recognize_text = recognize_text
    monkeypatch.setitem(sys.modules, "fake_mentions", fake)
    monkeypatch.setattr(eval_ner, "HYBRID_MODULE", "fake_mentions")
    assert main(["eval-ner", str(conll_file), "--hybrid"]) == 0
    out = capsys.readouterr().out
    assert "model alone" in out and "hybrid" in out.splitlines()[1]
    rows = table_rows(out)
    # Title is not an entity type: ignored, so hybrid precision is 1.0, recall 2/5
    assert rows["micro"][4:7] == ["1.000", "0.400", "0.571"]


def test_eval_ner_json(conll_file, capsys):
    import json
    assert main(["eval-ner", str(conll_file), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["model alone"]["micro"]["gold"] == 5


def test_eval_ner_user_errors_exit_2(tmp_path, capsys):
    assert main(["eval-ner", str(tmp_path / "missing.conll")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and "no such file" in err
    bad = tmp_path / "bad.conll"
    bad.write_text("Joko PROPN PERSON\n")
    assert main(["eval-ner", str(bad)]) == 2
    assert "BIO tag" in capsys.readouterr().err
    empty = tmp_path / "empty.conll"
    empty.write_text("\n\n")
    assert main(["eval-ner", str(empty)]) == 2
    assert main(["eval-ner", str(bad.with_name("x")), "--model", str(tmp_path)]) == 2


def test_eval_ner_missing_model_exit_2(conll_file, tmp_path, capsys):
    assert main(["eval-ner", str(conll_file), "--model", str(tmp_path / "nomodel")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Error: NER model missing") and "kg train-ner" in err


def test_help_lists_commands(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "train-ner" in out and "eval-ner" in out


def test_train_ner_bad_data_dir_exit_2(tmp_path, capsys):
    assert main(["train-ner", "--data", str(tmp_path / "nope"),
                 "--output", str(tmp_path / "out")]) == 2
    assert "train.txt" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
