"""Split the text into sentences.

Newlines always end a sentence; ``. ! ?`` end one when followed by space and a
capital, digit or quote, unless the word before is an abbreviation or an initial.
Page furniture and the dateline header are cut out of the sentences.
"""
from __future__ import annotations

import re

from kg.lang.id import word_list
from kg.model import Document, Sentence

_ABBREVIATIONS = frozenset(word_list("abbreviations"))
# a sentence end: a run of . ! ? and closing quotes or brackets, then space and a capital,
# digit or opening quote. Runs are found first and the rest matched at their end: one regular
# expression for both tries again from every character of a run that fails, which costs the
# square of the run's length (a line of 10,000 dots: 1.5 s).
_RUN = re.compile(r"[.!?]+")
_CLOSE = re.compile(r"[\"'”’)]*(?=\s+[\"'“‘(]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot - 20), dot + 1)
    if not m:
        return False
    word = m.group(1)
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def _ends(text: str, start: int, end: int):
    for run in _RUN.finditer(text, start, end):
        close = _CLOSE.match(text, run.end(), end)
        if close:
            yield run.start(), close.end()


def _split_line(text: str, start: int, end: int):
    pos = start
    for dot, stop in _ends(text, start, end):
        if text[dot] == "." and (_is_abbreviation(text, dot) or text[pos:dot].strip().isdigit()):
            continue   # "Dr. Budi", and the number of a list item: "2. Menteri Keuangan: ..."
        yield pos, stop
        pos = stop
    yield pos, end


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _minus_removed(doc: Document, start: int, end: int):
    """The parts of [start, end) outside removed spans and the dateline header."""
    skipped = doc.removed + ([(*doc.dateline, "dateline")] if doc.dateline else [])
    for rs, re_, _ in sorted(skipped):
        if re_ <= start or rs >= end:
            continue
        if rs > start:
            yield start, rs
        start = max(start, re_)
    if start < end:
        yield start, end


def segment(doc: Document) -> Document:
    text, sentences = doc.text, []
    for m in re.finditer(r"[^\r\n]+", text):
        for part in _minus_removed(doc, m.start(), m.end()):
            for s, e in _split_line(text, *part):
                s, e = _strip(text, s, e)
                if any(ch.isalnum() for ch in text[s:e]):
                    sentences.append(Sentence(s, e, len(sentences)))
    doc.sentences = sentences
    return doc
