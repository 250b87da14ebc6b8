"""Shapes of real pages read in round 21: venues and streets written in lower case, a party's regional
branch named with its region, degrees after a police officer's name, the venue of an event told again
in a later sentence, and a volcano erupting as the place of its eruption; every text is written for its
test (invented officials and places of real regions)."""
from datetime import date

from kgtest import name_set, only_event, pipeline_doc, relation_triples


def test_venues_and_streets_in_lower_case_keep_their_head_word():
    doc = pipeline_doc("Bertanding di stadion Kanjuruhan, Malang, Arema FC menang 2-1 atas Persik Kediri. "
                       "Suporter berkumpul di jalan Diponegoro sebelum laga.", date(2025, 3, 2), use_model=True)
    places = {e.name for e in doc.entities.values() if e.type == "Place" and e.mentions}
    assert {"stadion Kanjuruhan", "jalan Diponegoro"} <= places
    assert "Diponegoro" not in {e.name for e in doc.entities.values() if e.mentions}


def test_a_place_word_in_lower_case_alone_is_no_venue():
    doc = pipeline_doc("Warga kota Malang memadati jalan raya di pusat kota, Minggu (2/3/2025).",
                       date(2025, 3, 2), use_model=True)
    assert not [e for e in doc.entities.values() if e.name.lower().startswith(("kota ", "jalan "))]
    doc = pipeline_doc("Seorang komandan lapangan Hizbullah tewas dalam serangan itu.", date(2025, 3, 2), use_model=True)
    assert not [e for e in doc.entities.values() if e.name.lower().startswith("lapangan")]


def test_a_party_branch_is_named_with_its_region_and_officer():
    doc = pipeline_doc("Sekretaris DPD PAN Kota Blitar Rudi Hartono mengatakan partainya mendukung pasangan itu. "
                       "Ketua DPD Partai Golkar Jawa Timur Samsul Arifin hadir dalam rapat.",
                       date(2025, 3, 2), use_model=True)
    triples = relation_triples(doc)
    assert ("Rudi Hartono", "holdsPosition", "DPD PAN Kota Blitar") in triples
    assert ("DPD PAN Kota Blitar", "basedIn", "Kota Blitar") in triples
    assert ("Samsul Arifin", "leads", "DPD Partai Golkar Jawa Timur") in triples
    assert ("DPD Partai Golkar Jawa Timur", "basedIn", "Jawa Timur") in triples


def test_a_national_council_after_dpd_is_no_party_branch():
    doc = pipeline_doc("Ketua DPD RI Bambang Wiratmo menerima rombongan mahasiswa.", date(2025, 3, 2), use_model=True)
    assert ("Bambang Wiratmo", "leads", "DPD RI") in relation_triples(doc)


def test_police_degrees_after_a_name_are_no_entities():
    doc = pipeline_doc("Kapolres Labuhanbatu AKBP Hendra Saputra, S.I.K., M.I.K., menyebut kasus itu masih didalami.",
                       date(2025, 3, 2), use_model=True)
    names = {e.name for e in doc.entities.values() if e.mentions}
    assert "Hendra Saputra" in names
    assert not names & {"M.I.K.", "MIK", "S.I.K."}


def test_a_venue_told_later_places_the_meeting_told_first():
    doc = pipeline_doc("JAKARTA - Menlu RI Dewi Anggraini mengadakan pertemuan dengan Menlu Jepang Kenji "
                       "Sato di Tokyo, Jepang, Senin (3/3/2025).\n\nPertemuan kedua menteri berlangsung di Istana "
                       "Akasaka, Tokyo.", date(2025, 3, 3), use_model=True)
    meeting = only_event(doc, "Meeting")
    assert "Istana Akasaka" in name_set(doc, meeting.places)


def test_a_meeting_at_a_venue_of_another_city_is_not_the_meeting_told_first():
    doc = pipeline_doc("JAKARTA - Menlu RI Dewi Anggraini mengadakan pertemuan dengan Menlu Jepang Kenji "
                       "Sato di Tokyo, Jepang, Senin (3/3/2025).\n\nSebelumnya, pertemuan serupa berlangsung di "
                       "Gedung Pancasila, Jakarta.", date(2025, 3, 3), use_model=True)
    meetings = [e for e in doc.events if e.kind == "Meeting" and e.actors()]
    assert "Gedung Pancasila" not in name_set(doc, meetings[0].places)


def test_a_volcano_that_erupts_is_where_the_eruption_was():
    doc = pipeline_doc("LUMAJANG - Gunung Semeru di Kabupaten Lumajang meletus pada Sabtu (1/3/2025) sore.",
                       date(2025, 3, 1), use_model=True)
    disaster = only_event(doc, "Disaster")
    assert "Gunung Semeru" in name_set(doc, disaster.places)


def test_initials_with_a_post_in_brackets_are_people_not_a_news_agency():
    doc = pipeline_doc("Kejaksaan Negeri Katingan menahan dua tersangka, AP (kepala desa) dan RS (bendahara desa). "
                       "AP dan RS sebelumnya ditetapkan sebagai tersangka.", date(2025, 1, 20), use_model=True)
    people = {e.name for e in doc.entities.values() if e.type == "Person" and e.mentions}
    assert {"AP", "RS"} <= people
    assert "Associated Press" not in {e.name for e in doc.entities.values()}


def test_a_body_with_its_short_form_in_brackets_keeps_its_region_before_its_head():
    doc = pipeline_doc("Kepala Kejaksaan Negeri (Kejari) Boyolali Budi Santoso mengatakan berkas perkara lengkap. "
                       "Terdakwa dijatuhi hukuman empat tahun penjara oleh Pengadilan Tindak Pidana Korupsi (Tipikor) "
                       "Surabaya, Senin.", date(2025, 1, 20), use_model=True)
    triples = relation_triples(doc)
    assert ("Budi Santoso", "leads", "Kejaksaan Negeri Boyolali") in triples
    assert "Pengadilan Tindak Pidana Korupsi Surabaya" in {e.name for e in doc.entities.values()}


def test_a_village_head_before_a_comma_names_the_village_then_the_head():
    doc = pipeline_doc("Kepala Desa Sukamaju, Ahmad Fauzi mengatakan banjir merendam 40 rumah warga.",
                       date(2025, 1, 20), use_model=True)
    assert ("Ahmad Fauzi", "leads", "Sukamaju") in relation_triples(doc)
    assert not [e for e in doc.entities.values() if e.name == "Sukamaju" and e.type == "Person"]


def test_a_post_in_brackets_after_a_name_is_that_persons_post():
    doc = pipeline_doc("Mendagri melantik dua penjabat gubernur, yakni Rudi Hartono (Pj Gubernur Banten) dan Dedi "
                       "Kurniawan (Pj Gubernur Gorontalo), di Jakarta.", date(2025, 1, 20), use_model=True)
    triples = relation_triples(doc)
    assert ("Rudi Hartono", "leads", "Banten") in triples


def test_the_head_of_a_national_bodys_regional_office_leads_that_office():
    doc = pipeline_doc("Kepala Basarnas Pekanbaru Hendra Saputra mengatakan pencarian korban dilanjutkan.",
                       date(2025, 1, 20), use_model=True)
    assert ("Hendra Saputra", "leads", "Basarnas Pekanbaru") in relation_triples(doc)


def test_a_party_branch_named_without_its_region_ends_before_its_officer():
    doc = pipeline_doc("Sekretaris DPC Partai Gerindra Hendra Wijaya Kusuma menyatakan partainya masih menunggu.",
                       date(2025, 1, 20), use_model=True)
    assert ("Hendra Wijaya Kusuma", "holdsPosition", "DPC Partai Gerindra") in relation_triples(doc)


def test_each_appointee_in_a_list_holds_only_the_post_written_after_them():
    doc = pipeline_doc("Gubernur melantik Rudi Hartono sebagai Pj Bupati Bekasi, Dedi Kurniawan sebagai Pj Bupati "
                       "Bogor, dan Agus Salim sebagai Pj Wali Kota Depok.", date(2025, 1, 20), use_model=True)
    triples = relation_triples(doc)
    assert ("Dedi Kurniawan", "leads", "Bekasi") not in triples
    assert ("Dedi Kurniawan", "leads", "Bogor") in triples


def test_a_team_in_brackets_after_a_rider_in_a_race_report():
    doc = pipeline_doc("Balapan MotoGP di Sirkuit Mandalika berlangsung dramatis. Pembalap Rudi Hartono (Prima Pramac) "
                       "terjatuh di lap 13, sedangkan Dedi Kurniawan menjadi juara. Hartono kini tertinggal di "
                       "klasemen pembalap.", date(2025, 10, 5), use_model=True)
    assert ("Rudi Hartono", "playsFor", "Prima Pramac") in relation_triples(doc)


def test_a_body_in_brackets_after_an_official_outside_sport_is_no_team():
    doc = pipeline_doc("Rapat dihadiri Rudi Hartono (Bappeda) dan para camat.", date(2025, 10, 5), use_model=True)
    assert not [t for t in relation_triples(doc) if t[1] == "playsFor"]


def test_a_body_that_hands_out_aid_in_a_light_verb_phrase_gave_it():
    doc = pipeline_doc("Polsek Cibadak menggelar pembagian sembako untuk warga terdampak banjir di Desa Sukamaju, Senin "
                       "(3/3/2025).", date(2025, 3, 3), use_model=True)
    aid = only_event(doc, "Aid")
    assert name_set(doc, aid.actors("agent")) == {"Polsek Cibadak"}
    doc = pipeline_doc("Jajaran Polres Kuningan melaksanakan penyaluran bantuan sembako untuk warga Desa Cilimus, Jumat "
                       "(7/3/2025).", date(2025, 3, 7), use_model=True)
    assert name_set(doc, only_event(doc, "Aid").actors("agent")) == {"Polres Kuningan"}


def test_the_first_of_a_list_after_di_antaranya_is_one_of_those_arrested():
    doc = pipeline_doc("Polisi menahan empat mahasiswa usai unjuk rasa. Empat mahasiswa yang ditangkap di "
                       "antaranya Rudi Hartono (IPB), Dedi Kurniawan (UNJ), Agus Salim (IPB) dan Bayu Saputra (UI).",
                       date(2025, 3, 3), use_model=True)
    arrest = only_event(doc, "Arrest")
    assert "Rudi Hartono" in name_set(doc, arrest.actors("patient"))
    assert "Rudi Hartono" not in name_set(doc, arrest.actors("agent"))


def test_the_dead_of_an_accident_counted_by_no_one_are_the_accidents_own_figures():
    doc = pipeline_doc("Dua orang tewas dalam kecelakaan antara truk dan minibus di Jalan Raya Cibadak, Desa Sukamaju, "
                       "Selasa (4/3/2025).", date(2025, 3, 4), use_model=True)
    accident = only_event(doc, "Accident")
    assert {(q.prop, q.value) for q in accident.quantities} == {("killed", 2)}
    assert not [e for e in doc.events if e.kind == "CasualtyReport"]
    doc = pipeline_doc("Kapolres Sukabumi AKBP Rudi Hartono mengatakan dua orang tewas dalam kecelakaan antara truk "
                       "dan minibus di Jalan Raya Cibadak, Selasa (4/3/2025).", date(2025, 3, 4), use_model=True)
    assert [e for e in doc.events if e.kind == "CasualtyReport"]


def test_chinese_family_names_open_a_players_name_and_the_country_after_the_city_is_no_side():
    doc = pipeline_doc("Tunggal putra Indonesia Rudi Hartono mengalahkan Shi Wen Hao di Odense, Denmark, Minggu "
                       "(19/10/2025). Di sektor tunggal putri, Dewi Lestari kalah dari He Lin Jun.", date(2025, 10, 20),
                       use_model=True)
    people = {e.name for e in doc.entities.values() if e.type == "Person" and e.mentions}
    assert {"Shi Wen Hao", "He Lin Jun"} <= people
    first = [e for e in doc.events if e.kind == "SportsMatch"][0]
    assert name_set(doc, first.actors("participant")) == {"Rudi Hartono", "Shi Wen Hao"}


def test_a_street_after_jl_ends_before_its_house_number():
    doc = pipeline_doc("Polisi menggeledah rumah di Jl. Sudirman No. 5, Medan, dan sebuah toko di Jl Gatot Subroto, "
                       "Binjai.", date(2025, 1, 20), use_model=True)
    places = {e.name for e in doc.entities.values() if e.type == "Place" and e.mentions}
    assert {"Jl. Sudirman", "Jl Gatot Subroto"} <= places
