"""Relation readings of round 9 (precision and recall on real pages), each on a small document
written for these tests."""
from kgtest import pipeline_doc, relation_triples


def _doc(text):
    return pipeline_doc(text, use_model=True)


def _relations(text, former=False):
    return relation_triples(_doc(text), former)


# ---------------------------------------------------------------- a president's country
def test_a_decree_named_after_the_president_names_no_presidents_country():
    found = _relations("Presiden Joko Widodo meneken Keputusan Presiden RI Nomor 5 Tahun 2021 di Bogor.")
    assert not any(o == "Indonesia" for s, p, o in found)


def test_an_ordinal_between_the_title_and_the_country_is_no_part_of_the_unit():
    found = _relations("Presiden ke-8 RI Budi Santoso menerima tamu di Bogor. Ia didampingi Presiden ke-7 RI, "
                       "Joko Widodo.")
    assert ("Budi Santoso", "leads", "Indonesia") in found
    assert ("Joko Widodo", "leads", "Indonesia") in found
    assert not any("ke-" in o for s, p, o in found)
