"""Throughput and peak memory of kg.ner.recognizer.predict_many.

Runs the shipped model over the dev sentences of idner-news-2k, repeated until at
least --tokens tokens (whitespace tokens of the corpus), grouped into article-like
texts of --per-text sentences with one sentence per line. Prints tokens/second
(model loading excluded and reported separately) and peak memory: the process's
maximum resident set size (ru_maxrss, includes Python, spaCy and the model) and,
with --tracemalloc, the peak of Python allocations during the run (slower run; the
throughput of that run is not reported).

    OMP_NUM_THREADS=1 python3 benchmarks/bench_ner.py            # >= 100,000 tokens
    python3 benchmarks/bench_ner.py --tokens 200000 --per-text 1  # one sentence per text
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT / "data" / "idner-news-2k" / "dev.txt"))
    ap.add_argument("--tokens", type=int, default=100_000, help="minimum tokens (default 100000)")
    ap.add_argument("--per-text", type=int, default=20,
                    help="sentences per text, one per line (default 20)")
    ap.add_argument("--tracemalloc", action="store_true",
                    help="also measure peak Python allocations (separate, slower run)")
    args = ap.parse_args()
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "BLIS_NUM_THREADS"):
        os.environ.setdefault(var, "1")

    from kg.ner.conll import read_conll
    from kg.ner.recognizer import load, predict_many

    sentences = read_conll(args.data)
    texts, n_tokens, chunk, chunk_tokens = [], 0, [], 0
    while n_tokens < args.tokens:
        for s in sentences:
            chunk.append(" ".join(s.tokens))
            chunk_tokens += len(s.tokens)
            if len(chunk) == args.per_text:
                texts.append("\n".join(chunk))
                n_tokens += chunk_tokens
                chunk, chunk_tokens = [], 0
            if n_tokens >= args.tokens:
                break
    chars = sum(len(t) for t in texts)

    t0 = time.perf_counter()
    load()
    predict_many(["Presiden Joko Widodo tiba di Jakarta."])  # warm up
    load_s = time.perf_counter() - t0
    rss_loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    t0 = time.perf_counter()
    results = predict_many(texts)
    elapsed = time.perf_counter() - t0
    rss_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n_ents = sum(len(r) for r in results)

    print(f"texts: {len(texts)} ({args.per_text} sentences each), tokens: {n_tokens}, "
          f"chars: {chars}, entities found: {n_ents}")
    print(f"model load + warm-up: {load_s:.2f} s")
    print(f"predict_many: {elapsed:.2f} s, {n_tokens / elapsed:,.0f} tokens/s, "
          f"{chars / elapsed / 1e6:.2f} MB/s")
    print(f"peak RSS: {rss_loaded:.0f} MiB after loading, {rss_peak:.0f} MiB after the run")
    if args.tracemalloc:
        import tracemalloc

        tracemalloc.start()
        predict_many(texts)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"tracemalloc peak during predict_many: {peak / 2**20:.1f} MiB "
              f"(texts themselves: {chars / 2**20:.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
