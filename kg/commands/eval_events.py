"""kg eval-events: score event extraction against gold JSON Lines."""
from __future__ import annotations

NAME = "eval-events"
HELP = "score extracted events against a gold JSON Lines file (precision / recall / F1)"
DESCRIPTION = """\
Build the text of every item of GOLD (JSON Lines: document, published, text,
events, not_events; see docs/events.md) with its publication date and compare the
events found with the gold events: precision, recall and F1 per kind and per role,
a strict score (kind, all roles, place and time) and the number of planned,
denied or negated events (not_events) that were reported as events.

example:
  kg eval-events tests/data/events-sample.jsonl -v
"""


def add_arguments(p):
    p.add_argument("gold", metavar="GOLD", help="gold events (JSON Lines)")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="list missing, partial, extra and not-event items")
    p.add_argument("--no-model", action="store_true",
                   help="rules and gazetteer only for entities (no statistical recogniser)")


def run(args) -> int:
    from kg import Config
    from kg.events.evaluate import evaluate_events, report

    scores = evaluate_events(args.gold, config=Config(use_model=not args.no_model))
    print(report(scores, verbose=args.verbose))
    return 0
