"""Shapes of real pages read in round 42; every text is written for its test (invented people, real
regions, bodies and outlets)."""
from datetime import date

from kgtest import event_places, named_entities, only_event, pipeline_doc, relation_triples, role_names


def _doc(text: str, day: date = date(2024, 10, 16)):
    return pipeline_doc(text, day, use_model=True)


def _names(doc) -> set[str]:
    return {name for name, _ in named_entities(doc)}


# ------------------------------------------------------------------ entities

def test_a_hajis_style_with_its_full_stop_opens_the_name_after_a_title():
    doc = _doc("Rapat itu dihadiri oleh Wakil Bupati Lombok Timur, HM. Sukarman, Rabu (16/10/2024).")
    assert ("Sukarman", "Person") in named_entities(doc)


def test_a_popular_name_after_atau_is_the_same_person_but_a_choice_between_two_is_not():
    doc = _doc("Ketua Umum Partai Amanat Nasional Hendra Wiratmaja atau Cak Hendra menyampaikan target partai, Minggu "
               "(25/8/2024). Sekretaris Jenderal Syaiful Hidayat atau Syahid mendampinginya. Sebagian kader ingin memilih "
               "Bambang Sutrisno atau Agus Salimin sebagai ketua harian.")
    people = {e.name: e for e in doc.entities.values() if e.type == "Person"}
    assert "Cak Hendra" in people["Hendra Wiratmaja"].aliases
    assert "Syahid" in people["Syaiful Hidayat"].aliases
    assert {"Bambang Sutrisno", "Agus Salimin"} <= set(people)


def test_a_particle_of_emphasis_glued_to_a_name_is_no_part_of_it():
    doc = _doc("Menteri Sekretaris Negara Darmawan Pratikto-lah yang mengirimkan surat itu ke DPR, Senin (28/11/2022). "
               "Wakil Ketua DPR Meutia Sari-pun ikut menunggu.")
    assert {("Darmawan Pratikto", "Person"), ("Meutia Sari", "Person")} <= named_entities(doc)


def test_initials_listed_after_yakni_are_people_a_lone_letter_among_them_too():
    doc = _doc("Polres Lampung Selatan menggagalkan peredaran sabu seberat 12 kilogram. Barang itu disita dari dua "
               "pelaku asal Medan, yakni R dan TW. Keduanya dibekuk di sebuah penginapan di Kalianda, Sabtu (12/10/2024).")
    assert {("R", "Person"), ("TW", "Person")} <= named_entities(doc)
    assert role_names(doc, only_event(doc, "Arrest"), "patient") == {"R", "TW"}


def test_a_middle_initial_without_its_full_stop_stays_inside_the_name():
    doc = _doc("Rapat itu juga dihadiri Menteri Hukum dan HAM Rustam H Siregar sebagai wakil pemerintah. Anggota Fraksi "
               "Partai Demokrat Budi K Harahap tetap menolak usulan tersebut, Rabu (16/10/2024).")
    names = _names(doc)
    assert {"Rustam H Siregar", "Budi K Harahap"} <= names
    assert not any("Rustam" in n and n != "Rustam H Siregar" or n.endswith("Budi K") for n in names)


def test_a_hospital_written_rs_is_one_name_but_a_suspects_initials_stay_a_person():
    doc = _doc("Ketiga korban dibawa ke RS Bhayangkara Palu, Rabu (16/10/2024). Polisi menangkap RS (34) di rumahnya. "
               "RS Ditahan di Mapolres sejak malam itu.")
    assert ("RS Bhayangkara Palu", "Organization") in named_entities(doc)
    assert ("RS", "Person") in named_entities(doc)
    assert not any(n.startswith("RS ") and n != "RS Bhayangkara Palu" for n in _names(doc))


def test_a_base_named_on_after_its_short_head_in_brackets_is_one_place():
    doc = _doc("Presiden berangkat melalui Pangkalan Udara TNI AU (Lanud) Sultan Hasanuddin, Makassar, menuju Manado, Rabu "
               "(16/10/2024).")
    assert any(n.startswith("Pangkalan Udara TNI AU") and n.endswith("Sultan Hasanuddin") for n in _names(doc))
    assert ("Sultan Hasanuddin", "Person") not in named_entities(doc)


def test_a_known_person_is_known_with_a_curly_apostrophe_and_with_a_first_name_before():
    doc = _doc("Wakil Presiden Ma’ruf Amin membuka muktamar itu, Sabtu (24/8/2024). Muktamar lalu menetapkan Abdul "
               "Muhaimin Iskandar untuk memimpin partai lima tahun lagi.")
    people = {e.name: e for e in doc.entities.values() if e.type == "Person"}
    assert "Ma'ruf Amin" in people and "Muhaimin Iskandar" in people
    assert "Abdul Muhaimin Iskandar" in people["Muhaimin Iskandar"].aliases


def test_an_occupation_opening_a_sentence_is_no_part_of_the_name_but_stays_in_a_bodys():
    doc = _doc("Pengusaha Rudi Santosa ditangkap polisi di rumahnya, Kamis (17/10/2024). Ketua Asosiasi Pengusaha "
               "Indonesia Budi Hartawan menyesalkan penangkapan itu.")
    assert ("Rudi Santosa", "Person") in named_entities(doc)
    assert ("Asosiasi Pengusaha Indonesia", "Organization") in named_entities(doc)
    assert not any(n.startswith("Pengusaha") for n in _names(doc))


def test_a_state_bank_ends_where_its_director_is_named_after_a_business_portfolio():
    doc = _doc("\"Kami punya wakil direktur utama,\" kata Direktur Bisnis dan Jaringan Bank Tabungan Negara Teguh Prasetya di "
               "Jakarta, Senin (28/10/2019).", date(2019, 10, 28))
    assert ("Teguh Prasetya", "Person") in named_entities(doc)
    assert role_names(doc, only_event(doc, "Statement"), "speaker") == {"Teguh Prasetya"}


def test_a_form_of_address_and_an_advertising_line_are_no_names():
    doc = _doc("\u201cSaudaraku Hendrawan terpilih secara aklamasi,\u201d kata Rudi Hartono, Sabtu (24/8/2024).\n"
               "Advertising\nAdvertising\n\u201cKami siap bekerja,\u201d ujar Hendrawan.", date(2024, 8, 24))
    names = _names(doc)
    assert "Hendrawan" in names and not any("Saudaraku" in n or "Advertising" in n for n in names)


def test_a_jakarta_river_is_a_place_but_kali_pertama_is_no_name():
    doc = _doc("Air Kali Ciliwung meluap dan merendam puluhan rumah, Senin (14/11/2022). Kali pertama "
               "banjir datang pada 2002. Kali Pertama ia mengungsi ke Depok.")
    assert ("Kali Ciliwung", "Place") in named_entities(doc)
    assert "Kali Pertama" not in _names(doc)


def test_a_traffic_directorate_is_one_body_with_its_polda():
    doc = _doc("Direktorat Lalu Lintas Polda Jawa Barat menangkap seorang tersangka di jalan tol, Jumat (12/4/2019). "
               "Lalu, tersangka dibawa ke Polda.", date(2019, 4, 12))
    assert ("Direktorat Lalu Lintas Polda Jawa Barat", "Organization") in named_entities(doc)
    assert ("Jawa Barat", "Person") not in named_entities(doc)


# ------------------------------------------------------------------ relations

def test_a_company_written_with_its_legal_name_is_the_company_the_index_knows_by_its_short_name():
    doc = _doc("Direktur Utama PT Garuda Indonesia (Persero) Tbk Hendra Gunawan bersama Komut PT Garuda Indonesia Sri Lestari "
               "meresmikan rute itu, Rabu (16/10/2024).")
    companies = [e for e in doc.entities.values() if e.type == "Organization"]
    assert len(companies) == 1 and {"PT Garuda Indonesia", "PT Garuda Indonesia (Persero) Tbk"} <= companies[0].aliases
    assert ("Hendra Gunawan", "leads", companies[0].name) in relation_triples(doc)


def test_the_director_of_a_polda_directorate_leads_it_and_holds_a_post_in_the_polda():
    doc = _doc("Dirresnarkoba Polda Sulteng Kombes Pol Darmawan Sitepu mengatakan barang bukti telah dimusnahkan. "
               "Ia didampingi Direktur Ditreskrimum Polda Sulteng, Kombespol Agus Riyadi, Rabu (16/10/2024).")
    triples = relation_triples(doc)
    assert ("Darmawan Sitepu", "leads", "Ditresnarkoba Polda Sulteng") in triples
    assert ("Darmawan Sitepu", "holdsPosition", "Polda Sulteng") in triples
    assert ("Agus Riyadi", "leads", "Ditreskrimum Polda Sulteng") in triples


# ------------------------------------------------------------------ events

def test_a_title_with_ini_speaks_as_the_person_just_told_of_not_as_the_party_in_it():
    doc = _doc("Menteri Sekretaris Negara Baskoro Wijaya menjawab pertanyaan wartawan di Istana, Senin (21/4/2025). "
               "Ketua Harian DPP Partai Hanura ini menilai pelantikan itu tidak diperlukan.")
    said = only_event(doc, "Statement")
    assert role_names(doc, said, "speaker") == {"Baskoro Wijaya"}
    assert not role_names(doc, said, "source")


def test_a_working_session_held_together_with_a_minister_is_a_meeting_of_both():
    doc = _doc("Komisi II DPR menggelar rapat kerja bersama Menteri Dalam Negeri Arifin Sutomo di Gedung DPR, Jakarta, "
               "Rabu (16/10/2024).")
    meeting = only_event(doc, "Meeting")
    assert {"Komisi II DPR", "Arifin Sutomo"} <= role_names(doc, meeting, "participant")


def test_who_chairs_a_session_and_who_attends_it_take_part_in_the_meeting():
    doc = _doc("DPRD Kabupaten Sekadau menggelar sidang paripurna di gedung dewan, Rabu (16/10/2024). "
               "Rapat paripurna itu dipimpin oleh Markus Alung, Wakil Ketua DPRD Sekadau, dan dihadiri oleh "
               "Bupati Sekadau Rupinus Daho serta Sekda Lipinus Tangi.")
    meeting = only_event(doc, "Meeting")
    assert {"Markus Alung", "Rupinus Daho", "Lipinus Tangi"} <= role_names(doc, meeting, "participant")


def test_a_meeting_noun_keeps_the_phrase_written_right_after_it_and_the_day_told_twice():
    doc = _doc("Presiden Joko Widodo memaparkan hasil pertemuannya dengan Perdana Menteri Papua Nugini Peter Kaiwa "
               "hari ini, Selasa, 16 Juli 2024.", date(2024, 7, 16))
    meeting = only_event(doc, "Meeting")
    assert role_names(doc, meeting, "participant") == {"Joko Widodo", "Peter Kaiwa"}
    assert [t.value for t in meeting.times] == ["2024-07-16"]


def test_a_verdict_naming_no_court_was_passed_by_the_court_of_its_session():
    doc = _doc("Mantan Bupati Sleman Hartono Wibisono dijatuhi hukuman 6 tahun penjara dalam kasus korupsi dana hibah. "
               "Putusan itu dibacakan Hakim Ketua Suryanto pada sidang di Pengadilan Tipikor Yogyakarta, Rabu "
               "(16/10/2024).")
    verdict = only_event(doc, "Verdict")
    assert role_names(doc, verdict, "patient") == {"Hartono Wibisono"}
    assert role_names(doc, verdict, "agent") == {"Pengadilan Tipikor Yogyakarta"}


def test_a_body_named_in_the_case_sentences_no_one():
    doc = _doc("Pengusaha Rudi Santosa dijatuhi hukuman 3 tahun penjara dalam sidang pembacaan putusan kasus suap proyek RSUD "
               "Sleman, Kamis (17/10/2024).")
    verdict = only_event(doc, "Verdict")
    assert role_names(doc, verdict, "patient") == {"Rudi Santosa"}
    assert not role_names(doc, verdict, "agent")


def test_a_volcano_erupting_is_where_the_disaster_happened():
    doc = _doc("LEMBATA - Gunung Ile Lewotolok di Kabupaten Lembata kembali mengalami erupsi dan memuntahkan abu, Rabu "
               "(16/10/2024). Warga diminta menjauh dari kawah.")
    disaster = only_event(doc, "Disaster")
    assert doc.entities[disaster.places[0]].name == "Gunung Ile Lewotolok"
    doc = _doc("Ratusan warga masih mengungsi. Sebelumnya diberitakan, Gunung Lewotobi meletus Senin (14/10/2024) "
               "malam.")
    assert event_places(doc, only_event(doc, "Disaster")) == {"Gunung Lewotobi"}


def test_every_suspect_listed_with_an_age_after_a_naming_word_is_arrested():
    doc = _doc("Tersangka yang sudah tertangkap terkait kasus tersebut berinisial RA (26), TW (27), dan MS (35), Rabu "
               "(16/10/2024). Polisi juga menyita dua ponsel.")
    assert role_names(doc, only_event(doc, "Arrest"), "patient") == {"RA", "TW", "MS"}


def test_a_court_granting_part_of_a_judicial_review_decides():
    doc = _doc("Mahkamah Konstitusi mengabulkan untuk sebagian permohonan uji materiil atas UU Kesehatan, Kamis "
               "(17/10/2024).")
    decision = only_event(doc, "Decision")
    assert role_names(doc, decision, "agent") == {"Mahkamah Konstitusi"}
    assert not [e for e in doc.events if e.kind == "Verdict"]


def test_a_lede_statement_dated_only_by_the_page_stamp_is_the_quote_the_body_dates():
    doc = _doc(" date 2025-10-24 kabarnusa.id, JAKARTA - Menteri Luar Negeri Haryo Pamungkas menyatakan Presiden akan "
               "menghadiri KTT ASEAN pekan depan.\n\n\"Mungkin sebelum tanggal 26,\" kata Haryo saat ditemui di "
               "Istana Merdeka, Jakarta, Kamis.", date(2025, 10, 24))
    said = only_event(doc, "Statement")
    assert [t.value for t in said.times] == ["2025-10-23"]
    assert "Istana Merdeka" in event_places(doc, said)
