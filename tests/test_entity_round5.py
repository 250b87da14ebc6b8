"""Entity rules of round 5, found on real regional news pages and on the fresh whole articles;
each test uses page-shaped text written for it (invented people, real places)."""
from kg.stages.furniture import find_furniture
from kgtest import entities_of as _entities, pipeline_doc



def test_a_regional_title_followed_by_a_demonstrative_names_its_region_not_a_person():
    found = _entities(
        "Ketua umum federasi itu, Hendra Kusnadi, mengaku bangga. Pria yang pernah menjabat sebagai "
        "Kapolda Metro Jaya itu menelepon para pemain. Bupati Sleman tersebut juga hadir di stadion.")
    persons = {n for n, t in found if t == "Person"}
    assert "Hendra Kusnadi" in persons
    assert not persons & {"Jaya", "Metro Jaya", "Sleman"}
    assert ("Sleman", "Place") in found
    assert ("Metro Jaya", "Place") in found


def test_an_amount_or_an_age_group_letter_is_no_part_of_a_name():
    found = _entities(
        "Batang - Jembatan itu dibangun dengan dana desa, yaitu dari Desa Karanganyar Rp512.300.000 dan "
        "Desa Kalisari Rp498.150.000, kata Kepala Desa Kalisari Sutrisno, Rabu.\n\n"
        "Dalam laga lain, Timnas Indonesia U-17 menghajar Filipina U-17 di Piala AFF U-17 2024.")
    names = {n for n, _ in found}
    assert {"Desa Karanganyar", "Desa Kalisari"} <= names
    assert not any("Rp" in n or n.endswith(" U") for n in names)
    assert ("Filipina", "Place") in found


def test_the_first_place_of_an_address_after_di_is_a_place_not_a_person():
    found = _entities(
        "Petugas mengamankan dua pria di Meunasah Lhok Seuntang, Kecamatan Baktiya, Kabupaten Aceh Utara, "
        "Kamis (4/7/2024). Keduanya kini ditahan di Mapolsek Baktiya.")
    assert ("Meunasah Lhok Seuntang", "Place") in found
    assert not any(t == "Person" and "Seuntang" in n for n, t in found)


def test_a_bulleted_block_of_other_articles_titles_in_the_body_is_furniture():
    text = ("SAMBAS - Bupati Sambas meresmikan jembatan gantung di Desa Sungai Bening, Kecamatan Sajingan "
            "Besar, Senin (4/9/2023).\n"
            "• Bupati Sambas Resmikan Jembatan Gantung Ke-12 di Tebas\n"
            "• Warga Desa Sungai Bening Gotong Royong Bangun Jalan Setapak\n"
            "Jembatan sepanjang 60 meter itu dibangun dengan dana swadaya warga setempat.\n\n"
            "Daftar pejabat yang hadir:\n"
            "• Camat Sajingan Besar Abdul Rahim\n"
            "• Kepala Desa Sungai Bening Markus Lani\n"
            "Para pejabat itu meninjau jembatan bersama warga hingga sore hari.\n")
    removed = {text[s:e]: why for s, e, why in find_furniture(text)}
    assert removed.get("• Bupati Sambas Resmikan Jembatan Gantung Ke-12 di Tebas") == "related"
    assert removed.get("• Warga Desa Sungai Bening Gotong Royong Bangun Jalan Setapak") == "related"
    assert "• Camat Sajingan Besar Abdul Rahim" not in removed   # a list of officials stays


def test_acronyms_of_procedures_meetings_and_registers_are_no_entities():
    found = _entities(
        "Majalengka - Bus itu ternyata belum menjalani uji KIR tahun ini. Sopirnya yang kabur kini masuk "
        "DPO Polres Majalengka. Di tempat lain, KPU Kabupaten Serang menggelar PSU di 12 TPS, sementara "
        "RUPSLB PT Sinar Abadi menunjuk direksi baru dan EBITDA perseroan naik 12 persen.")
    names = {n for n, _ in found}
    assert not names & {"KIR", "DPO", "PSU", "RUPSLB", "EBITDA"}
    assert ("Polres Majalengka", "Organization") in found


def test_the_partner_across_the_slash_of_a_doubles_pair_is_a_person():
    doc = pipeline_doc(
        "Ganda putra Indonesia Fajar Hidayatullah/Yusuf Ardiansyah menang atas pasangan Korea Selatan "
        "Kang Min-hyuk/Seo Seung-jae di Istora Senayan, Jakarta, Minggu (8/6/2025). Fajar mengaku puas.",
        use_model=True)
    persons = {e.name for e in doc.entities.values() if e.mentions and e.type == "Person"}
    assert {"Fajar Hidayatullah", "Yusuf Ardiansyah", "Kang Min-hyuk", "Seo Seung-jae"} <= persons
    assert not any("/" in n for n in persons)


def test_a_credit_opening_a_caption_is_furniture_and_its_photographer_no_person():
    text = ("JAKARTA - Rapat pemegang saham menunjuk Reza Siregar sebagai direktur utama maskapai itu, "
            "Selasa (29/7/2025).\n\n"
            "Okezone/Dimas Andhika - Direktur utama yang baru, Reza Siregar (kiri), berjabat tangan dengan "
            "komisaris usai rapat di Jakarta.\n\n"
            "Reza sebelumnya memimpin anak usaha maskapai itu selama tiga tahun, kata sumber di perusahaan.")
    removed = {text[s:e]: why for s, e, why in find_furniture(text)}
    assert removed.get("Okezone/Dimas Andhika - ") == "photo credit"
    persons = {n for n, t in _entities(text) if t == "Person"}
    assert "Reza Siregar" in persons and not any("Dimas" in n for n in persons)


def test_the_word_metro_of_a_police_unit_is_no_city_and_a_compass_point_stays_with_its_city():
    found = _entities(
        "Kapolres Metro Jakarta Pusat Kombes Hengki Pramana mengatakan 1.800 personel dikerahkan. "
        "Kapolres Jakarta Utara Kombes Budi Santoso menambahkan arus lalu lintas dialihkan.")
    assert ("Metro", "Place") not in found
    assert {("Jakarta Pusat", "Place"), ("Jakarta Utara", "Place")} <= found
    assert {("Hengki Pramana", "Person"), ("Budi Santoso", "Person")} <= found
