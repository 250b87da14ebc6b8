"""The lede's event told with no day takes the first day the article tells after the lede."""
from datetime import date

from kgtest import pipeline_doc

LEDE = ("PURWAKARTA - Kecelakaan tunggal bus pariwisata terjadi di Jalan Tol Cipularang, Kabupaten "
        "Purwakarta, menyebabkan dua orang tewas.\n\n")


def _accident_days(text, published):
    doc = pipeline_doc(text, published=published, use_model=True)
    return [[t.value for t in e.times] for e in doc.events if e.kind == "Accident"]


def test_an_undated_lede_event_happened_on_the_day_of_the_statement_after_it():
    days = _accident_days(LEDE + "\"Korban sudah dievakuasi,\" kata Kasat Lantas Polres Purwakarta AKP Budi "
                                 "Hartono, Sabtu (18/3/2017).", date(2017, 3, 18))
    assert days == [["2017-03-18"]]


def test_a_day_long_before_publication_is_not_the_lede_event_s_day():
    days = _accident_days(LEDE + "Jalan tol itu diresmikan pada Senin (3/3/2014).", date(2017, 3, 18))
    assert days == [[]]
