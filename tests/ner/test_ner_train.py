"""A tiny training run: checks the conversion, the spaCy call and the installed
model, not the quality (the real training takes minutes; see docs/ner.md)."""
import json
import re
from pathlib import Path

import pytest

from kg.cli import main
from kg.errors import InputError
from kg.ner import recognizer
from kg.ner.train import CONFIG_PATH, convert, train

# Sentences written for these tests (not from the corpus).
SENTS = [
    [("Presiden", "O"), ("Joko", "B-PER"), ("Widodo", "I-PER"), ("tiba", "O"), ("di", "O"),
     ("Surabaya", "B-LOC"), (".", "O")],
    [("Budi", "B-PER"), ("Santoso", "I-PER"), ("bekerja", "O"), ("di", "O"),
     ("Kementerian", "B-ORG"), ("Keuangan", "I-ORG"), ("(Kemenkeu)", "I-ORG"), (".", "O")],
    [("Warga", "O"), ("Medan", "B-LOC"), ("menyambut", "O"), ("Siti", "B-PER"),
     ("Rahma", "I-PER"), ("dari", "O"), ("PT", "B-ORG"), ("Maju", "I-ORG"), ("Jaya", "I-ORG"),
     (".", "O")],
]


def write_corpus(folder, n=8):
    folder.mkdir()
    block = "\n\n".join("\n".join(f"{w} X {t}" for w, t in s) for s in SENTS)
    for split in ("train", "dev"):
        (folder / f"{split}.txt").write_text("\r\n\r\n".join([block] * n) + "\n")
    return folder


FAST = {"training.max_steps": 6, "training.eval_frequency": 3, "training.max_epochs": 0,
        "components.tok2vec.model.encode.width": 32, "components.ner.model.hidden_width": 16,
        "nlp.batch_size": 8}


def test_convert_keeps_entities_on_runtime_tokens(tmp_path):
    import spacy
    from spacy.tokens import DocBin

    data = write_corpus(tmp_path / "data", n=1)
    train_path, dev_path = convert(data, tmp_path / "corpus")
    docs = list(DocBin().from_disk(train_path).get_docs(spacy.blank("id").vocab))
    assert [[(e.text, e.label_) for e in d.ents] for d in docs] == [
        [("Joko Widodo", "PER"), ("Surabaya", "LOC")],
        [("Budi Santoso", "PER"), ("Kementerian Keuangan (Kemenkeu)", "ORG")],
        [("Medan", "LOC"), ("Siti Rahma", "PER"), ("PT Maju Jaya", "ORG")],
    ]
    # the run-time tokenizer splits "(Kemenkeu)" further; the entity still aligns
    assert "(" in [t.text for t in docs[1]]


def test_convert_rejects_unknown_labels_and_missing_files(tmp_path):
    data = tmp_path / "bad"
    data.mkdir()
    (data / "train.txt").write_text("Joko X B-MISC\n")
    (data / "dev.txt").write_text("Joko X B-PER\n")
    with pytest.raises(InputError, match="MISC"):
        convert(data, tmp_path / "c")
    (data / "dev.txt").unlink()
    (data / "train.txt").write_text("Joko X B-PER\n")
    with pytest.raises(InputError, match="dev.txt"):
        convert(data, tmp_path / "c")


def test_tiny_training_installs_a_loadable_stripped_model(tmp_path):
    data = write_corpus(tmp_path / "data")
    out = tmp_path / "model"
    out.mkdir()
    (out / "stale-file").write_text("replaced by training")
    result = train(data, out, seed=3, work_dir=tmp_path / "work", overrides=FAST)
    assert sorted(p.name for p in out.iterdir()) == [
        "config.cfg", "meta.json", "ner", "tok2vec", "tokenizer", "vocab"]
    assert not list(out.rglob("*optimizer*"))
    assert (tmp_path / "work" / "training" / "model-last").is_dir()   # work dir kept
    meta = json.loads((out / "meta.json").read_text())
    assert meta["sources"][0]["name"] == "idner-news-2k"
    assert "MIT" in meta["sources"][0]["license"]
    assert meta["newskg"]["seed"] == 3
    assert set(meta["newskg"]["dev"]) >= {"micro"}
    assert result["size_bytes"] > 0 and result["scores"]["micro"]["gold"] == 8 * 7
    nlp = recognizer.load(out)
    assert nlp.pipe_names == ["tok2vec", "ner"]
    recognizer.predict("Joko Widodo tiba di Medan.", model_dir=out)   # runs


def test_train_ner_command(tmp_path, capsys):
    data = write_corpus(tmp_path / "data", n=2)
    cfg = CONFIG_PATH.read_text()
    cfg = re.sub(r"(?m)^max_steps = .*$", "max_steps = 4", cfg)
    cfg = re.sub(r"(?m)^eval_frequency = .*$", "eval_frequency = 2", cfg)
    (tmp_path / "fast.cfg").write_text(cfg)
    model = tmp_path / "models" / "m"   # parent folders are created
    code = main(["train-ner", "--data", str(data), "--output", str(model),
                 "--seed", "1", "--config", str(tmp_path / "fast.cfg")])
    assert code == 0
    out = capsys.readouterr().out
    assert f"model written to {model}" in out and "kg eval-ner" in out
    assert (model / "meta.json").is_file()
    assert main(["eval-ner", str(data / "dev.txt"), "--model", str(model)]) == 0


def test_bad_config_is_a_config_error(tmp_path, capsys):
    data = write_corpus(tmp_path / "data", n=1)
    bad = re.sub(r"(?m)^max_steps = .*$", "max_steps = many",
                 CONFIG_PATH.read_text())
    (tmp_path / "bad.cfg").write_text(bad)
    assert main(["train-ner", "--data", str(data), "--output", str(tmp_path / "m"),
                 "--config", str(tmp_path / "bad.cfg")]) == 2
    assert "Error:" in capsys.readouterr().err
    assert not (tmp_path / "m").exists()


def test_train_ner_writes_under_the_working_directory_by_default(tmp_path, monkeypatch, capsys):
    """Run from anywhere: the corpus is found from the package, the model goes to
    ./kg-models/ner, and the shipped model is not touched."""
    from kg.ner.train import DEFAULT_DATA, PACKAGE_MODEL_DIR

    assert (DEFAULT_DATA / "train.txt").is_file() and (DEFAULT_DATA / "dev.txt").is_file()
    shipped = {p: p.stat().st_mtime_ns for p in PACKAGE_MODEL_DIR.rglob("*")}
    seen = {}

    def fake_train(data, out, **kw):   # the real training takes minutes; see the tests above
        seen.update(data=data, out=out)
        Path(out).mkdir(parents=True, exist_ok=True)
        return {"seconds": 1.0, "dev": {}, "size_bytes": 0, "out_dir": str(out)}

    monkeypatch.setattr("kg.ner.train.train", fake_train)
    monkeypatch.chdir(tmp_path)
    assert main(["train-ner"]) == 0
    assert seen["data"] == str(DEFAULT_DATA)
    assert str(seen["out"]) == "kg-models/ner" and (tmp_path / "kg-models" / "ner").is_dir()
    out = capsys.readouterr().out
    assert "model written to kg-models/ner" in out and "--replace-shipped" in out
    assert main(["train-ner", "--replace-shipped"]) == 0
    assert seen["out"] == PACKAGE_MODEL_DIR
    assert {p: p.stat().st_mtime_ns for p in PACKAGE_MODEL_DIR.rglob("*")} == shipped


def test_train_ner_refuses_the_shipped_folder_and_foreign_folders(tmp_path, capsys):
    from kg.ner.train import PACKAGE_MODEL_DIR

    data = write_corpus(tmp_path / "data", n=1)
    assert main(["train-ner", "--data", str(data), "-o", str(PACKAGE_MODEL_DIR)]) == 2
    assert "--replace-shipped" in capsys.readouterr().err
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "todo.txt").write_text("mine")
    assert main(["train-ner", "--data", str(data), "-o", str(notes)]) == 2
    assert "holds no model" in capsys.readouterr().err
    assert (notes / "todo.txt").read_text() == "mine"
    with pytest.raises(SystemExit):   # one destination only
        main(["train-ner", "-o", str(tmp_path / "x"), "--replace-shipped"])
