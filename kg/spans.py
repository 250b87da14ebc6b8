"""Span bookkeeping whose cost does not grow with the number of spans (long articles have many)."""
from __future__ import annotations

import re
from bisect import bisect_left


class Taken:
    """Character positions covered by spans chosen so far: a test costs the span's length,
    not the number of spans chosen."""

    def __init__(self, length: int, spans=()):
        self._marks = bytearray(length)
        for start, end in spans:
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        return self._marks.find(1, start, end) != -1

    def add(self, start: int, end: int) -> None:
        self._marks[start:end] = b"\x01" * (end - start)


class ByStart:
    """Spans (objects with .start and .end) sorted by start, to list those starting in a range."""

    def __init__(self, spans):
        self.spans = sorted(spans, key=lambda s: s.start)
        self._starts = [s.start for s in self.spans]

    def starting_in(self, start: int, end: int) -> list:
        return self.spans[bisect_left(self._starts, start):bisect_left(self._starts, end)]

    def inside(self, start: int, end: int) -> list:
        """Spans that lie within [start, end)."""
        return [s for s in self.starting_in(start, end) if s.end <= end]


def listed_runs(spans: list, text: str, separator: str) -> list[list]:
    """Runs of consecutive spans (in text order) whose gaps all match `separator` in full: the
    items of written lists ('A, B dan C'). A span joined to nothing is a run of one."""
    runs, run = [], spans[:1]
    for prev, cur in zip(spans, spans[1:]):
        if re.fullmatch(separator, text[prev.end:cur.start]):
            run.append(cur)
        else:
            runs.append(run)
            run = [cur]
    runs.append(run)
    return runs
