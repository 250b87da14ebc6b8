"""Shapes of real pages read in round 32; every text is written for its test (invented people, real
regions and clubs)."""
from datetime import date

from kgtest import entities_of, event_places, named_entities, only_event, pipeline_doc, relation_triples
from kgtest import role_names as _roles


def _doc(text: str, day: date = date(2024, 8, 14)):
    return pipeline_doc(text, day, use_model=True)


# ------------------------------------------------------------------ events

def test_an_event_noun_carried_out_by_someone_gives_the_event_told_before_its_agent():
    doc = _doc("Sebelumnya, Pelaksana tugas Bupati Sleman, Darmanto Wibisono telah dilantik sebagai Bupati Sleman "
               "definitif. Pelantikan dilakukan oleh Gubernur DIY, Hendra Kusumawardana, di Bangsal Kepatihan "
               "Yogyakarta, Selasa (13/8/2024).")
    event = only_event(doc, "Inauguration")
    assert _roles(doc, event, "patient") == {"Darmanto Wibisono"}
    assert _roles(doc, event, "agent") == {"Hendra Kusumawardana"}


def test_a_match_noun_before_two_sides_tells_the_match_without_a_score():
    doc = _doc("Duel Persiba Balikpapan vs Persela Lamongan di Stadion Batakan, Balikpapan, pada pekan ke-20 "
               "berakhir tanpa pemenang.")
    event = only_event(doc, "SportsMatch")
    assert _roles(doc, event, "participant") == {"Persiba Balikpapan", "Persela Lamongan"}
    assert "Stadion Batakan" in event_places(doc, event)


def test_a_draw_names_both_sides_after_dengan_and_after_melawan():
    doc = _doc("Persela Lamongan bermain imbang 1-1 dengan Persiba Balikpapan, Senin (12/8/2024).")
    assert _roles(doc, only_event(doc, "SportsMatch"), "participant") == {"Persela Lamongan", "Persiba Balikpapan"}
    doc = _doc("Laga PSIS Semarang melawan Persik Kediri berakhir imbang 2-2, Senin (12/8/2024).")
    assert _roles(doc, only_event(doc, "SportsMatch"), "participant") == {"PSIS Semarang", "Persik Kediri"}


def test_a_sentence_opened_by_diketahui_keeps_its_place_for_the_event():
    doc = _doc("Diketahui sejumlah 45 buruh pabrik sepatu di Jalan Raya Bogor, Kota Depok, melakukan aksi mogok "
               "kerja.")
    assert "Jalan Raya Bogor" in event_places(doc, only_event(doc, "Strike"))


def test_the_one_after_dimenangkan_won_a_village_election():
    doc = _doc("Untuk Desa Sukamaju dengan empat calon, dimenangkan Darmaji dengan perolehan 2.140 suara dari 5.012 "
               "pemilih.")
    assert _roles(doc, only_event(doc, "Election"), "winner") == {"Darmaji"}


def test_papers_handed_over_or_signed_and_a_lost_vote_are_no_aid_agreement_or_match():
    doc = _doc("Partai Demokrat resmi mengusung Andi Wijaya setelah diserahkannya rekomendasi untuk Pilkada, "
               "Sabtu (20/7/2024). \"Calon yang kalah di dua desa penyelenggara pilkades sudah "
               "menandatangani berita acara,\" kata Kapolres Kudus AKBP Darmawan Putra di Kudus.")
    assert not {e.kind for e in doc.events} & {"Aid", "Agreement", "SportsMatch"}
    assert _roles(doc, only_event(doc, "Statement"), "speaker") == {"Darmawan Putra"}


def test_the_speaker_after_a_quote_is_found_past_a_long_post_with_its_short_form():
    doc = _doc("\"Semua calon bersedia menandatangani hasil rekapitulasi,\" kata Kepala Bagian Operasional "
               "(Kabag Ops) Polres Kudus Kompol Agus Priyanto di Kudus, Selasa (13/6/2023).")
    assert _roles(doc, only_event(doc, "Statement"), "speaker") == {"Agus Priyanto"}


def test_a_verdict_given_to_a_defendant_named_before_the_cue_that_names_him():
    doc = _doc("Majelis Hakim Pengadilan Negeri Kelas IA Khusus Semarang memberikan vonis bebas pada M. Sulistyo, "
               "terdakwa kepemilikan 40 kg ganja, Selasa (21/6/2022). Sementara terdakwa itu bernama M. Sulistyo.")
    event = only_event(doc, "Verdict")
    assert _roles(doc, event, "patient") == {"M. Sulistyo"}
    assert _roles(doc, event, "agent") == {"Pengadilan Negeri Kelas IA Khusus Semarang"}


def test_residents_who_geruduk_an_office_protest():
    doc = _doc("Puluhan warga Desa Karangsari, Kecamatan Pejawaran, geruduk kantor camat, pada Kamis (6/10/2022).")
    assert {e.kind for e in doc.events} == {"Protest"}


def test_of_two_chained_di_places_the_nearer_is_where_it_happened():
    doc = _doc("Puluhan petani melakukan unjuk rasa di depan Kantor Gubernur Jambi di Kota Jambi, Kamis (19/10/2017).")
    places = only_event(doc, "Protest").places
    assert doc.entities[places[0]].name == "Kantor Gubernur Jambi"


def test_a_village_a_speaker_comes_from_does_not_speak():
    doc = _doc("Seorang peserta unjuk rasa asal Desa Tanjung Anom yang mengikuti aksi itu, mengatakan, tambang "
               "pasir ilegal itu beroperasi lagi.")
    assert not [e for e in doc.events if e.kind == "Statement"]


def test_casualty_figures_after_menurut_or_keterangan_dari_come_from_that_official():
    doc = _doc("Berdasarkan keterangan dari Rudi Hartanto, Manajer Pusdalops BPBD Kota Batu, sebanyak 12 orang "
               "tewas terseret arus banjir, Kamis (4/11/2021).")
    assert "Rudi Hartanto" in _roles(doc, only_event(doc, "CasualtyReport"), "source")


# ------------------------------------------------------------------ entities

def test_a_bodys_name_listed_up_to_its_short_form_in_brackets_is_one_name():
    found = entities_of("Ketua Federasi Serikat Buruh Makanan, Minuman, Pariwisata, Restoran, Hotel, dan Tembakau "
                        "(FSBMPRHT) Jawa Timur, Agus Salimin, mengatakan hal itu.")
    assert any(t == "Organization" and n.startswith("Federasi Serikat Buruh Makanan, Minuman, Pariwisata, Restoran, "
                                                    "Hotel, dan Tembakau") for n, t in found)
    assert not {n for n, t in found if t == "Person"} - {"Agus Salimin"}
    assert not {n for n, _ in found} & {"Minuman", "Pariwisata", "Restoran", "Hotel"}


def test_a_name_after_a_titles_region_is_whole_though_its_first_word_is_a_foreign_town():
    doc = _doc("KPK menetapkan Walikota Palembang Romi Saputra sebagai tersangka. Romi dan istrinya terjerat "
               "kasus suap.")
    assert ("Romi Saputra", "Person") in named_entities(doc)
    assert ("Romi Saputra", "leads", "Palembang") in relation_triples(doc)


def test_a_deputy_named_right_after_the_head_takes_the_heads_region():
    doc = _doc("Sumpah dibacakan di hadapan Gubernur Jambi Hendra Kusumawardana dan Wakil Gubernur Sukardi Tjahaja "
               "Purnama.")
    assert ("Sukardi Tjahaja Purnama", "Person") in named_entities(doc)
    assert ("Sukardi Tjahaja Purnama", "holdsPosition", "Jambi") in relation_triples(doc)


def test_grades_inside_the_names_of_courts_and_immigration_offices():
    doc = _doc("Kantor Imigrasi (Kanim) Kelas I Tanjung Perak mengamankan tiga WNA. Kepala Kanim Kelas I "
               "Tanjung Perak Darmawan Putra menjelaskan hal itu.")
    assert ("Darmawan Putra", "leads", "Kantor Imigrasi Kelas I Tanjung Perak") in relation_triples(doc)
    assert ("Pengadilan Negeri Kelas IA Khusus Bandung Raya Jawa Barat", "Organization") in entities_of(
        "Majelis Hakim Pengadilan Negeri Kelas IA Khusus Bandung Raya Jawa Barat membacakan putusan.")


def test_a_police_unit_named_after_its_short_form_in_brackets():
    doc = _doc("Kepolisian Sektor (Polsek) Genteng Surabaya menangkap dua pencuri kabel listrik, Minggu "
               "(19/10/2014).")
    assert _roles(doc, only_event(doc, "Arrest"), "agent") == {"Kepolisian Sektor Genteng"}


def test_ranks_corps_and_office_units_are_no_names():
    found = entities_of("\"Kami terus mengejar mereka,\" ujar Kapendam XVII/Cenderawasih, Kolonel Kav Herman "
                        "Santika. Sebelumnya, Kepala Sub Seksi Operasi Kantor SAR Merauke Hendra Salawati di Merauke "
                        "mengatakan hal itu. \"Tuntutan kami jelas,\" kata Kordinator pengunjuk rasa Dadi Hartono.")
    persons = {n for n, t in found if t == "Person"}
    assert {"Herman Santika", "Hendra Salawati", "Dadi Hartono"} <= persons
    assert not persons & {"Kav Herman Santika", "Sub Seksi", "Kordinator"}


# ------------------------------------------------------------------ relations

def test_parties_a_pair_runs_with_dengan_dukungan_back_both():
    doc = _doc("Adapun Andi Wijaya dan Siti Aminah maju dengan dukungan Partai Golkar, PPP, dan PKS.")
    backed = {(s, o) for s, p, o in relation_triples(doc) if p == "supports"}
    assert {o for _, o in backed} == {"Andi Wijaya", "Siti Aminah"} and len(backed) == 6


def test_a_pair_backed_after_its_posts_are_written_out_and_its_one_word_name():
    doc = _doc("Partai NasDem resmi mengusung pasangan bakal calon bupati dan wakil bupati Rudi Cahyono "
               "dan Armanto, Senin (22/7/2024).")
    backed = {o for s, p, o in relation_triples(doc) if p == "supports"}
    assert backed == {"Rudi Cahyono", "Armanto"}


def test_a_visitor_named_after_a_long_title_with_dan_is_the_one_received_and_travelling():
    doc = _doc("Menteri Luar Negeri Hendra Wijaya menerima kunjungan Menteri Luar Negeri dan Kerja Sama Timor Leste "
               "Julio Amaral Soares di Gedung Kemlu, Jakarta Pusat, Kamis (1/2/2018).", date(2018, 1, 31))
    assert _roles(doc, only_event(doc, "Meeting"), "participant") == {"Hendra Wijaya", "Julio Amaral Soares"}
    assert _roles(doc, only_event(doc, "Travel"), "traveler") == {"Julio Amaral Soares"}


def test_a_city_written_beside_the_venue_is_no_participant_of_a_meeting():
    doc = _doc("JAKARTA - Presiden Hendra Wijaya pada Kamis (9/3/2017) pagi menerima kunjungan resmi Presiden "
               "Afrika Selatan Thabo Ndlovu beserta istri di Istana Merdeka, Jakarta.", date(2017, 3, 8))
    assert _roles(doc, only_event(doc, "Meeting"), "participant") == {"Hendra Wijaya", "Thabo Ndlovu"}


def test_a_known_bodys_regional_office_named_after_its_short_form_is_one_organization():
    doc = _doc("Komisi Pemilihan Umum (KPU) Sleman sudah menggelar rapat pleno terbuka. KPU Sleman lalu mengumumkan "
               "hasilnya.", date(2021, 1, 23))
    office = next(e for e in doc.entities.values() if e.name == "Komisi Pemilihan Umum Sleman")
    assert "KPU Sleman" in office.aliases
    assert ("Komisi Pemilihan Umum", "Organization") not in named_entities(doc)


# ------------------------------------------------------------------ the second set of pages read this round

def test_tickets_with_the_second_name_cut_or_after_a_spaced_hyphen_are_two_people():
    found = entities_of("Gubernur melantik Rahmat Syahputra-Sukirno Abit untuk Sumatera Barat. Pasangan nomor urut 5 "
                        "Hendri Yoga- Mukhlis Hasan meraih suara terbanyak. Andi Zola Zulfikar-Fahrudin Umar untuk "
                        "provinsi Jambi.")
    persons = {n for n, t in found if t == "Person"}
    assert {"Sukirno Abit", "Hendri Yoga", "Mukhlis Hasan", "Fahrudin Umar"} <= persons
    assert not any("-" in n for n in persons)


def test_a_province_written_with_its_level_is_also_known_by_its_name():
    doc = _doc("Gubernur melantik pejabat di Provinsi Sulawesi Tengah.")
    province = next(e for e in doc.entities.values() if e.name == "Provinsi Sulawesi Tengah")
    assert "Sulawesi Tengah" in province.aliases


def test_units_named_after_their_short_form_and_prisons_graded_with_a_slash():
    found = entities_of("Kepolisian Sektor Kawasan Pelabuhan (KSKP) Sunda Kelapa Jakarta menangkap tiga calo. Tersangka "
                        "ditahan di Rumah Tahanan Negara Kelas II/B Kendari. Operasi itu melibatkan Pangkalan TNI "
                        "Angkatan Laut (Lanal) Lhokseumawe.")
    assert {("Kepolisian Sektor Kawasan Pelabuhan Sunda Kelapa", "Organization"),
            ("Rumah Tahanan Negara Kelas II/B Kendari", "Place"),
            ("Pangkalan TNI Angkatan Laut Lhokseumawe", "Organization")} <= found


def test_the_one_a_copula_names_after_a_relative_clause_was_received():
    doc = _doc("Tamu negara pertama yang diterima Presiden Hendra Wijaya sebelum upacara pelantikan ialah Sultan "
               "Brunei Darussalam Hassan Bakri yang sudah hadir sejak pagi.", date(2019, 10, 20))
    assert _roles(doc, only_event(doc, "Meeting"), "participant") == {"Hendra Wijaya", "Hassan Bakri"}
    assert not [e for e in doc.events if e.kind == "Inauguration"]


def test_two_campaigns_of_two_armies_with_their_targets():
    doc = _doc("Puluhan tentara tewas pada hari pertama invasi Rusia ke Ukraina. Sementara itu agresi militer Israel ke "
               "Jalur Gaza belum berhenti.", date(2022, 2, 24))
    campaigns = {(frozenset(_roles(doc, e, "agent")), frozenset(_roles(doc, e, "target")))
                 for e in doc.events if e.kind == "MilitaryCampaign"}
    assert campaigns == {(frozenset({"Rusia"}), frozenset({"Ukraina"})),
                         (frozenset({"Israel"}), frozenset({"Jalur Gaza"}))}


def test_a_place_listed_before_a_province_it_is_not_in_is_not_put_there():
    triples = relation_triples(_doc("Getaran terasa hingga Kota Tasikmalaya dan Cilacap, Jawa Tengah. Tim SAR mencari "
                                    "di Distrik Beoga dan Sinak, Kabupaten Puncak."))
    assert ("Cilacap", "containedInPlace", "Jawa Tengah") in triples
    assert ("Distrik Beoga", "containedInPlace", "Kabupaten Puncak") in triples
    assert not {(s, o) for s, p, o in triples if p == "containedInPlace"} & {("Kota Tasikmalaya", "Jawa Tengah")}


def test_fees_and_programmes_written_as_acronyms_are_no_bodies():
    found = entities_of("Mahasiswa berdemo menolak kenaikan UKT di depan Gedung Rektorat. Warga menerima PKH dan BPNT.")
    assert not {n for n, _ in found} & {"UKT", "PKH", "BPNT"}
