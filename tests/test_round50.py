"""Shapes of real pages read in round 50; every text is written for its test (invented people, real
regions, bodies and outlets)."""
from datetime import date

from kgtest import named_entities, only_event, pipeline_doc, role_names


def _doc(text: str, day: date = date(2024, 3, 3)):
    return pipeline_doc(text, day, use_model=True)


def _places(doc) -> set[str]:
    return {name for name, type_ in named_entities(doc) if type_ == "Place"}


def _bodies(doc) -> set[str]:
    return {name for name, type_ in named_entities(doc) if type_ == "Organization"}


def _names(doc) -> set[str]:
    return {name for name, _ in named_entities(doc)}


# ------------------------------------------------------------------ entities

def test_a_national_body_named_in_two_words_then_a_city_is_that_city_s_office():
    doc = _doc("Petugas Bea Cukai Ternate menyita 12 kilogram sabu di Pelabuhan Ahmad Yani, Selasa (8/10/2024).",
               date(2024, 10, 9))
    assert "Bea Cukai Ternate" in _bodies(doc)
    assert "Direktorat Jenderal Bea dan Cukai" not in _bodies(doc)


def test_a_building_then_its_regency_and_province_written_without_commas_are_three_places():
    doc = _doc("Bali United menang 3-1 di Stadion Dipta Gianyar Bali, Sabtu (5/3/2022). "
               "Pialanya diserahkan di Gedung Grahadi Jawa Timur.", date(2022, 3, 6))
    assert {"Stadion Dipta", "Gianyar", "Bali", "Gedung Grahadi", "Jawa Timur"} <= _places(doc)
    assert not any(name.startswith(("Stadion Dipta ", "Gedung Grahadi ")) for name in _places(doc))


def test_a_building_named_by_a_body_a_plain_word_or_its_town_keeps_the_town():
    doc = _doc("Rapat digelar di Gedung DPRD Jawa Timur, sedangkan Presiden berada di Istana Kepresidenan Bogor. "
               "Dua warga binaan Lapas Pemuda Tangerang ikut diperiksa. Atlet berlatih di Stadion "
               "Atletik Sports Authority of Thailand.")
    assert {"Gedung DPRD Jawa Timur", "Istana Kepresidenan Bogor", "Lapas Pemuda Tangerang"} <= _places(doc)
    assert "Stadion Atletik Sports Authority of Thailand" in _names(doc)


def test_a_budget_is_no_body_and_the_body_it_belongs_to_stays():
    doc = _doc("Kejaksaan menemukan penyimpangan dana perjalanan dinas di APBD Pemkot Depok tahun anggaran 2016. "
               "Gubernur lalu menyerahkan RAPBD-P Pemerintah Provinsi Jambi TA 2021 kepada dewan, berikut Kebijakan "
               "Umum Anggaran (KUA) dan Prioritas Plafon Anggaran Sementara (PPAS).")
    assert {"Pemkot Depok", "Pemerintah Provinsi Jambi"} <= _bodies(doc)
    assert not any(name.startswith(("APBD", "RAPBD", "Kebijakan", "Prioritas")) or name.endswith(" TA")
                   for name in _names(doc))


def test_a_year_after_a_region_is_no_part_of_its_name():
    doc = _doc("Fraksi menyoroti rendahnya serapan belanja modal dalam APBD Kota Banjarbaru 2022, Selasa (16/7/2024).",
               date(2024, 7, 16))
    assert not any("2022" in name for name in _names(doc))


# ------------------------------------------------------------------ events

def test_the_day_stamp_beats_a_date_told_of_another_thing():
    doc = _doc("Mendagri melantik Bupati Garut Asep Kurnia hasil pilkada serentak 9 Desember lalu, di Gedung Sate, "
               "Bandung, Jumat (26/2).", date(2021, 2, 26))
    sworn = only_event(doc, "Inauguration")
    assert [t.value for t in sworn.times] == ["2021-02-26"]


def test_who_chairs_a_swearing_in_swears_them_in():
    doc = _doc("Sebanyak 18 kepala desa resmi dilantik di Pendopo Kabupaten Blora, Senin (5/6/2023). Pelantikan 18 "
               "kepala desa tersebut dipimpin Bupati Blora, Arief Wibowo.", date(2023, 6, 5))
    sworn = only_event(doc, "Inauguration")
    assert role_names(doc, sworn, "agent") == {"Arief Wibowo"}


def test_who_chairs_a_session_takes_part_in_it():
    doc = _doc("Sidang paripurna DPRD Kabupaten Sigi tersebut dipimpin langsung Ketua DPRD Sigi, Rizal Malonda, Kamis "
               "(6/3/2025).", date(2025, 3, 6))
    meeting = only_event(doc, "Meeting")
    assert "Rizal Malonda" in role_names(doc, meeting, "participant")


def test_a_party_congress_is_the_party_s_meeting():
    doc = _doc("Partai Demokrat menggelar Kongres V di Jakarta Convention Center, Minggu (15/3/2020). Kongres itu "
               "menetapkan Bima Santoso sebagai ketua umum.", date(2020, 3, 15))
    meeting = only_event(doc, "Meeting")
    assert "Partai Demokrat" in role_names(doc, meeting, "participant")
