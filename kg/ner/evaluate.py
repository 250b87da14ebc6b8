"""Entity-level scoring: a predicted entity counts only if its span (start and end)
and its type both equal a gold entity's. Precision = correct / predicted, recall =
correct / gold, F1 their harmonic mean; micro-average pools the counts of all types.

Spans are anything hashable with equal values for equal spans; ``kg.ner`` uses
character offsets ``(start, end)`` into the sentence text.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from kg.model import ENTITY_TYPES
from kg.ner import TYPE_MAP


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"gold": self.gold, "predicted": self.predicted, "correct": self.tp,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class Scores:
    by_type: dict[str, Counts] = field(default_factory=dict)

    def add(self, gold: Iterable[tuple[int, int, str]],
            predicted: Iterable[tuple[int, int, str]]) -> None:
        """Count one sentence: ``gold`` and ``predicted`` are (start, end, type)."""
        g = {(s, e, t) for s, e, t in gold}
        p = {(s, e, t) for s, e, t in predicted}
        for s, e, t in g & p:
            self._c(t).tp += 1
        for s, e, t in p - g:
            self._c(t).fp += 1
        for s, e, t in g - p:
            self._c(t).fn += 1

    def _c(self, typ: str) -> Counts:
        return self.by_type.setdefault(typ, Counts())

    @property
    def micro(self) -> Counts:
        total = Counts()
        for c in self.by_type.values():
            total.tp += c.tp
            total.fp += c.fp
            total.fn += c.fn
        return total

    def types(self) -> list[str]:
        known = [t for t in ENTITY_TYPES if t in self.by_type]
        return known + sorted(t for t in self.by_type if t not in ENTITY_TYPES)

    def as_dict(self) -> dict:
        d = {t: self.by_type[t].as_dict() for t in self.types()}
        d["micro"] = self.micro.as_dict()
        return d


def score(gold: Sequence[Iterable[tuple[int, int, str]]],
          predicted: Sequence[Iterable[tuple[int, int, str]]]) -> Scores:
    """Score parallel lists (one item per sentence) of gold and predicted entities."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold sentences but {len(predicted)} predicted")
    s = Scores()
    for g, p in zip(gold, predicted):
        s.add(g, p)
    return s


def gold_entities(sentences) -> tuple[list[str], list[list[tuple[int, int, str]]]]:
    """Texts (tokens joined by spaces) and gold (start, end, type) character spans of
    ``kg.ner.conll.Sentence`` objects, corpus labels mapped to project types
    (PER -> Person, ORG -> Organization, LOC -> Place; others kept as written)."""
    texts, gold = [], []
    for sent in sentences:
        text, _ = sent.text_and_offsets()
        texts.append(text)
        gold.append([(s, e, TYPE_MAP.get(label, label)) for s, e, label in sent.char_spans()])
    return texts, gold


def evaluate(sentences, recognize_many: Callable[[list[str]], list[list[tuple]]],
             types: Iterable[str] | None = None) -> Scores:
    """Score a recogniser on CoNLL sentences. ``recognize_many(texts)`` returns, per
    text, tuples whose first three items are (start, end, type); predictions whose
    type is not in ``types`` (default: all) are ignored."""
    texts, gold = gold_entities(sentences)
    keep = set(types) if types is not None else None
    predicted = [[(e[0], e[1], e[2]) for e in ents if keep is None or e[2] in keep]
                 for ents in recognize_many(texts)]
    return score(gold, predicted)


def format_table(columns: dict[str, Scores]) -> str:
    """An aligned text table: one row per type plus ``micro``, and for each named
    column precision / recall / F1 (and the gold count once, first)."""
    names = list(columns)
    types: list[str] = []
    for sc in columns.values():
        for t in sc.types():
            if t not in types:
                types.append(t)
    types = [t for t in ENTITY_TYPES if t in types] + [t for t in types if t not in ENTITY_TYPES]
    first = columns[names[0]] if names else Scores()
    w0 = max([len("type")] + [len(t) for t in types] + [len("micro")])
    block = 7 * 3 + 2  # three 6-wide numbers with single spaces, plus a gap
    header1 = " " * (w0 + 7) + "".join(f"{n:<{block}}" for n in names)
    header2 = f"{'type':<{w0}} {'gold':>5} " + "".join(
        f"{'P':>6} {'R':>6} {'F1':>6}  " for _ in names)
    lines = [header1.rstrip(), header2.rstrip()]

    def row(label: str, counts: list[Counts], gold: int) -> str:
        cells = "".join(f"{c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}  " for c in counts)
        return f"{label:<{w0}} {gold:>5} {cells}".rstrip()

    for t in types:
        gold = first.by_type.get(t, Counts()).gold
        lines.append(row(t, [sc.by_type.get(t, Counts()) for sc in columns.values()], gold))
    lines.append(row("micro", [sc.micro for sc in columns.values()], first.micro.gold))
    return "\n".join(lines)
