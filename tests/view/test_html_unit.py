"""Unit tests of kg.export.html.render_html (no browser needed)."""

from __future__ import annotations

import json
import random
import re

import networkx as nx
import pytest

from kg.export import html as view
from kg.export.html import render_html, write_html
from view_sample import HOSTILE, HOSTILE_ALIAS, sample_graph

HANIYEH = "https://w3id.org/newskg/entity/person/ismail-haniyeh"


def page_data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert m, "data block missing"
    return json.loads(m.group(1))


def tiny_graph(n_entities: int = 30, seed: int = 3) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    types = ["Person", "Organization", "Place"]
    for i in range(n_entities):
        g.add_node(f"https://w3id.org/newskg/entity/x/{i:03d}", label=f"Entity {i}", type=types[i % 3],
                   kind="", aliases="", mentions=i + 1, wikidata="", geonames="", evidence="[]")
    for k in range(n_entities // 2):
        ev = f"https://w3id.org/newskg/doc/d/event/meeting-{k}"
        g.add_node(ev, label=f"Meeting {k}", type="Event", kind="Meeting", aliases="", mentions=1,
                   wikidata="", geonames="", time="2023-11-04", evidence="[]")
        a, b = rng.randrange(n_entities), rng.randrange(n_entities)
        for x in (a, b):
            g.add_edge(ev, f"https://w3id.org/newskg/entity/x/{x:03d}", key="participant", label="participant")
    return g


@pytest.fixture(scope="module")
def sample_page() -> str:
    return render_html(sample_graph(), title="sample")


# ---------------------------------------------------------------- offline

def test_no_remote_asset_references(sample_page):
    page = sample_page
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.I), "external script"
    assert not re.search(r"<link\b", page, re.I), "link tag"
    assert not re.search(r"@import", page, re.I), "@import"
    for m in re.finditer(r"url\(\s*['\"]?([^'\")]*)", page):
        assert m.group(1).startswith("data:") or m.group(1) == "", f"url() to {m.group(1)[:60]}"
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page, re.I)
    for cdn in ("cdn.", "jsdelivr", "unpkg", "cdnjs", "bootstrap", "googleapis", "node_modules", "sourceMappingURL"):
        assert cdn not in page, cdn


def test_vis_network_is_inlined(sample_page):
    js, css = view._vis_assets()
    assert len(js) > 100_000 and len(css) > 1_000
    assert js in sample_page and css in sample_page
    assert "vis-network" in sample_page
    assert "new vis.Network(" in sample_page
    assert "physics: {enabled: false}" in sample_page


def test_page_shape(sample_page):
    assert sample_page.startswith("<!DOCTYPE html>")
    assert sample_page.endswith("</html>\n")
    assert len(re.findall(r"</script", sample_page, re.I)) == 3  # nothing closes a script early
    data = page_data(sample_page)
    g = sample_graph()
    assert len(data["nodes"]) == g.number_of_nodes()
    assert len(data["edges"]) == g.number_of_edges()
    assert data["counts"]["truncated"] is False


# ---------------------------------------------------------------- escaping

def test_hostile_names_are_escaped(sample_page):
    page = sample_page
    assert HOSTILE not in page
    assert "<img" not in page
    assert "alert(2)" not in page.replace("\\u003c/script\\u003e\\u003cscript\\u003ealert(2)", "")
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in page
    data = page_data(page)
    labels = {n["label"] for n in data["nodes"]}
    assert HOSTILE in labels
    bad = next(n for n in data["nodes"] if n["label"] == HOSTILE)
    assert HOSTILE_ALIAS in bad["aliases"]
    assert bad["evidence"][0]["parts"][1] == HOSTILE
    # The page's own code never feeds data to innerHTML.
    own_js = page.split("<script>")[-1]
    assert "innerHTML" not in own_js and "insertAdjacentHTML" not in own_js and "document.write" not in own_js


def test_hostile_title_and_separators():
    g = nx.MultiDiGraph()
    g.add_node("a", label="x\u2028y\u2029z </script><!-- & -->", type="Person")
    page = render_html(g, title="</title><script>alert(1)</script>")
    assert "</title><script>" not in page
    assert "&lt;/title&gt;&lt;script&gt;" in page
    assert "\u2028" not in page and "\u2029" not in page
    assert "<!--" not in page.split('id="kg-data">')[1].split("</script>")[0]
    assert page_data(page)["nodes"][0]["label"] == "x\u2028y\u2029z </script><!-- & -->"


# ---------------------------------------------------------------- contents

def test_node_fields_and_links():
    data = page_data(render_html(sample_graph()))
    by_id = {n["id"]: n for n in data["nodes"]}
    h = by_id[HANIYEH]
    assert h["type"] == "Person" and h["aliases"] == ["Haniyeh", "Haniyah"]
    assert h["evidence"][0]["doc"] == "haniyeh-tehran.id"
    assert h["evidence"][0]["published"] == "2023-11-05"
    assert h["evidence"][0]["parts"][1] == "Ismail Haniyeh"
    assert any(ev["parts"][1] == "Haniyah" for ev in h["evidence"])
    tehran = by_id["https://w3id.org/newskg/entity/wd/Q3616"]
    assert tehran["wikidata"] == "Q3616" and tehran["geonames"] == "112931"
    assert tehran["lat"] == pytest.approx(35.69439) and tehran["lon"] == pytest.approx(51.42151)
    events = [n for n in data["nodes"] if n["type"] == "Event"]
    assert events and all(n.get("kind") for n in events)
    assert data["counts"]["types"]["Event"] == len(events)


def test_mention_highlight_offsets_and_fallback():
    sentence = "Kata 😀 Ismail Haniyeh di Doha."
    begin = 1000
    i = sentence.index("Ismail")
    ev = {"sentence": sentence, "begin": begin, "end": begin + len(sentence),
          "mention_begin": begin + i, "mention_end": begin + i + len("Ismail Haniyeh")}
    assert view._split_mention(sentence, ev, []) == ["Kata 😀 ", "Ismail Haniyeh", " di Doha."]
    # offsets missing or outside the sentence: the name is searched instead
    bad = dict(ev, mention_end=begin + 500)
    assert view._split_mention(sentence, bad, ["haniyeh"]) == ["Kata 😀 Ismail ", "Haniyeh", " di Doha."]
    assert view._split_mention(sentence, {}, ["nobody"]) == [sentence, "", ""]


def test_tolerates_missing_and_malformed_attributes():
    g = nx.MultiDiGraph()
    g.add_node("bare")
    g.add_node("odd", label="Odd", type="person", mentions="many", evidence="not json", lat="nan", lon=3,
               wikidata="http://www.wikidata.org/entity/Q42", geonames=112931.0, aliases=None)
    g.add_node("ev", type="Event", evidence=json.dumps([{"sentence": "S", "begin": "x"}, 5, None]))
    g.add_edge("bare", "odd")
    g.add_edge("odd", "ev", key="participant", confidence="high")
    data = page_data(render_html(g))
    by_id = {n["id"]: n for n in data["nodes"]}
    assert by_id["bare"]["label"] == "bare" and by_id["bare"]["type"] == "Other"
    odd = by_id["odd"]
    assert odd["type"] == "Person" and odd["mentions"] == 0 and "lat" not in odd
    assert odd["wikidata"] == "Q42" and odd["geonames"] == "112931"
    assert odd["evidence"] == [{"parts": ["not json", "", ""]}]
    assert by_id["ev"]["evidence"] == [{"parts": ["S", "", ""]}]
    assert {e["label"] for e in data["edges"]} == {"related", "participant"}


def test_parallel_and_reverse_edges_all_kept():
    g = nx.MultiDiGraph()
    g.add_node("a", label="A", type="Person")
    g.add_node("b", label="B", type="Organization")
    for k in ("leads", "memberOf", "representativeOf"):
        g.add_edge("a", "b", key=k, label=k)
    g.add_edge("b", "a", key="supports", label="supports")
    edges = page_data(render_html(g))["edges"]
    assert len(edges) == 4
    shapes = {(e["from"], e["label"]): json.dumps(e.get("smooth"), sort_keys=True) for e in edges}
    assert len(set(shapes.values())) == 4, "parallel edges would be drawn on top of each other"


# ---------------------------------------------------------------- max_nodes

def test_max_nodes_keeps_most_mentioned_and_their_events():
    g = tiny_graph(30)
    data = page_data(render_html(g, max_nodes=10))
    ents = [n for n in data["nodes"] if n["type"] != "Event"]
    assert sorted(n["mentions"] for n in ents) == list(range(21, 31))
    kept = {n["id"] for n in data["nodes"]}
    for n in data["nodes"]:
        if n["type"] == "Event":
            assert set(g.successors(n["id"])) & kept
    expected_events = {ev for ev, d in g.nodes(data=True) if d["type"] == "Event"
                       and any(g.nodes[x]["mentions"] > 20 for x in g.successors(ev))}
    assert {n["id"] for n in data["nodes"] if n["type"] == "Event"} == expected_events
    assert all(e["from"] in kept and e["to"] in kept for e in data["edges"])
    c = data["counts"]
    assert c["truncated"] is True
    assert (c["shown_entities"], c["total_entities"]) == (10, 30)
    assert (c["shown_events"], c["total_events"]) == (len(expected_events), 15)
    page = render_html(g, max_nodes=10)
    assert '"showing "' in page  # the page states "showing N of M entities"


def test_max_nodes_not_needed():
    g = tiny_graph(12)
    data = page_data(render_html(g, max_nodes=100))
    assert len(data["nodes"]) == g.number_of_nodes() and data["counts"]["truncated"] is False


# ---------------------------------------------------------------- determinism

def test_deterministic_and_order_independent(tmp_path):
    g = sample_graph()
    a = render_html(g, title="t")
    assert a == render_html(g, title="t")
    # same graph, other insertion order
    h = nx.MultiDiGraph()
    for n in reversed(list(g.nodes)):
        h.add_node(n, **g.nodes[n])
    for u, v, k, d in reversed(list(g.edges(keys=True, data=True))):
        h.add_edge(u, v, key=k, **d)
    assert render_html(h, title="t") == a
    p = tmp_path / "sub" / "v.html"
    write_html(g, p, title="t")
    assert p.read_bytes() == a.encode("utf-8") and p.read_bytes().endswith(b"\n")
    js, _ = view._vis_assets()
    assert not re.search(r"20[2-9][0-9]-[01][0-9]-[0-3][0-9]T", a.replace(js, "")), "timestamp in output"


# ---------------------------------------------------------------- layout

def contract_like_random(n: int, seed: int = 5) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    types = ["Person", "Organization", "Place", "Event"]
    for i in range(n):
        g.add_node(f"n{i}", label=f"Node {i}", type=types[i % 4], mentions=rng.randint(1, 50))
    for _ in range(n):
        a, b = rng.randrange(n), rng.randrange(max(1, n // 4))
        g.add_edge(f"n{a}", f"n{b}", key="related", label="related")
    return g


def test_layout_of_5000_nodes_is_spread():
    # how long it takes is measured by benchmarks/bench_view.py (the "sparse" rows), not here
    data = page_data(render_html(contract_like_random(5000)))
    pts = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(pts) > 0.99 * len(data["nodes"]), "nodes piled on top of each other"


def test_small_layout_uses_seeded_spring():
    pos = view.layout_positions(["a", "b", "c"], [("a", "b"), ("b", "c")])
    assert pos == view.layout_positions(["a", "b", "c"], [("a", "b"), ("b", "c")])
    assert len(set(pos.values())) == 3
    assert view.layout_positions([], []) == {}
    assert view.layout_positions(["x"], []) == {"x": (0.0, 0.0)}


def test_edge_evidence_marks_both_ends():
    g = nx.MultiDiGraph()
    g.add_node("h", label="Ismail Haniyeh", type="Person", aliases="Haniyeh|Haniyah")
    g.add_node("d", label="Doha", type="Place")
    g.add_edge("h", "d", key="basedIn", label="basedIn",
               evidence="Haniyeh, yang berbasis di ibu kota Qatar, Doha, telah bertemu.")
    (edge,) = page_data(render_html(g))["edges"]
    assert edge["evidence"] == ["", "Haniyeh", ", yang berbasis di ibu kota Qatar, ", "Doha", ", telah bertemu."]
    assert "".join(edge["evidence"]) == g.edges["h", "d", "basedIn"]["evidence"]
    # whole words only, and nothing marked when no name occurs
    assert view._mark_names("Dohanya tidak", view._names_regex(["Doha"])) == ["Dohanya tidak"]


def test_labels_are_pushed_apart_and_isolated_nodes_go_in_rows():
    # a star whose leaves have long labels, and nine nodes without edges
    nodes = ["hub"] + [f"leaf{i}" for i in range(8)] + [f"alone{i}" for i in range(9)]
    edges = [("hub", f"leaf{i}") for i in range(8)]
    boxes = {n: view.node_box(f"Statement: a rather long label number {n}", 3) for n in nodes}
    pos = view.layout_positions(nodes, edges, boxes=boxes)

    def box(n):
        l, t, r, b = boxes[n]
        return (pos[n][0] + l, pos[n][1] + t, pos[n][0] + r, pos[n][1] + b)

    for i, a in enumerate(nodes):
        for b in nodes[i + 1:]:
            (al, at, ar, ab), (bl, bt, br, bb) = box(a), box(b)
            assert min(ar, br) <= max(al, bl) or min(ab, bb) <= max(at, bt), (a, b)
    alone = [pos[f"alone{i}"] for i in range(9)]
    rows = sorted({y for _, y in alone})
    assert 1 <= len(rows) < 9                                      # rows, not a column
    assert rows[0] > max(box(n)[3] for n in nodes[:9])             # under the connected part
    for y in rows:                                                 # each row centred on it
        xs = [x for x, yy in alone if yy == y]
        connected_x = [box(n)[0] for n in nodes[:9]] + [box(n)[2] for n in nodes[:9]]
        assert abs((min(xs) + max(xs)) / 2 - (min(connected_x) + max(connected_x)) / 2) < 1
