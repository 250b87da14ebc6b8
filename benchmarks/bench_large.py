"""Time and peak memory of one large article through the real write path.

    python benchmarks/bench_large.py [--sizes 10000 100000 1000000] [--shapes lines line nopunct] [--no-model]

Builds an article of each size from the development-set texts (repeated until
long enough), as many lines ("lines"), as one line with the line breaks
replaced by spaces ("line"), or as one line without sentence punctuation, a single
sentence ("nopunct", not run by default), and runs ``kg build`` on it in a fresh process
(the same code path as a user: read, pipeline, Turtle, GraphML, HTML, atomic
write). Prints one row per run: wall seconds, CPU seconds (steadier than the wall time
on a shared machine), peak resident memory, output sizes.
Each run is a separate process so the peak memory is that article's own.
"""
from __future__ import annotations

import argparse
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


# runs kg's CLI, then reports its own peak resident memory
_CHILD = ("import resource, sys; from kg.cli import main; rc = main(sys.argv[1:]); "
          "print('peak-rss-kb', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr); sys.exit(rc)")


def article(size: int, shape: str) -> str:
    texts = [ROOT / "examples" / "haniyeh-tehran.id.txt"] + sorted((ROOT / "examples" / "dev").glob("*.txt"))
    # teaser lines ("Baca Juga: ...") are dropped: on one line a teaser would hide the rest of the text
    base = "\n\n".join(line for p in texts for line in p.read_text(encoding="utf-8").strip().splitlines()
                         if not re.match(r"\s*(?:baca|simak|lihat) (?:juga|pula)", line, re.IGNORECASE))
    text = (base + "\n\n") * (size // (len(base) + 2) + 1)
    text = text[:size]
    if shape == "nopunct":   # one line and one sentence: nothing ends a sentence
        return re.sub(r"[.!?]", " ", " ".join(text.split())).ljust(size)
    return " ".join(text.split()).ljust(size, ".") if shape == "line" else text


def run(size: int, shape: str, no_model: bool, max_chars: int) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"bench-{size}-{shape}.txt"
        src.write_text(article(size, shape), encoding="utf-8")
        out = Path(tmp) / "out"
        cmd = [sys.executable, "-c", _CHILD, "build", str(src), "-o", str(out), "--published", "2023-11-05",
               "--max-chars", str(max_chars)] + (["--no-model"] if no_model else [])
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        elapsed = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        if proc.returncode:
            return f"{size:>9,} {shape:>5} failed ({proc.returncode}): {proc.stderr.strip()[-200:]}"
        peak = int(proc.stderr.rsplit("peak-rss-kb ", 1)[1]) / 1024
        sizes = {p.suffix: p.stat().st_size / 1e6 for p in out.iterdir()}
        return (f"{size:>9,} {shape:>5} {elapsed:8.1f} s {cpu:8.1f} s {peak:8.0f} MB   "
                f"ttl {sizes['.ttl']:6.1f} MB  graphml {sizes['.graphml']:6.1f} MB  html {sizes['.html']:6.1f} MB")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--shapes", nargs="+", default=["lines", "line"], choices=["lines", "line", "nopunct"])
    ap.add_argument("--no-model", action="store_true")
    args = ap.parse_args()
    print(f"{'chars':>9} {'shape':>5} {'time':>10} {'CPU':>10} {'peak RSS':>11}   output sizes")
    for size in args.sizes:
        for shape in args.shapes:
            print(run(size, shape, args.no_model, max(size, 1)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
