import pytest

from kg.ner.conll import parse_conll
from kg.ner.evaluate import Counts, evaluate, format_table, score


def test_exact_span_and_type_match():
    gold = [[(0, 5, "Person"), (10, 17, "Place")],
            [(0, 3, "Organization")],
            []]
    pred = [[(0, 5, "Person"),          # correct
             (10, 17, "Organization")],  # right span, wrong type: FP Org + FN Place
            [(0, 4, "Organization")],    # wrong end: FP + FN
            [(2, 6, "Place")]]           # spurious: FP
    s = score(gold, pred)
    per, place, org = s.by_type["Person"], s.by_type["Place"], s.by_type["Organization"]
    assert (per.tp, per.fp, per.fn) == (1, 0, 0)
    assert (place.tp, place.fp, place.fn) == (0, 1, 1)
    assert (org.tp, org.fp, org.fn) == (0, 2, 1)
    m = s.micro
    assert (m.tp, m.fp, m.fn) == (1, 3, 2)
    assert m.precision == pytest.approx(1 / 4)
    assert m.recall == pytest.approx(1 / 3)
    assert m.f1 == pytest.approx(2 * (1 / 4) * (1 / 3) / (1 / 4 + 1 / 3))
    assert s.types() == ["Person", "Organization", "Place"]


def test_empty_counts_are_zero_not_errors():
    c = Counts()
    assert (c.precision, c.recall, c.f1) == (0.0, 0.0, 0.0)
    with pytest.raises(ValueError):
        score([[]], [])


def test_duplicates_count_once():
    s = score([[(0, 3, "Place")]], [[(0, 3, "Place"), (0, 3, "Place")]])
    assert s.micro.f1 == 1.0


def test_evaluate_maps_corpus_labels_and_filters_types():
    sents = parse_conll("Anis B-PER\nke O\nBogor B-LOC\n")
    # text is "Anis ke Bogor"
    s = evaluate(sents, lambda texts: [[(0, 4, "Person", 0.7), (8, 13, "Date")]],
                 types=["Person", "Place"])
    assert s.by_type["Person"].tp == 1
    assert s.by_type["Place"].fn == 1
    assert "Date" not in s.by_type


def test_format_table_is_aligned():
    a = score([[(0, 1, "Person"), (2, 3, "Place")]], [[(0, 1, "Person")]])
    b = score([[(0, 1, "Person"), (2, 3, "Place")]], [[(0, 1, "Person"), (2, 3, "Place")]])
    table = format_table({"model alone": a, "hybrid": b})
    lines = table.splitlines()
    assert lines[0].split() == ["model", "alone", "hybrid"]
    assert lines[1].split() == ["type", "gold", "P", "R", "F1", "P", "R", "F1"]
    rows = {line.split()[0]: line.split()[1:] for line in lines[2:]}
    assert list(rows) == ["Person", "Place", "micro"]
    assert rows["Place"] == ["1", "0.000", "0.000", "0.000", "1.000", "1.000", "1.000"]
    assert rows["micro"][:4] == ["2", "1.000", "0.500", "0.667"]
    # numbers line up in columns
    ends = {len(line) for line in lines[2:]}
    assert len(ends) == 1
