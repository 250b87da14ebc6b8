"""Round 11: a visit received at a place, an inauguration of counted officials, officers
acting for their unit. Each rule on a short document written for the project."""
from datetime import date

from event_markup import actor_names, events_of, marked, place_names


def test_a_visit_received_at_a_palace_took_place_there(read_events):
    # "menyambut kunjungan X di Y": the visit's place is the phrase on the verb that takes it (a
    # regression guard: on this text the tree already hangs the phrase where the rule looks)
    doc = read_events(marked(
        "[L BOGOR] - Presiden [P Suryo Atmojo] menyambut kunjungan kenegaraan Perdana Menteri Fiji "
        "[P Sitiveni Naulu] di [L Istana Kepresidenan Bogor], Kamis (3/4/2025).", published=date(2025, 4, 3)))
    visit, = events_of(doc, "Travel")
    assert place_names(doc, visit) == ["Istana Kepresidenan Bogor"]


def test_an_inauguration_of_counted_officials_names_who_swore_them_in(read_events):
    doc = read_events(marked(
        "Gubernur Jawa Tengah [P Hadi Santoso] melantik tiga penjabat bupati di "
        "[L Gedung Gradhika Bhakti Praja], Senin (9/6/2025).", published=date(2025, 6, 9)))
    inauguration, = events_of(doc, "Inauguration")
    assert actor_names(doc, inauguration, "agent") == {"Hadi Santoso"}


def test_officers_of_a_named_unit_act_for_it(read_events):
    doc = read_events(marked(
        "Petugas [O Satresnarkoba Polres Sukamaju] menangkap [P Rudi Hartono] di rumahnya, "
        "Rabu (5/6/2024).", published=date(2024, 6, 5)))
    arrest, = events_of(doc, "Arrest")
    assert actor_names(doc, arrest, "agent") == {"Satresnarkoba Polres Sukamaju"}
    assert actor_names(doc, arrest, "patient") == {"Rudi Hartono"}
