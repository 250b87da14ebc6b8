"""Score the relations of built graphs against a relation test set (JSON Lines).

Each line of the gold file is one short text with ``published``, ``relations`` and
``not_relations`` as ``[subject, predicate, object]`` names, optionally with
``{"former": true}`` as a fourth element (the format of testsets/RELATIONS-SPEC.md).
Each text is built with the normal pipeline; the graph's relation assertions
(``kg:RelationAssertion``) are compared with the gold by name: a gold name matches
an entity when it equals, ignoring case, its name or one of its alternate names.
``ARTICLE`` stands for the document itself (``ARTICLE wasDerivedFrom Reuters``).

A gold relation marked former is found only by an assertion marked ``kg:former``;
stating it as current counts as an error. Assertions from the extractor named in
``UNSCORED_EXTRACTORS`` (an organization named after its region) are counted apart:
the test set neither asks for nor forbids them.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF

from kg.errors import InputError
from kg.evaluate import Rates
from kg.rdf.iris import slug
from kg.rdf.vocab import KG, RELATION_TERMS, SCHEMA

SCORED = ("leads", "holdsPosition", "memberOf", "playsFor", "containedInPlace", "basedIn", "capitalOf",
          "supports", "wasDerivedFrom")
FAMILIES = {"posts": ("leads", "holdsPosition", "memberOf"), "sports": ("playsFor",),
            "places": ("containedInPlace", "capitalOf"), "org-places": ("basedIn",),
            "support": ("supports",), "sources": ("wasDerivedFrom",)}
SUBPROPERTY = {"headquarteredIn": "basedIn"}      # scored as the test set's predicate
UNSCORED_EXTRACTORS = {"relations.named-after-region"}
ARTICLE = "ARTICLE"


@dataclass
class Tally(Rates):
    tp_pred: int = 0
    n_pred: int = 0
    tp_gold: int = 0
    n_gold: int = 0


@dataclass
class Report:
    per_predicate: dict[str, Tally] = field(default_factory=lambda: {p: Tally() for p in SCORED})
    former_gold: int = 0
    former_marked: int = 0          # gold former relations output with kg:former
    former_as_current: int = 0      # ... output as if current (wrong)
    not_relations: int = 0
    not_relations_hit: int = 0
    unscored: int = 0               # region-named organizations' basedIn, not judged
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    def family(self, preds) -> Tally:
        t = Tally()
        for p in preds:
            t.add(self.per_predicate[p])
        return t

    @property
    def micro(self) -> Tally:
        return self.family(SCORED)


@dataclass(frozen=True)
class Asserted:
    subject: frozenset[str]          # lower-cased names; {"article"} for the document
    predicate: str
    object: frozenset[str]
    former: bool
    unscored: bool
    label: str


def _names(g: Graph, node, doc_iri) -> frozenset[str]:
    if node == doc_iri:
        return frozenset({ARTICLE.lower()})
    names = [g.value(node, SCHEMA.name), *g.objects(node, SCHEMA.alternateName)]
    return frozenset(str(n).lower() for n in names if n is not None)


def assertions(g: Graph, doc_iri: URIRef) -> list[Asserted]:
    """The relation assertions of one built graph, by names."""
    local = {term: name for name, term in RELATION_TERMS.items()}
    out = []
    for node in g.subjects(RDF.type, KG.RelationAssertion):
        pred = local.get(g.value(node, RDF.predicate))
        pred = SUBPROPERTY.get(pred, pred)
        if pred not in SCORED:
            continue
        s, o = g.value(node, RDF.subject), g.value(node, RDF.object)
        former = (node, KG.former, Literal(True)) in g
        extractors = {str(x).rsplit("/", 1)[-1] for x in g.objects(node, PROV.wasAttributedTo)}
        unscored = bool(extractors) and extractors <= {slug(x) for x in UNSCORED_EXTRACTORS}
        sn, on = _names(g, s, doc_iri), _names(g, o, doc_iri)
        label = f"{min(sn, default=s)} {pred} {min(on, default=o)}" + (" (former)" if former else "")
        out.append(Asserted(sn, pred, on, former, unscored, label))
    return out


def _same(a: Asserted, subj: str, pred: str, obj: str) -> bool:
    return a.predicate == pred and subj.lower() in a.subject and obj.lower() in a.object


def score_text(item: dict, found: list[Asserted], report: Report) -> None:
    doc = item["document"]
    matched: set[int] = set()
    for rel in item["relations"]:
        subj, pred, obj = rel[:3]
        former = len(rel) > 3 and bool(rel[3].get("former"))
        tally = report.per_predicate[pred]
        tally.n_gold += 1
        hits = [i for i, a in enumerate(found) if _same(a, subj, pred, obj)]
        report.former_gold += former
        if former:
            right = [i for i in hits if found[i].former]
            report.former_marked += bool(right)
            report.former_as_current += bool(hits) and not right
            hits = right
        if hits:
            tally.tp_gold += 1
            matched.update(hits)
        else:
            report.missing.append(f"{doc}: {subj} {pred} {obj}" + (" (former)" if former else ""))
    for rel in item.get("not_relations", []):
        report.not_relations += 1
        if any(_same(a, *rel[:3]) and not a.former for a in found):
            report.not_relations_hit += 1
            report.extra.append(f"{doc}: NOT-RELATION stated: {' '.join(rel[:3])}")
    for i, a in enumerate(found):
        if i not in matched and a.unscored:
            report.unscored += 1
            continue
        tally = report.per_predicate[a.predicate]
        tally.n_pred += 1
        if i in matched:
            tally.tp_pred += 1
        else:
            report.extra.append(f"{doc}: {a.label}")


def read_gold(path: str | Path) -> list[dict]:
    p = Path(path)
    if not p.is_file():
        raise InputError(f"gold file not found: {p} (give a JSON Lines relation test set)")
    items = []
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"{p}:{n}: not JSON ({e.msg}); one object per line is expected") from None
        missing = [k for k in ("document", "text", "relations") if k not in item]
        if missing:
            raise InputError(f"{p}:{n}: missing {', '.join(missing)}")
        for rel in item["relations"] + item.get("not_relations", []):
            if rel[1] not in SCORED:
                raise InputError(f"{p}:{n}: unknown predicate {rel[1]!r}; use one of {', '.join(SCORED)}")
        items.append(item)
    return items


def evaluate_relations(path: str | Path, config=None) -> Report:
    """Build every text of a relation test set and score its relation assertions."""
    from kg import build_document
    from kg.rdf import iris
    from kg.stages.read import parse_date, read_text
    report = Report()
    for item in read_gold(path):
        published = parse_date(item["published"], item["document"]) if item.get("published") else None
        doc = read_text(item["text"], item["document"], published=published)
        result = build_document(doc, config)
        score_text(item, assertions(result.rdf, iris.document_iri(doc.id)), report)
    return report


def format_report(r: Report, verbose: bool = False) -> str:
    rows = [f"{'predicate':<18}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'out':>6}"]

    def row(name: str, t: Tally) -> str:
        return f"{name:<18}{t.precision:7.3f}{t.recall:7.3f}{t.f1:7.3f}{t.n_gold:6d}{t.n_pred:6d}"
    rows += [row(p, t) for p, t in r.per_predicate.items() if t.n_gold or t.n_pred]
    rows.append(row("micro", r.micro))
    rows.append("")
    rows += [row(f"[{name}]", r.family(preds)) for name, preds in FAMILIES.items()]
    rows.append("")
    rows.append(f"former: {r.former_gold} in gold, {r.former_marked} marked former, "
                f"{r.former_as_current} stated as current")
    rows.append(f"not_relations: {r.not_relations_hit} of {r.not_relations} stated")
    rows.append(f"not scored (organization named after its region, basedIn): {r.unscored}")
    if verbose:
        rows += ["", "missing:"] + [f"  {m}" for m in r.missing] + ["extra:"] + [f"  {e}" for e in r.extra]
    return "\n".join(rows)
