"""Score extracted events against a gold JSON Lines file (the format of
/work/testsets/EVENTS-SPEC.md: one item per line with ``document``, ``published``,
``text``, ``events`` and ``not_events``).

Each item's text is built with its publication date. Names are compared
case-insensitively with the entity's name and alternate names.

- event scores (per kind): a predicted event matches a gold event of its kind that
  shares a role filler (or, when the gold event names no actor, any gold event of its
  kind); each gold and each predicted event is used once.
- role scores (per role): (kind, role, name) triples of the whole item, predicted
  against gold.
- strict: a matched event with every gold role filled exactly, and place and time
  equal where the gold gives them.
- key events (``"key": true``, the events an article is about): strict recall (found
  with all actors, place and time as above) and loose recall (found: right kind and,
  when the gold names actors, at least one of them).
- not_events: predicted events that match an item's ``not_events`` entry (planned,
  denied, negated events); they are false positives, also counted on their own.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.evaluate import Rates


@dataclass
class Counts(Rates):
    tp_pred: int = 0    # predicted items that are right
    n_pred: int = 0
    tp_gold: int = 0    # gold items found
    n_gold: int = 0


@dataclass
class EventScores:
    kinds: dict[str, Counts] = field(default_factory=dict)
    roles: dict[str, Counts] = field(default_factory=dict)
    strict: Counts = field(default_factory=Counts)
    not_events: int = 0            # predicted events matching a not_events entry
    not_events_gold: int = 0
    key_gold: int = 0              # gold events marked "key": true (what an article is about)
    key_loose: int = 0             # ... found with their kind and at least one right actor
    key_strict: int = 0            # ... found with all actors, place and time
    misses: list[str] = field(default_factory=list)

    def total(self, table: dict[str, Counts]) -> Counts:
        out = Counts()
        for c in table.values():
            out.add(c)
        return out


@dataclass
class _Pred:
    kind: str
    roles: list[tuple[str, set[str]]]   # (role, names of the entity, lower case)
    places: list[set[str]]
    times: set[str]

    def names(self) -> list[set[str]]:
        return [n for _, n in self.roles]


def read_gold(path: str | Path) -> list[dict]:
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: cannot read gold events ({e})") from None
    items = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError as e:
            raise InputError(f"{path}:{n}: not JSON ({e})") from None
        if not isinstance(item, dict) or "text" not in item or "events" not in item:
            raise InputError(f"{path}:{n}: an item needs 'text' and 'events'")
        items.append(item)
    return items


def _predicted(doc) -> list[_Pred]:
    def names(key):
        e = doc.entities[key]
        return {e.name.lower(), *(a.lower() for a in e.aliases)}
    return [_Pred(e.kind, [(r, names(k)) for r, k in e.roles], [names(p) for p in e.places],
                  {t.value for t in e.times if t.value}) for e in doc.events]


def _gold_fillers(g: dict) -> list[tuple[str, str]]:
    return [(role, name.lower()) for role, names in (g.get("roles") or {}).items() for name in names]


def _overlap(g: dict, p: _Pred) -> int:
    fillers = {name for _, name in _gold_fillers(g)}
    return sum(1 for name in fillers if any(name in n for n in p.names()))


def _match(gold: list[dict], pred: list[_Pred]) -> list[tuple[dict, _Pred]]:
    pairs, free = [], list(pred)
    for g in gold:
        cands = [p for p in free if p.kind == g["kind"]]
        if _gold_fillers(g):
            cands = [p for p in cands if _overlap(g, p)]
        if cands:
            best = max(cands, key=lambda p: _overlap(g, p))
            free.remove(best)
            pairs.append((g, best))
    return pairs


def _strict(g: dict, p: _Pred) -> bool:
    for role, names in (g.get("roles") or {}).items():
        got = [n for r, n in p.roles if r == role]
        if len(got) != len(names) or not all(any(x.lower() in n for n in got) for x in names):
            return False
    if g.get("place") and not any(g["place"].lower() in n for n in p.places):
        return False
    if g.get("time") and g["time"] not in p.times:
        return False
    return True


def _describe(g: dict) -> str:
    roles = "; ".join(f"{r}={', '.join(n)}" for r, n in (g.get("roles") or {}).items())
    extra = " ".join(x for x in (g.get("place") and f"@{g['place']}", g.get("time")) if x)
    return f"{g['kind']}({roles}) {extra}".strip()


def _key(g: dict) -> str:
    return " KEY" if g.get("key") else ""


def _describe_pred(p: _Pred) -> str:
    roles = "; ".join(f"{r}={sorted(n)[0]}" for r, n in p.roles)
    places = " ".join(f"@{sorted(n)[0]}" for n in p.places)
    return " ".join(x for x in (f"{p.kind}({roles})", places, *sorted(p.times)) if x)


def score_item(item: dict, doc, scores: EventScores) -> None:
    gold, pred = item["events"], _predicted(doc)
    ident = item.get("document", "?")
    pairs = _match(gold, pred)
    matched = [id(p) for _, p in pairs]
    for g in gold:
        scores.kinds.setdefault(g["kind"], Counts()).n_gold += 1
    for p in pred:
        scores.kinds.setdefault(p.kind, Counts()).n_pred += 1
    for g, p in pairs:
        c = scores.kinds[g["kind"]]
        c.tp_pred += 1
        c.tp_gold += 1
        scores.strict.tp_pred += _strict(g, p)
        scores.strict.tp_gold += _strict(g, p)
        if not _strict(g, p):
            scores.misses.append(f"{ident}: partial{_key(g)} {_describe(g)} <- {_describe_pred(p)}")
    for g in gold:
        if g.get("key"):
            p = next((p for x, p in pairs if x is g), None)
            scores.key_gold += 1
            scores.key_loose += p is not None
            scores.key_strict += p is not None and _strict(g, p)
    scores.strict.n_gold += len(gold)
    scores.strict.n_pred += len(pred)
    for g in gold:
        if all(g is not x for x, _ in pairs):
            scores.misses.append(f"{ident}: missing{_key(g)} {_describe(g)}")
    unreal = _match(item.get("not_events") or [], [p for p in pred if id(p) not in matched])
    scores.not_events += len(unreal)
    scores.not_events_gold += len(item.get("not_events") or [])
    for p in pred:
        if id(p) not in matched:
            tag = "not-event" if any(p is q for _, q in unreal) else "extra"
            scores.misses.append(f"{ident}: {tag} {_describe_pred(p)}")
    # roles: (kind, role, name) triples of the item
    gold_triples = [(g["kind"], r, n) for g in gold for r, n in _gold_fillers(g)]
    pred_triples = [(p.kind, r, names) for p in pred for r, names in p.roles]
    free = list(pred_triples)
    for kind, role, name in gold_triples:
        c = scores.roles.setdefault(role, Counts())
        c.n_gold += 1
        hit = next((t for t in free if t[0] == kind and t[1] == role and name in t[2]), None)
        if hit:
            free.remove(hit)
            c.tp_gold += 1
            c.tp_pred += 1
    for kind, role, _ in pred_triples:
        scores.roles.setdefault(role, Counts()).n_pred += 1


def evaluate_events(gold_path: str | Path, pipeline=None, config=None) -> EventScores:
    """Build every item of the gold file and score its events."""
    from kg import Config, build_document
    from kg.stages.read import parse_date, read_text

    scores = EventScores()
    for n, item in enumerate(read_gold(gold_path), 1):
        published = parse_date(item.get("published"), f"item {n} published") if item.get("published") else None
        doc = read_text(item["text"], item.get("document") or f"item-{n}", published=published)
        result = build_document(doc, config or Config(), pipeline)
        score_item(item, result.document, scores)
    return scores


def report(scores: EventScores, verbose: bool = False) -> str:
    def row(name, c: Counts):
        return (f"{name:18} {c.precision:9.3f} {c.recall:7.3f} {c.f1:6.3f}"
                f"   {c.tp_gold:>4}/{c.n_gold:<4}  {c.tp_pred:>4}/{c.n_pred:<4}")
    head = f"{'':18} {'precision':>9} {'recall':>7} {'F1':>6}   found/gold  correct/output"
    lines = ["events by kind", head]
    lines += [row(k, c) for k, c in sorted(scores.kinds.items())]
    lines.append(row("all kinds", scores.total(scores.kinds)))
    lines += ["", "roles", head]
    lines += [row(r, c) for r, c in sorted(scores.roles.items())]
    lines.append(row("all roles", scores.total(scores.roles)))
    lines += ["", "strict (kind, all roles, place, time)", head, row("events", scores.strict), "",
              f"not_events reported as events (false positives): {scores.not_events} "
              f"of {scores.not_events_gold}"]
    if scores.key_gold:
        k = scores.key_gold
        lines.append(f"key events: strict recall {scores.key_strict / k:.3f} ({scores.key_strict}/{k}), "
                     f"loose recall {scores.key_loose / k:.3f} ({scores.key_loose}/{k})")
    if verbose and scores.misses:
        lines += ["", *scores.misses]
    return "\n".join(lines)
