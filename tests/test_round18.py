"""Who did an event when the sentence opens with a description, carries it out with a support verb or
brings a companion; where the lede's event took place when the next sentence says so (round 18); every
text is written for its test (invented officials, players and suspects; real regions and venues)."""
from datetime import date

from kgtest import name_set, only_event, pipeline_doc, relation_triples


def test_a_player_named_between_commas_after_a_description_is_the_one_who_won():
    doc = pipeline_doc("Pebulu tangkis tunggal putri andalan Indonesia, Ratri Kusumawati, menekuk wakil Thailand, "
                       "Busaba Kongsri, untuk melaju ke babak semifinal Denmark Open 2024.", date(2024, 10, 19),
                       use_model=True)
    match = only_event(doc, "SportsMatch")
    assert name_set(doc, match.actors("winner")) == {"Ratri Kusumawati"}
    assert name_set(doc, match.actors("participant")) == {"Ratri Kusumawati", "Busaba Kongsri"}


def test_the_lede_match_took_place_where_the_next_sentence_on_the_same_day_says():
    doc = pipeline_doc("BANDUNG – Pebulu tangkis tunggal putri andalan Indonesia, Ratri Kusumawati, menekuk wakil "
                       "Thailand, Busaba Kongsri, untuk melaju ke babak semifinal Denmark Open 2024.\n\n"
                       "Juara Asia tersebut unggul 21-15 dan 21-12 atas lawannya di Jyske Bank Arena, "
                       "Odense, Denmark, pada Jumat, 18 Oktober 2024.", date(2024, 10, 19), use_model=True)
    match = only_event(doc, "SportsMatch")
    assert name_set(doc, match.places) == {"Jyske Bank Arena"}
    assert {t.value for t in match.times} == {"2024-10-18"}


def test_a_qualifying_round_is_no_place_and_the_side_beaten_on_the_way_is_in_the_match():
    doc = pipeline_doc("SURABAYA – Timnas Indonesia U-23 sukses meraih kemenangan perdana di Kualifikasi Piala Asia "
                       "U-23 2026 Grup J dengan mengalahkan Laos 3-0. Laga yang digelar di Stadion Gelora Bung Tomo, "
                       "Surabaya, pada Selasa (9/9/2025), disaksikan 20 ribu penonton.", date(2025, 9, 10),
                       use_model=True)
    assert not any(e.type == "Place" and e.name.startswith("Kualifikasi") for e in doc.entities.values())
    match = only_event(doc, "SportsMatch")
    assert name_set(doc, match.actors("participant")) == {"Timnas Indonesia U-23", "Laos"}
    assert name_set(doc, match.actors("winner")) == {"Timnas Indonesia U-23"}
    assert "Stadion Gelora Bung Tomo" in name_set(doc, match.places)


def test_who_carries_out_an_event_named_by_a_noun_does_it():
    doc = pipeline_doc("Bupati Trenggalek Mulyanto Hadi melakukan pelantikan terhadap Sutarjo Wibisono sebagai "
                       "sekretaris daerah, Sabtu (9/2/2019).", date(2019, 2, 10), use_model=True)
    inauguration = only_event(doc, "Inauguration")
    assert name_set(doc, inauguration.actors("agent")) == {"Mulyanto Hadi"}
    assert name_set(doc, inauguration.actors("patient")) == {"Sutarjo Wibisono"}


def test_a_companion_named_with_bersama_travels_too():
    doc = pipeline_doc("Presiden Filipina Ramon Santos bersama Ibu Negara Liza Santos tiba di Bandara Soekarno-Hatta, "
                       "Tangerang, Jumat (29/6/2018).", date(2018, 6, 29), use_model=True)
    travel = only_event(doc, "Travel")
    assert name_set(doc, travel.actors("traveler")) == {"Ramon Santos", "Liza Santos"}


def test_a_court_that_decides_a_defendant_guilty_gives_a_verdict_and_cutting_a_contract_is_none():
    doc = pipeline_doc("Majelis hakim Pengadilan Tindak Pidana Korupsi (Tipikor) Surabaya memutus terdakwa perkara "
                       "korupsi Hartono Wijaya bersalah. Sebulan sebelumnya, pemerintah kota memutus kontrak kerja "
                       "sama dengan PT Maju Jaya Abadi.", date(2024, 3, 5), use_model=True)
    verdict = only_event(doc, "Verdict")
    assert name_set(doc, verdict.actors("patient")) == {"Hartono Wijaya"}
    assert name_set(doc, verdict.actors("agent")) == {"Pengadilan Tindak Pidana Korupsi Surabaya"}


def test_a_team_of_a_police_unit_that_makes_an_arrest_stands_for_the_unit():
    doc = pipeline_doc("Madiun - Tim buser Satreskrim Polres Madiun berhasil menangkap dua pelaku pencurian sepeda "
                       "motor. Pelaku adalah Sukardi (30), warga Desa Sidomulyo, dan Paimin (32), warga Desa "
                       "Kradenan. Keduanya diringkus petugas saat berada di Kabupaten Ngawi, Rabu (6/2/2019).",
                       date(2019, 2, 8), use_model=True)
    arrest = only_event(doc, "Arrest")
    assert name_set(doc, arrest.actors("agent")) == {"Satreskrim Polres Madiun"}
    assert name_set(doc, arrest.actors("patient")) == {"Sukardi", "Paimin"}


def test_a_visit_told_again_with_a_companion_is_one_visit_at_its_place():
    doc = pipeline_doc("BOGOR - Presiden Hendra Wiratama menerima kunjungan kenegaraan Perdana Menteri Filipina Ramon "
                       "Santos di Istana Kepresidenan Bogor, Jawa Barat, Jumat (29/6/2018).\nSesuai jadwal, Ramon Santos "
                       "bersama istrinya, Liza Santos tiba pukul 10.15 WIB dan disambut upacara kenegaraan.",
                       date(2018, 6, 29), use_model=True)
    travel = only_event(doc, "Travel")
    assert name_set(doc, travel.actors("traveler")) == {"Ramon Santos", "Liza Santos"}
    assert "Istana Kepresidenan Bogor" in name_set(doc, travel.places)


def test_a_president_with_no_country_written_leads_the_home_country_the_article_names_on_its_own():
    doc = pipeline_doc("Presiden Hendra Wiratama meresmikan jalan tol Semarang-Demak, Senin (3/2/2025). Jalan tol itu "
                       "disebut sebagai yang pertama di Indonesia dibangun di atas laut.", date(2025, 2, 4), use_model=True)
    assert ("Hendra Wiratama", "leads", "Indonesia") in relation_triples(doc)


def test_a_president_named_after_a_foreign_president_does_not_lead_that_country():
    triples = relation_triples(pipeline_doc(
        "Presiden Prancis Louis Martin bertemu Presiden Hendra Wiratama di Istana Merdeka, Jakarta, Rabu (5/3/2025). "
        "Keduanya membahas hubungan Indonesia-Prancis.", date(2025, 3, 5), use_model=True))
    assert ("Louis Martin", "leads", "Prancis") in triples
    assert ("Hendra Wiratama", "leads", "Prancis") not in triples


def test_a_goal_made_through_a_player_a_few_words_later_makes_him_a_player_of_the_scoring_team():
    doc = pipeline_doc("Persija Jakarta menang 3-2 atas Persita Tangerang di Stadion Jakarta International, Sabtu "
                       "(7/10/2023). Persita baru mencetak gol pada menit ke-10 melalui Tiago Matos. Penalti "
                       "dimaksimalkan Persita menjadi gol lewat Hendra Wijaya menit ke-32.", date(2023, 10, 8),
                       use_model=True)
    triples = relation_triples(doc)
    assert ("Tiago Matos", "playsFor", "Persita Tangerang") in triples
    assert ("Hendra Wijaya", "playsFor", "Persita Tangerang") in triples


def test_a_title_region_followed_by_its_province_is_a_place_chain():
    triples = relation_triples(pipeline_doc("Bupati Trenggalek, Jatim, Hadi Santoso meresmikan pasar rakyat, Sabtu "
                                            "(9/2/2019).", date(2019, 2, 10), use_model=True))
    assert ("Trenggalek", "containedInPlace", "Jatim") in triples
    assert ("Hadi Santoso", "leads", "Trenggalek") in triples
