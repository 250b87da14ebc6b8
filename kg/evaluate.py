"""Compare a built graph (Turtle) with gold annotations: precision, recall, F1 per category.

Gold is JSON (see tests/gold/): entities by name, type and aliases; relations as
[subject, property, object] names; events by kind, roles, place, time and
quantities. Output entities are those with at least one mention in the text
(linked context such as a containing country is not counted).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from kg.errors import InputError
from kg.graph import ENTITY_CLASSES, _local
from kg.rdf.vocab import ITSRDF, KG, NIF, SCHEMA, SEM

RELATION_PREDICATES = [KG.leads, KG.memberOf, KG.representativeOf, KG.basedIn, KG.headquarteredIn,
                       KG.capitalOf, KG.supports]


class Rates:
    """Precision, recall and F1 of counts kept on both sides: output items that match gold
    (tp_pred of n_pred) and gold items found (tp_gold of n_gold)."""
    tp_pred: int
    n_pred: int
    tp_gold: int
    n_gold: int

    def add(self, other: "Rates") -> None:
        self.tp_pred += other.tp_pred
        self.n_pred += other.n_pred
        self.tp_gold += other.tp_gold
        self.n_gold += other.n_gold

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score(Rates):
    category: str
    tp_pred: int = 0      # output items that match gold
    n_pred: int = 0
    tp_gold: int = 0      # gold items found
    n_gold: int = 0
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)


class _Output:
    def __init__(self, g: Graph):
        self.g = g
        mentioned = set(g.objects(None, ITSRDF.taIdentRef))
        self.entities = {n: t for cls, t in ENTITY_CLASSES.items() for n in g.subjects(RDF.type, cls) if n in mentioned}
        self.names = {n: {str(g.value(n, SCHEMA.name))} | {str(a) for a in g.objects(n, SCHEMA.alternateName)}
                      for n in self.entities}
        self.events = list(g.subjects(RDF.type, SEM.Event))

    def find(self, name: str, type_: str | None = None) -> set[URIRef]:
        return {n for n, names in self.names.items() if name in names and (type_ is None or self.entities[n] == type_)}

    def label(self, n) -> str:
        return str(self.g.value(n, SCHEMA.name) or self.g.value(n, RDFS.label) or n)


def _entities(out: _Output, gold: dict) -> tuple[Score, Score]:
    ents, aliases = Score("entities"), Score("aliases")
    matched = set()
    for item in gold["entities"]:
        names = [item["name"], *item.get("aliases", [])]
        hits = set().union(*(out.find(n, item["type"]) for n in names))
        ents.n_gold += 1
        if hits:
            ents.tp_gold += 1
            matched |= hits
            # the node named as the gold names it (else any hit) that carries most of its aliases;
            # ties by IRI, so the score does not depend on set order
            named = out.find(item["name"], item["type"]) or hits
            node = min(named, key=lambda n: (-sum(a in out.names[n] for a in item.get("aliases", [])), str(n)))
            for a in item.get("aliases", []):
                aliases.n_gold += 1
                if a in out.names[node]:
                    aliases.tp_gold += 1
                else:
                    aliases.missing.append(f"{item['name']}: {a}")
        else:
            ents.missing.append(f"{item['name']} ({item['type']})")
    ents.n_pred = len(out.entities)
    ents.tp_pred = len(matched & set(out.entities))
    ents.extra = sorted(f"{out.label(n)} ({out.entities[n]})" for n in set(out.entities) - matched)
    aliases.n_pred, aliases.tp_pred = aliases.n_gold, aliases.tp_gold
    return ents, aliases


ENTITY_TYPES = ("Person", "Organization", "Place")


def entities_by_type(g: Graph, gold_entities: list[dict]) -> dict[str, Score]:
    """Entity precision / recall per type and over all types (key ``all``) of one graph
    against a gold list of ``{name, type, aliases?}``: a gold entity is found by an entity
    of its type that carries one of its names; an output entity (one with a mention) is
    right when it found a gold entity."""
    out = _Output(g)
    scores = {t: Score(t) for t in ENTITY_TYPES}
    matched: set = set()
    for item in gold_entities:
        s = scores[item["type"]]
        hits = set().union(*(out.find(n, item["type"]) for n in [item["name"], *item.get("aliases", [])]))
        s.n_gold += 1
        s.tp_gold += bool(hits)
        matched |= hits
        if not hits:
            s.missing.append(item["name"])
    for node, type_ in out.entities.items():
        s = scores[type_]
        s.n_pred += 1
        if node in matched:
            s.tp_pred += 1
        else:
            s.extra.append(out.label(node))
    total = Score("all")
    for s in scores.values():
        total.add(s)
    return {**scores, "all": total}


def _relations(out: _Output, gold: dict) -> Score:
    s = Score("relations")
    found = {(a, p, b) for p in RELATION_PREDICATES for a, b in out.g.subject_objects(p)}
    matched = set()
    for subj, pred, obj in gold["relations"]:
        s.n_gold += 1
        hits = {(a, KG[pred], b) for a in out.find(subj) for b in out.find(obj)} & found
        if hits:
            s.tp_gold += 1
            matched |= hits
        else:
            s.missing.append(f"{subj} {pred} {obj}")
    s.n_pred, s.tp_pred = len(found), len(matched)
    s.extra = sorted(f"{out.label(a)} {_local(p)} {out.label(b)}" for a, p, b in found - matched)
    return s


def _event_matches(out: _Output, e, item: dict) -> bool:
    g = out.g
    if (e, RDF.type, KG[item["kind"]]) not in g:
        return False
    for role, names in item.get("roles", {}).items():
        have = set(g.objects(e, KG[role]))
        if not all(out.find(n) & have for n in names):
            return False
    places = set(g.objects(e, SEM.hasPlace))
    for name in ([item["place"]] if "place" in item else []) + item.get("places", []):
        if not out.find(name) & places:
            return False
    stamp = g.value(e, SEM.hasTimeStamp)
    if "time" in item and (stamp is None or not str(stamp).startswith(item["time"])):
        return False
    if "since" in item and str(g.value(e, SEM.hasBeginTimeStamp)) != item["since"]:
        return False
    if "within" in item:
        lo, hi = g.value(e, SEM.hasEarliestBeginTimeStamp), g.value(e, SEM.hasLatestEndTimeStamp)
        if lo is None or hi is None or str(lo) < item["within"][0] or str(hi) > item["within"][1]:
            return False
    for prop, value in item.get("quantities", {}).items():
        if value not in {v.toPython() for v in g.objects(e, KG[prop])}:
            return False
    if "sentences" in item and len(set(g.objects(e, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")))) != item["sentences"]:
        return False
    return True


def _events(out: _Output, gold: dict) -> Score:
    s = Score("events")
    free = list(out.events)
    for item in gold["events"]:
        s.n_gold += 1
        hit = next((e for e in free if _event_matches(out, e, item)), None)
        if hit is not None:
            s.tp_gold += 1
            free.remove(hit)
        else:
            s.missing.append(item.get("label", item["kind"]))
    s.n_pred, s.tp_pred = len(out.events), len(out.events) - len(free)
    s.extra = sorted(out.label(e) for e in free)
    return s


def _offsets(g: Graph) -> Score:
    s = Score("mention offsets")
    for m in g.subjects(ITSRDF.taIdentRef, None):
        ctx = g.value(m, NIF.referenceContext)
        text = str(g.value(ctx, NIF.isString))
        b, e, anchor = int(g.value(m, NIF.beginIndex)), int(g.value(m, NIF.endIndex)), str(g.value(m, NIF.anchorOf))
        s.n_pred += 1
        if text[b:e] == anchor:
            s.tp_pred += 1
        else:
            s.extra.append(f"{b}-{e}: {anchor!r} != {text[b:e]!r}")
    s.n_gold, s.tp_gold = s.n_pred, s.tp_pred
    return s


def _absent(out: _Output, gold: dict) -> Score:
    s = Score("absent names")
    for name in gold.get("absent", []):
        s.n_gold += 1
        s.n_pred += 1
        if out.find(name):
            s.extra.append(name)
        else:
            s.tp_gold += 1
            s.tp_pred += 1
    return s


def evaluate(gold_path: str | Path, output_path: str | Path) -> list[Score]:
    try:
        gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{gold_path}: no such gold file") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise InputError(f"{gold_path}: not a JSON gold file ({e})") from None
    g = Graph()
    try:
        g.parse(str(output_path), format="turtle")
    except FileNotFoundError:
        raise InputError(f"{output_path}: no such output file") from None
    except Exception as e:  # rdflib raises many kinds on bad Turtle
        raise InputError(f"{output_path}: not a Turtle file ({str(e).splitlines()[0][:200]})") from None
    out = _Output(g)
    # entity-only gold (the page test sets) has no relations or events (or empty lists) to score
    optional = [f(out, gold) for key, f in (("relations", _relations), ("events", _events)) if gold.get(key)]
    return [*_entities(out, gold), *optional, _offsets(g), _absent(out, gold)]


def report(scores: list[Score], verbose: bool = True) -> str:
    lines = [f"{'category':<16} {'precision':>9} {'recall':>7} {'F1':>6}   found/gold  correct/output"]
    for s in scores:
        lines.append(f"{s.category:<16} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f}   "
                     f"{s.tp_gold:>5}/{s.n_gold:<5} {s.tp_pred:>6}/{s.n_pred}")
    if verbose:
        for s in scores:
            lines += [f"  missing {s.category}: {m}" for m in s.missing]
            lines += [f"  extra {s.category}: {m}" for m in s.extra]
    return "\n".join(lines)
