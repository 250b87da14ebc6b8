"""Find Person / Organization / Place mentions with the shipped spaCy model.

    >>> from kg.ner.recognizer import predict
    >>> predict("Presiden Joko Widodo bertemu Menteri Luar Negeri di Jakarta.")
    [(9, 20, 'Person', 0.87), (52, 59, 'Place', 0.77)]

The model (``kg/ner/model``, built by ``kg train-ner``) is loaded once per process,
lazily, and cached per directory. ``load(path)`` / the ``model_dir`` arguments load
another copy (tests use this to point at broken models).

Confidence. spaCy's greedy ``ner`` gives no per-entity score, so the confidence of an
entity is a fixed number per type: the precision the shipped recogniser reached for
that type on the dev split when it was trained (``meta.json`` -> ``newskg.confidence``,
written by ``kg.ner.train``), i.e. "how often a model entity of this type was right".
A model without that record gives ``DEFAULT_CONFIDENCE`` (0.7). The number says
nothing about a single entity; it lets the mention stage weigh the model against
gazetteers and rules. (Beam decoding would give per-entity probabilities, but with
this greedy-trained model it lowered dev F1 from 0.83 to 0.64, so it is not used.)

Long inputs are cut at line breaks (and overlong lines at whitespace, or hard at
``MAX_CHUNK`` characters), each piece is processed on its own and batches hold about
``BATCH_CHARS`` characters, so memory stays bounded by the batch size, not the text
size. Pieces with no letters are skipped.
Entities lose leading/trailing tokens without letters or digits (emoji, stray
punctuation); entities containing a token longer than ``MAX_TOKEN_CHARS`` are dropped.
Lone surrogates (unencodable) are read as U+FFFD, keeping offsets.
"""
from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg import blas
from kg.errors import ModelError
from kg.ner import TYPE_MAP

MODEL_DIR = Path(__file__).parent / "model"
DEFAULT_CONFIDENCE = 0.7
MAX_CHUNK = 10_000          # characters handed to spaCy as one Doc at most
BATCH_CHARS = 20_000        # characters per nlp.pipe batch (unless one piece is longer)
BATCH_SIZE = 64             # pieces per nlp.pipe batch
MAX_TOKEN_CHARS = 60        # entities with a longer token are dropped (no name has one)

_SURROGATES = re.compile("[\ud800-\udfff]")

Entity = tuple[int, int, str, float]

_cache: dict[Path, tuple[object, dict[str, float]]] = {}
_lock = threading.Lock()


def _rebuild_hint(path: Path) -> str:
    if Path(path).resolve() == MODEL_DIR.resolve():
        return f"run 'kg train-ner --replace-shipped' to rebuild it (model directory: {path})"
    return f"run 'kg train-ner -o {path}' to train one there"


def load(path: str | Path | None = None):
    """The spaCy pipeline in ``path`` (default: the shipped model), loaded once.

    Raises ModelError, naming ``kg train-ner``, if the directory is missing or holds
    something spaCy cannot load or that is not an entity recogniser.
    """
    return _load(path)[0]


def confidences(path: str | Path | None = None) -> dict[str, float]:
    """The confidence ``predict`` gives each entity type (see the module docstring)."""
    return dict(_load(path)[1])


def _load(path: str | Path | None = None):
    p = Path(path) if path is not None else MODEL_DIR
    key = p.resolve()
    hit = _cache.get(key)
    if hit is not None:
        return hit
    with _lock:
        hit = _cache.get(key)
        if hit is None:
            hit = _cache[key] = _read_model(p)
    return hit


def _read_model(p: Path):
    if not (p / "config.cfg").is_file() or not (p / "meta.json").is_file():
        raise ModelError(f"NER model missing: {p} holds no spaCy model; {_rebuild_hint(p)}")
    try:
        meta = json.loads((p / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ModelError(f"NER model corrupt: cannot read meta.json ({e}); "
                         f"{_rebuild_hint(p)}") from None
    try:
        import spacy

        # The saved tokenizer is spaCy's default Indonesian one, which building the
        # pipeline from its config already made: reading it again would load the ~32,000
        # tokenizer exceptions a second time (most of the start-up time). A test checks
        # that the two are the same.
        with blas.loading():
            nlp = spacy.load(p, exclude=["parser", "tagger", "lemmatizer", "tokenizer"])
    except Exception as e:  # spaCy raises many kinds (IOError, ValueError, KeyError, msgpack...)
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise ModelError(f"NER model corrupt: spaCy could not load it ({first[:200]}); "
                         f"{_rebuild_hint(p)}") from None
    if "ner" not in nlp.pipe_names:
        raise ModelError(f"NER model corrupt: the pipeline has no 'ner' component; "
                         f"{_rebuild_hint(p)}")
    recorded = (meta.get("newskg") or {}).get("confidence") or {}
    confidence = {}
    for typ in TYPE_MAP.values():
        value = recorded.get(typ)
        ok = isinstance(value, (int, float)) and 0 < value <= 1
        confidence[typ] = float(value) if ok else DEFAULT_CONFIDENCE
    return nlp, confidence


def clear_cache() -> None:
    """Forget loaded models (tests; after retraining in the same process)."""
    with _lock:
        _cache.clear()


def _pieces(text: str) -> Iterator[tuple[int, str]]:
    """(offset, piece) for the parts of ``text`` that are processed on their own."""
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        line_end = n if nl < 0 else nl
        while pos < line_end:
            end = line_end
            if end - pos > MAX_CHUNK:
                cut = pos + MAX_CHUNK
                space = max(text.rfind(" ", pos + MAX_CHUNK // 2, cut),
                            text.rfind("\t", pos + MAX_CHUNK // 2, cut))
                end = space + 1 if space > 0 else cut
            piece = text[pos:end]
            if any(c.isalpha() for c in piece):
                if _SURROGATES.search(piece):   # unencodable: spaCy hashes UTF-8
                    piece = _SURROGATES.sub("\ufffd", piece)  # same length, offsets kept
                yield pos, piece
            pos = end
        pos = line_end + 1


def predict_many(texts: Iterable[str], *, model_dir: str | Path | None = None,
                 batch_size: int = BATCH_SIZE) -> list[list[Entity]]:
    """Entities of each text, as ``predict`` gives them; runs the texts through
    ``nlp.pipe`` in batches of at most ``batch_size`` pieces (lines) and about
    ``BATCH_CHARS`` characters."""
    nlp, confidence = _load(model_dir)
    results: list[list[Entity]] = []

    def stream():
        for i, text in enumerate(texts):
            if not isinstance(text, str):
                raise TypeError(f"predict_many expects str, got {type(text).__name__}")
            results.append([])
            for offset, piece in _pieces(text):
                yield piece, (i, offset)

    with blas.one_thread():
        for batch in _batches(stream(), batch_size):
            for doc, (i, offset) in nlp.pipe(batch, as_tuples=True, batch_size=len(batch)):
                out = results[i]
                for ent in doc.ents:
                    typ = TYPE_MAP.get(ent.label_)
                    span = _clean(ent) if typ is not None else None
                    if span is not None:
                        out.append((offset + span[0], offset + span[1], typ, confidence[typ]))
    return results


def _batches(items, batch_size: int):
    """Lists of (piece, context) with at most ``batch_size`` pieces and, unless one
    piece is longer, at most ``BATCH_CHARS`` characters: the network's activations
    grow with the tokens in a batch, so this bounds memory for long texts."""
    batch, chars = [], 0
    for item in items:
        n = len(item[0])
        if batch and (len(batch) >= batch_size or chars + n > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += n
    if batch:
        yield batch


def _clean(ent) -> tuple[int, int] | None:
    """Character span of ``ent`` without leading/trailing tokens that hold no letter
    or digit (punctuation, emoji the model swept in); None if nothing is left or a
    token is implausibly long for a name."""
    tokens = [t for t in ent]
    # Keep a bracket that pairs with one inside the entity: the corpus writes
    # "Mahkamah Konstitusi (MK)" as one organisation.
    while tokens and not _has_alnum(tokens[0].text) and not _pairs(tokens, 0):
        tokens.pop(0)
    while tokens and not _has_alnum(tokens[-1].text) and not _pairs(tokens, -1):
        tokens.pop()
    if not tokens or any(len(t) > MAX_TOKEN_CHARS for t in tokens):
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


_BRACKETS = {"(": ")", "[": "]", "{": "}", "\u201c": "\u201d", "\u00ab": "\u00bb"}
_CLOSERS = {v: k for k, v in _BRACKETS.items()}


def _pairs(tokens, i: int) -> bool:
    """Whether the edge token ``tokens[i]`` is a bracket closed / opened inside the span."""
    tok = tokens[i].text
    rest = "".join(t.text for t in (tokens[1:] if i == 0 else tokens[:-1]))
    if i == 0 and tok in _BRACKETS:
        return rest.count(_BRACKETS[tok]) > rest.count(tok)
    if i == -1 and tok in _CLOSERS:
        return rest.count(_CLOSERS[tok]) > rest.count(tok)
    return False


def _has_alnum(s: str) -> bool:
    return any(c.isalnum() for c in s)


def predict(text: str, *, model_dir: str | Path | None = None) -> list[Entity]:
    """Entities in text as (start, end, type, confidence): character offsets into
    ``text`` (end exclusive), type one of Person / Organization / Place."""
    if not isinstance(text, str):
        raise TypeError(f"predict expects str, got {type(text).__name__}")
    return predict_many([text], model_dir=model_dir)[0]
