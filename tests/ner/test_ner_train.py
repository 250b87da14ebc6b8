"""A tiny training run: checks the conversion, the spaCy call and the installed
model, not the quality (the real training takes minutes; see docs/ner.md)."""
import json
import re
from pathlib import Path

import pytest

from kg.cli import main
from kg.errors import InputError
from kg.ner import recognizer
from kg.ner.train import CONFIG_PATH, convert, read_corpora, train

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


def write_corpus_list(folder):
    """Two corpora (the second a glob over files with '_' for the POS and with no POS
    column) and a dev split, declared in a corpus list as data/ner-corpora.toml is."""
    data = write_corpus(folder / "first", n=8)
    (folder / "second").mkdir()
    (folder / "second" / "a.conll").write_text("Ani\t_\tB-PER\ndari\t_\tO\nBogor\t_\tB-LOC\n")
    (folder / "second" / "b.conll").write_text("Ani\tB-PER\nke\tO\nKPK\tB-ORG\n")
    listing = folder / "corpora.toml"
    listing.write_text('''dev = "first/dev.txt"
[[corpus]]
name = "first"
train = ["first/train.txt"]
license = "MIT"
[[corpus]]
name = "second"
train = ["second/*.conll"]
license = "CC0"
author = "tests"
''')
    return listing


def test_convert_keeps_entities_on_runtime_tokens(tmp_path):
    import spacy
    from spacy.tokens import DocBin

    data = write_corpus(tmp_path / "data", n=1)
    train_path, dev_path = convert(read_corpora(data), tmp_path / "corpus")
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
        convert(read_corpora(data), tmp_path / "c")
    (data / "dev.txt").unlink()
    (data / "train.txt").write_text("Joko X B-PER\n")
    with pytest.raises(InputError, match="dev.txt"):
        convert(read_corpora(data), tmp_path / "c")


def test_corpus_list_reads_every_corpus_in_order(tmp_path):
    import spacy
    from spacy.tokens import DocBin

    listing = write_corpus_list(tmp_path)
    corpora = read_corpora(listing)
    assert [s["name"] for s, _ in corpora.train] == ["first", "second"]
    assert [p.name for p in corpora.train[1][1]] == ["a.conll", "b.conll"]   # glob, sorted
    train_path, _ = convert(corpora, tmp_path / "corpus")
    docs = list(DocBin().from_disk(train_path).get_docs(spacy.blank("id").vocab))
    assert len(docs) == 8 * 3 + 2
    assert [(e.text, e.label_) for d in docs[-2:] for e in d.ents] == [
        ("Ani", "PER"), ("Bogor", "LOC"), ("Ani", "PER"), ("KPK", "ORG")]


def test_corpus_list_errors_name_the_file(tmp_path):
    listing = write_corpus_list(tmp_path)
    text = listing.read_text()
    listing.write_text(text.replace("second/*.conll", "third/*.conll"))
    with pytest.raises(InputError, match="no file matches"):
        read_corpora(listing)
    listing.write_text(text.replace('dev = "first/dev.txt"', ""))
    with pytest.raises(InputError, match="not a corpus list"):
        read_corpora(listing)
    with pytest.raises(InputError, match="not found"):
        read_corpora(tmp_path / "nope.toml")


def test_shipped_corpus_lists_name_existing_files_with_attribution():
    """The shipped list and the variants measured against it (data/ner-variants/) read,
    name existing training files (never a test split) with a licence each, and keep
    idner-news-2k dev as the dev split."""
    from kg.ner.train import DEFAULT_DATA

    lists = [DEFAULT_DATA, *sorted((DEFAULT_DATA.parent / "ner-variants").glob("*.toml"))]
    assert len(lists) > 1
    for listing in lists:
        corpora = read_corpora(listing)
        assert corpora.dev.resolve() == DEFAULT_DATA.parent / "idner-news-2k" / "dev.txt"
        for source, files in corpora.train:
            assert source["license"] and source["url"], (listing, source["name"])
            assert files and all(f.is_file() and "test" not in f.name for f in files)


def test_tiny_training_installs_a_loadable_stripped_model(tmp_path):
    data = write_corpus_list(tmp_path)
    out = tmp_path / "model"
    out.mkdir()
    (out / "stale-file").write_text("replaced by training")
    result = train(data, out, seed=3, work_dir=tmp_path / "work", overrides=FAST)
    assert sorted(p.name for p in out.iterdir()) == [
        "config.cfg", "meta.json", "ner", "tok2vec", "tokenizer", "vocab"]
    assert not list(out.rglob("*optimizer*"))
    assert (tmp_path / "work" / "training" / "model-last").is_dir()   # work dir kept
    meta = json.loads((out / "meta.json").read_text())
    assert [(s["name"], s["license"]) for s in meta["sources"]] == [("first", "MIT"),
                                                                     ("second", "CC0")]
    assert meta["sources"][1]["author"] == "tests"
    assert meta["newskg"]["seed"] == 3
    assert set(meta["newskg"]["dev"]) >= {"micro"}
    import spacy
    assert meta["newskg"]["environment"]["spacy"] == spacy.__version__   # what rebuilds these weights
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

    assert read_corpora(DEFAULT_DATA).dev.is_file()
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
