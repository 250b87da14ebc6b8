"""Shapes of real pages read in round 24: suspects counted and then named, an incident's spot told a few
sentences later, numbered lanes, defendants and witnesses named by one word, regional secretaries, wins
told by a noun, "kemarin" after a date; every text is written for its test (invented people, real regions)."""
from datetime import date

from kgtest import entities_of, event_places as _places, only_event, pipeline_doc, relation_triples, \
    role_names as _roles
from kg.lang.id import timex


def test_one_unnamed_suspect_named_in_the_next_sentence_is_the_one_charged():
    doc = pipeline_doc("Kejaksaan Negeri Garut menetapkan status tersangka kepada seorang bendahara desa. Dia adalah "
                       "Bendahara Desa Sukamaju, Ahmad Fadillah.", date(2025, 2, 5), use_model=True)
    assert _roles(doc, only_event(doc, "Charge"), "patient") == {"Ahmad Fadillah"}


def test_officials_counted_then_listed_with_kelimanya_are_the_ones_sworn_in():
    doc = pipeline_doc("Bupati Ciamis Herdiat Sunarya melantik lima pejabat eselon II di Pendopo Ciamis, Selasa "
                       "(4/2/2025). Kelimanya adalah Kepala Dinas Sosial Rina Marlina, Sekretaris DPRD Wawan "
                       "Setiawan, Kepala Dinas Perhubungan Dadang Rusmana, Kepala Dinas Pendidikan Endang Kurnia, dan "
                       "Kepala Dinas Kesehatan Yani Suryani.", date(2025, 2, 5), use_model=True)
    assert _roles(doc, only_event(doc, "Inauguration"), "patient") == {
        "Rina Marlina", "Wawan Setiawan", "Dadang Rusmana", "Endang Kurnia", "Yani Suryani"}


def test_the_incident_s_street_told_after_a_police_chief_confirms_it_is_its_place():
    doc = pipeline_doc("Bekasi - Sebuah rumah di Bekasi, Jawa Barat terbakar diduga akibat korsleting listrik.\n\n"
                       "Kapolsek Bantargebang Kompol Heru Wibisono mengonfirmasi kejadian itu kepada wartawan. Ia "
                       "mengatakan, peristiwa itu terjadi pada Senin (21/10/2024) petang di Jalan Melati 3, Kelurahan "
                       "Sumurbatu, Kecamatan Bantargebang, Bekasi.", date(2024, 10, 22),
                       use_model=True)
    assert "Jalan Melati 3" in _places(doc, only_event(doc, "Disaster"))


def test_houses_damaged_in_a_village_of_a_district_give_the_storm_the_village():
    doc = pipeline_doc("TEMANGGUNG - Belasan rumah di Desa Sidorejo, Kecamatan Kandangan rusak diterjang angin "
                       "puting beliung, Kamis (27/11) sore.", date(2014, 11, 28), use_model=True)
    assert _places(doc, only_event(doc, "Disaster")) == {"Desa Sidorejo"}


def test_a_numbered_lane_keeps_its_number_a_house_number_does_not():
    found = entities_of("Pelaku ditangkap di Jalan Haruman 5 pada Minggu (31/1). Rapat di Jl. Veteran 12/3 ditunda.")
    assert ("Jalan Haruman 5", "Place") in found
    assert not {n for n, _ in found if n.startswith("Jl. Veteran 12")}


def test_one_unknown_word_after_a_role_noun_or_before_selaku_is_a_person():
    found = entities_of("Hakim memvonis terdakwa Warsidi selama empat tahun. Fraksi gabungan diketuai oleh Marjuki. "
                        "Kapal tenggelam di perairan Kabupaten Bengkalis, Riau, Sadeli, selaku juru mudi, belum "
                        "ditemukan.")
    assert {("Warsidi", "Person"), ("Marjuki", "Person"), ("Sadeli", "Person")} <= found


def test_a_regional_secretary_holds_a_post_in_the_region_and_names_no_body():
    doc = pipeline_doc("Sekretaris Daerah (Sekda) Kabupaten Sukabumi Yosep Hermawan mengatakan kunjungan itu "
                       "penting.", date(2025, 1, 10), use_model=True)
    assert ("Yosep Hermawan", "holdsPosition", "Kabupaten Sukabumi") in relation_triples(doc)
    assert not [e for e in doc.entities.values() if e.type == "Organization" and "Sekda" in e.name]


def test_a_win_noun_with_the_side_beaten_and_a_score_is_a_match_won_by_the_clause_s_subject():
    doc = pipeline_doc("Timnas Indonesia memastikan kemenangan 2-0 atas Filipina pada laga terakhir fase grup.",
                       date(2024, 1, 20), use_model=True)
    match = only_event(doc, "SportsMatch")
    assert _roles(doc, match, "winner") == {"Timnas Indonesia"}
    assert "Filipina" in _roles(doc, match, "participant")


def test_a_pair_s_win_over_a_pair_names_both_winners():
    doc = pipeline_doc("Kemenangan Hendra Gunawan / Yoga Prasetyo atas Chen Wei Ming / Ong Kah Hoe dengan skor "
                       "21-15, 19-21, 21-12 memastikan gelar juara.", date(2020, 2, 17), use_model=True)
    match = only_event(doc, "SportsMatch")
    assert _roles(doc, match, "winner") == {"Hendra Gunawan", "Yoga Prasetyo"}
    assert {"Chen Wei Ming", "Ong Kah Hoe"} <= _roles(doc, match, "participant")


def test_a_win_over_a_rival_with_no_score_is_no_match():
    doc = pipeline_doc("Pengamat menilai kemenangan Surya Darmawan atas Budi Lestanto dalam pilkada sudah diduga.",
                       date(2024, 2, 20), use_model=True)
    assert not [e for e in doc.events if e.kind == "SportsMatch"]


def test_kemarin_after_a_date_says_the_date_is_past_not_yesterday():
    ref = date(2021, 8, 5)
    assert [t.value for t in timex.find("setelah dilantik 2 Agustus 2021 kemarin, dewan bekerja", ref=ref)] == ["2021-08-02"]
    assert [t.value for t in timex.find("pada Senin (2/8) kemarin", ref=ref)] == ["2021-08-02"]
    assert [t.value for t in timex.find("ditangkap kemarin sore", ref=ref)] == ["2021-08-04"]
