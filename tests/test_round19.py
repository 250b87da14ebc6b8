"""Regional police and village news as real pages write it (round 19): a penalty the law threatens is no
verdict, datelines glued to their dash or an outlet's code, a district in a police chief's title before a
comma, village words of other provinces after a road's kilometre mark, the force a police unit belongs
to, initials with ages, a suspect named by initials after a village official's title, a charge told as
a status, a region or a name a title is followed by that the article writes elsewhere; every text is
written for its test (invented officers, officials and suspects; real regions)."""
from datetime import date

from kgtest import name_set, only_event, pipeline_doc, relation_triples

from kg.stages.clean import find_dateline


def test_a_penalty_the_law_threatens_is_no_verdict():
    doc = pipeline_doc("Kedua tersangka dijerat Pasal 114 Undang-Undang Nomor 35 Tahun 2009 tentang Narkotika "
                       "dengan ancaman hukuman maksimal 20 tahun penjara. Pelaku lain terancam hukuman penjara "
                       "paling lama lima tahun.", date(2024, 9, 13))
    assert not [e for e in doc.events if e.kind == "Verdict"]


def test_datelines_glued_to_their_dash_behind_a_bar_or_with_an_outlet_code():
    for text, place in [("PALU– Tim gabungan menangkap dua pelaku.", "PALU"),
                        ("Medan-BP: Polisi menangkap dua pelaku.", "Medan"),
                        ("Lampung- Insiden kecelakaan terjadi lagi.", "Lampung"),
                        ("JAKARTA | Presiden menerima tamu negara.", "JAKARTA")]:
        found = find_dateline(text)
        assert found and text[slice(*found[1])] == place, text
    assert find_dateline("Pemotor- Tewas di jalan.") is None


def test_a_district_in_a_police_chiefs_title_before_a_comma_and_a_rank_is_no_person():
    doc = pipeline_doc("Kapolsek Medan Area, Kompol Sahat Pardede, mengatakan kedua pelaku ditangkap di rumahnya.",
                       date(2024, 6, 26), use_model=True)
    assert not [e for e in doc.entities.values() if e.type == "Person" and e.name == "Area"]
    assert ("Sahat Pardede", "leads", "Polsek Medan Area") in relation_triples(doc)


def test_a_village_of_lampung_after_a_roads_kilometre_mark_is_where_the_accident_happened():
    doc = pipeline_doc("Sebuah truk dan minibus bertabrakan di Jalan Lintas Tengah (Jalinteng) KM 12-13 Pekon "
                       "Sukoharjo, Kecamatan Sukoharjo, Pringsewu, pada Selasa (29/11/2022) malam.", date(2022, 11, 30),
                       use_model=True)
    accident = only_event(doc, "Accident")
    assert "Pekon Sukoharjo" in name_set(doc, accident.places)


def test_a_police_unit_names_the_force_its_name_ends_with_and_counts_whom_it_arrests():
    doc = pipeline_doc("PONOROGO – Satreskrim Polres Ponorogo meringkus dua pelaku pembobolan toko emas di "
                       "Kecamatan Babadan, Rabu (6/2/2019).", date(2019, 2, 7), use_model=True)
    assert any(e.name == "Polres Ponorogo" and e.mentions for e in doc.entities.values())
    assert ("Polres Ponorogo", "basedIn", "Ponorogo") in relation_triples(doc)
    arrest = only_event(doc, "Arrest")
    assert name_set(doc, arrest.actors("agent")) == {"Satreskrim Polres Ponorogo"}
    assert {q.prop: q.value for q in arrest.quantities}.get("people") == 2


def test_the_short_form_of_a_sector_police_is_its_long_name_with_the_city():
    doc = pipeline_doc("Kepolisian Sektor Rungkut Surabaya membekuk seorang penadah ponsel. \"Kami masih memburu "
                       "dua rekannya,\" kata Kapolsek Rungkut AKP Galih Pratama di Surabaya, Selasa (7/5/2024).",
                       date(2024, 5, 7), use_model=True)
    assert ("Galih Pratama", "leads", "Kepolisian Sektor Rungkut Surabaya") in relation_triples(doc)


def test_initials_with_an_age_after_a_comma_are_people():
    doc = pipeline_doc("Korban tewas, RS, 31 tahun, dibonceng rekannya DW, 24 tahun, saat motor mereka menghantam "
                       "pikap yang disopiri HK, 52 tahun, di Kecamatan Kapongan.", date(2023, 9, 15), use_model=True)
    people = {e.name for e in doc.entities.values() if e.type == "Person" and e.mentions}
    assert {"RS", "DW", "HK"} <= people


def test_a_suspect_named_by_initials_after_a_village_officials_title_is_charged_not_the_village():
    doc = pipeline_doc("BATANG – Kejari Batang menetapkan Sekdes Kalisalak berinisial RW sebagai tersangka "
                       "penyelewengan anggaran desa, Kamis (26/6/2025).", date(2025, 6, 27), use_model=True)
    charge = only_event(doc, "Charge")
    assert name_set(doc, charge.actors("patient")) == {"RW"}
    assert not [e for e in doc.entities.values() if e.type == "Person" and e.name == "Kalisalak"]


def test_naming_someone_a_suspect_as_a_status_is_a_charge():
    doc = pipeline_doc("KPK menetapkan status tersangka terhadap Rahmat Hidayatullah pada Selasa (17/3/2026).",
                       date(2026, 3, 18), use_model=True)
    charge = only_event(doc, "Charge")
    assert name_set(doc, charge.actors("patient")) == {"Rahmat Hidayatullah"}
    assert [t.value for t in charge.times] == ["2026-03-17"]


def test_a_village_written_elsewhere_ends_the_region_of_its_heads_title():
    doc = pipeline_doc("Angin kencang merobohkan tiga rumah di Desa Kali Bening, Kecamatan Wanayasa. Kepala Desa "
                       "Kali Bening Suratmi mengatakan dua warga terluka.", date(2019, 12, 16), use_model=True)
    assert ("Suratmi", "leads", "Desa Kali Bening") in relation_triples(doc)


def test_a_full_name_written_elsewhere_after_a_regents_title_is_no_region():
    doc = pipeline_doc("Penyidik memeriksa Bupati Kolaka Timur, Arif Rahman Hakim, Jumat (25/5/2018). Seusai "
                       "pemeriksaan, Bupati Arif Rahman Hakim langsung dibawa ke Jakarta.", date(2018, 5, 25),
                       use_model=True)
    assert not [e for e in doc.entities.values() if e.type == "Place" and e.name == "Arif"]
    assert "Arif Rahman Hakim" in {e.name for e in doc.entities.values() if e.type == "Person"}


def test_two_meetings_told_again_took_place_in_the_room_named():
    doc = pipeline_doc("Presiden Hendra Wiratama bertemu Perdana Menteri Fiji Josua Tabua di Istana Merdeka, Jakarta, "
                       "Senin (21/10/2024). Presiden kemudian bertemu Perdana Menteri Samoa Leota Faleolo di Istana "
                       "Merdeka. Kedua pertemuan berlangsung di Ruang Garuda secara tertutup.", date(2024, 10, 21),
                       use_model=True)
    meetings = [e for e in doc.events if e.kind == "Meeting"]
    assert len(meetings) == 2
    assert all("Ruang Garuda" in name_set(doc, m.places) for m in meetings)


def test_who_heads_a_police_unit_or_serves_in_it_holds_a_post_in_its_force():
    doc = pipeline_doc("Kanit Turjawali Satlantas Polres Jember, Ipda Wahyu Sasongko, membenarkan kecelakaan itu. "
                       "\"Pelaku sudah kami tahan,\" kata Kepala Satuan Reserse Narkoba Polrestabes Medan AKBP Rudi "
                       "Harsono di Medan, Kamis (3/8/2017).", date(2017, 8, 3), use_model=True)
    triples = relation_triples(doc)
    assert ("Wahyu Sasongko", "holdsPosition", "Polres Jember") in triples
    assert ("Rudi Harsono", "holdsPosition", "Polrestabes Medan") in triples


def test_a_district_keeps_a_city_or_a_body_word_in_its_name():
    doc = pipeline_doc("Kapal motor tenggelam di perairan Kecamatan Bukit Batu, Kabupaten Bengkalis. Nelayan dari "
                       "Kecamatan Tanjung Balai Selatan ikut membantu pencarian. PT Sinar Bahari dan Pemkab "
                       "Bengkalis menandatangani MoU.", date(2024, 5, 2), use_model=True)
    places = {e.name for e in doc.entities.values() if e.type == "Place" and e.mentions}
    assert {"Kecamatan Bukit Batu", "Kecamatan Tanjung Balai Selatan"} <= places
    assert ("Kecamatan Bukit Batu", "containedInPlace", "Kabupaten Bengkalis") in relation_triples(doc)
    assert not [e for e in doc.entities.values() if e.type == "Person" and e.mentions]


def test_paragraphs_a_page_joined_with_no_space_are_two_sentences():
    doc = pipeline_doc("Ganda putra Indonesia lolos ke perempat final, Kamis 10 Maret 2022.Pasangan itu menang "
                       "rubber game. Baca di Okezone.Com hari ini.", date(2022, 3, 18))
    starts = [doc.text[s.start:s.end].split()[0] for s in doc.sentences]
    assert starts == ["Ganda", "Pasangan", "Baca"]


def test_a_doubles_pair_of_full_names_is_two_players_and_a_countrys_representative_is_no_deputy():
    doc = pipeline_doc("Pasangan Indonesia Rudi Hartanto Wijaya/Yoga Pratama Putra melaju ke semifinal setelah "
                       "mengalahkan wakil Jepang Kenta Mori/Daiki Ono dengan skor 21-18, 21-18 dalam laga babak "
                       "perempat final turnamen bulu tangkis itu.", date(2022, 3, 17), use_model=True)
    people = {e.name for e in doc.entities.values() if e.type == "Person" and e.mentions}
    assert {"Rudi Hartanto Wijaya", "Yoga Pratama Putra", "Kenta Mori", "Daiki Ono"} <= people
    triples = relation_triples(doc)
    assert not [t for t in triples if t[1] == "holdsPosition" and t[2] == "Jepang"]


def test_a_rider_run_over_by_a_truck_is_an_accident_where_the_road_is():
    doc = pipeline_doc("BULELENG, Kabarbali.co.id | Seorang pengendara motor tewas setelah terlindas truk di Jalan "
                       "Raya Seririt, Banjar Dinas Sanggulan, Desa Banjar Anyar, Kabupaten Buleleng, Selasa "
                       "(7/10/2025).", date(2025, 10, 8), use_model=True)
    accident = only_event(doc, "Accident")
    assert "Jalan Raya Seririt" in name_set(doc, accident.places)
    assert ("Banjar Dinas Sanggulan", "Place") in {(e.name, e.type) for e in doc.entities.values()}
    assert not [e for e in doc.entities.values() if e.type == "Organization" and "Dinas" in e.name]


def test_a_balinese_name_with_an_age_keeps_its_opening_i():
    doc = pipeline_doc("Pemotor yang tewas adalah I Gusti Putu Sunarta (62), warga Desa Bajera. Sopir truk, Made "
                       "Wiranata (40), selamat.", date(2025, 10, 8), use_model=True)
    people = {e.name for e in doc.entities.values() if e.type == "Person" and e.mentions}
    assert "I Gusti Putu Sunarta" in people and "Gusti Putu Sunarta" not in people
