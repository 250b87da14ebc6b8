"""Shapes of real pages read in round 49; every text is written for its test (invented people, real
regions, bodies and outlets)."""
from datetime import date

from kgtest import names_typed, only_event, pipeline_doc, relation_triples, role_names


def _doc(text: str, day: date = date(2024, 3, 3)):
    return pipeline_doc(text, day, use_model=True)


# ------------------------------------------------------------------ entities

def test_a_surname_alone_is_the_person_named_before_it_with_that_surname():
    doc = _doc("\"Pengebom datang dengan berjalan kaki,\" kata Kepala Polisi Bannu, Tariq Khan. \"Korban tewas tiga "
               "orang,\" kata Khan kepada wartawan. Seorang petugas rumah sakit, Yusuf Khan, juga menyebutkan hal itu.")
    assert "Khan" not in names_typed(doc, "Person")
    assert {"Tariq Khan", "Yusuf Khan"} <= names_typed(doc, "Person")


def test_a_numbered_party_congress_is_no_body():
    doc = _doc("Bagas Wicaksono ditetapkan menjadi ketua umum lewat musyawarah mufakat dalam Kongres III Partai "
               "Hanura di Surabaya, Minggu (2/3/2024).")
    assert "Partai Hanura" in names_typed(doc, "Organization")
    assert not any(name.startswith("Kongres") for name in names_typed(doc, "Organization"))


def test_a_run_cut_inside_brackets_is_no_name():
    doc = _doc("Menurut catatan Pelaksana Harian (Plh) Kepala Bagian Persidangan, rapat itu sah karena kuorum "
               "telah terpenuhi sesuai Pasal 40 Ayat (2) tata tertib dewan.")
    assert not any(")" in name or "(" in name for name in names_typed(doc))
    assert "Ayat" not in names_typed(doc, "Person")


def test_letters_in_brackets_after_a_name_are_that_person():
    doc = _doc("Dalam OTT itu KPK mengamankan Plt Kepala Dinas Perhubungan Kabupaten Tegal Bayu Hartono (BYU). "
               "Penyidik lalu memeriksa BYU selama sembilan jam.")
    assert "Bayu Hartono" in names_typed(doc, "Person")
    assert "BYU" not in names_typed(doc, "Person")


def test_an_ordinary_word_opening_the_sentence_leaves_the_first_name_to_the_person():
    doc = _doc("Pada 2015 kursi Bupati Jember dipegang Gunadi Prasetya. Bersama Darto Edy Sumantri serta M Arif "
               "Wicaksana, berkas perkara Gunadi dilimpahkan ke pengadilan.")
    assert "Darto Edy Sumantri" in names_typed(doc, "Person")
    assert "Edy Sumantri" not in names_typed(doc, "Person")


def test_a_street_then_its_district_written_without_a_comma_are_two_places():
    doc = _doc("Perampok beraksi di Jalan Melati VII Medan Denai, lalu truk menabrak antrean kendaraan di Kampung "
               "Damai Balikpapan Barat, Jumat (1/3/2024).")
    assert {"Jalan Melati VII", "Medan Denai", "Kampung Damai", "Balikpapan Barat"} <= names_typed(doc, "Place")


def test_a_known_city_written_with_a_particle_is_one_place():
    doc = _doc("Konferensi iklim berlangsung di Dar es Salaam, Tanzania, Senin (7/7/2025).", date(2025, 7, 8))
    assert "Dar es Salaam" in names_typed(doc, "Place")
    assert not {"Dar", "Salaam"} & names_typed(doc)


def test_a_district_named_after_its_town_in_an_address_is_a_place():
    doc = _doc("Polisi mengusut pencurian di Jalan Mawar, Kelurahan Sukaramai, Medan Deli, Senin (10/4/2017).",
               date(2017, 4, 11))
    assert "Medan Deli" in names_typed(doc, "Place")
    assert ("Kelurahan Sukaramai", "containedInPlace", "Medan Deli") in relation_triples(doc)


def test_a_road_named_after_a_town_stays_whole():
    doc = _doc("Kemacetan panjang terjadi di Jalan Raya Bogor, Jakarta Timur, Jumat (1/3/2024).")
    assert "Jalan Raya Bogor" in names_typed(doc, "Place")


def test_a_street_named_after_a_town_keeps_its_name_before_the_town_it_lies_in():
    doc = _doc("Massa berkumpul di Jalan Pasar Kediri, Blitar, Rabu (28/2/2024).")
    assert "Jalan Pasar Kediri" in names_typed(doc, "Place")


def test_a_governor_whose_first_name_is_a_town_abroad_keeps_it():
    doc = _doc("Gubernur Jawa Tengah Rizal Firmansyah tidak menemui massa karena tengah mengikuti rapat di Jakarta.")
    assert "Rizal Firmansyah" in names_typed(doc, "Person")
    assert ("Rizal Firmansyah", "leads", "Jawa Tengah") in relation_triples(doc)


def test_a_capitalised_passive_verb_in_a_caption_ends_the_name():
    doc = _doc("Pencuri kotak amal masjid warga Blitar Ditangkap. (Foto: Humas Polres)\n\nPolisi menangkap "
               "pencuri kotak amal di Blitar, Jumat (1/3/2024).")
    assert "Blitar" in names_typed(doc, "Place")
    assert not any("Ditangkap" in name for name in names_typed(doc))


def test_the_city_of_an_embassy_before_the_ambassador_is_no_part_of_his_name():
    doc = _doc("Presiden disambut oleh Duta Besar LBBP RI Beijing Danu Wirasena beserta istri di Bandara "
               "Internasional Beijing, Senin (25/7/2022).")
    assert "Danu Wirasena" in names_typed(doc, "Person")
    assert not any(name.startswith("Beijing ") for name in names_typed(doc, "Person"))


def test_an_article_list_with_dashed_items_is_the_article_own():
    doc = _doc("Dalam rapat paripurna itu, sekretaris dewan mengumumkan susunan pimpinan definitif DPRD Jawa Timur "
               "untuk lima tahun ke depan. Susunan pimpinan dewan itu sebagai berikut:\n"
               "– Ketua: Suparno Hadi (PDIP)\n– Wakil Ketua: Ridwan Safii (PKB)\n– Wakil Ketua: Lukas Heriyanto "
               "(Gerindra)\nSeluruh anggota dewan yang hadir kemudian menyetujui susunan itu tanpa catatan dan "
               "rapat ditutup oleh ketua sementara.")
    assert {"Suparno Hadi", "Ridwan Safii", "Lukas Heriyanto"} <= names_typed(doc, "Person")
    triples = relation_triples(doc)
    assert ("Ridwan Safii", "memberOf", "Partai Kebangkitan Bangsa") in triples


# ------------------------------------------------------------------ relations

def test_a_village_head_written_with_the_short_title_in_brackets_leads_the_village():
    doc = _doc("Jaksa menahan Sahrul Anwar, Kepala Desa (Kades) Karang Sari, Kecamatan Pagedangan, Kabupaten "
               "Tangerang, atas dugaan penyelewengan dana desa.")
    assert "Karang Sari" not in names_typed(doc, "Person")
    assert "Karang Sari" in names_typed(doc, "Place")
    assert ("Sahrul Anwar", "leads", "Karang Sari") in relation_triples(doc)


def test_a_village_head_leads_the_village_the_article_names():
    doc = _doc("Kades Sukamaju Asep Kurnia mengatakan banjir melanda Desa Sukamaju, Kecamatan Cibadak, Jumat "
               "(1/3/2024).")
    led = {o for s, p, o in relation_triples(doc) if s == "Asep Kurnia" and p == "leads"}
    assert led == {"Desa Sukamaju"} or led == {"Sukamaju"}
    assert all(e.mentions for e in doc.entities.values() if e.name in led)


def test_a_member_of_an_unnamed_house_from_a_party_is_a_member_of_the_party():
    doc = _doc("Anggota parlemen dari Partai Golkar Budi Hartawan menyampaikan klarifikasi soal batalnya rapat kerja.")
    assert ("Budi Hartawan", "memberOf", "Partai Golkar") in relation_triples(doc)


def test_a_faction_after_a_commission_is_the_holder_s_not_part_of_the_commission():
    doc = _doc("Ketua Komisi III DPR Fraksi PKS Rudi Santoso menjelaskan hasil rapat kerja itu.")
    triples = relation_triples(doc)
    assert ("Rudi Santoso", "leads", "Komisi III DPR") in triples
    assert ("Rudi Santoso", "memberOf", "Fraksi PKS") in triples


def test_the_last_words_of_a_portfolio_are_no_place():
    doc = _doc("Yogi Saputra resmi menjabat Wakil Menteri Agraria dan Tata Ruang sejak pekan lalu.")
    assert "Tata Ruang" not in names_typed(doc)


# ------------------------------------------------------------------ events

def test_one_soldier_told_with_salah_satu_is_a_casualty_figure():
    doc = _doc("\"Salah satu prajurit kami tewas dalam baku tembak itu,\" ujar juru bicara militer Kamboja, Sok "
               "Vanna, Rabu (28/5/2025).", date(2025, 5, 28))
    report = only_event(doc, "CasualtyReport")
    assert {(q.prop, q.value) for q in report.quantities} == {("killed", 1)}
    assert role_names(doc, report, "source") == {"Sok Vanna"}


def test_words_told_to_a_wire_agency_have_it_as_their_source():
    doc = _doc("\"Pengebom datang dengan berjalan kaki,\" kata Tariq Khan kepada AFP, Selasa (30/11/2010).",
               date(2010, 11, 30))
    statement = only_event(doc, "Statement")
    assert role_names(doc, statement, "speaker") == {"Tariq Khan"}
    assert role_names(doc, statement, "source") == {"Agence France-Presse"}


def test_a_killing_told_by_a_noun_is_an_attack_on_the_one_killed():
    doc = _doc("Pembunuhan Rudi Hartono oleh Joni Saputra terjadi di Bogor, Selasa (11/4/2017).", date(2017, 4, 12))
    attack = only_event(doc, "Attack")
    assert role_names(doc, attack, "target") == {"Rudi Hartono"}
    assert role_names(doc, attack, "agent") == {"Joni Saputra"}


def test_those_sworn_in_listed_after_mereka_adalah_with_their_posts_are_all_sworn_in():
    doc = _doc("Presiden Joko Widodo melantik tiga wakil menteri baru, mereka adalah Yonas Rumbiak sebagai Wakil Menteri "
               "Dalam Negeri, Arif Nugroho sebagai Wakil Menteri Ketenagakerjaan, dan Dimas Pratama sebagai Wakil "
               "Menteri Perhubungan.", date(2022, 6, 16))
    sworn = only_event(doc, "Inauguration")
    assert role_names(doc, sworn, "patient") == {"Yonas Rumbiak", "Arif Nugroho", "Dimas Pratama"}


def test_the_side_beaten_never_wins():
    doc = _doc("Di ganda putra, Bagas Prakoso/Dimas Saputra tampil sebagai juara seusai mengalahkan wakil Tiongkok "
               "Liu Wen Hao/Zhang Jun Wei dalam dua gim, 21-18, 21-19.", date(2023, 1, 30))
    match = only_event(doc, "SportsMatch")
    assert not role_names(doc, match, "winner") & {"Liu Wen Hao", "Zhang Jun Wei"}


def test_a_hearing_held_at_a_court_named_in_its_relative_clause_is_that_court_s():
    doc = _doc("Pada sidang perdana yang digelar di Pengadilan Negeri Kupang, Kamis (3/7/2025), jaksa mendakwa "
               "Yosef Bria menyalahgunakan dana hibah.", date(2025, 7, 4))
    trial = only_event(doc, "Trial")
    assert role_names(doc, trial, "agent") == {"Pengadilan Negeri Kupang"}
