"""Build a corpus: a stream of articles in, files (and a store) out, one article at a time.

:func:`extract` is a pure function of (article, settings): it runs the pipeline and
renders the article's files as bytes. It runs in this process (``--jobs 1``), in worker
processes (``--jobs N``) or on the workers of a Dask cluster (``--dask ADDRESS``); each
process loads the models once, on its first article, and keeps them. Results come back
in input order, so the output is the same for any number of workers, and the main
process writes them. At most a small window of articles is in flight, so memory does
not grow with the size of the corpus.
"""
from __future__ import annotations

import hashlib
import time
from collections import deque
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

import kg
from kg.config import Config
from kg.errors import KgError
from kg.inputs import Item
from kg.output import FORMATS

IN_FLIGHT_PER_WORKER = 4   # articles queued per worker: keeps workers busy, memory flat
STORE_FLUSH_EVERY = 50     # articles: Oxigraph keeps writes in memory until flushed (~1 MB an article)


@dataclass(frozen=True)
class Settings:
    """Everything besides the article that decides its output (sent to every worker)."""
    config: Config = Config()
    formats: tuple[str, ...] = FORMATS
    max_nodes: int | None = None
    ntriples: bool = False        # also return the graph as N-Triples (for a store)

    def salt(self) -> str:
        """Part of every content hash: a new version, option or gazetteer file rebuilds."""
        h = hashlib.sha256(f"{kg.__version__}|{self.config!r}|{self.formats}|{self.max_nodes}".encode())
        for path in self.config.gazetteers:
            try:
                h.update(Path(path).read_bytes())
            except OSError:
                pass   # the gazetteer check reports unreadable files
        return h.hexdigest()


@dataclass
class Built:
    """One article's result, small and picklable: rendered files and counts."""
    id: str
    where: str
    content_hash: str = ""
    files: dict[str, bytes] = field(default_factory=dict)
    ntriples: bytes | None = None
    entities: int = 0
    relations: int = 0
    events: int = 0
    triples: int = 0
    error: str | None = None
    written: list[Path] = field(default_factory=list)   # the files, once written by the main process


def extract(item: Item, settings: Settings, content_hash: str = "") -> Built:
    """Build one article (HTML pages are turned into text here) and render its files."""
    from kg.output import render_article
    from kg.rdf.turtle import ntriples

    try:
        result = kg.build_document(item.document(), settings.config)
        files = render_article(result, max_nodes=settings.max_nodes, formats=settings.formats)
        nt = ntriples(result.triples) if settings.ntriples else None
    except KgError as e:
        return Built(item.id, item.where, content_hash, error=str(e))
    except Exception as e:   # one broken article must not stop a corpus of thousands
        return Built(item.id, item.where, content_hash,
                     error=f"{item.where}: internal error ({type(e).__name__}: {e}); please report it")
    d = result.document
    return Built(d.id, item.where, content_hash, files, nt, len(d.entities), len(d.relations), len(d.events),
                 len(result.triples))


# ---------------------------------------------------------------- where extraction runs

class _Done:
    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


class _InProcess:
    """--jobs 1: extraction in this process, no pickling."""
    slots = 1

    def submit(self, fn, *args):
        return _Done(fn(*args))

    def close(self):
        pass


class _Processes:
    """--jobs N: a pool of worker processes (forked where the system allows)."""

    def __init__(self, jobs: int):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.pool, self.slots = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx), jobs

    def submit(self, fn, *args):
        return self.pool.submit(fn, *args)

    def close(self):
        self.pool.shutdown(cancel_futures=True)


class _Dask:
    """--dask ADDRESS: the workers of a dask.distributed cluster; results stream back."""

    def __init__(self, address: str):
        try:
            from distributed import Client
        except ImportError:
            raise KgError("--dask needs the 'distributed' package: pip install 'dask[distributed]'") from None
        try:
            self.client = Client(address, timeout="20s")
        except (OSError, TimeoutError, ValueError) as e:
            raise KgError(f"cannot reach the Dask scheduler at {address} ({e})") from None
        self.slots = max(1, sum(self.client.nthreads().values()))

    def submit(self, fn, *args):
        return self.client.submit(fn, *args, pure=False)

    def close(self):
        self.client.close()


def executor(jobs: int = 1, dask: str | None = None):
    if dask:
        return _Dask(dask)
    return _InProcess() if jobs <= 1 else _Processes(jobs)


def ordered(ex, fn, jobs: Iterable[tuple], window: int) -> Iterator:
    """fn(*args) for each args of ``jobs`` on ``ex``, results in input order, with at most
    ``window`` submitted and not yet handed out."""
    pending: deque = deque()
    for args in jobs:
        pending.append(ex.submit(fn, *args))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


# ---------------------------------------------------------------- the build

@dataclass
class Summary:
    articles: int = 0      # built and written
    skipped: int = 0       # unchanged in the store
    entities: int = 0
    relations: int = 0
    events: int = 0
    triples: int = 0
    errors: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        def n(count: int, one: str, many: str = "") -> str:
            return f"{count:,} {one if count == 1 else many or one + 's'}"

        skipped = f", {self.skipped:,} unchanged" if self.skipped else ""
        rate = self.articles / self.seconds if self.seconds else 0.0
        return (f"{n(self.articles, 'article')}{skipped}, {n(self.entities, 'entity', 'entities')}, "
                f"{n(self.events, 'event')}, {n(self.triples, 'triple')}, {n(self.errors, 'error')} "
                f"in {self.seconds:.1f} s ({rate:.1f} articles/s)")


def build_corpus(items: Iterable[Item], out_dir: Path, settings: Settings = Settings(), *, jobs: int = 1,
                 dask: str | None = None, store_dir=None,
                 report: Callable[[Built | None], None] = lambda built: None) -> Summary:
    """Build every article of ``items`` and write its files into ``out_dir`` (and the store),
    in input order, as each is done. ``report`` is called once per article: with its Built
    (``error`` set when it failed) or None when the store already holds it unchanged."""
    from kg.output import write_rendered
    from kg.rdf.iris import document_iri

    started, summary = time.perf_counter(), Summary()
    store = hashes = None
    if store_dir is not None:
        from kg import store as kgstore
        store = kgstore.open_store(store_dir, create=True)
        hashes = kgstore.ContentHashes(store_dir)
    salt = settings.salt()

    def todo():
        for item in items:
            h = item.content_hash(salt)
            if hashes is not None and hashes.get(str(document_iri(item.id))) == h:
                summary.skipped += 1
                report(None)
                continue
            yield item, settings, h

    ex = None
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        ex = executor(jobs, dask)
        for built in ordered(ex, extract, todo(), ex.slots * IN_FLIGHT_PER_WORKER):
            if built.error is None:
                built.written = write_rendered(built.id, built.files, out_dir)
                if store is not None:
                    iri = str(document_iri(built.id))
                    kgstore.put_article(store, iri, built.ntriples)
                    hashes.set(iri, built.content_hash)
                    if summary.articles % STORE_FLUSH_EVERY == STORE_FLUSH_EVERY - 1:
                        store.flush()
                summary.articles += 1
                summary.entities += built.entities
                summary.relations += built.relations
                summary.events += built.events
                summary.triples += built.triples
            else:
                summary.errors += 1
            report(built)
    except BrokenProcessPool:
        raise KgError("a worker process died (out of memory?); try fewer --jobs") from None
    except OSError as e:
        raise KgError(f"{out_dir}: cannot write the output ({e.strerror or e})") from None
    finally:
        if ex is not None:
            ex.close()
        if store is not None:
            store.flush()
    summary.seconds = time.perf_counter() - started
    return summary
