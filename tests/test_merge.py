"""One graph for a corpus: aliases merged across articles, one node per reported event."""
import json

import pyoxigraph as ox
import pytest

from kgtest import run_kg
from kg import merge

# Synthetic articles written for these tests. The same meeting, reported by two outlets a
# day apart; a third article about another meeting of one of them, weeks later.
ARTICLES = [
    {"id": "antara-1", "published": "2024-03-05", "url": "https://antara.example/berita/1",
     "text": "Menteri Luar Negeri Retno Marsudi bertemu dengan Menteri Luar Negeri Australia Penny Wong "
             "di Jakarta pada Selasa (5/3/2024). Keduanya membahas kerja sama maritim."},
    {"id": "kompas-1", "published": "2024-03-06", "url": "https://kompas.example/read/1",
     "text": "Menteri Luar Negeri Retno bertemu dengan Menteri Luar Negeri Australia Penny Wong di Jakarta "
             "pada Selasa (5/3/2024). Keduanya membahas kerja sama maritim."},
    {"id": "kompas-2", "published": "2024-04-20", "url": "https://kompas.example/read/2",
     "text": "Menteri Luar Negeri Retno Marsudi bertemu dengan Menteri Luar Negeri Jepang Yoko Kamikawa "
             "di Tokyo pada Sabtu (20/4/2024)."},
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("merge")
    feed = tmp / "feed.jsonl"
    feed.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    r = run_kg("build", feed, "-o", tmp / "out", "--formats", "ttl", "--store", tmp / "kgstore", "--jobs", "1")
    assert r.returncode == 0, r.stderr
    return tmp / "kgstore"


def _corpus(store):
    s = ox.Store.read_only(str(store))
    return merge.merge_store(s)


def _by_name(corpus, name):
    return [e for e in corpus.entities.values() if e.name == name or name in e.aliases]


def test_a_short_name_in_one_article_joins_the_full_name_of_another(store):
    corpus = _corpus(store)
    retno = _by_name(corpus, "Retno Marsudi")
    assert len(retno) == 1
    assert "Retno" in retno[0].aliases
    assert {d.rsplit("/", 1)[-1] for d in retno[0].docs} == {"antara-1", "kompas-1", "kompas-2"}


def test_the_same_meeting_reported_twice_is_one_event_citing_both_articles(store):
    corpus = _corpus(store)
    meetings = [e for e in corpus.events.values() if e.kind == "Meeting"]
    wong = [e for e in meetings if any("Wong" in corpus.entities[a].name for a in e.actors if a in corpus.entities)]
    assert len(wong) == 1
    assert {d.rsplit("/", 1)[-1] for d in wong[0].docs} == {"antara-1", "kompas-1"}
    assert len(wong[0].members) == 2
    tokyo = [e for e in meetings if any("Kamikawa" in corpus.entities[a].name
                                        for a in e.actors if a in corpus.entities)]
    assert len(tokyo) == 1 and {d.rsplit("/", 1)[-1] for d in tokyo[0].docs} == {"kompas-2"}


def test_events_far_apart_or_in_other_places_stay_apart():
    def ev(iri, doc, day, place, actor="e:a"):
        from datetime import date
        d = date(2024, 3, day)
        return merge.Event(iri, "Meeting", low=d, high=d, roles={("participant", actor)}, places={place},
                           docs={doc}, members=[iri])

    corpus = merge.Corpus({}, {}, {e.iri: e for e in [
        ev("ev:1", "d1", 5, "p:jakarta"), ev("ev:2", "d2", 6, "p:jakarta"),   # same meeting
        ev("ev:3", "d3", 20, "p:jakarta"),                                    # two weeks later
        ev("ev:4", "d4", 5, "p:tokyo"),                                       # elsewhere
        ev("ev:5", "d5", 5, "p:jakarta", actor="e:b"),                        # nobody in common
    ]}, set())
    groups = merge.event_merges(corpus, lambda x: x)
    assert groups == [["ev:1", "ev:2"]]


def test_merged_turtle_has_one_event_with_reported_in_per_article(store, tmp_path):
    out = tmp_path / "merged.ttl"
    r = run_kg("export", "--store", store, "--to", "merged", "-o", out)
    assert r.returncode == 0, r.stderr
    s = ox.Store()
    s.load(path=str(out), format=ox.RdfFormat.TURTLE)
    rows = list(s.query("""PREFIX kg: <https://w3id.org/newskg/ontology#>
        SELECT ?ev (COUNT(DISTINCT ?d) AS ?n) WHERE { ?ev a kg:Meeting ; kg:reportedIn ?d } GROUP BY ?ev"""))
    assert sorted(int(r["n"].value) for r in rows) == [1, 2]


def test_html_view_of_a_store_draws_the_merged_graph_with_date_and_source_filters(store, tmp_path):
    out = tmp_path / "corpus.html"
    r = run_kg("export", "--store", store, "--to", "html", "-o", out)
    assert r.returncode == 0, r.stderr
    page = out.read_text(encoding="utf-8")
    start = page.index('<script type="application/json" id="kg-data">') + len('<script type="application/json" id="kg-data">')
    data = json.loads(page[start:page.index("</script>", start)])
    retno = [n for n in data["nodes"] if n["label"] == "Retno Marsudi"]
    assert len(retno) == 1 and retno[0]["first"] == "2024-03-05" and retno[0]["last"] == "2024-04-20"
    assert set(retno[0]["sources"]) == {"antara.example", "kompas.example"}
    assert sum(1 for n in data["nodes"] if n["type"] == "Event" and n.get("kind") == "Meeting") == 2
    assert "kgCorpusFilter" in page and 'id="date-from"' not in page   # the inputs are made by the script
