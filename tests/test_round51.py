"""Shapes of real pages read in round 51; every text is written for its test (invented people, real
regions, bodies and outlets)."""
from datetime import date

from kgtest import events_of, names_typed, pipeline_doc, relation_triples, role_names


def _doc(text: str, day: date = date(2024, 3, 3)):
    return pipeline_doc(text, day, use_model=True)


# ------------------------------------------------------------------ entities

def test_a_regional_council_named_in_full_with_either_spelling_of_its_province_is_one_body():
    doc = _doc("Ratusan nelayan mendatangi Dewan Perwakilan Rakyat Daerah Sumatra Utara, Senin (9/3/2020). Ketua DPRD "
               "Sumut Hendra Saputra menemui mereka.", date(2020, 3, 9))
    bodies = [e for e in doc.entities.values() if e.type == "Organization" and
              any("DPRD" in n or "Rakyat Daerah" in n for n in [e.name, *e.aliases, *(m.text for m in e.mentions)])]
    assert len(bodies) == 1 and "Dewan Perwakilan Rakyat" not in names_typed(doc, "Organization")
    assert ("Hendra Saputra", "leads", bodies[0].name) in relation_triples(doc)


def test_a_web_address_glued_by_a_hyphen_is_one_outlet_in_the_dateline():
    doc = _doc("SURYA-MALANG.COM - Sebuah truk menabrak tiga sepeda motor di Jalan Raya Karanglo, Minggu (8/12/2024).",
               date(2024, 12, 8))
    assert "SURYA-MALANG.COM" in names_typed(doc, "Organization")
    assert "SURYA" not in names_typed(doc, "Place")


def test_a_governor_s_name_opening_with_a_name_opener_is_no_region():
    doc = _doc("Pelepasan ekspor itu juga dihadiri Gubernur Abdul Rahman Kasuba di Pelabuhan Ternate.")
    assert "Abdul Rahman Kasuba" in names_typed(doc, "Person")
    assert "Abdul" not in names_typed(doc, "Place")


def test_single_names_listed_after_a_people_noun_and_a_long_clause_are_people():
    doc = _doc("Daftar penumpang perahu motor yang sudah ditemukan petugas tadi malam ialah Sudarno, Evi, Azmi, "
               "Warsito, I Komang, Jamri, Tarmizi dan Rupi.")
    assert {"Sudarno", "Azmi", "Warsito", "Jamri", "Tarmizi"} <= names_typed(doc, "Person")
    assert not {"Sudarno", "Azmi", "Warsito", "Jamri", "Tarmizi"} & names_typed(doc, "Place")


def test_a_battalion_s_number_and_name_after_its_words_are_part_of_its_name():
    doc = _doc("Personel Batalyon Infanteri 124/Rajawali diberangkatkan ke perbatasan, Rabu (15/1/2020). Danyonif "
               "124/RW Letkol Inf. Roni Marpaung melepas pasukan.", date(2020, 1, 15))
    assert "Batalyon Infanteri 124/Rajawali" in names_typed(doc, "Organization")
    assert "Inf" not in names_typed(doc)


# ------------------------------------------------------------------ relations

def test_pairs_listed_after_a_ticket_s_titles_hold_them_in_the_bracketed_region():
    doc = _doc("Mendagri mengambil sumpah tiga pasangan kepala daerah di Gedung Agung, Rabu (5/9/2018). Para "
               "Gubernur dan Wakil Gubernur baru itu ialah: 1. Hendra Saputra dan Rini Anggraeni (Jawa Tengah); 2. "
               "Bambang Wijatmiko dan Yusuf Harahap (Sumatera Utara); 3. Andi Makkasau dan Lukas Pattiasina (Maluku).",
               date(2018, 9, 5))
    triples = relation_triples(doc)
    assert {("Bambang Wijatmiko", "leads", "Sumatera Utara"), ("Yusuf Harahap", "holdsPosition", "Sumatera Utara"),
            ("Andi Makkasau", "leads", "Maluku"), ("Lukas Pattiasina", "holdsPosition", "Maluku")} <= triples


def test_listed_candidate_pairs_hold_no_post():
    doc = _doc("KPU menetapkan nomor urut pasangan calon Bupati dan Wakil Bupati, yakni: 1. Hendra Saputra dan Rini "
               "Anggraeni (Partai Golkar); 2. Bambang Wijatmiko dan Yusuf Harahap (Kabupaten Sleman).",
               date(2024, 9, 23))
    assert not {t for t in relation_triples(doc) if t[1] in ("leads", "holdsPosition")}


def test_military_commands_numbered_or_coded_are_led_by_the_officer_after_the_title():
    doc = _doc("Pangkoarmada II Laksda TNI Bambang Irawan menegaskan kesiapan kapal perang. Danskadron Udara 14 "
               "Letkol Pnb Hendra Wijaya memimpin penerbangan itu. Danyonif 133/YS Letkol Inf. Roy Marpaung "
               "melepas pasukan.")
    triples = relation_triples(doc)
    assert {("Bambang Irawan", "leads", "Koarmada II"), ("Hendra Wijaya", "leads", "Skadron Udara 14"),
            ("Roy Marpaung", "leads", "Yonif 133/YS")} <= triples


def test_a_command_s_spokesman_holds_a_post_in_it_written_with_or_without_its_slash():
    doc = _doc("Prajurit Kodam XVII/Cenderawasih terus mengejar kelompok itu. Kapendam XVII Cenderawasih Kolonel "
               "(Kav) Herman Santoso membenarkan kejadian tersebut.")
    assert ("Herman Santoso", "holdsPosition", "Kodam XVII/Cenderawasih") in relation_triples(doc)


def test_a_regional_agency_s_short_title_names_its_head():
    doc = _doc("Nasib berbeda dialami Hendra Saputra, mantan Kadisdik Langkat. Kadinkes Kabupaten Garut Rina "
               "Marlina mengatakan stok vaksin cukup.")
    assert ("Rina Marlina", "leads", "Dinas Kesehatan Kabupaten Garut") in relation_triples(doc)
    assert ("Hendra Saputra", "leads", "Dinas Pendidikan Langkat") in relation_triples(doc, former=True)


def test_a_holder_s_ordinal_is_no_part_of_the_unit():
    doc = _doc("Juru bicara itu menjawab kritik Presiden RI kelima Megawati Soekarnoputri soal subsidi pupuk.")
    assert not {"kelima", "Kelima"} & names_typed(doc)


def test_parts_of_one_town_listed_lie_in_the_town_not_in_each_other():
    doc = _doc("Pelaku beraksi di kecamatan Lubuk Sikarah, Padang Timur, Padang Selatan, Kota Padang, Sumatera Barat.")
    triples = relation_triples(doc)
    assert {("Padang Timur", "containedInPlace", "Kota Padang"),
            ("Padang Selatan", "containedInPlace", "Kota Padang")} <= triples
    assert ("Padang Timur", "containedInPlace", "Padang Selatan") not in triples


def test_a_chair_of_a_party_s_central_board_holds_a_post_in_it():
    doc = _doc("Ketua DPP PDIP Rini Anggraeni mengunggah foto itu. Ketua Umum PDIP Megawati Soekarnoputri hadir.")
    triples = relation_triples(doc)
    assert ("Rini Anggraeni", "holdsPosition", "DPP PDIP") in triples
    assert ("Rini Anggraeni", "leads", "DPP PDIP") not in triples


# ------------------------------------------------------------------ events

def test_a_counted_noun_pointing_back_is_no_single_person_told_before():
    doc = _doc("Presiden Prabowo Subianto melantik tiga pasangan kepala daerah di Gedung Agung, Yogyakarta, Rabu "
               "(5/2/2025). Ketiga pasangan yang dilantik itu ialah: 1. Bambang Wijatmiko dan Yusuf Harahap "
               "(Sumatera Utara); 2. Andi Makkasau dan Lukas Pattiasina (Maluku).", date(2025, 2, 5))
    swearing_in = events_of(doc, "Inauguration")
    assert swearing_in and all("Prabowo Subianto" not in role_names(doc, e, "patient") for e in swearing_in)
    assert any("Prabowo Subianto" in role_names(doc, e, "agent") for e in swearing_in)


def test_an_outlet_s_byline_over_its_time_stamp_is_no_dateline():
    doc = _doc("Undang-Undang Penyiaran Akhirnya Disahkan\n\nMetro TV | Rabu, 5/3/2025 10:15 WIB\n"
               "Jakarta, Metro TV -- Rapat Paripurna DPR pada Rabu pagi mengesahkan Rancangan Undang-Undang tentang "
               "Penyiaran menjadi undang-undang.", date(2025, 3, 5))
    decisions = events_of(doc, "Decision")
    assert any("Dewan Perwakilan Rakyat" in role_names(doc, e, "agent") for e in decisions)


def test_each_defendant_sentenced_in_a_sentence_of_their_own_is_a_verdict_of_their_own():
    doc = _doc("Pengadilan Tipikor Semarang menjatuhkan vonis lima tahun penjara kepada Hendra Wijaya, Rabu "
               "(27/8/2025). Sementara itu, Budi Santoso divonis tujuh tahun penjara.", date(2025, 8, 27))
    verdicts = events_of(doc, "Verdict")
    assert sorted(sorted(role_names(doc, e, "patient")) for e in verdicts) == [["Budi Santoso"], ["Hendra Wijaya"]]


def test_a_parliament_s_term_is_no_trial():
    doc = _doc("Penambahan anggaran itu baru dibahas pada masa sidang III tahun ini di Kompleks Parlemen, Jakarta, "
               "Selasa (24/9/2019).", date(2019, 9, 24))
    assert not events_of(doc, "Trial")


def test_the_person_named_after_a_culprit_s_phrase_is_the_attacker():
    doc = _doc("Pelaku penganiayaan terhadap tetangganya di Desa Sukamaju, Kecamatan Cibadak, Darmono (41), "
               "ditangkap polisi, Senin (3/3/2025).", date(2025, 3, 4))
    assert any("Darmono" in role_names(doc, e, "agent") for e in events_of(doc, "Attack"))


def test_a_victim_in_apposition_after_the_culprit_s_phrase_is_the_target():
    doc = _doc("Kapolres Cianjur AKBP Rudi Hartono mengatakan, pembacokan yang dilakukan pelaku terhadap adiknya, "
               "Sulastri (30), dipicu masalah warisan.", date(2025, 3, 4))
    assert any("Sulastri" in role_names(doc, e, "target") for e in events_of(doc, "Attack"))


def test_a_party_congress_naming_its_general_chair_elects_them():
    doc = _doc("Kongres Partai Amanat Nasional di Bali kembali menetapkan Hendra Wijaya sebagai Ketum PAN, Jumat "
               "(1/8/2025). Dengan ketetapan ini Hendra menjabat hingga 2030 mendatang.", date(2025, 8, 1))
    assert any("Hendra Wijaya" in role_names(doc, e, "winner") for e in events_of(doc, "Election"))
    assert not events_of(doc, "Travel")


def test_the_subject_who_became_a_victim_of_an_attack_is_its_target():
    doc = _doc("Seorang perempuan bernama Sulastri diduga menjadi korban pembunuhan di Jalan Kenanga, Pekanbaru, "
               "Sabtu (24/12/2016).", date(2016, 12, 26))
    assert any("Sulastri" in role_names(doc, e, "target") for e in events_of(doc, "Attack"))


def test_a_robbery_at_gunpoint_is_an_attack_on_whom_it_threatens():
    doc = _doc("Seorang pria bersepeda motor menodongkan pisau ke Rudi Hartono (24), penjaga konter pulsa di Pasar "
               "Baru, Tangerang, Minggu (15/1/2006).", date(2006, 1, 16))
    assert any("Rudi Hartono" in role_names(doc, e, "target") for e in events_of(doc, "Attack"))
