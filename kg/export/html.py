"""Offline, self-contained interactive view of a newskg graph (vis-network).

Input is the NetworkX projection described in ``docs/graph-shape.md``: a
``MultiDiGraph`` whose nodes carry ``label``, ``type``, ``kind``, ``aliases``,
``mentions``, ``wikidata``, ``geonames``, ``lat``/``lon``, ``time`` and
``evidence`` (a JSON list), and whose edges are keyed by predicate with
``label``, ``iri``, ``confidence``, ``extractor`` and ``evidence``.  Missing or
malformed attributes are tolerated.

The page is one HTML file: vis-network's JS and CSS (taken from the pyvis
package) are inlined, the graph is embedded as escaped JSON, the layout is
computed here (vis physics is off), and all article text reaches the DOM via
``textContent`` only.  The same input always gives the same bytes.
"""

from __future__ import annotations

import functools
import html
import json
import math
import re
from pathlib import Path
from typing import Any, Iterable

__all__ = ["write_html", "render_html", "layout_positions"]

ENTITY_TYPES = ("Person", "Organization", "Place")
EVENT_TYPE = "Event"
OTHER_TYPE = "Other"

# Graphs up to this many nodes use networkx.spring_layout (dense
# Fruchterman-Reingold, O(n^2) per iteration); bigger ones use the grid-based
# force layout below, which is O(n + e) per iteration.
SPRING_MAX_NODES = 300
LAYOUT_SEED = 7
# vis-network coordinates (pixels at zoom 1) between a node and its nearest neighbour.
UNIT_PX = 120.0
# The space a node takes at zoom 1, as the page draws it (nodeSize and trunc in the
# script below; labels in 14 px Arial with a 3 px white outline, below the shape):
# label characters are about 6.6 px wide, so 7.2 leaves room.
LABEL_CHARS = 40
LABEL_CHAR_PX = 7.2
LABEL_HEIGHT_PX = 14 + 6
LABEL_GAP_PX = 8
# Gaps kept between the boxes of two nodes, and between the graph and the row of
# isolated nodes under it.
BOX_MARGIN_PX = 6.0
ROW_GAP_PX = 80.0
# Graphs up to this many nodes get their overlapping labels pushed apart (O(n^2)).
SEPARATE_MAX_NODES = SPRING_MAX_NODES

_Q_RE = re.compile(r"Q[1-9][0-9]*")
_GN_RE = re.compile(r"[0-9]+")


# --------------------------------------------------------------------------
# vis-network bundle
# --------------------------------------------------------------------------

def _version_key(path: Path) -> tuple:
    return tuple(int(p) if p.isdigit() else 0 for p in re.split(r"[.-]", path.name.split("vis-", 1)[-1]))


@functools.lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """Return (js, css) of the newest vis-network bundle shipped by pyvis."""
    import pyvis

    root = Path(pyvis.__file__).resolve().parent
    candidates = [p.parent for p in root.glob("**/vis-*/vis-network.min.js") if (p.parent / "vis-network.css").exists()]
    if not candidates:
        raise RuntimeError(f"vis-network bundle not found under {root}")
    d = max(candidates, key=lambda p: (_version_key(p), str(p)))
    js = (d / "vis-network.min.js").read_text(encoding="utf-8")
    css = (d / "vis-network.css").read_text(encoding="utf-8")
    # A source map comment would make devtools fetch a file that is not there.
    js = re.sub(r"//[#@]\s*sourceMappingURL=\S*", "", js)
    css = re.sub(r"/\*[#@]\s*sourceMappingURL=[^*]*\*/", "", css)
    # Nothing may close the element it is inlined in.
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.I)
    css = re.sub(r"</(style)", r"<\\/\1", css, flags=re.I)
    return js.strip(), css.strip()


# --------------------------------------------------------------------------
# Reading the graph (tolerantly)
# --------------------------------------------------------------------------

def _s(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    return str(value).strip()


def _int(value: Any, default: int = 0) -> int:
    try:
        f = float(value)
    except (TypeError, ValueError):
        return default
    if math.isnan(f) or math.isinf(f):
        return default
    return int(f)


def _float(value: Any) -> float | None:
    if value is None or value == "":
        return None
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    if math.isnan(f) or math.isinf(f):
        return None
    return f


def _node_type(value: Any) -> str:
    t = _s(value)
    low = t.lower()
    for known in ENTITY_TYPES + (EVENT_TYPE,):
        if low == known.lower():
            return known
    if low in ("organisation", "org"):
        return "Organization"
    if low in ("per", "loc", "location", "gpe"):
        return "Person" if low == "per" else "Place"
    return OTHER_TYPE


def _aliases(value: Any, label: str) -> list[str]:
    if isinstance(value, (list, tuple)):
        parts = [_s(v) for v in value]
    else:
        parts = _s(value).split("|")
    out: list[str] = []
    seen = {label.casefold()}
    for p in parts:
        p = p.strip()
        if p and p.casefold() not in seen:
            seen.add(p.casefold())
            out.append(p)
    return out


def _evidence_list(value: Any) -> list:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return [value]  # a bare sentence
    if isinstance(value, dict):
        return [value]
    if isinstance(value, (list, tuple)):
        return list(value)
    return []


def _split_mention(sentence: str, ev: dict, names: Iterable[str]) -> list[str]:
    """Split *sentence* into [before, mention, after] (mention may be "")."""
    begin = _int(ev.get("begin"), -1)
    mb = _int(ev.get("mention_begin"), -1)
    me = _int(ev.get("mention_end"), -1)
    if begin >= 0 and mb >= begin and me > mb and me - begin <= len(sentence):
        a, b = mb - begin, me - begin
        return [sentence[:a], sentence[a:b], sentence[b:]]
    # No usable offsets: highlight the first occurrence of a known name.
    for name in sorted((n for n in names if n), key=len, reverse=True):
        m = re.search(re.escape(name), sentence, flags=re.IGNORECASE)
        if m:
            return [sentence[:m.start()], m.group(0), sentence[m.end():]]
    return [sentence, "", ""]


def _names_regex(names: Iterable[str]):
    """A case-insensitive regex matching any of *names* as whole words (None if none)."""
    alts = sorted({n for n in names if len(n) >= 3}, key=lambda n: (-len(n), n))
    if not alts:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in alts) + r")(?!\w)", re.IGNORECASE)


def _mark_names(sentence: str, *regexes) -> list[str]:
    """Split *sentence* into alternating plain/marked parts for the names found."""
    spans = []
    for rx in regexes:
        if rx is not None:
            m = rx.search(sentence)
            if m:
                spans.append((m.start(), m.end()))
    spans.sort()
    parts, pos = [], 0
    for a, b in spans:
        if a < pos:  # overlaps the previous mark
            continue
        parts += [sentence[pos:a], sentence[a:b]]
        pos = b
    parts.append(sentence[pos:])
    return parts


def _node_evidence(value: Any, names: list[str]) -> list[dict]:
    out = []
    for ev in _evidence_list(value):
        if isinstance(ev, str):
            ev = {"sentence": ev}
        if not isinstance(ev, dict):
            continue
        sentence = str(ev.get("sentence") or "")
        if not sentence:
            continue
        item = {"parts": _split_mention(sentence, ev, names)}
        doc = _s(ev.get("doc"))
        if doc:
            item["doc"] = doc
        pub = _s(ev.get("published"))
        if pub:
            item["published"] = pub
        out.append(item)
    return out


def _wikidata(value: Any) -> str:
    m = _Q_RE.search(_s(value))
    return m.group(0) if m else ""


def _geonames(value: Any) -> str:
    v = _s(value)
    if v.endswith(".0"):
        v = v[:-2]
    m = _GN_RE.search(v)
    return m.group(0) if m else ""


def _select_nodes(graph, max_nodes: int | None) -> tuple[list, dict]:
    """Return (kept node ids sorted, counts) honouring *max_nodes*."""
    nodes = sorted(graph.nodes, key=str)
    types = {n: _node_type(graph.nodes[n].get("type")) for n in nodes}
    entities = [n for n in nodes if types[n] != EVENT_TYPE]
    events = [n for n in nodes if types[n] == EVENT_TYPE]
    counts = {
        "total_entities": len(entities),
        "total_events": len(events),
        "total_edges": graph.number_of_edges(),
        "truncated": False,
    }
    if max_nodes is None or max_nodes < 0 or len(entities) <= max_nodes:
        kept = nodes
    else:
        ranked = sorted(entities, key=lambda n: (-_int(graph.nodes[n].get("mentions")), str(n)))
        keep_e = set(ranked[:max_nodes])
        keep_ev = set()
        for ev in events:
            nbrs = set(graph.successors(ev)) | set(graph.predecessors(ev))
            if nbrs & keep_e:
                keep_ev.add(ev)
        keep = keep_e | keep_ev
        kept = [n for n in nodes if n in keep]
        counts["truncated"] = True
    counts["shown_entities"] = sum(1 for n in kept if types[n] != EVENT_TYPE)
    counts["shown_events"] = sum(1 for n in kept if types[n] == EVENT_TYPE)
    return kept, counts


# --------------------------------------------------------------------------
# Layout
# --------------------------------------------------------------------------

def _grid_pairs(pos, r: float):
    """All index pairs (i, j), i != j, whose cells are neighbours on an r-grid."""
    import numpy as np

    n = len(pos)
    cell = np.floor(pos / r).astype(np.int64)
    cell -= cell.min(axis=0)
    width = int(cell[:, 1].max()) + 3
    key = (cell[:, 0] + 1) * width + (cell[:, 1] + 1)
    order = np.argsort(key, kind="stable")
    skey = key[order]
    idx_i, idx_j = [], []
    ar = np.arange(n)
    for ox, oy in ((0, 0), (1, -1), (1, 0), (1, 1), (0, 1)):
        target = skey + ox * width + oy
        lo = np.searchsorted(skey, target, side="left")
        hi = np.searchsorted(skey, target, side="right")
        if ox == 0 and oy == 0:
            lo = np.maximum(lo, ar + 1)  # each pair once within a cell
        cnt = np.maximum(hi - lo, 0)
        total = int(cnt.sum())
        if not total:
            continue
        a = np.repeat(ar, cnt)
        starts = np.repeat(lo, cnt)
        offs = np.arange(total) - np.repeat(np.cumsum(cnt) - cnt, cnt)
        b = starts + offs
        idx_i.append(order[a])
        idx_j.append(order[b])
    if not idx_i:
        e = np.zeros(0, dtype=np.int64)
        return e, e
    return np.concatenate(idx_i), np.concatenate(idx_j)


def _force_layout(n: int, src, dst, seed: int, iterations: int, *, repulsion: float = 2.0,
                  cutoff: float = 2.5, linear: bool = True, gravity: float = 0.6):
    """Force-directed layout in O(n + e) per iteration.

    Fruchterman-Reingold-like: repulsion ``repulsion / d`` only between nodes in
    neighbouring cells of a grid of size *cutoff* (Walshaw's grid variant),
    attraction along edges (linear in d, or FR's d^2), weak gravity towards the
    centre and a cooling temperature that caps each step.  Measured on a 3,700-node
    component: about 1 s for 80 iterations with almost no overlapping nodes.
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    radius = math.sqrt(n) * 0.8
    ang = rng.uniform(0, 2 * math.pi, n)
    rad = radius * np.sqrt(rng.uniform(0, 1, n))
    pos = np.column_stack([rad * np.cos(ang), rad * np.sin(ang)])
    src = np.asarray(src, dtype=np.int64)
    dst = np.asarray(dst, dtype=np.int64)
    gravity = gravity / math.sqrt(n)
    temp = radius / 4
    final = 0.05
    decay = (final / temp) ** (1.0 / max(iterations - 1, 1))
    for _ in range(iterations):
        disp = np.zeros((n, 2))
        i, j = _grid_pairs(pos, cutoff)
        if len(i):
            d = pos[i] - pos[j]
            d2 = np.maximum((d * d).sum(axis=1), 1e-4)
            f = np.where(d2 < cutoff * cutoff, repulsion / d2, 0.0)
            fx, fy = d[:, 0] * f, d[:, 1] * f
            disp[:, 0] += np.bincount(i, fx, n) - np.bincount(j, fx, n)
            disp[:, 1] += np.bincount(i, fy, n) - np.bincount(j, fy, n)
        if len(src):
            d = pos[src] - pos[dst]
            dist = np.sqrt((d * d).sum(axis=1))
            a = 1.0 if linear else dist
            fx, fy = d[:, 0] * a, d[:, 1] * a
            disp[:, 0] -= np.bincount(src, fx, n) - np.bincount(dst, fx, n)
            disp[:, 1] -= np.bincount(src, fy, n) - np.bincount(dst, fy, n)
        disp -= gravity * pos * np.sqrt((pos * pos).sum(axis=1))[:, None] / max(radius, 1.0)
        length = np.sqrt((disp * disp).sum(axis=1))
        scale = np.minimum(length, temp) / np.maximum(length, 1e-9)
        pos += disp * scale[:, None]
        temp *= decay
    pos -= pos.mean(axis=0)
    return pos


def _median_nn(pos) -> float:
    """Median distance from a node to its nearest neighbour (0 if unknown)."""
    import numpy as np

    m = len(pos)
    if m < 2:
        return 0.0
    if m <= 600:
        d = np.sqrt(((pos[:, None, :] - pos[None, :, :]) ** 2).sum(axis=2))
        np.fill_diagonal(d, np.inf)
        return float(np.median(d.min(axis=1)))
    ext = pos.max(axis=0) - pos.min(axis=0)
    r = 2.0 * math.sqrt(max(ext[0] * ext[1], 1e-12) / m)
    i, j = _grid_pairs(pos, r)
    if not len(i):
        return 0.0
    dist = np.sqrt(((pos[i] - pos[j]) ** 2).sum(axis=1))
    best = np.full(m, np.inf)
    np.minimum.at(best, i, dist)
    np.minimum.at(best, j, dist)
    best = best[np.isfinite(best)]
    return float(np.median(best)) if len(best) else 0.0


def _component_layout(m: int, pairs: list[tuple[int, int]], seed: int):
    """Positions (m x 2 array) of one connected component, median nearest-neighbour distance 1."""
    import numpy as np

    if m == 1:
        return np.zeros((1, 2))
    if m == 2:
        return np.array([[-0.5, 0.0], [0.5, 0.0]])
    if m <= SPRING_MAX_NODES:
        import networkx as nx

        h = nx.Graph()
        h.add_nodes_from(range(m))
        h.add_edges_from(pairs)
        raw = nx.spring_layout(h, seed=seed, iterations=100)
        pos = np.array([raw[i] for i in range(m)], dtype=float)
    else:
        iterations = 100 if m <= 2000 else 80
        pos = _force_layout(m, [a for a, _ in pairs], [b for _, b in pairs], seed, iterations)
    nn = _median_nn(pos)
    if nn > 1e-9:
        pos = pos / nn
    return pos - pos.mean(axis=0)


def node_box(label: str, mentions: int) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) of a node's shape and label around its centre, in vis
    pixels at zoom 1, as the page draws it."""
    size = min(10 + 5 * math.log2(1 + max(mentions, 0)), 42)
    width = max(2 * size, LABEL_CHAR_PX * min(len(label), LABEL_CHARS) + 6)
    return (-width / 2, -size, width / 2, size + LABEL_GAP_PX + LABEL_HEIGHT_PX)


_DEFAULT_BOX = (-UNIT_PX / 3, -15.0, UNIT_PX / 3, 40.0)


def _separate(pos, boxes, iterations: int = 400):
    """Move nodes until no two boxes overlap: each overlapping pair is pushed apart,
    half each, along the axis that needs the shorter move (labels are wide and
    short, so mostly up and down). Deterministic."""
    import numpy as np

    n = len(pos)
    upper = np.triu(np.ones((n, n), dtype=bool), 1)
    for _ in range(iterations):
        left, top = pos[:, 0] + boxes[:, 0], pos[:, 1] + boxes[:, 1]
        right, bottom = pos[:, 0] + boxes[:, 2], pos[:, 1] + boxes[:, 3]
        ox = np.minimum(right[:, None], right[None, :]) - np.maximum(left[:, None], left[None, :])
        oy = np.minimum(bottom[:, None], bottom[None, :]) - np.maximum(top[:, None], top[None, :])
        ox, oy = ox + BOX_MARGIN_PX, oy + BOX_MARGIN_PX
        hits = np.argwhere((ox > 0) & (oy > 0) & upper)
        if not len(hits):
            break
        move = np.zeros_like(pos)
        for i, j in hits:
            axis, need = (0, ox[i, j]) if ox[i, j] < oy[i, j] else (1, oy[i, j])
            d = pos[j, axis] - pos[i, axis]
            sign = 1.0 if d > 0 or (d == 0 and j > i) else -1.0
            move[i, axis] -= sign * need / 2
            move[j, axis] += sign * need / 2
        pos += move
    return pos


def _place_in_rows(pos, boxes, singles: list[int], connected: list[int]) -> None:
    """Isolated nodes in tidy rows under the connected part, centred on it."""
    import numpy as np

    if connected:
        idx = np.array(connected)
        below = float((pos[idx, 1] + boxes[idx, 3]).max()) + ROW_GAP_PX
        lo, hi = float((pos[idx, 0] + boxes[idx, 0]).min()), float((pos[idx, 0] + boxes[idx, 2]).max())
    else:
        below, lo, hi = 0.0, 0.0, 0.0
    widths = [boxes[i, 2] - boxes[i, 0] + 4 * BOX_MARGIN_PX for i in singles]
    limit = max(hi - lo, math.sqrt(sum(widths) * UNIT_PX) * 2, max(widths))
    rows: list[list[int]] = [[]]
    used = 0.0
    for i, w in zip(singles, widths):
        if rows[-1] and used + w > limit:
            rows.append([])
            used = 0.0
        rows[-1].append(i)
        used += w
    y = below
    for row in rows:
        x = (lo + hi) / 2 - sum(boxes[i, 2] - boxes[i, 0] + 4 * BOX_MARGIN_PX for i in row) / 2
        above = max(-boxes[i, 1] for i in row)   # centres on one line
        for i in row:
            w = boxes[i, 2] - boxes[i, 0] + 4 * BOX_MARGIN_PX
            pos[i] = (x + w / 2, y + above)
            x += w
        y += above + max(boxes[i, 3] for i in row) + 2 * BOX_MARGIN_PX


def layout_positions(nodes: list, edges: Iterable[tuple], *, seed: int = LAYOUT_SEED,
                     boxes: dict | None = None) -> dict:
    """Deterministic 2D positions (vis pixels) for *nodes* given (u, v) *edges*.

    Each connected component is laid out on its own (networkx.spring_layout up to
    SPRING_MAX_NODES nodes, the grid force layout above that), scaled to a median
    nearest-neighbour distance of UNIT_PX, and the components are packed in rows,
    biggest first. On graphs up to SEPARATE_MAX_NODES nodes, nodes whose *boxes*
    (node -> ``node_box``) overlap are then pushed apart. Nodes without edges go in
    tidy rows under the rest.
    """
    import numpy as np

    n = len(nodes)
    if n == 0:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = sorted({(min(index[u], index[v]), max(index[u], index[v]))
                    for u, v in edges if u in index and v in index and u != v})
    # connected components (union-find), members in index order
    parent = list(range(n))

    def root(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    members: dict[int, list[int]] = {}
    for i in range(n):
        members.setdefault(root(i), []).append(i)
    comps = sorted(members.values(), key=lambda c: (-len(c), c[0]))
    comp_of = {}
    for ci, c in enumerate(comps):
        for j, i in enumerate(c):
            comp_of[i] = (ci, j)
    comp_pairs: list[list[tuple[int, int]]] = [[] for _ in comps]
    for a, b in pairs:
        ci, ja = comp_of[a]
        comp_pairs[ci].append((ja, comp_of[b][1]))

    singles = [c[0] for c in comps if len(c) == 1]
    blocks = []  # (node indices, positions in units)
    for c, cp in zip(comps, comp_pairs):
        if len(c) > 1:
            blocks.append((c, _component_layout(len(c), cp, seed)))

    # shelf packing, rows about as wide as the total area suggests
    gap = 1.5
    sizes = [(p[:, 0].max() - p[:, 0].min() + gap, p[:, 1].max() - p[:, 1].min() + gap) for _, p in blocks]
    row_width = max([w for w, _ in sizes] + [math.sqrt(sum(w * h for w, h in sizes)) * 1.4])
    out = np.zeros((n, 2))
    box = np.array([(boxes or {}).get(node, _DEFAULT_BOX) for node in nodes], dtype=float)
    x = y = row_h = 0.0
    for (idx, p), (w, h) in zip(blocks, sizes):
        if x > 0 and x + w > row_width:
            x, y, row_h = 0.0, y + row_h, 0.0
        q = p - p.min(axis=0) + gap / 2 + np.array([x, y])
        out[np.array(idx)] = q
        x += w
        row_h = max(row_h, h)
    connected = [i for c in comps if len(c) > 1 for i in c]
    if connected:
        idx = np.array(connected)
        out[idx] -= (out[idx].min(axis=0) + out[idx].max(axis=0)) / 2
        out[idx] *= UNIT_PX
        if len(connected) <= SEPARATE_MAX_NODES:
            out[idx] = _separate(out[idx], box[idx])
    if singles:
        _place_in_rows(out, box, singles, connected)
    out -= (out.min(axis=0) + out.max(axis=0)) / 2
    return {node: (round(float(out[i, 0]), 1) + 0.0, round(float(out[i, 1]), 1) + 0.0)
            for i, node in enumerate(nodes)}


# --------------------------------------------------------------------------
# Page data
# --------------------------------------------------------------------------

def _label(nid: str, attrs: dict) -> str:
    return _s(attrs.get("label")) or nid.rstrip("/").rsplit("/", 1)[-1] or nid


def _build_data(graph, *, title: str, max_nodes: int | None) -> dict:
    kept, counts = _select_nodes(graph, max_nodes)
    kept_set = set(kept)

    raw_edges = []
    for u, v, key, data in graph.edges(keys=True, data=True):
        if u in kept_set and v in kept_set:
            k = _s(key) if isinstance(key, str) else ""
            raw_edges.append((str(u), str(v), "" if k.isdigit() else k, data or {}))
    raw_edges.sort(key=lambda e: (e[0], e[1], e[2], _s(e[3].get("label")), _s(e[3].get("evidence"))))

    str_id = {n: str(n) for n in kept}
    boxes = {str_id[n]: node_box(_label(str_id[n], graph.nodes[n]), _int(graph.nodes[n].get("mentions")))
             for n in kept}
    pos = layout_positions([str_id[n] for n in kept], [(e[0], e[1]) for e in raw_edges], boxes=boxes)

    nodes_out = []
    type_counts: dict[str, int] = {}
    for n in kept:
        a = graph.nodes[n]
        nid = str_id[n]
        label = _label(nid, a)
        ntype = _node_type(a.get("type"))
        type_counts[ntype] = type_counts.get(ntype, 0) + 1
        aliases = _aliases(a.get("aliases"), label)
        node = {"id": nid, "label": label, "type": ntype}
        raw_type = _s(a.get("type"))
        if ntype == OTHER_TYPE and raw_type:
            node["rawType"] = raw_type
        kind = _s(a.get("kind"))
        if kind:
            node["kind"] = kind
        if aliases:
            node["aliases"] = aliases
        node["mentions"] = max(_int(a.get("mentions")), 0)
        if a.get("inferred") is True or _s(a.get("inferred")).lower() == "true":
            node["inferred"] = True   # linked context, not named in the article: drawn faded
        wd = _wikidata(a.get("wikidata"))
        if wd:
            node["wikidata"] = wd
        gn = _geonames(a.get("geonames"))
        if gn:
            node["geonames"] = gn
        lat, lon = _float(a.get("lat")), _float(a.get("lon"))
        if lat is not None and lon is not None and -90 <= lat <= 90 and -180 <= lon <= 180:
            node["lat"], node["lon"] = lat, lon
        t = _s(a.get("time"))
        if t:
            node["time"] = t
        ev = _node_evidence(a.get("evidence"), [label] + aliases)
        if ev:
            node["evidence"] = ev
        node["x"], node["y"] = pos[nid]
        nodes_out.append(node)

    names_by_id = {nd["id"]: [nd["label"]] + nd.get("aliases", []) for nd in nodes_out}
    name_re_cache: dict[str, Any] = {}

    def name_res(nid: str):
        if nid not in name_re_cache:
            name_re_cache[nid] = _names_regex(names_by_id.get(nid, []))
        return name_re_cache[nid]

    # Parallel edges (either direction) fan out as curves so that all show.
    groups: dict[tuple, int] = {}
    for u, v, _, _ in raw_edges:
        if u != v:
            groups[(min(u, v), max(u, v))] = groups.get((min(u, v), max(u, v)), 0) + 1
    seen: dict[tuple, int] = {}
    edges_out = []
    for i, (u, v, key, d) in enumerate(raw_edges):
        e = {"id": f"e{i}", "from": u, "to": v, "label": _s(d.get("label")) or key or "related"}
        if key and key != e["label"]:
            e["key"] = key
        for attr in ("iri", "extractor"):
            val = _s(d.get(attr))
            if val:
                e[attr] = val
        sentence = _s(d.get("evidence"))
        if sentence:
            # alternating [text, mark, text, mark, ..., text]: the two ends are marked
            e["evidence"] = _mark_names(sentence, name_res(u), name_res(v))
        conf = _float(d.get("confidence"))
        if conf is not None:
            e["confidence"] = conf
        pair = (min(u, v), max(u, v))
        if u != v and groups.get(pair, 0) > 1:
            k = seen.get(pair, 0)
            seen[pair] = k + 1
            if k:
                cw = k % 2 == 1
                if u > v:  # curvedCW is relative to the edge direction
                    cw = not cw
                e["smooth"] = {"enabled": True, "type": "curvedCW" if cw else "curvedCCW",
                               "roundness": round(0.18 * ((k + 1) // 2), 2)}
        edges_out.append(e)

    return {
        "title": title,
        "counts": dict(counts, shown_edges=len(edges_out), types=dict(sorted(type_counts.items()))),
        "nodes": nodes_out,
        "edges": edges_out,
    }


def _json_for_script(data: Any) -> str:
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


# --------------------------------------------------------------------------
# Page template
# --------------------------------------------------------------------------

_CSS = r"""
*{box-sizing:border-box}
html,body{margin:0;height:100%;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#222;background:#fff}
#app{display:flex;flex-direction:column;height:100%}
header{display:flex;flex-wrap:wrap;align-items:center;gap:8px 16px;padding:8px 12px;border-bottom:1px solid #ddd;background:#f7f7f8}
header h1{font-size:16px;margin:0;font-weight:600;white-space:nowrap;max-width:28em;overflow:hidden;text-overflow:ellipsis}
#search-box{position:relative}
#search{width:18em;padding:5px 8px;border:1px solid #bbb;border-radius:4px;font:inherit}
#search-results{position:absolute;z-index:10;top:100%;left:0;min-width:100%;max-width:28em;margin:2px 0 0;padding:0;list-style:none;background:#fff;border:1px solid #bbb;border-radius:4px;box-shadow:0 2px 6px rgba(0,0,0,.15)}
#search-results:empty{display:none}
#search-results li{padding:4px 8px;cursor:pointer;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
#search-results li:hover,#search-results li.active{background:#e8f0fe}
#search-results .hint{color:#777;font-size:12px;margin-left:6px}
#filters{display:flex;flex-wrap:wrap;gap:4px 12px;align-items:center}
#filters label{display:inline-flex;align-items:center;gap:5px;cursor:pointer;white-space:nowrap}
#filters .count{color:#777;font-size:12px}
#stats{color:#555;font-size:13px}
#stats.truncated{color:#8a4b00}
#main{flex:1;display:flex;min-height:0}
#network{flex:1;min-width:0;position:relative}
#panel{width:380px;max-width:45%;overflow:auto;border-left:1px solid #ddd;padding:12px 14px;background:#fcfcfc}
#panel h2{font-size:18px;margin:0 0 4px;word-wrap:break-word}
#panel h3{font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:#666;margin:14px 0 6px}
#panel .sub{color:#555;margin-bottom:6px}
#panel .help{color:#666}
#panel dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:6px 0}
#panel dt{color:#666}
#panel dd{margin:0;word-break:break-word}
#panel ul{margin:0;padding-left:18px}
#panel li{margin:0 0 8px}
#panel .sentence{display:block}
#panel .source{display:block;color:#666;font-size:12px;margin-top:2px}
#panel mark{background:#ffe58a;padding:0 1px}
#panel a.nav{color:#1a56c2;cursor:pointer;text-decoration:underline}
#panel .more{color:#777;font-size:12px}
.swatch{display:inline-block;width:12px;height:12px;flex:none}
.shape-dot{border-radius:50%}
.shape-diamond{transform:rotate(45deg) scale(.8)}
.shape-triangle{width:0;height:0;background:none!important;border-left:7px solid transparent;border-right:7px solid transparent;border-bottom:12px solid var(--c)}
.shape-hexagon{clip-path:polygon(25% 5%,75% 5%,100% 50%,75% 95%,25% 95%,0 50%)}
.vis-tooltip{white-space:pre-wrap!important;max-width:420px;font:13px/1.35 system-ui,sans-serif!important}
"""

_JS = r"""
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var STYLE = {
    Person:       {color: "#4e79a7", shape: "dot",      name: "Person"},
    Organization: {color: "#f28e2b", shape: "square",   name: "Organization"},
    Place:        {color: "#59a14f", shape: "triangle", name: "Place"},
    Event:        {color: "#e15759", shape: "diamond",  name: "Event"},
    Other:        {color: "#9c9c9c", shape: "hexagon",  name: "Other"}
  };
  var TYPE_ORDER = ["Person", "Organization", "Place", "Event", "Other"];
  var DIM = "rgba(200,200,200,0.35)", DIM_FONT = "rgba(120,120,120,0.35)";
  var EDGE_COLOR = "#8a8a8a", EDGE_FONT = "#444";
  var big = DATA.nodes.length > 1500 || DATA.edges.length > 3000;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function fmt(n) { return Number(n).toLocaleString("en-US"); }
  function norm(s) {
    return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .toLowerCase().replace(/\s+/g, " ").trim();
  }
  function trunc(s, n) { s = String(s); return s.length > n ? s.slice(0, n - 1) + "\u2026" : s; }
  function lighten(hex) {
    var n = parseInt(hex.slice(1), 16), r = n >> 16, g = (n >> 8) & 255, b = n & 255;
    function m(c) { return Math.round(c + (255 - c) * 0.35); }
    return "rgb(" + m(r) + "," + m(g) + "," + m(b) + ")";
  }
  function typeLabel(n) {
    var t = n.type === "Other" && n.rawType ? n.rawType : n.type;
    return n.kind ? t + " \u00b7 " + n.kind : t;
  }

  // ---- data -----------------------------------------------------------
  var byId = new Map();
  DATA.nodes.forEach(function (n) { byId.set(n.id, n); });
  var edgeById = new Map();
  var incident = new Map();
  DATA.edges.forEach(function (e) {
    edgeById.set(e.id, e);
    if (!incident.has(e.from)) incident.set(e.from, []);
    incident.get(e.from).push(e);
    if (e.to !== e.from) {
      if (!incident.has(e.to)) incident.set(e.to, []);
      incident.get(e.to).push(e);
    }
  });

  function nodeSize(n) { return Math.min(10 + 5 * Math.log2(1 + (n.mentions || 0)), 42); }
  function nodeStyle(n) {
    var s = STYLE[n.type] || STYLE.Other;
    if (n.inferred) return {   // context the article never names: faded, dashed border
      color: {background: lighten(s.color), border: s.color,
              highlight: {background: lighten(s.color), border: "#111"},
              hover: {background: lighten(s.color), border: "#222"}},
      font: {color: "#888"}, opacity: 0.55, shapeProperties: {borderDashes: [4, 3]}
    };
    return {
      color: {background: s.color, border: s.color,
              highlight: {background: s.color, border: "#111"},
              hover: {background: lighten(s.color), border: "#222"}},
      font: {color: "#222"}
    };
  }
  function nodeTitle(n) {
    var lines = [n.label, typeLabel(n)];
    if (n.type === "Event") {
      if (n.time) lines.push("time: " + n.time);
      lines.push((n.mentions || 0) + " supporting sentence(s)");
    } else {
      lines.push(n.inferred ? "context: not named in the article" : (n.mentions || 0) + " mention(s)");
    }
    if (n.aliases && n.aliases.length)
      lines.push("also: " + trunc(n.aliases.slice(0, 6).join(", "), 160));
    if (typeof n.lat === "number" && typeof n.lon === "number")
      lines.push("coordinates: " + n.lat.toFixed(4) + ", " + n.lon.toFixed(4));
    if (n.evidence && n.evidence.length)   // plain text: vis-network shows a string title as text
      lines.push("\u201c" + trunc((n.evidence[0].parts || []).join(""), 240) + "\u201d");
    return lines.join("\n");
  }
  function edgeTitle(e) {
    var a = byId.get(e.from), b = byId.get(e.to);
    var lines = [(a ? a.label : e.from) + "  \u2014" + e.label + "\u2192  " + (b ? b.label : e.to)];
    var meta = [];
    if (e.confidence !== undefined) meta.push("confidence " + e.confidence);
    if (e.extractor) meta.push(e.extractor.replace(/^.*\//, ""));
    if (meta.length) lines.push(meta.join(" \u00b7 "));
    if (e.evidence) lines.push("\u201c" + trunc(e.evidence.join(""), 240) + "\u201d");
    return lines.join("\n");
  }

  var visNodes = DATA.nodes.map(function (n) {
    var s = STYLE[n.type] || STYLE.Other;
    var v = {id: n.id, label: trunc(n.label, 40), x: n.x, y: n.y, shape: s.shape,
             size: nodeSize(n), title: nodeTitle(n)};
    var st = nodeStyle(n);
    v.color = st.color; v.font = st.font;
    if (st.opacity !== undefined) { v.opacity = st.opacity; v.shapeProperties = st.shapeProperties; }
    return v;
  });
  var visEdges = DATA.edges.map(function (e) {
    var v = {id: e.id, from: e.from, to: e.to, label: e.label, title: edgeTitle(e),
             color: {color: EDGE_COLOR, highlight: "#222", hover: "#444"}, font: {color: EDGE_FONT}};
    if (e.smooth) v.smooth = e.smooth;
    return v;
  });

  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(visEdges);
  var container = document.getElementById("network");
  var options = {
    autoResize: true,
    physics: {enabled: false},
    layout: {improvedLayout: false, randomSeed: 1},
    nodes: {borderWidth: 1, borderWidthSelected: 3, font: {size: 14, strokeWidth: 3, strokeColor: "#ffffff"},
            scaling: {label: {enabled: false, drawThreshold: 6}}},
    edges: {arrows: {to: {enabled: true, scaleFactor: 0.5}}, smooth: false, width: 1,
            selectionWidth: 2, font: {size: 11, align: "middle", strokeWidth: 3, strokeColor: "#ffffff"},
            scaling: {label: {enabled: false, drawThreshold: 7}}},
    interaction: {hover: !big, tooltipDelay: 250, hideEdgesOnDrag: big, hideEdgesOnZoom: big,
                  multiselect: false, navigationButtons: false, keyboard: false}
  };

  window.kgFirstDrawMs = null;
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, options);
  window.network = network;
  window.kgData = DATA;
  // One view animation at a time: vis-network loses track of an animation that is
  // started before the previous one has drawn a frame, and it then keeps moving the view.
  window.kgAnimating = false;
  var pendingFocus = null;
  function focusOn(id) {
    if (window.kgAnimating) { pendingFocus = id; return; }
    var opts = {scale: Math.max(network.getScale(), 1.0), locked: false};
    if (big) {
      opts.animation = false;
      network.focus(id, opts);
      return;
    }
    window.kgAnimating = true;
    opts.animation = {duration: 250, easingFunction: "easeInOutQuad"};
    network.focus(id, opts);
  }
  network.on("animationFinished", function () {
    window.kgAnimating = false;
    if (pendingFocus !== null) { var id = pendingFocus; pendingFocus = null; focusOn(id); }
  });
  network.once("afterDrawing", function () {
    window.kgFirstDrawMs = performance.now();
    window.kgReady = true;
  });

  // ---- header: stats, legend + filters --------------------------------
  var c = DATA.counts;
  var stats = document.getElementById("stats");
  if (c.truncated) {
    stats.classList.add("truncated");
    stats.textContent = "showing " + fmt(c.shown_entities) + " of " + fmt(c.total_entities) +
      " entities (most mentioned) and " + fmt(c.shown_events) + " of " + fmt(c.total_events) +
      " events \u00b7 " + fmt(c.shown_edges) + " of " + fmt(c.total_edges) + " edges";
  } else {
    stats.textContent = fmt(c.total_entities) + " entities \u00b7 " + fmt(c.total_events) +
      " events \u00b7 " + fmt(c.total_edges) + " edges";
  }

  var hiddenTypes = new Set();
  var filters = document.getElementById("filters");
  var checkboxes = {};
  TYPE_ORDER.forEach(function (t) {
    var count = (c.types || {})[t] || 0;
    if (!count && t === "Other") return;
    var lab = el("label");
    lab.title = "show/hide " + STYLE[t].name;
    var cb = el("input");
    cb.type = "checkbox"; cb.checked = true; cb.dataset.type = t;
    cb.addEventListener("change", function () { setTypeVisible(t, cb.checked); });
    checkboxes[t] = cb;
    var sw = el("span", "swatch shape-" + STYLE[t].shape);
    sw.style.background = STYLE[t].color;
    sw.style.setProperty("--c", STYLE[t].color);
    lab.appendChild(cb); lab.appendChild(sw);
    lab.appendChild(el("span", null, STYLE[t].name));
    lab.appendChild(el("span", "count", fmt(count)));
    filters.appendChild(lab);
  });

  function setTypeVisible(t, visible) {
    if (visible) hiddenTypes.delete(t); else hiddenTypes.add(t);
    if (checkboxes[t]) checkboxes[t].checked = visible;
    var nu = [];
    DATA.nodes.forEach(function (n) {
      if (n.type === t) nu.push({id: n.id, hidden: !visible});
    });
    nodes.update(nu);
    var eu = [];
    DATA.edges.forEach(function (e) {
      var a = byId.get(e.from), b = byId.get(e.to);
      var h = hiddenTypes.has(a.type) || hiddenTypes.has(b.type);
      eu.push({id: e.id, hidden: h});
    });
    edges.update(eu);
    var sel = network.getSelectedNodes();
    if (sel.length && hiddenTypes.has(byId.get(sel[0]).type)) clearSelection();
  }

  // ---- neighbourhood highlight ----------------------------------------
  var dimmedNodes = new Set(), dimmedEdges = new Set();
  function highlight(nodeIds, edgeIds) {
    var keepN = new Set(nodeIds), keepE = new Set(edgeIds);
    var nu = [], eu = [];
    DATA.nodes.forEach(function (n) {
      var dim = !keepN.has(n.id);
      if (dim && !dimmedNodes.has(n.id)) {
        dimmedNodes.add(n.id);
        nu.push({id: n.id, color: {background: DIM, border: DIM}, font: {color: DIM_FONT}});
      } else if (!dim && dimmedNodes.has(n.id)) {
        dimmedNodes.delete(n.id);
        var st = nodeStyle(n); st.id = n.id; nu.push(st);
      }
    });
    DATA.edges.forEach(function (e) {
      var dim = !keepE.has(e.id);
      if (dim && !dimmedEdges.has(e.id)) {
        dimmedEdges.add(e.id);
        eu.push({id: e.id, color: {color: DIM, highlight: "#222", hover: "#444"}, font: {color: "rgba(0,0,0,0)"}});
      } else if (!dim && dimmedEdges.has(e.id)) {
        dimmedEdges.delete(e.id);
        eu.push({id: e.id, color: {color: EDGE_COLOR, highlight: "#222", hover: "#444"}, font: {color: EDGE_FONT}});
      }
    });
    if (nu.length) nodes.update(nu);
    if (eu.length) edges.update(eu);
  }
  function unhighlight() {
    var nu = [], eu = [];
    dimmedNodes.forEach(function (id) { var st = nodeStyle(byId.get(id)); st.id = id; nu.push(st); });
    dimmedEdges.forEach(function (id) {
      eu.push({id: id, color: {color: EDGE_COLOR, highlight: "#222", hover: "#444"}, font: {color: EDGE_FONT}});
    });
    dimmedNodes.clear(); dimmedEdges.clear();
    if (nu.length) nodes.update(nu);
    if (eu.length) edges.update(eu);
  }
  function highlightNode(id) {
    var ns = [id], es = [];
    (incident.get(id) || []).forEach(function (e) {
      es.push(e.id); ns.push(e.from === id ? e.to : e.from);
    });
    highlight(ns, es);
  }

  // ---- side panel -----------------------------------------------------
  var panel = document.getElementById("panel");
  function clearPanel() { while (panel.firstChild) panel.removeChild(panel.firstChild); }
  function showHelp() {
    clearPanel();
    panel.appendChild(el("h2", null, "Details"));
    panel.appendChild(el("p", "help", "Click a node or an edge to see its names, links and the sentences it comes from. " +
      "Search by any name or alias; the checkboxes show or hide each type. Scroll to zoom, drag to pan."));
  }
  function navLink(id) {
    var n = byId.get(id);
    var a = el("a", "nav", n ? n.label : id);
    a.href = "#";
    a.addEventListener("click", function (ev) { ev.preventDefault(); selectNode(id, true); });
    return a;
  }
  function extLink(href, text) {
    var a = el("a", null, text);
    a.href = href; a.target = "_blank"; a.rel = "noopener noreferrer";
    return a;
  }
  function addRow(dl, term, value) {
    dl.appendChild(el("dt", null, term));
    var dd = el("dd");
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = String(value);
    dl.appendChild(dd);
  }
  // parts alternate plain text and marked text: [text, mark, text, ...]
  function appendMarked(parent, parts) {
    parts.forEach(function (part, i) {
      if (!part) return;
      if (i % 2) parent.appendChild(el("mark", null, part));
      else parent.appendChild(document.createTextNode(part));
    });
  }
  function evidenceItem(ev) {
    var li = el("li");
    var s = el("span", "sentence");
    appendMarked(s, ev.parts || []);
    li.appendChild(s);
    var src = [];
    if (ev.doc) src.push(ev.doc);
    if (ev.published) src.push(ev.published);
    if (src.length) li.appendChild(el("span", "source", src.join(" \u00b7 ")));
    return li;
  }
  function showNode(id) {
    var n = byId.get(id);
    if (!n) return;
    clearPanel();
    panel.dataset.kind = "node"; panel.dataset.id = n.id;
    panel.appendChild(el("h2", null, n.label));
    panel.appendChild(el("div", "sub", typeLabel(n)));
    var dl = el("dl");
    if (n.aliases && n.aliases.length) addRow(dl, "aliases", n.aliases.join(" \u00b7 "));
    addRow(dl, n.type === "Event" ? "sentences" : "mentions", fmt(n.mentions || 0));
    if (n.time) addRow(dl, "time", n.time);
    if (n.wikidata && /^Q[0-9]+$/.test(n.wikidata))
      addRow(dl, "Wikidata", extLink("https://www.wikidata.org/wiki/" + n.wikidata, n.wikidata));
    if (n.geonames && /^[0-9]+$/.test(n.geonames))
      addRow(dl, "GeoNames", extLink("https://www.geonames.org/" + n.geonames, n.geonames));
    if (typeof n.lat === "number" && typeof n.lon === "number")
      addRow(dl, "coordinates", n.lat.toFixed(4) + ", " + n.lon.toFixed(4));
    addRow(dl, "IRI", n.id);
    panel.appendChild(dl);

    var inc = incident.get(n.id) || [];
    if (inc.length) {
      panel.appendChild(el("h3", null, "Relations (" + inc.length + ")"));
      var ul = el("ul");
      inc.slice(0, 100).forEach(function (e) {
        var li = el("li");
        if (e.from === n.id) {
          li.appendChild(document.createTextNode(e.label + " \u2192 "));
          li.appendChild(navLink(e.to));
        } else {
          li.appendChild(navLink(e.from));
          li.appendChild(document.createTextNode(" \u2192 " + e.label));
        }
        ul.appendChild(li);
      });
      panel.appendChild(ul);
      if (inc.length > 100) panel.appendChild(el("div", "more", "and " + (inc.length - 100) + " more"));
    }
    var evs = n.evidence || [];
    panel.appendChild(el("h3", null, "Evidence (" + evs.length + ")"));
    if (evs.length) {
      var ol = el("ul", "evidence");
      evs.slice(0, 200).forEach(function (ev) { ol.appendChild(evidenceItem(ev)); });
      panel.appendChild(ol);
      if (evs.length > 200) panel.appendChild(el("div", "more", "and " + (evs.length - 200) + " more"));
    } else {
      panel.appendChild(el("div", "more", "no evidence recorded"));
    }
  }
  function showEdge(id) {
    var e = edgeById.get(id);
    if (!e) return;
    clearPanel();
    panel.dataset.kind = "edge"; panel.dataset.id = e.id;
    panel.appendChild(el("h2", null, e.label));
    var sub = el("div", "sub");
    sub.appendChild(navLink(e.from));
    sub.appendChild(document.createTextNode(" \u2192 "));
    sub.appendChild(navLink(e.to));
    panel.appendChild(sub);
    var dl = el("dl");
    if (e.key) addRow(dl, "predicate", e.key);
    if (e.iri) addRow(dl, "IRI", e.iri);
    if (e.confidence !== undefined) addRow(dl, "confidence", e.confidence);
    if (e.extractor) addRow(dl, "extractor", e.extractor);
    panel.appendChild(dl);
    panel.appendChild(el("h3", null, "Evidence"));
    if (e.evidence) {
      var ul = el("ul", "evidence");
      var li = el("li");
      var sp = el("span", "sentence");
      appendMarked(sp, e.evidence);
      li.appendChild(sp);
      ul.appendChild(li);
      panel.appendChild(ul);
    } else {
      panel.appendChild(el("div", "more", "no evidence recorded"));
    }
  }

  // ---- selection ------------------------------------------------------
  function clearSelection() {
    network.unselectAll();
    unhighlight();
    showHelp();
    panel.dataset.kind = ""; panel.dataset.id = "";
  }
  function selectNode(id, focus) {
    var n = byId.get(id);
    if (!n) return;
    if (hiddenTypes.has(n.type)) setTypeVisible(n.type, true);
    network.selectNodes([id], true);
    highlightNode(id);
    showNode(id);
    if (focus) focusOn(id);
  }
  function selectEdge(id) {
    var e = edgeById.get(id);
    if (!e) return;
    network.selectEdges([id]);
    highlight([e.from, e.to], [id]);
    showEdge(id);
  }
  network.on("click", function (p) {
    if (p.nodes && p.nodes.length) selectNode(p.nodes[0], false);
    else if (p.edges && p.edges.length) selectEdge(p.edges[0]);
    else clearSelection();
  });
  window.kgSelectNode = function (id) { selectNode(id, true); };

  // ---- search ---------------------------------------------------------
  var index = DATA.nodes.map(function (n) {
    return {id: n.id, names: [n.label].concat(n.aliases || []).map(norm), mentions: n.mentions || 0, label: n.label};
  });
  function search(q) {
    q = norm(q);
    if (!q) return [];
    var out = [];
    index.forEach(function (it) {
      var best = 9, which = "";
      it.names.forEach(function (nm, i) {
        var s = nm === q ? 0 : nm.indexOf(q) === 0 ? 1 : (" " + nm).indexOf(" " + q) >= 0 ? 2 : nm.indexOf(q) >= 0 ? 3 : 9;
        if (s < best) { best = s; which = i; }
      });
      if (best < 9) out.push({id: it.id, score: best, alias: which, mentions: it.mentions, label: it.label});
    });
    out.sort(function (a, b) {
      return a.score - b.score || b.mentions - a.mentions || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
    });
    return out;
  }
  var input = document.getElementById("search");
  var results = document.getElementById("search-results");
  var current = [];
  function renderResults(list) {
    while (results.firstChild) results.removeChild(results.firstChild);
    list.slice(0, 12).forEach(function (r, i) {
      var n = byId.get(r.id);
      var li = el("li", i === 0 ? "active" : "");
      li.appendChild(el("span", null, n.label));
      var hint = typeLabel(n);
      if (r.alias) hint = "alias \u201c" + n.aliases[r.alias - 1] + "\u201d \u00b7 " + hint;
      li.appendChild(el("span", "hint", hint));
      li.addEventListener("mousedown", function (ev) {
        ev.preventDefault(); selectNode(r.id, true); results.textContent = "";
      });
      results.appendChild(li);
    });
  }
  input.addEventListener("input", function () {
    current = search(input.value);
    renderResults(current);
    if (current.length && norm(input.value).length >= 2) selectNode(current[0].id, true);
    input.classList.toggle("nomatch", !!input.value && !current.length);
  });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && current.length) { selectNode(current[0].id, true); results.textContent = ""; }
    if (ev.key === "Escape") { input.value = ""; results.textContent = ""; current = []; }
  });
  input.addEventListener("blur", function () { results.textContent = ""; });
  input.addEventListener("focus", function () { if (input.value) renderResults(current); });

  showHelp();
  network.fit({animation: false});
})();
"""

_PAGE = """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="newskg">
<title>{title}</title>
<style>
{vis_css}
</style>
<style>{css}</style>
</head>
<body>
<div id="app">
<header>
<h1>{title}</h1>
<div id="search-box"><input id="search" type="search" placeholder="Search names and aliases\u2026" autocomplete="off" spellcheck="false" aria-label="Search names and aliases"><ul id="search-results" role="listbox"></ul></div>
<div id="filters" aria-label="Legend and filters"></div>
<div id="stats"></div>
</header>
<div id="main">
<div id="network" aria-label="graph"></div>
<aside id="panel" aria-live="polite"></aside>
</div>
</div>
<script type="application/json" id="kg-data">{data}</script>
<script>
{vis_js}
</script>
<script>{js}</script>
</body>
</html>
"""


def render_html(graph, *, title: str = "newskg", max_nodes: int | None = None) -> str:
    """Return the view of *graph* as one self-contained HTML page."""
    title = _s(title) or "newskg"
    data = _build_data(graph, title=title, max_nodes=max_nodes)
    vis_js, vis_css = _vis_assets()
    page = _PAGE.format(
        title=html.escape(title, quote=True),
        vis_css=vis_css,
        css=_CSS.strip(),
        data=_json_for_script(data),
        vis_js=vis_js,
        js=_JS.strip(),
    )
    return page.rstrip("\n") + "\n"


def write_html(graph, path, *, title: str = "newskg", max_nodes: int | None = None) -> None:
    """Write the view of *graph* to *path* (UTF-8)."""
    page = render_html(graph, title=title, max_nodes=max_nodes)
    p = Path(path)
    if p.parent and not p.parent.exists():
        p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(page, encoding="utf-8", newline="\n")


# ---------------------------------------------------------------- corpus view (merged graph of a store)

_CORPUS_CSS = "\n.corpus-filters{display:inline-flex;gap:5px;align-items:center}.corpus-filters input,.corpus-filters select{font:inherit;font-size:12px}"

# Runs inside the page script (before its end), where nodes, edges, DATA, hiddenTypes
# and filters are in scope: hides what no article in the date range / source names.
_CORPUS_JS = """
  // ---- corpus filters: articles' date range and source ----------------
  (function () {
    var firsts = DATA.nodes.map(function (n) { return n.first; }).filter(Boolean).sort();
    var lasts = DATA.nodes.map(function (n) { return n.last; }).filter(Boolean).sort();
    var box = el("span", "corpus-filters");
    var from = el("input"); from.type = "date"; from.id = "date-from"; from.value = firsts[0] || "";
    var to = el("input"); to.type = "date"; to.id = "date-to"; to.value = lasts[lasts.length - 1] || "";
    var src = el("select"); src.id = "source";
    var any = el("option", null, "all sources"); any.value = ""; src.appendChild(any);
    var names = new Set();
    DATA.nodes.forEach(function (n) { (n.sources || []).forEach(function (s) { names.add(s); }); });
    Array.from(names).sort().forEach(function (s) { var o = el("option", null, s); o.value = s; src.appendChild(o); });
    box.appendChild(el("span", null, "from")); box.appendChild(from);
    box.appendChild(el("span", null, "to")); box.appendChild(to); box.appendChild(src);
    filters.appendChild(box);
    function keep(n) {
      if (hiddenTypes.has(n.type)) return false;
      if (from.value && n.last && n.last < from.value) return false;
      if (to.value && n.first && n.first > to.value) return false;
      if (src.value && (n.sources || []).indexOf(src.value) < 0) return false;
      return true;
    }
    function apply() {
      var shown = new Set(), nu = [];
      DATA.nodes.forEach(function (n) { var k = keep(n); if (k) shown.add(n.id); nu.push({id: n.id, hidden: !k}); });
      nodes.update(nu);
      edges.update(DATA.edges.map(function (e) {
        return {id: e.id, hidden: !(shown.has(e.from) && shown.has(e.to))};
      }));
      return shown.size;
    }
    [from, to, src].forEach(function (x) { x.addEventListener("change", apply); });
    filters.addEventListener("change", function (ev) { if (ev.target.dataset && ev.target.dataset.type) apply(); });
    window.kgCorpusFilter = function (f, t, s) { from.value = f || ""; to.value = t || ""; src.value = s || ""; return apply(); };
  })();
"""


def render_corpus_html(graph, *, title: str = "newskg", max_nodes: int | None = None) -> str:
    """The view of a merged corpus graph (kg.merge.to_networkx): the page of render_html
    plus filters by the articles' date range and by source. Nodes carry ``first``/``last``
    (dates of the articles that name them) and ``sources``."""
    title = _s(title) or "newskg"
    data = _build_data(graph, title=title, max_nodes=max_nodes)
    for node in data["nodes"]:
        a = graph.nodes[node["id"]]
        node["first"], node["last"] = _s(a.get("first")), _s(a.get("last"))
        node["sources"] = [s for s in _s(a.get("sources")).split("|") if s]
    js = _JS.strip()
    end = js.rfind("})();")
    vis_js, vis_css = _vis_assets()
    page = _PAGE.format(title=html.escape(title, quote=True), vis_css=vis_css, css=_CSS.strip() + _CORPUS_CSS,
                        data=_json_for_script(data), vis_js=vis_js, js=js[:end] + _CORPUS_JS + js[end:])
    return page.rstrip("\n") + "\n"


def write_corpus_html(graph, path, *, title: str = "newskg", max_nodes: int | None = None) -> None:
    Path(path).write_text(render_corpus_html(graph, title=title, max_nodes=max_nodes), encoding="utf-8",
                          newline="\n")
