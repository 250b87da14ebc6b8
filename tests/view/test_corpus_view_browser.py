"""The corpus view (kg export --store DIR --to html) in headless Chromium: the date-range
and source filters hide what no article in the range or from the source names."""
from datetime import date

from kg import merge
from kg.export.html import write_corpus_html


def _corpus():
    docs = {f"d{i}": merge.Doc(f"d{i}", f"d{i}", published, source)
            for i, (published, source) in enumerate([("2024-03-05", "antara"), ("2024-03-06", "kompas"),
                                                      ("2024-04-20", "kompas")])}
    ents = {
        "e:retno": merge.Entity("e:retno", "Person", "Retno Marsudi", docs={"d0", "d1", "d2"}, mentions=3),
        "e:wong": merge.Entity("e:wong", "Person", "Penny Wong", docs={"d0", "d1"}, mentions=2),
        "e:kamikawa": merge.Entity("e:kamikawa", "Person", "Yoko Kamikawa", docs={"d2"}, mentions=1),
    }
    day = date(2024, 4, 20)
    events = {"ev:tokyo": merge.Event("ev:tokyo", "Meeting", "Meeting: Retno Marsudi, Yoko Kamikawa", "2024-04-20",
                                      day, day, {("participant", "e:retno"), ("participant", "e:kamikawa")},
                                      set(), {"d2"}, [], ["ev:tokyo"])}
    return merge.Corpus(docs, ents, events, set())


def _hidden(view):
    return set(view.js("() => network.body.data.nodes.get().filter(n => n.hidden).map(n => n.id)"))


def test_date_range_and_source_filters(view, tmp_path):
    path = tmp_path / "corpus.html"
    write_corpus_html(merge.to_networkx(_corpus()), path, title="corpus")
    view.open(path)
    assert not view.page_errors and not view.console_errors
    assert view.page.input_value("#date-from") == "2024-03-05"
    assert view.page.input_value("#date-to") == "2024-04-20"
    assert view.page.locator("#source option").all_inner_texts() == ["all sources", "antara", "kompas"]
    assert _hidden(view) == set()

    view.page.fill("#date-to", "2024-03-31")
    view.page.dispatch_event("#date-to", "change")
    assert _hidden(view) == {"e:kamikawa", "ev:tokyo"}

    view.page.select_option("#source", "antara")
    assert _hidden(view) == {"e:kamikawa", "ev:tokyo"}
    view.page.fill("#date-to", "2024-04-30")
    view.page.dispatch_event("#date-to", "change")
    assert _hidden(view) == {"e:kamikawa", "ev:tokyo"}      # only kompas reported them
    view.page.select_option("#source", "")
    assert _hidden(view) == set()

    view.page.uncheck("#filters input[data-type=Event]")       # type filters still work with them
    assert _hidden(view) == {"ev:tokyo"}
