"""Shapes of real pages read in round 45; every text is written for its test (invented people, real
regions, bodies and outlets)."""
from datetime import date

from kgtest import event_places, named_entities, only_event, pipeline_doc, role_names


def _doc(text: str, day: date = date(2024, 3, 3)):
    return pipeline_doc(text, day, use_model=True)


# ------------------------------------------------------------------ datelines

def test_an_outlet_closed_by_a_news_word_in_a_capitals_dateline_is_no_place():
    doc = _doc("CIREBON EKSPRES – Bupati Cirebon Rahmat Hidayat menyambut rombongan Gubernur Jawa Barat di Pendopo "
               "Bupati, Sabtu (2/3/2024).")
    assert ("Cirebon Ekspres", "Place") not in named_entities(doc)
    assert all("Ekspres" not in name for name in event_places(doc, only_event(doc, "Meeting")))


# ------------------------------------------------------------------ places of events

def test_a_place_told_by_an_earlier_relative_clause_of_those_sworn_in_is_not_where_they_were_sworn_in():
    doc = _doc("Presiden Joko Widodo melantik lima duta besar yang telah menjalani uji kelayakan di DPR.")
    assert not event_places(doc, only_event(doc, "Inauguration"))


def test_where_those_arrested_work_is_where_they_were_arrested():
    doc = _doc("Petugas Kantor Imigrasi Kelas II Sukabumi menangkap 12 pekerja asing yang bekerja di pabrik sepatu di "
               "Desa Sukamaju, Jumat (1/3/2024).")
    assert event_places(doc, only_event(doc, "Arrest")) == {"Desa Sukamaju"}


# ------------------------------------------------------------------ arrests: who was caught

def test_those_who_berhasil_dibekuk_are_the_ones_arrested_and_named_after():
    doc = _doc("Empat orang pelaku berhasil dibekuk petugas di Jalan Merdeka, Kamis (29/2/2024). Keempatnya adalah "
               "Dedi Kurniawan, Surya Atmaja, Bima Sakti dan Rahmat Hidayat.")
    patients = role_names(doc, only_event(doc, "Arrest"), "patient")
    assert {"Dedi Kurniawan", "Surya Atmaja", "Bima Sakti", "Rahmat Hidayat"} <= patients


def test_a_count_written_in_digits_after_sebanyak_counts_the_ones_named_after():
    doc = _doc("Sebanyak 3 orang kurir sabu ditangkap polisi di Lubuk Pakam, Kamis (29/2/2024). Ketiganya adalah "
               "Dedi Kurniawan, Surya Atmaja dan Bima Sakti.")
    patients = role_names(doc, only_event(doc, "Arrest"), "patient")
    assert patients == {"Dedi Kurniawan", "Surya Atmaja", "Bima Sakti"}
