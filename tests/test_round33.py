"""Shapes of real pages read in round 33; every text is written for its test (invented people, real
regions and outlets)."""
from datetime import date

from kgtest import named_entities, pipeline_doc, relation_triples
from kgtest import role_names as _roles


def _doc(text: str, day: date = date(2024, 8, 14)):
    return pipeline_doc(text, day, use_model=True)


# ------------------------------------------------------------------ page furniture

def test_every_inline_teaser_of_a_paragraph_cut_mid_sentence_goes_and_the_body_between_them_stays():
    text = ("BOGOR, contohberita.com – Presiden Joko Widodo menerima kunjungan Perdana Menteri Malaysia Anwar "
            "Ibrahim di Istana Kepresidenan Bogor, Jawa Barat, Jumat (26/1/2024).\n\n"
            "Kedua pemimpin melakukan inspeksi pasukan. Baca Juga: Harga Cabai Melonjak Jelang Lebaran di "
            "Pasar Induk Kedua pemimpin selanjutnya memasuki Ruang Garuda untuk sesi foto bersama. Baca Juga: "
            "Pakar Hukum Darmawan Suteja Soal Kampanye Presiden Turut hadir mendampingi Presiden yakni "
            "Menteri Sekretaris Negara Haryanto Wibisono dan Menteri Perdagangan Suryadi Kartanegara, serta")
    doc = _doc(text)
    removed = [text[s:e] for s, e, why in doc.removed if why == "teaser"]
    assert len(removed) == 2 and all("Turut hadir" not in r and "Ruang Garuda" not in r for r in removed)
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
               "(12/8/2024). Sebelumnya, massa juga melakukan demonstrasi dengan tuntutan yang sama di depan Kantor "
               "Gubernur Jawa Tengah, Jumat (9/8/2024) lalu. Para pengunjuk rasa hari ini tergabung dalam Forum "
               "Perawat Honorer Jawa Tengah (FPHJ).")
    protests = [e for e in doc.events if e.kind == "Protest"]
    assert len(protests) == 2
    assert all(_roles(doc, e, "agent") == {"Forum Perawat Honorer Jawa Tengah"} for e in protests)
    assert not [e for e in doc.events if e.kind == "Charge"]


# ------------------------------------------------------------------ relations

def test_the_parties_listed_after_a_numbered_ticket_s_vote_count_back_both_of_its_people():
    doc = _doc("KPU Sleman menetapkan pasangan calon Bupati dan Wakil Bupati Abdul Hakim Santoso-Rina Purwaningsih "
               "sebagai pasangan calon terpilih. Ketua KPU Sleman Darmaji mengatakan, paslon nomor urut 1 Hakim-Rina "
               "memperoleh suara sebanyak 305.563 suara dan diusung tiga partai politik yaitu Partai Kebangkitan "
               "Bangsa (PKB), Partai Amanat Nasional (PAN), dan Partai Demokrat. Sedangkan pasangan nomor urut 2 "
               "yaitu Sutrisno-Joko Wahyudi memperoleh 228.407 suara dan diusung oleh dua partai politik yaitu "
               "partai Gerakan Indonesia Raya (Gerindra) dan Nasdem.")
    people = {n for n, t in named_entities(doc) if t == "Person"}
    assert "Abdul Hakim Santoso" in people and "Abdul" not in {n for n, _ in named_entities(doc)}
    supports = {(s, o) for s, p, o in relation_triples(doc) if p == "supports"}
    assert {("Partai Kebangkitan Bangsa", "Abdul Hakim Santoso"), ("Partai Demokrat", "Rina Purwaningsih"),
            ("Partai Gerindra", "Sutrisno"), ("Partai NasDem", "Joko Wahyudi")} <= supports


def test_a_province_in_brackets_after_a_town_holds_it_and_no_place_after_the_brackets_does():
    doc = _doc("Para guru honorer itu datang dari Tegal (Jawa Tengah), Depok (Jawa Barat), Banten, dan Cianjur "
               "(Jawa Barat).")
    places = {(s, o) for s, p, o in relation_triples(doc) if p == "containedInPlace"}
    assert {("Tegal", "Jawa Tengah"), ("Depok", "Jawa Barat"), ("Cianjur", "Jawa Barat")} <= places
    assert ("Depok", "Banten") not in places


def test_a_rank_after_the_region_opens_a_name_with_initials_inside_it():
    for name in ("Aldianus RJH Manulang", "Fransiskus MDP Sinaga"):
        doc = _doc(f"Kapolres Kupang AKBP {name} mengatakan, empat warga ditahan.")
        assert (name, "Person") in named_entities(doc)
        assert (name, "leads", "Polres Kupang") in relation_triples(doc)


def test_polisi_after_a_rank_is_the_rank_s_and_a_one_word_name_after_a_spoken_title_is_a_person():
    doc = _doc("Kepala Operasi Satgas Damai Cartenz, Brigjen Polisi Dedi Kurniawan mengatakan, penyerangan itu "
               "keji. \"Dua rumah hanyut,\" kata Kepala BPBD Kabupaten Lebak, Yuyun saat dihubungi di "
               "Rangkasbitung.")
    people = {n for n, t in named_entities(doc) if t == "Person"}
    assert {"Dedi Kurniawan", "Yuyun"} <= people
    assert ("Yuyun", "leads", "BPBD Kabupaten Lebak") in relation_triples(doc)


def test_english_names_joined_by_for_or_of_with_an_organization_word_are_one_body():
    doc = _doc("Menurut lembaga pemantau di London, Syrian Observatory for Human Rights, serangan itu menewaskan "
               "21 warga sipil. Pinjaman itu berasal dari Bank of America.")
    bodies = {n for n, t in named_entities(doc) if t == "Organization"}
    assert {"Syrian Observatory for Human Rights", "Bank of America"} <= bodies
    assert not {n for n, t in named_entities(doc) if t == "Person"}


def test_a_lone_letter_with_an_age_is_a_suspect_and_suspects_by_initials_do_not_speak_for_the_police():
    doc = _doc("\"Barang yang hilang berupa 24 besi gantungan,\" ujar Kapolsek Tenggarong Kompol Hendra Saputra, "
               "Minggu (10/12/2023). Pelaku pertama, M (46), warga Loa Kulu, ditangkap pada Kamis (7/12/2023). "
               "Tiga pelaku lain masih buron. Mereka berinisial R, K, dan DT. \"Ketiga DPO itu diduga membuka "
               "baut besi,\" katanya.")
    assert ("M", "Person") in named_entities(doc)
    statements = [e for e in doc.events if e.kind == "Statement"]
    assert {n for e in statements for n in _roles(doc, e, "speaker")} == {"Hendra Saputra"}


def test_a_word_of_a_minister_s_portfolio_tells_no_event():
    doc = _doc("Menteri Koordinator Kemaritiman dan Investasi Darmawan Sitompul menjadi menteri pertama yang tiba di "
               "Bandara Sepinggan, Balikpapan, Minggu (11/8/2024).")
    assert not [e for e in doc.events if e.kind == "Investment"]


def test_a_body_read_from_a_title_loses_the_short_form_of_the_title_in_brackets():
    doc = _doc("Kepala Pusat Penerangan Kementerian Dalam Negeri (Kapuspen Kemendagri) Darmadi Irawan mengatakan "
               "hal itu.")
    assert ("Darmadi Irawan", "leads", "Pusat Penerangan Kementerian Dalam Negeri") in relation_triples(doc)


def test_a_capitals_dateline_opened_by_a_news_word_is_the_outlet_and_unjukrasa_is_a_protest():
    doc = _doc("Ratusan Bidan Honorer Turun ke Jalan\n\n14 Agustus 2024, 12:46 WIB\nRatusan bidan honorer berunjukrasa "
               "di gedung DPRD Kota Banjar, menuntut diangkat menjadi PPPK, Rabu 14 Agustus 2024.\n\nKABAR PRIANGAN - "
               "Ratusan bidan honorer yang tergabung dalam Forum Bidan Honorer Kota Banjar menggelar aksi unjukrasa ke "
               "DPRD Kota Banjar, Rabu, 14 Agustus 2024.")
    protests = [e for e in doc.events if e.kind == "Protest"]
    assert protests and all(_roles(doc, e, "agent") == {"Forum Bidan Honorer Kota Banjar"} for e in protests)
    assert not [e for e in doc.events if e.kind == "Charge"]
    assert ("KABAR PRIANGAN", "Organization") in named_entities(doc)
    assert not [n for n, _ in named_entities(doc) if "Ratusan" in n]
