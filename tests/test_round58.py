"""Shapes of real pages read in round 58; every text is written for its test (invented people, real
regions, countries, clubs and outlets)."""
from datetime import date

from kgtest import events_of, names_typed, pipeline_doc, relation_triples, role_names


def _doc(text: str, day: date = date(2024, 3, 3)):
    return pipeline_doc(text, day, use_model=True)


# ------------------------------------------------------------------ names and posts

def test_a_member_s_party_after_dari_is_no_part_of_his_name():
    doc = _doc("Pimpinan yang dilantik ialah Ketua DPRD Kota Bogor dari PKS, Hendra Kusuma; Wakil Ketua DPRD Kota "
               "Bogor dari Gerindra Lestari Wulandari; dan Wakil Ketua DPRD Kota Bogor dari Golkar Yosef Hartanto.")
    triples = relation_triples(doc)
    assert ("Lestari Wulandari", "memberOf", "Partai Gerindra") in triples
    assert ("Yosef Hartanto", "memberOf", "Partai Golkar") in triples
    assert "Yosef Hartanto" in names_typed(doc, "Person")


def test_a_head_s_fused_title_after_a_name_is_no_part_of_it():
    doc = _doc("Pejabat yang dilantik yakni Rahmat Hidayat KaBPBD, Sulastri Wibowo Kadisbudpar dan Agus Priyono "
               "Kadinsos, Jumat (3/2/2023).")
    people = names_typed(doc, "Person")
    assert {"Rahmat Hidayat", "Sulastri Wibowo", "Agus Priyono"} <= people
    assert not [n for n in people if n.endswith(("KaBPBD", "Kadisbudpar", "Kadinsos"))]


def test_a_regent_of_a_regency_whose_name_holds_an_ordinary_word_leads_it():
    doc = _doc("Bupati Aceh Besar Teuku Ramli meninjau lokasi banjir, Senin (4/3/2024).")
    assert ("Teuku Ramli", "leads", "Aceh Besar") in relation_triples(doc)


def test_the_head_of_a_ministry_s_regional_office_leads_it():
    doc = _doc("Kakanwil Kemenag Sumsel Ridwan Halim melepas jemaah haji kloter pertama, Selasa (5/3/2024). "
               "Kepala Kemenag Jambi Saiful Anwar hadir pula.")
    triples = relation_triples(doc)
    assert ("Ridwan Halim", "leads", "Kanwil Kemenag Sumsel") in triples
    assert ("Saiful Anwar", "leads", "Kemenag Jambi") in triples


def test_a_ticket_written_with_a_slash_holds_both_posts():
    doc = _doc("Mereka adalah Bupati/Wakil Bupati Sintang, Arman Tarigan dan Yohanes Lado.")
    triples = relation_triples(doc)
    assert ("Arman Tarigan", "leads", "Sintang") in triples
    assert ("Arman Tarigan", "holdsPosition", "Sintang") not in triples
    assert ("Yohanes Lado", "holdsPosition", "Sintang") in triples


def test_a_team_s_manager_holds_a_post_and_a_unit_s_manager_leads_it():
    doc = _doc("Persebaya Surabaya ditahan imbang 1-1 oleh PSIS Semarang dalam laga pekan ke-10 liga di stadion. "
               "Skor itu membuat Persebaya turun di klasemen. \"Kami kecewa,\" kata manajer Persebaya, Gilang Prakoso.")
    triples = relation_triples(doc)
    assert ("Gilang Prakoso", "holdsPosition", "Persebaya Surabaya") in triples
    assert ("Gilang Prakoso", "leads", "Persebaya Surabaya") not in triples
    doc = _doc("Manajer PLN Unit Layanan Pelanggan Kupang, Yohanes Bria, mengatakan pemadaman selesai.")
    assert [t for t in relation_triples(doc) if t[:2] == ("Yohanes Bria", "leads")]


def test_a_budget_s_year_is_no_part_of_the_region_s_name():
    doc = _doc("DPRD Kota Depok mengesahkan APBD Kota Depok Tahun Anggaran 2025 dalam rapat paripurna.")
    places = names_typed(doc, "Place")
    assert not [n for n in places if "Anggaran" in n]


# ------------------------------------------------------------------ sides and crowds

def test_a_club_s_nickname_that_is_also_an_animal_is_the_club_the_article_names():
    doc = _doc("Persiba Balikpapan kalah 1-3 dari Persela Lamongan di Stadion Batakan, Minggu (7/5/2023). Tim "
               "berjulukan Beruang Madu itu kini terpuruk di dasar klasemen.")
    assert "Beruang Madu" not in names_typed(doc)


def test_a_scorer_read_as_a_side_of_his_team_s_match_is_the_team():
    doc = _doc("Persipura Jayapura menjamu PSBS Biak di Stadion Mandala, Sabtu (9/3/2024). Mutiara Hitam "
               "menang 3-0 berkat gol Yakob Wanggai dan Ricky Kambuaya.")
    for e in events_of(doc, "SportsMatch"):
        assert not {"Yakob Wanggai", "Ricky Kambuaya"} & set(role_names(doc, e, "participant"))


def test_scorers_with_their_minutes_in_curly_quotes_play_for_the_team():
    doc = _doc("Timnas Indonesia menaklukkan Laos 3-1 di Vientiane. Gol-gol Timnas Indonesia dicetak Dedi Kurnia (11’) "
               "dan Fajar Ramadhan (87’).")
    triples = relation_triples(doc)
    assert ("Fajar Ramadhan", "playsFor", "Timnas Indonesia") in triples
    assert "Fajar Ramadhan" in names_typed(doc, "Person")


def test_a_crowd_from_a_body_protests_as_that_body_and_a_clash_after_it_is_theirs():
    doc = _doc("Sejumlah mahasiswa dari Universitas Nusa Bangsa berunjuk rasa di depan Gedung DPRD Kota Bogor, Rabu "
               "(16/10/2024). Aksi itu sempat diwarnai kericuhan.")
    protest, = events_of(doc, "Protest")
    assert role_names(doc, protest, "agent") == {"Universitas Nusa Bangsa"}
    assert [e for e in events_of(doc, "Clash") if "Universitas Nusa Bangsa" in role_names(doc, e, "participant")]
    doc = _doc("Dua mahasiswa dari Universitas Riau tewas dalam kecelakaan di Jalan Sudirman, Rabu (16/10/2024).")
    assert not events_of(doc, "Protest")


def test_a_union_opened_by_kesatuan_protests_and_negara_kesatuan_is_the_country():
    doc = _doc("Puluhan orang yang tergabung Kesatuan Petani Merdeka menggelar demonstrasi di halaman Kantor Gubernur "
               "Jambi, Kamis (7/3/2019). Mereka menyatakan setia kepada Negara Kesatuan Republik Indonesia.")
    protest, = events_of(doc, "Protest")
    assert role_names(doc, protest, "agent") == {"Kesatuan Petani Merdeka"}
    assert not [n for n in names_typed(doc, "Organization") if "Republik" in n]


# ------------------------------------------------------------------ events

def test_an_oath_read_or_spoken_is_a_swearing_in():
    doc = _doc("Tiga pimpinan DPRD Kota Jambi mengucap sumpah dalam sidang istimewa, Kamis (3/10/2024). Pembacaan "
               "sumpah itu dipimpin Ketua Pengadilan Negeri Jambi Suryani Lubis di Gedung DPRD Kota Jambi.")
    assert [e for e in events_of(doc, "Inauguration") if "Suryani Lubis" in role_names(doc, e, "agent")]


def test_a_court_named_before_a_day_between_commas_passes_its_verdict():
    doc = _doc("Pengadilan Negeri Batam, Selasa (14/5/2024), memvonis mati dua kurir sabu asal Malaysia. "
               "Keduanya langsung menyatakan banding.")
    assert [e for e in events_of(doc, "Verdict") if "Pengadilan Negeri Batam" in role_names(doc, e, "agent")]
    doc = _doc("Pengadilan Negeri Batam memvonis empat warga negara asing dengan hukuman mati.")
    assert not events_of(doc, "CasualtyReport")


def test_what_often_happens_and_banners_carried_tell_no_event():
    doc = _doc("Pengamat itu menyebut Partai Hijau kerap bentrok dengan Partai Biru menjelang pemilu.")
    assert not [e for e in events_of(doc, "Clash") if "Partai Hijau" in role_names(doc, e, "participant")]
    doc = _doc("Dengan mengusung poster dan spanduk, ratusan buruh Serikat Pekerja Mandiri berunjuk rasa di depan "
               "Kantor Bupati Karawang, Senin (2/9/2024).")
    assert not events_of(doc, "Nomination")


def test_a_coach_s_troops_are_his_team_and_an_earlier_match_told_later_is_another_match():
    doc = _doc("JAKARTA - Pelatih Timnas Indonesia, Budi Santana, senang setelah pasukannya menang 2-0 atas Filipina.\n"
               "Timnas Indonesia meraup tiga poin di Stadion Manahan, Solo, Selasa (10/6/2025).\n"
               "Pada laga sebelumnya di Hanoi, skuad itu takluk 1-3 dari Vietnam.", date(2025, 6, 11))
    won = [e for e in events_of(doc, "SportsMatch") if "Filipina" in role_names(doc, e, "participant")]
    assert won and "Timnas Indonesia" in role_names(doc, won[0], "winner")
    assert "Hanoi" not in {doc.entities[k].name for k in won[0].places}


def test_citizens_of_a_country_are_no_body_and_a_prosecutor_of_jakbar_heads_its_office():
    doc = _doc("Polisi menangkap dua WN Malaysia di Dermaga Marina Jaya, Jakarta Barat. Kajari Jakbar, Hendra "
               "Wiranata, mengatakan berkas keduanya segera dilimpahkan.")
    assert not [n for n in names_typed(doc, "Organization") if n.startswith("WN")]
    assert "Dermaga Marina Jaya" in names_typed(doc, "Place")
    assert ("Hendra Wiranata", "leads", "Kejaksaan Negeri Jakarta Barat") in relation_triples(doc)


def test_a_strike_told_right_after_a_protest_happens_where_the_protest_did():
    doc = _doc("Sebuah pabrik sepatu di Jalan Raya Cikupa, Desa Talaga, digeruduk ratusan buruhnya. Setelah itu "
               "mereka menggelar aksi mogok kerja hingga sore.")
    strike, = events_of(doc, "Strike")
    assert "Jalan Raya Cikupa" in {doc.entities[k].name for k in strike.places}
    doc = _doc("Pabrik sepatu PT Sinar Jaya Abadi di Jalan Raya Cikupa digeruduk buruhnya, Senin (28/12/2020).")
    protest, = events_of(doc, "Protest")
    assert role_names(doc, protest, "target") == {"PT Sinar Jaya Abadi"} and not protest.actors("agent")


def test_a_unit_named_with_its_body_s_short_form_among_bodies_is_a_body():
    doc = _doc("Pemadaman api di kawasan itu melibatkan Tunas Agni KLHK, TNI, Polri, BPBD serta relawan, Rabu "
               "(20/2/2019).")
    assert "Tunas Agni KLHK" in names_typed(doc, "Organization")


def test_scorers_by_one_name_after_a_hat_trick_or_a_penalty_play_for_the_team():
    doc = _doc("PSIS Semarang menundukkan Persik Kediri 2-0 di Stadion Jatidiri. Mereka unggul dua gol lewat Rafael "
               "Souza dan Tavinho. Empat gol Borneo FC dicetak Bruno Lima (menit ke-12), dan hat-trick Diego Ferreira "
               "(menit ke-40, 61 dan 88). Gol Arema FC lewat penalti Carlos Mendes membuka skor.")
    triples = relation_triples(doc)
    assert ("Tavinho", "playsFor", "PSIS Semarang") in triples
    assert ("Diego Ferreira", "playsFor", "Borneo FC Samarinda") in triples
    assert ("Carlos Mendes", "playsFor", "Arema FC") in triples


def test_members_elected_to_a_body_tell_no_election():
    doc = _doc("Sebanyak 50 anggota DPRD terpilih mengucap sumpah jabatan di Gedung DPRD Kota Jambi, Senin (2/9/2024).")
    assert not events_of(doc, "Election")


def test_a_board_member_of_a_group_who_speaks_after_a_protest_names_the_protesters():
    doc = _doc("Ratusan petani berunjuk rasa di halaman Kantor Bupati Cilacap, Rabu (10/9/2014). \"Lahan kami "
               "dirampas,\" kata Darsono, seorang pengurus dari organisasi Serikat Petani Pasundan.", date(2014, 9, 11))
    protest, = events_of(doc, "Protest")
    assert role_names(doc, protest, "agent") == {"Serikat Petani Pasundan"}


def test_a_scorer_after_a_minute_or_for_a_team_named_by_its_nickname_plays_for_it():
    doc = _doc("Madura United menutup laga dengan kemenangan 3-0, setelah pada menit ke-77 Tiago Ramos mencetak gol "
               "ketiga bagi timnya. Semen Padang FC menang 2-0 di kandang. Di menit ke-90, Yudha Saputra menambah gol "
               "kedua bagi tim berjulukan Kabau Sirah tersebut.")
    triples = relation_triples(doc)
    assert ("Tiago Ramos", "playsFor", "Madura United") in triples
    assert ("Yudha Saputra", "playsFor", "Semen Padang FC") in triples


def test_two_sides_joined_by_vs_are_two_clubs():
    doc = _doc("Laga pembuka pekan ini mempertemukan Bhayangkara FC Vs Persik Kediri di Stadion Patriot, Jumat "
               "(12/4/2024).")
    orgs = names_typed(doc, "Organization")
    assert "Bhayangkara FC" in orgs and not [n for n in orgs if "Vs" in n]
