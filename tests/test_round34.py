"""Shapes of real pages read in round 34; every text is written for its test (invented people, real
regions and outlets)."""
from datetime import date

from kgtest import event_places, events_of, named_entities, pipeline_doc, relation_triples
from kgtest import role_names as _roles


def _doc(text: str, day: date = date(2024, 8, 14)):
    return pipeline_doc(text, day, use_model=True)


# ------------------------------------------------------------------ entities

def test_an_abbreviated_muhammad_with_its_full_stop_opens_the_name():
    doc = _doc("Di tunggal putra, Moh. Rizal Fahrezi menang atas rekan senegaranya dua gim langsung.")
    assert ("Moh. Rizal Fahrezi", "Person") in named_entities(doc)


def test_a_person_the_model_reads_inside_a_body_s_name_does_not_end_in_a_common_noun():
    doc = _doc("Sekretaris Badan Pengawas Perdagangan Berjangka Komoditi (Bappebti) Dodi Kusnadi meninjau gudang.")
    found = named_entities(doc)
    assert ("Badan Pengawas Perdagangan Berjangka Komoditi", "Organization") in found
    assert {n for n, t in found if t == "Person"} == {"Dodi Kusnadi"}


def test_the_title_of_a_regulation_tax_or_report_names_no_body():
    doc = _doc("Paripurna menyetujui Peraturan Pemerintah Pengganti Undang-Undang tentang Cipta Kerja. Pajak "
               "Pertambahan Nilai kini naik, dan Bupati Sleman belum melapor Laporan Harta Kekayaan Penyelenggara "
               "Negara ke KPK.")
    orgs = {n for n, t in named_entities(doc) if t == "Organization"}
    assert not any(w in o for o in orgs for w in ("Pemerintah Pengganti", "Pajak", "Laporan"))


def test_rooms_ballrooms_housing_estates_and_prisons_are_places_whole():
    doc = _doc("Beasiswa diserahkan di Ruang Cendana Setda Klaten. Rapat digelar di Ballroom Hotel Sahid Kendari. "
               "Laga berlangsung di Stadion Bumi Kartini. Banjir merendam Perumnas Griya Asri Cibinong. Ia ditahan "
               "di Lembaga Pemasyarakatan Kelas IIA Ambon.")
    places = {n for n, t in named_entities(doc) if t == "Place"}
    assert {"Ruang Cendana Setda Klaten", "Ballroom Hotel Sahid Kendari",
            "Perumnas Griya Asri Cibinong", "Lembaga Pemasyarakatan Kelas IIA Ambon"} <= places


def test_a_port_authority_keeps_its_grade_and_zakat_and_port_offices_are_based_in_their_town():
    doc = _doc("Kepala KSOP Kelas III Tobelo Arif Santoso mengatakan bantuan disalurkan lewat Baznas Halmahera "
               "Utara.")
    triples = relation_triples(doc)
    assert ("Arif Santoso", "leads", "KSOP Kelas III Tobelo") in triples
    assert ("KSOP Kelas III Tobelo", "basedIn", "Tobelo") in triples
    assert ("Baznas Halmahera Utara", "basedIn", "Halmahera Utara") in triples


# ------------------------------------------------------------------ events

def test_a_signing_set_at_a_building_paragraphs_later_took_place_there():
    doc = _doc("Jakarta, contohberita.com - Kementerian Perdagangan dan PT Sumber Niaga Abadi menandatangani nota "
               "kesepahaman, Selasa (13/8/2024). Kerja sama ini berlaku lima tahun. Nilainya belum diumumkan. "
               "Penandatanganan hari ini berlangsung di Aula Utama Kementerian Perdagangan, Jakarta Pusat.")
    signing, = events_of(doc, "Agreement")
    assert "Aula Utama Kementerian Perdagangan" in event_places(doc, signing)


def test_a_hand_over_ceremony_sets_the_place_of_the_aid_told_before():
    doc = _doc("Bupati Seluma, Rahmat Hidayat, menyerahkan lima unit ambulans baru kepada lima puskesmas di "
               "Kabupaten Seluma. Prosesi serah terima ambulans berlangsung di Gedung Dinas Kesehatan Seluma, pada "
               "Senin, 12 Agustus 2024, sore ini.")
    aid, = events_of(doc, "Aid")
    assert "Gedung Dinas Kesehatan Seluma" in event_places(doc, aid)


def test_a_match_won_by_the_side_named_after_oleh_and_one_won_by_the_other_are_two_matches():
    doc = _doc("Partai yang mempertemukan PSIS Semarang dan tamunya Persik Kediri dimenangkan oleh PSIS "
               "Semarang dengan skor 2-1, Sabtu (10/8/2024). Pada musim lalu PSIS Semarang kalah dari Persik Kediri.")
    matches = events_of(doc, "SportsMatch")
    assert {frozenset(_roles(doc, m, "winner")) for m in matches} == {frozenset({"PSIS Semarang"}),
                                                                        frozenset({"Persik Kediri"})}
    first = next(m for m in matches if _roles(doc, m, "winner") == {"PSIS Semarang"})
    assert _roles(doc, first, "participant") == {"PSIS Semarang", "Persik Kediri"}


def test_a_lede_that_only_sets_the_scene_gives_its_ground_to_the_match_told_next():
    doc = _doc("Bandung, contohberita.com - Derbi digelar pada Sabtu (10/8/2024) di Stadion Si Jalak Harupat. "
               "Persib Bandung mengalahkan Persikabo 1973 dengan skor 3-0.")
    match, = events_of(doc, "SportsMatch")
    assert event_places(doc, match) == {"Stadion Si Jalak Harupat"}


def test_initials_with_an_age_after_a_comma_are_people():
    doc = _doc("Polisi membekuk dua pencuri spesialis rumah kosong, RK, 31 dan T, 27 yang beraksi di Bantul.")
    assert {"RK", "T"} <= {n for n, t in named_entities(doc) if t == "Person"}


def test_a_long_body_s_name_runs_on_to_its_short_form_in_brackets():
    doc = _doc("Dua ratus mahasiswa dari Aliansi Mahasiswa Peduli Rancangan Undang-undang Perampasan "
               "Aset (AMPRUPA) berunjuk rasa di halaman Gedung DPR/MPR RI, Senin (12/8/2024).")
    found = named_entities(doc)
    assert ("Aliansi Mahasiswa Peduli Rancangan Undang-undang Perampasan Aset", "Organization") in found
    assert ("Gedung DPR/MPR RI", "Place") in found


def test_a_body_written_after_a_title_ends_in_its_town_and_its_director_heads_an_academy():
    doc = _doc("Direktur Akademi Komunitas Negeri Rembang Sulastri Wibowo turut dilantik.")
    assert ("Sulastri Wibowo", "leads", "Akademi Komunitas Negeri Rembang") in relation_triples(doc)


def test_a_misspelt_ministry_from_a_title_is_the_ministry_the_article_names():
    doc = _doc("Menteri Luar Negri Rina Kusumawati menerima tamunya. Menteri Luar Negeri (Menlu) RI Rina Kusumawati "
               "menyambut Menteri Pertahanan Amerika Serikat di kantor Kementerian Luar Negeri RI.")
    assert [o for s, p, o in relation_triples(doc) if p == "leads"] == ["Kementerian Luar Negeri RI"]


def test_a_clause_opened_by_a_time_mark_is_about_the_one_named_after_its_comma():
    doc = _doc("Usai ditangkap di rumahnya, Kepala Desa Sukamulya Darto Wiyono langsung dibawa ke Mapolres Garut.")
    arrest, = events_of(doc, "Arrest")
    assert _roles(doc, arrest, "patient") == {"Darto Wiyono"}


def test_a_lede_that_tells_no_event_leaves_the_dateline_to_the_next_sentence_of_its_paragraph():
    doc = _doc("SEMARANG - Teka-teki pimpinan kampus itu akhirnya terjawab. Gubernur Jawa Tengah Bambang Wicaksono "
               "kemarin melantik Suryo Hadinoto sebagai rektor.")
    inauguration, = events_of(doc, "Inauguration")
    assert event_places(doc, inauguration) == {"Semarang"}


def test_a_street_whose_name_ends_in_its_town_is_also_known_without_it():
    doc = _doc("Warga Mamuju berkumpul. Unjuk rasa digelar di Jl. Ahmad Yani Mamuju, Kamis (8/8/2024).")
    protest, = events_of(doc, "Protest")
    street = next(k for k in protest.places)
    assert "Jl. Ahmad Yani" in doc.entities[street].aliases


def test_an_abbreviated_muhammad_opens_a_name_the_model_does_not_know():
    doc = _doc("Akhir pekan lalu giliran Muh. Arfan Tasrifuddin terpilih secara aklamasi.")
    assert ("Muh. Arfan Tasrifuddin", "Person") in named_entities(doc)


def test_a_village_head_s_name_after_the_village_is_a_person():
    doc = _doc("Kepala Desa Sukamulya Darto Wiyono membenarkan kejadian itu.")
    assert ("Darto Wiyono", "Person") in named_entities(doc)


def test_a_police_rank_written_without_polisi_ends_the_unit_s_name():
    doc = _doc("Kepala Satuan Reserse Kriminal Kepolisian Resor Kendal Ajun Komisaris Hendro Saputro mengatakan "
               "pelaku diperiksa.")
    orgs = {n for n, t in named_entities(doc) if t == "Organization"}
    assert "Kepolisian Resor Kendal" in orgs and not any("Ajun" in o for o in orgs)


def test_a_date_written_in_full_wins_over_a_wrong_weekday():
    doc = _doc("Aksi mogok pengemudi ojek di Jalan Pemuda, Klaten, sempat diwarnai ketegangan, Senin "
               "(4/8/2024).")   # 4 August 2024 was a Sunday
    strike, = events_of(doc, "Strike")
    assert [t.value for t in strike.times] == ["2024-08-04"]


def test_two_leaders_who_go_on_with_a_bilateral_meeting_met():
    doc = _doc("Usai jamuan, Presiden Prabowo Subianto dan Perdana Menteri Anwar Ibrahim kemudian melanjutkan "
               "pertemuan bilateral tentang kerja sama perbatasan.")
    meeting, = events_of(doc, "Meeting")
    assert _roles(doc, meeting, "participant") == {"Prabowo Subianto", "Anwar Ibrahim"}


def test_people_counted_in_jiwa_or_families_are_no_deaths():
    doc = _doc("Banjir bandang merendam Desa Sukamaju, Senin (12/8/2024). Sebanyak 472 jiwa menjadi korban banjir "
               "dan kebakaran menghanguskan rumah satu keluarga.")
    killed = [q.value for e in doc.events for q in e.quantities if q.prop == "killed"]
    assert killed == []


def test_a_magnitude_is_no_person_and_a_security_operation_is_a_body():
    doc = _doc("Gempa M 5.8 mengguncang Kabupaten Majene. Satgas Ops Damai Cartenz mengejar pelaku. Ops Damai Cartenz "
               "diperpanjang.")
    found = named_entities(doc)
    assert not {n for n, t in found if t == "Person"}
    assert {("Satgas Ops Damai Cartenz", "Organization"), ("Ops Damai Cartenz", "Organization")} <= found


def test_a_team_byline_is_no_dateline_place():
    doc = _doc("Dua Perusahaan Sumbang Rp5 Miliar untuk Korban Banjir\n\nTim, CNN Indonesia | Rabu, 14/08/2024 "
               "13:15 WIB\n\nJakarta, CNN Indonesia -- Dua perusahaan menyumbang Rp5 miliar untuk korban banjir di "
               "Bekasi.")
    assert "Tim" not in {n for n, _ in named_entities(doc)}
    assert doc.text[slice(*doc.dateline_place_span)] == "Jakarta"


def test_a_clause_opened_by_a_conjunction_the_parser_hung_on_a_noun_has_the_sentence_s_subject():
    doc = _doc("Timnas U-20 Indonesia harus menelan pil pahit ketika menghadapi Jepang dalam laga persahabatan di "
               "Stadion Jatidiri, Semarang, Sabtu (10/8/2024).")
    match, = events_of(doc, "SportsMatch")
    assert _roles(doc, match, "participant") == {"Timnas U-20 Indonesia", "Jepang"}


def test_a_verdict_dated_with_a_hyphen_before_the_year():
    doc = _doc("SERANG - Pengadilan Negeri Serang, Jumat (9/8-2024), memvonis hukuman mati kepada delapan terdakwa "
               "pengedar narkoba.")
    verdict, = events_of(doc, "Verdict")
    assert [t.value for t in verdict.times] == ["2024-08-09"]


def test_a_three_letter_family_name_written_alone_is_the_person_named_before():
    doc = _doc("Menteri Pendidikan Ahmad Nuh kemarin melantik Dwi Lestari menjadi rektor. Selain melantik Dwi, Nuh "
               "juga mengukuhkan Joko Sasmito sebagai rektor.")
    second = [e for e in events_of(doc, "Inauguration") if "Joko Sasmito" in _roles(doc, e, "patient")]
    assert second and _roles(doc, second[0], "agent") == {"Ahmad Nuh"}


def test_a_joint_team_from_several_bodies_is_each_of_them_and_a_number_in_a_name_counts_no_one():
    doc = _doc("Tim gabungan dari Polda Maluku dan Polresta Ambon, Selasa (13/8/2024), menangkap Yonas Latuheru di "
               "kawasan Perumnas 3 Poka.")
    arrest, = events_of(doc, "Arrest")
    assert _roles(doc, arrest, "agent") == {"Polda Maluku", "Polresta Ambon"}
    assert not arrest.quantities


def test_everyone_a_copula_lists_after_a_relative_clause_and_a_name_of_a_party_is_a_person():
    doc = _doc("Wakil ketua DPRD yang dilantik ialah Sinta Maharani dari PDIP, Rudi Wirawan dari Gerindra, Wiro "
               "Andaru dari Nasdem, dan Hendra Kusuma dari Golkar.")
    inauguration, = events_of(doc, "Inauguration")
    assert {"Sinta Maharani", "Rudi Wirawan", "Wiro Andaru"} <= _roles(doc, inauguration, "patient")


def test_a_university_named_after_a_general_keeps_the_rank_in_its_name():
    doc = _doc("Bambang Suryanto diangkat sebagai rektor baru Universitas Jenderal Soedirman (Unsoed) Purwokerto.")
    found = named_entities(doc)
    assert ("Universitas Jenderal Soedirman", "Organization") in found
    assert not {n for n, t in found if t == "Person" and "Soedirman" in n}


def test_a_term_of_office_after_a_governor_s_region_is_no_part_of_the_region():
    doc = _doc("Presiden melantik Gubernur Maluku Utara 2019-2024 Budi Hartono.", date(2017, 5, 12))
    assert ("Budi Hartono", "leads", "Maluku Utara") in relation_triples(doc)
