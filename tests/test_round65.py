"""Shapes of real pages read in round 65; every text is written for its test (invented people, real
regions, parties and bodies)."""
from datetime import date

from kgtest import events_of, named_entities, names_typed, pipeline_doc, relation_triples, role_names


def _doc(text: str, day: date = date(2024, 11, 5)):
    return pipeline_doc(text, day, use_model=True)


# ------------------------------------------------------------------ names and bodies

def test_a_name_made_short_is_the_person_whose_first_word_it_is_not_the_one_it_is_the_middle_of():
    doc = _doc("Sleman (ANTARA) - KPU Sleman menetapkan pasangan Rahmat Hidayanto-Joko S Wibowo sebagai pasangan "
               "terpilih, Senin (4/11/2024).\n\nKetua KPU Sleman Agus Joko Santoso mengatakan, paslon nomor urut 2 "
               "Rahmat-Joko diusung tiga partai politik yaitu Partai Golkar, PKS, dan Partai Demokrat.")
    triples = relation_triples(doc)
    assert ("Partai Golkar", "supports", "Joko S Wibowo") in triples, triples
    assert not any(o == "Agus Joko Santoso" for s, p, o in triples if p == "supports"), triples
    assert "Joko" not in names_typed(doc, "Person")


def test_a_body_written_in_full_with_its_region_s_level_is_the_one_its_acronym_names():
    doc = _doc("Wates - Rapat pleno terbuka digelar Komisi Pemilihan Umum Kabupaten Kulon Progo, Senin "
               "(4/11/2024).\n\nKetua KPU Kulon Progo Darmawan Sulistyo mengatakan rapat itu berjalan lancar.")
    assert ("Darmawan Sulistyo", "leads", "Komisi Pemilihan Umum Kabupaten Kulon Progo") in relation_triples(doc)
    assert "KPU Kulon Progo" not in names_typed(doc, "Organization")


def test_a_body_written_with_the_initials_of_some_of_its_words_is_the_one_written_in_full():
    doc = _doc("Penajam - Surat minat dari empat investor diterima Otorita Ibu Kota Nusantara (OIKN), Senin "
               "(4/11/2024).\n\nKepala Otorita IKN Rudi Hartanto mengatakan pihaknya akan menjawab surat itu.")
    assert ("Rudi Hartanto", "leads", "Otorita Ibu Kota Nusantara") in relation_triples(doc)
    assert "Otorita IKN" not in names_typed(doc, "Organization")


def test_malaysian_companies_are_bodies_not_people():
    doc = _doc("Surat minat itu datang dari lima perusahaan, yakni Tenaga Surya Berhad, Bintang Makmur Berhad, "
               "Carsindo. Lalu, Protasia Berhad, Reneco Berhad, dan Alliance Kilat (Sarawak) Sdn. Bhd\n\nSurat itu "
               "diserahkan oleh Menteri Perdagangan Malaysia Azman Rahim kepada Kepala Otorita IKN Rudi Hartanto.")
    people = names_typed(doc, "Person")
    assert not any("Berhad" in n or "Bhd" in n for n in people), people
    assert "Reneco Berhad" in names_typed(doc, "Organization")


def test_an_edition_s_number_before_the_host_region_is_no_body():
    doc = _doc("Jayapura - Regu voli putri Banten merebut emas pada laga puncak PON XX Papua di GOR Koya Koso, "
               "Selasa (12/10/2021).")
    assert ("Papua", "Place") in named_entities(doc)
    assert not any(n.startswith("XX") for n, _ in named_entities(doc))


# ------------------------------------------------------------------ events and backers

def test_a_birthday_is_not_the_day_of_the_match():
    doc = _doc("Tunggal putra Indonesia, Dimas Pranata, meraih gelar juara di Jatim Expo, Surabaya, Minggu "
               "(3/11/2024). Dimas, yang lahir pada 14 Juni 2005, mengalahkan wakil Malaysia, Razak Hamid, dengan "
               "skor 21-12, 21-15.")
    days = {t.value for e in events_of(doc, "SportsMatch") for t in e.times}
    assert "2005-06-14" not in days, days
    assert "2024-11-03" in days, days


def test_parties_listed_after_the_pair_they_back_and_a_dash_with_spaces_between_its_names():
    doc = _doc("Palangka Raya - Deklarasi dilakukan di Tugu Soekarno, Senin (4/11/2024).\n\nUntuk diketahui, "
               "partai pengusung pasangan calon Herman – Yusuf ini, yakni PDI-Perjuangan, Golkar, PKB dan partai "
               "pendukung Perindo.")
    triples = relation_triples(doc)
    for party in ("PDI Perjuangan", "Partai Golkar", "Partai Kebangkitan Bangsa", "Partai Perindo"):
        assert any(s == party and p == "supports" and o == "Herman" for s, p, o in triples), (party, triples)
        assert any(s == party and p == "supports" and o == "Yusuf" for s, p, o in triples), (party, triples)


def test_a_pair_ahead_in_the_share_of_the_vote_won_an_election_and_played_no_match():
    doc = _doc("Di Provinsi Jambi, pasangan Arif-Budi menang tipis atas pesaingnya, Candra-Dedi yang meraih 48,7 "
               "persen.")
    assert not events_of(doc, "SportsMatch")
    assert {"Arif", "Budi"} <= role_names(doc, events_of(doc, "Election")[0], "winner")


def test_the_counted_suspects_listed_after_a_comma_are_the_ones_arrested():
    doc = _doc("Medan - Empat kurir ganja ditangkap Kepolisian Resor Tapanuli Selatan di Kecamatan Batang Angkola, "
               "Senin (4/11/2024).\n\nKeempatnya, yakni Rudi (31), warga Desa Aek Nabara, Sahat (28), Togar (35) dan "
               "Wilman (40), warga Kota Padangsidimpuan.")
    arrest = events_of(doc, "Arrest")[0]
    assert {"Rudi", "Sahat", "Togar", "Wilman"} <= role_names(doc, arrest, "patient"), arrest


def test_a_dateline_s_town_decides_nothing():
    doc = _doc("Rekapitulasi Suara Rampung\n\njpnn.com - SURABAYA - Rapat pleno rekapitulasi suara pilkada yang "
               "diadakan Komisi Pemilihan Umum (KPU) dari Sabtu (2/11), hingga Senin (4/11) subuh, sudah menetapkan "
               "hasil 30 kabupaten.")
    agents = {n for e in events_of(doc, "Decision") for n in role_names(doc, e, "agent")}
    assert "Surabaya" not in agents, agents


def test_a_balinese_noble_s_name_written_short_keeps_its_opening():
    doc = _doc("Semarapura - Bupati Klungkung AA Gde Sutama memutasi Kepala Disdukcapil Klungkung AA Ngurah Wirawan "
               "ke Dinas Pariwisata, Senin (4/11/2024).")
    people = names_typed(doc, "Person")
    assert {"AA Gde Sutama", "AA Ngurah Wirawan"} <= people, people
    assert not any(n.endswith(" AA") for n in names_typed(doc)), names_typed(doc)


def test_a_city_named_with_its_level_is_also_known_by_its_name_alone_unless_a_regency_shares_it():
    doc = _doc("Jakarta - Rombongan Presiden mendarat di Kota Chengdu, Provinsi Sichuan, Senin (4/11/2024), lalu "
               "menuju hotel.")
    city = next(e for e in doc.entities.values() if e.name == "Kota Chengdu")
    assert "Chengdu" in city.aliases, city.aliases
    doc = _doc("Jakarta - Hujan deras merendam ratusan rumah di Kota Bogor dan Kabupaten Bogor, Senin (4/11/2024).")
    city = next(e for e in doc.entities.values() if e.name == "Kota Bogor")
    assert "Bogor" not in city.aliases, city.aliases


def test_a_candidacy_s_short_form_is_no_name():
    doc = _doc("Palu - Deklarasi damai diikuti relawan dari dua kubu, baik Cagub maupun Cawagub, Senin (4/11/2024).")
    assert not {"Cagub", "Cawagub"} & names_typed(doc), names_typed(doc)


def test_a_dateline_with_its_town_s_province_in_brackets_is_a_dateline():
    doc = _doc("Beritaku.com, Tobelo (Maluku Utara) – Gubernur KH Ahmad Fauzan melantik lima pejabat, Senin (4/11/2024).")
    assert doc.dateline is not None and doc.dateline_place is not None
    assert not any(p == "leads" and o == "Beritaku.com" for s, p, o in relation_triples(doc)), relation_triples(doc)
