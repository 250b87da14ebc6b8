"""Train the entity recogniser (the shipped one is ``kg/ner/model``).

``train(data, out_dir, seed=0)``:

1. reads the training corpora and the dev split. ``data`` is either a corpus list
   (``data/ner-corpora.toml``, the default: several CoNLL corpora with their
   attribution, and the one dev split) or a folder holding ``train.txt`` and
   ``dev.txt``;
2. converts them to spaCy DocBin files. Each sentence becomes the text of its tokens
   joined by single spaces, tokenised by the same blank ``id`` tokenizer the model
   uses at run time, with the gold entities as character spans. (The run-time
   tokenizer only ever splits a corpus token further, so every gold boundary is a
   token boundary and the model is trained on the tokenisation it will see.)
3. runs ``spacy train`` with ``kg/ner/config.cfg`` and the given seed on the CPU;
4. saves ``model-best`` (best dev F1) into ``out_dir`` with only the components
   inference needs (tok2vec, ner; spaCy model directories hold no optimizer state;
   logs, ``model-last`` and the corpora stay in the work directory), the attribution
   of every training corpus in ``meta.json`` (``sources``), and the dev figures of the
   installed recogniser (``newskg.dev``, ``newskg.confidence``).

Training is deterministic for a given seed on one thread: the command sets
``OMP_NUM_THREADS`` / ``OPENBLAS_NUM_THREADS`` / ``BLIS_NUM_THREADS`` to 1 before spaCy
is imported. On a 2-core machine it takes a few minutes.
"""
from __future__ import annotations

import json
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

from kg.errors import ConfigError, InputError
from kg.ner import TYPE_MAP
from kg.ner.conll import Sentence, read_conll
from kg.training import checked_config, install, limit_threads, spacy_train, work_folder

PACKAGE_MODEL_DIR = Path(__file__).parent / "model"
CONFIG_PATH = Path(__file__).parent / "config.cfg"
# The corpora ship in the source tree beside the package (data/ at the repository
# root), so the default does not depend on the working directory.
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "data" / "ner-corpora.toml"

# The components inference needs; anything else in the trained pipeline is dropped.
_COMPONENTS = ("tok2vec", "ner")


def sentences_to_docbin(nlp, sentences: list[Sentence]):
    """A DocBin with one Doc per sentence, entities labelled PER/ORG/LOC."""
    from spacy.tokens import DocBin

    db = DocBin(store_user_data=False)
    for sent in sentences:
        text, offsets = sent.text_and_offsets()
        doc = nlp.make_doc(text)
        # The corpus POS column, for tokens the tokenizer kept whole (an auxiliary
        # tagger in the config may learn from it; split tokens stay unannotated).
        pos_at = {start: (end, pos) for (start, end), pos in zip(offsets, sent.pos) if pos}
        for token in doc:
            hit = pos_at.get(token.idx)
            if hit and hit[0] == token.idx + len(token.text):
                token.tag_ = hit[1]
        ents = []
        for start, end, label in sent.char_spans():
            span = doc.char_span(start, end, label=label)
            if span is None:  # cannot happen with spaCy's tokenizer; be loud if it does
                raise InputError(f"line {sent.line}: entity {text[start:end]!r} does not "
                                 "align with the tokenizer")
            ents.append(span)
        doc.ents = ents
        db.add(doc)
    return db


def _check_labels(sentences: list[Sentence], path: Path) -> None:
    labels = {label for s in sentences for _, _, label in s.spans()}
    unknown = labels - set(TYPE_MAP)
    if unknown:
        raise InputError(f"{path}: unknown entity types {sorted(unknown)}; "
                         f"expected {sorted(TYPE_MAP)}")


@dataclass(frozen=True)
class Corpora:
    """What a training run reads: training files with the attribution of the corpus
    each belongs to, and the one dev split (it picks the checkpoint)."""
    train: list[tuple[dict, list[Path]]]
    dev: Path


def read_corpora(data: str | Path) -> Corpora:
    """``data`` as a corpus list (a TOML file: ``dev = "FILE"`` and one ``[[corpus]]``
    table per corpus with ``name``, ``train = [FILES or globs]`` and its attribution:
    ``license``, ``url``, ``author``; paths relative to the list) or as a folder with
    ``train.txt`` and ``dev.txt``."""
    data = Path(data)
    if data.is_dir():
        return Corpora([({"name": data.name}, [data / "train.txt"])], data / "dev.txt")
    if not data.is_file():
        raise InputError(f"{data}: not found; pass a corpus list (data/ner-corpora.toml) or a "
                         "folder holding train.txt and dev.txt with --data")
    try:
        with open(data, "rb") as f:
            listing = tomllib.load(f)
        dev = data.parent / listing["dev"]
        train = []
        for corpus in listing["corpus"]:
            files = [p for pattern in corpus["train"] for p in _matching(data.parent, pattern)]
            source = {k: v for k, v in corpus.items() if k != "train"}
            train.append((source, files))
    except (tomllib.TOMLDecodeError, KeyError, TypeError) as e:
        raise InputError(f"{data}: not a corpus list ({type(e).__name__}: {e}); see "
                         "data/ner-corpora.toml") from None
    return Corpora(train, dev)


def _matching(folder: Path, pattern: str) -> list[Path]:
    files = sorted(folder.glob(pattern)) if any(c in pattern for c in "*?[") else [folder / pattern]
    if not files:
        raise InputError(f"{folder / pattern}: no file matches")
    return files


def _sentences(path: Path) -> list[Sentence]:
    if not path.is_file():
        raise InputError(f"{path}: missing; the training data must hold train and dev "
                         "files (CoNLL: TOKEN POS TAG)")
    sentences = read_conll(path)
    if not sentences:
        raise InputError(f"{path}: no sentences")
    _check_labels(sentences, path)
    return sentences


def convert(corpora: Corpora, corpus_dir: Path) -> tuple[Path, Path]:
    """Write train.spacy (all training files, in the order listed) and dev.spacy into
    corpus_dir; returns their paths."""
    import spacy

    nlp = spacy.blank("id")
    corpus_dir.mkdir(parents=True, exist_ok=True)
    train = [s for _, files in corpora.train for path in files for s in _sentences(path)]
    paths = []
    for split, sentences in (("train", train), ("dev", _sentences(corpora.dev))):
        out = corpus_dir / f"{split}.spacy"
        sentences_to_docbin(nlp, sentences).to_disk(out)
        paths.append(out)
    return paths[0], paths[1]


def record_dev_scores(model_dir: Path, dev_path: Path) -> dict:
    """Score the installed model on the dev split with ``kg.ner.evaluate`` and store
    the figures in its meta.json: ``newskg.dev`` (P/R/F1 per type and micro, the
    recogniser as shipped, span clean-up included) and ``newskg.confidence`` (dev
    precision per type: the confidence ``predict`` gives entities of that type)."""
    from kg.ner import recognizer
    from kg.ner.evaluate import evaluate

    recognizer.clear_cache()
    scores = evaluate(read_conll(dev_path),
                      lambda texts: recognizer.predict_many(texts, model_dir=model_dir))
    recognizer.clear_cache()
    meta_path = model_dir / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    table = scores.as_dict()
    meta.setdefault("newskg", {})["dev"] = {
        t: {k: (round(v, 4) if isinstance(v, float) else v) for k, v in d.items()}
        for t, d in table.items()}
    meta["newskg"]["confidence"] = {t: round(scores.by_type[t].precision, 2)
                                    for t in scores.types() if scores.by_type[t].predicted}
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return table


def checked_output(out_dir: str | Path, shipped_dir: Path, replace_shipped: bool) -> Path:
    """The folder a training command writes to: the shipped model's folder only when
    asked (``replace_shipped``), else ``out_dir``, which must not be the shipped one
    and must be new, empty or a model folder (it is replaced)."""
    if replace_shipped:
        return shipped_dir
    out = Path(out_dir)
    if out.resolve() == shipped_dir.resolve():
        raise ConfigError(f"{out_dir} is the shipped model; add --replace-shipped to replace it")
    if out.exists() and not out.is_dir():
        raise ConfigError(f"{out_dir}: exists and is not a folder; choose another -o")
    if out.is_dir() and any(out.iterdir()) and not (out / "meta.json").is_file():
        raise ConfigError(f"{out_dir}: folder is not empty and holds no model; choose another -o")
    return out


def train(data: str | Path, out_dir: str | Path, seed: int = 0, *,
          config: str | Path = CONFIG_PATH, work_dir: str | Path | None = None,
          overrides: dict | None = None) -> dict:
    """Train the NER model and install the best checkpoint into ``out_dir`` (replacing
    it; ``checked_output`` says which folders a command may pass).

    Returns a summary: seconds taken, the dev scores spaCy measured for the best
    checkpoint, and the installed model's size in bytes. ``work_dir`` (default: a
    temporary directory, removed afterwards) keeps the corpora, logs and checkpoints.
    """
    limit_threads()
    corpora, out_dir = read_corpora(data), Path(out_dir)
    config = checked_config(config)
    started = time.monotonic()
    with work_folder(work_dir, "kg-train-ner-") as work:
        train_path, dev_path = convert(corpora, work / "corpus")
        all_overrides = {"paths.train": str(train_path), "paths.dev": str(dev_path),
                         "system.seed": int(seed)}
        all_overrides.update(overrides or {})
        spacy_train(config, work / "training", all_overrides)
        best = work / "training" / "model-best"
        best_meta = json.loads((best / "meta.json").read_text(encoding="utf-8"))
        seconds = time.monotonic() - started
        extra = {
            "name": "newskg_ner",
            "version": "0.1.0",
            "description": "newskg entity recogniser for Indonesian news (PER/ORG/LOC), "
                           "spaCy tok2vec+ner trained by `kg train-ner`.",
            "license": "MIT (model); training data: see sources",
            "author": "newskg",
            "sources": [source for source, _ in corpora.train],
            "newskg": {"seed": int(seed), "train_seconds": round(seconds, 1),
                       "overrides": {k: v for k, v in (overrides or {}).items()}},
        }
        install(best, out_dir, extra, _COMPONENTS)
        dev_scores = record_dev_scores(out_dir, corpora.dev)
        size = sum(p.stat().st_size for p in out_dir.rglob("*") if p.is_file())
        return {"seconds": seconds, "dev": best_meta.get("performance", {}),
                "scores": dev_scores, "size_bytes": size, "out_dir": str(out_dir)}
