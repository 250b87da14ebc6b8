"""Shapes of real pages read in round 30; every text is written for its test (invented people, real
regions)."""
from datetime import date

from kgtest import event_places, named_entities, only_event, pipeline_doc, relation_triples, role_names as _roles


def test_suspects_listed_after_their_count_are_the_ones_arrested():
    doc = pipeline_doc("Satresnarkoba Polres Bogor menangkap tiga tersangka pengedar sabu, yakni AS (34), RH (29) dan "
                       "MT (41), di Kecamatan Cibinong, Kabupaten Bogor, Senin (3/6/2024).", date(2024, 6, 4),
                       use_model=True)
    assert _roles(doc, only_event(doc, "Arrest"), "patient") == {"AS", "RH", "MT"}


def test_a_court_rejecting_an_appeal_gives_a_verdict_on_the_appellant():
    doc = pipeline_doc("Pengadilan Tinggi Bandung menolak banding yang diajukan terdakwa Wulan Sasmita, Rabu "
                       "(12/4/2023).", date(2023, 4, 13), use_model=True)
    verdict = only_event(doc, "Verdict")
    assert _roles(doc, verdict, "agent") == {"Pengadilan Tinggi Bandung"}
    assert _roles(doc, verdict, "patient") == {"Wulan Sasmita"}
    assert verdict.times and verdict.times[0].value == "2023-04-12"


def test_a_building_opened_by_an_official_is_inaugurated_and_an_office_is_no_one_sworn_in():
    doc = pipeline_doc("Bupati Klaten Yuliana Pratiwi meresmikan Gedung Pelayanan Terpadu RSUD Bagas Waras, Senin "
                       "(3/6/2024).", date(2024, 6, 4), use_model=True)
    opening = only_event(doc, "Inauguration")
    assert _roles(doc, opening, "agent") == {"Yuliana Pratiwi"}
    assert _roles(doc, opening, "patient") == {"Gedung Pelayanan Terpadu RSUD Bagas Waras"}
    doc = pipeline_doc("Peresmian Pasar Rakyat Sukamaju dilakukan oleh Gubernur Jawa Tengah Hendar Prasetyo, Senin "
                       "(3/6/2024).", date(2024, 6, 4), use_model=True)
    assert _roles(doc, only_event(doc, "Inauguration"), "patient") == {"Pasar Rakyat Sukamaju"}
    # (a region after a sworn-in title is no one sworn in)
    doc = pipeline_doc("Presiden Joko Widodo melantik Kepala Staf TNI Angkatan Darat di Istana Negara.",
                       date(2024, 6, 4), use_model=True)
    assert not _roles(doc, only_event(doc, "Inauguration"), "patient")


def test_a_headline_in_title_case_tells_the_winner_of_the_match_the_body_tells():
    doc = pipeline_doc("Persipura Jayapura Taklukkan Persebaya Surabaya 2-1\n\nJAYAPURA - Persipura Jayapura mengamankan tiga "
                       "angka di laga kandang pekan kelima. Setelah, anak asuh pelatih lokal itu menaklukkan tamunya,  "
                       "Persebaya Surabaya dengan skor 2-1, di Stadion Mandala, Jayapura, Minggu (14/5/2017) sore.",
                       date(2017, 5, 15), use_model=True)
    match = only_event(doc, "SportsMatch")
    assert _roles(doc, match, "winner") == {"Persipura Jayapura"}
    assert "Persebaya Surabaya" in _roles(doc, match, "participant")
    assert "Stadion Mandala" in event_places(doc, match)
    assert match.times and match.times[0].value == "2017-05-14"


def test_an_outlet_before_its_city_in_brackets_is_the_outlet_and_not_the_place():
    doc = pipeline_doc("WartaPantura (Tegal) - Bupati Tegal Jawa Tengah, Hj Rina Kusumawati SE membuka Balai Warga "
                       "Slawi, Kamis 3 Maret 2022. Balai itu berdiri di atas tanah bekas Kawedanan Slawi.",
                       date(2022, 3, 4), use_model=True)
    assert doc.dateline_place and doc.entities[doc.dateline_place].name == "Tegal"
    assert ("Rina Kusumawati", "leads", "Tegal") in relation_triples(doc)
    assert not [p for e in doc.events for p in event_places(doc, e) if p == "WartaPantura"]
    assert ("Kawedanan Slawi", "Place") in named_entities(doc)
    assert ("Tegal Jawa Tengah", "Place") not in named_entities(doc)


def test_an_outlet_after_a_city_and_a_full_stop_never_travels():
    doc = pipeline_doc("Halsel. Lensamalut.com — Menteri Sosial Republik Indonesia, Bambang Sutejo, melakukan kunjungan "
                       "kerja ke Panti Werdha Labuha, Kabupaten Halmahera Selatan, Maluku Utara, Kunjungan itu untuk "
                       "memeriksa layanan bagi lansia, Rabu (11/2/2026)", date(2026, 2, 11), use_model=True)
    travel = only_event(doc, "Travel")
    assert _roles(doc, travel, "traveler") == {"Bambang Sutejo"}


def test_no_one_named_inside_a_quote_says_it():
    doc = pipeline_doc('Bupati Tegal Rina Kusumawati meresmikan Balai Warga Slawi, Kamis (3/3/2022). "Hari ini Balai Warga '
                       'Slawi resmi saya buka untuk warga," katanya.', date(2022, 3, 4), use_model=True)
    for statement in [e for e in doc.events if e.kind == "Statement"]:
        assert "Balai Warga Slawi" not in _roles(doc, statement, "speaker")


def test_a_team_or_panel_drawn_from_a_body_is_the_body():
    named = named_entities(pipeline_doc("Tim Penyidik Kejati Kepri menahan dua tersangka. Majelis Hakim PN Jakarta "
                                        "Selatan menjatuhkan vonis. Tim SAR Gabungan mencari korban.",
                                        date(2024, 1, 2), use_model=True))
    assert {("Kejati Kepri", "Organization"), ("PN Jakarta Selatan", "Organization"),
            ("Tim SAR Gabungan", "Organization")} <= named
    assert not {n for n, _ in named if n.startswith(("Tim Penyidik", "Majelis Hakim"))}


def test_an_eruption_told_beside_its_volcano_happened_there():
    doc = pipeline_doc("Badan Geologi melaporkan Gunung Lewotobi, Flores, erupsi pada Selasa pukul 05.40 WITA.",
                       date(2024, 1, 2), use_model=True)
    assert event_places(doc, only_event(doc, "Disaster")) == {"Gunung Lewotobi"}


def test_a_verb_in_a_title_case_line_or_opening_a_sentence_is_no_part_of_a_name():
    named = named_entities(pipeline_doc("Guru Honorer Supriyati Dituntut Bebas oleh Jaksa\n"
                                        "Jaksa menuntut bebas Supriyati dalam sidang di Kendari. Beruntung Rizky Ramadhan "
                                        "Saputra berhasil menyapu bola.", date(2024, 1, 2), use_model=True))
    people = {n for n, t in named if t == "Person"}
    assert "Rizky Ramadhan Saputra" in people
    assert not {n for n in people if "Dituntut" in n or n.startswith("Beruntung")}


def test_a_short_form_in_brackets_opens_no_place_and_a_verdict_decided_by_a_court_is_its_verdict():
    doc = pipeline_doc("Dua petugas jaga dinyatakan lalai saat tiga tahanan kabur dari Lembaga Pemasyarakatan (Lapas) Klas "
                       "II Cilacap. Hukuman itu dijatuhkan Majelis Hakim Pengadilan Negeri Cilacap, Kamis (6/10/2022).",
                       date(2022, 10, 7), use_model=True)
    assert not [n for n, _ in named_entities(doc) if n.startswith("Lapas)")]
    assert _roles(doc, only_event(doc, "Verdict"), "agent") == {"Pengadilan Negeri Cilacap"}


def test_a_regency_written_short_is_the_regency_the_article_named_in_full():
    doc = pipeline_doc("LABUAN BAJO, Warta.net-Pemerintah Kabupaten (Pemkab) Manggarai Barat (Mabar) mengusulkan dua "
                       "rancangan perda baru. Rapat itu dihadiri Sekda dan para kepala dinas Pemkab Mabar.",
                       date(2024, 6, 12), use_model=True)
    assert ("Pemkab Mabar", "basedIn", "Manggarai Barat") in relation_triples(doc)


def test_a_building_eaten_by_the_red_rooster_burned():
    doc = pipeline_doc("Gudang kayu milik Hasan di Desa Cigugur, Kabupaten Kuningan, habis dilalap 'si jago merah' "
                       "pada Sabtu (16/3/2024) dini hari. Warga lalu melahap hidangan syukuran.", date(2024, 3, 17),
                       use_model=True)
    fire = only_event(doc, "Disaster")
    assert fire.times and fire.times[0].value == "2024-03-16"


def test_a_short_form_in_brackets_opens_no_name_after_it():
    doc = pipeline_doc("Kajari Kuantan Singingi (Kuansing) Budi Santosa di Teluk Kuantan belum lama ini mengatakan hal "
                       "itu. Ia bertugas di Pemerintahan Kabupaten (Pemkab) Kudus. Penetapan itu sah.", date(2024, 1, 2),
                       use_model=True)
    assert not [n for n, _ in named_entities(doc) if n.startswith("(")]
    assert ("Budi Santosa", "Person") in named_entities(doc)


def test_a_panel_and_its_division_before_a_body_are_no_organization():
    named = named_entities(pipeline_doc("Penyidik Tindak Pidana Khusus Kejaksaan Tinggi Sulawesi Tenggara (Kejati Sultra) "
                                        "menahan dua tersangka korupsi dana desa. Tim Putri Jakarta Electric PLN menang 3-0.",
                                        date(2024, 1, 2), use_model=True))
    orgs = {n for n, t in named if t == "Organization"}
    assert "Kejaksaan Tinggi Sulawesi Tenggara" in orgs and "Tim Putri Jakarta Electric PLN" in orgs
    assert not {n for n in orgs if n.startswith("Penyidik")} and "PLN" not in orgs


def test_a_company_legal_form_the_recogniser_took_apart_belongs_to_the_company():
    from kg.lang.id.evidence import _with_company_tails
    from kg.model import Mention
    text = "yakni Shenzhen Hong Xing Trading Co Ltd dan PT lokal."
    company = Mention(6, 32, "Shenzhen Hong Xing Trading", "Organization", "model", 0.9)
    tail = Mention(33, 39, "Co Ltd", "Person", "model", 0.6)
    lone = Mention(44, 46, "PT", "Organization", "model", 0.6)
    out = _with_company_tails([company, tail, lone], text)
    assert [m.text for m in out] == ["Shenzhen Hong Xing Trading Co Ltd"]


def test_a_reduplicated_place_written_without_its_hyphen_is_the_place():
    doc = pipeline_doc("Mantan Bupati Tojo Unauna Rahmat Lasimpa dan Wakil Bupati Hendra Lamanto kini tidak lagi "
                       "menjabat.", date(2015, 9, 14), use_model=True)
    assert ("Rahmat Lasimpa", "leads", "Tojo Unauna") in relation_triples(doc, former=True)
    assert ("Rahmat Lasimpa", "Person") in named_entities(doc)


def test_a_headline_verb_after_a_title_is_no_one_holding_it():
    doc = pipeline_doc("KENDARI - Propam memeriksa Kapolsek Lainea Iptu Made Sukarta, Senin (4/11/2024). Warga berharap "
                       "kasus itu cepat tuntas.\n- Pemkab Menyiapkan Anggaran Baru untuk Guru Honorer\n- Kasus Pungli: "
                       "Kapolsek Lainea Dicopot Gegara Setoran Rp 5 Juta, Kanit Intel Ikut Diperiksa", date(2024, 11, 5),
                       use_model=True)
    people = {n for n, t in named_entities(doc) if t == "Person"}
    assert "Made Sukarta" in people and not {n for n in people if n.startswith("Dicopot")}
    assert [s for s, p, o in relation_triples(doc) if p == "leads" and o == "Polsek Lainea"] == ["Made Sukarta"]


def test_a_foreign_head_named_again_by_the_bare_title_keeps_his_country():
    doc = pipeline_doc("BOGOR - Presiden RI, Joko Widodo menerima kunjungan resmi Presiden Republik Filipina, Ferdinand "
                       "Marcos di Istana Kepresidenan Bogor, Rabu (6/3). Iring-iringan Presiden Marcos tiba pukul 09.30 WIB.",
                       date(2024, 3, 7), use_model=True)
    assert ("Ferdinand Marcos", "leads", "Indonesia") not in relation_triples(doc)
    assert ("Joko Widodo", "leads", "Indonesia") in relation_triples(doc)


def test_a_dateline_with_a_space_before_its_comma_is_read():
    doc = pipeline_doc("SUARA.COM , Bandung - Pebulu tangkis muda Raka Pratama mengalahkan wakil Malaysia Lee Chong Kit "
                       "di GOR Pajajaran, Sabtu (8/2/2025).", date(2025, 2, 8), use_model=True)
    assert doc.dateline_place and doc.entities[doc.dateline_place].name == "Bandung"
    assert not [o for s, p, o in relation_triples(doc) if p == "playsFor" and o.upper().startswith("SUARA")]


def test_the_country_of_a_visitors_title_is_no_party_to_the_meeting():
    doc = pipeline_doc("BOGOR - Presiden RI, Joko Widodo menerima kunjungan kenegaraan Presiden Republik Filipina, Ferdinand "
                       "Marcos di Istana Kepresidenan Bogor, Rabu (6/3).", date(2024, 3, 7), use_model=True)
    assert _roles(doc, only_event(doc, "Meeting"), "participant") == {"Joko Widodo", "Ferdinand Marcos"}


def test_a_regent_named_without_a_region_heads_the_one_regency_the_article_names():
    doc = pipeline_doc("BORONG - Pemerintah Kabupaten (Pemkab) Manggarai Timur (Matim) membagikan bibit kopi kepada petani. "
                       "Hadir Bupati Yohanes Damur dan Wakil Bupati Fransiskus Jehaut.", date(2024, 6, 12),
                       use_model=True)
    triples = relation_triples(doc)
    assert ("Yohanes Damur", "leads", "Manggarai Timur") in triples
    assert ("Fransiskus Jehaut", "holdsPosition", "Manggarai Timur") in triples
