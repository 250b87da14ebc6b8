"""Shapes of real pages read in round 35; every text is written for its test (invented people, real
regions and outlets)."""
from datetime import date

from kgtest import event_places, events_of, named_entities, only_event, pipeline_doc, relation_triples
from kgtest import role_names as _roles


def _doc(text: str, day: date = date(2024, 9, 12)):
    return pipeline_doc(text, day, use_model=True)


# ------------------------------------------------------------------ entities

def test_a_person_s_initials_read_as_a_body_are_that_person():
    doc = _doc("Jakarta - Mantan Menteri Sosial Hermawanto Lubis hadir di persidangan. Dalam sidang itu HWL menolak "
               "seluruh dakwaan jaksa.")
    found = named_entities(doc)
    assert ("HWL", "Organization") not in found
    person, = (e for e in doc.entities.values() if e.name == "Hermawanto Lubis")
    assert "HWL" in {m.text for m in person.mentions}


def test_a_court_written_with_its_syllable_short_form_is_the_same_court():
    doc = _doc("Sidang digelar di Pengadilan Tindak Pidana Korupsi Surabaya pada Rabu. Usai sidang, jaksa keluar dari "
               "Pengadilan Tipikor Surabaya.")
    courts = [e for e in doc.entities.values() if e.type == "Organization" and "Surabaya" in e.name]
    assert len(courts) == 1
    assert {"Pengadilan Tindak Pidana Korupsi Surabaya", "Pengadilan Tipikor Surabaya"} <= courts[0].aliases | {
        courts[0].name}


def test_a_name_after_a_title_and_its_comma_is_the_title_holder_even_before_a_verb():
    doc = _doc("Meski begitu, Majelis Hakim menolak eksepsi yang diajukan terdakwa. Hakim Ketua, Arwijan menganggap "
               "eksepsi tersebut tidak relevan.")
    assert ("Arwijan", "Person") in named_entities(doc)


def test_a_person_s_name_after_di_that_ends_a_place_s_full_name_is_that_place():
    doc = _doc("Rombongan mendarat di Pangkalan Udara TNI AU Halim Perdanakusuma, Jakarta, Kamis (12/9/2024). "
               "Setibanya di Halim Perdanakusuma, Rina juga memastikan Presiden ikut mengantar tamunya.")
    assert ("Halim Perdanakusuma", "Person") not in named_entities(doc)
    base, = (e for e in doc.entities.values() if e.name == "Pangkalan Udara TNI AU Halim Perdanakusuma")
    assert "Halim Perdanakusuma" in {m.text for m in base.mentions}


# ------------------------------------------------------------------ events

def test_initials_after_a_described_person_are_the_one_arrested_and_bersama_adds_another():
    doc = _doc("Kejaksaan Negeri Blitar menahan Kepala Desa Sumberjo, Kecamatan Kademangan, berinisial TR (52), "
               "bersama sekretaris desa berinisial WN (47), Kamis (12/9/2024).")
    arrest, = events_of(doc, "Arrest")
    assert _roles(doc, arrest, "patient") == {"TR", "WN"}
    assert _roles(doc, arrest, "agent") == {"Kejaksaan Negeri Blitar"}


def test_a_speaker_named_after_a_long_title_and_its_comma_speaks():
    doc = _doc("\"Kami sudah mengerahkan dua unit mobil pompa,\" ucap Kepala Bidang Operasi Dinas Pemadam Kebakaran "
               "Kota Bekasi, Heru Santika.")
    statement = only_event(doc, "Statement")
    assert _roles(doc, statement, "speaker") == {"Heru Santika"}


def test_a_name_right_before_an_active_verb_hung_below_another_verb_is_its_subject():
    doc = _doc("Istana mengungkap alasan Presiden Hendra Wijayakusuma menyambut langsung kedatangan Presiden Turki "
               "Mehmet Yilmaz di Bandara Soekarno-Hatta, Kamis (12/9/2024).")
    meeting, = events_of(doc, "Meeting")
    assert _roles(doc, meeting, "participant") == {"Hendra Wijayakusuma", "Mehmet Yilmaz"}


def test_confirming_is_speaking_and_bodies_found_and_people_still_sought_are_counted():
    doc = _doc("Padang - Gunung Marapi di Kabupaten Agam meletus, Minggu (8/9/2024). Basarnas Padang mengonfirmasi "
               "bahwa jumlah jenazah yang ditemukan bertambah menjadi 9 orang, Kamis (12/9/2024). Sementara 4 "
               "lainnya masih dalam pencarian.")
    statement, = events_of(doc, "Statement")
    assert _roles(doc, statement, "speaker") == {"Basarnas Padang"}
    report, = [e for e in events_of(doc, "CasualtyReport") if _roles(doc, e, "source")]
    assert _roles(doc, report, "source") == {"Basarnas Padang"}
    assert {(q.prop, q.value) for q in report.quantities} >= {("killed", 9), ("missing", 4)}


def test_a_report_said_by_a_speaker_takes_the_day_of_the_words():
    doc = _doc("Banjir bandang melanda Kecamatan Kedurang, Bengkulu Selatan, Senin (9/9/2024). Kepala BPBD Bengkulu "
               "Selatan Hendri Yapto membenarkan dua warga tewas, Rabu (11/9/2024).")
    report, = [e for e in events_of(doc, "CasualtyReport") if _roles(doc, e, "source")]
    assert _roles(doc, report, "source") == {"Hendri Yapto"}
    assert [str(t.value) for t in report.times] == ["2024-09-11"]
    assert "Kecamatan Kedurang" in event_places(doc, events_of(doc, "Disaster")[0])


def test_a_full_name_written_again_replaces_the_parts_the_recogniser_read_inside_it():
    doc = _doc("Jakarta - Menteri KUKM I Gusti Ayu Sri Wahyuni meninjau Kabupaten Asmat, Papua Selatan, Rabu (11/9/2024)."
               "\n\nBupati Asmat menyambut Menteri Koperasi dan Usaha Kecil dan Menengah (KUKM), I Gusti Ayu Sri "
               "Wahyuni yang berkunjung ke Agats.\n\n\"Kami bangga,\" kata Menteri KUKM Gusti Ayu di Agats.")
    second = doc.text.index("I Gusti Ayu", 30)
    person = [m for m in doc.mentions if m.type == "Person" and m.start <= second + 2 < m.end]
    assert [m.text for m in person] == ["I Gusti Ayu Sri Wahyuni"]
    assert not any(e.name.endswith(", I") for e in doc.entities.values())


def test_a_counted_phrase_headed_by_its_number_is_named_by_the_list_that_follows():
    doc = _doc("Hakim Pengadilan Negeri Lubuklinggau menjatuhkan hukuman dua tahun pembinaan terhadap tiga dari lima "
               "terdakwa tawuran pelajar itu. Hakim memerintahkan agar ketiga terdakwa, DF (14), YS (15), dan KP (15), "
               "dibina di panti sosial.")
    verdict, = events_of(doc, "Verdict")
    assert _roles(doc, verdict, "patient") == {"DF", "YS", "KP"}


def test_a_regency_in_an_address_neither_gives_aid_nor_stands_trial():
    doc = _doc("Sembako diserahkan kepada Panti Asuhan Kasih Bunda, Kabupaten Musi Rawas, Sumatera Selatan. Jaksa "
               "menyidangkan enam terdakwa pembunuhan di Dusun Sungai Rambai, Desa Sukajaya, Kabupaten Lahat.")
    assert not any(role == "agent" and doc.entities[k].type == "Place"
                   for e in events_of(doc, "Aid") for role, k in e.roles)
    assert not any(doc.entities[k].type == "Place" for e in events_of(doc, "Trial") for role, k in e.roles
                   if role == "patient")


def test_a_name_the_model_types_as_a_place_is_the_person_the_article_names_so():
    doc = _doc("Warga menemukan Sarmidi (61) tewas di ladangnya, Minggu (8/9/2024). Sore itu anak korban hendak "
               "mengunjungi Sarmidi di ladangnya.")
    assert ("Sarmidi", "Place") not in named_entities(doc)
    assert ("Sarmidi", "Person") in named_entities(doc)


def test_the_name_after_pembunuh_is_the_victim_and_the_culprit_is_named_next():
    doc = _doc("Polisi akhirnya menangkap pembunuh Sarmidi (61) di sebuah pondok. Pelakunya adalah Rahmat Hidayat (24), "
               "buruh di ladang milik korban.")
    arrest, = events_of(doc, "Arrest")
    assert _roles(doc, arrest, "patient") == {"Rahmat Hidayat"}


def test_a_session_to_read_the_indictment_is_a_trial_by_the_court_it_is_held_at():
    doc = _doc("Bambang Sutejo menolak dakwaan itu ketika sidang pembacaan dakwaan di Pengadilan Tindak Pidana Korupsi "
               "Bandung, Rabu (11/9/2024).")
    trial, = events_of(doc, "Trial")
    assert _roles(doc, trial, "agent") == {"Pengadilan Tindak Pidana Korupsi Bandung"}


def test_a_body_the_title_names_in_its_own_words_is_mentioned_there():
    doc = _doc("Panglima TNI Jenderal TNI Dwi Hartono memimpin apel pelepasan pasukan di Jakarta, Kamis (12/9/2024).")
    tni, = (e for e in doc.entities.values() if e.name == "TNI")
    assert [m.text for m in tni.mentions] == ["TNI"]
    assert doc.text[tni.mentions[0].start:tni.mentions[0].end] == "TNI"


def test_an_aircraft_named_after_places_is_no_person_and_no_place():
    doc = _doc("Bantuan diangkut pesawat Super Hercules C-130J milik TNI AU. Setelah transit di Kolombo, Sri Lanka, "
               "Super Hercules itu mengisi bahan bakar di Male, Maladewa. Super Hercules kemudian terbang ke Yordania.")
    assert not any("Hercules" in name for name, _ in named_entities(doc))


def test_a_dateline_with_the_day_after_the_outlet_still_gives_the_town():
    doc = _doc("Trenggalek, beritadesa.id - 11 September 2024 – Kejaksaan Negeri Trenggalek menahan bendahara desa "
               "berinisial PW (47) pada Rabu (11/9/2024).")
    assert doc.dateline_place is not None and doc.entities[doc.dateline_place].name == "Trenggalek"
    arrest, = events_of(doc, "Arrest")
    assert "Trenggalek" in event_places(doc, arrest)


def test_a_region_named_before_a_building_with_di_does_not_lie_in_it():
    doc = _doc("Pleno KPU untuk pasangan calon Bupati Garut di Aula Sekretariat KPU Kabupaten Garut, Senin (9/9/2024), "
               "berlangsung tertib.")
    places = {(a, b) for a, p, b in relation_triples(doc) if p == "containedInPlace"}
    assert not any(a in ("Garut", "Kabupaten Garut") and b.startswith("Aula") for a, b in places)


def test_a_capitalised_alias_joins_a_person_and_the_nickname():
    doc = _doc("Empat terdakwa yakni Darman alias Gepeng, Sulaiman Alias Ucok, dan Herman alias Tompel divonis "
               "masing-masing 15 tahun penjara.")
    found = named_entities(doc)
    assert ("Sulaiman", "Person") in found
    assert not any(name.startswith("Sulaiman Alias") for name, _ in found)
    person, = (e for e in doc.entities.values() if e.name == "Sulaiman")
    assert "Ucok" in {m.text for m in person.mentions}


def test_waters_named_with_their_city_lie_in_it_and_are_known_without_it():
    doc = _doc("JAKARTA - Tim SAR masih menyisir lokasi kapal yang tenggelam di Perairan Pulau Tidung Jakarta pada "
               "Rabu (11/9/2024).")
    waters, = (e for e in doc.entities.values() if e.name == "Perairan Pulau Tidung Jakarta")
    assert "Perairan Pulau Tidung" in waters.aliases
    assert ("Perairan Pulau Tidung Jakarta", "containedInPlace", "Jakarta") in relation_triples(doc)


def test_a_coach_told_losing_a_match_stands_for_the_team_he_leads():
    doc = _doc("OSAKA – Pelatih Timnas Indonesia, Darmawan Saputra, kecewa usai kalah 0-2 dari Timnas Jepang di "
               "matchday kelima Grup C, Selasa (10/9/2024).")
    match, = events_of(doc, "SportsMatch")
    assert _roles(doc, match, "participant") == {"Timnas Indonesia", "Timnas Jepang"}
    assert _roles(doc, match, "winner") == {"Timnas Jepang"}


def test_a_ticket_of_one_and_two_names_is_two_people_when_a_half_is_named_alone():
    doc = _doc("Presiden melantik Gubernur Sulawesi Tenggara Hermanto-Rudi Sanjaya dan Gubernur Gorontalo Arif "
               "Kurniawan-Darmaji. Hermanto berjanji bekerja keras, dan Darmaji juga hadir. Pelatih Sven-Goran Eriksson "
               "ikut menyaksikan.")
    people = {n for n, t in named_entities(doc) if t == "Person"}
    assert {"Hermanto", "Rudi Sanjaya", "Arif Kurniawan", "Darmaji", "Sven-Goran Eriksson"} <= people
    assert not any("-" in p and p != "Sven-Goran Eriksson" for p in people)


def test_a_portfolio_s_last_word_is_no_part_of_a_name_with_an_initial():
    doc = _doc("Menteri Dalam Negeri R. Hendarto Wibisono menghadiri rapat koordinasi di Kupang, Rabu (11/9/2024).")
    people = {n for n, t in named_entities(doc) if t == "Person"}
    assert not any(p.startswith("Negeri") for p in people)
    assert any(p.endswith("Hendarto Wibisono") for p in people)
