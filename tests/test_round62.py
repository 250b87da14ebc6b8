"""Shapes of real pages read in round 62; every text is written for its test (invented people, real
regions, clubs, bodies and outlets)."""
from datetime import date

from kgtest import event_places, events_of, names_typed, pipeline_doc, relation_triples, role_names


def _doc(text: str, day: date = date(2024, 3, 3)):
    return pipeline_doc(text, day, use_model=True)


# ------------------------------------------------------------------ names

def test_a_preposition_opening_the_sentence_is_no_part_of_the_name_after_it():
    doc = _doc("Sejumlah menteri menghadiri acara jamuan ini. Seperti Harun Wibisono, Menteri Pertahanan, Bagas "
               "Prayitno, Lukman Hakim, dan Menteri Koordinator Bidang Perekonomian, Sutan Pardede.")
    people = names_typed(doc, "Person")
    assert "Harun Wibisono" in people, people
    assert not any(n.startswith("Seperti") for n in people)


def test_a_run_of_names_before_dan_kawan_kawan_is_a_person():
    doc = _doc("Kemenangan ini krusial bagi Rangga Pramudya dan kawan-kawan untuk melakoni gim kedua.")
    assert "Rangga Pramudya" in names_typed(doc, "Person")
    assert "Rangga Pramudya" not in names_typed(doc, "Organization")


def test_a_town_in_capitals_before_a_camel_cased_outlet_is_the_dateline():
    doc = _doc("Rossi Muda Menang di Mugello\n\nSCARPERIA, NusaBali - Pembalap tim Ducati Lenovo Team, Marco Alberti "
               "juara di Sirkuit Mugello pada Minggu (9/6).")
    assert "Scarperia" in names_typed(doc, "Place")
    orgs = names_typed(doc, "Organization")
    assert "NusaBali" in orgs, orgs
    assert not any("Rider" in n or "Pembalap" in n for n in orgs)


def test_the_portfolios_of_a_regional_office_are_no_one_s_name():
    doc = _doc("Saksi berikutnya ialah Rina Wulandari, Kabid Jalan pada Dinas Bina Marga dan Cipta Karya, serta Budi, "
               "staf Dinas Pertamanan.")
    assert "Dinas Bina Marga dan Cipta Karya" in names_typed(doc, "Organization")
    assert "Cipta Karya" not in names_typed(doc, "Person")


def test_a_name_written_as_better_known_is_the_person_s_nickname():
    doc = _doc("Ahmad Fauzan Mubarok atau lebih dikenal sebagai Gus Fauzan diangkat sebagai Menteri Agama.")
    assert "Gus Fauzan" not in names_typed(doc, "Person")
    assert ("Ahmad Fauzan Mubarok", "leads", "Kementerian Agama") in relation_triples(doc)


def test_names_between_people_of_one_list_are_people_and_the_list_after_a_clause_are_members():
    doc = _doc("Para anggota Komisi IV DPR RI yang ikut dalam kunjungan kerja kemarin, yaitu Rudi Hartono (Ketua Tim), "
               "Wulan Sasmita, Erna Wulandari Putri, Agus Prasetyo dan Dewi Lestari.")
    triples = relation_triples(doc)
    for person in ("Rudi Hartono", "Wulan Sasmita", "Agus Prasetyo", "Dewi Lestari"):
        assert (person, "memberOf", "Komisi IV DPR RI") in triples, triples


def test_a_body_written_with_ri_and_with_republik_indonesia_is_one():
    doc = _doc("Komisi X Dewan Perwakilan Rakyat Republik Indonesia meninjau sekolah di Ambon. Rombongan dipimpin "
               "Ketua Komisi X DPR RI Hasan Basri Lubis.")
    orgs = names_typed(doc, "Organization")
    assert "Komisi X DPR RI" not in orgs, orgs
    assert ("Hasan Basri Lubis", "leads", "Komisi X Dewan Perwakilan Rakyat Republik Indonesia") in relation_triples(doc)


def test_initials_in_apposition_before_sebagai_tersangka_are_a_person_not_a_country():
    doc = _doc("Kejari Banggai kemarin resmi menetapkan Kepala Desa Lalong, Kecamatan Luwuk, AS, sebagai tersangka "
               "korupsi dana desa.")
    assert "AS" in names_typed(doc, "Person")
    assert "Amerika Serikat" not in names_typed(doc, "Place")


def test_initials_listed_after_inisial_past_a_nickname_are_people():
    doc = _doc("Ia menjelaskan, tujuh terduga yang diringkus tersebut inisial RK alias Ucok, TW, HPS, DN, dan inisial "
               "M.")
    assert {"TW", "HPS", "DN", "M"} <= names_typed(doc, "Person")


def test_places_listed_before_and_other_towns_make_no_chain():
    doc = _doc("Sindikat tersebut beroperasi di Bandung, Malang, Yogyakartaa, Medan dan kota-kota lainnya.")
    assert not [t for t in relation_triples(doc) if t[1] == "containedInPlace"]


def test_a_unit_s_body_written_in_full_is_the_body_named_by_its_short_form():
    doc = _doc("Kapolres Gianyar AKBP Wayan Sudarma menyebut Satuan Reserse Narkoba (Satresnarkoba) Kepolisian Resor "
               "Gianyar meringkus dua pengedar sabu.")
    bodies = {e.name: e for e in doc.entities.values() if e.type == "Organization"}
    assert "Kepolisian Resor Gianyar" not in bodies, sorted(bodies)
    assert "Kepolisian Resor Gianyar" in bodies["Polres Gianyar"].aliases


# ------------------------------------------------------------------ posts

def test_in_a_list_written_title_then_name_each_title_is_the_holder_s_after_it():
    doc = _doc("Sejumlah menteri menghadiri acara jamuan ini. Seperti Harun Wibisono, Menteri Pertahanan, Bagas "
               "Prayitno, Lukman Hakim, dan Menteri Koordinator Bidang Perekonomian, Sutan Pardede.")
    heads = {s for s, p, o in relation_triples(doc) if p == "leads" and o == "Kementerian Pertahanan"}
    assert heads == {"Bagas Prayitno"}, heads


def test_a_short_clause_between_a_title_s_unit_and_the_name_keeps_the_post():
    doc = _doc("Perdana Menteri Malaysia yang baru saja terpilih, Rahman Hakimi tiba di Bogor, Jumat (29/6/2018).")
    assert ("Rahman Hakimi", "leads", "Malaysia") in relation_triples(doc)


def test_a_person_written_like_a_title_gives_no_post():
    doc = _doc("Para legislator yang hadir, yakni Wulan Sasmita, Achmad Saleh Sere, Kaisar Budi Hanafi, dan Dina "
               "Lorenza.")
    assert not any(o == "Kaisar Budi Hanafi" for _, _, o in relation_triples(doc))


def test_a_governor_by_the_short_title_of_the_province_leads_it():
    doc = _doc("Gubsu Edy Santoso hadir dalam acara Partai NasDem Sumut di Medan, Kamis (20/2/2020).")
    assert ("Edy Santoso", "leads", "Sumatera Utara") in relation_triples(doc)


# ------------------------------------------------------------------ sport

def test_a_club_named_by_its_town_is_its_first_word_alone_and_scores_lewat_gol():
    doc = _doc("Laga antara Persis Solo dan PSIS Semarang berlangsung di Stadion Manahan, Sabtu (5/8/2023). PSIS "
               "akhirnya menang 2-1.\n\nDi babak kedua Persis sempat memimpin lewat gol Yusuf Maulana pada menit ke-55 "
               "dan Rendi Saputra tak lama kemudian.")
    triples = relation_triples(doc)
    assert ("Yusuf Maulana", "playsFor", "Persis Solo") in triples, triples
    assert ("Rendi Saputra", "playsFor", "Persis Solo") in triples, triples


def test_each_line_of_a_race_s_results_table_gives_the_rider_s_team():
    doc = _doc("Carlos Vega Menang di Sepang\n\nSEPANG - Pembalap Nusantara Racing, Carlos Vega, menang dalam balapan "
               "kelas utama di Sirkuit Sepang, Minggu (3/3). Ia finis di depan rekan setimnya.\n\nHasil Balapan\n\n"
               "1. Carlos Vega - Nusantara Racing\n\n2. Luca Bianchi - Nusantara Racing\n\n3. Pablo Serrano - Garuda "
               "Speed Team\n\n4. Tomas Rivera - Andalas Moto - Yamaha")
    triples = relation_triples(doc)
    assert {("Luca Bianchi", "playsFor", "Nusantara Racing"), ("Pablo Serrano", "playsFor", "Garuda Speed Team"),
            ("Tomas Rivera", "playsFor", "Andalas Moto")} <= triples, triples


def test_a_bare_sport_verb_and_mereka_after_a_side_named_alone_tell_the_match():
    doc = _doc("Klub asal Jawa Timur, Deltras Sidoarjo tampil apik pekan ini. Mereka sukses kalahkan PSIM Yogyakarta "
               "dengan skor 3-1.")
    matches = events_of(doc, "SportsMatch")
    assert any(len(role_names(doc, e, "winner")) == 1 and role_names(doc, e, "winner") < role_names(doc, e, "participant")
               and "PSIM Yogyakarta" in role_names(doc, e, "participant") for e in matches), matches


def test_a_paragraph_closing_with_the_writer_s_credit_is_read():
    doc = _doc("Sriwijaya FC menjamu Sada Sumut FC di Palembang, Minggu (10/9/2023).\n\nKlub asal Jawa Timur, Deltras "
               "Sidoarjo tampil apik pekan ini. Mereka sukses kalahkan PSIM Yogyakarta dengan skor 3-1. (*/Rina)")
    assert any("PSIM Yogyakarta" in role_names(doc, e, "participant") for e in events_of(doc, "SportsMatch"))


def test_a_span_of_days_is_no_score():
    doc = _doc("Walau kalah, pasangan Sinta Maharani / Ayu Lestari masih berhak lolos ke turnamen penutup musim BWF "
               "yang akan berlangsung di Hangzhou pada 11-15 Desember nanti.")
    assert not any(q.prop == "score" for e in events_of(doc, "SportsMatch") for q in e.quantities)


def test_the_setting_verb_a_win_hangs_on_names_its_place_and_a_tournament_named_after_a_country_plays_no_match():
    doc = _doc("Galang/Agus Juara, Ini Hasil Final Turnamen 2022\n\nGalang Permadi/Agus Wijaya mampu membalas kekalahan "
               "bulan lalu atas pasangan Jepang Hiroshi Tanaka/Kenta Ono dengan menjuarai nomor ganda putra.\n\n"
               "Galang Permadi/Agus Wijaya di laga puncak Indonesia Open 2022 berlangsung di Istora Senayan, Minggu "
               "(19/6/2022) menundukkan Hiroshi Tanaka/Kenta Ono 21-17 dan 21-15.", date(2022, 6, 19))
    matches = events_of(doc, "SportsMatch")
    assert not any("Indonesia" in role_names(doc, e, "participant") for e in matches), matches
    final = [e for e in matches if "Kenta Ono" in role_names(doc, e, "participant")]
    assert final and "Istora Senayan" in event_places(doc, final[0])


# ------------------------------------------------------------------ casualties

def test_the_dead_the_headline_counts_make_a_casualty_report():
    doc = _doc("2 Tewas, Truk Terguling di Tanjakan Sitinjau\n\nPADANG - Polisi menyebut truk itu terguling karena rem "
               "blong, Rabu (11/12/2024).\n\nSebelumnya, sebuah truk terguling di tanjakan Sitinjau Lauik, Kota Padang. "
               "Akibatnya, truk tersebut terbakar dan menewaskan 2 orang.", date(2024, 12, 12))
    reports = events_of(doc, "CasualtyReport")
    assert any(q.prop == "killed" and q.value == 2 for e in reports for q in e.quantities), reports
