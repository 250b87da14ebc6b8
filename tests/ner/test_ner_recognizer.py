import json

import pytest

from kg.errors import ModelError
from kg.model import ENTITY_TYPES
from kg.ner import recognizer
from kg.ner.recognizer import predict, predict_many

# Sentences written for these tests (not from the corpus).
SENTENCES = {
    "Presiden Joko Widodo meresmikan jembatan baru di Surabaya pada hari Senin.":
        [("Joko Widodo", "Person"), ("Surabaya", "Place")],
    "Menurut Budi Santoso, Kementerian Keuangan akan membuka kantor cabang di Medan.":
        [("Budi Santoso", "Person"), ("Kementerian Keuangan", "Organization"),
         ("Medan", "Place")],
}


def check_entities(text, ents):
    """Every entity is well formed: offsets inside text, not empty, valid type."""
    for start, end, typ, conf in ents:
        assert 0 <= start < end <= len(text)
        assert text[start:end].strip() == text[start:end]
        assert typ in ENTITY_TYPES
        assert 0.0 < conf <= 1.0


def test_model_loads_once_and_is_small(shipped_model_dir):
    nlp = recognizer.load()
    assert nlp is recognizer.load()
    assert "ner" in nlp.pipe_names
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC"}
    size = sum(p.stat().st_size for p in shipped_model_dir.rglob("*") if p.is_file())
    assert size <= 15 * 1024 * 1024


@pytest.mark.parametrize("text", list(SENTENCES))
def test_predicts_sensible_entities(text):
    ents = predict(text)
    check_entities(text, ents)
    found = {(text[s:e], t) for s, e, t, _ in ents}
    for expected in SENTENCES[text]:
        assert expected in found, (expected, found)


def test_predict_many_equals_predict_and_keeps_order():
    texts = list(SENTENCES) + ["", "tidak ada nama di sini"] + list(SENTENCES)[::-1]
    many = predict_many(iter(texts))      # any iterable, consumed once
    assert len(many) == len(texts)
    assert many == [predict(t) for t in texts]
    assert many[2] == []


def test_confidence_is_the_recorded_dev_precision(shipped_model_dir):
    meta = json.loads((shipped_model_dir / "meta.json").read_text())
    recorded = meta["newskg"]["confidence"]
    assert set(recorded) == set(ENTITY_TYPES)
    assert recognizer.confidences() == recorded
    seen = 0
    for text in SENTENCES:
        for _, _, typ, conf in predict(text):
            assert conf == recorded[typ]
            seen += 1
    assert seen


def test_offsets_survive_line_splitting():
    line = "Menurut Budi Santoso, Kementerian Keuangan akan membuka kantor cabang di Medan."
    text = "\n\n  \n" + line + "\r\n" + "!!! 123 ...\n" + line
    ents = predict(text)
    check_entities(text, ents)
    second = text.rindex(line)
    assert [(text[s:e], t) for s, e, t, _ in ents if s >= second] == \
        [(line[s:e], t) for s, e, t, _ in predict(line)]


@pytest.mark.parametrize("text", [
    "",
    " ",
    "\n\n\n",
    "12345 678,90 -- !!! ??? (3/11) 2023",          # no letters
    "x" * 5000,                                     # one 5,000-character token
    "Jokowi " + "A" * 5000 + " berkunjung ke Bandung.",
    "Presiden 😀🇮🇩 Joko Widodo 👍 tiba di Jakarta 🎉.",  # emoji
    "قال الرئيس محمود عباس في رام الله",              # Arabic (RTL)
    "ראש הממשלה בנימין נתניהו ביקר בירושלים",         # Hebrew (RTL)
    "Menteri Retno Marsudi bertemu \u202eعباس\u202c di Ramallah.",  # bidi controls
    "\x00\x01\ufeff\u200b zero width \u200d joiner",
    "\ud800 lone surrogate",
])
def test_robust_to_odd_input(text):
    ents = predict(text)
    check_entities(text, ents)


def test_long_input_is_processed_in_pieces(monkeypatch):
    monkeypatch.setattr(recognizer, "MAX_CHUNK", 1000)
    sentence = "Presiden Joko Widodo meresmikan jembatan baru di Surabaya pada hari Senin. "
    text = sentence * 200                           # 15,000 chars on one line
    seen = []
    real_pieces = recognizer._pieces

    def spy(t):
        for offset, piece in real_pieces(t):
            assert t[offset:offset + len(piece)] == piece
            seen.append(len(piece))
            yield offset, piece

    monkeypatch.setattr(recognizer, "_pieces", spy)
    ents = predict(text)
    check_entities(text, ents)
    assert max(seen) <= 1000 and sum(seen) == len(text)
    # pieces are cut at whitespace, so most sentences keep their person
    assert sum(1 for s, e, t, _ in ents if text[s:e] == "Joko Widodo") >= 180


def test_rejects_non_strings():
    with pytest.raises(TypeError):
        predict(None)
    with pytest.raises(TypeError):
        predict_many(["ok", 3])


# --- missing and corrupt models -------------------------------------------------

def test_missing_model_raises_model_error(tmp_path):
    with pytest.raises(ModelError, match="kg train-ner") as err:
        predict("Joko Widodo", model_dir=tmp_path / "nowhere")
    assert "missing" in str(err.value)
    assert "\n" not in str(err.value)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ModelError, match="kg train-ner"):
        recognizer.load(empty)


def test_corrupt_weights_raise_model_error(model_copy):
    (model_copy / "ner" / "model").write_bytes(b"\x00garbage" * 100)
    with pytest.raises(ModelError, match="corrupt.*kg train-ner") as err:
        predict("Joko Widodo di Jakarta", model_dir=model_copy)
    assert "\n" not in str(err.value)


def test_truncated_weights_raise_model_error(model_copy):
    data = (model_copy / "tok2vec" / "model").read_bytes()
    (model_copy / "tok2vec" / "model").write_bytes(data[: len(data) // 2])
    with pytest.raises(ModelError, match="kg train-ner"):
        recognizer.load(model_copy)


def test_corrupt_config_or_meta_raise_model_error(model_copy, tmp_path):
    (model_copy / "meta.json").write_text("{not json")
    with pytest.raises(ModelError, match="meta.json"):
        recognizer.load(model_copy)
    other = tmp_path / "other"
    import shutil
    shutil.copytree(recognizer.MODEL_DIR, other)
    (other / "config.cfg").write_text("[nlp]\nlang = \"id\"\npipeline = [\"nonsense\"]\n")
    with pytest.raises(ModelError, match="kg train-ner"):
        recognizer.load(other)


def test_model_without_ner_raises_model_error(tmp_path):
    import spacy
    spacy.blank("id").to_disk(tmp_path / "blank")
    with pytest.raises(ModelError, match="no 'ner'"):
        recognizer.load(tmp_path / "blank")


def test_meta_without_confidence_uses_default(model_copy):
    meta = json.loads((model_copy / "meta.json").read_text())
    meta.pop("newskg", None)
    (model_copy / "meta.json").write_text(json.dumps(meta))
    ents = predict(list(SENTENCES)[0], model_dir=model_copy)
    assert ents and {c for *_, c in ents} == {recognizer.DEFAULT_CONFIDENCE}


def test_batching_does_not_change_results():
    texts = list(SENTENCES) * 3 + ["Bandung\nJakarta"]
    assert predict_many(texts, batch_size=1) == predict_many(texts, batch_size=64)


def test_memory_is_bounded_for_one_long_line():
    import tracemalloc

    recognizer.load()
    text = "Presiden Joko Widodo meresmikan jembatan baru di Surabaya pada hari Senin. " * 4000
    tracemalloc.start()
    try:
        ents = predict(text)                       # 300,000 characters, no line break
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(ents) >= 7000
    # one batch of ~20,000 characters at a time: tens of MiB, not GiB
    assert peak < 150 * 2**20, peak / 2**20
