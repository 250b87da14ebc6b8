"""Split the text into sentences.

A newline ends a sentence, unless the page was hard-wrapped (one sentence over several
lines: see ``_lines``); ``. ! ?`` end one when followed by space and a capital, digit or
quote, unless the word before is an abbreviation or an initial. Page furniture and the
dateline header are cut out of the sentences.
"""
from __future__ import annotations

import re

from kg.lang.id import word_list
from kg.lang.id.names import FUNCTION_WORDS, is_rank, rank_corps_word
from kg.model import Document, Sentence

_ABBREVIATIONS = frozenset(word_list("abbreviations"))
# a sentence end: a run of . ! ? and closing quotes or brackets, then space and a capital,
# digit or opening quote. Runs are found first and the rest matched at their end: one regular
# expression for both tries again from every character of a run that fails, which costs the
# square of the run's length (a line of 10,000 dots: 1.5 s).
_RUN = re.compile(r"[.!?]+")
_CLOSE = re.compile(r"[\"'”’)]*(?=\s+[\"'“‘(]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
# "... Maret 2022.Pasangan ...", "... tadi,\" kata Kevin.Usaha ...": paragraphs a page joined with no
# space; a full stop after a word of three or more letters or digits, then a capitalised word
_GLUED = re.compile(r"[\"'”’)]*(?=[\"'“‘]?(?!(?:Com|Net|Org)\b)[A-Z][a-z]{2,})")   # not "Okezone.Com"
_GLUED_BEFORE = re.compile(r"(?<![\w.])(?:[a-z]{3,}|[A-Z][a-z]{2,}|\d{2,})$")


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot - 20), dot + 1)
    if not m:
        return False
    word = m.group(1)
    # "Dr. Budi", "A. Rahman", and initials written with full stops: "Ratna W.S. Kusuma"; a rank and its corps
    # written with full stops: "Kombes. Pol. Stefanus"
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper()) or bool(_INITIALS.fullmatch(word)) \
        or (is_rank(word) or rank_corps_word(word)) and text[dot + 1:dot + 2] == " " and text[dot + 2:dot + 3].isupper()


def _ends(text: str, start: int, end: int):
    for run in _RUN.finditer(text, start, end):
        close = _CLOSE.match(text, run.end(), end) or \
            (_GLUED_BEFORE.search(text, max(start, run.start() - 30), run.start()) and _GLUED.match(text, run.end(), end))
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


# a wrapped line: three words or more, cut after a word or a comma; its next line, right
# after one line break, opens with a lower-case word ("mengatakan\npencarian terhadap")
_CUT_LINE = re.compile(r"\S+(?:[ \t]+\S+){2,}$")
_CUT_END = re.compile(r"[\w,)]$")
_GOES_ON = re.compile(r"[a-z]{2,}[ \t]+\S")
_GOES_ON_CAPITAL = re.compile(r"[\w(“\"]\S*[ \t]+\S")
_WRAPPED_BREAKS = 3   # lines that go on lower-case: a page wrapped at a fixed width


def _continues(doc: Document, a: tuple[int, int], b: tuple[int, int], goes_on: re.Pattern) -> bool:
    """Line a is cut in mid-sentence and line b, right after it, goes on with it."""
    text = doc.text
    line = text[a[0]:a[1]].rstrip()
    return (text[a[1]:b[0]] in ("\n", "\r\n") and bool(_CUT_LINE.match(line)) and bool(_CUT_END.search(line))
            and bool(goes_on.match(text, b[0], b[1]))
            and not doc.is_removed(a[1] - 1, a[1]) and not doc.is_removed(b[0], b[0] + 1))


def _cut_after_function_word(doc: Document, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Line a ends with a preposition or conjunction ("... atas undangan dari\nMenteri Luar Negeri X"): no
    sentence ends there, whatever the next line opens with."""
    words = doc.text[a[0]:a[1]].split()
    return bool(words) and words[-1].lower() in FUNCTION_WORDS and _continues(doc, a, b, _GOES_ON_CAPITAL)


def _lines(doc: Document) -> list[tuple[int, int]]:
    """The text's lines, a line joined to the next where the page broke a sentence at a fixed
    width ("Kepala Badan Search and Rescue\nNasional (Basarnas) ... mengatakan\npencarian ...").
    A line that goes on lower-case is joined; where three do, the page is wrapped and a line
    cut after a word goes on whatever the next one opens with."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\r\n]+", doc.text)]
    pairs = list(zip(lines, lines[1:]))
    joined = {i for i, (a, b) in enumerate(pairs) if _continues(doc, a, b, _GOES_ON) or _cut_after_function_word(doc, a, b)}
    if len(joined) >= _WRAPPED_BREAKS:
        joined |= {i for i, (a, b) in enumerate(pairs) if _continues(doc, a, b, _GOES_ON_CAPITAL)}
    out: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        if i - 1 in joined:
            out[-1] = (out[-1][0], line[1])
        else:
            out.append(line)
    return out


def segment(doc: Document) -> Document:
    text, sentences = doc.text, []
    for start, end in _lines(doc):
        for part in _minus_removed(doc, start, end):
            for s, e in _split_line(text, *part):
                s, e = _strip(text, s, e)
                if any(ch.isalnum() for ch in text[s:e]):
                    sentences.append(Sentence(s, e, len(sentences)))
    doc.sentences = sentences
    return doc
