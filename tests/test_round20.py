"""Shapes of real pages read in round 20: two offices joined by "dan", suspects listed by their initials
and their posts, a person's initials in brackets, initials written with full stops, nicknames after
"alias", academic titles before a name, party members by their faction, the day a statement was given
kept apart from the day the story tells, and one match told twice; every text is written for its test
(invented officials, suspects, players and teams; real regions)."""
from datetime import date

from kgtest import name_set, only_event, pipeline_doc, relation_triples


def test_two_offices_joined_by_dan_are_two_organizations():
    doc = pipeline_doc("Personel Polsek Cikalong dan Polsubsektor Cidadap menangkap seorang pencuri kabel di "
                       "Desa Mekarjaya, Jumat (7/3/2025).", date(2025, 3, 8), use_model=True)
    arrest = only_event(doc, "Arrest")
    assert name_set(doc, arrest.actors("agent")) == {"Polsek Cikalong", "Polsubsektor Cidadap"}


def test_suspects_listed_by_their_initials_and_posts_are_people_and_fill_the_counted_role():
    doc = pipeline_doc("Kejari Bontang menetapkan tiga orang sebagai tersangka korupsi dana hibah. Mereka yakni "
                       "HS Kepala Bidang Dinas Perhubungan Kota Bontang, RK Bendahara Dinas Sosial dan TW swasta.",
                       date(2025, 2, 14), use_model=True)
    people = {e.name for e in doc.entities.values() if e.type == "Person" and e.mentions}
    assert {"HS", "RK", "TW"} <= people
    # the body named before "dan" ends there: the initials after it are someone else
    assert not [e for e in doc.entities.values() if e.name.endswith("dan TW")]
    charge = only_event(doc, "Charge")
    assert name_set(doc, charge.actors("patient")) == {"HS", "RK", "TW"}


def test_bodies_listed_after_mereka_adalah_stay_bodies():
    doc = pipeline_doc("Tim gabungan dikerahkan ke lokasi longsor. Mereka adalah TNI, Polri, dan Basarnas.",
                       date(2025, 2, 14), use_model=True)
    assert not [e for e in doc.entities.values() if e.type == "Person" and e.mentions]


def test_a_persons_initials_in_brackets_are_that_person_again():
    doc = pipeline_doc("Wali Kota Bontang, Hendra Pratama Lubis (HPL), ditetapkan sebagai tersangka oleh KPK. "
                       "\"Kami menahan HPL selama 20 hari pertama,\" ujar juru bicara KPK Irfan Dwi Saputro.",
                       date(2025, 2, 14), use_model=True)
    assert not [e for e in doc.entities.values() if e.name == "HPL" and e.mentions]
    person = next(e for e in doc.entities.values() if e.name == "Hendra Pratama Lubis")
    assert any(m.text == "HPL" for m in person.mentions)


def test_initials_written_with_full_stops_end_no_sentence():
    doc = pipeline_doc("Menteri Luar Negeri RI Ratna W.S. Kusuma bertemu dengan Menteri Luar Negeri Vietnam Tran "
                       "Van Hoa di Hanoi, Selasa (4/3/2025).", date(2025, 3, 5), use_model=True)
    assert len(doc.sentences) == 1
    meeting = only_event(doc, "Meeting")
    assert "Hanoi" in name_set(doc, meeting.places)
    assert [t.value for t in meeting.times] == ["2025-03-04"]


def test_a_nickname_after_alias_is_the_same_person():
    doc = pipeline_doc("Satreskrim Polres Kutai Kartanegara menangkap Dedi Kurniawan alias Bewok (31) di "
                       "Tenggarong. Bewok ditangkap tanpa perlawanan.", date(2025, 1, 20), use_model=True)
    people = [e for e in doc.entities.values() if e.type == "Person" and e.mentions]
    assert [e.name for e in people] == ["Dedi Kurniawan"]
    assert "Bewok" in people[0].aliases


def test_academic_titles_before_a_name_are_not_part_of_it():
    doc = pipeline_doc("Rektor Universitas Mulawarman Prof. Dr. Ir. Sri Wahyuningsih mengatakan kampus siap. "
                       "Bupati Kutai Timur, Drs. Ardiansyah Putra, M.Si., meresmikan jembatan itu.",
                       date(2025, 1, 20), use_model=True)
    people = {e.name for e in doc.entities.values() if e.type == "Person" and e.mentions}
    assert people == {"Sri Wahyuningsih", "Ardiansyah Putra"}
    triples = relation_triples(doc)
    assert ("Sri Wahyuningsih", "leads", "Universitas Mulawarman") in triples
    assert ("Ardiansyah Putra", "leads", "Kutai Timur") in triples


def test_members_of_parliament_named_with_their_faction_are_members_of_its_party():
    doc = pipeline_doc("Pimpinan DPRD Kalimantan Timur yang baru adalah Rina Astuti dari fraksi PAN, Bambang "
                       "Irawan dari Partai Golkar dan Yusuf Hamdani dari PKS.", date(2024, 10, 2), use_model=True)
    triples = relation_triples(doc)
    assert ("Rina Astuti", "memberOf", "Partai Amanat Nasional") in triples
    assert ("Bambang Irawan", "memberOf", "Partai Golkar") in triples
    assert ("Yusuf Hamdani", "memberOf", "Partai Keadilan Sejahtera") in triples


def test_the_day_a_statement_was_given_is_not_the_day_the_story_tells():
    doc = pipeline_doc("Menteri Luar Negeri RI Dewi Anggraini bertemu dengan Menteri Luar Negeri Selandia Baru "
                       "Liam Harcourt di Wellington, Selasa (3/3/2026).\n\n"
                       "\"Kami membahas kerja sama perikanan,\" kata Dewi dalam keterangan tertulis yang diterima "
                       "pada Rabu (4/3/2026).\n\n"
                       "Kedua menteri juga menandatangani nota kesepahaman di bidang pendidikan.\n\n"
                       "\"Hubungan kedua negara semakin erat,\" ujar Harcourt.", date(2026, 3, 4), use_model=True)
    agreement = only_event(doc, "Agreement")
    assert [t.value for t in agreement.times] == ["2026-03-03"]
    said = [e for e in doc.events if e.kind == "Statement" and name_set(doc, e.actors("speaker")) == {"Liam Harcourt"}]
    assert said and [t.value for t in said[0].times] == ["2026-03-04"]


def test_a_day_after_the_verb_a_statement_reports_is_that_events_day():
    doc = pipeline_doc("Sebuah bus menabrak truk di Tol Palikanci, Minggu (20/7/2025) dini hari.\n\n"
                       "\"Sopir diduga mengantuk,\" kata Kasat Lantas Polres Cirebon AKP Nina Kartika, Senin "
                       "(21/7/2025).\n\n"
                       "Nina menyebut polisi telah menetapkan sopir bus, Asep Gunawan, sebagai tersangka pada "
                       "Senin pagi.", date(2025, 7, 21), use_model=True)
    charge = only_event(doc, "Charge")
    assert [t.value for t in charge.times] == ["2025-07-21"]


def test_one_match_told_with_both_sides_and_again_with_one_is_one_match():
    doc = pipeline_doc("Persiba Balikpapan menang 3-1 atas Persewar Waropen dalam lanjutan Liga 2.\n\n"
                       "Dalam laga yang digelar di Stadion Batakan, Balikpapan, Sabtu (8/3/2025), Persiba "
                       "Balikpapan menang 3-1 atas tamunya.", date(2025, 3, 9), use_model=True)
    match = only_event(doc, "SportsMatch")
    assert name_set(doc, match.actors("participant")) == {"Persiba Balikpapan", "Persewar Waropen"}
    assert "Stadion Batakan" in name_set(doc, match.places)
    assert [t.value for t in match.times] == ["2025-03-08"]


def test_a_statement_made_on_an_occasion_is_placed_where_the_occasion_was():
    doc = pipeline_doc("\"Dua pelaku lain masih kami kejar,\" kata Kapolsek Tegalsari AKP Wahyu Pranoto saat "
                       "dikonfirmasi oleh wartawan di Surabaya, Selasa (29/10/2024).", date(2024, 10, 29), use_model=True)
    said = only_event(doc, "Statement")
    assert name_set(doc, said.places) == {"Surabaya"}


def test_a_byline_glued_to_the_lede_is_cut_where_the_dateline_opens_the_lede():
    doc = pipeline_doc("Editor : Rudi Hartono Peliput : Agus Salim TERNATE – Kepolisian Resor Halmahera Barat "
                       "menangkap seorang pencuri ternak di Desa Tuada, Senin (3/3/2025).", date(2025, 3, 4),
                       use_model=True)
    people = {e.name for e in doc.entities.values() if e.type == "Person" and e.mentions}
    assert not people & {"Rudi Hartono", "Agus Salim"}
    assert doc.text[slice(*doc.dateline_place_span)] == "TERNATE"
    arrest = only_event(doc, "Arrest")
    assert name_set(doc, arrest.actors("agent")) == {"Kepolisian Resor Halmahera Barat"}


def test_a_national_bodys_short_form_with_a_region_is_that_regions_office():
    doc = pipeline_doc("Dua warga dievakuasi oleh personel Basarnas Palu. Kepala BNN Kota Medan Arif Wibowo "
                       "mengatakan hal itu. Basarnas mengerahkan 40 personel.", date(2025, 1, 20), use_model=True)
    bodies = {e.name for e in doc.entities.values() if e.type == "Organization" and e.mentions}
    assert {"Basarnas Palu", "BNN Kota Medan", "Badan Nasional Pencarian dan Pertolongan"} <= bodies
    assert ("Arif Wibowo", "leads", "BNN Kota Medan") in relation_triples(doc)
