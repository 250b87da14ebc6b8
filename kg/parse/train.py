"""Rebuild the shipped tagger + dependency parser (``kg/parse/model``) from the
Universal Dependencies Indonesian treebanks in ``data/ud-indonesian``.

The split is fixed (see ``split``): test = CSUI test (formal news, never trained on);
of the other files (CSUI train, GSD dev, GSD test, PUD) every tenth sentence is dev
(checkpoint choice only) and the rest is train. Multiword tokens are merged
(``kg.parse.conllu``); the tagger learns universal POS tags (stored in ``Token.tag_``).

Training runs ``spacy train`` with ``kg/parse/config.cfg`` and a fixed seed on one CPU
thread, installs the best checkpoint (inference files only) and records the test scores
(``evaluate``) in its ``meta.json``.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

from kg.errors import InputError
from kg.parse.conllu import TreeSentence, read_conllu
from kg.training import checked_config, install, limit_threads, spacy_train, work_folder

CONFIG_PATH = Path(__file__).parent / "config.cfg"
DEFAULT_OUTPUT = "parser-model"
TEST_FILES = ("id_csui-ud-test.conllu",)
TRAIN_FILES = ("id_csui-ud-train.conllu", "id_gsd-ud-dev.conllu", "id_gsd-ud-test.conllu",
               "id_pud-ud-test.conllu")
DEV_EVERY = 10
_COMPONENTS = ("tok2vec", "tagger", "parser")


def split(data_dir: str | Path) -> dict[str, list[TreeSentence]]:
    """The fixed train/dev/test split over the treebank files in ``data_dir``."""
    data_dir = Path(data_dir)
    missing = [f for f in TEST_FILES + TRAIN_FILES if not (data_dir / f).is_file()]
    if missing:
        raise InputError(f"{data_dir}: missing treebank files {missing} "
                         "(expected the folder data/ud-indonesian)")
    parts: dict[str, list[TreeSentence]] = {"train": [], "dev": [], "test": []}
    for name in TEST_FILES:
        parts["test"] += read_conllu(data_dir / name)
    pool = [s for name in TRAIN_FILES for s in read_conllu(data_dir / name)]
    for i, sent in enumerate(pool):
        parts["dev" if i % DEV_EVERY == DEV_EVERY - 1 else "train"].append(sent)
    return parts


def to_doc(vocab, sent: TreeSentence, annotated: bool = True):
    from spacy.tokens import Doc

    if not annotated:
        return Doc(vocab, words=sent.words, spaces=sent.spaces)
    return Doc(vocab, words=sent.words, spaces=sent.spaces, tags=sent.pos,
               heads=sent.heads, deps=sent.deps)


def _docbin(vocab, sentences: list[TreeSentence], path: Path) -> Path:
    from spacy.tokens import DocBin

    db = DocBin(store_user_data=False)
    for sent in sentences:
        db.add(to_doc(vocab, sent))
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    return path


def evaluate(nlp, sentences: list[TreeSentence]) -> dict:
    """POS accuracy, UAS and LAS over all words (punctuation included, as in the
    CoNLL 2018 shared task) on gold tokenisation; also LAS per relation for a few
    relations the event engine reads, and words per second on raw text (run-time
    tokenizer, one thread)."""
    total = pos_ok = head_ok = label_ok = 0
    per: dict[str, list[int]] = {}
    for sent in sentences:
        doc = to_doc(nlp.vocab, sent, annotated=False)
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        for tok, gpos, ghead, gdep in zip(doc, sent.pos, sent.heads, sent.deps):
            total += 1
            pos_ok += tok.tag_ == gpos
            h = tok.head.i == ghead
            head_ok += h
            lab = h and tok.dep_.lower() == gdep.lower()
            label_ok += lab
            cell = per.setdefault(gdep, [0, 0])
            cell[0] += 1
            cell[1] += lab
    texts = [s.text for s in sentences]
    started = time.perf_counter()
    words = sum(len(d) for d in nlp.pipe(texts))
    seconds = time.perf_counter() - started
    keep = ("nsubj", "obj", "nsubj:pass", "obl", "conj", "nmod", "appos", "acl:relcl")
    return {"sentences": len(sentences), "words": total,
            "pos_acc": round(pos_ok / total, 4), "uas": round(head_ok / total, 4),
            "las": round(label_ok / total, 4),
            "las_per_relation": {d: round(per[d][1] / per[d][0], 3) for d in keep if d in per},
            "words_per_second": round(words / seconds)}


def train(data_dir: str | Path, out_dir: str | Path = DEFAULT_OUTPUT, seed: int = 0, *,
          config: str | Path = CONFIG_PATH, work_dir: str | Path | None = None) -> dict:
    """Train, install the best checkpoint in ``out_dir`` and score it on the test part.
    Returns {seconds, test scores, size_bytes, out_dir}."""
    limit_threads()
    data_dir, out_dir = Path(data_dir), Path(out_dir)
    if not data_dir.is_dir():
        raise InputError(f"{data_dir}: not a directory; pass the folder holding the "
                         "UD Indonesian treebanks (e.g. data/ud-indonesian)")
    config = checked_config(config)
    import spacy

    parts = split(data_dir)
    started = time.monotonic()
    with work_folder(work_dir, "kg-train-parser-") as work:
        vocab = spacy.blank("id").vocab
        train_path = _docbin(vocab, parts["train"], work / "corpus" / "train.spacy")
        dev_path = _docbin(vocab, parts["dev"], work / "corpus" / "dev.spacy")
        spacy_train(config, work / "training",
                    {"paths.train": str(train_path), "paths.dev": str(dev_path), "system.seed": int(seed)})
        seconds = time.monotonic() - started
        meta = {
            "name": "newskg_parser", "version": "0.1.0",
            "description": "newskg Indonesian tagger (universal POS) and dependency "
                           "parser, spaCy efficiency architecture, trained by "
                           "`kg train-parser`.",
            "license": "CC BY-SA 4.0 (derived from UD Indonesian GSD, CSUI, PUD)",
            "author": "newskg",
            "sources": [{"name": f"UD Indonesian {n}", "license": lic,
                         "url": f"https://github.com/UniversalDependencies/UD_Indonesian-{n}"}
                        for n, lic in (("GSD", "CC BY-SA 4.0"), ("CSUI", "CC BY-SA 4.0"),
                                       ("PUD", "CC BY-SA 3.0"))],
            "newskg": {"seed": int(seed), "train_seconds": round(seconds, 1),
                       "split": {k: len(v) for k, v in parts.items()}},
        }
        install(work / "training" / "model-best", out_dir, meta, _COMPONENTS)
        nlp = spacy.load(out_dir)
        scores = evaluate(nlp, parts["test"])
        meta_path = out_dir / "meta.json"
        stored = json.loads(meta_path.read_text(encoding="utf-8"))
        stored["newskg"]["test"] = scores
        meta_path.write_text(json.dumps(stored, indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8")
        size = sum(p.stat().st_size for p in out_dir.rglob("*") if p.is_file())
        return {"seconds": seconds, "test": scores, "size_bytes": size,
                "out_dir": str(out_dir)}
