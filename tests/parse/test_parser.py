"""The shipped Indonesian tagger + parser: treebank reading, the fixed split, a floor on
the held-out test sentences, lemmas, and the training command's guards."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from kgtest import ROOT, run_kg  # noqa: E402

from kg.parse.conllu import read_conllu  # noqa: E402

DATA = ROOT / "data" / "ud-indonesian"

# Measured on CSUI test when the model was trained (docs/parser.md); the floor sits just below.
FLOOR = {"pos_acc": 0.94, "uas": 0.77, "las": 0.70}

CONLLU = """\
# sent_id = x-1
1\tIa\tia\tPRON\t_\t_\t3\tnsubj\t_\t_
2-3\tmelihatnya\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No
2\tmelihat\tlihat\tVERB\t_\t_\t0\troot\t_\t_
3\tnya\tia\tPRON\t_\t_\t2\tobj\t_\t_
4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_
"""


def test_multiword_tokens_are_merged_into_their_head_part(tmp_path):
    f = tmp_path / "x.conllu"
    f.write_text(CONLLU.replace("3\tnsubj", "2\tnsubj"), encoding="utf-8")
    [s] = read_conllu(f)
    assert s.words == ["Ia", "melihatnya", "."]
    assert s.text == "Ia melihatnya."
    assert s.pos == ["PRON", "VERB", "PUNCT"]
    assert s.heads == [1, 1, 1] and s.deps == ["nsubj", "ROOT", "punct"]


def test_the_split_is_fixed_and_never_trains_on_test_sentences():
    from kg.parse.train import split
    parts = split(DATA)
    assert len(parts["test"]) == 374
    assert {s.sent_id for s in parts["test"]}.isdisjoint({s.sent_id for s in parts["train"] + parts["dev"]})
    assert (len(parts["train"]), len(parts["dev"])) == (2495, 277)


@pytest.fixture(scope="module")
def test_scores():
    import spacy

    from kg.parse.parser import MODEL_DIR
    from kg.parse.train import evaluate, split
    return evaluate(spacy.load(MODEL_DIR), split(DATA)["test"])


@pytest.mark.parametrize("measure", sorted(FLOOR))
def test_shipped_parser_holds_its_floor_on_held_out_news(test_scores, measure):
    assert test_scores[measure] >= FLOOR[measure], test_scores


def test_lemmas_bring_derived_words_to_one_base():
    from kg.parse.parser import Parser
    p = Parser()
    assert p.lemma("menewaskan") == p.lemma("tewas") == "tewas"
    assert p.lemma("penangkapan") == p.lemma("ditangkap") == p.lemma("menangkap") == "tangkap"
    assert p.lemma("Pertemuan") == p.lemma("bertemu") == "temu"


def test_train_parser_refuses_two_outputs(tmp_path):
    r = run_kg("train-parser", "-o", tmp_path / "m", "--replace")
    assert r.returncode == 2 and r.stderr.decode().startswith("Error: ")


def test_train_parser_needs_the_treebanks(tmp_path):
    r = run_kg("train-parser", "--data", tmp_path, "-o", tmp_path / "m")
    assert r.returncode == 2 and "missing treebank files" in r.stderr.decode()
    assert not (tmp_path / "m").exists()
