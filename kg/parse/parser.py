"""The Indonesian tagger + dependency parser shipped in ``kg/parse/model`` (built by
``kg train-parser``), with the lemma table of ``kg.parse.lemmas``.

A ``Parser`` loads both lazily, on first use, and keeps them: the pipeline object owns
one (``kg.pipeline.Pipeline``), so a process that builds many articles loads the model
once. Universal POS tags are in ``Token.tag_``; lemmas come from ``Parser.lemma``.
"""
from __future__ import annotations

import threading
from pathlib import Path

from kg import blas
from kg.errors import ModelError

MODEL_DIR = Path(__file__).parent / "model"


class Parser:
    def __init__(self, model_dir: str | Path = MODEL_DIR, lemma_table: Path | None = None):
        self.model_dir = Path(model_dir)
        self.lemma_table = lemma_table
        self._nlp = None
        self._lemmas: dict[str, str] | None = None
        self._lock = threading.Lock()

    @property
    def nlp(self):
        if self._nlp is None:
            with self._lock:
                if self._nlp is None:
                    self._nlp = self._load()
        return self._nlp

    def _load(self):
        hint = f"run 'kg train-parser -o {self.model_dir} --replace' to rebuild it"
        if not (self.model_dir / "config.cfg").is_file():
            raise ModelError(f"parser model missing: {self.model_dir} holds no spaCy model; {hint}")
        try:
            import spacy

            # the saved tokenizer is spaCy's default Indonesian one, made again from the config:
            # reading it too would load its ~32,000 exceptions twice (a test checks they agree)
            with blas.loading():
                nlp = spacy.load(self.model_dir, exclude=["tokenizer"])
        except Exception as e:  # spaCy raises many kinds
            first = (str(e).strip().splitlines() or [type(e).__name__])[0]
            raise ModelError(f"parser model corrupt: {first[:200]}; {hint}") from None
        if "parser" not in nlp.pipe_names:
            raise ModelError(f"parser model corrupt: no 'parser' component; {hint}")
        return nlp

    def lemma(self, word: str) -> str:
        """The lemma of a word (lower case); the word itself if the table has none."""
        if self._lemmas is None:
            with self._lock:
                if self._lemmas is None:
                    from kg.parse import lemmas

                    self._lemmas = lemmas.load(*( [self.lemma_table] if self.lemma_table else []))
        w = word.lower()
        return self._lemmas.get(w, w)

    def parse(self, texts: list[str]) -> list:
        """spaCy Docs (tags and dependencies) for the texts, in order."""
        nlp = self.nlp
        with blas.one_thread():
            return list(nlp.pipe((_without_spaces(nlp, t) for t in texts), batch_size=64))


def _without_spaces(nlp, text: str):
    """The text's tokens with no token for a run of spaces (a page's "tamunya,  Arema"): the
    treebanks have none, and one misleads the tagger and the tree. Each token's offset in the text
    stays readable through ``offset``."""
    doc = nlp.make_doc(text)
    if not any(t.is_space for t in doc):
        return doc
    from spacy.tokens import Doc

    kept = [t for t in doc if not t.is_space]
    spaced = [bool(t.whitespace_) or t.i + 1 < len(doc) and doc[t.i + 1].is_space for t in kept]
    out = Doc(nlp.vocab, words=[t.text for t in kept], spaces=spaced)
    out.user_data["offsets"] = [t.idx for t in kept]
    return out


def offset(tok) -> int:
    """Where a parsed token starts in the text given to ``Parser.parse``."""
    offsets = tok.doc.user_data.get("offsets")
    return offsets[tok.i] if offsets else tok.idx
