"""Shapes of real pages read in round 52; every text is written for its test (invented people, real
regions, bodies and outlets)."""
from datetime import date

from kgtest import events_of, names_typed, pipeline_doc, relation_triples, role_names


def _doc(text: str, day: date = date(2024, 3, 3)):
    return pipeline_doc(text, day, use_model=True)


# ------------------------------------------------------------------ entities

def test_an_honorific_written_with_a_full_stop_opens_no_name():
    doc = _doc("Dalam pemilihan itu ia mengalahkan petahana, yaitu KH. Mahmud Sanusi Arifin yang meraih 120 suara. "
               "Rais Aam PBNU KH. Badrul Zaman Hasyim hadir.")
    people = names_typed(doc, "Person")
    assert {"Mahmud Sanusi Arifin", "Badrul Zaman Hasyim"} <= people
    assert not {n for n in names_typed(doc) if n.startswith("KH")}


def test_a_site_section_before_a_bar_is_no_entity_and_the_outlet_after_it_is_one():
    doc = _doc("NASIONAL | NUGres – Musyawarah wilayah itu memilih Ahmad Fauzan Hakim sebagai ketua di Gresik, "
               "Jawa Timur, Sabtu (2/3/2024).")
    assert "NASIONAL" not in names_typed(doc)
    assert "NUGres" in names_typed(doc, "Organization")


def test_a_dateline_glued_to_the_body_below_a_caption_and_an_outlet_named_with_voice():
    doc = _doc("Dewan Sahkan Raperda APBD 2020\n\nWali kota dan ketua dewan menandatangani berita acara di gedung dewan. "
               "foto Agus\n\nPORTAL KOTA\n\nLUBUKLINGGAU-Rapat paripurna DPRD Kota Lubuklinggau digelar Senin "
               "(23/9/2019).", date(2019, 9, 23))
    assert "Lubuklinggau" in {n for e in doc.entities.values() if e.type == "Place" for n in [e.name, *e.aliases]}
    assert not {n for n in names_typed(doc) if n.startswith("LUBUKLINGGAU-")}
    doc = _doc("BATUVOICE- Kota Batu resmi memiliki wali kota definitif, Kamis (20/2/2025).", date(2025, 2, 20))
    assert "BATUVOICE" in names_typed(doc, "Organization")


def test_an_exhibition_hall_and_a_government_house_are_places_of_their_own():
    doc = _doc("Pertemuan para menteri itu berlangsung di Singapura Expo, Rabu (1/8/2018). Gubernur Jawa Timur Hendra "
               "Saputra bertemu Gubernur Victoria Anna Clarke di Government House, Melbourne, Kamis (2/8/2018).",
               date(2018, 8, 2))
    assert {"Singapura Expo", "Government House"} <= names_typed(doc, "Place")


def test_a_province_in_brackets_after_a_list_item_is_no_signature():
    doc = _doc("Pasangan yang dilantik ialah sebagai berikut:\n1. Hendra Saputra dan Rini Anggraeni, M. Hum. (Jambi)\n"
               "2. Bambang Wijatmiko dan Yusuf Harahap, S.Sos. (Bengkulu)", date(2016, 2, 12))
    assert {"Jambi", "Bengkulu"} <= names_typed(doc, "Place")


def test_a_company_named_again_without_its_legal_form_before_its_head_s_name():
    doc = _doc("JAKARTA: PT Bukit Jaya Tbk mencatat penurunan laba 3% pada semester pertama.\nPresiden Direktur "
               "Bukit Jaya Sumarwoto Hadi mengatakan laba bersih perusahaan turun karena kendala pengangkutan.",
               date(2012, 7, 25))
    assert "Sumarwoto Hadi" in names_typed(doc, "Person")
    assert not {n for n in names_typed(doc) if n.startswith("Bukit Jaya ")}
    assert ("Sumarwoto Hadi", "leads", "PT Bukit Jaya Tbk") in relation_triples(doc)


def test_regional_titles_and_report_acronyms_of_council_sessions():
    doc = _doc("Daftar hadir dibacakan oleh Sekwan Fajarudin. Bupati menyampaikan LKPJ Bupati Bolmut tahun 2022. "
               "Sidang itu dibuka Dodi Santoso Ketua DPRD Kabupaten Blitar bersama Muhaimin Wakil Ketua DPRD "
               "Kabupaten Blitar. Wahyu Hidayat dilantik bersama Wakil Walikota Ali Mustofa.")
    people = names_typed(doc, "Person")
    assert {"Fajarudin", "Muhaimin", "Ali Mustofa"} <= people
    assert not {"Sekwan Fajarudin", "Muhaimin Wakil", "Walikota"} & names_typed(doc)
    assert not {n for n in names_typed(doc) if n.startswith("LKPJ")}


def test_a_minister_of_communication_and_digital_affairs_by_the_ministry_s_short_form():
    doc = _doc("Acara itu turut dihadiri Menteri Komdigi Ratna Kusuma Dewi dan sejumlah pejabat.")
    assert ("Ratna Kusuma Dewi", "leads", "Kementerian Komunikasi dan Digital") in relation_triples(doc)


# ------------------------------------------------------------------ relations

def test_a_ticket_list_with_degrees_and_styles_around_each_name_holds_its_posts():
    doc = _doc("Presiden melantik empat Gubernur dan Wakil Gubernur terpilih di Istana Negara, Jumat (12/2/2016).\n"
               "Nama keempat pasangan kepala daerah tersebut sebagai berikut:\n"
               "1. Sdr. H. Hendra Saputra, S.E., M.M. dan Ir. H. Rudi Anggoro (Kalimantan Selatan)\n"
               "2. Dr. H. Bambang Wijatmiko, M. Hum. dan Dr. Ir. Yusuf Harahap (Jambi)\n"
               "3. Prof. Dr. H. Andi Makkasau, M.Sc., M.Si. serta Drs. Darius Silalahi (Sumatera Barat)\n"
               "4. Drs. H. Yohanes Tapilatu dan Dr. Lukas Pattiasina, S.Sos., M.Si. ( Bengkulu)", date(2016, 2, 12))
    triples = relation_triples(doc)
    assert {("Hendra Saputra", "leads", "Kalimantan Selatan"), ("Rudi Anggoro", "holdsPosition", "Kalimantan Selatan"),
            ("Andi Makkasau", "leads", "Sumatera Barat"), ("Darius Silalahi", "holdsPosition", "Sumatera Barat"),
            ("Yohanes Tapilatu", "leads", "Bengkulu"), ("Lukas Pattiasina", "holdsPosition", "Bengkulu")} <= triples


def test_a_predecessor_held_the_post_the_appointee_was_given_not_the_president_s():
    doc = _doc("Pada hari yang sama Presiden mengangkat Jenderal (Purn) Darmono Sakti sebagai Kepala Staf "
               "Presiden menggantikan Bagus Santoso. Presiden juga melantik Agus Salimun sebagai anggota Dewan "
               "Pertimbangan Presiden (Wantimpres) menggantikan Hamid Rusdianto.", date(2018, 1, 17))
    former = relation_triples(doc, former=True)
    assert ("Bagus Santoso", "leads", "Kantor Staf Presiden") in former
    assert ("Hamid Rusdianto", "memberOf", "Dewan Pertimbangan Presiden") in former
    assert not {t for t in former | relation_triples(doc) if t[0] == "Bagus Santoso" and t[2] == "Indonesia"}


def test_the_chief_of_staff_of_a_service_leads_it_and_the_deputy_holds_a_post():
    doc = _doc("Hari itu juga diambil sumpahnya Kepala Staf TNI Angkatan Udara, Marsekal TNI Yudi Sutrisno yang "
               "sebelumnya menjabat Wakil KASAU. Kasad Jenderal TNI Rudi Hartono hadir.",
               date(2018, 1, 17))
    triples = relation_triples(doc)
    assert ("Yudi Sutrisno", "leads", "TNI Angkatan Udara") in triples
    assert ("Rudi Hartono", "leads", "TNI Angkatan Darat") in triples
    assert ("Yudi Sutrisno", "holdsPosition", "TNI Angkatan Udara") in relation_triples(doc, former=True)


def test_a_member_from_a_party_named_with_its_head_word_is_its_member_and_holds_the_post_after():
    doc = _doc("SANGGAU - Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Sanggau bersidang, Rabu (16/10/2024). "
               "Pada sidang itu Indra Suherman dari Partai Nasdem ditetapkan sebagai Ketua DPRD. Aturan yang "
               "dipakai berlaku bagi DPRD Provinsi, Kabupaten/Kota.",
               date(2024, 10, 16))
    triples = relation_triples(doc)
    assert ("Indra Suherman", "memberOf", "Partai NasDem") in triples
    assert ("Indra Suherman", "leads", "Dewan Perwakilan Rakyat Daerah Kabupaten Sanggau") in triples


def test_a_director_of_a_field_of_work_holds_a_post_in_the_company_of_the_story():
    doc = _doc("JAKARTA - Kementerian BUMN mengganti direksi PT Sinar Jaya (Persero). Direktur Pemasaran Korporat, Budi "
               "Santoso Hartono digantikan oleh Rina Wulandari Putri; Direktur Pengolahan dan Petrokimia, Ardi Nugraha "
               "Mokoginta digantikan oleh Heru Setiadi Wibowo.")
    assert {("Rina Wulandari Putri", "holdsPosition", "PT Sinar Jaya (Persero)"),
            ("Heru Setiadi Wibowo", "holdsPosition", "PT Sinar Jaya (Persero)")} <= relation_triples(doc)
    assert ("Budi Santoso Hartono", "holdsPosition", "PT Sinar Jaya (Persero)") in relation_triples(doc, former=True)
    assert not {n for n in names_typed(doc) if n.startswith("Pemasaran")}


def test_an_ambassador_s_accreditation_and_seat_between_title_and_name():
    doc = _doc("Presiden menerima surat kepercayaan para duta besar, yakni:\n1. Duta Besar Lithuania untuk "
               "Indonesia berkedudukan di Singapura Darius Kalnius\n2. Duta Besar Slovenia untuk Indonesia "
               "berkedudukan di Canberra Marko Horvat", date(2024, 1, 10))
    triples = relation_triples(doc)
    assert {("Darius Kalnius", "holdsPosition", "Lithuania"), ("Marko Horvat", "holdsPosition", "Slovenia")} <= triples


def test_heads_of_international_bodies_by_director_general_or_managing_director():
    doc = _doc("Para tamu antara lain Direktur Jenderal ILO Gerard Mbeki, Direktur Pelaksana IMF Anna Petrova, dan "
               "Dirjen Pajak Suryo Wibowo.")
    triples = relation_triples(doc)
    assert ("Gerard Mbeki", "leads", "ILO") in triples
    assert ("Anna Petrova", "leads", "Dana Moneter Internasional") in triples
    assert not {t for t in triples if t[0] in ("Gerard Mbeki", "Anna Petrova") and t[1] == "holdsPosition"}


def test_a_senior_team_s_nickname_is_the_senior_team_and_holds_no_post():
    doc = _doc("PSSI resmi mengumumkan Darren Holt dari Skotlandia sebagai juru taktik baru Skuat Garuda. "
               "Sementara itu, Indra Wijaya menangani Timnas Indonesia U-19 dan Bima Prasetya melatih Timnas "
               "Indonesia U-16. Timnas Indonesia akan tampil di Piala AFF.", date(2018, 12, 20))
    team = next(e for e in doc.entities.values() if e.name == "Timnas Indonesia")
    assert "Skuat Garuda" in team.aliases
    assert not {t for t in relation_triples(doc) if t[0] == "Timnas Indonesia" and t[1] == "leads"}


# ------------------------------------------------------------------ events

def test_both_names_of_each_pair_listed_after_an_inauguration_are_inaugurated():
    doc = _doc("Presiden Joko Widodo melantik tiga Gubernur dan Wakil Gubernur terpilih di Istana Negara, Jakarta, "
               "Jumat (12/2/2016).\nTiga pasang kepala daerah yang dilantik hari itu ialah:\n"
               "1. Sdr. H. Hendra Saputra, S.E., M.M. dan Ir. H. Rudi Anggoro (Kalimantan Selatan)\n"
               "2. Prof. Dr. H. Andi Makkasau, M.Sc., M.Si. serta Drs. Darius Silalahi (Sumatera Barat)\n"
               "3. Drs. H. Yohanes Tapilatu dan Dr. Lukas Pattiasina, S.Sos., M.Si. (Bengkulu)", date(2016, 2, 12))
    patients = set().union(*(role_names(doc, e, "patient") for e in events_of(doc, "Inauguration")))
    assert {"Hendra Saputra", "Rudi Anggoro", "Andi Makkasau", "Darius Silalahi", "Yohanes Tapilatu",
            "Lukas Pattiasina"} <= patients


def test_a_run_that_had_to_stop_after_a_defeat_is_a_match_lost():
    doc = _doc("JAKARTA - Langkah Timnas Indonesia di turnamen itu harus terhenti setelah takluk dari Thailand 1-3 "
               "pada leg kedua di Stadion Rajamangala, Bangkok, Senin (9/1/2023).", date(2023, 1, 9))
    matches = events_of(doc, "SportsMatch")
    assert matches and "Thailand" in role_names(doc, matches[0], "winner")


def test_a_protest_that_ended_in_chaos_is_a_clash():
    doc = _doc("KEDIRI - Demo ribuan buruh di halaman Balai Kota Kediri berakhir ricuh, Jumat (23/8/2024). "
               "Polisi menembakkan gas air mata.", date(2024, 8, 23))
    assert events_of(doc, "Protest") and events_of(doc, "Clash")


def test_a_president_heading_for_a_country_travels_there():
    doc = _doc("Liputan6.com, Jakarta - Presiden Hendra Saputra bertolak menuju Malaysia, Jumat (20/11/2015), untuk "
               "menghadiri KTT ASEAN.", date(2015, 11, 20))
    travels = events_of(doc, "Travel")
    assert travels and "Malaysia" in {doc.entities[k].name for k in travels[0].places}
