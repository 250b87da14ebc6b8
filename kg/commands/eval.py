NAME = "eval"
HELP = "score a built graph against gold annotations (precision / recall / F1)"
DESCRIPTION = """\
Compare OUTPUT (a Turtle file written by 'kg build') with GOLD (a JSON file of
expected entities, relations and events, see tests/gold/) and print precision,
recall and F1 per category, then what is missing and what is extra.
Also checks that every mention's offsets slice back to its text.
Exit code 1 when anything is missing or extra.

example:
  kg eval tests/gold/haniyeh-tehran.id.json output/haniyeh-tehran.id.ttl
"""


def add_arguments(p):
    p.add_argument("gold", metavar="GOLD", help="gold annotations (JSON)")
    p.add_argument("output", metavar="OUTPUT", help="graph to score (Turtle)")
    p.add_argument("-q", "--quiet", action="store_true", help="only the score table")


def run(args) -> int:
    from kg.evaluate import evaluate, report
    scores = evaluate(args.gold, args.output)
    print(report(scores, verbose=not args.quiet))
    return 0 if all(s.f1 == 1.0 for s in scores) else 1
