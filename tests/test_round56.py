"""Shapes of real pages read in round 56; every text is written for its test (invented people, real
regions, bodies and outlets)."""
from datetime import date

from kgtest import events_of, names_typed, pipeline_doc, relation_triples, role_names


def _doc(text: str, day: date = date(2024, 3, 3)):
    return pipeline_doc(text, day, use_model=True)


# ------------------------------------------------------------------ entities

def test_a_small_town_named_like_its_regency_closes_a_district_s_name():
    doc = _doc("Sebanyak 40 warga Padukuhan Ngentak Kecamatan Godean Sleman mengungsi. Rumah mereka rusak diterjang "
               "angin kencang.")
    places = names_typed(doc, "Place")
    assert {"Kecamatan Godean", "Sleman", "Padukuhan Ngentak"} <= places
    assert "Kecamatan Godean Sleman" not in places
    assert ("Kecamatan Godean", "containedInPlace", "Sleman") in relation_triples(doc)


def test_the_homeland_and_abroad_after_di_name_no_place():
    doc = _doc("Perusahaan itu sudah beroperasi lebih dari 50 tahun di Tanah Air. Sebagian produknya dijual di Luar "
               "Negeri.")
    assert not {"Tanah Air", "Luar Negeri"} & names_typed(doc)


def test_a_form_of_address_opens_a_person_whatever_the_model_made_of_it():
    doc = _doc("Presiden Prancis Jean Moreau beserta Nyonya Claire Moreau mendarat di Bali, Minggu (13/11/2022). "
               "SK itu menetapkan Saudara Dr. Drs. H. Rahmat Hidayat, S.H. sebagai Bupati Ogan.")
    people = names_typed(doc, "Person")
    assert {"Claire Moreau", "Rahmat Hidayat"} <= people
    assert not [n for n in names_typed(doc) if n.startswith(("Nyonya", "Saudara"))]


def test_the_chair_of_a_judges_panel_is_a_person_not_a_body_nor_the_one_tried():
    doc = _doc("Sidang digelar di ruang utama dengan Ketua Majelis Bambang Sutrisno dan dua anggota hakim.")
    assert "Bambang Sutrisno" in names_typed(doc, "Person")
    assert not [n for n in names_typed(doc, "Organization") if n.startswith("Majelis")]
    assert not [e for e in events_of(doc, "Trial") if "Bambang Sutrisno" in role_names(doc, e, "patient")]


def test_academic_and_religious_prefixes_stay_out_of_a_name():
    doc = _doc("Acara dibuka oleh Gubernur Jambi Dr H. Hasan Basri. Dalam sambutannya, KH Ahmad Fauzan menyampaikan "
               "doa. Turut hadir Ketua Dewan Pimpinan Wilayah Partai Amanat Nasional Prof DR KHM Hanif Sholeh MA.")
    people = names_typed(doc, "Person")
    assert {"Hasan Basri", "Ahmad Fauzan", "Hanif Sholeh"} <= people
    assert ("Hanif Sholeh", "leads", "Dewan Pimpinan Wilayah Partai Amanat Nasional") in relation_triples(doc)
    assert ("Hasan Basri", "leads", "Jambi") in relation_triples(doc)


def test_a_portfolio_word_after_the_title_is_no_name():
    doc = _doc("Arif Gunawan menjabat Direktur Energi Primer di PLN sejak Januari lalu.")
    assert "Primer" not in names_typed(doc)


def test_a_university_named_by_a_date_in_figures_is_one_body():
    doc = _doc("Wisuda digelar oleh Universitas 17 Agustus 1945 Surabaya, Sabtu (25/2/2023). Rektor mengucapkan "
               "selamat kepada para lulusan.")
    assert "Universitas 17 Agustus 1945 Surabaya" in names_typed(doc, "Organization")


def test_a_short_name_opening_like_a_passive_verb_is_kept_whole():
    doc = _doc("Persita menang 2-0. Gol kedua dicetak oleh Yoga Dimas di menit 51.")
    assert "Yoga Dimas" in names_typed(doc, "Person")


def test_a_stadium_and_the_town_closing_its_name_are_two_places():
    doc = _doc("Laga digelar di Stadion Jatidiri Semarang, Minggu (29/9/2024). Pekan depan tim itu bermain di "
               "Stadion Gelora Bandung Lautan Api.")
    places = names_typed(doc, "Place")
    assert {"Stadion Jatidiri", "Semarang", "Stadion Gelora Bandung Lautan Api"} <= places
    assert ("Stadion Jatidiri", "containedInPlace", "Semarang") in relation_triples(doc)


# ------------------------------------------------------------------ relations

def test_a_ticket_named_after_its_two_posts_holds_them():
    doc = _doc("Bupati dan Wabup terpilih dilantik pekan depan. Bupati dan Wabup Seluma adalah pasangan Hendra "
               "Wijaya-Sutarno, Bupati dan Wabup Kaur, yakni pasangan Rudi Hartono-Budiman.")
    triples = relation_triples(doc)
    assert ("Hendra Wijaya", "leads", "Seluma") in triples
    assert ("Sutarno", "holdsPosition", "Seluma") in triples
    assert ("Rudi Hartono", "leads", "Kaur") in triples
    assert ("Budiman", "holdsPosition", "Kaur") in triples


def test_a_country_with_no_national_team_named_scores_as_itself():
    doc = _doc("Timnas Indonesia menang 2-1 atas Vietnam di Jakarta. Gol-gol pasukan Merah Putih dicetak oleh Riko "
               "Saputra pada menit 19 dan Andi Prasetyo di menit 51. Adapun satu gol Vietnam dicetak oleh Tran Van Minh "
               "pada menit 80.")
    triples = relation_triples(doc)
    assert ("Riko Saputra", "playsFor", "Timnas Indonesia") in triples
    assert ("Andi Prasetyo", "playsFor", "Timnas Indonesia") in triples
    assert ("Tran Van Minh", "playsFor", "Vietnam") in triples
    assert "Merah Putih" not in names_typed(doc, "Person")


# ------------------------------------------------------------------ events

def test_a_count_of_pilgrims_or_pupils_takes_what_the_clause_says_of_them():
    doc = _doc("Kementerian Agama mencatat sebanyak 12 jemaah calon haji asal Jawa Timur wafat selama musim haji "
               "tahun ini. Di Bogor, sebanyak 15 siswa dibawa ke puskesmas setelah mengalami keracunan makanan.")
    reports = events_of(doc, "CasualtyReport")
    figures = {(q.prop, q.value) for e in reports for q in e.quantities}
    assert ("killed", 12) in figures
    assert ("injured", 15) in figures


def test_i_inside_a_quote_is_its_speaker():
    doc = _doc('"Saya meresmikan Gedung Rumah Sakit Umum Daerah Cempaka di Kota Palu," ujar Gubernur Sulawesi Tengah '
               'Arman Setiadi di Palu, Jumat (6/9/2024).')
    openings = events_of(doc, "Inauguration")
    assert openings and "Arman Setiadi" in role_names(doc, openings[0], "agent")


def test_who_chairs_a_ceremony_of_swearing_in_swears_them_in():
    doc = _doc("Prosesi pelantikan itu dipimpin langsung oleh Rais Syuriah Pengurus Wilayah Nahdlatul Ulama Jawa "
               "Tengah Abdul Karim di Semarang, Minggu (7/5/2023).")
    swearing = events_of(doc, "Inauguration")
    assert swearing and "Abdul Karim" in role_names(doc, swearing[0], "agent")


def test_a_meeting_in_a_phrase_opening_the_sentence_is_the_main_subject_s():
    doc = _doc("Saat bertemu Presiden Rudi Santoso di Istana, Menteri Arif Wibowo mengatakan program itu berjalan. "
               "Dalam pertemuan dengan Menlu Meksiko Carlos Ramos, Menlu Dewi Lestari mendorong penyelesaian MoU.")
    pairs = [set(role_names(doc, e, "participant")) for e in events_of(doc, "Meeting")]
    assert {"Rudi Santoso", "Arif Wibowo"} in pairs
    assert {"Carlos Ramos", "Dewi Lestari"} in pairs


def test_a_smuggling_foiled_is_told_as_an_arrest_by_the_body_that_foiled_it():
    doc = _doc("Bea Cukai Batam menggagalkan upaya penyelundupan 2 kilogram sabu di Pelabuhan Batam Center, Senin "
               "(3/3/2025). Di Aceh, peredaran 150 kilogram ganja kering berhasil digagalkan oleh Polda Aceh.")
    agents = {a for e in events_of(doc, "Arrest") for a in role_names(doc, e, "agent")}
    assert any(a.startswith("Bea Cukai") or a.startswith("Direktorat Jenderal Bea") for a in agents)
    assert "Polda Aceh" in agents


def test_a_village_head_s_village_and_a_spaced_degree_name_nobody():
    doc = _doc("Turut hadir Anggota DPRD Kabupaten Sambas, Rina Marlina, S. Sos dan Kepala Desa Semparuk, Hendra.")
    people = names_typed(doc, "Person")
    assert {"Rina Marlina", "Hendra"} <= people
    assert not {"S. Sos", "Semparuk"} & people
    assert ("Hendra", "memberOf", "DPRD Kabupaten Sambas") not in relation_triples(doc)


def test_a_post_s_short_form_in_brackets_before_a_comma_is_no_person():
    doc = _doc("Menurut Kepala Seksi Pelayanan Umum (Kasi Yanum), Yusuf Hamdani, layanan itu dibuka Senin (24/10/2022).")
    people = names_typed(doc, "Person")
    assert "Yusuf Hamdani" in people
    assert "Yanum" not in people


def test_two_capitals_after_a_title_that_nothing_defines_are_the_holder_s_initials():
    doc = _doc("Acara itu dihadiri mantan Presiden BJ Habibie dan Menteri Perhubungan RK Siregar. Ketua KPK Nawawi "
               "Pomolango juga hadir. K.H. Ahmad Fauzan memimpin doa.")
    people = names_typed(doc, "Person")
    assert {"BJ Habibie", "RK Siregar", "Nawawi Pomolango", "Ahmad Fauzan"} <= people
    assert ("RK Siregar", "leads", "Kementerian Perhubungan") in relation_triples(doc)
    assert "BJ" not in names_typed(doc)


def test_a_lone_name_after_a_rank_a_player_s_title_or_before_a_degree_is_a_person():
    doc = _doc("Turut hadir Atase Pertahanan Brigjen TNI Sumarsono. Keputusan itu mengangkat Budi Santoso menjadi "
               "Bupati, dan Erlinda, S.E., M.Si., menjadi wakilnya. Persebaya membalas lewat Bruno Silva yang "
               "menaklukkan kiper Lucas.")
    people = names_typed(doc, "Person")
    assert {"Sumarsono", "Erlinda", "Lucas"} <= people
    assert not {"Sumarsono", "Erlinda", "Lucas"} & names_typed(doc, "Place")
    assert not [t for t in relation_triples(doc) if t[0] == "Lucas" and t[1] == "playsFor"]
