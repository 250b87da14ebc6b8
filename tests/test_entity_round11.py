"""Entity rules of round 11; each test uses text written for it (invented companies and people)."""
import pytest

from kgtest import entities_of, pipeline_doc, relation_triples


def test_a_company_between_its_legal_form_and_tbk_is_one_name_whatever_its_words():
    found = entities_of(
        "Saham PT Nusa Kendal Sejahtera Tbk dan PT Sumber Cahaya Makmur Tbk naik, sedangkan "
        "PT Indonesia Pangan Lestari Tbk turun 3 persen pada perdagangan Senin.")
    assert {("PT Nusa Kendal Sejahtera Tbk", "Organization"), ("PT Sumber Cahaya Makmur Tbk", "Organization"),
            ("PT Indonesia Pangan Lestari Tbk", "Organization")} <= found
    assert not any(t == "Person" for _, t in found)


def test_a_state_company_keeps_its_legal_form_and_its_short_form_is_the_same_company():
    doc = pipeline_doc("PT Bank Tani Nusantara (Persero) Tbk. (BTNU) membagikan dividen. "
                       "Direktur Utama BTNU Rudi Hartono mengatakan laba naik.")
    orgs = [e for e in doc.entities.values() if e.type == "Organization"]
    assert [e.name for e in orgs] == ["PT Bank Tani Nusantara (Persero) Tbk."]
    assert "BTNU" in orgs[0].aliases
    assert not any("Persero Tbk" == a for a in orgs[0].aliases)
    assert ("Rudi Hartono", "leads", "PT Bank Tani Nusantara (Persero) Tbk.") in relation_triples(doc)


def test_the_head_of_a_company_named_before_him_is_no_part_of_its_name():
    doc = pipeline_doc("Direktur Utama PT Indonesia Kendal Tbk Budi Santoso mengatakan penjualan naik.")
    assert ("Budi Santoso", "leads", "PT Indonesia Kendal Tbk") in relation_triples(doc)


def test_a_ministry_s_name_runs_over_its_portfolio_words_and_commas():
    found = entities_of(
        "Kementerian Energi dan Sumber Daya Mineral menandatangani nota kesepahaman dengan Kementerian Desa, "
        "Pembangunan Daerah Tertinggal, dan Transmigrasi di Jakarta, Selasa (4/3/2025).")
    assert {("Kementerian Energi dan Sumber Daya Mineral", "Organization"),
            ("Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi", "Organization")} <= found
    assert ("Kementerian Energi", "Organization") not in found


@pytest.mark.parametrize("text", [
    "Sultan Brunei Darussalam Abdul Karim Saifuddin tiba di Bandara Soekarno-Hatta, Tangerang.",
    # inside a longer sentence the title's run is cut by another rule
    "Presiden menerima para tamu negara satu per satu. Tamu pertama ialah Sultan Brunei "
    "Darussalam Abdul Karim Saifuddin yang datang bersama rombongannya.",
])
def test_a_country_s_whole_name_after_a_title_is_not_cut_into_a_person(text):
    found = entities_of(text)
    assert ("Abdul Karim Saifuddin", "Person") in found
    assert not any(n.startswith("Darussalam") for n, _ in found)


def test_the_one_word_name_of_a_regional_office_s_head_is_a_person():
    doc = pipeline_doc("Kejari Tegal menahan dua tersangka korupsi dana desa. Kepala Kejari Tegal Suparno "
                       "mengatakan keduanya ditahan selama 20 hari.", use_model=True)
    assert ("Suparno", "leads", "Kejari Tegal") in relation_triples(doc)


def test_a_rank_written_in_full_stands_between_the_unit_and_the_officer():
    doc = pipeline_doc("Kepala Bidang Humas Polda Sumatera Selatan Komisaris Besar Polisi Hendra Saputra menyebut "
                       "sopir truk itu selamat. Direktur Polisi Air Polda Lampung, Komisaris Besar Polisi Yusuf "
                       "Permana, menyebut pencarian diteruskan besok.", use_model=True)
    people = {e.name for e in doc.entities.values() if e.type == "Person"}
    assert {"Hendra Saputra", "Yusuf Permana"} <= people
    assert not any("Yusuf" in e.name or "Hendra" in e.name for e in doc.entities.values() if e.type != "Person")


def test_a_regional_body_written_short_and_in_full_is_one_entity():
    doc = pipeline_doc("Pengadilan Negeri Surakarta menunda sidang kasus itu. Juru bicara PN Surakarta Sigit "
                       "Prasetyo mengatakan sidang digelar pekan depan. Pemerintah Kabupaten Sleman menyalurkan "
                       "bantuan, dan Bupati Sleman meminta Pemkab Sleman bergerak cepat.", use_model=True)
    orgs = sorted(e.name for e in doc.entities.values() if e.type == "Organization")
    assert orgs == ["Pemerintah Kabupaten Sleman", "Pengadilan Negeri Surakarta"]
    assert ("Sigit Prasetyo", "holdsPosition", "Pengadilan Negeri Surakarta") in relation_triples(doc)


def test_after_a_title_a_body_s_acronym_and_its_city_end_where_a_one_word_name_starts():
    doc = pipeline_doc("Juru bicara PN Bandung Dodi mengatakan sidang ditunda karena hakim sakit.", use_model=True)
    assert ("Dodi", "holdsPosition", "PN Bandung") in relation_triples(doc)


def test_a_name_followed_by_an_age_in_years_between_commas_is_a_person():
    found = entities_of("Polisi masih mencari Wagiman, 51 tahun, dan Suryono, 47 tahun, yang hilang sejak Senin. "
                        "Pencarian di Bandung, 20 tahun lalu, juga sulit.")
    assert {("Wagiman", "Person"), ("Suryono", "Person")} <= found
    assert ("Bandung", "Place") in found

def test_a_body_named_after_a_regency_written_bare_is_based_in_the_regency_the_article_names():
    doc = pipeline_doc("Banjir merendam dua kecamatan di Kabupaten Pinrang, Sulawesi Selatan. BPBD Pinrang membuka "
                       "dapur umum bagi pengungsi.", use_model=True)
    assert ("BPBD Pinrang", "basedIn", "Kabupaten Pinrang") in relation_triples(doc)
    assert not any(e.name == "Pinrang" for e in doc.entities.values())


def test_a_city_s_government_and_a_regency_s_government_of_one_name_are_two_bodies():
    doc = pipeline_doc("Pemkot Bogor dan Pemkab Bogor menandatangani kerja sama pengelolaan sampah. Kota Bogor "
                       "dan Kabupaten Bogor sama-sama kekurangan lahan.", use_model=True)
    rels = relation_triples(doc)
    assert ("Pemkab Bogor", "basedIn", "Kabupaten Bogor") in rels
    assert ("Pemkot Bogor", "basedIn", "Kota Bogor") in rels
    assert ("Pemkab Bogor", "basedIn", "Kota Bogor") not in rels


def test_a_name_before_a_comma_and_a_regency_is_the_lower_place_of_the_chain():
    doc = pipeline_doc("Pelaku membawa kabur mobil milik warga Sukorejo, Kabupaten Ponorogo. Keduanya ditangkap di "
                       "belakang Hotel Permata Kelurahan Tlogosari, Kecamatan Pedurungan, Kota Semarang.", use_model=True)
    places = {e.name for e in doc.entities.values() if e.type == "Place"}
    assert {"Sukorejo", "Hotel Permata", "Kelurahan Tlogosari"} <= places
    assert ("Sukorejo", "containedInPlace", "Kabupaten Ponorogo") in relation_triples(doc)


def test_regional_heads_listed_after_one_title_keep_that_title():
    doc = pipeline_doc("Rapat koordinasi itu diikuti Gubernur Riau Andi Suryadi, Jambi Benny Kurniawan, Bengkulu "
                       "Taufik Rahman dan Gubernur Lampung Rudi Hartanto.", use_model=True)
    rels = relation_triples(doc)
    assert {("Andi Suryadi", "leads", "Riau"), ("Benny Kurniawan", "leads", "Jambi"),
            ("Taufik Rahman", "leads", "Bengkulu"), ("Rudi Hartanto", "leads", "Lampung")} <= rels
