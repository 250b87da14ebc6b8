"""Benchmark the SPARQL store: load a generated corpus of about 1,000,000 triples shaped like
newskg graphs (many articles; people meeting people at places, statements, relations,
NIF mentions) into a persistent Oxigraph store through ``kg.store.load_graph`` (the call
``kg build --store`` makes), then run named queries repeatedly.

Prints load time, store size on disk and median / p95 latency per query. Target: a named
query answers in under 200 ms median on 1M triples.

    PYTHONPATH=. python3 benchmarks/bench_store.py [--triples 1000000] [--runs 30] [--keep DIR]
"""
from __future__ import annotations

import argparse
import itertools
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rdflib import BNode, Graph, Literal  # noqa: E402
from rdflib.namespace import OWL, PROV, RDF, RDFS, XSD  # noqa: E402

from kg import store as st  # noqa: E402
from kg.rdf.iris import (assertion_iri, document_iri, entity_iri, event_iri, extractor_iri,  # noqa: E402
                         mention_iri, sentence_iri)
from kg.rdf.vocab import GEO, ITSRDF, KG, NIF, SCHEMA, SEM, WD  # noqa: E402

FIRST = ["Ismail", "Ali", "Osama", "Yahya", "Khaled", "Hassan", "Mahmoud", "Saleh", "Nabil", "Fadi", "Rami",
         "Joko", "Budi", "Siti", "Retno", "Prabowo", "Anies", "Mahfud", "Sri", "Dewi"]
LAST = ["Haniyeh", "Khamenei", "Hamdan", "Sinwar", "Meshaal", "Nasrallah", "Abbas", "Arouri", "Widodo",
        "Santoso", "Marsudi", "Subianto", "Baswedan", "Indrawati", "Lestari", "Rahman", "Hakim", "Saputra"]
PLACES = ["Teheran", "Doha", "Gaza", "Beirut", "Kairo", "Jakarta", "Ankara", "Amman", "Riyadh", "Baghdad",
          "Damaskus", "Sanaa", "Moskow", "Beijing", "Jenewa"]
ORGS = ["Hamas", "Hizbullah", "PBB", "Liga Arab", "OKI", "Fatah", "Jihad Islam", "Palang Merah", "ASEAN",
        "Uni Eropa"]


def entity_pool(rng: random.Random, n_people: int):
    people = []
    for i in range(n_people):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}"
        people.append((entity_iri(f"person/p{i}"), name))
    places = [(entity_iri(f"wd/Q{9000 + i}"), f"{p} {i}") for i, p in
              enumerate(PLACES * 40)]
    orgs = [(entity_iri(f"organization/o{i}"), f"{o} {i}") for i, o in enumerate(ORGS * 20)]
    return people, places, orgs


class Zipf:
    """Pick entities the way news does: a few recur in most articles, most are rare."""

    def __init__(self, items, rng: random.Random):
        self.items, self.rng = items, rng
        self.cum = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(items))))

    def sample(self, k: int) -> list:
        out: dict = {}
        while len(out) < k:
            for item in self.rng.choices(self.items, cum_weights=self.cum, k=2 * k):
                out.setdefault(item[0], item)
        return list(out.values())[:k]


def article(n: int, rng: random.Random, people: Zipf, places: Zipf, orgs: Zipf) -> tuple[str, Graph]:
    doc_id = f"bench-{n:06d}"
    doc = document_iri(doc_id)
    g = Graph()
    sentences = []
    text_parts = []
    pos = 0
    chosen_people = people.sample(6)
    chosen_places = places.sample(3)
    chosen_orgs = orgs.sample(2)
    mentions = []
    for i in range(8):
        a, b = rng.sample(chosen_people, 2)
        place = rng.choice(chosen_places)
        org = rng.choice(chosen_orgs)
        s = f"{a[1]} dari {org[1]} bertemu dengan {b[1]} di {place[1]} pada hari Sabtu."
        sentences.append((i, pos, pos + len(s), s))
        for ent, name in (a, org, b, place):
            k = s.index(name)
            mentions.append((i, pos + k, pos + k + len(name), name, ent))
        text_parts.append(s)
        pos += len(s) + 1
    text = "\n".join(text_parts)
    g.add((doc, RDF.type, NIF.Context))
    g.add((doc, RDF.type, SCHEMA.NewsArticle))
    g.add((doc, NIF.isString, Literal(text)))
    g.add((doc, SCHEMA.datePublished, Literal(f"2023-{1 + n % 12:02d}-{1 + n % 28:02d}", datatype=XSD.date)))
    g.add((doc, SCHEMA.identifier, Literal(doc_id)))
    for i, b, e, s in sentences:
        si = sentence_iri(doc_id, i)
        g.add((si, RDF.type, NIF.Sentence))
        g.add((si, NIF.referenceContext, doc))
        g.add((si, NIF.beginIndex, Literal(b, datatype=XSD.nonNegativeInteger)))
        g.add((si, NIF.endIndex, Literal(e, datatype=XSD.nonNegativeInteger)))
        g.add((si, NIF.anchorOf, Literal(s)))
    for i, b, e, surface, ent in mentions[:22]:
        m = mention_iri(doc_id, b, e)
        g.add((m, RDF.type, NIF.Phrase))
        g.add((m, RDF.type, NIF.OffsetBasedString))
        g.add((m, NIF.referenceContext, doc))
        g.add((m, NIF.sentence, sentence_iri(doc_id, i)))
        g.add((m, NIF.anchorOf, Literal(surface)))
        g.add((m, NIF.beginIndex, Literal(b, datatype=XSD.nonNegativeInteger)))
        g.add((m, NIF.endIndex, Literal(e, datatype=XSD.nonNegativeInteger)))
        g.add((m, ITSRDF.taIdentRef, ent))
        g.add((m, KG.recognizedBy, Literal("gazetteer")))
        g.add((m, KG.confidence, Literal("1.0", datatype=XSD.decimal)))
    for ent, name in chosen_people:
        g.add((ent, RDF.type, SCHEMA.Person))
        g.add((ent, SCHEMA.name, Literal(name)))
        g.add((ent, SCHEMA.alternateName, Literal(name.split()[1])))
    for ent, name in chosen_places:
        g.add((ent, RDF.type, SCHEMA.Place))
        g.add((ent, RDF.type, SCHEMA.City))
        g.add((ent, SCHEMA.name, Literal(name)))
        g.add((ent, OWL.sameAs, WD[str(ent).rsplit("/", 1)[1]]))
        geom = BNode()
        g.add((ent, GEO.hasGeometry, geom))
        g.add((geom, GEO.asWKT, Literal("POINT(51.42 35.69)", datatype=GEO.wktLiteral)))
    for ent, name in chosen_orgs:
        g.add((ent, RDF.type, SCHEMA.Organization))
        g.add((ent, SCHEMA.name, Literal(name)))
    for k in range(2):
        i, _, _, _ = sentences[k]
        a, b = rng.sample(chosen_people, 2)
        ev = event_iri(doc_id, f"meeting-{k + 1}")
        g.add((ev, RDF.type, SEM.Event))
        g.add((ev, RDF.type, KG.Meeting))
        g.add((ev, RDFS.label, Literal(f"Meeting: {a[1]}, {b[1]}")))
        for p in (a, b):
            g.add((ev, SEM.hasActor, p[0]))
            g.add((ev, KG.participant, p[0]))
        g.add((ev, SEM.hasPlace, rng.choice(chosen_places)[0]))
        g.add((ev, SEM.hasTimeStamp, Literal(f"2023-{1 + (n + k) % 12:02d}-04", datatype=XSD.date)))
        g.add((ev, KG.timeText, Literal("hari Sabtu")))
        g.add((ev, PROV.wasDerivedFrom, sentence_iri(doc_id, i)))
        g.add((ev, PROV.wasAttributedTo, extractor_iri("events-meeting")))
        g.add((ev, KG.confidence, Literal("0.8", datatype=XSD.decimal)))
    ev = event_iri(doc_id, "statement-1")
    speaker = chosen_people[0][0]
    for t in ((ev, RDF.type, SEM.Event), (ev, RDF.type, KG.Statement), (ev, SEM.hasActor, speaker),
              (ev, KG.speaker, speaker), (ev, PROV.wasDerivedFrom, sentence_iri(doc_id, 2)),
              (ev, KG.confidence, Literal("0.7", datatype=XSD.decimal))):
        g.add(t)
    if n % 3 == 0:
        ev = event_iri(doc_id, "casualtyreport-1")
        source, place = chosen_orgs[1][0], chosen_places[0][0]
        for t in ((ev, RDF.type, SEM.Event), (ev, RDF.type, KG.CasualtyReport), (ev, SEM.hasActor, source),
                  (ev, KG.source, source), (ev, SEM.hasPlace, place),
                  (ev, KG.killed, Literal(rng.randint(1, 10000))), (ev, PROV.wasDerivedFrom, sentence_iri(doc_id, 3)),
                  (ev, KG.confidence, Literal("0.75", datatype=XSD.decimal))):
            g.add(t)
    for k in range(2):
        person, org = chosen_people[k][0], chosen_orgs[k % 2][0]
        rel = KG.leads if k == 0 else KG.memberOf
        g.add((person, rel, org))
        a = assertion_iri(doc_id, k + 1)
        for t in ((a, RDF.type, KG.RelationAssertion), (a, RDF.subject, person), (a, RDF.predicate, rel),
                  (a, RDF.object, org), (a, PROV.wasDerivedFrom, sentence_iri(doc_id, k)),
                  (a, PROV.wasAttributedTo, extractor_iri("relations-role")),
                  (a, KG.confidence, Literal("0.9", datatype=XSD.decimal))):
            g.add(t)
    return str(doc), g


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def timed(store, text: str, params: dict, runs: int) -> tuple[list[float], int]:
    times, n = [], 0
    for _ in range(runs):
        t = time.perf_counter()
        n = sum(1 for _ in st.run_query(store, text, params))
        times.append((time.perf_counter() - t) * 1000)
    return times, n


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--keep", metavar="DIR", help="build the store in DIR and keep it")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--build-only", action="store_true", help="build the store (with --keep) and stop")
    ap.add_argument("--reuse", action="store_true", help="query the store kept in --keep DIR without rebuilding")
    args = ap.parse_args(argv)

    rng = random.Random(args.seed)
    people, places, orgs = entity_pool(rng, 20000)
    zipf = (Zipf(people, rng), Zipf(places, rng), Zipf(orgs, rng))
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="kg-bench-store-"))
    total, n, gen_s, load_s = 0, 0, 0.0, 0.0
    if args.reuse and (folder / "CURRENT").exists():
        total = None
    else:
        if folder.exists():
            shutil.rmtree(folder)
        while total < args.triples:
            t = time.perf_counter()
            iri, g = article(n, rng, *zipf)
            gen_s += time.perf_counter() - t
            t = time.perf_counter()
            total += st.load_graph(folder, iri, g)
            load_s += time.perf_counter() - t
            n += 1
    t = time.perf_counter()
    st.close_store(folder)
    store = st.open_store(folder)
    reopen_s = time.perf_counter() - t
    union = sum(1 for _ in store.quads_for_pattern(None, None, None, st.ox.DefaultGraph()))
    size = du(folder)
    articles = len(list(store.named_graphs()))
    if total is None:
        print(f"corpus: reused {folder}: {articles} articles; the union holds {union} distinct triples")
    else:
        print(f"corpus: {n} articles, {total} triples loaded; the union (default graph) holds {union} distinct triples")
        print(f"generate (rdflib graphs): {gen_s:.1f} s; load_graph: {load_s:.1f} s "
              f"({total / load_s:,.0f} triples/s, {1000 * load_s / n:.1f} ms per article); reopen {reopen_s:.2f} s")
    print(f"store size on disk: {size / 1e6:.0f} MB")

    if args.build_only:
        st.close_store(folder)
        return 0
    star, regular = people[0][1], people[300][1]  # the most frequent person, a less frequent one
    cases = [
        ("who-met-whom", {"person": regular}),
        ("who-met-whom", {"person": star}),
        ("organization-members", {"org": orgs[0][1]}),
        ("events-at-place", {"place": places[0][1], "from": "2023-03-01", "to": "2023-03-31"}),
        ("statements-by-person", {"person": star}),
        ("entity-mentions", {"entity": regular}),
        ("casualties", {"place": places[0][1]}),
        ("wikidata-entities", {"type": "Place"}),
        ("relations", {"entity": star}),
        ("who-met-whom", {}),
    ]
    print(f"\n{'query':<22} {'params':<45} {'rows':>6} {'median ms':>10} {'p95 ms':>8}")
    results = []
    for name, params in cases:
        text = st.named_query(name).text
        timed(store, text, params, 2)  # warm up
        times, rows = timed(store, text, params, args.runs)
        times.sort()
        med = statistics.median(times)
        p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
        results.append((name, params, med, p95))
        shown = ", ".join(f"{k}={v}" for k, v in params.items()) or "(none: list all)"
        print(f"{name:<22} {shown:<45} {rows:>6} {med:>10.1f} {p95:>8.1f}")
    st.close_store(folder)
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    first = results[0][2]
    print(f"\ntarget: who-met-whom with a person, median < 200 ms: {'met' if first < 200 else 'NOT met'} "
          f"({first:.1f} ms)")
    return 0 if first < 200 else 1


if __name__ == "__main__":
    sys.exit(main())
