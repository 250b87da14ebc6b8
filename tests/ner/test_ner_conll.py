import pytest

from kg.errors import InputError
from kg.ner.conll import bio_to_spans, parse_conll, read_conll

SAMPLE = (
    "Menurut ADP O\r\n"
    "Haposan NOUN B-PER\r\n"
    "Siregar PROPN I-PER\r\n"
    ", PUNCT O\r\n"
    "\r\n"
    "Di ADP O\n"
    "PPP PROPN B-ORG\n"
    "Jakarta PROPN B-LOC\n"
    "\n\n"
)


def test_parse_sentences_tokens_pos_tags():
    sents = parse_conll(SAMPLE)
    assert len(sents) == 2
    assert sents[0].tokens == ["Menurut", "Haposan", "Siregar", ","]
    assert sents[0].pos == ["ADP", "NOUN", "PROPN", "PUNCT"]
    assert sents[0].tags == ["O", "B-PER", "I-PER", "O"]
    assert sents[1].line == 6
    assert sents[0].spans() == [(1, 3, "PER")]
    # two adjacent B- tags are two entities
    assert sents[1].spans() == [(1, 2, "ORG"), (2, 3, "LOC")]


def test_char_spans_slice_back_to_tokens():
    for sent in parse_conll(SAMPLE):
        text, offsets = sent.text_and_offsets()
        assert [text[s:e] for s, e in offsets] == sent.tokens
    sent = parse_conll(SAMPLE)[0]
    text, _ = sent.text_and_offsets()
    assert [(text[s:e], t) for s, e, t in sent.char_spans()] == [("Haposan Siregar", "PER")]


def test_bio_to_spans_lenient_cases():
    assert bio_to_spans([]) == []
    assert bio_to_spans(["O", "O"]) == []
    # an I- without a B- starts an entity; a type change inside I- splits it
    assert bio_to_spans(["I-PER", "I-PER", "I-ORG", "O", "B-LOC"]) == [
        (0, 2, "PER"), (2, 3, "ORG"), (4, 5, "LOC")]
    assert bio_to_spans(["B-PER", "B-PER", "I-PER"]) == [(0, 1, "PER"), (1, 3, "PER")]


def test_two_columns_and_docstart():
    sents = parse_conll("-DOCSTART- -X- O\n\nAnis B-PER\ndatang O\n")
    assert len(sents) == 1
    assert sents[0].pos == [None, None]
    assert sents[0].spans() == [(0, 1, "PER")]


def test_underscore_pos_is_unknown():
    sents = parse_conll("Anis\t_\tB-PER\ndatang\tVERB\tO\n")
    assert sents[0].pos == [None, "VERB"]
    assert sents[0].tokens == ["Anis", "datang"]


@pytest.mark.parametrize("bad", ["lonely\n", "Anis PROPN PERSON\n", "Anis PROPN X-PER\n"])
def test_malformed_lines_raise_input_error_with_line(bad):
    with pytest.raises(InputError, match=r":1:"):
        parse_conll(bad, "f.conll")


def test_read_conll_file_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_conll(tmp_path / "missing.conll")
    with pytest.raises(InputError, match="directory"):
        read_conll(tmp_path)
    p = tmp_path / "latin1.conll"
    p.write_bytes("Bogor\xe9 PROPN B-LOC\n".encode("latin-1"))
    with pytest.raises(InputError, match="UTF-8"):
        read_conll(p)
    p = tmp_path / "ok.conll"
    p.write_text(SAMPLE, encoding="utf-8")
    assert len(read_conll(p)) == 2


def test_shipped_corpus_reads():
    from pathlib import Path

    data = Path(__file__).resolve().parents[2] / "data" / "idner-news-2k"
    train = read_conll(data / "train.txt")
    dev = read_conll(data / "dev.txt")
    assert len(train) > 1000 and len(dev) > 300
    labels = {label for s in train + dev for *_, label in s.spans()}
    assert labels == {"PER", "ORG", "LOC"}
    assert (data / "LICENSE").is_file()
