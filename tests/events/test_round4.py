"""Constructions of real news read in round 4, each on a short hand-written document:
a pair of names joined by a dash or slash, a person noun with the name after a comma,
a competition won, the place of the occasion an event was part of."""
from datetime import date

from event_markup import marked


def _events(doc, kind):
    return [e for e in doc.events if e.kind == kind]


def _names(doc, e, role):
    return {doc.entities[k].name for k in e.actors(role)}


def _places(doc, e):
    return [doc.entities[p].name for p in e.places]


def test_a_ticket_written_with_a_dash_is_two_winners(read_events):
    doc = read_events(marked(
        "[O KPU Kota Tegal] menetapkan pasangan [P Sari Anggraeni]-[P Budi Harsono] sebagai pemenang "
        "pemilihan wali kota, Kamis (6/3/2025).", published=date(2025, 3, 7)))
    election, = _events(doc, "Election")
    assert _names(doc, election, "winner") == {"Sari Anggraeni", "Budi Harsono"}


def test_a_doubles_pair_written_with_a_slash_plays_and_wins_together(read_events):
    doc = read_events(marked(
        "Ganda putri [L Indonesia], [P Lestari Handayani]/[P Nadia Rahmawati], menjuarai turnamen "
        "[O Thailand Masters] setelah mengalahkan wakil [L Jepang], [P Aiko Tanaka]/[P Yui Mori], "
        "di final yang digelar di [L Nimibutr Stadium], [L Bangkok], Minggu (2/2/2025).",
        published=date(2025, 2, 3)))
    match, = _events(doc, "SportsMatch")
    assert _names(doc, match, "participant") == {"Lestari Handayani", "Nadia Rahmawati", "Aiko Tanaka", "Yui Mori"}
    assert _names(doc, match, "winner") == {"Lestari Handayani", "Nadia Rahmawati"}
    assert _places(doc, match) == ["Nimibutr Stadium"]


def test_the_place_of_the_occasion_an_event_was_part_of(read_events):
    doc = read_events(marked(
        "[O DPRD Kabupaten Sleman] mengesahkan peraturan daerah tentang pajak di rapat paripurna "
        "yang digelar di [L Gedung DPRD Sleman], [L Sleman], Senin (10/2/2025).", published=date(2025, 2, 10)))
    decision, = _events(doc, "Decision")
    assert _places(doc, decision) == ["Gedung DPRD Sleman"]
