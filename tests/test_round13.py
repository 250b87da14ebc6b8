"""Entities and relations of round 13; every text is written for its test (invented people, real places)."""
from kgtest import pipeline_doc, relation_triples


def _names(doc, type_):
    return {e.name for e in doc.entities.values() if e.type == type_}


def test_a_police_unit_of_a_polresta_keeps_its_whole_name():
    doc = pipeline_doc("Petugas Satuan Reserse Narkoba Polresta Pekanbaru menangkap seorang pria di Jalan Melati, "
                       "Pekanbaru, Sabtu (7/8/2021).", use_model=True)
    assert "Satuan Reserse Narkoba Polresta Pekanbaru" in _names(doc, "Organization")
    assert not any(n.endswith("Polresta Pekanbaru") for n in _names(doc, "Person"))


def test_military_commanders_lead_their_numbered_commands_and_a_rank_ends_the_unit():
    doc = pipeline_doc("Upacara itu dipimpin Danrem 071/Wijayakusuma Brigjen TNI Purwo Sutanto. Dandim "
                       "0701/Banyumas Letkol Inf Candra Wibisana dan Danramil 05/Lebakwangi Kapten Inf Asep "
                       "Haryadi hadir. Danlanal Banten Kolonel Laut (P) Hendra Kusnadi memimpin pencarian.")
    triples = relation_triples(doc)
    assert ("Purwo Sutanto", "leads", "Korem 071/Wijayakusuma") in triples
    assert ("Candra Wibisana", "leads", "Kodim 0701/Banyumas") in triples
    assert ("Asep Haryadi", "leads", "Koramil 05/Lebakwangi") in triples
    assert ("Hendra Kusnadi", "leads", "Lanal Banten") in triples


def test_a_rank_written_with_a_full_stop_does_not_end_the_sentence():
    doc = pipeline_doc("Apel pagi itu dibuka Komandan Kodim 0611/Garut Letkol Kav. Muhammad Dirgantara. Sesudahnya "
                       "ia meninjau posko.")
    assert ("Muhammad Dirgantara", "leads", "Kodim 0611/Garut") in relation_triples(doc)


def test_a_directorate_general_is_not_cut_at_the_rank_word_jenderal():
    doc = pipeline_doc("Direktorat Jenderal Pajak Kementerian Keuangan menyatakan target tercapai.")
    assert any(n.startswith("Direktorat Jenderal Pajak") for n in _names(doc, "Organization"))


def test_a_faction_of_a_regional_parliament_is_a_body_apart_from_the_parliament_and_the_party():
    doc = pipeline_doc("Anggota Fraksi PDIP DPRD Kabupaten Pati, Bandang Sulistyo, menyatakan setuju. Ketua Fraksi "
                       "Partai NasDem DPR, Viktor Lasut, hadir.")
    names = _names(doc, "Organization")
    assert {"Fraksi PDIP DPRD Kabupaten Pati", "DPRD Kabupaten Pati", "PDI Perjuangan"} <= names
    assert ("Viktor Lasut", "leads", "Fraksi Partai NasDem DPR") in relation_triples(doc)


def test_a_post_s_number_is_no_part_of_its_body_and_waka_is_a_deputy():
    doc = pipeline_doc("Wakil Ketua II DPRD Lebong Dedi Hartono hadir. Rapat dibuka Ketua DPRD Lebong, Carles "
                       "Rompas didampingi Waka I Yusuf Marbun.")
    triples = relation_triples(doc)
    assert ("Dedi Hartono", "holdsPosition", "DPRD Lebong") in triples
    assert not any(o.startswith("II ") for s, p, o in triples)
    assert "Waka" not in _names(doc, "Place")


def test_deputies_listed_after_their_title_each_hold_the_post():
    doc = pipeline_doc("Sidang itu dibuka Ketua DPRD Kebumen, Arif Setiadi, bersama Wakil Ketua DPRD Rudi Santoso, "
                       "Heri Kuncoro, dan Yudha Prabowo.", use_model=True)
    triples = relation_triples(doc)
    for deputy in ("Rudi Santoso", "Heri Kuncoro", "Yudha Prabowo"):
        assert (deputy, "holdsPosition", "DPRD Kebumen") in triples
    assert "Prabowo Subianto" not in _names(doc, "Person")   # a first name before "Prabowo": somebody else


def test_a_province_and_its_bodies_written_short_and_in_full_are_one():
    doc = pipeline_doc("Kepala Badan Penanggulangan Bencana Daerah (BPBD) Jawa Barat, Dani Sumarna menyebut dua "
                       "jembatan putus. Data BPBD Jabar mencatat 40 rumah rusak di Jabar.")
    bodies = [e for e in doc.entities.values() if e.type == "Organization" and "BPBD Jabar" in e.aliases | {e.name}]
    assert len(bodies) == 1 and "BPBD Jawa Barat" in bodies[0].aliases
    assert len([e for e in doc.entities.values() if e.type == "Place" and
                {"Jabar", "Jawa Barat"} & (e.aliases | {e.name})]) == 1


def test_units_written_without_commas_lie_in_the_regency_after_them():
    doc = pipeline_doc("Warga berkumpul di Balai Desa Sumberejo Kecamatan Mojoagung Jombang sejak pagi. Banjir "
                       "juga melanda Kota Banda Aceh.")
    triples = relation_triples(doc)
    assert ("Balai Desa Sumberejo", "containedInPlace", "Kecamatan Mojoagung") in triples
    assert ("Kecamatan Mojoagung", "containedInPlace", "Jombang") in triples
    assert "Kota Banda Aceh" in _names(doc, "Place")


def test_a_subdistrict_whose_first_word_names_a_town_abroad_keeps_its_name():
    doc = pipeline_doc("Pasar malam digelar di Gampong Uteun Bayi, Kecamatan Banda Sakti, Kota Lhokseumawe.")
    assert ("Gampong Uteun Bayi", "containedInPlace", "Kecamatan Banda Sakti") in relation_triples(doc)


def test_a_goal_with_no_team_goes_to_the_team_leading_after_it_and_the_keeper_to_the_beaten_one():
    doc = pipeline_doc("Persik Kediri menjamu PSIS Semarang di Stadion Brawijaya dalam lanjutan Liga 1. Sejak "
                       "menit awal anak asuh Dedi Kurniawan menekan. Pada menit ke-60, Rendi berhasil menjebol "
                       "gawang Ahmad Fauzi. Persik unggul 1-0 atas PSIS. Lima menit kemudian Yoga Pratama "
                       "memperlebar keunggulan Persik.", use_model=True)
    triples = relation_triples(doc)
    assert ("Dedi Kurniawan", "leads", "Persik Kediri") in triples
    assert ("Rendi", "playsFor", "Persik Kediri") in triples
    assert ("Ahmad Fauzi", "playsFor", "PSIS Semarang") in triples
    assert ("Yoga Pratama", "playsFor", "Persik Kediri") in triples


def test_the_matches_of_a_team_tie_listed_under_the_report_give_each_side_its_players():
    doc = pipeline_doc(
        "BANGKOK - Tim putri Indonesia menundukkan Thailand 3-2 di semifinal beregu bulu tangkis Kejuaraan Asia. "
        "Ganda putri Indonesia menentukan kemenangan, sementara tunggal putri Thailand tampil gemilang. Laga itu "
        "berlangsung lima jam.\n\n"
        "Indonesia vs Thailand:\n\n"
        "Tunggal Putri 1: Gita Ramadhani vs Pornpan Chaiyasit: 19-21, 21-15, 21-18\n\n"
        "Ganda Putri 1: Sari Wulandari/Nia Kartika vs Supak Wongsa/Kanya Intha 21-12, 21-14\n\n"
        "Tunggal Putri 2: Dewi Anggraini vs Ratchanok Sombat\n", use_model=True)
    triples = relation_triples(doc)
    for player in ("Gita Ramadhani", "Sari Wulandari", "Nia Kartika", "Dewi Anggraini"):
        assert (player, "playsFor", "Indonesia") in triples
    for player in ("Pornpan Chaiyasit", "Supak Wongsa", "Kanya Intha", "Ratchanok Sombat"):
        assert (player, "playsFor", "Thailand") in triples
    assert not any(o.isdigit() for s, p, o in triples)


def test_a_country_s_epithet_is_the_country():
    doc = pipeline_doc("Di final tunggal putra, Bima Santoso menghadapi pemain Negeri Jiran Lim Chong Wei. Turnamen "
                       "bulu tangkis itu ramai penonton. Skor akhir 2-1.", use_model=True)
    country = next(r.object for r in doc.relations if r.predicate == "playsFor")
    assert "Malaysia" in doc.entities[country].aliases | {doc.entities[country].name}


def test_the_titles_of_laws_and_regulations_are_no_entities():
    doc = pipeline_doc("DPRD menyetujui Raperda Retribusi Parkir dan Raperda Penyertaan Modal dalam rapat itu. "
                       "DPR juga mengesahkan UU Cipta Kerja.", use_model=True)
    names = {e.name for e in doc.entities.values()}
    assert not any(n.startswith(("Raperda", "UU ")) for n in names)


def test_a_building_its_short_form_and_its_town_read_apart_are_one_place():
    doc = pipeline_doc("Kedua terdakwa dititipkan di Rumah Tahanan (Rutan) Klaten selama 20 hari. Rutan Klaten penuh.",
                       use_model=True)
    places = [e for e in doc.entities.values() if e.type == "Place" and "Rutan Klaten" in e.aliases | {e.name}]
    assert len(places) == 1 and places[0].name.startswith("Rumah Tahanan")


def test_a_deputy_head_with_no_region_written_serves_the_region_of_the_article_s_head():
    doc = pipeline_doc("Peresmian jembatan itu dihadiri Wakil Gubernur dr. Rina Lamahu. Gubernur Sulawesi Tengah, "
                       "Anwar Halid, menggunting pita. Di Kebumen, Bupati Kebumen Agus Basuki meninjau sawah "
                       "bersama Wakil Bupati Yuli Hartati.", use_model=True)
    triples = relation_triples(doc)
    assert ("Rina Lamahu", "holdsPosition", "Sulawesi Tengah") in triples
    assert ("Yuli Hartati", "holdsPosition", "Kebumen") in triples


def test_a_command_written_with_its_region_short_is_the_command_written_in_full():
    doc = pipeline_doc("Prajurit Kodim 0712/Tapanuli Tengah membantu warga, Senin (3/3/2025). Kegiatan dipimpin "
                       "Komandan Kodim 0712/Tapteng Letkol Inf Hendra Gunawan.", use_model=True)
    triples = relation_triples(doc)
    assert ("Hendra Gunawan", "leads", "Kodim 0712/Tapanuli Tengah") in triples
    assert ("Kodim 0712/Tapanuli Tengah", "basedIn", "Tapanuli Tengah") in triples


def test_a_company_s_president_director_written_short_leads_it():
    doc = pipeline_doc("PT Sinar Medika Raya Tbk (SMRA) menambah dua klinik. \"Kami fokus di Jawa,\" kata "
                       "Presdir SMRA Yusuf Halimun.", use_model=True)
    assert ("Yusuf Halimun", "leads", "PT Sinar Medika Raya Tbk") in relation_triples(doc)


def test_victims_listed_with_their_ages_are_people():
    doc = pipeline_doc("Tiga penumpang angkot luka ringan. Mereka yaitu Sarinah, 35, Bayu Prasetyo, 19, serta Lilis, 62. "
                       "Sopir angkot, Darmaji, 44, diperiksa polisi. Wabah Covid-19 tidak menghambat penanganan.",
                       use_model=True)
    assert {"Sarinah", "Bayu Prasetyo", "Lilis", "Darmaji"} <= _names(doc, "Person")
    assert not any(any(c.isdigit() for c in n) for n in _names(doc, "Person"))
