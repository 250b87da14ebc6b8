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
    doc = pipeline_doc("Danrem 102/Panju Panjung Brigjen TNI Purwo Sutanto menyambut tamu di bandara. Dandim "
                       "0701/Banyumas Letkol Inf Candra Wibisana dan Danramil 05/Lebakwangi Kapten Inf Asep "
                       "Haryadi hadir. Danlanal Banten Kolonel Laut (P) Hendra Kusnadi memimpin pencarian.")
    triples = relation_triples(doc)
    assert ("Purwo Sutanto", "leads", "Korem 102/Panju Panjung") in triples
    assert ("Candra Wibisana", "leads", "Kodim 0701/Banyumas") in triples
    assert ("Asep Haryadi", "leads", "Koramil 05/Lebakwangi") in triples
    assert ("Hendra Kusnadi", "leads", "Lanal Banten") in triples


def test_a_rank_written_with_a_full_stop_does_not_end_the_sentence():
    doc = pipeline_doc("Rombongan disambut Komandan Kodim 0429/Lamtim Letkol Kav. Muhammad Dirgantara, bersama "
                       "Bupati Zaiful Harun.")
    assert ("Muhammad Dirgantara", "leads", "Kodim 0429/Lamtim") in relation_triples(doc)


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
    doc = pipeline_doc("Rapat Paripurna dipimpin Ketua DPRD Purworejo, Dion Agus Setiadi, didampingi Wakil Ketua "
                       "DPRD Kelik Susanto, Fran Suhardi, dan Yophi Prabowo.", use_model=True)
    triples = relation_triples(doc)
    for deputy in ("Kelik Susanto", "Fran Suhardi", "Yophi Prabowo"):
        assert (deputy, "holdsPosition", "DPRD Purworejo") in triples
    assert "Prabowo Subianto" not in _names(doc, "Person")   # a first name before "Prabowo": somebody else


def test_a_province_and_its_bodies_written_short_and_in_full_are_one():
    doc = pipeline_doc("Kepala Badan Penanggulangan Bencana Daerah (BPBD) Jawa Barat, Dicky Sumarna memperbarui "
                       "data korban. Menurut BPBD Jabar, korban bertambah di Jabar.")
    bodies = [e for e in doc.entities.values() if e.type == "Organization" and "BPBD Jabar" in e.aliases | {e.name}]
    assert len(bodies) == 1 and "BPBD Jawa Barat" in bodies[0].aliases
    assert len([e for e in doc.entities.values() if e.type == "Place" and
                {"Jabar", "Jawa Barat"} & (e.aliases | {e.name})]) == 1


def test_units_written_without_commas_lie_in_the_regency_after_them():
    doc = pipeline_doc("Kampanye itu digelar di Balai Desa Tarik Kecamatan Tarik Sidoarjo, pada Kamis lalu. Banjir "
                       "juga melanda Kota Banda Aceh.")
    triples = relation_triples(doc)
    assert ("Balai Desa Tarik", "containedInPlace", "Kecamatan Tarik") in triples
    assert ("Kecamatan Tarik", "containedInPlace", "Sidoarjo") in triples
    assert "Kota Banda Aceh" in _names(doc, "Place")


def test_a_subdistrict_whose_first_word_names_a_town_abroad_keeps_its_name():
    doc = pipeline_doc("Polisi mengamankan dua pria di Gampong Mon Geudong, Kecamatan Banda Sakti, Kota Lhokseumawe.")
    assert ("Gampong Mon Geudong", "containedInPlace", "Kecamatan Banda Sakti") in relation_triples(doc)


def test_a_goal_with_no_team_goes_to_the_team_leading_after_it_and_the_keeper_to_the_beaten_one():
    doc = pipeline_doc("Laga Persebaya Surabaya vs Arema FC dalam lanjutan Liga 1 berlangsung seru. Di babak "
                       "pertama, anak asuh Josef Gambarotta bisa unggul lebih dulu. Di menit ke-27, Brunito sukses "
                       "menjebol gawang Julian Sartono. Persebaya unggul 1-0 atas Arema. Di babak kedua, Zeca Valen "
                       "makin menjauhkan keunggulan Persebaya.", use_model=True)
    triples = relation_triples(doc)
    assert ("Josef Gambarotta", "leads", "Persebaya Surabaya") in triples
    assert ("Brunito", "playsFor", "Persebaya Surabaya") in triples
    assert ("Julian Sartono", "playsFor", "Arema FC") in triples
    assert ("Zeca Valen", "playsFor", "Persebaya Surabaya") in triples


def test_the_matches_of_a_team_tie_listed_under_the_report_give_each_side_its_players():
    doc = pipeline_doc(
        "MANILA - Tim putra Indonesia mengalahkan Malaysia 3-1 di final beregu bulu tangkis SEA Games. Ganda putra "
        "Indonesia memastikan medali emas, sementara tunggal putra Malaysia gagal menyamakan kedudukan. Pertandingan "
        "final itu ditonton ribuan penonton.\n\n"
        "Indonesia vs Malaysia:\n\n"
        "Tunggal Putra 1: Jonatan Kristianto vs Lee Zi Kang: 21-9, 21-17\n\n"
        "Ganda Putra 1: Fajar Alamsyah/Rian Ardiansyah vs Aaron Tan/Soh Wei Kit 17-21, 13-21\n\n"
        "Tunggal Putra 2: Shesar Rhustam vs Lim Chong Wei\n", use_model=True)
    triples = relation_triples(doc)
    for player in ("Jonatan Kristianto", "Fajar Alamsyah", "Rian Ardiansyah", "Shesar Rhustam"):
        assert (player, "playsFor", "Indonesia") in triples
    for player in ("Lee Zi Kang", "Aaron Tan", "Soh Wei Kit", "Lim Chong Wei"):
        assert (player, "playsFor", "Malaysia") in triples
    assert not any(o.isdigit() for s, p, o in triples)


def test_a_country_s_epithet_is_the_country():
    doc = pipeline_doc("Partai kelima mempertemukan Shesar Rhustam dengan pemain Negeri Jiran Lim Chong Wei dalam "
                       "laga final bulu tangkis. Turnamen itu ramai. Skor akhir 3-1.", use_model=True)
    country = next(r.object for r in doc.relations if r.predicate == "playsFor")
    assert "Malaysia" in doc.entities[country].aliases | {doc.entities[country].name}


def test_the_titles_of_laws_and_regulations_are_no_entities():
    doc = pipeline_doc("DPRD menyetujui Raperda Pencabutan Perda dan Raperda Pemberian Insentif dalam rapat itu. "
                       "DPR juga mengesahkan UU Cipta Kerja.", use_model=True)
    names = {e.name for e in doc.entities.values()}
    assert not any(n.startswith(("Raperda", "UU ")) for n in names)


def test_a_building_its_short_form_and_its_town_read_apart_are_one_place():
    doc = pipeline_doc("Tersangka ditahan di Rumah Tahanan (Rutan) Boyolali selama 20 hari. Rutan Boyolali penuh.",
                       use_model=True)
    places = [e for e in doc.entities.values() if e.type == "Place" and "Rutan Boyolali" in e.aliases | {e.name}]
    assert len(places) == 1 and places[0].name.startswith("Rumah Tahanan")


def test_a_deputy_head_with_no_region_written_serves_the_region_of_the_article_s_head():
    doc = pipeline_doc("Rombongan disambut Wakil Gubernur dr. Rina Lamahu di bandara. Gubernur Sulawesi Tengah, Anwar "
                       "Halid, juga hadir. Hadir pula Bupati Purworejo Agus Basuki dan Wakil Bupati Yuli Hartati.",
                       use_model=True)
    triples = relation_triples(doc)
    assert ("Rina Lamahu", "holdsPosition", "Sulawesi Tengah") in triples
    assert ("Yuli Hartati", "holdsPosition", "Purworejo") in triples


def test_a_command_written_with_its_region_short_is_the_command_written_in_full():
    doc = pipeline_doc("Pangdam berkunjung ke Markas Kodim 0429/Lampung Timur, Rabu (16/9/2020). Rombongan disambut "
                       "Komandan Kodim 0429/Lamtim Letkol Kav. Muhammad Dirgantara.", use_model=True)
    triples = relation_triples(doc)
    assert ("Muhammad Dirgantara", "leads", "Kodim 0429/Lampung Timur") in triples
    assert ("Kodim 0429/Lampung Timur", "basedIn", "Lampung Timur") in triples


def test_a_company_s_president_director_written_short_leads_it():
    doc = pipeline_doc("PT Sinar Medika Raya Tbk (SMRA) membeli saham rumah sakit. \"Harga pembelian Rp 1.720,\" kata "
                       "Presdir SMRA Yusuf Halimun.", use_model=True)
    assert ("Yusuf Halimun", "leads", "PT Sinar Medika Raya Tbk") in relation_triples(doc)
