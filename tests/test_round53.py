"""Shapes of real pages read in round 53; every text is written for its test (invented people, real
regions, bodies and outlets)."""
from datetime import date

from kgtest import events_of, names_typed, pipeline_doc, relation_triples, role_names


def _doc(text: str, day: date = date(2024, 3, 3)):
    return pipeline_doc(text, day, use_model=True)


# ------------------------------------------------------------------ relations

def test_players_named_after_a_clause_that_they_signed_play_for_the_team():
    doc = _doc("BANDA ACEH - Manajer Persiraja Banda Aceh Hendra Saputra menyebut pemain yang sudah meneken kontrak "
               "adalah Yoga Pratama, Dimas Anggara dan Rizky Ramadhan, Senin (4/3/2024).")
    triples = relation_triples(doc)
    for player in ("Yoga Pratama", "Dimas Anggara", "Rizky Ramadhan"):
        assert (player, "playsFor", "Persiraja Banda Aceh") in triples
    doc = _doc("Semen Padang FC memperkenalkan skuad musim depan. Para pemain yang resmi bergabung yaitu Teguh "
               "Wirawan, Andika Mahesa dan Febri Kurniawan.")
    assert ("Andika Mahesa", "playsFor", "Semen Padang FC") in relation_triples(doc)


def test_a_head_of_state_with_the_country_in_brackets_leads_it():
    doc = _doc("Dalam jamuan itu ia duduk semeja dengan Presiden Jean Moulinet (Prancis) dan Perdana Menteri Karl "
               "Bergstrom (Swedia), Minggu (3/3/2024).")
    triples = relation_triples(doc)
    assert ("Jean Moulinet", "leads", "Prancis") in triples
    assert ("Karl Bergstrom", "leads", "Swedia") in triples


def test_a_correspondent_holds_a_post_in_the_outlet():
    doc = _doc("Koresponden BBC, Laura Whitfield, melaporkan dari Kairo bahwa jalan-jalan sepi, Senin (4/3/2024).")
    assert ("Laura Whitfield", "holdsPosition", "BBC") in relation_triples(doc)


def test_an_outlet_the_gazetteer_names_by_its_head_word_stays_the_article_s_source():
    doc = _doc("ISLAMABAD - Militer Pakistan menyatakan dua tentaranya tewas dalam baku tembak, seperti yang dilansir "
               "Anadolu Agency, Senin (4/3/2024).")
    sources = {r.object for r in doc.relations if r.predicate == "wasDerivedFrom"}
    assert sources and sources <= set(doc.entities)


def test_a_correspondent_reporting_from_a_city_gives_the_article_no_source_of_that_name():
    doc = _doc("Koresponden BBC, Laura Whitfield, melaporkan dari Kairo, jalan-jalan sepi pada Senin (4/3/2024).")
    assert not [r for r in doc.relations if r.predicate == "wasDerivedFrom"]


def test_holders_of_one_post_listed_after_it_hold_it_in_the_body():
    doc = _doc("Jaksa mendakwa terdakwa menyuap dua hakim Pengadilan Negeri Surabaya, yakni Rahmat Hidayat dan "
               "Sutrisno Wibowo, pada 2023.")
    triples = relation_triples(doc)
    for judge in ("Rahmat Hidayat", "Sutrisno Wibowo"):
        assert (judge, "holdsPosition", "Pengadilan Negeri Surabaya") in triples


def test_a_party_branch_named_by_its_province_alone_and_its_head():
    doc = _doc("Dalam kongres itu Ketua DPD Papua Barat Yohanes Mandacan dan Ketua DPD Nanggroe Aceh Darussalam "
               "Teuku Hasbi Ridwan menyatakan dukungan.")
    triples = relation_triples(doc)
    assert ("Yohanes Mandacan", "leads", "DPD Papua Barat") in triples
    assert ("Teuku Hasbi Ridwan", "leads", "DPD Nanggroe Aceh Darussalam") in triples


def test_a_region_s_division_keeps_its_number_in_the_body_s_name():
    doc = _doc("Kepala Humas PT KAI Daop 4 Semarang Nur Hidayat mengatakan perjalanan kereta kembali normal. "
               "Vice President PT KA Daerah Operasi II Bandung, Rina Sulastri, membenarkan hal itu.")
    triples = relation_triples(doc)
    assert ("Nur Hidayat", "holdsPosition", "PT KAI Daop 4 Semarang") in triples
    assert "PT KA Daerah Operasi II Bandung" in names_typed(doc, "Organization")


# ------------------------------------------------------------------ entities

def test_a_ticket_written_with_a_spaced_dash_is_two_people():
    doc = _doc("Partai itu mengusung Rudi Lamaddukelleng sebagai bakal calon bupati Tolitoli, serta Yunus Ngata – "
               "Pieter Lima untuk Banggai Laut.")
    people = names_typed(doc, "Person")
    assert {"Yunus Ngata", "Pieter Lima"} <= people
    assert not {p for p in people if "–" in p}


def test_a_holder_named_after_an_office_introduced_by_di_is_a_person():
    doc = _doc("Penyidik memeriksa Kepala Seksi Jembatan di Dinas PUPR Wawan Triyanto, Senin (4/3/2024).")
    assert "Wawan Triyanto" in names_typed(doc, "Person")


def test_a_city_abroad_written_before_its_country_without_a_comma_is_two_places():
    doc = _doc("Gubernur melepas ekspor kopi ke Rotterdam Belanda dan Busan Korea Selatan, Senin (4/3/2024).")
    places = names_typed(doc, "Place")
    assert {"Rotterdam", "Belanda", "Busan", "Korea Selatan"} <= places
    triples = relation_triples(doc)
    assert ("Rotterdam", "containedInPlace", "Belanda") in triples
    assert ("Busan", "containedInPlace", "Korea Selatan") in triples


def test_a_photo_credit_after_a_slash_names_nobody():
    doc = _doc("Rapat pleno digelar Jumat (1/3/2024). Ketua DPW, Hendra Gunawan Saputra/Ist. Hendra memimpin rapat.")
    assert "Ist" not in names_typed(doc)


def test_a_town_the_index_knows_by_its_whole_name_listed_with_another_is_a_place():
    doc = _doc("Serangan itu menewaskan 12 orang di kota Khan Younis dan Deir Al-Balah, Selasa (5/3/2024).")
    assert "Deir Al-Balah" in names_typed(doc, "Place")


def test_a_ticket_after_a_verb_of_nominating_is_two_people_and_the_party_by_its_nickname_nominates_them():
    doc = _doc("Partai Banteng mengumumkan jagoannya di Jakarta, Kamis (4/1/2024). Di Jambi, partai itu "
               "merekomendasikan Hendrikus Lake Wutun-Agustinus Nuba Kelen.")
    assert {"Hendrikus Lake Wutun", "Agustinus Nuba Kelen"} <= names_typed(doc, "Person")
    nominations = events_of(doc, "Nomination")
    assert nominations and role_names(doc, nominations[0], "agent") == {"PDI Perjuangan"}


def test_a_town_abroad_lies_in_the_country_the_sentence_names():
    doc = _doc("Dua warga sipil terluka ketika drone menghantam kota Lviv di barat Ukraina, Selasa (5/3/2024). Petugas "
               "menyebut empat anggota Layanan Darurat Ukraina ikut membantu evakuasi.")
    assert ("Lviv", "containedInPlace", "Ukraina") in relation_triples(doc)
    assert "Ukraina" in names_typed(doc, "Place")


def test_a_national_team_named_with_its_sport_in_lower_case_is_one_team():
    doc = _doc("Timnas basket putra Indonesia kalah 61-90 dari Jepang di Istora Senayan, Jakarta, Senin (4/3/2024).")
    assert "Timnas basket putra Indonesia" in names_typed(doc, "Organization")
    match = events_of(doc, "SportsMatch")
    assert match and "Timnas basket putra Indonesia" in role_names(doc, match[0], "participant")


def test_the_first_words_of_a_person_s_full_name_are_that_person():
    doc = _doc("KPK menahan Wali Kota Binjai, Terang Fajar Sitepu. Penetapan Terang Fajar ini menyusul operasi tangkap "
               "tangan pekan lalu.")
    assert "Terang Fajar" not in names_typed(doc, "Organization")
    assert "Terang Fajar Sitepu" in names_typed(doc, "Person")


def test_a_presidium_is_a_body_not_a_person():
    doc = _doc("Tawaran Ketua Presidium Sidang, AR Sitompul, untuk memunculkan calon lain sempat ditentang peserta "
               "kongres.")
    assert "Presidium Sidang" not in names_typed(doc, "Person")
    assert "AR Sitompul" in names_typed(doc, "Person")


# ------------------------------------------------------------------ events

def test_the_dead_the_headline_counts_and_the_lede_tells_inside_the_attack_s_clause_make_a_casualty_report():
    doc = _doc("Bom di Pasar Quetta, 12 Orang Tewas\n\nQUETTA - Sebuah bom rakitan menewaskan 12 orang dan melukai 40 "
               "lainnya di pasar sayur Kota Quetta, Pakistan, Senin (4/3/2024).\n\nPolisi masih menyelidiki ledakan itu.")
    reports = events_of(doc, "CasualtyReport")
    assert reports and {(q.prop, q.value) for q in reports[0].quantities} >= {("killed", 12), ("injured", 40)}


def test_a_summit_a_country_holds_is_a_meeting_of_it():
    doc = _doc("Swiss menggelar KTT perdamaian di Jenewa, Sabtu (2/3/2024). Puluhan kepala negara hadir.")
    meetings = events_of(doc, "Meeting")
    assert meetings and "Swiss" in role_names(doc, meetings[0], "participant")


def test_a_summit_named_as_the_setting_of_the_news_is_no_meeting_of_its_own():
    doc = _doc("Menlu Sugiono menyatakan dukungan bagi Timor Leste di sela KTT ASEAN di Kuala Lumpur, Minggu (26/10/2025).")
    assert not events_of(doc, "Meeting")
