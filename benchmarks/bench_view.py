"""Benchmark the interactive view (kg/export/html.py) on big, seeded random graphs.

    python3 benchmarks/bench_view.py [--sizes 1000,5000] [--out DIR] [--no-browser]

For each size it builds a random-but-seeded MultiDiGraph that follows the
"NetworkX projection" of docs/graph-shape.md (85 % entities with heavy-tailed
mention counts, 15 % events with 2-4 roles, relations between entities, evidence
sentences with mention offsets) and, as a second "sparse" row, the graph of the layout
test in tests/view/test_html_unit.py (n nodes, n edges into a quarter of them: the test
checks that its layout is spread, this benchmark how long it takes), writes the views and
prints

* the HTML file size,
* the Python render time (render_html, including the layout),
* the time until the network is usable in headless Chromium: from navigation
  start to the first ``afterDrawing`` of vis-network (physics is off, so the
  first drawing is the finished picture), as measured by the page itself
  (``window.kgFirstDrawMs``), plus the wall-clock time of ``page.goto`` until then.

Target: 5,000 nodes usable in under 5 s.  The browser part needs the Debian
package ``chromium`` and the pip package ``playwright`` (never ``playwright
install``); without them it is skipped.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import networkx as nx  # noqa: E402

from kg.export.html import render_html  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
                 "--disable-component-update", "--disable-sync"]

_FIRST = ["Ahmad", "Siti", "Budi", "Dewi", "Ismail", "Osama", "Ali", "Nur", "Rizki", "Fatimah", "Hassan",
          "Yusuf", "Agus", "Putri", "Joko", "Maria", "Omar", "Lina", "Rahmat", "Sri", "Émile", "Zoë"]
_LAST = ["Haniyeh", "Hamdan", "Khamenei", "Santoso", "Wibowo", "Lestari", "Saputra", "Nasution", "Hidayat",
         "Siregar", "Rahman", "Kusuma", "Abbas", "Nasrallah", "Halim", "Pratama", "Gunawan", "Hakim"]
_ORG = ["Partai", "Kementerian", "Gerakan", "Badan", "Lembaga", "Front", "Dewan", "Komite", "Brigade", "Aliansi"]
_ORG2 = ["Persatuan", "Perlawanan", "Nasional", "Rakyat", "Islam", "Demokrat", "Keadilan", "Merdeka", "Pembangunan"]
_PLACE = ["Tehran", "Doha", "Gaza", "Beirut", "Jakarta", "Surabaya", "Kairo", "Amman", "Baghdad", "Sanaa",
          "Bandung", "Medan", "Makassar", "Damaskus", "Riyadh", "Ankara", "Rafah", "Khan Younis"]
_KINDS = {"Place": ["city", "country", "region", ""], "Organization": ["", "party", "ministry", "militia"],
          "Person": [""]}
_EVENTS = ["Meeting", "Travel", "Statement", "Attack", "MilitaryCampaign", "CasualtyReport", "Support"]
_ROLES = {"Meeting": ["participant"], "Travel": ["traveler", "destination"], "Statement": ["speaker", "source"],
          "Attack": ["agent", "target"], "MilitaryCampaign": ["agent", "hasPlace"],
          "CasualtyReport": ["hasPlace", "source"], "Support": ["agent", "beneficiary"]}
_RELS = {("Person", "Organization"): ["leads", "memberOf", "representativeOf"],
         ("Person", "Place"): ["basedIn"], ("Organization", "Place"): ["headquarteredIn", "basedIn"],
         ("Place", "Place"): ["capitalOf"], ("Organization", "Organization"): ["supports"],
         ("Place", "Organization"): ["supports"]}
_VERBS = ["mengatakan bahwa", "bertemu dengan", "menyatakan dukungan kepada", "berada di", "mengkritik",
          "melakukan perjalanan ke", "mengumumkan kerja sama dengan"]
_KG = "https://w3id.org/newskg/ontology#"


def sparse_graph(n: int, seed: int = 5) -> nx.MultiDiGraph:
    """The graph of tests/view/test_html_unit.py's layout test: n nodes, n random edges into
    the first quarter of them (the test checks the spread, this benchmark the time)."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    types = ["Person", "Organization", "Place", "Event"]
    for i in range(n):
        g.add_node(f"n{i}", label=f"Node {i}", type=types[i % 4], mentions=rng.randint(1, 50))
    for _ in range(n):
        a, b = rng.randrange(n), rng.randrange(max(1, n // 4))
        g.add_edge(f"n{a}", f"n{b}", key="related", label="related")
    return g


def random_graph(n: int, seed: int = 1) -> nx.MultiDiGraph:
    """A seeded random graph of *n* nodes following the NetworkX projection contract."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    n_events = n * 15 // 100
    n_ent = n - n_events
    ents: list[tuple[str, str, str]] = []
    used: set[str] = set()
    for i in range(n_ent):
        t = rng.choices(["Person", "Organization", "Place"], weights=[45, 30, 25])[0]
        for _ in range(20):
            if t == "Person":
                name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
            elif t == "Organization":
                name = f"{rng.choice(_ORG)} {rng.choice(_ORG2)} {rng.choice(_ORG2)}"
            else:
                name = f"{rng.choice(_PLACE)} {rng.choice(['Utara', 'Selatan', 'Barat', 'Timur', 'Raya', 'Baru'])}"
            if name not in used:
                break
        else:
            name = f"{name} {i}"
        used.add(name)
        iri = f"https://w3id.org/newskg/entity/{t.lower()}/{i}"
        ents.append((iri, name, t))
    weights = [1.0 / (k + 1) ** 0.75 for k in range(n_ent)]  # heavy tail, rank = order

    docs = [f"berita-{k:04d}.id" for k in range(max(1, n // 20))]

    def evidence(names: list[str], count: int) -> str:
        evs = []
        for _ in range(count):
            name = rng.choice(names)
            verb = rng.choice(_VERBS)
            other = rng.choice(ents)[1]
            sentence = f"Menurut laporan, {name} {verb} {other} pada hari Sabtu."
            begin = rng.randrange(0, 5000)
            mb = begin + len("Menurut laporan, ")
            evs.append({"doc": rng.choice(docs), "published": f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                        "sentence": sentence, "begin": begin, "end": begin + len(sentence),
                        "mention_begin": mb, "mention_end": mb + len(name)})
        return json.dumps(evs, ensure_ascii=False)

    for rank, (iri, name, t) in enumerate(ents):
        mentions = max(1, int(weights[rank] * 60 * rng.uniform(0.5, 1.5)))
        aliases = []
        if t == "Person" and rng.random() < 0.6:
            aliases.append(name.split()[-1])
        if rng.random() < 0.2:
            aliases.append(name.upper())
        attrs = dict(label=name, type=t, kind=rng.choice(_KINDS[t]), aliases="|".join(aliases),
                     mentions=mentions, wikidata=f"Q{rng.randint(1, 10**7)}" if rng.random() < 0.4 else "",
                     geonames="", evidence=evidence([name] + aliases, min(mentions, 3)))
        if t == "Place":
            attrs["geonames"] = str(rng.randint(10**5, 10**7)) if rng.random() < 0.6 else ""
            attrs["lat"], attrs["lon"] = round(rng.uniform(-10, 40), 4), round(rng.uniform(30, 120), 4)
        g.add_node(iri, **attrs)

    by_type: dict[str, list[int]] = {"Person": [], "Organization": [], "Place": []}
    for k, (_, _, t) in enumerate(ents):
        by_type[t].append(k)

    def pick(t: str | None = None) -> int:
        pool = by_type[t] if t else range(n_ent)
        return rng.choices(list(pool) if not isinstance(pool, list) else pool,
                           weights=[weights[k] for k in pool])[0]

    # entity-entity relations, about 0.7 per entity, preferential by mentions
    rel_pairs = list(_RELS.items())
    for k in range(int(n_ent * 0.8)):
        (ts, to), preds = rng.choice(rel_pairs)
        a = rng.choice(by_type[ts]) if rng.random() < 0.7 else pick(ts)
        b = rng.choice(by_type[to]) if rng.random() < 0.3 else pick(to)
        if a == b:
            continue
        pred = rng.choice(preds)
        g.add_edge(ents[a][0], ents[b][0], key=pred, label=pred, iri=_KG + pred, confidence=round(rng.uniform(0.5, 1), 2),
                   extractor="https://w3id.org/newskg/extractor/relations-role",
                   evidence=f"{ents[a][1]} adalah {pred} {ents[b][1]}.")

    for k in range(n_events):
        kind = rng.choice(_EVENTS)
        doc = rng.choice(docs)
        iri = f"https://w3id.org/newskg/doc/{doc}/event/{kind.lower()}-{k}"
        roles = _ROLES[kind]
        targets = []
        for role in roles * (2 if kind == "Meeting" else 1) + (["participant"] if rng.random() < 0.3 else []):
            t = "Place" if role in ("destination", "hasPlace") else None
            targets.append((role, pick(t) if rng.random() < 0.6 else rng.choice(by_type[t] if t else range(n_ent))))
        label = f"{kind}: " + ", ".join(dict.fromkeys(ents[x][1] for _, x in targets[:3]))
        g.add_node(iri, label=label, type="Event", kind=kind, aliases="", mentions=rng.randint(1, 4),
                   wikidata="", geonames="", time=f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                   evidence=evidence([kind.lower()], 2))
        for role, x in targets:
            g.add_edge(iri, ents[x][0], key=role, label=role, iri=_KG + role, confidence=0.8,
                       extractor=f"https://w3id.org/newskg/extractor/events-{kind.lower()}",
                       evidence=f"{label} ({role}: {ents[x][1]}).")
    return g


def browser_time(path: Path, page) -> tuple[float, float]:
    """(ms from navigation start to first afterDrawing, wall seconds of goto + wait)."""
    t0 = time.perf_counter()
    page.goto(path.resolve().as_uri())
    page.wait_for_function("window.kgFirstDrawMs !== null && window.kgFirstDrawMs !== undefined", timeout=120_000)
    wall = time.perf_counter() - t0
    return float(page.evaluate("window.kgFirstDrawMs")), wall


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,5000")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default=None, help="directory for the HTML files (default: a temp dir)")
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--runs", type=int, default=2, help="browser loads per size (the best is printed)")
    args = ap.parse_args(argv)
    out = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="bench-view-"))
    out.mkdir(parents=True, exist_ok=True)

    rows = []
    for n in [int(s) for s in args.sizes.split(",") if s]:
        for shape, make in (("contract", lambda: random_graph(n, args.seed)), ("sparse", lambda: sparse_graph(n))):
            t = time.perf_counter()
            g = make()
            t_build = time.perf_counter() - t
            t = time.perf_counter()
            page = render_html(g, title=f"bench {n}")
            t_render = time.perf_counter() - t
            path = out / f"view-{n}-{shape}.html"
            path.write_text(page, encoding="utf-8")
            rows.append({"shape": shape, "nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "path": path,
                         "bytes": path.stat().st_size, "build_s": t_build, "render_s": t_render})

    have_browser = False
    if not args.no_browser:
        try:
            from playwright.sync_api import sync_playwright  # noqa: F401
            have_browser = Path(CHROMIUM).exists()
        except ImportError:
            pass
        if not have_browser:
            print("note: chromium or playwright missing, browser timings skipped", file=sys.stderr)
    if have_browser:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                for row in rows:
                    best = None
                    for _ in range(max(1, args.runs)):
                        page = browser.new_page(viewport={"width": 1400, "height": 900})
                        errors = []
                        page.on("pageerror", lambda e: errors.append(str(e)))
                        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
                        ms, wall = browser_time(row["path"], page)
                        row["rendered"] = page.evaluate("network.body.data.nodes.length")
                        page.close()
                        if errors:
                            raise SystemExit(f"page errors for {row['path']}: {errors}")
                        if best is None or ms < best[0]:
                            best = (ms, wall)
                    row["usable_ms"], row["wall_s"] = best
            finally:
                browser.close()

    print(f"{'graph':>8} {'nodes':>6} {'edges':>6} {'size MB':>8} {'render s':>9} {'usable s':>9} {'goto+draw s':>12}")
    for r in rows:
        usable = f"{r['usable_ms'] / 1000:9.2f}" if "usable_ms" in r else f"{'-':>9}"
        wall = f"{r['wall_s']:12.2f}" if "wall_s" in r else f"{'-':>12}"
        print(f"{r['shape']:>8} {r['nodes']:>6} {r['edges']:>6} {r['bytes'] / 1e6:8.2f} {r['render_s']:9.2f} {usable} {wall}")
    print(f"files in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
