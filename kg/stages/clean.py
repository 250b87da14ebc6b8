"""Mark related-article teasers and parse the dateline, without touching the text.

Removed spans are recorded in ``Document.removed``; later stages skip them, so
offsets into the text as read never shift.
"""
from __future__ import annotations

import re

from kg.lang.id import word_list
from kg.model import Document

_CUE = re.compile(r"(?i)(?<![\w])(?:%s)\b\s*[:：\-–—]?" % "|".join(
    re.escape(c).replace(r"\ ", r"\s+") for c in word_list("teasers")))
_CLOSE = {"(": ")", "[": "]", "{": "}"}

# "Tehran, Purna Warta –", "JAKARTA, KOMPAS.com -", "Jakarta, CNN Indonesia --"
_DATELINE_COMMA = re.compile(
    r"(?P<place>[A-Z][\w'.\-]+(?: [A-Z][\w'.\-]+){0,2}),[ \t]+"
    r"(?P<outlet>[A-Z][\w'.\-]*(?: [A-Z][\w'.\-]*){0,3})[ \t]*(?:–|—|-{1,2})[ \t]+")
# "JAKARTA (ANTARA) -", "Gaza (Reuters) -"
_DATELINE_PAREN = re.compile(
    r"(?P<place>[A-Z][A-Za-z'.\-]+(?: [A-Z][A-Za-z'.\-]+){0,2})[ \t]*\((?P<outlet>[^()\n]{2,40})\)"
    r"[ \t]*(?:–|—|-{1,2})[ \t]+")


def _line_spans(text: str):
    start = 0
    for line in text.splitlines(keepends=True):
        yield start, start + len(line.rstrip("\r\n"))
        start += len(line)


def find_teasers(text: str) -> list[tuple[int, int]]:
    spans = []
    for line_start, line_end in _line_spans(text):
        line = text[line_start:line_end]
        for m in _CUE.finditer(line):
            before = line[:m.start()].rstrip()
            if before and before[-1] in _CLOSE:
                close = line.find(_CLOSE[before[-1]], m.end())
                start = line_start + len(before) - 1
                end = line_start + (close + 1 if close >= 0 else len(line))
            else:
                start, end = line_start + m.start(), line_end
            spans.append((start, end))
            break
    return spans


_OUTLET_SHAPE = re.compile(r"\.(?:com|co|id|net|org)\b|^(?:ANTARA|TEMPO|KOMPAS|REPUBLIKA|DETIK|CNN|VIVA)", re.I)


def find_dateline(text: str) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]] | None:
    """(header, place, outlet) spans of a dateline at the start of the first non-empty line.
    Both orders occur: "JAKARTA, KOMPAS.com -" and "REPUBLIKA.CO.ID, JAKARTA --"."""
    offset = len(text) - len(text.lstrip())
    for pattern in (_DATELINE_COMMA, _DATELINE_PAREN):
        m = pattern.match(text, offset)
        if m:
            place, outlet = m.span("place"), m.span("outlet")
            if _OUTLET_SHAPE.search(text[slice(*place)]) and not _OUTLET_SHAPE.search(text[slice(*outlet)]):
                place, outlet = outlet, place
            return (m.start(), m.end()), place, outlet
    return None


def clean(doc: Document) -> Document:
    doc.removed.extend((s, e, "teaser") for s, e in find_teasers(doc.text))
    found = find_dateline(doc.text)
    if found:
        doc.dateline, doc.dateline_place_span, doc.publisher_span = found
    return doc
