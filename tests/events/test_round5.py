"""Constructions of real news read in round 5, each on a short hand-written document:
a match lost with "harus mengakui keunggulan", a party that elects its chair, the police
body a plain "polisi" stands for, an arrest told as "terjaring operasi tangkap tangan"."""
from datetime import date

from event_markup import events_of, actor_names, marked


def test_conceding_the_other_sides_superiority_is_a_match_lost(read_events):
    # "harus" is part of the phrase here, not a modality: the match was played
    doc = read_events(marked(
        "Tunggal putri [P Sekar Ayu Lestari] harus mengakui keunggulan pemain [L Jepang] [P Hana Mori] "
        "dengan skor 18-21, 19-21 di partai final, Minggu (6/4/2025).", published=date(2025, 4, 7)))
    match, = events_of(doc, "SportsMatch")
    assert actor_names(doc, match, "participant") == {"Sekar Ayu Lestari", "Hana Mori"}
    assert actor_names(doc, match, "winner") == {"Hana Mori"}


def test_a_party_elects_the_chair_named_in_the_sebagai_phrase(read_events):
    doc = read_events(marked(
        "Mantan menteri [P Kenta Aoyama] terpilih sebagai Ketua [O Partai Maju Bersama] dalam pemilihan "
        "internal partai, Sabtu (5/4/2025).", published=date(2025, 4, 6)))
    election, = events_of(doc, "Election")
    assert actor_names(doc, election, "winner") == {"Kenta Aoyama"}
    assert actor_names(doc, election, "agent") == {"Partai Maju Bersama"}


def test_a_region_in_the_sebagai_phrase_does_not_elect(read_events):
    doc = read_events(marked(
        "[P Wulan Sari] terpilih sebagai Gubernur [L Jawa Tengah], Rabu (9/4/2025).", published=date(2025, 4, 10)))
    election, = events_of(doc, "Election")
    assert actor_names(doc, election, "agent") == set()


def test_the_police_is_the_police_body_the_article_names(read_events):
    # the unit in the speaker's title ("Satlantas Polres X") counts as the Polres named
    doc = read_events(marked(
        "Kasat Lantas [O Polres Majalengka] AKP [P Rina Susanti] mengatakan sopir bus mengantuk. Rina "
        "menyebut polisi telah menetapkan [P Dadang Supriadi] sebagai tersangka pada Senin pagi.",
        published=date(2025, 4, 8)))
    charge, = events_of(doc, "Charge")
    assert actor_names(doc, charge, "agent") == {"Polres Majalengka"}
    assert actor_names(doc, charge, "patient") == {"Dadang Supriadi"}


def test_the_prosecutors_demand_names_no_body_as_the_one_charged(read_events):
    doc = read_events(marked(
        "[O Kejaksaan Negeri Bantul] menahan [P Joko Purnomo]. Vonis itu lebih ringan dari tuntutan jaksa.",
        published=date(2025, 4, 8)))
    assert all("Kejaksaan Negeri Bantul" not in actor_names(doc, e, "patient") for e in events_of(doc, "Charge"))


def test_caught_in_a_sting_operation_is_an_arrest(read_events):
    doc = read_events(marked(
        "Bupati [P Rudi Hartono] terjaring operasi tangkap tangan [O KPK] di [L Medan], Selasa (11/3/2025).",
        published=date(2025, 3, 12)))
    arrest, = events_of(doc, "Arrest")
    assert "Rudi Hartono" in actor_names(doc, arrest, "patient")
