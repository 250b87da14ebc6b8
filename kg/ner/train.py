"""Train the entity recogniser from idner-news-2k (the shipped one is ``kg/ner/model``).

``train(data_dir, out_dir, seed=0)``:

1. reads ``train.txt`` and ``dev.txt`` (CoNLL) from ``data_dir``;
2. converts them to spaCy DocBin files. Each sentence becomes the text of its tokens
   joined by single spaces, tokenised by the same blank ``id`` tokenizer the model
   uses at run time, with the gold entities as character spans. (The run-time
   tokenizer only ever splits a corpus token further, so every gold boundary is a
   token boundary and the model is trained on the tokenisation it will see.)
3. runs ``spacy train`` with ``kg/ner/config.cfg`` and the given seed on the CPU;
4. saves ``model-best`` (best dev F1) into ``out_dir`` with only the components
   inference needs (tok2vec, ner; spaCy model directories hold no optimizer state;
   logs, ``model-last`` and the corpora stay in the work directory), attribution of
   the corpus in ``meta.json``, and the dev figures of the installed recogniser
   (``newskg.dev``, ``newskg.confidence``).

Training is deterministic for a given seed on one thread: the command sets
``OMP_NUM_THREADS`` / ``OPENBLAS_NUM_THREADS`` / ``BLIS_NUM_THREADS`` to 1 before spaCy
is imported. On a 2-core machine it takes a few minutes.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

from kg.errors import ConfigError, InputError
from kg.ner import TYPE_MAP
from kg.ner.conll import Sentence, read_conll
from kg.training import checked_config, install, limit_threads, spacy_train, work_folder

PACKAGE_MODEL_DIR = Path(__file__).parent / "model"
CONFIG_PATH = Path(__file__).parent / "config.cfg"
# The corpus ships in the source tree beside the package (data/ at the repository
# root), so the default does not depend on the working directory.
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "data" / "idner-news-2k"

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


def convert(data_dir: Path, corpus_dir: Path) -> tuple[Path, Path]:
    """Write train.spacy and dev.spacy into corpus_dir; returns their paths."""
    import spacy

    nlp = spacy.blank("id")
    corpus_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for split in ("train", "dev"):
        src = data_dir / f"{split}.txt"
        if not src.is_file():
            raise InputError(f"{src}: missing; the training data directory must hold "
                             "train.txt and dev.txt (CoNLL: TOKEN POS TAG)")
        sentences = read_conll(src)
        if not sentences:
            raise InputError(f"{src}: no sentences")
        _check_labels(sentences, src)
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


def train(data_dir: str | Path, out_dir: str | Path, seed: int = 0, *,
          config: str | Path = CONFIG_PATH, work_dir: str | Path | None = None,
          overrides: dict | None = None) -> dict:
    """Train the NER model and install the best checkpoint into ``out_dir`` (replacing
    it; ``checked_output`` says which folders a command may pass).

    Returns a summary: seconds taken, the dev scores spaCy measured for the best
    checkpoint, and the installed model's size in bytes. ``work_dir`` (default: a
    temporary directory, removed afterwards) keeps the corpora, logs and checkpoints.
    """
    limit_threads()
    data_dir, out_dir = Path(data_dir), Path(out_dir)
    if not data_dir.is_dir():
        raise InputError(f"{data_dir}: not a directory; pass the folder holding train.txt and "
                         "dev.txt with --data (idner-news-2k is in data/ of the source repository)")
    config = checked_config(config)
    started = time.monotonic()
    with work_folder(work_dir, "kg-train-ner-") as work:
        train_path, dev_path = convert(data_dir, work / "corpus")
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
            "license": "MIT (model); training data idner-news-2k, MIT",
            "author": "newskg",
            "sources": [{
                "name": "idner-news-2k",
                "url": "https://github.com/yusufsyaifudin/Indonesia-ner (original data, "
                       "re-annotated; see data/idner-news-2k/README.md)",
                "license": "MIT, Copyright (c) 2020 khairunnisaor",
                "author": "Siti Oryza Khairunnisa, Aizhan Imankulova, Mamoru Komachi "
                          "(AACL-IJCNLP SRW 2020); based on Syaifudin & Nurwidyantoro (2016)",
            }],
            "newskg": {"seed": int(seed), "train_seconds": round(seconds, 1),
                       "overrides": {k: v for k, v in (overrides or {}).items()}},
        }
        install(best, out_dir, extra, _COMPONENTS)
        dev_scores = record_dev_scores(out_dir, data_dir / "dev.txt")
        size = sum(p.stat().st_size for p in out_dir.rglob("*") if p.is_file())
        return {"seconds": seconds, "dev": best_meta.get("performance", {}),
                "scores": dev_scores, "size_bytes": size, "out_dir": str(out_dir)}
