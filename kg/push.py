"""Send each article's named graph to a SPARQL server.

Two protocols:

* SPARQL 1.1 Graph Store HTTP Protocol (default): ``PUT <endpoint>?graph=<IRI>`` with the
  graph as Turtle (N-Triples syntax). PUT replaces the graph, so pushing twice leaves
  the server as after the first push.
* SPARQL 1.1 Update (``update=True``): ``DROP SILENT GRAPH <IRI>`` followed by
  ``INSERT DATA { GRAPH <IRI> { ... } }`` in chunks of ``chunk_size`` triples, posted as
  ``application/sparql-update``. Triples sharing a blank node always travel in the same
  chunk (a blank node means a new node in every request). Not atomic: a failure
  mid-graph leaves that graph partly written; push again.

Credentials come from the environment only: ``KG_PUSH_TOKEN`` (bearer) or
``KG_PUSH_USER`` + ``KG_PUSH_PASSWORD``, sent with Basic or Digest authentication as the
server's challenge asks (Virtuoso's ``/sparql-graph-crud-auth`` and ``/sparql-auth``
use Digest). HTTP is done with the standard library (urllib); nothing to install.
"""
from __future__ import annotations

import html
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from typing import Callable, Iterable

import pyoxigraph as ox

from kg.errors import KgError

ENV_USER, ENV_PASSWORD, ENV_TOKEN = "KG_PUSH_USER", "KG_PUSH_PASSWORD", "KG_PUSH_TOKEN"
USER_AGENT = "newskg-push/0.1"


class PushError(KgError):
    """An HTTP request to the endpoint failed."""


class EndpointUnreachable(PushError):
    """The endpoint cannot be reached at all (refused, unknown host, timeout)."""


@dataclass
class PushReport:
    endpoint: str
    method: str
    graphs: list[tuple[str, int]] = field(default_factory=list)  # (graph IRI or "default", triples)
    requests: int = 0

    @property
    def triples(self) -> int:
        return sum(n for _, n in self.graphs)


# ---------------------------------------------------------------- HTTP

def server_message(body: bytes, content_type: str = "", limit: int = 400) -> str:
    """The readable part of an error body: tags stripped for HTML (Virtuoso), one line."""
    text = body.decode("utf-8", "replace")
    if "html" in content_type.lower() or re.search(r"<\s*(html|body|h\d|p|pre|title)\b", text, re.I):
        text = re.sub(r"(?is)<(script|style|head)\b.*?</\1\s*>", " ", text)
        text = re.sub(r"(?s)<[^>]+>", " ", text)
        text = html.unescape(text)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _opener(url: str, env) -> urllib.request.OpenerDirector:
    handlers: list = []
    user, password = env.get(ENV_USER), env.get(ENV_PASSWORD)
    if user is not None and password is not None:
        mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        mgr.add_password(None, url, user, password)
        handlers += [urllib.request.HTTPBasicAuthHandler(mgr), urllib.request.HTTPDigestAuthHandler(mgr)]
    return urllib.request.build_opener(*handlers)


class Client:
    def __init__(self, timeout: float = 60.0, env=None):
        self.timeout = timeout
        self.env = os.environ if env is None else env
        self._openers: dict[str, urllib.request.OpenerDirector] = {}

    def request(self, method: str, url: str, body: bytes | None, content_type: str | None,
                what: str) -> int:
        parts = urllib.parse.urlsplit(url)
        base = f"{parts.scheme}://{parts.netloc}/"
        opener = self._openers.setdefault(base, _opener(base, self.env))
        headers = {"User-Agent": USER_AGENT, "Accept": "*/*"}
        if content_type:
            headers["Content-Type"] = content_type
        token = self.env.get(ENV_TOKEN)
        if token:
            headers["Authorization"] = f"Bearer {token}"
        req = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with opener.open(req, timeout=self.timeout) as resp:
                resp.read()
                return resp.status
        except urllib.error.HTTPError as e:
            try:
                body = e.read()
            except OSError:
                body = b""
            msg = server_message(body, e.headers.get("Content-Type", "") if e.headers else "")
            hint = ""
            if e.code in (401, 403) and not (token or self.env.get(ENV_USER)):
                hint = f" (set {ENV_USER} and {ENV_PASSWORD}, or {ENV_TOKEN})"
            raise PushError(f"{method} {url} ({what}) failed: HTTP {e.code} {e.reason}{hint}"
                            + (f": {msg}" if msg else "")) from e
        except urllib.error.URLError as e:
            reason = getattr(e.reason, "strerror", None) or str(e.reason)
            raise EndpointUnreachable(f"cannot reach {url}: {reason}") from e
        except (TimeoutError, ConnectionError, OSError) as e:
            raise EndpointUnreachable(f"cannot reach {url}: {getattr(e, 'strerror', None) or e}") from e


# ---------------------------------------------------------------- graphs to text

def ntriples(triples: Iterable) -> bytes:
    return ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES) or b""


def triples_of(store: ox.Store, graph) -> list:
    from kg.store import quads

    return [ox.Triple(q.subject, q.predicate, q.object) for q in quads(store, graph)]


def bnode_chunks(triples: list, size: int) -> list[list]:
    """Split ``triples`` into chunks of about ``size`` without separating triples that
    share a blank node (directly or through other blank nodes)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for t in triples:
        ids = [n.value for n in (t.subject, t.object) if isinstance(n, ox.BlankNode)]
        if len(ids) == 2:
            parent[find(ids[0])] = find(ids[1])
        elif ids:
            find(ids[0])
    groups: dict[str, list] = {}
    singles: list[list] = []
    for t in triples:
        b = next((n.value for n in (t.subject, t.object) if isinstance(n, ox.BlankNode)), None)
        if b is None:
            singles.append([t])
        else:
            groups.setdefault(find(b), []).append(t)
    chunks: list[list] = []
    for units in (singles, list(groups.values())):  # chunks with blank nodes apart from the others
        current: list = []
        for group in units:
            if current and len(current) + len(group) > size:
                chunks.append(current)
                current = []
            current.extend(group)
        if current:
            chunks.append(current)
    return chunks


def _insert(graph, chunk: list) -> str:
    """INSERT DATA for a chunk; a chunk with blank nodes is written as the equivalent
    ``INSERT { ... } WHERE {}`` because Virtuoso refuses blank nodes in INSERT DATA."""
    body = ntriples(chunk).decode("utf-8")
    has_bnode = any(isinstance(n, ox.BlankNode) for t in chunk for n in (t.subject, t.object))
    inner = body if isinstance(graph, ox.DefaultGraph) else f"GRAPH <{graph.value}> {{\n{body}}}"
    if has_bnode:
        return f"INSERT {{ {inner} }}\nWHERE {{}}\n"
    return f"INSERT DATA {{ {inner} }}\n"


def _graph_ref(graph) -> str:
    return "default graph" if isinstance(graph, ox.DefaultGraph) else f"graph <{graph.value}>"


# ---------------------------------------------------------------- push

def endpoint_url(endpoint: str, path: str | None = None) -> str:
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PushError(f"endpoint {endpoint!r} is not an http(s) URL")
    if path:
        endpoint = endpoint.rstrip("/") + "/" + path.lstrip("/")
    return endpoint


def _with_query(url: str, query: str) -> str:
    return url + ("&" if "?" in url else "?") + query


def push(store: ox.Store, endpoint: str, *, update: bool = False, graph_store_path: str | None = None,
         graphs: Iterable[str] | None = None, chunk_size: int = 2000, timeout: float = 60.0, env=None,
         progress: Callable[[str], None] | None = None, include_default: bool = False) -> PushReport:
    """Push every named graph (article) of ``store``, or only ``graphs``, to ``endpoint``.
    The default graph of a kg store is the union of the articles and is not pushed,
    unless ``include_default`` (for stores made otherwise)."""
    from kg.store import graph_names

    url = endpoint_url(endpoint, graph_store_path)
    client = Client(timeout=timeout, env=env)
    names = graph_names(store)
    if graphs is not None:
        wanted = set(graphs)
        missing = wanted - {n.value for n in names if isinstance(n, ox.NamedNode)}
        if missing:
            raise PushError(f"no such graph in the input: {', '.join(sorted(missing))}")
        names = [n for n in names if isinstance(n, ox.NamedNode) and n.value in wanted]
    if include_default:
        names.insert(0, ox.DefaultGraph())
    report = PushReport(url, "update" if update else "graph-store")
    for graph in names:
        triples = triples_of(store, graph)
        if update:
            drop = "DROP SILENT DEFAULT" if isinstance(graph, ox.DefaultGraph) else f"DROP SILENT GRAPH <{graph.value}>"
            chunks = bnode_chunks(triples, max(1, chunk_size)) or [[]]
            for i, chunk in enumerate(chunks):
                parts = [drop + "\n"] if i == 0 else []
                if chunk:
                    parts.append(_insert(graph, chunk))
                text = ";\n".join(parts)
                client.request("POST", url, text.encode("utf-8"), "application/sparql-update; charset=utf-8",
                               _graph_ref(graph))
                report.requests += 1
        else:
            target = _with_query(url, "default" if isinstance(graph, ox.DefaultGraph)
                                 else "graph=" + urllib.parse.quote(graph.value, safe=""))
            client.request("PUT", target, ntriples(triples), "text/turtle; charset=utf-8", _graph_ref(graph))
            report.requests += 1
        name = "default" if isinstance(graph, ox.DefaultGraph) else graph.value
        report.graphs.append((name, len(triples)))
        if progress:
            progress(f"{name}: {len(triples)} triples")
    return report
