"""Read CoNLL-style NER files: one token per line (``TOKEN POS TAG``), sentences
separated by blank lines, BIO tags (``B-PER``, ``I-ORG``, ``O`` ...).

The reader is strict about structure but tolerant of CRLF line endings, tabs,
extra columns (the tag is always the last column), two-column files (``TOKEN TAG``)
and ``_`` for an unknown POS. Malformed lines raise ``kg.errors.InputError`` naming
the file and line.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError


@dataclass
class Sentence:
    tokens: list[str]
    pos: list[str | None]
    tags: list[str]            # BIO tags as written, e.g. "B-PER"
    line: int = 0              # 1-based line of the first token in the file

    def text_and_offsets(self) -> tuple[str, list[tuple[int, int]]]:
        """The tokens joined by single spaces, and each token's (start, end) in it."""
        offsets = []
        pos = 0
        for tok in self.tokens:
            offsets.append((pos, pos + len(tok)))
            pos += len(tok) + 1
        return " ".join(self.tokens), offsets

    def spans(self) -> list[tuple[int, int, str]]:
        """Entity spans as (first token, last token + 1, label), labels as in the file."""
        return bio_to_spans(self.tags)

    def char_spans(self) -> list[tuple[int, int, str]]:
        """Entity spans as character offsets into ``text_and_offsets()[0]``."""
        _, offsets = self.text_and_offsets()
        return [(offsets[s][0], offsets[e - 1][1], label) for s, e, label in self.spans()]


def bio_to_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Convert BIO (or IOB1) tags to (start, end, label) token spans.

    An ``I-X`` that does not continue an entity of type X starts a new one (the
    usual lenient CoNLL reading).
    """
    spans: list[tuple[int, int, str]] = []
    start, label = None, None
    for i, tag in enumerate(tags):
        if tag == "O" or not tag:
            if start is not None:
                spans.append((start, i, label))
            start, label = None, None
            continue
        prefix, _, typ = tag.partition("-")
        if prefix not in ("B", "I") or not typ:
            raise ValueError(f"not a BIO tag: {tag!r}")
        if prefix == "B" or start is None or typ != label:
            if start is not None:
                spans.append((start, i, label))
            start, label = i, typ
    if start is not None:
        spans.append((start, len(tags), label))
    return spans


def parse_conll(text: str, name: str = "<string>") -> list[Sentence]:
    """Parse CoNLL text into sentences (see the module docstring)."""
    sentences: list[Sentence] = []
    tokens: list[str] = []
    pos: list[str | None] = []
    tags: list[str] = []
    first = 0

    def flush():
        nonlocal tokens, pos, tags
        if tokens:
            sentences.append(Sentence(tokens, pos, tags, first))
        tokens, pos, tags = [], [], []

    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            flush()
            continue
        if line.startswith("-DOCSTART-"):
            flush()
            continue
        cols = line.split()
        if len(cols) < 2:
            raise InputError(f"{name}:{lineno}: expected 'TOKEN POS TAG', got {raw.strip()!r}")
        tag = cols[-1]
        if tag != "O" and not (tag[:2] in ("B-", "I-") and len(tag) > 2):
            raise InputError(f"{name}:{lineno}: the last column must be a BIO tag "
                             f"(O, B-TYPE, I-TYPE), got {tag!r}")
        if not tokens:
            first = lineno
        tokens.append(cols[0])
        pos.append(cols[1] if len(cols) >= 3 and cols[1] != "_" else None)
        tags.append(tag)
    flush()
    return sentences


def read_conll(path: str | Path) -> list[Sentence]:
    """Read a CoNLL file; raises InputError if it is missing, unreadable or malformed."""
    p = Path(path)
    try:
        data = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a directory, expected a CoNLL file") from None
    except UnicodeDecodeError as e:
        raise InputError(f"{p}: not UTF-8 text ({e.reason} at byte {e.start})") from None
    except OSError as e:
        raise InputError(f"{p}: cannot read ({e.strerror})") from None
    return parse_conll(data, str(p))
