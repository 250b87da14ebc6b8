"""Shapes of real pages read in round 37; every text is written for its test (invented people, real
regions and outlets)."""
from datetime import date

from kgtest import event_places, events_of, named_entities, only_event, pipeline_doc, relation_triples
from kgtest import role_names as _roles


def _doc(text: str, day: date = date(2024, 9, 12)):
    return pipeline_doc(text, day, use_model=True)


# ------------------------------------------------------------------ entities

def test_an_associations_board_by_level_keeps_its_level_word():
    found = named_entities(_doc("Ketua Umum Pimpinan Pusat Muhammadiyah Hasan Basri membuka acara di Yogyakarta."))
    assert ("Pimpinan Pusat Muhammadiyah", "Organization") in found
    assert ("Pusat Muhammadiyah", "Organization") not in found


def test_a_portfolio_word_goes_on_with_the_office_before_the_holder():
    doc = _doc("Kepala Kantor Komunikasi Kepresidenan Rudi Hartanto mengatakan jadwal itu belum berubah.")
    assert ("Rudi Hartanto", "leads", "Kantor Komunikasi Kepresidenan") in relation_triples(doc)
    assert not any(name.startswith("Kepresidenan") for name, _ in named_entities(doc))


def test_the_rest_of_a_meetings_name_is_no_body():
    found = named_entities(_doc("PT Sinar Abadi menggelar Rapat Umum Pemegang Saham Luar Biasa di Jakarta, Senin."))
    assert not any("Pemegang Saham" in name for name, _ in found)


def test_an_office_written_without_its_region_is_the_regions_office_the_article_names():
    doc = _doc("Bantuan itu diserahkan oleh Dinas Sosial dan Baznas Kota Cilegon. Kepala Dinas Sosial Kota Cilegon, "
               "Ahmad Fauzi, memastikan warga itu sudah terdaftar.")
    orgs = {name for name, t in named_entities(doc) if t == "Organization"}
    assert "Dinas Sosial Kota Cilegon" in orgs and "Dinas Sosial" not in orgs


def test_a_body_a_title_names_in_other_words_is_named_by_the_title():
    doc = _doc("Menteri Sosial Ratna Wulandari meninjau dapur umum. Kapolres Siak AKBP Dedi Kurniawan mengatakan "
               "pelaku sudah ditahan.")
    found = named_entities(doc)
    assert {("Kementerian Sosial", "Organization"), ("Polres Siak", "Organization")} <= found
    # the person still speaks, not the body behind the title
    assert _roles(doc, only_event(doc, "Statement"), "speaker") == {"Dedi Kurniawan"}
    mentions = {doc.text[m.start:m.end] for m in doc.mentions if m.source == "rule:title-body"}
    assert mentions == {"Menteri Sosial", "Kapolres Siak"}


def test_a_ministry_a_title_names_is_the_one_the_gazetteer_knows():
    doc = _doc("Hadir dalam acara itu Menteri Koordinator bidang Politik Hukum dan Keamanan Budi Santoso dan Menteri "
               "Tenaga Kerja Yusuf Hamdani.")
    triples = relation_triples(doc)
    assert ("Budi Santoso", "leads", "Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan") in triples
    assert ("Yusuf Hamdani", "leads", "Kementerian Ketenagakerjaan") in triples
    assert not {name for name, t in named_entities(doc) if t == "Person"} - {"Budi Santoso", "Yusuf Hamdani"}


def test_a_rank_of_several_words_ends_the_unit_of_a_regional_title():
    doc = _doc("Kapolres Tabanan Ajun Komisaris Besar Polisi Ketut Suarsana mengungkapkan, kedua tersangka masih buron.")
    assert ("Ketut Suarsana", "leads", "Polres Tabanan") in relation_triples(doc)


def test_a_dateline_with_the_outlet_after_the_dash_keeps_the_outlet_out_of_the_places():
    doc = _doc("PANDEGLANG – Bantenpos.com || Kebakaran melanda rumah milik Sarmin (50), warga Kampung Cikupa, Desa "
               "Sukajaya, Kecamatan Cimanuk, Rabu (12/11/2025) dini hari.", date(2025, 11, 12))
    found = named_entities(doc)
    assert not any("Bantenpos" in name for name, t in found if t == "Place")
    # the fire struck the house of a resident of the hamlet
    assert event_places(doc, only_event(doc, "Disaster")) >= {"Kampung Cikupa"}


def test_a_common_noun_after_di_and_a_crew_title_are_no_names():
    doc = _doc("Pesawat latih yang diterbangkan Kapten Hari Santoso dan Copilot Yosua Wenda sempat lenyap dari "
               "pantauan di Radar bandara.")
    found = named_entities(doc)
    assert ("Yosua Wenda", "Person") in found
    assert not any(name in ("Radar", "Copilot Yosua Wenda") for name, _ in found)


# ------------------------------------------------------------------ events

def test_the_sides_of_a_passive_result_after_an_opening_clause_are_read_past_the_tree():
    doc = _doc("Bertanding di Stadion Kanjuruhan, Malang, Persik Kediri dibekap tanpa balas oleh Arema FC. "
               "Arema FC menang 2-0 atas Persik Kediri.")
    match = only_event(doc, "SportsMatch")
    assert _roles(doc, match, "participant") >= {"Persik Kediri", "Arema FC"}
    assert "Stadion Kanjuruhan" in event_places(doc, match)


def test_a_visit_received_with_a_companion_is_between_the_host_and_the_visitor():
    doc = _doc("Presiden Hendra Kusuma didampingi Ibu Negara Ratna Dewi menerima lawatan resmi Perdana Menteri (PM) "
               "Singapura yang belum lama dilantik, Lim Wei Jie di Istana Merdeka, Jakarta, Jumat (6/9/2024).")
    meeting = only_event(doc, "Meeting")
    assert _roles(doc, meeting, "participant") == {"Hendra Kusuma", "Lim Wei Jie"}
    assert _roles(doc, only_event(doc, "Travel"), "traveler") == {"Lim Wei Jie"}


def test_a_visit_taken_by_a_verb_is_where_the_verb_is_however_deep_the_place_hangs():
    doc = _doc("Wali Kota Padang Panjang, Erman Saputra, menerima kunjungan Konsul Jenderal (Konjen) Jepang "
               "Medan, Takeshi Ono, bersama ajudannya di ruang tamu Balai Kota Padang Panjang, Selasa (10/9/2024).")
    travel = only_event(doc, "Travel")
    assert _roles(doc, travel, "traveler") == {"Takeshi Ono"}
    assert "Balai Kota Padang Panjang" in event_places(doc, travel)


def test_a_ticket_written_with_a_space_before_its_hyphen_is_two_winners():
    doc = _doc("KPU Kabupaten Garut akhirnya menetapkan pasangan Agus Hermawan -Siti Rahma sebagai bupati dan "
               "wakil bupati terpilih dalam rapat pleno.")
    assert _roles(doc, only_event(doc, "Election"), "winner") == {"Agus Hermawan", "Siti Rahma"}


def test_a_numbered_list_below_a_line_that_announces_it_fills_the_counted_role():
    doc = _doc("Presiden Hendra Kusuma melantik tiga menteri di Istana Negara, Jakarta, Rabu (11/9/2024).\n"
               "Nama ketiga menteri baru itu sebagai berikut:\n"
               "1. Andi Saputra sebagai Menteri Sosial\n"
               "2. Rina Kartika sebagai Menteri Agama\n"
               "3. Bambang Prakoso sebagai Menteri Perdagangan\n", date(2024, 9, 11))
    assert _roles(doc, only_event(doc, "Inauguration"), "patient") == {"Andi Saputra", "Rina Kartika",
                                                                         "Bambang Prakoso"}


def test_a_deputy_minister_is_no_vice_president_and_an_opening_clause_has_no_apposition():
    doc = _doc("Wakil Presiden Hadi Santoso ikut menyaksikan acara itu, Rabu (11/9/2024). Selain melantik menteri "
               "baru, Presiden Hendra Kusuma juga melantik wakil menteri hari itu.", date(2024, 9, 11))
    inauguration = only_event(doc, "Inauguration")
    assert _roles(doc, inauguration, "agent") == {"Hendra Kusuma"}
    assert not _roles(doc, inauguration, "patient")


def test_a_killing_is_an_attack_on_its_victim():
    doc = _doc("Pada Minggu (8/9/2024) pagi, RS (29) menghabisi WN (31) menggunakan golok di Tanjung Redeb. "
               "Karena menolak diajak pulang, HS (51) tega menghabisi nyawa adik iparnya.")
    attacks = events_of(doc, "Attack")
    assert {"RS", "HS"} <= {name for a in attacks for name in _roles(doc, a, "agent")}
    assert any(_roles(doc, a, "target") == {"WN"} for a in attacks)


def test_a_side_beaten_by_ending_its_resistance_is_no_killing():
    doc = _doc("Papua menghabisi perlawanan Aceh dengan skor 2-0 di Stadion Lukas Enembe.")
    assert not events_of(doc, "Attack")


def test_the_speaker_after_a_bracketed_title_and_a_rank():
    doc = _doc('"Semua penumpang sudah kami temukan," ujar Kepala Dinas Penerangan TNI Angkatan Laut (Kadispenal), '
               'Laksamana Pertama TNI Bambang Wicaksono, Rabu.')
    assert _roles(doc, only_event(doc, "Statement"), "speaker") == {"Bambang Wicaksono"}


def test_a_loss_told_twice_with_again_is_one_match():
    doc = _doc("Sayangnya, di kandang sendiri justru PSM Makassar malah menyerah 1-2 di Stadion Gelora B.J. Habibie, "
               "Parepare, Jumat (6/9/2024). Dua gol babak kedua membuat PSM Makassar kembali harus mengakui "
               "keunggulan Borneo FC. Pelatih berharap timnya bangkit di laga PSM berikutnya.")
    match = only_event(doc, "SportsMatch")
    assert _roles(doc, match, "participant") == {"PSM Makassar", "Borneo FC Samarinda"}
    assert _roles(doc, match, "winner") == {"Borneo FC Samarinda"}
    assert "PSM Makassar" not in event_places(doc, match)


def test_a_title_that_is_also_a_given_name_opens_a_name_of_two_words_or_more():
    doc = _doc("KPK menahan Bupati Tapanuli Tengah Raja Tigor Sianturi. Raja Salman menerima tamunya di Riyadh.")
    people = {name for name, t in named_entities(doc) if t == "Person"}
    assert "Raja Tigor Sianturi" in people and "Tigor Sianturi" not in people
    assert "Salman" in people


def test_a_first_name_written_alone_later_is_no_unit_before_the_full_name():
    doc = _doc('Menteri Kesehatan Hendra Wirawan Sasmita meresmikan gedung baru di Cibinong, Kamis (19/1/2023). '
               '"Gedung ini hasil gotong royong," kata Hendra.')
    assert ("Hendra Wirawan Sasmita", "leads", "Kementerian Kesehatan") in relation_triples(doc)
    assert _roles(doc, only_event(doc, "Statement"), "speaker") == {"Hendra Wirawan Sasmita"}


def test_the_buyer_of_an_acquisition_is_named_before_atas():
    doc = _doc("Proses akuisisi PT Semen Nusantara Tbk (SMNU) atas PT Beton Raya Tbk (BTRY) akhirnya kelar.")
    acquisition = only_event(doc, "Acquisition")
    assert _roles(doc, acquisition, "agent") == {"PT Semen Nusantara Tbk"}
    assert _roles(doc, acquisition, "patient") == {"PT Beton Raya Tbk"}


def test_a_body_whose_short_form_skips_an_article_keeps_its_whole_name():
    doc = _doc("Yayasan Amal Sosial Al Hikmah (YASH) merealisasikan santunan bagi 300 anak yatim senilai Rp900 juta.")
    assert ("Yayasan Amal Sosial Al Hikmah", "Organization") in named_entities(doc)
    assert ("Al Hikmah", "Person") not in named_entities(doc)
    assert _roles(doc, only_event(doc, "Aid"), "agent") == {"Yayasan Amal Sosial Al Hikmah"}


def test_both_suspects_taken_are_the_two_named_next_past_a_comma():
    doc = _doc('"Kedua buronan dibekuk Tim Opsnal Polsek Siak Hulu pada Senin malam (9/9)," ujar Kapolres. Kedua '
               "tersangka yang ternyata kakak beradik, masing-masing berinisial AK (23) dan DS (19), dibekuk di lokasi "
               "berbeda.")
    arrests = events_of(doc, "Arrest")
    assert any(_roles(doc, a, "patient") == {"AK", "DS"} and _roles(doc, a, "agent") == {"Polsek Siak Hulu"}
               for a in arrests)


def test_the_holder_of_a_regional_title_after_a_passive_speech_verb_speaks_not_the_region():
    doc = _doc("Keterangan itu disampaikan Kapolres Siak, AKBP Edi Santoso di Pekanbaru, Kamis (12/9/2024).")
    assert _roles(doc, only_event(doc, "Statement"), "speaker") == {"Edi Santoso"}
