"""Time and number normalisation (stage 6) in Indonesian."""
from datetime import date
from decimal import Decimal

import pytest

from kg.lang.id import numbers, timex

REF = date(2023, 11, 5)


def _one(text, ref=REF, today=date(2026, 11, 26)):
    [t] = timex.find(text, ref=ref, today=today)
    return t


@pytest.mark.parametrize("text,value,earliest,latest", [
    ("pada hari Sabtu (4/11)", "2023-11-04", "2023-11-04", "2023-11-04"),
    ("sejak 7 Oktober", "2023-10-07", "2023-10-07", "2023-10-07"),
    ("pada 7 Oktober 2021", "2021-10-07", "2021-10-07", "2021-10-07"),
    ("akhir Juni", "2023-06", "2023-06-21", "2023-06-30"),
    ("awal Februari", "2023-02", "2023-02-01", "2023-02-10"),
    ("pertengahan Mei 2024", "2024-05", "2024-05-11", "2024-05-20"),
    ("pada Desember", "2022-12", "2022-12-01", "2022-12-31"),  # December after a November reference is last year's
    ("kemarin", "2023-11-04", "2023-11-04", "2023-11-04"),
    ("3 hari yang lalu", "2023-11-02", "2023-11-02", "2023-11-02"),
    ("tanggal 4/11/2023", "2023-11-04", "2023-11-04", "2023-11-04"),
    ("pada hari Sabtu", "2023-11-04", "2023-11-04", "2023-11-04"),
])
def test_dates_relative_to_publication(text, value, earliest, latest):
    t = _one(text)
    assert (t.value, str(t.earliest), str(t.latest)) == (value, earliest, latest)


def test_vague_phrases_are_ranges_without_a_single_value():
    t = _one("beberapa hari yang lalu")
    assert t.value is None and t.earliest < t.latest <= REF
    recent = _one("baru-baru ini")
    assert recent.earliest < t.earliest and recent.latest == REF


def test_weekday_that_contradicts_the_date_gives_no_value():
    assert _one("Senin (4/11)").value is None   # 4 Nov 2023 was a Saturday


def test_without_publication_date_the_weekday_fixes_the_year_and_says_so():
    t = _one("Sabtu (4/11)", ref=None)
    assert t.value == "2023-11-04" and t.year_inferred


def test_without_publication_date_no_year_is_invented():
    assert _one("7 Oktober", ref=None).value is None
    assert _one("akhir Juni", ref=None).value is None
    # 1 January was a Wednesday in 2020 and in 2025: two recent candidates, so no year
    assert _one("Rabu (1/1)", ref=None, today=date(2026, 11, 26)).value is None


def test_lowercase_minggu_means_week_not_sunday():
    assert timex.find("beberapa minggu setelah itu", ref=REF) == []


@pytest.mark.parametrize("text,value,currency", [
    ("1.400", 1400, None), ("9.488", 9488, None), ("3.900", 3900, None),
    ("2,7 Juta", 2_700_000, None), ("$1,2 Miliar", 1_200_000_000, "USD"),
    ("Rp 2,5 triliun", 2_500_000_000_000, "IDR"), ("1.250.000", 1_250_000, None),
    ("0,5", Decimal("0.5"), None), ("tiga", 3, None), ("12 ribu", 12000, None),
])
def test_indonesian_numbers(text, value, currency):
    [(start, end, got, cur)] = list(numbers.find(text))
    assert (got, cur) == (value, currency)
    assert text[start:end].strip() == text.strip()
