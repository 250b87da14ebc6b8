"""Build every article of the development set and score it against its gold file.

    python scripts/eval_dev.py [--dir DIR] [--no-model] [-v]
    python scripts/eval_dev.py --articles tests/sets/articles/tune.jsonl [-v]

Prints precision / recall / F1 per category for each article and micro-averaged
over the set (examples/dev/NAME.id.txt with NAME.id.gold.json beside it).
With --articles, builds every article of a JSON Lines set (document, published,
text, entities; tests/sets/articles-spec.md) and prints entity precision / recall
/ F1 per type over the set (-v: the missing and extra names of each article).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg import Config, build_document  # noqa: E402
from kg.evaluate import ENTITY_TYPES, Score, entities_by_type, evaluate, report  # noqa: E402
from kg.output import write_article  # noqa: E402
from kg.stages.read import parse_date, read_input, read_text  # noqa: E402


def score_articles(path: Path, config: Config, verbose: bool) -> int:
    """Entity scores per type over a JSON Lines article set."""
    if not path.is_file():
        print(f"Error: {path}: no such article set", file=sys.stderr)
        return 2
    totals = {t: Score(t) for t in (*ENTITY_TYPES, "all")}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        published = parse_date(item["published"], item["document"]) if item.get("published") else None
        result = build_document(read_text(item["text"], item["document"], published=published), config)
        scores = entities_by_type(result.rdf, item["entities"])
        for t, s in scores.items():
            totals[t].add(s)
        if verbose:
            print(f"== {item['document']}")
            for t in ENTITY_TYPES:
                print("".join(f"  missing {t}: {m}\n" for m in scores[t].missing)
                      + "".join(f"  extra {t}: {m}\n" for m in scores[t].extra), end="")
    print(f"== entities of {path.name}")
    print(report(list(totals.values()), verbose=False))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=str(ROOT / "examples" / "dev"))
    ap.add_argument("--no-model", action="store_true")
    ap.add_argument("--articles", metavar="FILE.jsonl", help="score the entities of a JSON Lines article set")
    ap.add_argument("-v", "--verbose", action="store_true", help="list missing and extra items")
    args = ap.parse_args()
    if args.articles:
        return score_articles(Path(args.articles), Config(use_model=not args.no_model), args.verbose)
    totals: dict[str, Score] = {}
    with tempfile.TemporaryDirectory() as out:
        for gold in sorted(Path(args.dir).glob("*.gold.json")):
            text = gold.with_name(gold.name.replace(".gold.json", ".txt"))
            published = parse_date(json.loads(gold.read_text(encoding="utf-8")).get("published"), str(gold))
            doc = read_input(str(text), published=published)[0]
            result = build_document(doc, Config(use_model=not args.no_model))
            write_article(result, Path(out))
            scores = evaluate(gold, Path(out) / f"{doc.id}.ttl")
            print(f"== {doc.id}\n{report(scores, verbose=args.verbose)}\n")
            for s in scores:
                totals.setdefault(s.category, Score(s.category)).add(s)
    print("== micro-average over the development set")
    print(report(list(totals.values()), verbose=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
