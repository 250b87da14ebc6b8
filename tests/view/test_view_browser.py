"""The view in headless Chromium (Playwright, sync API), loaded from file://.

Skipped when chromium or playwright is missing, unless KG_STRICT=1 (see conftest.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from kg.export.html import write_html
from view_sample import HOSTILE, HOSTILE_ALIAS, ROOT, sample_graph

HANIYEH = "https://w3id.org/newskg/entity/person/ismail-haniyeh"
TEHRAN = "https://w3id.org/newskg/entity/wd/Q3616"
HOSTILE_ID = "https://w3id.org/newskg/entity/organization/hostile"
REAL_SAMPLE = ROOT / "output" / "haniyeh-tehran.id.graphml"


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return sample_graph()


@pytest.fixture(scope="module")
def html_path(graph, tmp_path_factory) -> Path:
    p = tmp_path_factory.mktemp("view") / "sample.html"
    write_html(graph, p, title="sample view")
    return p


def assert_clean_load(view):
    assert view.failed_requests == []
    assert view.console_errors == []
    assert view.page_errors == []
    remote = [u for u in view.requests if not u.startswith(("file:", "data:", "blob:", "about:"))]
    assert remote == []
    assert view.dialogs == []
    assert view.js("window.__kgFired") == []


def type_search(view, text: str):
    view.page.fill("#search", "")
    view.page.type("#search", text)


def wait_selected(view, node_id: str):
    view.page.wait_for_function("id => network.getSelectedNodes().includes(id)", arg=node_id, timeout=5000)


def panel_text(view) -> str:
    return view.js("document.getElementById('panel').textContent")


# ---------------------------------------------------------------- loading

def test_loads_offline_with_every_node(view, html_path, graph):
    view.open(html_path)
    assert_clean_load(view)
    assert view.js("network.body.data.nodes.length") == graph.number_of_nodes()
    assert view.js("network.body.data.edges.length") == graph.number_of_edges()
    assert view.js("typeof vis.Network") == "function"
    stats = view.js("document.getElementById('stats').textContent")
    assert "15 entities" in stats and "7 events" in stats


def test_legend_and_filters(view, html_path, graph):
    view.open(html_path)
    legend = view.js("document.getElementById('filters').textContent")
    for t in ("Person", "Organization", "Place", "Event"):
        assert t in legend
    n_events = sum(1 for _, d in graph.nodes(data=True) if d["type"] == "Event")
    hidden_events = "network.body.data.nodes.get({filter: n => n.hidden === true}).length"
    assert view.js(hidden_events) == 0
    view.page.uncheck("#filters input[data-type=Event]")
    assert view.js(hidden_events) == n_events
    view.page.uncheck("#filters input[data-type=Place]")
    n_places = sum(1 for _, d in graph.nodes(data=True) if d["type"] == "Place")
    assert view.js(hidden_events) == n_events + n_places
    view.page.check("#filters input[data-type=Event]")
    view.page.check("#filters input[data-type=Place]")
    assert view.js(hidden_events) == 0
    assert_clean_load(view)


# ---------------------------------------------------------------- finding

def test_search_by_alias_selects_haniyeh(view, html_path):
    view.open(html_path)
    type_search(view, "Haniyah")
    wait_selected(view, HANIYEH)
    assert view.js("network.getSelectedNodes()") == [HANIYEH]
    assert "Ismail Haniyeh" in view.js("document.getElementById('search-results').textContent")
    assert view.js("document.querySelector('#panel h2').textContent") == "Ismail Haniyeh"


@pytest.mark.parametrize("query,expected", [
    ("tÉhErAn", TEHRAN),           # accents and case are ignored
    ("teheran", TEHRAN),
    ("hamas", "https://w3id.org/newskg/entity/wd/Q38799"),
    ("KHAMENEI", "https://w3id.org/newskg/entity/wd/Q57336"),
    ("aniye", HANIYEH),            # substring
])
def test_search_is_case_and_accent_insensitive(view, html_path, query, expected):
    view.open(html_path)
    type_search(view, query)
    wait_selected(view, expected)


def test_view_settles_after_fast_typing(view, html_path):
    # every keystroke focuses the best match; the view must end up still, on the last one
    view.open(html_path)
    view.page.type("#search", "teheran", delay=0)
    wait_selected(view, TEHRAN)
    view.settle()
    before = view.js("JSON.stringify([network.getViewPosition(), network.getScale()])")
    view.page.wait_for_timeout(600)
    assert view.js("JSON.stringify([network.getViewPosition(), network.getScale()])") == before
    pos = view.js("id => network.getPosition(id)", TEHRAN)
    centre = view.js("network.getViewPosition()")
    assert abs(pos["x"] - centre["x"]) < 1 and abs(pos["y"] - centre["y"]) < 1


def test_click_shows_evidence_in_panel(view, html_path, graph):
    view.open(html_path)
    view.js("network.fit({animation: false})")
    x, y = view.node_screen_point(HANIYEH)
    view.page.mouse.click(x, y)
    wait_selected(view, HANIYEH)
    text = panel_text(view)
    assert "Ismail Haniyeh" in text
    assert "Haniyeh" in text and "Haniyah" in text
    first = json.loads(graph.nodes[HANIYEH]["evidence"])[0]
    assert first["sentence"] in text
    assert "haniyeh-tehran.id" in text and "2023-11-05" in text
    marks = view.js("[...document.querySelectorAll('#panel mark')].map(m => m.textContent)")
    assert "Ismail Haniyeh" in marks and "Haniyah" in marks
    # neighbourhood highlight: neighbours keep their colour, the rest is dimmed
    color = "id => network.body.data.nodes.get(id).color.background"
    assert not view.js(color, "https://w3id.org/newskg/entity/wd/Q38799").startswith("rgba(200")  # Hamas
    assert view.js(color, "https://w3id.org/newskg/entity/organization/al-mayadeen").startswith("rgba(200")
    # click on empty space clears it
    box = view.page.locator("#network canvas").bounding_box()
    view.page.mouse.click(box["x"] + 5, box["y"] + box["height"] - 5)
    assert view.js("network.getSelectedNodes()") == []
    assert not view.js(color, "https://w3id.org/newskg/entity/organization/al-mayadeen").startswith("rgba(200")
    assert_clean_load(view)


def test_place_panel_has_links_and_coordinates(view, html_path):
    view.open(html_path)
    view.js("id => kgSelectNode(id)", TEHRAN)
    links = view.js("[...document.querySelectorAll('#panel a[target=_blank]')].map(a => a.href)")
    assert "https://www.wikidata.org/wiki/Q3616" in links
    assert "https://www.geonames.org/112931" in links
    assert "35.6944, 51.4215" in panel_text(view)
    assert view.failed_requests == [] and [u for u in view.requests if u.startswith("http")] == []


def test_edge_click_shows_relation(view, html_path):
    view.open(html_path)
    view.js("network.fit({animation: false})")
    # the straight edge Ismail Haniyeh -basedIn-> Doha: click a point on it, away from the label
    doha = "https://w3id.org/newskg/entity/wd/Q3861"
    (x1, y1), (x2, y2) = view.node_screen_point(HANIYEH), view.node_screen_point(doha)
    edge_id = view.js("() => network.body.data.edges.get({filter: e => e.label === 'basedIn' && e.to === '%s'})[0].id" % doha)
    view.page.mouse.click(x1 + (x2 - x1) * 0.3, y1 + (y2 - y1) * 0.3)
    assert view.js("network.getSelectedEdges()") == [edge_id]
    text = panel_text(view)
    assert "basedIn" in text and "Ismail Haniyeh" in text and "Doha" in text
    assert "Haniyeh, yang berbasis di ibu kota Qatar, Doha" in text
    marks = view.js("[...document.querySelectorAll('#panel mark')].map(m => m.textContent)")
    assert marks == ["Haniyeh", "Doha"]


# ---------------------------------------------------------------- hostile data

def test_hostile_name_is_text_and_never_runs(view, html_path):
    view.open(html_path)
    type_search(view, "hostile org")
    wait_selected(view, HOSTILE_ID)
    assert view.js("document.querySelector('#panel h2').textContent") == HOSTILE
    text = panel_text(view)
    assert HOSTILE in text and HOSTILE_ALIAS in text and "<b>doc</b>" in text
    assert view.js("document.querySelector('#panel mark').textContent") == HOSTILE
    assert view.js("document.querySelectorAll('img').length") == 0
    assert view.js("document.querySelectorAll('script').length") == 3
    # the search result list shows it as text too
    assert HOSTILE in view.js("document.getElementById('search-results').textContent")
    # the canvas label and the tooltip: hover the node (once the focus animation is over)
    view.page.keyboard.press("Escape")
    view.js("document.activeElement.blur()")
    view.settle()
    view.js("network.fit({animation: false})")
    x, y = view.node_screen_point(HOSTILE_ID)
    view.page.mouse.move(x + 8, y + 8)
    view.page.mouse.move(x, y, steps=4)
    view.page.wait_for_function(
        "() => { const t = document.querySelector('.vis-tooltip'); return t && t.style.visibility !== 'hidden' && t.textContent.length > 0; }",
        timeout=5000)
    tip = view.js("document.querySelector('.vis-tooltip').textContent")
    assert HOSTILE in tip
    assert view.js("document.querySelector('.vis-tooltip').children.length") == 0 or \
        view.js("document.querySelectorAll('.vis-tooltip img').length") == 0
    view.page.wait_for_timeout(300)
    assert view.js("document.querySelectorAll('img').length") == 0
    assert_clean_load(view)


# ---------------------------------------------------------------- big graphs / max_nodes

def test_max_nodes_says_so(view, graph, tmp_path):
    p = tmp_path / "top5.html"
    write_html(graph, p, max_nodes=5)
    view.open(p)
    stats = view.js("document.getElementById('stats').textContent")
    assert "showing 5 of 15 entities" in stats
    n = view.js("network.body.data.nodes.length")
    assert 5 < n < graph.number_of_nodes()
    assert_clean_load(view)


# ---------------------------------------------------------------- screenshot

def test_screenshot_is_not_blank(view, html_path, artifacts_dir):
    view.open(html_path)
    view.page.wait_for_timeout(200)
    out = artifacts_dir / "view-sample.png"
    view.page.screenshot(path=str(out))
    assert out.stat().st_size > 10_000
    stats = view.js("""() => {
        const c = document.querySelector('#network canvas');
        const ctx = c.getContext('2d');
        const d = ctx.getImageData(0, 0, c.width, c.height).data;
        let ink = 0, colours = new Set();
        for (let i = 0; i < d.length; i += 4) {
            if (d[i + 3] > 0 && (d[i] < 235 || d[i + 1] < 235 || d[i + 2] < 235)) {
                ink++;
                if (colours.size < 64) colours.add((d[i] >> 4) + ',' + (d[i + 1] >> 4) + ',' + (d[i + 2] >> 4));
            }
        }
        return {ink: ink, total: d.length / 4, colours: colours.size};
    }""")
    assert stats["ink"] > 3000, stats
    assert stats["colours"] >= 4, stats  # the type colours are there, not just grey lines
    assert_clean_load(view)


# ---------------------------------------------------------------- the real sample

def test_real_sample_search(view, tmp_path, artifacts_dir):
    if not REAL_SAMPLE.exists():
        pytest.skip(f"{REAL_SAMPLE.relative_to(ROOT)} not produced yet (run the pipeline on the example)")
    g = nx.read_graphml(REAL_SAMPLE, force_multigraph=True)
    if not g.is_directed():
        g = nx.MultiDiGraph(g)
    p = tmp_path / "real.html"
    write_html(g, p, title="haniyeh-tehran.id")
    view.open(p)
    assert_clean_load(view)
    assert view.js("network.body.data.nodes.length") == g.number_of_nodes()
    type_search(view, "Haniyah")
    view.page.wait_for_function("network.getSelectedNodes().length === 1", timeout=5000)
    selected = view.js("network.getSelectedNodes()[0]")
    attrs = g.nodes[selected]
    names = [str(attrs.get("label", ""))] + str(attrs.get("aliases", "")).split("|")
    assert any("haniy" in n.lower() for n in names), names
    assert "haniyeh" in str(attrs.get("label", "")).lower()
    view.page.screenshot(path=str(artifacts_dir / "view-real-sample.png"))


def test_real_sample_tooltips_carry_coordinates_and_evidence(view, tmp_path):
    if not REAL_SAMPLE.exists():
        pytest.skip(f"{REAL_SAMPLE.relative_to(ROOT)} not produced yet (run the pipeline on the example)")
    g = nx.MultiDiGraph(nx.read_graphml(REAL_SAMPLE, force_multigraph=True))
    p = tmp_path / "real.html"
    write_html(g, p, title="haniyeh-tehran.id")
    view.open(p)
    tehran = next(n for n, d in g.nodes(data=True) if d.get("label") == "Teheran")
    title = view.js(f"network.body.data.nodes.get({json.dumps(tehran)}).title")
    assert isinstance(title, str)   # a string title is shown as text, never parsed as HTML
    assert "coordinates: 35.69" in title
    assert "Tehran" in title and "\u201c" in title   # the evidence sentence, quoted


# ---------------------------------------------------------------- layout

def _drawn_boxes(view) -> list[dict]:
    """Each node's label box and shape box as vis-network drew them (canvas pixels)."""
    return view.js("""() => network.body.nodeIndices.map(id => {
        const n = network.body.nodes[id], l = n.labelModule.size;
        return {id: id, label: n.options.label, x: n.x, y: n.y,
                text: [l.left, l.top, l.left + l.width, l.top + l.height],
                shape: [n.x - n.shape.width / 2, n.y - n.shape.height / 2,
                        n.x + n.shape.width / 2, n.y + n.shape.height / 2]};
    })""")


def _overlap(a, b) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def test_real_sample_labels_do_not_overlap_and_isolated_nodes_form_a_row(view, tmp_path, artifacts_dir):
    if not REAL_SAMPLE.exists():
        pytest.skip(f"{REAL_SAMPLE.relative_to(ROOT)} not produced yet (run the pipeline on the example)")
    g = nx.MultiDiGraph(nx.read_graphml(REAL_SAMPLE, force_multigraph=True))
    html = tmp_path / "sample.html"
    write_html(g, html, title="haniyeh-tehran.id")
    view.open(html)
    assert_clean_load(view)
    boxes = _drawn_boxes(view)
    assert len(boxes) == g.number_of_nodes()
    clashes = [(a["label"], b["label"]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
               if _overlap(a["text"], b["text"]) or _overlap(a["text"], b["shape"])
               or _overlap(a["shape"], b["text"]) or _overlap(a["shape"], b["shape"])]
    assert clashes == []
    isolated = [b for b in boxes if g.degree(b["id"]) == 0]
    assert len(isolated) >= 2   # the sample has three: Purna Warta, Asia Barat, Amerika Serikat
    others = [b for b in boxes if g.degree(b["id"]) > 0]
    assert len({b["y"] for b in isolated}) == 1, "isolated nodes are not in one row"
    assert min(b["shape"][1] for b in isolated) > max(b["text"][3] for b in others), "row not under the graph"

    def middle(bs):
        return (min(min(b["text"][0], b["shape"][0]) for b in bs) + max(max(b["text"][2], b["shape"][2]) for b in bs)) / 2

    assert abs(middle(isolated) - middle(others)) < 20, "row not centred under the graph"
    view.page.screenshot(path=str(artifacts_dir / "real-sample-layout.png"))
