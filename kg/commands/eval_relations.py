"""kg eval-relations: precision / recall of relations on a relation test set (JSON Lines)."""
from __future__ import annotations

NAME = "eval-relations"
HELP = "score relations on a relation test set (P/R per predicate, per kind family, micro)"
DESCRIPTION = """\
Build every text of GOLD (JSON Lines: document, published, text, relations,
not_relations; see docs/relations.md) and compare the graph's relation
assertions with the gold by names (case-insensitive, name or alternate name;
ARTICLE is the document itself). Prints precision and recall per predicate,
per kind family and micro-averaged, how former posts were handled, and how many
not_relations were stated. -v lists the missing and extra relations.

example:
  kg eval-relations testsets/relations-dev.jsonl -v
"""


def add_arguments(p):
    p.add_argument("gold", metavar="GOLD.jsonl", help="relation test set (JSON Lines)")
    p.add_argument("-v", "--verbose", action="store_true", help="list missing and extra relations")
    p.add_argument("--no-model", action="store_true", help="recognise entities without the statistical model")


def run(args) -> int:
    from kg.config import Config
    from kg.relation_eval import evaluate_relations, format_report
    report = evaluate_relations(args.gold, Config(use_model=not args.no_model))
    print(format_report(report, verbose=args.verbose))
    return 0
