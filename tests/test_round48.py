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
    doc = _doc("Kapal kayu itu dicegat di dekat Pulau Sebuku. Disampaikan Komandan Lanal (Danlanal) Banjarmasin, "
               "Kolonel Laut (P) Rudi Hartono, muatannya rokok tanpa cukai.")
    assert not any(name.startswith("Disampaikan") for name, _ in named_entities(doc))


def test_goods_written_in_capitals_are_no_bodies():
    doc = _doc("Petugas menyita 40 rim kertas HVS, pipa PVC dan dua tabung LNG dari gudang di Semarang, Senin "
               "(4/3/2024).")
    assert not {"HVS", "PVC", "LNG"} & _bodies(doc)


def test_a_vote_count_of_a_regional_election_is_no_body():
    doc = _doc("Rekapitulasi Penghitungan Suara Pilgub Jabar digelar di Bandung, Kamis (5/7/2018).")
    assert not any(name.startswith(("Rekapitulasi", "Pilgub")) for name, _ in named_entities(doc))


def test_a_town_in_capitals_before_a_short_outlet_and_a_dash_is_a_dateline():
    doc = _doc("Bupati Buka Pekan Inovasi Daerah\n\n"
               "TENGGARONG, KTV – Ratusan pelajar dari berbagai kecamatan mengikuti pekan inovasi di "
               "Tenggarong, Selasa (23/9/2025).", date(2025, 9, 23))
    assert "TENGGARONG" not in _bodies(doc)


def test_a_regions_short_form_after_a_title_is_the_region_not_the_holder():
    doc = _doc("SANGATTA - Pemerintah Kabupaten Kutai Kartanegara (Kukar) menggelar lomba inovasi desa di Aula "
               "Bappeda Kukar, Rabu (8/10/2025). Lomba itu dibuka oleh Bupati Kukar, dr. Hendra Gunawan.\n\n"
               "Kepala Badan Riset dan Inovasi Daerah (Brida) Kukar, Yusuf Sudirman, menerangkan "
               "bahwa lomba ini diadakan setiap tahun.", date(2025, 10, 8))
    assert "Kukar" not in _people(doc) and "Yusuf Sudirman" in _people(doc)


def test_the_second_title_after_sekaligus_names_the_holder():
    doc = _doc("Dalam forum itu Filipina mengutus Wakil Presiden sekaligus Menteri Dalam Negeri Maria Santos Reyes.")
    assert "Maria Santos Reyes" in _people(doc)


def test_his_excellency_is_no_part_of_a_name():
    doc = _doc("Naskah itu diteken oleh Menlu Mesir H.E. Kemal Yildirim di Kairo.")
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
    doc = _doc("Di Istana Bogor, Kamis (12/6/2025), Presiden Prabowo Subianto pun menerima surat kepercayaan Duta Besar "
               "Italia Marco Bellini.", date(2025, 6, 12))
    meeting = only_event(doc, "Meeting")
    assert {"Prabowo Subianto", "Marco Bellini"} <= role_names(doc, meeting, "participant")


def test_the_ambassadors_listed_under_a_line_telling_their_count_again_meet_the_president():
    doc = _doc("Pada Kamis (12/6/2025) di Istana Bogor, Presiden Prabowo Subianto menerima tiga duta besar baru "
               "yang menyerahkan surat kepercayaan.\n"
               "Lagu kebangsaan tiap negara diputar saat mereka tiba.\n"
               "Adapun tiga duta besar yang diterima Presiden antara lain:\n"
               "- Marco Bellini, Duta Besar Republik Italia untuk Republik Indonesia;\n"
               "- Ana Lucia Ferreira, Duta Besar Republik Portugal untuk Republik Indonesia;\n"
               "- Tomas Novak, Duta Besar Republik Ceko untuk Republik Indonesia.", date(2025, 5, 6))
    meeting = only_event(doc, "Meeting")
    assert {"Marco Bellini", "Ana Lucia Ferreira", "Tomas Novak"} <= role_names(doc, meeting, "participant")
    assert ("Marco Bellini", "holdsPosition", "Italy") in relation_triples(doc) or \
        ("Marco Bellini", "holdsPosition", "Republik Italia") in relation_triples(doc)


def test_the_count_told_again_as_a_number_names_those_sworn_in_over_two_sentences():
    doc = _doc("Gubernur Jawa Tengah Ganjar Wibowo melantik 5 Penjabat Bupati di Semarang, Rabu (6/9/2023).\n"
               "Acara berlangsung sekitar satu jam.\n"
               "Adapun 5 nama yang dilantik itu ialah Pj Bupati Brebes, Made Sutama; Pj Bupati Temanggung, "
               "Yohanes Wenda; dan Pj Bupati Banjarnegara, Hendra Kusuma.\n"
               "Kemudian Pj Bupati Cilacap, Ahmad Fauzan; dan Pj Bupati Jepara, Rudi Hartono.", date(2023, 9, 6))
    sworn = role_names(doc, only_event(doc, "Inauguration"), "patient")
    assert {"Made Sutama", "Yohanes Wenda", "Hendra Kusuma", "Ahmad Fauzan", "Rudi Hartono"} <= sworn


def test_a_win_told_after_a_denied_loss_did_happen():
    doc = _doc("PSM Makassar tidak pernah kalah usai mengandaskan Persiraja pada laga terakhir grup di Stadion "
               "Mattoanging, Makassar, Rabu (15/5/2019).", date(2019, 5, 16))
    match = only_event(doc, "SportsMatch")
    assert role_names(doc, match, "winner") == {"PSM Makassar"}


def test_buried_people_counted_by_an_agency_are_a_casualty_report():
    doc = _doc("Badan Nasional Penanggulangan Bencana (BNPB) menyebut jumlah korban terkubur longsor di Desa "
               "Sidomulyo diperkirakan 27 orang, Minggu (2/4/2017).", date(2017, 4, 2))
    report = only_event(doc, "CasualtyReport")
    assert any(q.prop == "missing" and q.value == 27 for q in report.quantities)


def test_a_year_written_with_three_digits_is_not_read():
    doc = _doc("Pekan lalu, Senin (9/12/219), juru bicara kementerian Rudi Santoso mengatakan bahwa panitia "
               "memilih Budi Hartono sebagai direktur baru.", date(2019, 12, 21))
    said = only_event(doc, "Statement")
    assert [t.value for t in said.times] == ["2019-12-09"]


# ------------------------------------------------------------------ relations

def test_a_goal_told_with_ditorehkan_is_a_players_for_his_team():
    doc = _doc("Dua gol PSM Makassar ditorehkan oleh Andi Saputra dan Yusuf Hamzah setelah jeda, Selasa "
               "(14/5/2019).", date(2019, 5, 14))
    triples = relation_triples(doc)
    assert {("Andi Saputra", "playsFor", "PSM Makassar"), ("Yusuf Hamzah", "playsFor", "PSM Makassar")} <= triples


def test_posts_whose_term_ends_are_former_also_in_the_next_sentence():
    doc = _doc("Para pejabat yang habis masa jabatannya yakni Gubernur Jawa Barat Rudi Hartono, Gubernur "
               "Bali Made Sutama. Kemudian, Gubernur Jambi Ahmad Fauzan, Gubernur Riau Hendra Kusuma.")
    former = relation_triples(doc, former=True)
    assert {("Rudi Hartono", "leads", "Jawa Barat"), ("Ahmad Fauzan", "leads", "Jambi")} <= former
    assert not {(s, p, o) for s, p, o in relation_triples(doc) if s in ("Rudi Hartono", "Ahmad Fauzan")}


def test_a_title_in_a_fronted_clause_and_the_name_after_its_comma_are_two_people():
    doc = _doc("Setelah pertemuan dengan Menlu Chile, Retno Lestari lanjut berbincang dengan Menlu Peru di Lima, "
               "Kamis (2/8/2018).", date(2018, 8, 2))
    assert "Retno Lestari" in _people(doc)
    assert not {(s, p, o) for s, p, o in relation_triples(doc) if s == "Retno Lestari" and "Chile" in o}


def test_a_title_appointed_in_a_fronted_clause_is_the_name_after_it():
    doc = _doc("Setelah dilantik menjadi Bupati Sleman, Kustini Sri Purnomo langsung meninjau pasar.")
    assert ("Kustini Sri Purnomo", "leads", "Sleman") in relation_triples(doc)


def test_a_title_in_a_headline_that_acts_is_not_the_name_after_the_comma():
    doc = _doc("Mendagri Lantik 2 Pj Gubernur Baru, Made Sutama dan Rudi Hartono\n\n"
               "Menteri Dalam Negeri (Mendagri) Hasan Basri melantik 2 Penjabat (Pj) Gubernur di Gedung "
               "Sasana Bhakti Praja Kementerian Dalam Negeri (Kemendagri), Jakarta, Senin (4/9/2023).\n\n"
               "Adapun 2 nama yang dilantik ialah Pj Gubernur Jawa Tengah, Made Sutama; Pj Gubernur Bali, Rudi "
               "Hartono.", date(2023, 9, 4))
    assert not {(s, p, o) for s, p, o in relation_triples(doc) if s == "Made Sutama" and "Dalam Negeri" in o}


def test_an_acehnese_village_head_leads_the_gampong():
    doc = _doc("Keuchik Gampong Lamdingin Zainal Abidin menyambut warga di meunasah, Minggu (15/4/2018).")
    assert ("Zainal Abidin", "leads", "Gampong Lamdingin") in relation_triples(doc)


def test_places_counted_with_keduanya_lie_in_the_place_after():
    doc = _doc("Gempa merusak 4 rumah di Desa Sukamulya dan 2 rumah di Desa Cikadu, keduanya di "
               "Kecamatan Pagelaran, Kabupaten Cianjur.")
    triples = relation_triples(doc)
    assert {("Desa Sukamulya", "containedInPlace", "Kecamatan Pagelaran"),
            ("Desa Cikadu", "containedInPlace", "Kecamatan Pagelaran")} <= {
        (s, p, "Kecamatan Pagelaran" if o in ("Pagelaran", "Kecamatan Pagelaran") else o) for s, p, o in triples}


# ------------------------------------------------------------------ lists of ambassadors, hyphenated names, committees

def test_a_list_of_ambassadors_with_semicolons_names_each_and_the_meeting():
    doc = _doc("Pada Selasa (26/10/2021) di Istana Bogor, Presiden Joko Widodo menerima tiga duta besar baru yang "
               "menyerahkan surat kepercayaan.\n"
               "Adapun ketiga duta besar yang diterima oleh Presiden ialah:\n"
               "Marco Bellini, Duta Besar Republik Italia;\n"
               "Tomas Novak, Duta Besar Republik Ceko; dan\n"
               "Ana Lucia Ferreira, Duta Besar Portugal\n"
               "Acara itu berlangsung singkat.", date(2021, 10, 26))
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
    doc = _doc("Bali United menang 2-1 atas Barito Putera di Gianyar, Minggu (27/8/2023). "
               "Serangan tim asuhan Rudi Santoso diinisiasi oleh Yusuf Hamzah sebelum gol penyeimbang.",
               date(2023, 8, 27))
    assert not [e for e in doc.events if e.kind == "Attack"]


def test_an_event_word_inside_a_committees_name_is_no_event():
    doc = _doc("Rekapitulasi dilakukan begitu Panitia Pemilihan Kecamatan (PPK) menuntaskan penghitungan, "
               "kata Ketua KPU Garut Rudi Santoso, Kamis (5/7/2018).", date(2018, 7, 5))
    assert not [e for e in doc.events if e.kind == "Election"]
    assert "Panitia Pemilihan Kecamatan" in _bodies(doc)
