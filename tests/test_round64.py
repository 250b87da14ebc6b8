"""Shapes of real pages read in round 64; every text is written for its test (invented people, real
regions, clubs, bodies and outlets)."""
from datetime import date

from kgtest import events_of, names_typed, pipeline_doc, relation_triples, role_names


def _doc(text: str, day: date = date(2024, 5, 2)):
    return pipeline_doc(text, day, use_model=True)


# ------------------------------------------------------------------ sport: who plays for whom

def test_the_takers_of_a_shoot_out_play_for_their_side_and_are_appointed_to_nothing():
    doc = _doc("Timnas Indonesia U-23 lolos ke semifinal usai menang adu tendangan penalti 11-10 atas Korea Selatan "
               "di Doha, Jumat (26/4/2024).\n\nYosua Kambuaya menjadi algojo pertama Timnas Indonesia. Tendangannya "
               "masuk. Derry Halomoan sebagai penendang kedua bagi Indonesia, juga tak gagal.\n\nKorsel menunjuk "
               "Park Min-jun sebagai eksekutor pertama.")
    triples = relation_triples(doc)
    assert ("Yosua Kambuaya", "playsFor", "Timnas Indonesia U-23") in triples, triples
    assert ("Derry Halomoan", "playsFor", "Timnas Indonesia U-23") in triples, triples
    assert not events_of(doc, "Appointment")


def test_the_goals_of_a_side_into_the_other_s_net_are_the_scoring_side_s():
    doc = _doc("Persewar Waropen menang 2-0 atas Persipura Jayapura di Stadion Mandala, Sabtu (4/5/2024).\n\n"
               "Sepasang gol Persewar Waropen ke gawang Persipura Jayapura dicetak pemain naturalisasi Hugo "
               "Silveira, masing-masing pada menit ke-20 dan ke-70.")
    triples = relation_triples(doc)
    assert ("Hugo Silveira", "playsFor", "Persewar Waropen") in triples, triples
    assert ("Hugo Silveira", "playsFor", "Persipura Jayapura") not in triples, triples


def test_the_maker_of_goals_that_carried_a_team_to_a_win_plays_for_it():
    doc = _doc("Hat-trick Dimas Anggara mengantarkan Persela Lamongan menang 3-1 atas Persekat Tegal dalam laga "
               "pekan kelima di Stadion Surajaya, Minggu (5/5/2024).")
    assert ("Dimas Anggara", "playsFor", "Persela Lamongan") in relation_triples(doc)
    doc = _doc("Korea Selatan dan Indonesia bermain imbang pada babak pertama laga perempat final di Doha. "
               "Kim Tae-woo membuat unggul Korsel 2-1 atas Indonesia.")
    assert ("Kim Tae-woo", "playsFor", "Korea Selatan") in relation_triples(doc)


def test_a_goal_told_with_its_manner_and_its_maker_after_the_word_goal():
    doc = _doc("PSIS Semarang menang 3-2 atas PSS Sleman dalam laga Liga 1 di Stadion Jatidiri, Sabtu (4/5/2024). "
               "Tuan rumah PSIS membalas jadi 1-1 lewat gol sepakan kaki kanan nan keras dari Wahyu Pratama. "
               "PSS sempat unggul lewat tendangan bebas Yoga Saputra yang dilanjutkan dengan sundulan oleh Rizky "
               "Ananda.")
    triples = relation_triples(doc)
    assert ("Wahyu Pratama", "playsFor", "PSIS Semarang") in triples, triples
    assert ("Rizky Ananda", "playsFor", "PSS Sleman") in triples, triples


def test_a_substitute_written_with_his_minute_before_his_name_plays_for_the_line_up_s_team():
    doc = _doc("Tim sepak bola Jambi menang 2-1 atas Bengkulu pada laga Grup A Porwil di Stadion Kaharuddin "
               "Nasution, Kamis (2/5/2024).\n\nJambi unggul lebih dulu pada babak pertama. Bengkulu membalas "
               "lewat tendangan bebas, sebelum Jambi kembali unggul pada menit ke-80.\n\nSusunan Pemain\n\n"
               "JAMBI: Arif Gunawan; Beni Saputra, Candra Wijaya (25' Dodik Sulistyo), Eko Prasetyo; Fajar Nugraha, "
               "Galih Santoso, Hendra Gunawan; Irfan Maulana, Joko Susilo (HT' Kevin Aditya), Lukman Hakim")
    triples = relation_triples(doc)
    assert ("Dodik Sulistyo", "playsFor", "Jambi") in triples, triples
    assert ("Kevin Aditya", "playsFor", "Jambi") in triples, triples


def test_a_coach_of_a_club_whose_name_ends_in_an_ordinary_adjective():
    doc = _doc("Satria Muda Pertamina Jakarta menang 80-78 atas Prawira Bandung dalam laga IBL di GOR C-Tra Arena. "
               "Pelatih Satria Muda Agus Wibisono menuturkan para pemain belum tampil terbaik.")
    assert ("Agus Wibisono", "leads", "Satria Muda Pertamina Jakarta") in relation_triples(doc)


# ------------------------------------------------------------------ sport: matches

def test_a_team_of_a_sport_named_with_its_region_is_the_region_s_side():
    doc = _doc("Tim sepak bola Jambi mengalahkan Bengkulu 3-0 pada laga Grup A Porwil di Stadion Kaharuddin "
               "Nasution, Kamis (2/5/2024).")
    matches = events_of(doc, "SportsMatch")
    assert any(role_names(doc, e, "winner") == {"Jambi"} and "Bengkulu" in role_names(doc, e, "participant")
               for e in matches), matches


def test_a_win_brought_about_is_a_match_won():
    doc = _doc("Persewar Waropen berhasil mewujudkan kemenangan pertama mereka musim ini di Stadion Mandala, "
               "Jayapura, dengan skor 3-1, Kamis (2/5/2024).")
    matches = events_of(doc, "SportsMatch")
    assert any(role_names(doc, e, "winner") == {"Persewar Waropen"} for e in matches), matches


def test_the_lines_of_a_round_s_results_are_matches_with_their_winners():
    doc = _doc("Tim sepak bola Jambi menang 2-1 atas Bengkulu di Stadion Kaharuddin Nasution, Kamis (2/5/2024).\n\n"
               "Hasil Laga Terakhir Grup A\n\n- Riau 1-0 Lampung\n\n- Jambi 2-1 Bengkulu\n\nKlasemen Akhir Grup A\n\n"
               "1) Jambi 3-3-0-0 (8:2) 9")
    matches = events_of(doc, "SportsMatch")
    assert any(role_names(doc, e, "winner") == {"Riau"} and "Lampung" in role_names(doc, e, "participant")
               for e in matches), matches


# ------------------------------------------------------------------ crime

def test_a_noun_with_the_name_given_after_it_is_the_one_who_acts():
    doc = _doc("Seorang anggota Polsek Ilir Timur terluka. Preman bernama Jamaludin Sihotang menyerang Bripka Rudi "
               "Halim memakai sebilah pisau saat hendak diamankan, Jumat (3/5/2024).")
    attacks = events_of(doc, "Attack")
    assert any("Jamaludin Sihotang" in role_names(doc, e, "agent") for e in attacks), attacks


# ------------------------------------------------------------------ posts

def test_an_acting_head_s_title_written_with_its_full_stop():
    doc = _doc("Mendagri melantik dua penjabat gubernur di Jakarta, Kamis (2/5/2024). Sekretaris Daerah Banten "
               "Ahmad Suhendra sebagai Pj. Gubernur Banten, dan Plt. Bupati Lebak Rudi Hartono hadir.")
    triples = relation_triples(doc)
    assert ("Ahmad Suhendra", "leads", "Banten") in triples, triples
    assert any(s == "Rudi Hartono" and p == "leads" and "Lebak" in o for s, p, o in triples), triples


def test_a_village_head_named_after_yakni_heads_the_village():
    doc = _doc("Bupati melantik 40 kepala desa di Pendopo Kabupaten Probolinggo, Senin (6/5/2024). Berita acara "
               "ditandatangani oleh Kepala Desa Randuagung di Kecamatan Gending yakni Sutrisno dan Kades Sumberrejo "
               "yakni Wahyudi Santoso.")
    assert {"Sutrisno", "Wahyudi Santoso"} <= names_typed(doc, "Person")
    triples = relation_triples(doc)
    assert any(s == "Sutrisno" and p == "leads" and "Randuagung" in o for s, p, o in triples), triples
    assert any(s == "Wahyudi Santoso" and p == "leads" and "Sumberrejo" in o for s, p, o in triples), triples


# ------------------------------------------------------------------ protests

def test_a_body_named_with_two_head_words_is_one_body_and_the_crowd_s():
    doc = _doc("SURABAYA - Ratusan pekerja anggota Aliansi Gerakan Pekerja Bersatu (AGPB) berunjuk rasa di depan "
               "Kantor Gubernur Jawa Timur, Kamis (2/5/2024). Mereka meminta aturan upah murah dicabut.")
    assert "Aliansi Gerakan Pekerja Bersatu" in names_typed(doc, "Organization")
    protests = events_of(doc, "Protest")
    assert any(role_names(doc, e, "agent") == {"Aliansi Gerakan Pekerja Bersatu"} for e in protests), protests


def test_groups_that_protest_with_the_crowd_protest_too():
    doc = _doc("Kediri - Sekitar dua ratus petani menggelar aksi unjuk rasa bersama Serikat Tani Kediri di halaman "
               "Kantor Pemkab Kediri, Senin (6/5/2024). Mereka meminta sengketa lahan segera diselesaikan.")
    protests = events_of(doc, "Protest")
    assert any("Serikat Tani Kediri" in role_names(doc, e, "agent") for e in protests), protests


def test_a_union_s_branch_whose_head_speaks_is_the_crowd_s_group():
    doc = _doc("Jakarta (ANTARA) - Puluhan buruh berunjuk rasa di seberang Gedung Balai Kota, Selasa sore, menuntut "
               "upah minimum 2025 dinaikkan. \"Kami meminta kenaikan yang adil,\" ujar Ketua DPD FSP KEP SPSI DKI "
               "Jakarta Darmawan Saputra dari atas mobil komando.")
    protests = events_of(doc, "Protest")
    assert any(any(n.startswith("DPD FSP KEP SPSI") for n in role_names(doc, e, "agent")) for e in protests), protests


# ------------------------------------------------------------------ posts

def test_a_denial_inside_a_quote_denies_no_post_of_its_speaker():
    doc = _doc("Presiden batal ke Kupang hari ini. \"Soal itu belum ada kabar,\" kata Mensesneg Hadi Purnomo "
               "kepada wartawan di Jakarta, Selasa (30/4/2024).")
    assert ("Hadi Purnomo", "leads", "Kementerian Sekretariat Negara") in relation_triples(doc)


# ------------------------------------------------------------------ crime, councils

def test_suspects_named_after_a_passive_verb_and_their_noun_are_the_ones_arrested():
    doc = _doc("Satreskrim Polres Madiun mengusut pengeroyokan di Desa Sukolilo. \"Sudah diamankan pelaku RS (18), "
               "TW (19) dan seorang lagi masih anak-anak,\" kata Kapolres Madiun AKBP Sigit Waluyo, Jumat (3/5/2024).")
    arrests = events_of(doc, "Arrest")
    assert any({"RS", "TW"} <= role_names(doc, e, "patient") for e in arrests), arrests
    assert not events_of(doc, "CasualtyReport")   # a minor among the suspects is no child killed


def test_a_council_s_session_is_no_trial():
    doc = _doc("Wakil Ketua DPR Anwar Salim yang memimpin sidang meminta juru bicara setiap fraksi menyampaikan "
               "pendapat fraksinya dalam rapat paripurna di Gedung Parlemen, Jakarta, Kamis (2/5/2024).")
    assert not events_of(doc, "Trial")


def test_suspects_counted_again_and_listed_after_terdiri_dari_are_the_ones_detained():
    doc = _doc("Kejaksaan Negeri Belu menahan enam tersangka korupsi proyek irigasi, Sabtu (4/5/2024). Enam "
               "tersangka tersebut terdiri dari lima pemborong berinisial HR, DM, TS, YP, RA serta seorang pejabat "
               "dinas, KB.")
    arrests = events_of(doc, "Arrest")
    assert any({"HR", "DM", "TS", "YP", "RA"} <= role_names(doc, e, "patient") for e in arrests), arrests


def test_a_request_opening_a_quote_is_no_one():
    doc = _doc("Pemeriksaan tersangka MH ditunda pekan depan. \"Mohon maaf, jadwalnya bergeser,\" kata Kasat Reskrim "
               "Polres Gowa AKP Fadli Rahman, Sabtu (4/5/2024).")
    assert "Mohon" not in names_typed(doc, "Person")


def test_the_party_its_chair_says_she_leads_backs_the_one_named():
    doc = _doc("JAKARTA - Ketua Umum Partai Perindo Ratna Sari menegaskan, partai yang dipimpinnya akan terus "
               "mendukung pemerintahan Presiden Arief Wicaksono, Senin (6/5/2024).")
    assert ("Partai Perindo", "supports", "Arief Wicaksono") in relation_triples(doc)


def test_a_side_that_makes_its_dominance_firm_swears_no_one_in():
    doc = _doc("Berkat dua gelar itu, Jepang mengukuhkan dominasinya di turnamen Thailand Open 2024, sedangkan tuan "
               "rumah pulang tanpa gelar.")
    assert not events_of(doc, "Inauguration")


def test_the_one_a_seat_s_title_goes_to_holds_its_post():
    doc = _doc("Mendagri melantik tiga penjabat gubernur di Jakarta, Senin (6/5/2024). Kursi Pj Gubernur Jambi lalu "
               "menjadi milik Hendra Saputra. Adapun kursi Pj Gubernur Bengkulu yang ditinggalkan kini diisi oleh "
               "Rahmat Hidayat. Posisi Kapolres Sleman kini dijabat oleh AKBP Gilang Permadi.")
    triples = relation_triples(doc)
    assert ("Hendra Saputra", "leads", "Jambi") in triples, triples
    assert ("Rahmat Hidayat", "leads", "Bengkulu") in triples, triples
    assert any(s == "Gilang Permadi" and p == "leads" and "Sleman" in o for s, p, o in triples), triples


def test_a_seat_held_before_or_to_be_filled_gives_no_current_post():
    doc = _doc("Gubernur melantik pejabat di Yogyakarta, Senin (6/5/2024). Jabatan Kapolres Sleman sebelumnya dijabat "
               "oleh AKBP Gilang Permadi. Kursi Ketua DPRD Sleman akan diisi oleh Rina Marlina. Kursi Wakil Ketua DPRD "
               "Bantul masih kosong sejak Maret.")
    current, former = relation_triples(doc), relation_triples(doc, former=True)
    assert not any(s == "Gilang Permadi" for s, p, o in current), current
    assert any(s == "Gilang Permadi" and p == "leads" for s, p, o in former), former
    assert not any(s == "Rina Marlina" for s, p, o in current | former), current
