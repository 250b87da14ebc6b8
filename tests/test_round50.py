"""Shapes of real pages read in round 50; every text is written for its test (invented people, real
regions, bodies and outlets)."""
from datetime import date

from kgtest import events_of, names_typed, only_event, pipeline_doc, relation_triples, role_names


def _doc(text: str, day: date = date(2024, 3, 3)):
    return pipeline_doc(text, day, use_model=True)


# ------------------------------------------------------------------ entities

def test_a_national_body_named_in_two_words_then_a_city_is_that_city_s_office():
    doc = _doc("Petugas Bea Cukai Ternate menyita 12 kilogram sabu di Pelabuhan Ahmad Yani, Selasa (8/10/2024).",
               date(2024, 10, 9))
    assert "Bea Cukai Ternate" in names_typed(doc, "Organization")
    assert "Direktorat Jenderal Bea dan Cukai" not in names_typed(doc, "Organization")


def test_a_building_named_with_its_province_lies_in_it_and_is_known_without_it():
    doc = _doc("Gubernur menyerahkan penghargaan kepada para juara di Gedung Sate Jawa Barat, Kamis (4/7/2024). Jawa "
               "Barat menjadi tuan rumah lomba itu tahun depan.", date(2024, 7, 4))
    assert ("Gedung Sate Jawa Barat", "containedInPlace", "Jawa Barat") in relation_triples(doc)
    hall = next(e for e in doc.entities.values() if e.name == "Gedung Sate Jawa Barat")
    assert "Gedung Sate" in hall.aliases


def test_a_budget_is_no_body_and_the_body_it_belongs_to_stays():
    doc = _doc("Kejaksaan menemukan penyimpangan dana perjalanan dinas di APBD Pemkot Depok tahun anggaran 2016. "
               "Gubernur lalu menyerahkan RAPBD-P Pemerintah Provinsi Jambi TA 2021 kepada dewan, berikut Kebijakan "
               "Umum Anggaran (KUA) dan Prioritas Plafon Anggaran Sementara (PPAS).")
    assert {"Pemkot Depok", "Pemerintah Provinsi Jambi"} <= names_typed(doc, "Organization")
    assert not any(name.startswith(("APBD", "RAPBD", "Kebijakan", "Prioritas")) or name.endswith(" TA")
                   for name in names_typed(doc))


def test_a_year_after_a_region_is_no_part_of_its_name():
    doc = _doc("Fraksi menyoroti rendahnya serapan belanja modal dalam APBD Kota Banjarbaru 2022, Selasa (16/7/2024).",
               date(2024, 7, 16))
    assert not any("2022" in name for name in names_typed(doc))


def test_a_country_heading_a_run_its_bracketed_short_form_spells_is_part_of_the_body():
    doc = _doc("Sesi berikutnya membahas proyek jalan tol lintas batas Indonesia Malaysia Thailand Growth Triangle "
               "(IMT-GT) di Medan, Kamis (12/10/2023).", date(2023, 10, 12))
    assert "Indonesia Malaysia Thailand Growth Triangle" in names_typed(doc, "Organization")
    assert "Indonesia" not in names_typed(doc, "Place")


def test_an_outlet_alone_before_the_dash_is_the_outlet():
    doc = _doc("VIVA – Puluhan nelayan menggelar aksi di depan Kantor Bupati Pati, Rabu (4/6/2025).",
               date(2025, 6, 4))
    assert "VIVA" in names_typed(doc, "Organization")
    assert not {"VIVA", "Viva"} & names_typed(doc, "Place")


def test_a_form_of_state_opens_a_country_name_no_person():
    doc = _doc("Yang terakhir ialah Marcus Bell, Duta Besar LBBP Republik Kooperatif Guyana; serta Joseph Okello, Duta "
               "Besar LBBP Republik Uganda.")
    assert "Republik Kooperatif Guyana" in names_typed(doc, "Place")
    assert "Republik Kooperatif Guyana" not in names_typed(doc, "Person")


def test_a_title_cased_teaser_ending_in_an_exclamation_is_removed_whole():
    doc = _doc("Puluhan sopir angkot mogok di depan Terminal Leuwipanjang, Bandung, Senin (3/2/2025).\n"
               "Sardi bersama sopir lainnya meminta dinas menertibkan ojek yang mangkal di terminal.\n"
               "\"Setoran kami anjlok, penumpang habis,\" ucapnya.\n"
               "Baca Juga: Gawat! Sopir Angkot Ancam Mogok Massal: Kami Tak Mau Jadi Korban Tarif, Bukan Sapi Perah!\n"
               "Sardi juga bercerita soal penghasilannya selama 20 tahun menarik angkot.", date(2025, 2, 3))
    end = doc.text.index("Perah!")
    assert doc.is_removed(end, end + 1)
    assert not {"Sapi Perah", "Korban Tarif"} & names_typed(doc)


def test_the_state_word_before_a_country_is_no_part_of_its_name():
    doc = _doc("Menlu bertemu Menteri Pendayagunaan Aparatur Negara Jepang, Selasa (30/3/2021).", date(2021, 3, 30))
    assert "Jepang" in names_typed(doc, "Place")
    assert "Negara Jepang" not in names_typed(doc, "Place")


def test_english_residences_are_places():
    doc = _doc("Kedua pihak meneken perjanjian itu di The Mansion Residences, Kemayoran, Jakarta, Selasa (2/1/2024).",
               date(2024, 1, 2))
    assert "The Mansion Residences" in names_typed(doc, "Place")
    assert "The Mansion Residences" not in names_typed(doc, "Person")


def test_a_one_word_name_one_letter_from_a_known_person_s_is_not_that_person():
    doc = _doc("Dengan begitu, Wabup Kutai Barat Hamdam menjalankan tugas bupati sampai ada keputusan baru, Kamis "
               "(20/1/2022).", date(2022, 1, 20))
    person = next(e for e in doc.entities.values() if e.type == "Person")
    assert person.name == "Hamdam" and person.wikidata is None


# ------------------------------------------------------------------ relations

def test_in_a_list_of_items_ending_in_semicolons_each_title_is_the_name_s_before_it():
    doc = _doc("Duta besar yang diterima Presiden ialah: Rustam Karimov, Duta Besar LBBP Republik Uzbekistan; Somchai "
               "Wongsawat, Duta Besar LBBP Kerajaan Thailand; Nguyen Van Binh, Duta Besar LBBP Republik Sosialis "
               "Vietnam.")
    triples = relation_triples(doc)
    assert ("Rustam Karimov", "holdsPosition", "Republik Uzbekistan") in triples
    assert ("Somchai Wongsawat", "holdsPosition", "Kerajaan Thailand") in triples
    assert ("Somchai Wongsawat", "holdsPosition", "Republik Uzbekistan") not in triples


def test_a_body_written_by_its_head_word_alone_is_the_one_the_article_names():
    doc = _doc("Dewan Perwakilan Rakyat Daerah (DPRD) Provinsi Sulawesi Tengah mengesahkan dua perda, Jumat "
               "(8/8/2025). Dalam rapat itu hadir Wakil Ketua DPRD, Yusran Lamba.", date(2025, 8, 8))
    triples = relation_triples(doc)
    assert ("Yusran Lamba", "holdsPosition", "Dewan Perwakilan Rakyat Daerah Provinsi Sulawesi Tengah") in triples
    assert "DPRD" not in names_typed(doc, "Organization")


def test_a_malay_style_before_the_name_is_no_part_of_the_title_s_country():
    doc = _doc("Wakil Presiden menerima lawatan Perdana Menteri (PM) Malaysia Dato’ Sri Farid Hakim bin Yusof di "
               "Jakarta, Selasa (14/3/2023).", date(2023, 3, 14))
    assert ("Farid Hakim bin Yusof", "leads", "Malaysia") in relation_triples(doc)
    assert not any("Dato" in name for name in names_typed(doc, "Place"))


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


def test_a_party_congress_as_the_subject_is_where_it_elected():
    doc = _doc("Kongres VI Partai Amanat Nasional (PAN) di Kendari secara aklamasi menetapkan Bima Santoso sebagai "
               "ketua umum pada 24 Agustus 2025.", date(2025, 8, 25))
    election = only_event(doc, "Election")
    assert [doc.entities[k].name for k in election.places] == ["Kendari"]


def test_the_side_that_had_to_end_its_run_after_a_heavy_defeat_played_the_match():
    doc = _doc("Timnas U-23 Indonesia harus menyudahi perjalanan di ajang Piala AFF usai dibantai Vietnam 0-5, Sabtu "
               "(24/8/2024), di Stadion My Dinh, Hanoi.", date(2024, 8, 25))
    match = only_event(doc, "SportsMatch")
    assert "Timnas U-23 Indonesia" in role_names(doc, match, "participant")


def test_a_may_day_rally_guarded_by_the_police_is_a_protest_not_theirs_and_no_accident():
    doc = _doc("Kapolres Metro Bekasi, Kombes Dedi Suhendar, mengatakan pihaknya menerjunkan 1.200 personel gabungan "
               "untuk mengamankan aksi May Day yang berlangsung di depan Kantor Wali Kota Bekasi, Rabu (1/5/2024). "
               "Pasukan itu terdiri atas 900 anggota Polri dan 300 TNI.", date(2024, 5, 1))
    assert not events_of(doc, "Accident")
    rally = only_event(doc, "Protest")
    assert not role_names(doc, rally, "agent")


def test_taking_over_the_duties_of_a_post_is_no_acquisition():
    doc = _doc("Dengan begitu, Wabup Kutai Barat Hamdam mengambil alih tugas bupati sampai ada keputusan baru, Kamis "
               "(20/1/2022).", date(2022, 1, 20))
    assert not events_of(doc, "Acquisition")
