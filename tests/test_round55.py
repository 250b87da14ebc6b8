"""Shapes of real pages read in round 55; every text is written for its test (invented people, real
regions, bodies and outlets)."""
from datetime import date

from kgtest import events_of, names_typed, pipeline_doc, relation_triples, role_names


def _doc(text: str, day: date = date(2024, 3, 3)):
    return pipeline_doc(text, day, use_model=True)


# ------------------------------------------------------------------ entities

def test_a_capital_named_after_its_status_is_one_place_with_its_short_form():
    doc = _doc("Presiden berkantor di Ibu Kota Nusantara (IKN), Kalimantan Timur, Senin (29/7/2024). Ia akan kembali "
               "ke IKN pekan depan.")
    assert "Ibu Kota Nusantara" in names_typed(doc, "Place")
    assert "Kota Nusantara" not in names_typed(doc)
    assert ("Ibu Kota Nusantara", "containedInPlace", "Kalimantan Timur") in relation_triples(doc)
    assert not [r for r in doc.relations if r.predicate == "capitalOf"]


def test_a_body_s_short_form_defined_in_brackets_names_its_regional_branches():
    doc = _doc("Presiden menerima pengurus Asosiasi Pengusaha Indonesia (Apindo), Selasa (30/7/2024). Ia juga bertemu "
               "Apindo Provinsi Jawa Timur, Apindo Surabaya, Apindo Malang, dan Apindo Sidoarjo.")
    bodies = names_typed(doc, "Organization")
    for branch in ("Apindo Surabaya", "Apindo Malang", "Apindo Sidoarjo"):
        assert branch in bodies
    assert not {"Apindo Surabaya", "Apindo Malang", "Apindo Sidoarjo"} & names_typed(doc, "Person")


def test_the_short_forms_of_a_meeting_and_of_a_bill_name_no_body():
    doc = _doc("DPR menggelar Rapat Kerja (Raker) dengan pemerintah di Jakarta, Kamis (16/7/2024). Raker itu membahas "
               "Rancangan Undang-Undang tentang Masyarakat Hukum Adat (MHA). RUU MHA masuk daftar prioritas.")
    assert not {"Raker", "MHA"} & names_typed(doc)


def test_a_title_before_a_copula_names_nobody():
    doc = _doc("Menurut dia, penggantian Menteri adalah Hak Prerogatif Presiden.")
    assert not names_typed(doc, "Person")


def test_initials_after_a_suspect_s_noun_a_rank_or_a_comma_stand_for_people():
    doc = _doc("Polisi membekuk penganiaya seorang pedagang di Tegal. Tersangka AS menusuk korban karena utang. "
               "Pelaku, RG, sudah tiga kali keluar masuk penjara. Propam juga memeriksa Brigadir AK. Brigadir AK "
               "adalah anggota Polres Tegal.")
    people = names_typed(doc, "Person")
    assert {"AS", "RG", "AK"} <= people
    assert "Amerika Serikat" not in names_typed(doc)


def test_a_body_s_short_form_after_a_title_ending_in_a_rank_word_is_no_person():
    doc = _doc("Partai Rakyat Baru (PRB) kalah dalam pemilu Minggu lalu. Sekretaris Jenderal PRB mengakui kekalahan "
               "itu.")
    assert "PRB" not in names_typed(doc, "Person")


def test_ages_written_without_a_space_or_in_years_short_mark_people():
    doc = _doc("Kejadian itu berawal saat Dodi (25 th) bersama istrinya, L (20 th), menjemur gabah di halaman. "
               "Polisi lalu meringkus dua penjambret, Sarmin(37) dan Tarjo(25).")
    assert {"Dodi", "L", "Sarmin", "Tarjo"} <= names_typed(doc, "Person")


def test_initials_after_a_post_s_place_word_are_a_person_not_a_place():
    doc = _doc("Penahanan turut dilakukan terhadap dua orang lain, yakni Bendahara Desa TS (41) dan Kepala Dusun "
               "HN (52) terkait penyelewengan anggaran.")
    assert {"TS", "HN"} <= names_typed(doc, "Person")
    assert "Dusun HN" not in names_typed(doc)
    arrest = events_of(doc, "Arrest")
    assert arrest and role_names(doc, arrest[0], "patient") == {"TS", "HN"}


def test_a_rank_written_with_full_stops_is_no_sentence_end():
    doc = _doc("Menurut Kabid Humas Polda Riau, Kombes. Pol. Arif Budiman Santoso, operasi itu digelar sepekan.")
    assert "Arif Budiman Santoso" in names_typed(doc, "Person")
    assert ("Arif Budiman Santoso", "holdsPosition", "Polda Riau") in relation_triples(doc)


def test_a_middle_initial_after_a_rank_is_part_of_the_name():
    doc = _doc("Upacara itu turut dihadiri Kapolda Bengkulu Irjen Pol Damar H. Sitompul dan para bupati.")
    assert "Damar H. Sitompul" in names_typed(doc, "Person")
    assert "Damar" not in names_typed(doc, "Place")
    assert ("Damar H. Sitompul", "leads", "Polda Bengkulu") in relation_triples(doc)


def test_a_corps_mark_and_a_degree_are_no_part_of_an_officer_s_name():
    doc = _doc("Kabar itu dibenarkan Dansatgas Mayor Inf Galih Pratama S.Sos., M.Han lewat keterangan tertulis. "
               "Tim Topdam XVII/Cenderawasih dipimpin Letda Ctp Yohanes Wenda.")
    people = names_typed(doc, "Person")
    assert {"Galih Pratama", "Yohanes Wenda"} <= people
    assert not any(p.startswith(("Inf ", "Ctp ")) or "S.Sos" in p for p in people)


def test_a_regency_whose_name_opens_like_a_passive_verb_stays_whole():
    doc = _doc("Jembatan baru itu diresmikan di Kabupaten Boven Digoel pekan lalu.")
    assert "Kabupaten Boven Digoel" in names_typed(doc, "Place")
    assert "Kabupaten Boven" not in names_typed(doc)


def test_another_name_in_brackets_after_a_rider_is_his_team():
    doc = _doc("Balapan di Sepang, Minggu (12/11/2023), dimenangi Enzo Bastiano (Ducati Lenovo). Posisi dua "
               "ditempati Marco Rossetti (Gresini Racing).")
    bodies = names_typed(doc, "Organization")
    assert {"Ducati Lenovo", "Gresini Racing"} <= bodies
    assert not {"Ducati Lenovo", "Gresini Racing"} & names_typed(doc, "Person")


def test_a_team_or_promoter_named_with_an_english_word_is_no_person():
    doc = _doc("Laga itu digelar Harapan Jaya Promotion di Jakarta. Pelita Raya Basketball menaklukkan Bank BPD DIY "
               "Garuda Perkasa Jogja 106-85.")
    people = names_typed(doc, "Person")
    assert "Harapan Jaya Promotion" not in people
    assert "Garuda Perkasa Jogja" not in people


def test_a_navy_ship_is_a_unit():
    doc = _doc("KRI Teluk Sangkala kembali menangkap dua kapal ikan asing di Laut Natuna Utara.")
    assert any(n.startswith("KRI Teluk Sangkala") for n in names_typed(doc, "Organization"))


# ------------------------------------------------------------------ relations

def test_a_post_in_a_state_company_named_with_its_legal_form_in_brackets():
    doc = _doc("Hadir pula Direktur Proyek PT Sinar Energi (Persero) Budi Santoso. Turut mendampingi Direktur "
               "Manajemen Proyek dan Pengembangan Energi Terbarukan PT Sinar Energi (Persero) Wahyu Hidayat. "
               "Sementara itu Direktur Energi Baru Terbarukan PT Sinar Energi (Persero) Rini Susanti absen.")
    triples = relation_triples(doc)
    for person in ("Budi Santoso", "Wahyu Hidayat", "Rini Susanti"):
        assert (person, "holdsPosition", "PT Sinar Energi (Persero)") in triples
    assert not {"Manajemen Proyek", "Baru Terbarukan"} & names_typed(doc)


def test_a_deputy_of_the_presidential_secretariat_holds_a_post_there_and_speaks_alone():
    doc = _doc("Hal senada, Deputi Bidang Hubungan Masyarakat, Pers, dan Media Sekretariat Presiden, Andi Wirawan "
               "mengatakan belum ada kabar, Selasa (30/7/2024).")
    assert ("Andi Wirawan", "holdsPosition", "Sekretariat Presiden") in relation_triples(doc)
    assert "Protokol" not in names_typed(doc)
    statement = events_of(doc, "Statement")
    assert statement and role_names(doc, statement[0], "speaker") == {"Andi Wirawan"}


def test_a_rank_right_after_a_commander_s_title_names_no_unit():
    doc = _doc("Patroli itu dikomandoi Dansatgas Letnan Kolonel Inf Agus Pranoto sejak Rabu (31/7/2024). "
               "Kapolres Cirebon Kota AKBP Rudi Hartono juga hadir.")
    assert not [n for n in names_typed(doc) if "Letnan" in n or "AKBP" in n]
    assert ("Rudi Hartono", "leads", "Polres Cirebon Kota") in relation_triples(doc)


def test_initials_listed_each_before_their_post_hold_that_post():
    doc = _doc("Penyidik turut menjerat empat orang lain. Mereka ialah RH Plt Sekda Kabupaten Banyuasin, TS Kepala "
               "Dinas Perhubungan, YK Kepala Seksi Angkutan, dan DP kontraktor.")
    triples = relation_triples(doc)
    assert ("RH", "holdsPosition", "Kabupaten Banyuasin") in triples
    assert ("TS", "leads", "Dinas Perhubungan") in triples
    assert ("TS", "holdsPosition", "Kabupaten Banyuasin") not in triples


def test_a_day_or_a_common_noun_after_a_post_names_no_body():
    doc = _doc("Di partai puncak nomor tunggal putri, Sabtu (5/7), Rania Putri takluk dari Mei Tanaka. Hal itu "
               "dijelaskan Direktur Turnamen, Susanti Rahayu kepada wartawan.", date(2024, 7, 6))
    assert not {"Sabtu", "Turnamen"} & names_typed(doc)


def test_the_head_of_a_national_body_is_not_of_its_regional_office_named_later():
    doc = _doc("Kepala BPS Sutrisno Hadi menyayangkan neraca dagang yang surplus hanya karena impor anjlok, Jumat "
               "(15/3/2019). Di Makassar, Kepala Bidang Neraca Wilayah Badan Pusat Statistik (BPS) Sulsel, Ahmad Yani "
               "menuturkan, ekspor daerah naik.", date(2019, 3, 15))
    triples = relation_triples(doc)
    assert ("Sutrisno Hadi", "leads", "Badan Pusat Statistik") in triples
    assert ("Sutrisno Hadi", "leads", "Badan Pusat Statistik Sulsel") not in triples
    statement = [e for e in events_of(doc, "Statement") if role_names(doc, e, "speaker") == {"Sutrisno Hadi"}]
    assert statement


# ------------------------------------------------------------------ events

def test_a_killing_done_by_someone_named_a_few_words_after_the_verb_is_theirs():
    doc = _doc("Polres Madiun Kota menyelidiki penganiayaan yang dilakukan seorang menantu berinisial KR (24) "
               "terhadap mertuanya, SW (66), di Kabupaten Madiun.")
    attack = events_of(doc, "Attack")
    assert attack
    assert role_names(doc, attack[0], "agent") == {"KR"}
    assert role_names(doc, attack[0], "target") == {"SW"}


def test_places_listed_before_their_surroundings_contain_one_another_not():
    doc = _doc("Sejak Maret komplotan itu menyasar minimarket di Jakarta Barat, Tangerang, dan sekitarnya.")
    assert not [r for r in doc.relations if r.predicate == "containedInPlace"]
