"""Shapes of real pages read in round 48; every text is written for its test (invented people, real
regions, bodies and outlets)."""
from datetime import date

from kgtest import named_entities, only_event, pipeline_doc, relation_triples, role_names


def _doc(text: str, day: date = date(2024, 3, 3)):
    return pipeline_doc(text, day, use_model=True)


def _people(doc) -> set[str]:
    return {name for name, type_ in named_entities(doc) if type_ == "Person"}


def _bodies(doc) -> set[str]:
    return {name for name, type_ in named_entities(doc) if type_ == "Organization"}


# ------------------------------------------------------------------ entities

def test_names_listed_after_a_person_noun_and_yakni_are_people():
    doc = _doc("Semula, empat pelaku yakni Indra Saputra, Dwi, Jaelani, dan Rohmat sedang berkumpul di pinggir "
               "jalan, Rabu (28/2/2024).")
    assert {"Indra Saputra", "Dwi", "Jaelani", "Rohmat"} <= _people(doc)


def test_a_name_after_bernama_behind_a_noun_for_a_body_is_that_body():
    doc = _doc("Para pelaku tergabung dalam geng motor bernama Kobra Malam yang kerap meresahkan warga "
               "Cengkareng, Jakarta Barat.")
    assert "Kobra Malam" in _bodies(doc) and "Kobra Malam" not in _people(doc)


def test_a_town_named_by_a_police_body_stays_a_place():
    doc = _doc("Sebanyak 9 pelaku dibekuk oleh Polisi Tambora di Jalan Angke, Tambora, Jakarta Barat, Rabu "
               "(28/2/2024). \"Kami masih memburu satu pelaku,\" kata Kapolsek Tambora Kompol Hendra Wijaya.")
    assert ("Tambora", "Organization") not in named_entities(doc)
    assert ("Tambora", "Place") in named_entities(doc)


def test_a_modal_word_ends_a_body_in_a_headline():
    doc = _doc("Pejabat Mangkir Lagi, Komisi IX Ingin Konsisten terhadap Undangan Rapat\n\n"
               "Wakil Ketua Komisi IX DPR Rudi Hartono mengatakan hal itu di Jakarta, Senin (4/3/2024).")
    assert not any("Ingin" in name for name in _bodies(doc))


def test_a_verb_opening_a_sentence_is_no_part_of_a_body():
    doc = _doc("Kapal itu dihentikan di perairan Selat Laut. Diungkapkan Komandan Lanal (Danlanal) Kotabaru, "
               "Letkol Laut (P) Rudi Hartono, kapal membawa rokok ilegal.")
    assert not any(name.startswith("Diungkapkan") for name, _ in named_entities(doc))


def test_goods_written_in_capitals_are_no_bodies():
    doc = _doc("Petugas menyita 40 rim kertas HVS, pipa PVC dan dua tabung LNG dari gudang di Semarang, Senin "
               "(4/3/2024).")
    assert not {"HVS", "PVC", "LNG"} & _bodies(doc)


def test_a_vote_count_of_a_regional_election_is_no_body():
    doc = _doc("Rekapitulasi Penghitungan Suara Pilgub Jabar digelar di Bandung, Kamis (5/7/2018).")
    assert not any(name.startswith(("Rekapitulasi", "Pilgub")) for name, _ in named_entities(doc))


def test_a_town_in_capitals_before_a_short_outlet_and_a_dash_is_a_dateline():
    doc = _doc("Bupati Buka Pekan Inovasi Daerah\n\n"
               "TENGGARONG, KTV – Pemerintah Kabupaten Kutai Kartanegara kembali menggelar pekan inovasi di "
               "Tenggarong, Selasa (23/9/2025).", date(2025, 9, 23))
    assert "TENGGARONG" not in _bodies(doc)


def test_a_regions_short_form_after_a_title_is_the_region_not_the_holder():
    doc = _doc("TENGGARONG - Pemerintah Kabupaten Kutai Kartanegara (Kukar) kembali menggelar pekan inovasi daerah "
               "di Ruang Serbaguna Bappeda Kukar, Selasa (23/9/2025). Kegiatan itu dibuka oleh Bupati Kukar, dr. "
               "Hendra Gunawan.\n\nKepala Badan Riset dan Inovasi Daerah (Brida) Kukar, Maman Sudirman, menjelaskan "
               "bahwa ajang ini digelar tiap tahun.", date(2025, 9, 23))
    assert "Kukar" not in _people(doc) and "Maman Sudirman" in _people(doc)


def test_the_second_title_after_sekaligus_names_the_holder():
    doc = _doc("Thailand diwakili oleh Wakil Perdana Menteri sekaligus Menteri Luar Negeri Somchai Rattanakorn.")
    assert "Somchai Rattanakorn" in _people(doc)


def test_his_excellency_is_no_part_of_a_name():
    doc = _doc("Pemerintah Turki dipimpin Menlu Turki H.E. Kemal Yildirim dalam penandatanganan itu.")
    assert "Kemal Yildirim" in _people(doc)


def test_the_words_of_a_body_after_a_title_belong_to_the_body_not_the_holder():
    doc = _doc("Kontrak ditandatangani Kepala SKK Migas Rudi Santoso di Jakarta, Selasa (29/12/2015).")
    assert "Rudi Santoso" in _people(doc) and "SKK Migas" in _bodies(doc)


def test_a_title_after_a_name_before_its_unit_ends_the_name():
    doc = _doc("\"Kami gagal,\" ujar Lim Teck Hoe Pelatih Malaysia usai pertandingan. Camat Rancabali Iwan "
               "Ridwan Hakim hadir di lokasi.")
    assert {"Lim Teck Hoe", "Iwan Ridwan Hakim"} <= _people(doc)


# ------------------------------------------------------------------ events

def test_presenting_credentials_is_a_meeting():
    doc = _doc("Presiden Prabowo Subianto menerima surat kepercayaan dari Duta Besar Italia Marco Bellini di "
               "Istana Merdeka, Jakarta, Selasa (6/5/2025).", date(2025, 5, 6))
    meeting = only_event(doc, "Meeting")
    assert {"Prabowo Subianto", "Marco Bellini"} <= role_names(doc, meeting, "participant")


def test_the_ambassadors_listed_under_a_line_telling_their_count_again_meet_the_president():
    doc = _doc("Presiden Prabowo Subianto menerima surat kepercayaan dari tiga duta besar negara sahabat di Istana "
               "Merdeka, Jakarta, Selasa (6/5/2025).\n"
               "Para duta besar disambut lagu kebangsaan masing-masing.\n"
               "Adapun tiga duta besar yang diterima Presiden antara lain:\n"
               "- Marco Bellini, Duta Besar Republik Italia untuk Republik Indonesia;\n"
               "- Ana Lucia Ferreira, Duta Besar Republik Portugal untuk Republik Indonesia;\n"
               "- Tomas Novak, Duta Besar Republik Ceko untuk Republik Indonesia.", date(2025, 5, 6))
    meeting = only_event(doc, "Meeting")
    assert {"Marco Bellini", "Ana Lucia Ferreira", "Tomas Novak"} <= role_names(doc, meeting, "participant")
    assert ("Marco Bellini", "holdsPosition", "Italy") in relation_triples(doc) or \
        ("Marco Bellini", "holdsPosition", "Republik Italia") in relation_triples(doc)


def test_the_count_told_again_as_a_number_names_those_sworn_in_over_two_sentences():
    doc = _doc("Menteri Dalam Negeri Tito Karnavian melantik 5 Penjabat Gubernur di Jakarta, Selasa (5/9/2023).\n"
               "Pelantikan dimulai pukul 09.00 WIB.\n"
               "Adapun 5 nama yang dilantik hari ini adalah Pj Gubernur Bali, Made Sutama; Pj Gubernur Papua, "
               "Yohanes Wenda; dan Pj Gubernur Riau, Hendra Kusuma.\n"
               "Kemudian Pj Gubernur Jambi, Ahmad Fauzan; dan Pj Gubernur Banten, Rudi Hartono.", date(2023, 9, 5))
    sworn = role_names(doc, only_event(doc, "Inauguration"), "patient")
    assert {"Made Sutama", "Yohanes Wenda", "Hendra Kusuma", "Ahmad Fauzan", "Rudi Hartono"} <= sworn


def test_a_win_told_after_a_denied_loss_did_happen():
    doc = _doc("PSM Makassar lolos ke semifinal dengan status tidak pernah kalah usai mengandaskan Persiraja di "
               "laga pemungkas Grup H di Stadion Nasional, Laos, Selasa (14/5/2019).", date(2019, 5, 15))
    match = only_event(doc, "SportsMatch")
    assert role_names(doc, match, "winner") == {"PSM Makassar"}


def test_buried_people_counted_by_an_agency_are_a_casualty_report():
    doc = _doc("Badan Nasional Penanggulangan Bencana (BNPB) menyebut jumlah korban terkubur longsor di Desa "
               "Banaran mencapai 27 orang, Sabtu (1/4/2017).", date(2017, 4, 1))
    report = only_event(doc, "CasualtyReport")
    assert any(q.prop == "missing" and q.value == 27 for q in report.quantities)


def test_a_year_written_with_three_digits_is_not_read():
    doc = _doc("Sebelumnya pada Senin (9/12/219), Staf Khusus Menteri BUMN Rudi Santoso menyampaikan bahwa tim "
               "menunjuk Budi Hartono sebagai Direktur Utama PLN.", date(2019, 12, 21))
    said = only_event(doc, "Statement")
    assert [t.value for t in said.times] == ["2019-12-09"]


# ------------------------------------------------------------------ relations

def test_a_goal_told_with_ditorehkan_is_a_players_for_his_team():
    doc = _doc("Gol PSM Makassar ditorehkan oleh Andi Saputra dan Yusuf Hamzah pada babak kedua di Stadion "
               "Pakansari, Selasa (14/5/2019).", date(2019, 5, 14))
    triples = relation_triples(doc)
    assert {("Andi Saputra", "playsFor", "PSM Makassar"), ("Yusuf Hamzah", "playsFor", "PSM Makassar")} <= triples


def test_posts_whose_term_ends_are_former_also_in_the_next_sentence():
    doc = _doc("Mereka yang akan habis masa jabatannya adalah Gubernur Jawa Barat Rudi Hartono, Gubernur Bali "
               "Made Sutama. Kemudian, Gubernur Jambi Ahmad Fauzan, Gubernur Riau Hendra Kusuma.")
    former = relation_triples(doc, former=True)
    assert {("Rudi Hartono", "leads", "Jawa Barat"), ("Ahmad Fauzan", "leads", "Jambi")} <= former
    assert not {(s, p, o) for s, p, o in relation_triples(doc) if s in ("Rudi Hartono", "Ahmad Fauzan")}


def test_a_title_in_a_fronted_clause_and_the_name_after_its_comma_are_two_people():
    doc = _doc("Setelah pertemuan dengan Menlu Turki, Retno melanjutkan pertemuan dengan Menlu Vietnam di "
               "Singapura, Rabu (1/8/2018).", date(2018, 8, 1))
    assert not {(s, p, o) for s, p, o in relation_triples(doc) if s == "Retno" and "Turki" in o}


def test_a_title_appointed_in_a_fronted_clause_is_the_name_after_it():
    doc = _doc("Setelah dilantik menjadi Bupati Sleman, Kustini Sri Purnomo langsung meninjau pasar.")
    assert ("Kustini Sri Purnomo", "leads", "Sleman") in relation_triples(doc)


def test_a_title_in_a_headline_that_acts_is_not_the_name_after_the_comma():
    doc = _doc("Mendagri Resmi Lantik 2 Pj Gubernur, Made Sutama hingga Rudi Hartono\n\n"
               "Menteri Dalam Negeri (Mendagri) Tito Karnavian resmi melantik 2 Penjabat (Pj) Gubernur di Kantor "
               "Kementerian Dalam Negeri (Kemendagri), Jakarta Pusat.\n\n"
               "Adapun 2 nama yang dilantik adalah Pj Gubernur Jawa Tengah, Made Sutama; Pj Gubernur Bali, Rudi "
               "Hartono.", date(2023, 9, 5))
    assert not {(s, p, o) for s, p, o in relation_triples(doc) if s == "Made Sutama" and "Dalam Negeri" in o}


def test_an_acehnese_village_head_leads_the_gampong():
    doc = _doc("Keuchik Gampong Lamdingin Zainal Abidin menyambut warga di meunasah, Minggu (15/4/2018).")
    assert ("Zainal Abidin", "leads", "Gampong Lamdingin") in relation_triples(doc)


def test_places_counted_with_keduanya_lie_in_the_place_after():
    doc = _doc("Rumah rusak berat tersebar 5 unit di Desa Sukamulya dan 1 unit di Desa Cikadu, keduanya di "
               "Kecamatan Agrabinta, Kabupaten Cianjur.")
    triples = relation_triples(doc)
    assert {("Desa Sukamulya", "containedInPlace", "Kecamatan Agrabinta"),
            ("Desa Cikadu", "containedInPlace", "Kecamatan Agrabinta")} <= {
        (s, p, "Kecamatan Agrabinta" if o in ("Agrabinta", "Kecamatan Agrabinta") else o) for s, p, o in triples}


# ------------------------------------------------------------------ lists of ambassadors, hyphenated names, committees

def test_a_list_of_ambassadors_with_semicolons_names_each_and_the_meeting():
    doc = _doc("Presiden Joko Widodo menerima surat kepercayaan dari tiga duta besar negara sahabat di Istana Merdeka, "
               "Jakarta, Senin (25/10/2021).\n"
               "Adapun ketiga duta besar yang diterima oleh Presiden ialah:\n"
               "Marco Bellini, Duta Besar LBBP Republik Italia untuk Republik Indonesia;\n"
               "Tomas Novak, Duta Besar LBBP Republik Ceko untuk Republik Indonesia; dan\n"
               "Ana Lucia Ferreira, Duta Besar LBBP Portugal untuk Republik Indonesia\n"
               "Protokol kesehatan dijalankan dalam prosesi itu.", date(2021, 10, 25))
    listed = {"Marco Bellini", "Tomas Novak", "Ana Lucia Ferreira"}
    assert listed <= _people(doc)
    assert listed <= role_names(doc, only_event(doc, "Meeting"), "participant")


def test_the_halves_of_a_hyphenated_surname_are_no_places():
    doc = _doc("Presiden Timor Leste Mateus Santos-Horta tiba di Bogor. Presiden Santos-Horta kemudian memasuki "
               "halaman Istana Kepresidenan Bogor.")
    assert ("Horta", "Place") not in named_entities(doc) and ("Santos", "Place") not in named_entities(doc)


def test_a_republic_named_after_a_title_is_a_place():
    doc = _doc("Presiden Republik Demokratis Timor Leste Mateus Lobato tiba di Bogor, Selasa (19/7/2022).")
    assert ("Republik Demokratis Timor Leste", "Place") in named_entities(doc)


def test_an_attack_in_a_match_report_is_play():
    doc = _doc("Bali United menang 2-1 atas Barito Putera di Stadion Kapten I Wayan Dipta, Minggu (27/8/2023). "
               "Serangan tim asuhan Rudi Santoso diinisiasi oleh Yusuf Hamzah sebelum gol penyeimbang.",
               date(2023, 8, 27))
    assert not [e for e in doc.events if e.kind == "Attack"]


def test_an_event_word_inside_a_committees_name_is_no_event():
    doc = _doc("Rekapitulasi dilakukan setelah penghitungan di tingkat Panitia Pemilihan Kecamatan (PPK) selesai, "
               "kata Ketua KPU Garut Rudi Santoso, Kamis (5/7/2018).", date(2018, 7, 5))
    assert not [e for e in doc.events if e.kind == "Election"]
    assert "Panitia Pemilihan Kecamatan" in _bodies(doc)
