"""kg build --dask: the same articles built on a dask.distributed cluster (two local workers)."""
import json

import pytest
import rdflib
from rdflib.compare import isomorphic

from kgtest import run_kg

distributed = pytest.importorskip("distributed")

TEXTS = [
    "Presiden Joko Widodo bertemu Perdana Menteri Anwar Ibrahim di Jakarta pada Selasa.",
    "Ismail Haniyeh berada di Doha. Hamas bermarkas di Jalur Gaza.",
    "Menteri Luar Negeri Retno Marsudi tiba di Hanoi untuk bertemu Presiden Vietnam.",
]


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as c:
        yield c


def test_dask_build_writes_the_same_graphs_as_one_process(tmp_path, cluster):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": f"d{i}", "text": t, "published": "2024-03-05"}) + "\n"
                            for i, t in enumerate(TEXTS * 2)), encoding="utf-8")
    local = run_kg("build", feed, "-o", tmp_path / "local", "--jobs", "1", "--formats", "ttl")
    assert local.returncode == 0, local.stderr
    remote = run_kg("build", feed, "-o", tmp_path / "dask", "--dask", cluster.scheduler_address,
                    "--formats", "ttl", "--store", tmp_path / "kgstore")
    assert remote.returncode == 0, remote.stderr
    assert remote.stderr.decode().splitlines()[-1].startswith("6 articles")
    names = sorted(p.name for p in (tmp_path / "local").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "dask").iterdir()) == [f"d{i}.ttl" for i in range(6)]
    for name in names:
        a = rdflib.Graph().parse(tmp_path / "local" / name)
        b = rdflib.Graph().parse(tmp_path / "dask" / name)
        assert isomorphic(a, b), name
    stats = run_kg("store", "stats", "--store", tmp_path / "kgstore").stdout.decode()
    assert "articles  6" in stats


def test_dask_workers_load_the_models_once(cluster):
    """Each worker process keeps the model it loaded for its first article: later
    articles on it use the same object."""
    from kg.corpus import Settings, extract
    from kg.inputs import Item

    def model_id():
        from kg.ner import recognizer
        return id(recognizer.load())

    client = distributed.Client(cluster.scheduler_address)
    try:
        def batch(tag):
            items = [Item(f"{tag}{i}", "test", text=TEXTS[i % 3]) for i in range(4)]
            built = client.gather([client.submit(extract, it, Settings(formats=("ttl",)), pure=False)
                                   for it in items])
            assert all(b.error is None and b.files for b in built)

        batch("x")
        first = client.run(model_id)
        batch("y")
        assert client.run(model_id) == first and len(first) == 2
    finally:
        client.close()


def test_unreachable_scheduler_is_a_clear_error(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(TEXTS[0], encoding="utf-8")
    r = run_kg("build", src, "-o", tmp_path / "out", "--dask", "tcp://127.0.0.1:9", "--no-model")
    assert r.returncode == 2
    assert r.stderr.decode().startswith("Error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
