"""Shapes of real pages read in round 33; every text is written for its test (invented people, real
regions and outlets)."""
from datetime import date

from kgtest import events_of, named_entities, pipeline_doc, relation_triples
from kgtest import role_names as _roles


def _doc(text: str, day: date = date(2024, 8, 14)):
    return pipeline_doc(text, day, use_model=True)


# ------------------------------------------------------------------ page furniture

def test_every_inline_teaser_of_a_paragraph_cut_mid_sentence_goes_and_the_body_between_them_stays():
    text = ("SEMARANG, contohberita.com – Gubernur Jawa Tengah Bambang Wicaksono meninjau pasar murah di Lapangan "
            "Pancasila, Semarang, Kamis (8/2/2024).\n\n"
            "Gubernur berkeliling ke setiap lapak. Baca Juga: Harga Cabai Melonjak Jelang Lebaran di "
            "Pasar Induk Rombongan kemudian menyapa para pedagang di Gedung Serbaguna untuk berdialog. Baca Juga: "
            "Pakar Hukum Darmawan Suteja Soal Kampanye Kepala Daerah Hadir pula mendampingi Gubernur antara lain "
            "Kepala Dinas Perdagangan Haryanto Wibisono dan Kepala Dinas Pertanian Suryadi Kartanegara, serta")
    doc = _doc(text)
    removed = [text[s:e] for s, e, why in doc.removed if why == "teaser"]
    assert len(removed) == 2 and all("Hadir pula" not in r and "Gedung Serbaguna" not in r for r in removed)
    people = {n for n, t in named_entities(doc) if t == "Person"}
    assert {"Haryanto Wibisono", "Suryadi Kartanegara"} <= people
    assert "Darmawan Suteja" not in people   # a name in another article's title


# ------------------------------------------------------------------ entities

def test_a_one_word_name_after_a_province_short_form_is_the_official_though_a_foreign_town_has_it():
    doc = _doc("Rombongan disambut Penjabat Gubernur Malut Tono di Bandara Sultan Babullah, Ternate, Senin "
               "(12/8/2024).")
    assert ("Tono", "Person") in named_entities(doc)
    assert ("Tono", "leads", "Malut") in relation_triples(doc) or \
        any(s == "Tono" and p == "leads" for s, p, o in relation_triples(doc))


def test_suspects_by_their_initials_with_a_capitalised_former_post_in_brackets_are_people():
    doc = _doc("Ketiga tersangka itu, RW (Kasie Pemeliharaan Dinas PU Kota Bekasi), DT (mantan Kepala Seksi "
               "Kecamatan Bekasi Timur) dan MK (mantan Bendahara Dinas PU Kota Bekasi).")
    assert {"RW", "DT", "MK"} <= {n for n, t in named_entities(doc) if t == "Person"}


def test_a_deputy_attorney_general_s_portfolio_is_no_part_of_his_name():
    doc = _doc("Jaksa Agung Muda Tindak Pidana Umum Darmawan Sukirno mengatakan berkas perkara sudah lengkap.")
    people = {n for n, t in named_entities(doc) if t == "Person"}
    assert people == {"Darmawan Sukirno"}


# ------------------------------------------------------------------ events

def test_the_group_a_crowd_belongs_to_told_later_is_who_protested_and_its_demands_are_no_charge():
    doc = _doc("Ratusan perawat honorer melakukan unjuk rasa di depan Gedung DPRD Jawa Tengah, Semarang, Senin "
               "(12/8/2024). Pekan lalu, massa yang sama berdemonstrasi dengan tuntutan serupa di depan Kantor "
               "Gubernur Jawa Tengah, Jumat (9/8/2024). Seluruh peserta aksi itu tergabung dalam Forum Perawat "
               "Honorer Jawa Tengah (FPHJ).")
    protests = events_of(doc, "Protest")
    assert len(protests) == 2
    assert all(_roles(doc, e, "agent") == {"Forum Perawat Honorer Jawa Tengah"} for e in protests)
    assert not events_of(doc, "Charge")


# ------------------------------------------------------------------ relations

def test_the_parties_listed_after_a_numbered_ticket_s_vote_count_back_both_of_its_people():
    doc = _doc("Dalam rapat pleno, KPU Sleman mengumumkan Bupati dan Wakil Bupati Abdul Hakim Santoso-Rina "
               "Purwaningsih sebagai pemenang. Ketua KPU Sleman Darmaji menjelaskan, paslon nomor urut 1 Hakim-Rina "
               "meraih 412.118 suara dan diusung tiga partai, yakni Partai Demokrat, Partai Kebangkitan Bangsa (PKB) "
               "serta Partai Amanat Nasional (PAN). Adapun pasangan nomor urut 2 yaitu Sutrisno-Joko Wahyudi meraih "
               "198.020 suara dan diusung oleh dua partai, yakni partai Gerakan Indonesia Raya (Gerindra) dan Nasdem.")
    people = {n for n, t in named_entities(doc) if t == "Person"}
    assert "Abdul Hakim Santoso" in people and "Abdul" not in {n for n, _ in named_entities(doc)}
    supports = {(s, o) for s, p, o in relation_triples(doc) if p == "supports"}
    assert {("Partai Kebangkitan Bangsa", "Abdul Hakim Santoso"), ("Partai Demokrat", "Rina Purwaningsih"),
            ("Partai Gerindra", "Sutrisno"), ("Partai NasDem", "Joko Wahyudi")} <= supports


def test_a_province_in_brackets_after_a_town_holds_it_and_no_place_after_the_brackets_does():
    doc = _doc("Peserta lomba itu berasal dari Brebes (Jawa Tengah), Garut (Jawa Barat), Lampung, dan Sukabumi "
               "(Jawa Barat).")
    places = {(s, o) for s, p, o in relation_triples(doc) if p == "containedInPlace"}
    assert {("Brebes", "Jawa Tengah"), ("Garut", "Jawa Barat"), ("Sukabumi", "Jawa Barat")} <= places
    assert ("Garut", "Lampung") not in places


def test_a_rank_after_the_region_opens_a_name_with_initials_inside_it():
    for name in ("Benediktus TJS Tallo", "Fransiskus MDP Sinaga"):
        doc = _doc(f"Kapolres Belu AKBP {name} menyebut dua pemuda diamankan.")
        assert (name, "Person") in named_entities(doc)
        assert (name, "leads", "Polres Belu") in relation_triples(doc)


def test_polisi_after_a_rank_is_the_rank_s_and_a_one_word_name_after_a_spoken_title_is_a_person():
    doc = _doc("Kepala Satgas Operasi Madago Raya, Brigjen Polisi Dedi Kurniawan menyebut situasi sudah aman. "
               "\"Tiga jembatan putus,\" ujar Kepala BPBD Kabupaten Garut, Yuyun ketika dihubungi dari Bandung.")
    people = {n for n, t in named_entities(doc) if t == "Person"}
    assert {"Dedi Kurniawan", "Yuyun"} <= people
    assert ("Yuyun", "leads", "BPBD Kabupaten Garut") in relation_triples(doc)


def test_english_names_joined_by_for_or_of_with_an_organization_word_are_one_body():
    doc = _doc("Data Syrian Observatory for Human Rights yang bermarkas di Inggris menyebut 14 warga tewas. "
               "Pinjaman itu berasal dari Bank of America.")
    bodies = {n for n, t in named_entities(doc) if t == "Organization"}
    assert {"Syrian Observatory for Human Rights", "Bank of America"} <= bodies
    assert not {n for n, t in named_entities(doc) if t == "Person"}


def test_a_lone_letter_with_an_age_is_a_suspect_and_suspects_by_initials_do_not_speak_for_the_police():
    doc = _doc("\"Kerugian toko mencapai Rp40 juta,\" ujar Kapolsek Tenggarong Kompol Hendra Saputra, Minggu "
               "(10/12/2023). Tersangka utama, M (51), warga Loa Kulu, dibekuk Kamis (7/12/2023). Dua lainnya, R "
               "dan DT, masih diburu. \"Keduanya masih kami kejar,\" katanya.")
    assert ("M", "Person") in named_entities(doc)
    statements = events_of(doc, "Statement")
    assert {n for e in statements for n in _roles(doc, e, "speaker")} == {"Hendra Saputra"}


def test_a_word_of_a_minister_s_portfolio_tells_no_event():
    doc = _doc("Menteri Koordinator Kemaritiman dan Investasi Darmawan Sitompul meninjau Pelabuhan Bitung, Senin "
               "(12/8/2024).")
    assert not events_of(doc, "Investment")


def test_a_body_read_from_a_title_loses_the_short_form_of_the_title_in_brackets():
    doc = _doc("Kepala Pusat Penerangan Kementerian Pertahanan (Kapuspen Kemhan) Darmadi Irawan menjelaskan aturan "
               "itu.")
    assert ("Darmadi Irawan", "leads", "Pusat Penerangan Kementerian Pertahanan") in relation_triples(doc)


def test_a_capitals_dateline_opened_by_a_news_word_is_the_outlet_and_unjukrasa_is_a_protest():
    doc = _doc("Bidan Honorer Datangi Dewan\n\n14 Agustus 2024, 09:10 WIB\nPuluhan bidan honorer berunjukrasa di "
               "halaman DPRD Kota Banjar, menuntut kenaikan insentif, Rabu 14 Agustus 2024.\n\nKABAR GALUH - "
               "Puluhan bidan honorer yang tergabung dalam Forum Bidan Honorer Kota Banjar berunjukrasa di halaman DPRD "
               "Kota Banjar, Rabu, 14 Agustus 2024.")
    protests = events_of(doc, "Protest")
    assert protests and all(_roles(doc, e, "agent") == {"Forum Bidan Honorer Kota Banjar"} for e in protests)
    assert not events_of(doc, "Charge")
    assert ("KABAR GALUH", "Organization") in named_entities(doc)
    assert not [n for n, _ in named_entities(doc) if "Puluhan" in n]
