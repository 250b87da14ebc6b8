"""Corpus builds through the real `kg build` command, writing included.

    python benchmarks/bench_corpus.py --sizes 1000 [--jobs 1,2] [--store] [--formats ttl,graphml]

Makes JSON Lines corpora of N articles from the sample, the development articles and
a few paragraphs written for this benchmark (with people and places varied, so the
entities do not all collapse into a few), about 400 tokens each. Runs
`python -m kg build CORPUS -o OUT --formats ... --jobs J` in a subprocess and prints, per
size and job count: wall time, articles/s, tokens/s, triples/s, peak resident memory of
the build and its worker processes together (sampled every 0.1 s) and the output size.
With --store it also builds into a store and builds again unchanged (the re-run should
do no extraction work).

In the same run, as floors, it times (CPU time, one process) spaCy's blank Indonesian
tokenizer over the same texts (the first --floor-articles of them) and the two statistical
models alone over what the pipeline gives them: the entity model over each article's
sentences, the parser over the sentences the event stage picks (those that may hold an
event). It compares their sum with the CPU time of the build (all its processes, start-up
included): on a machine shared with other work the CPU times are steadier than the wall
times.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIRST = ["Agus", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hendra", "Indah", "Joko", "Kartika", "Lukman",
         "Maya", "Nanda", "Oki", "Putri", "Rahmat", "Sari", "Taufik", "Umar", "Vina", "Wahyu", "Yusuf", "Zainal",
         "Aditya", "Bayu", "Dimas", "Fitri", "Hadi", "Irfan", "Lestari", "Nurul", "Rizky", "Siti", "Teguh", "Wulan"]
LAST = ["Santoso", "Wijaya", "Saputra", "Hidayat", "Nugroho", "Kusuma", "Pratama", "Siregar", "Nasution",
        "Harahap", "Simanjuntak", "Wibowo", "Setiawan", "Gunawan", "Purnomo", "Hakim", "Lubis", "Panjaitan",
        "Sitompul", "Rahardjo", "Susanto", "Utomo", "Firmansyah", "Maulana", "Ramadhan", "Syahputra"]
CITIES = ["Bandung", "Medan", "Makassar", "Palembang", "Malang", "Kupang", "Padang", "Pontianak", "Manado",
          "Ambon", "Jayapura", "Kendari", "Mataram", "Denpasar", "Pekanbaru", "Jambi", "Bengkulu", "Ternate",
          "Samarinda", "Banjarmasin", "Cirebon", "Solo", "Yogyakarta", "Semarang", "Surabaya", "Balikpapan"]

# Paragraphs written for this benchmark (synthetic, not reporting): {p1} {p2} people, {city} a place.
PARAGRAPHS = [
    "{p1}, Bupati {city}, mengatakan pada Rabu bahwa pemerintah daerah akan membangun 12 sekolah baru tahun ini. "
    "Menurut {p1}, anggaran sebesar Rp 45 miliar telah disetujui oleh DPRD {city}. Ketua DPRD {city} {p2} "
    "menyatakan dukungannya terhadap rencana tersebut dan meminta pengawasan yang ketat.",
    "Menteri Perdagangan {p1} bertemu dengan Duta Besar Jepang untuk Indonesia di Jakarta pada Senin. Pertemuan "
    "itu membahas ekspor kopi dan kakao dari {city}. {p2}, juru bicara Kementerian Perdagangan, mengatakan kedua "
    "negara sepakat memperluas kerja sama perdagangan hingga akhir tahun.",
    "Polisi menangkap {p1} di {city} pada Jumat malam terkait kasus penipuan investasi yang merugikan 300 orang. "
    "Kepala Kepolisian Resor {city} {p2} mengatakan tersangka kini ditahan dan barang bukti berupa uang tunai "
    "Rp 2,5 miliar telah disita.",
    "Banjir merendam ratusan rumah di {city} setelah hujan deras sejak Kamis. Wali Kota {city} {p1} meninjau "
    "lokasi pengungsian bersama {p2} dari Badan Penanggulangan Bencana Daerah dan menjanjikan bantuan logistik.",
]


def _bases() -> list[tuple[str, str, list[str]]]:
    """(text, published, person names) of the sample and the development articles."""
    out = []
    sample = ROOT / "examples" / "haniyeh-tehran.id.txt"
    out.append((sample.read_text(encoding="utf-8"), "2023-11-05", ["Osama Hamdan"]))
    for gold_path in sorted((ROOT / "examples" / "dev").glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        people = [e["name"] for e in gold["entities"] if e["type"] == "Person" and " " in e["name"]]
        out.append((text, gold["published"], people))
    return out


def make_corpus(n: int, path: Path, seed: int = 0) -> list[tuple[str, str]]:
    """Write n articles to ``path`` (JSON Lines); returns their texts and publication dates."""
    rng = random.Random(seed)
    bases = _bases()
    texts = []
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            text, published, people = bases[i % len(bases)]
            for name in people:   # a new person in place of each named one, surname alone too
                first, last = rng.choice(FIRST), rng.choice(LAST)
                text = text.replace(name, f"{first} {last}")
                surname = name.split()[-1]
                if len(surname) >= 4:
                    text = re.sub(rf"\b{re.escape(surname)}\b", last, text)
            for k in range(2):
                p1, p2 = (f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(2))
                para = PARAGRAPHS[(i + k) % len(PARAGRAPHS)]
                text += "\n" + para.format(p1=p1, p2=p2, city=rng.choice(CITIES))
            f.write(json.dumps({"id": f"art{i:06d}", "text": text, "published": published}) + "\n")
            texts.append((text, published))
    return texts


def _tree_rss(proc) -> int:
    import psutil
    total = 0
    try:
        p = psutil.Process(proc.pid)
        for q in [p] + p.children(recursive=True):
            try:
                total += q.memory_info().rss
            except psutil.Error:
                pass
    except psutil.Error:
        pass
    return total


def run_build(corpus: Path, out: Path, jobs: int, formats: str, store: Path | None = None) -> dict:
    """One `kg build` subprocess: wall time, peak RSS of its process tree, its summary line."""
    cmd = [sys.executable, "-m", "kg", "build", str(corpus), "-o", str(out), "--formats", formats,
           "--jobs", str(jobs)]
    if store:
        cmd += ["--store", str(store)]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    import resource
    peak = 0
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    done = threading.Event()

    def sample():
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc))
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    err = proc.stderr.read().decode()
    proc.wait()
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)   # the build and its reaped workers
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"kg build failed ({proc.returncode}):\n{err[-2000:]}")
    summary = err.strip().splitlines()[-1]
    numbers = {k: int(v.replace(",", "")) for v, k in re.findall(r"([\d,]+) (article|triple|entit|event)", summary)}
    size = sum(p.stat().st_size for p in out.iterdir()) if out.exists() else 0
    return {"wall": wall, "cpu": cpu, "peak_mb": peak / 2**20, "summary": summary, "articles": numbers.get("article", 0),
            "triples": numbers.get("triple", 0), "out_mb": size / 2**20}


def floors(rows: list[tuple[str, str]]) -> dict:
    """Per-article CPU time of spaCy's blank Indonesian tokenizer and of the two statistical
    models over what the pipeline gives them: the entity model over the sentences of each
    article, the parser over the sentences the event stage picks. The pipeline runs once over
    the articles to record those inputs; then each model is timed alone on them."""
    import spacy

    from kg.ner import recognizer
    from kg.pipeline import Pipeline
    from kg.stages.read import parse_date, read_text
    texts = [text for text, _ in rows]
    blank = spacy.blank("id")
    t0 = time.process_time()
    tokens = sum(len(d) for d in blank.tokenizer.pipe(texts))
    tok = time.process_time() - t0
    pipeline = Pipeline()
    given: dict[str, list] = {"entity model": [], "parser": []}
    predict_many, parse = recognizer.predict_many, pipeline.parser.parse

    def record(name, fn):
        def recorded(batch, *args, **kwargs):
            batch = list(batch)
            given[name].append(batch)
            return fn(batch, *args, **kwargs)
        return recorded

    recognizer.predict_many = record("entity model", predict_many)
    pipeline.parser.parse = record("parser", parse)
    try:
        for i, (text, published) in enumerate(rows):
            pipeline(read_text(text, f"floor{i}", published=parse_date(published, "published")))
    finally:
        recognizer.predict_many = predict_many
        del pipeline.parser.parse
    ms = {}
    for name, fn in (("entity model", predict_many), ("parser", parse)):
        t0 = time.process_time()
        for batch in given[name]:
            fn(batch)
        ms[name] = 1000 * (time.process_time() - t0) / len(rows)
    return {"tokens_per_article": tokens / len(texts), "tokenizer_ms": 1000 * tok / len(texts),
            "model_ms": ms["entity model"], "parser_ms": ms["parser"],
            "models_ms": ms["entity model"] + ms["parser"],
            "parsed": sum(len(b) for b in given["parser"]) / len(rows),
            "sentences": sum(len(b) for b in given["entity model"]) / len(rows)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000", help="corpus sizes, comma-separated (default 1000)")
    ap.add_argument("--jobs", default="1,2", help="job counts, comma-separated (default 1,2)")
    ap.add_argument("--formats", default="ttl,graphml", help="files per article (default ttl,graphml)")
    ap.add_argument("--store", action="store_true", help="also build into a store, then re-run unchanged")
    ap.add_argument("--floor-articles", type=int, default=500, help="articles timed for the floors (default 500)")
    ap.add_argument("--keep", metavar="DIR", help="build in DIR and keep it (default: a temporary folder)")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    jobs_list = [int(j) for j in args.jobs.split(",")]
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-corpus-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        rows = []
        floor = None
        for n in sizes:
            corpus = work / f"corpus-{n}.jsonl"
            articles = make_corpus(n, corpus)
            if floor is None:
                floor = floors(articles[:args.floor_articles])
                print(f"floors over {min(n, args.floor_articles)} articles "
                      f"({floor['tokens_per_article']:.0f} tokens each): blank tokenizer "
                      f"{floor['tokenizer_ms']:.2f} ms/article; the models alone on what the pipeline gives them: "
                      f"entity model {floor['model_ms']:.1f} ms ({floor['sentences']:.0f} sentences) + parser "
                      f"{floor['parser_ms']:.1f} ms ({floor['parsed']:.0f} sentences) = "
                      f"{floor['models_ms']:.1f} ms/article", flush=True)
            tokens = floor["tokens_per_article"] * n
            for jobs in jobs_list:
                out = work / f"out-{n}-{jobs}"
                shutil.rmtree(out, ignore_errors=True)
                r = run_build(corpus, out, jobs, args.formats)
                rows.append((n, jobs, r))
                cpu_ms = 1000 * r["cpu"] / n
                print(f"N={n:>6} jobs={jobs}: {r['wall']:7.1f} s  {n / r['wall']:6.1f} articles/s  "
                      f"{tokens / r['wall']:8,.0f} tokens/s  {r['triples'] / r['wall']:9,.0f} triples/s  "
                      f"peak RSS {r['peak_mb']:6.0f} MB  output {r['out_mb']:6.0f} MB  "
                      f"CPU {cpu_ms:.0f} ms/article = {cpu_ms / floor['models_ms']:.2f}x the models alone",
                      flush=True)
                print(f"    {r['summary']}", flush=True)
                shutil.rmtree(out, ignore_errors=True)
            if args.store:
                store, out = work / f"store-{n}", work / f"out-store-{n}"
                shutil.rmtree(store, ignore_errors=True)
                shutil.rmtree(out, ignore_errors=True)
                first = run_build(corpus, out, max(jobs_list), args.formats, store)
                again = run_build(corpus, out, max(jobs_list), args.formats, store)
                print(f"N={n:>6} store, jobs={max(jobs_list)}: first {first['wall']:.1f} s "
                      f"(peak RSS {first['peak_mb']:.0f} MB), unchanged re-run {again['wall']:.1f} s "
                      f"= {100 * again['wall'] / first['wall']:.1f}% of the first", flush=True)
                print(f"    {again['summary']}", flush=True)
        by = {(n, j): r for n, j, r in rows}
        for n in sizes:
            if (n, 1) in by and (n, 2) in by:
                print(f"N={n}: --jobs 2 is {by[(n, 1)]['wall'] / by[(n, 2)]['wall']:.2f}x --jobs 1")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
