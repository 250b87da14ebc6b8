"""Shapes of real pages read in round 31; every text is written for its test (invented people, real
regions)."""
from datetime import date

from kgtest import entities_of, event_places, named_entities, only_event, pipeline_doc, relation_triples


def test_related_titles_in_a_bulleted_list_are_no_part_of_the_article_even_with_a_colon():
    doc = pipeline_doc("Ratusan Buruh Datangi Kantor Wali Kota\n"
                       "Sekitar 500 buruh pabrik menggelar aksi unjuk rasa di depan Kantor Wali Kota Cirebon, Senin "
                       "(4/3/2024). Mereka menuntut kenaikan upah minimum kota.\n"
                       "- Kasus Guru Wartini: Kapolsek Lemahabang Dicopot Gegara Uang Rp 3 Juta, Kanit Juga\n"
                       "- 5 Berita Terpopuler: Guru Honorer Wartini Dituntut Bebas, Komisi III DPR Bersuara\n"
                       "- Pemda Mengasumsikan Honorer Masih Ada, Gaji Jangan Lagi Telat\n", date(2024, 3, 4),
                       use_model=True)
    assert {e.kind for e in doc.events} == {"Protest"}
    assert not {n for n, _ in named_entities(doc)} & {"Wartini", "Guru Honorer Wartini", "Komisi III DPR"}


def test_the_municipal_police_unit_of_a_region_is_an_organization_based_there():
    doc = pipeline_doc("Aksi itu dikawal petugas Satpol PP Kabupaten Garut dan kepolisian. Sebelumnya Satpol PP "
                       "menertibkan pedagang kaki lima.", date(2024, 3, 4), use_model=True)
    assert ("Satpol PP Kabupaten Garut", "Organization") in named_entities(doc)
    assert ("Satpol PP Kabupaten Garut", "basedIn", "Kabupaten Garut") in relation_triples(doc)
    assert not {n for n, t in named_entities(doc) if t == "Person"}


def test_a_building_with_its_short_form_in_brackets_is_named_without_them_and_known_by_the_short_form():
    doc = pipeline_doc("Menteri Kesehatan Rudi Hartono melakukan kunjungan kerja ke Rumah Sakit Umum Daerah (RSUD) "
                       "Wates di Kabupaten Kulon Progo, Jumat (7/6/2024).", date(2024, 6, 7), use_model=True)
    hospital = next(e for e in doc.entities.values() if e.name == "Rumah Sakit Umum Daerah Wates")
    assert hospital.type == "Place" and "RSUD Wates" in hospital.aliases
    assert "Rumah Sakit Umum Daerah Wates" in event_places(doc, only_event(doc, "Travel"))


def test_a_prisons_grade_is_part_of_its_name():
    assert ("Rutan Kelas IIA Sleman", "Place") in entities_of("Tersangka kini ditahan di Rutan Kelas IIA Sleman.")
    assert ("Lapas Kelas 1 Cirebon", "Place") in entities_of("Ia menjalani hukuman di Lapas Kelas 1 Cirebon.")
