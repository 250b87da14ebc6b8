"""Shapes of real pages read in round 41; every text is written for its test (invented people, real
regions, bodies and outlets)."""
from datetime import date

from kgtest import event_places, named_entities, only_event, pipeline_doc, relation_triples, role_names


def _doc(text: str, day: date = date(2024, 7, 2)):
    return pipeline_doc(text, day, use_model=True)


def _names(doc) -> set[str]:
    return {name for name, _ in named_entities(doc)}


# ------------------------------------------------------------------ entities

def test_a_regency_and_a_village_named_like_a_known_town_keep_their_whole_names():
    doc = _doc("Banjir merendam tiga dusun di Kecamatan Long Ikis, Kabupaten Tanah Paser, Rabu (3/7/2024). Warga "
               "Desa Batu Ampar ikut mengungsi ke balai desa.")
    assert {("Kabupaten Tanah Paser", "Place"), ("Desa Batu Ampar", "Place")} <= named_entities(doc)
    assert not {"Kabupaten Tanah", "Desa Batu"} & _names(doc)


def test_a_body_in_brackets_after_a_person_is_no_alias_unless_it_spells_her_initials():
    doc = _doc("Diskusi itu menghadirkan Rina Marlina (IPB), Dodi Kurnia (UGM), dan Sutrisno (BRIN), Senin (1/7/2024). "
               "Polisi juga memeriksa Hendra Prakoso Lubis (HPL) sebagai saksi.")
    people = {e.name: e for e in doc.entities.values() if e.type == "Person"}
    assert "IPB" not in people["Rina Marlina"].aliases and "UGM" not in people["Dodi Kurnia"].aliases
    assert ("IPB", "Organization") in named_entities(doc)
    assert "HPL" in people["Hendra Prakoso Lubis"].aliases


def test_forms_of_address_and_a_hajis_style_are_no_part_of_the_name():
    doc = _doc("Kunjungan itu atas undangan Menteri Luar Negeri Brunei Yang Mulia Zulkarnain Hamdan, Senin "
               "(1/7/2024). Hadir pula Wakil Bupati Garut, Dr. HM. Karnadi Sumantri.")
    names = _names(doc)
    assert "Zulkarnain Hamdan" in names
    assert not any(n.startswith("Yang Mulia") for n in names)


def test_a_verb_opening_a_sentence_is_no_part_of_the_name_after_it():
    doc = _doc("\"Kami sudah tahu,\" ujar Jaksa Agung M Darmawan seperti dikutip Antara, Jumat (28/6/2019).\n"
               "Ditambahkan Darmawan, operasi itu hasil kerja sama dengan KPK.")
    assert not any(n.startswith("Ditambahkan") for n in _names(doc))


def test_a_name_before_alias_is_a_person_even_where_a_town_has_that_name():
    doc = _doc("Hakim memvonis terdakwa Mardin alias Kodok dan Faisal alias Icang dengan hukuman delapan tahun "
               "penjara, Senin (1/7/2024).")
    people = {e.name: e for e in doc.entities.values() if e.type == "Person"}
    assert "Mardin" in people and "Faisal" in people
    assert "Faisal alias Icang" in people["Faisal"].aliases


def test_names_run_across_an_abbreviated_muhammad_a_units_number_and_stop_at_a_street():
    doc = _doc("Pertandingan itu berlangsung di Stadion Moch. Soebroto pada Sabtu (6/7/2024) malam. Sehari "
               "sebelumnya api melahap Gedung BPR Sejahtera Jalan Melati Raya Nomor 12, Kelurahan Cempaka. "
               "Detasemen Khusus (Densus) 88 Antiteror Polri lalu menangkap seorang terduga teroris di Bima.")
    names = _names(doc)
    assert {"Stadion Moch. Soebroto", "Gedung BPR Sejahtera", "Jalan Melati Raya"} <= names
    assert any(n.startswith("Detasemen Khusus 88 Antiteror") for n in names)
    assert not any("Nomor" in n for n in names)


def test_an_enlisted_rank_in_full_and_a_pairs_slash_leave_the_person():
    doc = _doc("Sersan Dua Harun Wibisono gugur dalam kontak tembak itu, Senin (1/7/2024). Di final, ganda putri "
               "Jepang Aoi Fujimura / Rena Kobayashi menang atas wakil Korea Selatan.")
    people = {name for name, kind in named_entities(doc) if kind == "Person"}
    assert {"Harun Wibisono", "Aoi Fujimura", "Rena Kobayashi"} <= people
    assert not any(n.startswith("Sersan") or n.endswith("/") for n in _names(doc))


def test_two_level_words_joined_by_a_slash_name_no_place():
    doc = _doc("Pilkada serentak digelar di empat Kabupaten/Kota di Provinsi Banten, Rabu (27/11/2024).")
    assert not any("/" in n for n in _names(doc))


# ------------------------------------------------------------------ relations

def test_a_list_of_officials_each_after_their_title_gives_no_one_the_next_title():
    doc = _doc("Rapat paripurna dihadiri Wakil Bupati Garut, Dr. HM. Karnadi Sumantri, Sekretaris Daerah Garut, "
               "H. Wawan Setiawan Prawira, Kepala OPD Lingkup Pemkab Garut dan unsur Forkopimda Garut.")
    triples = relation_triples(doc)
    assert not any(s == "Wawan Setiawan Prawira" and "OPD" in o for s, _, o in triples)
    assert not any("H." in o for _, _, o in triples)


def test_a_units_chain_in_brackets_after_a_place_holds_it():
    doc = _doc("Banjir bandang menerjang Dusun Krajan (Desa Sumberejo, Kecamatan Pujon) dan Jalan Raya Pujon "
               "(Desa Ngroto, Kecamatan Pujon), Kamis (4/7/2024).")
    assert {("Dusun Krajan", "containedInPlace", "Desa Sumberejo"),
            ("Desa Sumberejo", "containedInPlace", "Kecamatan Pujon"),
            ("Jalan Raya Pujon", "containedInPlace", "Desa Ngroto")} <= relation_triples(doc)


def test_posts_listed_after_menggantikan_were_held_before():
    doc = _doc("Kelima penjabat itu menggantikan Gubernur Banten Andi Wiratama, Gubernur Gorontalo Hamid Lakoro, "
               "dan Gubernur Papua Barat Yosias Mandowen, Kamis (12/5/2022).")
    assert {("Andi Wiratama", "leads", "Banten"), ("Hamid Lakoro", "leads", "Gorontalo"),
            ("Yosias Mandowen", "leads", "Papua Barat")} <= relation_triples(doc, former=True)
    assert ("Andi Wiratama", "leads", "Banten") not in relation_triples(doc)


def test_regional_heads_listed_with_their_regions_in_brackets_lead_them():
    doc = _doc("Menteri Dalam Negeri melantik tiga penjabat bupati, Senin (1/7/2024). Para penjabat bupati yang "
               "dilantik yaitu Andi Saputra (Kabupaten Buton), Rudi Hartanto (Kabupaten Muna), dan Yusuf Baso "
               "(Kabupaten Wakatobi).")
    assert {("Andi Saputra", "leads", "Kabupaten Buton"), ("Rudi Hartanto", "leads", "Kabupaten Muna"),
            ("Yusuf Baso", "leads", "Kabupaten Wakatobi")} <= relation_triples(doc)


def test_a_deputy_attorney_generals_title_is_not_the_attorney_general_named_before():
    doc = _doc("Jaksa Agung Darmawan Hadiprojo mengumumkan penahanan itu, Senin (1/7/2024). Tersangka lalu digiring "
               "ke kantor Jaksa Agung Muda Tindak Pidana Khusus (Jampidsus) di Kejagung. Ia tiba di gedung Jampidsus "
               "pukul 13.55.")
    person = next(e for e in doc.entities.values() if e.type == "Person" and e.name.endswith("Hadiprojo"))
    assert "Jampidsus" not in person.aliases


# ------------------------------------------------------------------ events

def test_an_object_right_before_a_clause_verb_is_its_subject():
    doc = _doc("Basarnas memastikan banjir menerjang dua desa di Kecamatan Sungai Raya, Kabupaten Kubu Raya, "
               "Selasa (2/7/2024).")
    places = event_places(doc, only_event(doc, "Disaster"))
    assert "Kecamatan Sungai Raya" in places and "Basarnas" not in " ".join(places)


def test_the_day_hung_on_the_trigger_wins_over_the_day_of_the_report():
    doc = _doc("Kabar yang beredar, Jumat (28/2/2020), menyebut, Wayan Sudarsana terpilih jadi Ketua DPD "
               "Partai Golkar Bali melalui musyawarah daerah di Denpasar, Senin lalu.", date(2020, 2, 28))
    event = only_event(doc, "Election")
    assert [t.value for t in event.times] == ["2020-02-24"]
    assert role_names(doc, event, "winner") == {"Wayan Sudarsana"}
    assert role_names(doc, event, "agent") == {"DPD Partai Golkar Bali"}


def test_an_inspection_visit_is_a_trip_and_deporting_or_sealing_is_a_decision():
    doc = _doc("Bupati Klaten Sri Handayani meninjau lokasi banjir di Kecamatan Juwiring, Senin (1/7/2024). "
               "Pada hari yang sama Kantor Imigrasi Kelas I Denpasar mendeportasi seorang warga negara Kanada.")
    assert role_names(doc, only_event(doc, "Travel"), "traveler") == {"Sri Handayani"}
    assert role_names(doc, only_event(doc, "Decision"), "agent") == {"Kantor Imigrasi Kelas I Denpasar"}


def test_a_court_rejecting_a_suit_rules_and_people_rejecting_a_plan_do_not():
    doc = _doc("Mahkamah Konstitusi menolak gugatan sengketa hasil Pilkada Kabupaten Yahukimo, Senin (1/7/2024). "
               "Sehari kemudian warga menolak rencana pembangunan pabrik semen di desa mereka.")
    assert role_names(doc, only_event(doc, "Verdict"), "agent") == {"Mahkamah Konstitusi"}


def test_the_one_who_replaces_another_is_the_one_appointed():
    doc = _doc("Kapolda melantik pejabat baru, Senin (1/7/2024). AKBP Rahmat Hidayatullah menggantikan AKBP "
               "Sutopo Wiryanto sebagai Kapolres Garut.")
    event = only_event(doc, "Appointment")
    assert "Rahmat Hidayatullah" in role_names(doc, event, "patient")
    assert "Rahmat Hidayatullah" not in role_names(doc, event, "agent")


def test_a_list_of_those_sworn_in_goes_on_in_the_next_sentences():
    doc = _doc("Empat pasang bupati dan wakil bupati dilantik oleh Gubernur Maluku Utara, Senin (1/7/2024). Mereka yang "
               "dilantik yaitu Arifin Lamane-Hasan Duwila sebagai Bupati dan Wakil Bupati Halmahera Barat. Kemudian, "
               "pasangan Yusri Tjan-Darmin Sangaji sebagai Bupati dan Wakil Bupati Halmahera Timur. Terakhir adalah "
               "pasangan Rony Maitimu-Salim Tuasikal sebagai Bupati dan Wakil Bupati Pulau Morotai.")
    patients = role_names(doc, only_event(doc, "Inauguration"), "patient")
    assert {"Arifin Lamane", "Yusri Tjan", "Darmin Sangaji", "Rony Maitimu", "Salim Tuasikal"} <= patients


def test_a_statement_at_a_body_took_place_in_the_town_written_after_it():
    doc = _doc("\"Kerugiannya mencapai Rp 12 miliar,\" kata Kapolda Metro Jaya Irjen Bambang Sudarmo saat memberi "
               "keterangan di Polda Metro Jaya, Jakarta Selatan, pada Selasa (2/7/2024).")
    assert "Jakarta Selatan" in event_places(doc, only_event(doc, "Statement"))


def test_a_model_name_with_an_age_or_after_pimpinan_is_a_person_and_a_knockout_is_no_body():
    doc = _doc("Korban lainnya adalah Nur Wijayanti (58), pegawai swasta asal Batang, Rabu (3/7/2024). Pasukan TNI "
               "diserang kelompok bersenjata pimpinan Yakobus Wenda di Distrik Kenyam. Petinju Daud Sihombing menang "
               "TKO atas petinju Filipina di Batu.")
    people = {name for name, kind in named_entities(doc) if kind == "Person"}
    assert {"Nur Wijayanti", "Yakobus Wenda"} <= people
    assert not any(name in ("TKO", "KO") for name in _names(doc))


def test_the_pope_and_an_acting_head_are_titles_and_no_body():
    doc = _doc("Paus Fransiskus tiba di Jakarta, Selasa (3/9/2024). Pelaksana Harian Kepala Biro Humas KPK Rina "
               "Kartikasari mengatakan penyidik memeriksa tiga saksi.")
    assert ("Fransiskus", "Person") in named_entities(doc)
    assert not any(name.startswith(("Paus", "Harian")) for name in _names(doc))


def test_terror_networks_and_densus_88_are_one_body_each_however_written():
    doc = _doc("Detasemen Khusus (Densus) 88 Antiteror Polri meringkus dua terduga teroris dari kelompok Jamaah "
               "Islamiyah (JI) di Surabaya, Selasa (2/7/2024). Sehari sebelumnya Densus 88 menangkap seorang anggota JI di Malang.")
    bodies = {name for name, kind in named_entities(doc) if kind == "Organization"}
    assert "Jamaah Islamiyah" in bodies
    assert sum(1 for name in bodies if "88" in name) == 1


def test_a_colonel_written_short_and_a_deputys_number_are_no_part_of_a_unit():
    doc = _doc("Kepala Penerangan Kodam XVII/Cenderawasih Kol Inf Yohanis Wanimbo menjelaskan kronologi itu, Kamis "
               "(7/3/2019). Di DPRD Kabupaten Sintang, Robertus Ngadi ditunjuk sebagai Wakil Ketua II.")
    triples = relation_triples(doc)
    assert ("Yohanis Wanimbo", "leads", "Penerangan Kodam XVII/Cenderawasih") in triples
    assert not any(o in ("I", "II") or o.endswith(" Kol") for _, _, o in triples)
    assert not any("Kabupaten Kabupaten" in a for e in doc.entities.values() for a in e.aliases)


def test_a_police_unit_or_office_with_its_town_after_a_comma_stands_there():
    doc = _doc("Dua pencuri motor dibekuk Polsek Karawaci, Kota Tangerang, Senin (1/7/2024). Keduanya lalu dibawa ke "
               "Rudenim Semarang, Jawa Tengah.")
    triples = relation_triples(doc)
    assert ("Polsek Karawaci", "basedIn", "Kota Tangerang") in triples
    assert not any(s == "Rudenim Semarang" and o == "Jawa Tengah" for s, _, o in triples)   # a province: not said here


def test_a_negation_inside_a_quote_in_curly_quotes_denies_no_post_after_it():
    doc = _doc("“Gugatan itu tidak beralasan,” ujar Hakim MK, Arief Suryawan, dalam sidang putusan, Selasa (2/7/2024).")
    assert ("Arief Suryawan", "holdsPosition", "Mahkamah Konstitusi") in relation_triples(doc)


def test_those_attending_a_meeting_told_again_are_its_parties():
    doc = _doc("DPRD Kabupaten Garut menggelar rapat paripurna, Kamis (27/6/2024). Rapat paripurna tersebut dihadiri "
               "oleh Wakil Bupati Garut, Helmi Budiman, dan Sekretaris Daerah Garut, Nurdin Yana.")
    assert {"Helmi Budiman", "Nurdin Yana"} <= role_names(doc, only_event(doc, "Meeting"), "participant")


def test_those_who_take_the_oath_of_office_are_sworn_in():
    doc = _doc("Tiga pimpinan DPRD Kabupaten Melawi, Agustinus Jaman, Rosalina Dewi dan Hermanus Lugu, mengucapkan sumpah "
               "jabatan di ruang sidang DPRD, Rabu (16/10/2024).")
    event = only_event(doc, "Inauguration")
    assert {"Agustinus Jaman", "Rosalina Dewi", "Hermanus Lugu"} <= role_names(doc, event, "patient")
    assert not role_names(doc, event, "agent")
