"""Build every article of the development set and score it against its gold file.

    python scripts/eval_dev.py [--no-model] [-v]

Prints precision / recall / F1 per category for each article and micro-averaged
over the set (examples/dev/NAME.id.txt with NAME.id.gold.json beside it).
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
from kg.evaluate import Score, evaluate, report  # noqa: E402
from kg.output import write_article  # noqa: E402
from kg.stages.read import parse_date, read_input  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=str(ROOT / "examples" / "dev"))
    ap.add_argument("--no-model", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true", help="list missing and extra items")
    args = ap.parse_args()
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
