"""kg eval-events: scores per kind and role, strict score, planned events counted apart."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from kgtest import ROOT, run_kg  # noqa: E402

SAMPLE = ROOT / "tests" / "data" / "events-sample.jsonl"


def test_eval_events_scores_a_small_gold_file():
    r = run_kg("eval-events", SAMPLE, "-v")
    out = r.stdout.decode()
    assert r.returncode == 0, r.stderr.decode()
    rows = {line.split()[0]: line.split() for line in out.splitlines() if line.strip()}
    assert rows["Meeting"][1:4] == ["1.000", "1.000", "1.000"]
    assert rows["Arrest"][1:4] == ["1.000", "1.000", "1.000"]
    assert rows["participant"][3] == "1.000" and rows["patient"][3] == "1.000"
    assert "not_events reported as events (false positives): 0 of 1" in out


def test_a_reported_planned_event_is_a_false_positive(tmp_path):
    from kg.events.evaluate import EventScores, score_item
    from kg.model import Document, Entity, Event
    doc = Document(id="x", text="")
    for key, name in (("p:a", "Prabowo Subianto"), ("p:b", "Anwar Ibrahim")):
        doc.entities[key] = Entity(key, "Person", name)
    doc.events = [Event("meeting-1", "Meeting", roles=[("participant", "p:a"), ("participant", "p:b")])]
    item = json.loads(SAMPLE.read_text(encoding="utf-8").splitlines()[1])
    scores = EventScores()
    score_item(item, doc, scores)
    assert scores.not_events == 1
    assert scores.kinds["Meeting"].precision == 0.0


def test_bad_gold_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"text": "x"}\n', encoding="utf-8")
    r = run_kg("eval-events", bad)
    assert r.returncode == 2
    assert r.stderr.decode().startswith("Error: ") and "needs 'text' and 'events'" in r.stderr.decode()


def test_key_events_get_strict_and_loose_recall():
    from kg.events.evaluate import EventScores, report, score_item
    from kg.model import Document, Entity, Event
    doc = Document(id="x", text="")
    for key, name in (("p:a", "Prabowo Subianto"), ("p:b", "Anwar Ibrahim"), ("l:j", "Jakarta")):
        doc.entities[key] = Entity(key, "Place" if key == "l:j" else "Person", name)
    # the meeting is found with one of its two parties, the arrest not at all
    doc.events = [Event("meeting-1", "Meeting", roles=[("participant", "p:a")], places=["l:j"])]
    item = {"document": "art-1", "text": "", "not_events": [], "events": [
        {"kind": "Meeting", "key": True, "place": "Jakarta",
         "roles": {"participant": ["Prabowo Subianto", "Anwar Ibrahim"]}},
        {"kind": "Arrest", "key": True, "roles": {"patient": ["Budi Santoso"]}},
        {"kind": "Statement", "roles": {"speaker": ["Anwar Ibrahim"]}}]}
    scores = EventScores()
    score_item(item, doc, scores)
    assert (scores.key_gold, scores.key_loose, scores.key_strict) == (2, 1, 0)
    assert "key events: strict recall 0.000 (0/2), loose recall 0.500 (1/2)" in report(scores)
    # with both parties the meeting is found strictly
    doc.events[0].roles.append(("participant", "p:b"))
    scores = EventScores()
    score_item(item, doc, scores)
    assert scores.key_strict == 1
    assert "strict recall 0.500 (1/2)" in report(scores)


def test_no_key_line_without_key_events():
    from kg.events.evaluate import EventScores, report
    assert "key events" not in report(EventScores())
