"""A small, hand-made graph in the shape of docs/graph-shape.md ("NetworkX projection").

It mirrors examples/haniyeh-tehran.id.txt so that the view can be tested (and a
screenshot taken) before the pipeline produces the real sample.  Offsets are
computed from the real article text, exactly as the contract defines them.
Run ``python3 tests/view/view_sample.py OUT.html`` to write the view.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "examples" / "haniyeh-tehran.id.txt"
DOC = "haniyeh-tehran.id"
PUBLISHED = "2023-11-05"
ENT = "https://w3id.org/newskg/entity/"
KG = "https://w3id.org/newskg/ontology#"
DOC_IRI = "https://w3id.org/newskg/doc/" + DOC

HOSTILE = "<img src=x onerror=alert(1)>"
HOSTILE_ALIAS = "</script><script>alert(2)</script>"

# Used when the example article is not there (the graph still follows the contract).
_FALLBACK = [
    "Tehran, Purna Warta \u2013 Seorang anggota senior gerakan perlawanan Palestina Hamas mengatakan "
    "pemimpin politiknya Ismail Haniyeh berada di Iran untuk bertemu dengan Ayatullah Sayyid Ali Khamenei.",
    "Osama Hamdan, yang merupakan anggota politbiro Hamas dan perwakilan utamanya di Lebanon, mengatakan "
    "bahwa Haniyah telah melakukan perjalanan ke Tehean dan telah bertemu Ayatullah Khamenei, menurut Al Mayadeen.",
    "Haniyeh, yang berbasis di ibu kota Qatar, Doha, telah bertemu dengan Pemimpin di Tehran pada akhir Juni.",
]


def _sentences() -> list[tuple[int, str]]:
    """(begin offset, text) of each non-empty line of the article."""
    text = ARTICLE.read_text(encoding="utf-8") if ARTICLE.exists() else "\n".join(_FALLBACK)
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, line))
        pos += len(line) + 1
    return out


def sample_graph(*, hostile: bool = True) -> nx.MultiDiGraph:
    sents = _sentences()

    def find(needle: str, nth: int = 0, within: str = ""):
        """Evidence dict for the nth sentence containing *needle* (and *within*)."""
        seen = 0
        for begin, s in sents:
            i = s.find(needle)
            if within and within not in s:
                continue
            if i >= 0:
                if seen == nth:
                    return {"doc": DOC, "published": PUBLISHED, "sentence": s, "begin": begin,
                            "end": begin + len(s), "mention_begin": begin + i,
                            "mention_end": begin + i + len(needle)}
                seen += 1
        return None

    def evidence(*needles) -> str:
        evs = []
        for n in needles:
            n, nth, within = (n + (0, "")[len(n) - 1:] if isinstance(n, tuple) else (n, 0, ""))
            e = find(n, nth, within)
            if e is not None:
                evs.append(e)
        return json.dumps(evs, ensure_ascii=False)

    g = nx.MultiDiGraph()

    def entity(iri, label, typ, kind="", aliases="", wikidata="", geonames="", lat=None, lon=None, ev=()):
        attrs = dict(label=label, type=typ, kind=kind, aliases=aliases, wikidata=wikidata,
                     geonames=geonames, evidence=evidence(*ev))
        attrs["mentions"] = max(len(json.loads(attrs["evidence"])), 1)
        if lat is not None:
            attrs["lat"], attrs["lon"] = lat, lon
        g.add_node(ENT + iri, **attrs)
        return ENT + iri

    haniyeh = entity("person/ismail-haniyeh", "Ismail Haniyeh", "Person", "", "Haniyeh|Haniyah",
                     ev=("Ismail Haniyeh", "Haniyah", ("Haniyeh", 0, "ibu kota Qatar")))
    khamenei = entity("wd/Q57336", "Ali Khamenei", "Person", "",
                      "Ayatullah Sayyid Ali Khamenei|Ayatullah Khamenei|Pemimpin", wikidata="Q57336",
                      ev=("Ayatullah Sayyid Ali Khamenei", "Ayatullah Khamenei", ("Ayatullah Khamenei", 1)))
    hamdan = entity("person/osama-hamdan", "Osama Hamdan", "Person", "", "Hamdan",
                    ev=("Osama Hamdan", "Hamdan mengatakan"))
    hamas = entity("wd/Q38799", "Hamas", "Organization", "", "", wikidata="Q38799",
                   ev=("Hamas", ("Hamas", 1), ("Hamas", 2), ("Hamas", 3), ("Hamas", 4)))
    mayadeen = entity("organization/al-mayadeen", "Al Mayadeen", "Organization", "", "", ev=("Al Mayadeen",))
    poros = entity("organization/poros-perlawanan", "Poros Perlawanan", "Organization", "",
                   "Axis of Resistance", ev=("Poros Perlawanan", ("Poros Perlawanan", 1)))
    purna = entity("organization/purna-warta", "Purna Warta", "Organization", "", "", ev=("Purna Warta",))
    tehran = entity("wd/Q3616", "Teheran", "Place", "city", "Tehran|Tehean", wikidata="Q3616",
                    geonames="112931", lat=35.69439, lon=51.42151, ev=("Tehran", "Tehean", ("Tehran", 0, "akhir Juni")))
    iran = entity("wd/Q794", "Iran", "Place", "country", "", wikidata="Q794", geonames="130758",
                  lat=32.0, lon=53.0, ev=("Iran", ("Iran", 1)))
    lebanon = entity("wd/Q822", "Lebanon", "Place", "country", "Libanon", wikidata="Q822",
                     geonames="272103", lat=33.83333, lon=35.83333, ev=("Lebanon", ("Lebanon", 1)))
    qatar = entity("wd/Q846", "Qatar", "Place", "country", "Katar", wikidata="Q846", geonames="289688",
                   lat=25.5, lon=51.25, ev=("Qatar",))
    doha = entity("wd/Q3861", "Doha", "Place", "city", "", wikidata="Q3861", geonames="290030",
                  lat=25.28545, lon=51.53096, ev=("Doha",))
    israel = entity("wd/Q801", "Israel", "Place", "country", "", wikidata="Q801", geonames="294640",
                    lat=31.5, lon=34.75, ev=("Israel", ("Israel", 1)))
    gaza = entity("place/jalur-gaza", "Jalur Gaza", "Place", "region", "Gaza", ev=("Jalur Gaza", "Gaza sejak"))
    if hostile:
        bad = entity("organization/hostile", HOSTILE, "Organization", "", HOSTILE_ALIAS + "|Hostile Org")
        g.nodes[bad]["evidence"] = json.dumps([{
            "doc": "<b>doc</b>", "published": "2023-11-05", "sentence": "Kata " + HOSTILE + " dan " + HOSTILE_ALIAS + ".",
            "begin": 100, "end": 100 + len("Kata " + HOSTILE + " dan " + HOSTILE_ALIAS + "."),
            "mention_begin": 105, "mention_end": 105 + len(HOSTILE)}])
        g.nodes[bad]["mentions"] = 2

    def sentence_of(needle):
        e = find(needle)
        return e["sentence"] if e else ""

    def rel(u, v, pred, conf, extractor, needle):
        g.add_edge(u, v, key=pred, label=pred, iri=KG + pred, confidence=conf,
                   extractor="https://w3id.org/newskg/extractor/" + extractor, evidence=sentence_of(needle))

    rel(haniyeh, hamas, "leads", 0.9, "relations-role", "Ismail Haniyeh")
    rel(hamdan, hamas, "memberOf", 0.9, "relations-role", "Osama Hamdan")
    rel(hamdan, hamas, "representativeOf", 0.8, "relations-role", "Osama Hamdan")
    rel(hamdan, lebanon, "basedIn", 0.7, "relations-role", "Osama Hamdan")
    rel(haniyeh, doha, "basedIn", 0.8, "relations-role", "Haniyeh,")
    rel(doha, qatar, "capitalOf", 0.9, "relations-capital", "Doha")
    rel(hamas, gaza, "headquarteredIn", 0.8, "relations-role", "bermarkas")
    rel(iran, hamas, "supports", 0.8, "relations-support", "pendukung utama")
    rel(tehran, iran, "capitalOf", 0.9, "relations-capital", "Tehran")
    if hostile:
        rel(bad, hamas, "supports", 0.5, "relations-support", "pendukung utama")
        g.edges[bad, hamas, "supports"]["label"] = HOSTILE

    def event(n, kind, label, time, roles, cues):
        iri = DOC_IRI + f"/event/{kind.lower()}-{n}"
        ev = evidence(*cues)
        g.add_node(iri, label=label, type="Event", kind=kind, aliases="", wikidata="", geonames="",
                   time=time, mentions=max(len(json.loads(ev)), 1), evidence=ev)
        for role, target, needle in roles:
            g.add_edge(iri, target, key=role, label=role, iri=KG + role, confidence=0.8,
                       extractor="https://w3id.org/newskg/extractor/events-" + kind.lower(),
                       evidence=sentence_of(needle))
        return iri

    event(1, "Meeting", "Meeting: Ismail Haniyeh, Ali Khamenei", "2023-10-26/2023-11-04",
          [("participant", haniyeh, "bertemu dan berbicara"), ("participant", khamenei, "bertemu dan berbicara"),
           ("hasPlace", tehran, "Tehean")], ("bertemu dan berbicara", "bertemu dengan Pemimpin Revolusi"))
    event(1, "Travel", "Travel: Ismail Haniyeh \u2192 Teheran", "2023-10-26/2023-11-04",
          [("traveler", haniyeh, "perjalanan"), ("destination", tehran, "perjalanan")], ("perjalanan",))
    statement = event(1, "Statement", "Statement: Osama Hamdan", "2023-11-04",
                      [("speaker", hamdan, "Osama Hamdan"), ("source", mayadeen, "Al Mayadeen")], ("mengatakan pada hari Sabtu",))
    attack = event(1, "Attack", "Attack: Hamas \u2192 Israel", "2023-10-07",
                   [("agent", hamas, "melancarkan operasi"), ("target", israel, "melancarkan operasi")], ("melancarkan operasi",))
    campaign = event(1, "MilitaryCampaign", "MilitaryCampaign: Israel \u2192 Jalur Gaza", "",
                     [("agent", israel, "kampanye militer"), ("hasPlace", gaza, "kampanye militer")], ("kampanye militer",))
    g.add_edge(campaign, attack, key="triggeredBy", label="triggeredBy", iri=KG + "triggeredBy", confidence=0.7,
               extractor="https://w3id.org/newskg/extractor/events-links", evidence=sentence_of("memicu"))
    event(1, "CasualtyReport", "CasualtyReport: 9.488 tewas", "2023-11-04",
          [("hasPlace", gaza, "9.488")], ("tewas dalam serangan",))
    event(1, "Support", "Support: Poros Perlawanan \u2192 Hamas", "",
          [("agent", poros, "bangga atas dukungan"), ("beneficiary", hamas, "bangga atas dukungan")], ("dukungan",))
    del statement, purna
    return g


if __name__ == "__main__":  # pragma: no cover
    sys.path.insert(0, str(ROOT))
    from kg.export.html import write_html

    out = sys.argv[1] if len(sys.argv) > 1 else "view-sample.html"
    write_html(sample_graph(hostile="--hostile" in sys.argv), out, title="haniyeh-tehran.id (sample-like)")
    print(out)
