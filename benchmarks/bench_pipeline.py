"""Throughput and memory of the whole pipeline (kg.build: text -> RDF + NetworkX).

    python benchmarks/bench_pipeline.py [--rounds 20] [--no-model]

Runs the sample and the development-set articles repeatedly in one process and
prints articles/second, characters/second, the CPU time per article, the one-off
start-up cost (model and index loading) and the peak resident memory.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--no-model", action="store_true")
    args = ap.parse_args()
    import kg
    articles = [(p.read_text(encoding="utf-8"), "2023-11-05") for p in [ROOT / "examples" / "haniyeh-tehran.id.txt"]]
    for gold in sorted((ROOT / "examples" / "dev").glob("*.gold.json")):
        text = gold.with_name(gold.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        articles.append((text, json.loads(gold.read_text(encoding="utf-8"))["published"]))
    config = kg.Config(use_model=not args.no_model)
    t0 = time.perf_counter()
    kg.build(articles[0][0], published=articles[0][1], config=config)
    startup = time.perf_counter() - t0
    chars = n = 0
    t0, cpu0 = time.perf_counter(), time.process_time()
    for _ in range(args.rounds):
        for i, (text, published) in enumerate(articles):
            kg.build(text, doc_id=f"a{i}", published=published, config=config)
            chars += len(text)
            n += 1
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"model: {'off' if args.no_model else 'on'}")
    print(f"first article (loads model and indexes): {startup:.2f} s")
    print(f"articles: {n} ({len(articles)} distinct x {args.rounds} rounds), {chars} characters")
    print(f"throughput: {n / elapsed:.1f} articles/s, {chars / elapsed:,.0f} characters/s "
          f"({1000 * elapsed / n:.0f} ms per article)")
    # CPU time compares runs on a busy machine, where the wall clock waits for other work
    print(f"CPU time: {1000 * cpu / n:.1f} ms per article")
    print(f"peak resident memory: {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
