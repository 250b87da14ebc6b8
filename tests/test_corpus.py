"""Corpus builds: streaming with bounded memory, worker processes, the incremental store."""
import gc
import json
import subprocess
import sys

import pytest
import rdflib
from rdflib.compare import isomorphic

from kgtest import run_kg
from kg import Config
from kg.corpus import IN_FLIGHT_PER_WORKER, Built, Settings, build_corpus
from kg.inputs import Item
from kg.model import Document

TEXTS = [
    "Presiden Joko Widodo bertemu Perdana Menteri Anwar Ibrahim di Jakarta pada Selasa.",
    "Ismail Haniyeh berada di Doha. Hamas bermarkas di Jalur Gaza.",
    "Menteri Luar Negeri Retno Marsudi tiba di Hanoi untuk bertemu Presiden Vietnam.",
    "Serangan Israel di Rafah menewaskan 12 orang, kata Kementerian Kesehatan Gaza.",
    "Gubernur Jawa Tengah Ganjar Pranowo meninjau banjir di Semarang.",
]


def _feed(path, n):
    path.write_text("".join(json.dumps({"id": f"a{i:03d}", "text": TEXTS[i % len(TEXTS)],
                                        "published": "2024-03-05"}) + "\n" for i in range(n)), encoding="utf-8")
    return path


def _live(kind) -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, kind))


def test_memory_is_bounded_by_the_window_not_the_corpus(tmp_path):
    """The build pulls articles lazily and keeps none after writing it: at every article,
    the articles read ahead and the results and Documents alive stay under a constant."""
    pulled = []

    def stream(n):
        for i in range(n):
            pulled.append(i)
            yield Item(f"a{i}", f"feed line {i}", text=TEXTS[i % len(TEXTS)])

    seen = []

    def report(built):
        seen.append((len(pulled) - len(seen) - 1, _live(Built), _live(Document)))

    summary = build_corpus(stream(40), tmp_path / "out", Settings(Config(use_model=False), ("ttl",)),
                           jobs=1, report=report)
    assert summary.articles == 40 and len(list((tmp_path / "out").iterdir())) == 40
    ahead, built_alive, docs_alive = (max(col) for col in zip(*seen))
    assert ahead <= IN_FLIGHT_PER_WORKER
    assert built_alive <= IN_FLIGHT_PER_WORKER + 1
    assert docs_alive <= 2


def _graphs(folder):
    return {p.stem: rdflib.Graph().parse(p) for p in sorted(folder.glob("*.ttl"))}


def test_one_and_two_workers_give_the_same_graphs(tmp_path):
    feed = _feed(tmp_path / "feed.jsonl", 8)
    for jobs in ("1", "2"):
        r = run_kg("build", feed, "-o", tmp_path / f"out{jobs}", "--jobs", jobs, "--formats", "ttl,graphml")
        assert r.returncode == 0, r.stderr
    one, two = _graphs(tmp_path / "out1"), _graphs(tmp_path / "out2")
    assert list(one) == [f"a{i:03d}" for i in range(8)] == list(two)
    for name in one:
        assert isomorphic(one[name], two[name]), name
    assert (tmp_path / "out1" / "a003.graphml").read_bytes() == (tmp_path / "out2" / "a003.graphml").read_bytes()


def test_formats_choose_the_files_and_the_default_writes_all_three(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(TEXTS[0], encoding="utf-8")
    assert run_kg("build", src, "-o", tmp_path / "all", "--no-model").returncode == 0
    assert {p.name for p in (tmp_path / "all").iterdir()} == {"a.ttl", "a.graphml", "a.html"}
    assert run_kg("build", src, "-o", tmp_path / "ttl", "--no-model", "--formats", "ttl").returncode == 0
    assert {p.name for p in (tmp_path / "ttl").iterdir()} == {"a.ttl"}
    r = run_kg("build", src, "-o", tmp_path / "bad", "--no-model", "--formats", "ttl,pdf")
    assert r.returncode == 2 and b"Error: unknown or no output format 'pdf'" in r.stderr


def _stats(store):
    r = run_kg("store", "stats", "--store", store)
    assert r.returncode == 0, r.stderr
    return {line.split()[0]: int(line.split()[1].replace(",", "")) for line in r.stdout.decode().splitlines()}


def _named_triples(store):
    r = run_kg("query", "--store", store, "--format", "csv", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return int(r.stdout.split()[1])


def test_store_rerun_skips_unchanged_and_replaces_changed_articles(tmp_path):
    feed = _feed(tmp_path / "feed.jsonl", 5)
    store, out = tmp_path / "kgstore", tmp_path / "out"
    args = ("build", feed, "-o", out, "--no-model", "--formats", "ttl", "--store", store, "--jobs", "1")
    first = run_kg(*args)
    assert first.returncode == 0, first.stderr
    stats, triples, graphs = _stats(store), _named_triples(store), _graphs(out)
    assert stats["articles"] == 5
    assert triples == sum(len(g) for g in graphs.values())

    (out / "a000.ttl").unlink()
    again = run_kg(*args)
    assert again.returncode == 0, again.stderr
    assert again.stderr.decode().splitlines()[-1].startswith("0 articles, 5 unchanged")
    assert not (out / "a000.ttl").exists()          # nothing was built again
    assert _stats(store) == stats and _named_triples(store) == triples

    rows = [json.loads(line) for line in feed.read_text(encoding="utf-8").splitlines()]
    rows[1]["text"] = "Ismail Haniyeh bertemu Ali Khamenei di Tehran."
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    changed = run_kg(*args)
    assert changed.stderr.decode().splitlines()[-1].startswith("1 article, 4 unchanged")
    new = rdflib.Graph().parse(out / "a001.ttl")
    assert _named_triples(store) == triples - len(graphs["a001"]) + len(new)   # a001's old triples are gone
    r = run_kg("query", "--store", store, "--format", "csv",
               "SELECT ?n WHERE { GRAPH <https://w3id.org/newskg/doc/a001> { ?p schema:name ?n } }")
    assert "Ali Khamenei" in r.stdout.decode() and "Doha" not in r.stdout.decode()


def test_store_remove_takes_an_article_out_and_a_rebuild_brings_it_back(tmp_path):
    feed = _feed(tmp_path / "feed.jsonl", 3)
    store = tmp_path / "kgstore"
    args = ("build", feed, "-o", tmp_path / "out", "--no-model", "--formats", "ttl", "--store", store, "--jobs", "1")
    assert run_kg(*args).returncode == 0
    before = _stats(store)
    r = run_kg("store", "remove", "a001", "--store", store)
    assert r.returncode == 0, r.stderr
    after = _stats(store)
    assert after["articles"] == before["articles"] - 1 and after["triples"] < before["triples"]
    r = run_kg("store", "remove", "nope", "--store", store)
    assert r.returncode == 2 and b"no article 'nope'" in r.stderr
    again = run_kg(*args)
    assert again.stderr.decode().splitlines()[-1].startswith("1 article, 2 unchanged")
    assert _stats(store) == before


def test_a_folder_that_is_not_a_store_fails_before_any_work(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(TEXTS[0], encoding="utf-8")
    notstore = tmp_path / "photos"
    notstore.mkdir()
    (notstore / "cat.jpg").write_bytes(b"\xff\xd8")
    out = tmp_path / "out"
    r = run_kg("build", src, "-o", out, "--no-model", "--store", notstore)
    assert r.returncode == 2 and r.stderr.decode().startswith("Error: ") and b"not an Oxigraph store" in r.stderr
    assert not out.exists()


def test_a_store_in_use_fails_before_any_work(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(TEXTS[0], encoding="utf-8")
    store, out = tmp_path / "kgstore", tmp_path / "out"
    holder = subprocess.Popen([sys.executable, "-c", "import sys, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); "
                               "print('open', flush=True); sys.stdin.read()", str(store)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == b"open"
        r = run_kg("build", src, "-o", out, "--no-model", "--store", store)
    finally:
        holder.communicate(b"")
    assert r.returncode == 2 and b"in use by another process" in r.stderr
    assert not out.exists()


@pytest.mark.parametrize("jobs", ["0", "-2"])
def test_bad_jobs(tmp_path, jobs):
    src = tmp_path / "a.txt"
    src.write_text(TEXTS[0], encoding="utf-8")
    r = run_kg("build", src, "-o", tmp_path / "out", "--jobs", jobs)
    assert r.returncode == 2 and b"--jobs must be at least 1" in r.stderr
