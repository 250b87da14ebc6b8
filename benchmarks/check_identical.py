"""Same output before and after a speed change: build every article of a fixed set and
write its files, then compare two such folders.

    python benchmarks/check_identical.py write OUTDIR     # on the code before, then after
    python benchmarks/check_identical.py compare DIR_A DIR_B

The set: the sample, the development articles (examples/dev) and both parts of the
article test set (tests/sets/articles). Each article's Turtle, GraphML and HTML are
written as ``kg build`` renders them. ``compare`` prints only counts and file names,
never file contents (the sealed part may be built but not read).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def articles():
    """(name, text, published) of every article of the set."""
    yield "sample", (ROOT / "examples" / "haniyeh-tehran.id.txt").read_text(encoding="utf-8"), "2023-11-05"
    for gold in sorted((ROOT / "examples" / "dev").glob("*.gold.json")):
        text = gold.with_name(gold.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        yield "dev-" + gold.name.replace(".gold.json", ""), text, json.loads(gold.read_text(encoding="utf-8"))["published"]
    for part in ("tune", "sealed"):
        for line in (ROOT / "tests" / "sets" / "articles" / f"{part}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                yield f"{part}-{row['document']}", row["text"], row.get("published")


def write(out: Path) -> int:
    import kg
    from kg.output import render_article, write_rendered
    n = 0
    for name, text, published in articles():
        result = kg.build(text, doc_id=name, published=published)
        write_rendered(name, render_article(result), out, name)
        n += 1
    print(f"wrote {n} articles to {out}")
    return 0


def _ntriples(path: Path) -> list[str]:
    import rdflib
    g = rdflib.Graph()
    g.parse(path, format="turtle")
    return sorted(g.serialize(format="nt").splitlines())


def compare(a: Path, b: Path) -> int:
    names_a = {p.name for p in a.iterdir()}
    names_b = {p.name for p in b.iterdir()}
    only = sorted(names_a ^ names_b)
    differ = []
    for name in sorted(names_a & names_b):
        if (a / name).read_bytes() == (b / name).read_bytes():
            continue
        # Turtle may differ in layout only: compare the triples (blank nodes are not used)
        if name.endswith(".ttl") and _ntriples(a / name) == _ntriples(b / name):
            continue
        differ.append(name)
    print(f"files compared: {len(names_a & names_b)}, only in one folder: {len(only)}, differing: {len(differ)}")
    for name in only + differ:
        print(f"  {name}")
    return 1 if only or differ else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    w = sub.add_parser("write")
    w.add_argument("out", type=Path)
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = ap.parse_args()
    return write(args.out) if args.cmd == "write" else compare(args.a, args.b)


if __name__ == "__main__":
    sys.exit(main())
