"""Entity rules of round 5, found on real regional news pages and on the fresh whole articles;
each test uses page-shaped text written for it (invented people, real places)."""
from kg.stages.furniture import find_furniture
from kgtest import pipeline_doc


def _entities(text):
    doc = pipeline_doc(text, use_model=True)
    return {(e.name, e.type) for e in doc.entities.values() if e.mentions}


def test_a_regional_title_followed_by_a_demonstrative_names_its_region_not_a_person():
    found = _entities(
        "Ketua umum federasi itu, Hendra Kusnadi, mengaku bangga. Pria yang pernah menjabat sebagai "
        "Kapolda Metro Jaya itu menelepon para pemain. Bupati Sleman tersebut juga hadir di stadion.")
    persons = {n for n, t in found if t == "Person"}
    assert "Hendra Kusnadi" in persons
    assert not persons & {"Jaya", "Metro Jaya", "Sleman"}
    assert ("Sleman", "Place") in found


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
