"""Round 11: a visit received at a place, an inauguration of counted officials, officers
acting for their unit. Each rule on a short document written for the project."""
from datetime import date

from event_markup import actor_names, events_of, marked, place_names


def test_a_visit_received_at_a_palace_took_place_there(read_events):
    # "menyambut kunjungan X di Y": the visit's place is the phrase on the verb that takes it
    doc = read_events(marked(
        "[L BOGOR] - Presiden [P Joko Widodo] menyambut kunjungan resmi Presiden Palau [P Tommy Remengesau] "
        "di [L Istana Kepresidenan Bogor], Selasa (19/7/2022).", published=date(2022, 7, 19)))
    visit, = events_of(doc, "Travel")
    assert place_names(doc, visit) == ["Istana Kepresidenan Bogor"]


def test_an_inauguration_of_counted_officials_names_who_swore_them_in(read_events):
    doc = read_events(marked(
        "Menteri Dalam Negeri [P Hadi Santoso] melantik lima penjabat gubernur di "
        "[L Gedung Sasana Bhakti Praja], Kamis (12/5/2022).", published=date(2022, 5, 12)))
    inauguration, = events_of(doc, "Inauguration")
    assert actor_names(doc, inauguration, "agent") == {"Hadi Santoso"}


def test_officers_of_a_named_unit_act_for_it(read_events):
    doc = read_events(marked(
        "Petugas [O Satresnarkoba Polres Sukamaju] menangkap [P Rudi Hartono] di rumahnya, "
        "Rabu (5/6/2024).", published=date(2024, 6, 5)))
    arrest, = events_of(doc, "Arrest")
    assert actor_names(doc, arrest, "agent") == {"Satresnarkoba Polres Sukamaju"}
    assert actor_names(doc, arrest, "patient") == {"Rudi Hartono"}
