"""Shapes of real pages read in round 63; every text is written for its test (invented people, real
regions, clubs, bodies and outlets)."""
from datetime import date

from kgtest import events_of, names_typed, pipeline_doc, relation_triples, role_names


def _doc(text: str, day: date = date(2024, 3, 3)):
    return pipeline_doc(text, day, use_model=True)


# ------------------------------------------------------------------ sport

def test_a_national_team_written_without_its_age_group_is_the_one_age_group_team_named():
    doc = _doc("JAKARTA - Timnas Indonesia U-20 menang 2-0 atas Laos di Stadion Gelora Bung Tomo, Surabaya, Rabu "
               "(4/9/2024).\n\nGawang Timnas Indonesia yang dikawal Dimas Saputra tak kebobolan. Dua gol dicetak di babak pertama dan babak kedua laga ini.\n\nSusunan pemain:\n\n"
               "Indonesia: Dimas Saputra, Rizal Hakim, Bayu Nugroho, Aldi Permana, Fajar Sidik, Yoga Pratama, Reza "
               "Firmansyah, Hendra Kusuma, Wahyu Lestanto, Galih Prasetyo, Ilham Ramadhan.")
    teams = [n for n in names_typed(doc, "Organization") if n.startswith("Timnas")]
    assert teams == ["Timnas Indonesia U-20"], teams
    triples = relation_triples(doc)
    assert ("Rizal Hakim", "playsFor", "Timnas Indonesia U-20") in triples, triples


def test_a_loss_in_slang_and_an_arrest_verb_the_sports_pages_borrow_tell_a_match():
    doc = _doc("Tim tamu Persiku Kudus tersungkur 1-3 dari Persipa Pati di Stadion Joyokusumo, Sabtu (2/3/2024).")
    matches = events_of(doc, "SportsMatch")
    assert any(role_names(doc, e, "winner") == {"Persipa Pati"} for e in matches), matches
    doc = _doc("Timnas Indonesia U-17 keok 0-2 pada laga kedua Grup A di Stadion Jalan Besar, Rabu (6/3/2024).")
    assert any("Timnas Indonesia U-17" in role_names(doc, e, "participant") for e in events_of(doc, "SportsMatch"))
    doc = _doc("Tambahan tiga poin diraih tuan rumah. Persiraja Banda Aceh membekuk PSMS Medan 2-0 di Stadion "
               "Harapan Bangsa, Kamis (7/3/2024), lewat gol yang dicetak Teuku Ridwan.")
    assert not events_of(doc, "Arrest")
    matches = events_of(doc, "SportsMatch")
    assert any(role_names(doc, e, "winner") == {"Persiraja Banda Aceh"} for e in matches), matches


def test_a_side_that_ends_the_other_s_resistance_wins():
    doc = _doc("Di kandangnya sendiri, Persekat Tegal sukses menghentikan perlawanan Persela Lamongan 2-0 pada "
               "pekan ketujuh kompetisi di Stadion Tri Sanja, Slawi.")
    matches = events_of(doc, "SportsMatch")
    assert any(role_names(doc, e, "winner") == {"Persekat Tegal"} and "Persela Lamongan" in
               role_names(doc, e, "participant") for e in matches), matches


# ------------------------------------------------------------------ courts

def test_the_defendants_listed_after_yaitu_are_people_and_the_ones_sentenced():
    doc = _doc("Dalam sidang di PN Kudus, hakim menjatuhkan vonis penjara kepada tiga terdakwa yaitu, Sarmin, Joko, "
               "dan Bambang atas perkara pencurian sapi, Rabu (30/4/2025).")
    assert {"Sarmin", "Joko", "Bambang"} <= names_typed(doc, "Person")
    verdicts = events_of(doc, "Verdict")
    assert any(role_names(doc, e, "patient") == {"Sarmin", "Joko", "Bambang"} for e in verdicts), verdicts
    doc = _doc("Polisi menahan tiga pelaku, yakni, Yusuf Hartanto, Dedi Kurniawan, dan Bambang Riyadi, Rabu (30/4/2025).")
    assert "Rabu" not in names_typed(doc, "Person")


def test_the_senior_team_is_no_age_group_team():
    doc = _doc("Kontrak pelatih Timnas Indonesia Hendra Wijaya berakhir tahun ini. Ia seharusnya membawa Timnas "
               "Indonesia U-20 bertanding di Piala Dunia U-20. Adapun Timnas Indonesia senior akan tampil di Piala Asia.")
    teams = {n for n in names_typed(doc, "Organization") if n.startswith("Timnas")}
    assert teams == {"Timnas Indonesia", "Timnas Indonesia U-20"}, teams


# ------------------------------------------------------------------ conflict

def test_arson_by_an_armed_group_is_an_attack_and_a_fire_a_disaster():
    doc = _doc("KKB juga membakar gedung SD Inpres Ilaga di Kabupaten Puncak, Papua, Minggu (11/4/2021) malam.")
    assert not events_of(doc, "Disaster")
    attacks = events_of(doc, "Attack")
    assert any(role_names(doc, e, "agent") == {"KKB"} for e in attacks), attacks
    doc = _doc("Api membakar tiga rumah warga di Desa Sukamaju, Kabupaten Garut, Senin (3/3/2025).")
    assert events_of(doc, "Disaster") and not events_of(doc, "Attack")
    doc = _doc("Malam itu mereka membakar dua ruang kelas sebuah sekolah di Distrik Ilaga, Kabupaten Puncak.")
    assert not events_of(doc, "Disaster")


# ------------------------------------------------------------------ police units

def test_a_police_unit_written_with_the_province_or_a_town_of_it_after_its_region_is_the_region_s_unit():
    doc = _doc("Pekanbaru - Seorang buronan tewas ditembak aparat Polres Kuantan Singingi (Kuansing) Pekanbaru Riau, Selasa. "
               "Menurut Kapolres Kuantan Singingi (Kuansing) Riau AKBP Darmawan Siregar, tindakan itu sesuai prosedur. "
               "Kapolres Kampar Riau AKBP Yusuf Hamdani juga hadir.")
    orgs = names_typed(doc, "Organization")
    assert {"Polres Kuantan Singingi", "Polres Kampar"} <= orgs, orgs
    assert not any("Riau" in n or "Pekanbaru" in n for n in orgs), orgs
    triples = relation_triples(doc)
    assert {("Darmawan Siregar", "leads", "Polres Kuantan Singingi"), ("Yusuf Hamdani", "leads", "Polres Kampar"),
            ("Polres Kuantan Singingi", "basedIn", "Kuantan Singingi")} <= triples, triples


def test_each_bulleted_line_under_a_team_s_roster_line_plays_for_the_team():
    doc = _doc("KUDUS - Manajemen Persiku Kudus resmi mengikat pemain untuk musim depan.\n\nBerikut daftar pemain baru "
               "yang resmi dikontrak Persiku Kudus:\n\n- Galang Wicaksono\n\n- Yudha Pratama\n\n- Bima Setiaji\n\n"
               "- Aris Munandar\n\n(red)")
    triples = relation_triples(doc)
    assert {("Galang Wicaksono", "playsFor", "Persiku Kudus"), ("Bima Setiaji", "playsFor", "Persiku Kudus"),
            ("Aris Munandar", "playsFor", "Persiku Kudus")} <= triples, triples


def test_the_players_after_kubu_and_a_team_play_for_it():
    doc = _doc("Laga Persebaya Surabaya kontra Bali United diwarnai empat kartu kuning. Dari kubu Persebaya Surabaya, "
               "Rizky Saputra (11) dan Dimas Anggara (81) diganjar peringatan oleh wasit.")
    triples = relation_triples(doc)
    assert {("Rizky Saputra", "playsFor", "Persebaya Surabaya"),
            ("Dimas Anggara", "playsFor", "Persebaya Surabaya")} <= triples, triples


# ------------------------------------------------------------------ posts

def test_each_village_head_of_a_list_of_appointments_heads_only_the_village_named_after_him():
    doc = _doc("Pada acara itu Yusuf Hamdani, ditetapkan sebagai Kepala Desa Rawi, Darmawan Siregar ditetapkan "
               "sebagai Kepala Desa Blambangan. Selanjutnya Teguh Prasetyo ditetapkan sebagai Kepala Desa Sukaraja, "
               "dan Ihsan sebagai Kepala Desa Tanjungsari.")
    triples = relation_triples(doc)
    assert ("Yusuf Hamdani", "leads", "Rawi") in triples, triples
    assert ("Darmawan Siregar", "leads", "Rawi") not in triples, triples
    assert "Ihsan" in names_typed(doc, "Person")


def test_a_deputy_chair_with_no_council_named_holds_a_post_in_the_council_named_before():
    doc = _doc("Rapat paripurna menetapkan Markus Lumban, kader PDI Perjuangan, sebagai Ketua DPRD Kalteng. Lalu Rina "
               "Fitriani, kader Partai Nasdem, sebagai Wakil Ketua I dan Dedi Kurniawan, kader Partai Golkar, sebagai "
               "Wakil Ketua II.")
    triples = relation_triples(doc)
    assert {("Rina Fitriani", "holdsPosition", "DPRD Kalteng"),
            ("Dedi Kurniawan", "holdsPosition", "DPRD Kalteng")} <= triples, triples


# ------------------------------------------------------------------ disasters

def test_one_source_s_counts_told_again_as_they_rise_are_one_report_with_the_later_figures():
    doc = _doc("Tanah longsor menimbun empat pekerja tambang pasir di Desa Sibetan, Kabupaten Karangasem, Senin "
               "(11/9/2023).\n\n\"Satu pekerja meninggal dunia, dua lagi belum ditemukan,\" kata Kepala Basarnas Bali "
               "Wayan Suarta, Senin.\n\nMenjelang petang, kata Wayan Suarta, dua pekerja itu ditemukan tak bernyawa. "
               "\"Jadi seluruhnya tiga orang meninggal dunia,\" kata Wayan Suarta.")
    reports = [e for e in events_of(doc, "CasualtyReport") if "Wayan Suarta" in role_names(doc, e, "source")]
    assert len(reports) == 1, reports
    assert {(q.prop, q.value) for q in reports[0].quantities} >= {("killed", 3)}, reports[0].quantities


# ------------------------------------------------------------------ crime

def test_the_victim_is_never_the_suspect_just_arrested_and_a_victim_collapsing_plays_no_match():
    doc = _doc("Polres Lhokseumawe menangkap Rahmat Hidayat (27) di rumah kerabatnya, Senin (2/3/2015). \"Mereka "
               "bertengkar, lalu pelaku membunuh korban dengan sebilah pisau,\" kata Kasat Reskrim AKP Yudi Pranata.\n\n"
               "Korban tumbang bersimbah darah dan meninggal di perjalanan ke puskesmas.")
    assert not any("Rahmat Hidayat" in role_names(doc, e, "target") for e in events_of(doc, "Attack"))
    assert not events_of(doc, "SportsMatch")


def test_a_neighbourhood_head_leads_no_body_and_is_named_after_the_places_of_his_neighbourhood():
    doc = _doc("Ketua RT 07/RW 02 Kelurahan Ngagel, Wonokromo, Sutrisno, menyebut polisi membawa seorang pria. "
               "Ketua RT 5 / RW 1 Hariono juga membenarkan kejadian itu.")
    assert {"Sutrisno", "Hariono"} <= names_typed(doc, "Person")
    assert "Wonokromo" not in names_typed(doc, "Person")
    orgs = names_typed(doc, "Organization")
    assert not any(n[:1].isdigit() for n in orgs), orgs


# ------------------------------------------------------------------ names

def test_a_balinese_name_opened_by_i_is_whole_though_its_last_word_is_a_town_and_clitic_words_are_no_names():
    doc = _doc("Korban tewas masing-masing bernama I Ketut Soria (52), I Wayan Darsana (45), dan I Made Rai (38).")
    people = names_typed(doc, "Person")
    assert "I Ketut Soria" in people and "Ketut Soria" not in people, people
    doc = _doc("Pencurian Ternak Marak, Kepala Desa Jadi Korban, Modusnya Terbongkar.\n\nPolisi masih menyelidiki "
               "kasus itu, Senin (3/3/2025).")
    assert not any("Modusnya" in n for n in names_typed(doc)), names_typed(doc)


def test_a_village_named_with_a_direction_is_whole_and_a_village_hall_arrests_no_one():
    doc = _doc("Selewengkan dana desa, jaksa tahan Kepala Desa Karangsari Kulon\n\nCilacap - Kejaksaan Negeri "
               "(Kejari) Cilacap menahan Kepala Desa Karangsari Kulon, Kecamatan Karangsari, Kabupaten Cilacap, IR alias "
               "Ita yang diduga menyelewengkan dana desa, Selasa, 21 Januari 2020.\n\nIR ditangkap atau dijemput paksa "
               "jaksa di kantornya, Balai Desa Karangsari Kulon, Senin siang.")
    assert "Kulon" not in names_typed(doc, "Person")
    assert "Karangsari Kulon" in names_typed(doc, "Place")
    assert not any(doc.entities[k].type == "Place" for e in events_of(doc, "Arrest") for k in e.actors("agent"))


def test_a_police_chief_titled_by_the_last_word_of_the_region_heads_the_unit_named_in_full():
    doc = _doc("Pekanbaru - Brigadir Adi Saputra, anggota Polres Kepulauan Meranti, tewas ditikam seorang warga, Kamis "
               "(25/8/2016). Menurut keterangan Kapolres Meranti, kata Guntur, keduanya sudah lama berselisih. "
               "Kapolres Meranti AKBP Yusuf Hamdani memerintahkan anggotanya mengejar pelaku.")
    assert "Meranti" not in names_typed(doc, "Person")
    orgs = names_typed(doc, "Organization")
    assert "Polres Meranti" not in orgs, orgs
    assert ("Yusuf Hamdani", "leads", "Polres Kepulauan Meranti") in relation_triples(doc)


# ------------------------------------------------------------------ events

def test_a_clause_opened_by_dengan_below_a_noun_acts_with_the_subject_of_the_verb_above():
    doc = _doc("Bupati Pesawaran Hendra Wijaya kembali memperkuat komitmen untuk pelayanan publik dengan melantik lima "
               "kepala desa di Kecamatan Gedong Tataan, Kamis (7/9/2023).")
    inaugurations = events_of(doc, "Inauguration")
    assert any(role_names(doc, e, "agent") == {"Hendra Wijaya"} for e in inaugurations), inaugurations
    assert not any("Hendra Wijaya" in role_names(doc, e, "patient") for e in inaugurations)


def test_a_verdict_postponed_is_a_hearing_and_no_verdict():
    doc = _doc("Pengadilan Negeri Tangerang kembali menunda pembacaan putusan perkara investasi bodong dengan "
               "terdakwa Rudi Hartono, Jumat (28/10/2022).")
    assert not events_of(doc, "Verdict")
    trials = events_of(doc, "Trial")
    assert any("Pengadilan Negeri Tangerang" in role_names(doc, e, "agent") for e in trials), trials


def test_players_changed_in_a_match_make_no_appointment():
    doc = _doc("Persebaya Surabaya mengalahkan Persik Kediri 2-0, Sabtu (5/10/2024). Gol dicetak oleh Rendi Saputra "
               "dan Yusuf Maulana.\n\nPergantian dua pemain itu mengubah taktik Persebaya menjadi 4-4-2.")
    assert not events_of(doc, "Appointment")
    assert "Gol" not in names_typed(doc), names_typed(doc)


def test_the_lower_case_words_after_a_title_name_no_body():
    doc = _doc("Bupati Pesawaran Hendra Wijaya melantik tujuh Kepala Desa hasil Pemilihan Serentak Gelombang II di "
               "Kecamatan Gedong Tataan.")
    assert not any(n[:1].islower() for n in names_typed(doc)), names_typed(doc)
