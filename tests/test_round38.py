"""Shapes of real pages read in round 38; every text is written for its test (invented people, real
regions, bodies and outlets)."""
from datetime import date

from kgtest import named_entities, only_event, pipeline_doc, relation_triples
from kgtest import role_names as _roles


def _doc(text: str, day: date = date(2024, 11, 4)):
    return pipeline_doc(text, day, use_model=True)


# ------------------------------------------------------------------ relations

def test_the_ministers_of_an_article_that_names_one_cabinet_are_its_members():
    doc = _doc("Presiden melantik para menteri Kabinet Merah Putih di Istana Negara, Jakarta. Hadir antara lain "
               "Mendagri Hendra Wijaya, Wakil Menteri Keuangan Sari Puspita, Menteri Luar Negeri Malaysia Zainal "
               "Harun dan mantan Menteri Perdagangan Bambang Susilo.")
    members = {s for s, p, o in relation_triples(doc) if p == "memberOf" and o == "Kabinet Merah Putih"}
    assert members == {"Hendra Wijaya", "Sari Puspita"}   # not a foreign nor a former minister


def test_two_cabinets_in_one_article_give_no_membership():
    doc = _doc("Menteri Kabinet Indonesia Maju yang kembali masuk Kabinet Merah Putih antara lain Menteri Sosial "
               "Hendra Wijaya.")
    assert not any(p == "memberOf" for _, p, _ in relation_triples(doc))


def test_players_named_after_a_countrys_ranked_pair_or_with_their_country_after_a_pair():
    doc = _doc("Pada final turnamen bulu tangkis itu, Andi Saputra/Rudi Hartono menumbangkan ganda putra pertama "
               "Malaysia, Tan Wei Ming/Lim Chong Hao, dengan skor 21-12 dan 22-20. Di nomor ganda campuran, "
               "pasangan Pierre Durand/Claire Martin dari Prancis menang atas wakil Thailand. Wakil Indonesia "
               "lainnya, Dewi Lestari, kalah di semifinal.")
    triples = relation_triples(doc)
    assert {("Tan Wei Ming", "playsFor", "Malaysia"), ("Lim Chong Hao", "playsFor", "Malaysia"),
            ("Pierre Durand", "playsFor", "Prancis"), ("Claire Martin", "playsFor", "Prancis"),
            ("Dewi Lestari", "playsFor", "Indonesia")} <= triples


def test_a_credit_line_names_an_outlet_the_data_does_not_list_but_not_a_photo_credit():
    doc = _doc("Bupati Sekadau meresmikan pasar baru di Sekadau, Senin.\nSumber: Koran Mingguan, 4 November 2024\n"
               "Sumber : Kalbarwarta\nSumber: Istimewa")
    sources = {o for s, p, o in relation_triples(doc) if p == "wasDerivedFrom"}
    assert sources == {"Koran Mingguan", "Kalbarwarta"}


def test_an_outlet_quoted_or_called_and_the_outlets_own_source_are_sources():
    doc = _doc("Polisi mengamankan tiga orang di Denpasar, seperti yang dikutip oleh Tribunnews, Rabu (30/10). "
               "\"Mereka masih diperiksa,\" ujar Kombes Budi Santoso saat dihubungi Antara, Selasa. \"Kami senang "
               "sekali,\" kata Rina yang dikutip BolaSport.com dari situs resmi PBSI, Sabtu. Sebagaimana dilansir "
               "setkab.go.id, Presiden tiba pukul 09.00 WIB.")
    sources = {o for s, p, o in relation_triples(doc) if p == "wasDerivedFrom"}
    # (the gazetteer names Tribunnews and Antara in full)
    assert sources == {"Tribunnews.com", "Kantor Berita Antara", "BolaSport.com", "PBSI", "setkab.go.id"}


def test_a_title_with_the_office_head_word_alone_names_its_holder_and_the_office_named_before():
    doc = _doc("Penyidik lalu mendatangi kantor Dinas PUPR Kota Medan dan mengamankan Kepala Dinas Muhammad Rizal "
               "Siregar serta Sekretaris Dinas Hendra Wijaya.")
    triples = relation_triples(doc)
    assert ("Muhammad Rizal Siregar", "leads", "Dinas PUPR Kota Medan") in triples
    assert ("Hendra Wijaya", "holdsPosition", "Dinas PUPR Kota Medan") in triples
    assert not any(o.startswith(("Dinas Muhammad", "Dinas Hendra")) for _, _, o in triples)





def test_a_smaller_place_named_after_khususnya_lies_in_the_one_before():
    doc = _doc("Gempa mengguncang Provinsi Sulawesi Barat, khususnya Kabupaten Mamuju, Jumat (1/11/2024) dini hari.")
    assert ("Kabupaten Mamuju", "containedInPlace", "Provinsi Sulawesi Barat") in relation_triples(doc)


def test_a_village_the_index_does_not_know_before_rising_levels_is_a_chain_not_a_list():
    doc = _doc("Bawaslu menemukan pelanggaran di dua TPS di Ngasem Papak, Kecamatan Sidayu, Gresik, dan satu TPS "
               "di Kecamatan Balen, Bojonegoro.")
    triples = relation_triples(doc)
    assert {("Ngasem Papak", "containedInPlace", "Kecamatan Sidayu"),
            ("Kecamatan Sidayu", "containedInPlace", "Gresik")} <= triples



def test_a_title_with_its_short_form_in_brackets_in_a_list_is_the_next_names():
    doc = _doc("Turut mendampingi Presiden yakni Sekretaris Kabinet (Seskab) Dimas Prayogo, Menteri Luar Negeri (Menlu) "
               "Sari Wulandari, Menteri Dalam Negeri (Mendagri) Hendra Gunawan.")
    posts = {(s, o) for s, p, o in relation_triples(doc) if p == "leads"}
    assert posts == {("Dimas Prayogo", "Sekretariat Kabinet"), ("Sari Wulandari", "Kementerian Luar Negeri"),
                     ("Hendra Gunawan", "Kementerian Dalam Negeri")}
    assert not {name for name, t in named_entities(doc) if t == "Place"}


# ------------------------------------------------------------------ entities

def test_a_title_that_is_a_given_name_after_a_post_and_a_comma_opens_the_name():
    doc = _doc("Wali Kota Palembang, Ratu Dewi, meninjau kantor kelurahan. Bupati Serang, Ratu Sekar Ayu menetapkan "
               "upah minimum.")
    triples = relation_triples(doc)
    assert {("Ratu Dewi", "leads", "Palembang"), ("Ratu Sekar Ayu", "leads", "Serang")} <= triples


def test_a_holders_first_name_that_is_a_town_stays_in_the_name_after_the_region():
    doc = _doc("Hadir dalam acara itu Wali Kota Bogor Bima Arya Santoso dan Ketua DPRD Kota Bogor Atang Sutisna.")
    assert ("Bima Arya Santoso", "leads", "Bogor") in relation_triples(doc)
    assert ("Bogor Bima", "Organization") not in named_entities(doc)


def test_a_soldiers_rank_is_no_part_of_his_name():
    doc = _doc("Minibus yang dikendarai anggota TNI Koptu Sufendi ditabrak truk di Kotawaringin Timur.")
    assert ("Sufendi", "Person") in named_entities(doc)


def test_a_legal_form_makes_a_company_of_what_the_model_read_as_a_place():
    doc = _doc("Recruit Holdings menjual seluruh saham ketiga perusahaan itu ke Nusa Tech Ventures Pte Ltd, yang "
               "terdaftar di Singapura.")
    assert ("Nusa Tech Ventures Pte Ltd", "Organization") in named_entities(doc)


# ------------------------------------------------------------------ events

def test_the_team_a_coach_leads_wins_over_the_clubs_nickname():
    doc = _doc("Persib Bandung menjamu Persija Jakarta di Stadion Gelora Bandung Lautan Api. Anak asuh Bojan Hodak "
               "menang 2-0 atas Macan Kemayoran, Minggu (3/11/2024).")
    match = only_event(doc, "SportsMatch")
    assert _roles(doc, match, "participant") == {"Persib Bandung", "Persija Jakarta"}
    assert _roles(doc, match, "winner") == {"Persib Bandung"}
    assert ("Macan Kemayoran", "Organization") not in named_entities(doc)


def test_a_building_a_crowd_storms_is_where_the_protest_is():
    doc = _doc("Ratusan warga menggeruduk Kantor Bupati Sekadau, Kalimantan Barat, Kamis (24/10/2024).")
    protest = only_event(doc, "Protest")
    assert doc.entities[protest.places[0]].name == "Kantor Bupati Sekadau"


def test_the_count_told_again_with_that_lists_who_was_arrested():
    doc = _doc("Anggota Polres Sarolangun menangkap lima pelaku penambangan emas ilegal di Desa Tanjung Gagak. "
               "Lima pelaku itu N (40), AS (33), DR (29), MNR (28) dan ASB (28).")
    assert _roles(doc, only_event(doc, "Arrest"), "patient") == {"N", "AS", "DR", "MNR", "ASB"}


def test_the_body_right_before_a_reporting_verb_is_the_source_of_the_figures():
    doc = _doc("BPBD Mamuju mencatat sementara ini tiga orang meninggal dunia dan 24 orang luka-luka.")
    assert _roles(doc, only_event(doc, "CasualtyReport"), "source") == {"BPBD Mamuju"}


def test_the_head_of_the_search_and_rescue_agency_written_as_one_word_with_a_rank():
    doc = _doc("\"Korban ditemukan dalam posisi duduk,\" ujar Kabasarnas Masdya TNI Hendra Wijaya di Lombok Utara.")
    assert ("Hendra Wijaya", "leads", "Basarnas") in relation_triples(doc)
    assert {name for name, t in named_entities(doc) if t == "Person"} == {"Hendra Wijaya"}


def test_the_word_after_a_title_that_a_named_person_holds_is_its_unit_not_a_second_person():
    doc = _doc("KPK menetapkan dua tersangka lain, yakni Rudi Santoso selaku Kepala Desa Jelgung sekaligus "
               "koordinator kelompok, dan Ilham Pratama sebagai koordinator lapangan.")
    assert ("Rudi Santoso", "leads", "Desa Jelgung") in relation_triples(doc)
    assert {name for name, t in named_entities(doc) if t == "Person"} == {"Rudi Santoso", "Ilham Pratama"}


def test_the_court_named_after_di_passes_the_verdict_however_the_tree_hung_it():
    doc = _doc("Mantan Bupati Muara Enim periode 2009 - 2018, Hasan Basri divonis delapan tahun penjara di "
               "Pengadilan Negeri Klas I A Palembang, Kamis (31/10/2024).")
    verdict = only_event(doc, "Verdict")
    assert _roles(doc, verdict, "agent") == {"Pengadilan Negeri Klas I A Palembang"}
    assert _roles(doc, verdict, "patient") == {"Hasan Basri"}
    assert ("Muara Enim", "Place") in named_entities(doc)   # the regency after the title, no person


def test_bodies_joined_by_a_hyphen_are_both_sides_of_a_clash_and_a_village_is_none():
    doc = _doc("Seorang anggota kelompok kriminal bersenjata tewas dalam kontak tembak dengan aparat TNI-Polri di "
               "Kampung Mudidok, Kabupaten Puncak, Rabu (30/10/2024).")
    names = {doc.entities[k].name for k in only_event(doc, "Clash").actors()}
    assert names == {"Tentara Nasional Indonesia", "Kepolisian Negara Republik Indonesia"}


def test_a_post_taken_with_memegang_posisi_after_the_holders_party():
    doc = _doc("Prasetyo Edi Marsudi dari fraksi PDIP kembali memegang posisi Ketua DPRD DKI. Rina Kartika menduduki "
               "jabatan Kepala Dinas Kesehatan Kota Bogor.")
    triples = relation_triples(doc)
    assert {("Prasetyo Edi Marsudi", "leads", "DPRD DKI"), ("Prasetyo Edi Marsudi", "memberOf", "PDI Perjuangan"),
            ("Rina Kartika", "leads", "Dinas Kesehatan Kota Bogor")} <= triples


def test_the_posts_of_nahdlatul_ulamas_religious_council():
    doc = _doc("Muktamar itu dihadiri Rais Aam PBNU KH Ahmad Fauzi dan Katib Aam PBNU KH Hasan Basri.")
    triples = relation_triples(doc)
    assert ("Ahmad Fauzi", "leads", "Nahdlatul Ulama") in triples
    assert ("Hasan Basri", "holdsPosition", "Nahdlatul Ulama") in triples


def test_a_headlines_capitals_and_commas_make_no_country_unit_or_apposition():
    doc = _doc("Setujui Usulan Agus Fatoni, Menhub Siap Buka Rute Penerbangan Palembang-Bali\n"
               "JAKARTA - Menteri Perhubungan Budi Karya Sumadi menyetujui usulan Pj Gubernur Sumsel Agus Fatoni.")
    posts = {(s, o) for s, p, o in relation_triples(doc) if p == "leads"}
    assert posts == {("Budi Karya Sumadi", "Kementerian Perhubungan"), ("Agus Fatoni", "Sumsel")}


def test_a_meeting_said_to_be_with_someone_has_the_host_of_the_meeting_told_before():
    doc = _doc("Menlu Sari Wulandari bertemu dengan menlu-menlu negara sahabat di New York, Selasa (22/10/2024). "
               "Pertemuan bilateral pertama di hari itu adalah dengan Menlu Rumania, Ramona Nicole-Manescu.")
    pairs = [_roles(doc, e, "participant") for e in doc.events if e.kind == "Meeting"]
    assert {"Sari Wulandari", "Ramona Nicole-Manescu"} in pairs


def test_a_headlines_bare_verb_ends_the_name_before_it():
    doc = _doc("Presiden Jokowi Terima Kunjungan PM China Li Qiang di Istana Merdeka\n"
               "JAKARTA - Presiden Joko Widodo menerima kunjungan Perdana Menteri China Li Qiang di Istana Merdeka.")
    assert not any(name.endswith("Terima") for name, _ in named_entities(doc))


def test_besides_the_one_just_arrested_the_same_arrest_goes_on_with_the_others():
    doc = _doc("Komisi Pemberantasan Korupsi resmi menahan Ketua DPRD Jambi Cornelis Buston, Senin (28/10/2024). "
               "Selain Cornelis, penyidik turut menahan dua Wakil Ketua DPRD Jambi Arif Syahbandar dan Chairul "
               "Zaidi.")
    arrest = only_event(doc, "Arrest")
    assert _roles(doc, arrest, "patient") == {"Cornelis Buston", "Arif Syahbandar", "Chairul Zaidi"}
    assert {x.sentence for x in arrest.evidence} == {0, 1}


def test_a_short_first_name_written_alone_before_is_that_player_in_a_pair():
    doc = _doc("Gelar pertama dipersembahkan pasangan ganda campuran Leo Rolly Carnando/Indah Cahya Sari. Gelar "
               "lainnya juga dipersembahkan Leo dengan pasangannya di sektor ganda putra, Daniel Marthin. Leo/Daniel "
               "berdiri di podium tertinggi setelah menaklukkan Supak Jomkoh/Wachirawit Sothon (Thailand) dengan "
               "kedudukan 21-16, 21-11.")
    match = only_event(doc, "SportsMatch")
    assert _roles(doc, match, "winner") == {"Leo Rolly Carnando", "Daniel Marthin"}


def test_people_listed_with_their_posts_after_the_first_are_all_sworn_in():
    doc = _doc("Menteri Pendidikan Hasan Basri mengukuhkan Rudi Hartono sebagai rektor Universitas Negeri Jakarta "
               "(UNJ), Siti Aminah sebagai rektor Universitas Jenderal Soedirman (Unsoed) Purwokerto, Senin.")
    assert _roles(doc, only_event(doc, "Inauguration"), "patient") == {"Rudi Hartono", "Siti Aminah"}


def test_a_regional_secretary_with_no_region_written_serves_the_region_the_governor_leads():
    doc = _doc("Gubernur Kalimantan Tengah Sugianto Sabran hadir bersama Sekretaris Daerah (Sekda) Nuryakin.")
    assert ("Nuryakin", "holdsPosition", "Kalimantan Tengah") in relation_triples(doc)


def test_a_unit_ending_in_a_ministrys_short_name_the_gazetteer_knows_is_no_person():
    doc = _doc("Direktur Binariksa Kemnaker, Yuli Adiratna menambahkan, pencegahan itu terus dilakukan.")
    assert {name for name, t in named_entities(doc) if t == "Person"} == {"Yuli Adiratna"}


def test_companies_the_gazetteer_knows_are_organizations_whatever_the_recogniser_says():
    found = named_entities(_doc("Indonesia kini memiliki empat unicorn, yaitu Gojek, Traveloka, Tokopedia dan "
                                "Bukalapak. Vaksin AstraZeneca tiba dari Jepang, Kamis."))
    assert {("Gojek", "Organization"), ("Traveloka", "Organization"), ("Tokopedia", "Organization"),
            ("Bukalapak", "Organization"), ("AstraZeneca", "Organization")} <= found



def test_a_ministers_short_title_alone_is_the_minister_named_before_with_the_full_title():
    doc = _doc("Warga menunggu Menteri Sosial Ratna Wulandari yang akan berkunjung ke desanya. Mensos hadir ke "
               "rumah warga untuk menyerahkan santunan kematian. \"Kami memberikan santunan,\" kata Mensos.")
    assert _roles(doc, only_event(doc, "Statement"), "speaker") == {"Ratna Wulandari"}
    assert _roles(doc, only_event(doc, "Aid"), "agent") == {"Ratna Wulandari"}


def test_speech_words_after_a_quote_and_mengaku_tell_a_statement():
    doc = _doc("“Warga minta sosialisasi dulu,” jelas Kapolsek Lamala, AKP Rudi Cornelis. Penasihat hukum Darmo, "
               "Supardi Sukamto, mengaku kecewa atas putusan hakim. Hal itu sudah jelas bagi warga.")
    speakers = {n for e in doc.events if e.kind == "Statement" for n in _roles(doc, e, "speaker")}
    assert speakers == {"Rudi Cornelis", "Supardi Sukamto"}


def test_one_name_word_two_letters_from_a_known_persons_is_another_person():
    found = named_entities(_doc("Kasi Penuntutan Kejaksaan Tinggi Sumsel, Naimullah, mengapresiasi putusan itu."))
    assert ("Naimullah", "Person") in found and ("Hassan Nasrallah", "Person") not in found
