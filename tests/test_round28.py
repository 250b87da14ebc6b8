"""Shapes of real pages read in round 28: a style between a post's region and the name ("Gubernur X,
Pangeran Y"), a list of people with a town's name among them, a given name that is a foreign town's, a
village of Riau ("Kepenghuluan"), a goal told with words before the team, a lead or an equaliser "melalui"
a player; every text is written for its test (invented people, real regions)."""
from datetime import date

from kgtest import event_places as _places, only_event, pipeline_doc, relation_triples, role_names as _roles


def test_a_style_after_the_comma_is_no_part_of_the_region_a_head_leads():
    doc = pipeline_doc("Duta besar itu melakukan kunjungan kehormatan ke Gubernur Madinah, Pangeran Salman bin "
                       "Fahdan, Selasa (6/12/2016).", date(2016, 12, 6), use_model=True)
    triples = relation_triples(doc)
    assert ("Salman bin Fahdan", "leads", "Madinah") in triples
    assert not [e for e in doc.entities.values() if e.name.rstrip().endswith(",") or "Pangeran" in e.name]
    doc = pipeline_doc("Presiden menerima Perdana Menteri Malaysia, Dato’ Seri Rahim Hashim, di Istana Bogor.",
                       date(2025, 7, 29), use_model=True)
    assert ("Rahim Hashim", "leads", "Malaysia") in relation_triples(doc)


def test_a_list_of_people_with_a_town_s_name_among_them_is_no_chain_of_places():
    doc = pipeline_doc("Awak kapal lainnya yakni Parjo, Murdiansyah, Nasrin, Robin, Hama dan Lukito ikut diperiksa.",
                       date(2023, 3, 1), use_model=True)
    assert not [t for t in relation_triples(doc) if t[1] == "containedInPlace"]


def test_a_common_given_name_is_no_foreign_town():
    doc = pipeline_doc("SEMARANG - Gubernur Ahmad Sudarmo membuka pameran UMKM di Semarang, Senin (3/11/2025).",
                       date(2025, 11, 3), use_model=True)
    assert "Ahmad" not in {e.name for e in doc.entities.values() if e.type == "Place"}
    assert ("Ahmad Sudarmo", "Person") in {(e.name, e.type) for e in doc.entities.values()}


def test_a_kepenghuluan_is_a_village_in_its_district():
    doc = pipeline_doc("Kebakaran lahan terjadi di Kepenghuluan Sungai Besar Kecamatan Pasir Limau Kapas "
                       "Kabupaten Rokan Hilir, Rabu (14/8/2019).", date(2019, 8, 14), use_model=True)
    triples = relation_triples(doc)
    assert ("Kepenghuluan Sungai Besar", "containedInPlace", "Kecamatan Pasir Limau Kapas") in triples


def test_the_only_goal_of_a_win_scored_for_the_team_named_after_its_words():
    doc = pipeline_doc("Persikabo menang 1-0 atas Persiraja. Gol tunggal kemenangan Persikabo dilesakkan oleh "
                       "Rendi Saputro pada menit ke-85.", date(2021, 10, 6), use_model=True)
    assert _plays_for(doc, "Rendi Saputro", "Persikabo")


def test_a_lead_or_an_equaliser_melalui_a_player_is_his_team_s_goal():
    doc = pipeline_doc("Persipura unggul lebih dahulu melalui Lukas Wenda pada menit ke-36. Persiba akhirnya "
                       "menyamakan kedudukan pada menit ke-77 melalui Sandi Purnomo.", date(2021, 10, 6),
                       use_model=True)
    assert _plays_for(doc, "Lukas Wenda", "Persipura")
    assert _plays_for(doc, "Sandi Purnomo", "Persiba")


def _plays_for(doc, player: str, team: str) -> bool:
    """The player plays for the team (the index may know the team by a longer name: "Persiba Balikpapan")."""
    return any(s == player and p == "playsFor" and (o + " ").startswith(team + " ")
               for s, p, o in relation_triples(doc))


def test_a_date_written_in_words_inside_a_name_stays_in_it():
    doc = pipeline_doc("Pemkab Wonogiri menandatangani nota kesepahaman dengan Universitas Sebelas Maret, Senin "
                       "(3/2/2025).", date(2025, 2, 3), use_model=True)
    assert "Universitas Sebelas Maret" in {e.name for e in doc.entities.values() if e.type == "Organization"}


def test_a_group_word_is_part_of_the_name_its_short_form_spells():
    doc = pipeline_doc("Kelompok Kriminal Bersenjata (KKB) menembaki pos TNI di Distrik Beoga, Senin (9/9/2024).",
                       date(2024, 9, 9), use_model=True)
    orgs = {e.name for e in doc.entities.values() if e.type == "Organization"}
    assert "Kelompok Kriminal Bersenjata" in orgs and "Kriminal Bersenjata" not in orgs
    # a group word written before another name is still no part of it
    doc = pipeline_doc("Serangan itu diklaim kelompok Hamas, Senin (9/9/2024).", date(2024, 9, 9), use_model=True)
    assert "kelompok Hamas" not in {e.name for e in doc.entities.values()}


def test_a_neighbourhood_number_is_no_part_of_a_village_and_the_calamity_happened_there():
    doc = pipeline_doc("KOTABARU - Seorang warga tewas dalam kebakaran rumah di Kalimantan Selatan. \"Musibah "
                       "tersebut terjadi hari Senin 6 Maret 2023 di Desa Sungai Raya Rt.05 Kecamatan Pulau Laut "
                       "Utara,\" ujar Kasubsi Penmas Polres Kotabaru Ipda Hartono.", date(2023, 3, 7),
                       use_model=True)
    assert "Desa Sungai Raya" in {e.name for e in doc.entities.values() if e.type == "Place"}
    fire = only_event(doc, "Disaster")
    assert "Desa Sungai Raya" in _places(doc, fire)


def test_a_chair_chosen_by_a_party_congress_is_elected():
    doc = pipeline_doc("GORONTALO - Musyawarah Daerah III DPD Partai Demokrat Gorontalo secara aklamasi menetapkan "
                       "Hendra Wijaya sebagai ketua, Kamis (8/9/2016).", date(2016, 9, 8), use_model=True)
    assert _roles(doc, only_event(doc, "Election"), "winner") == {"Hendra Wijaya"}
    # a chair named by a minister outside any congress is no election
    doc = pipeline_doc("Menteri menetapkan Hendra Wijaya sebagai ketua tim percepatan, Kamis (8/9/2016).",
                       date(2016, 9, 8), use_model=True)
    assert not [e for e in doc.events if e.kind == "Election"]


def test_a_race_win_taken_is_a_match():
    doc = pipeline_doc("Pembalap Gresini Racing, Alex Rinaldi, berhasil merebut kemenangan pada balapan MotoGP "
                       "Sepang di Malaysia, Minggu (22/10/2023).", date(2023, 10, 22), use_model=True)
    assert "Alex Rinaldi" in _roles(doc, only_event(doc, "SportsMatch"), "participant")


def test_a_boat_that_lost_contact_is_an_accident_a_person_is_not():
    doc = pipeline_doc("Perahu motor KM Sinar Laut dengan sembilan awak dilaporkan hilang kontak di Selat Lombok, "
                       "Selasa (6/10/2020).", date(2020, 10, 7), use_model=True)
    assert "Selat Lombok" in _places(doc, only_event(doc, "Accident"))
    doc = pipeline_doc("Keluarga mengaku hilang kontak dengan Budi sejak Selasa (6/10/2020).", date(2020, 10, 7),
                       use_model=True)
    assert not [e for e in doc.events if e.kind == "Accident"]


def test_what_a_speaker_says_was_done_to_others_is_not_done_to_the_speaker():
    doc = pipeline_doc("MALANG - Kapolda Jawa Timur Irjen Heru Prasetyo memberikan keterangan kepada wartawan. "
                       "Didampingi Kabid Humas Kombes Joko Susilo di Malang, Kamis, dia mengatakan pelaku berinisial "
                       "TR (29) dan MS (33) tertangkap saat hendak melintasi jembatan Kalikuto menyita ganja seberat "
                       "2 Kg yang akan dibawa menuju Lombok.", date(2017, 2, 16), use_model=True)
    assert _roles(doc, only_event(doc, "Arrest"), "patient") == {"TR", "MS"}


def test_a_topic_written_in_title_case_is_no_organization():
    doc = pipeline_doc("Polres Asahan menggelar jumpa pers soal Pengungkapan Kasus Peredaran Narkoba di Aula Polres "
                       "Asahan, Jumat (29/8/2025). Rapat Paripurna DPRD digelar untuk Penyampaian Pendapat Akhir "
                       "Bupati terhadap Ranperda, Rabu (17/12/2025).", date(2025, 12, 17), use_model=True)
    orgs = {e.name for e in doc.entities.values() if e.type == "Organization"}
    assert "Polres Asahan" in orgs
    assert not [o for o in orgs if o.startswith(("Pengungkapan", "Penyampaian"))]


def test_a_village_head_s_village_lies_in_the_district_written_after_it():
    doc = pipeline_doc("Tersangka pemberi adalah Kepala Desa Karangrejo Kecamatan Tambelangan, Kabupaten Sampang "
                       "Rofiq Hamdani (RH).", date(2022, 12, 15), use_model=True)
    triples = relation_triples(doc)
    assert ("Rofiq Hamdani", "leads", "Karangrejo") in triples
    assert ("Karangrejo", "containedInPlace", "Kecamatan Tambelangan") in triples
    assert not [e for e in doc.entities.values() if "Karangrejo Kecamatan" in e.name]


def test_districts_listed_one_after_another_lie_not_in_each_other():
    doc = pipeline_doc("Banjir dan longsor terjadi di Kecamatan Bonjol, Lubuk Sikaping, Rao Selatan, Mapat Tunggul, "
                       "Panti, Padang Gelugur dan Duo Koto.", date(2024, 5, 12), use_model=True)
    assert not [t for t in relation_triples(doc) if t[1] == "containedInPlace"]


def test_a_regency_s_government_is_based_in_the_regency_its_name_writes():
    doc = pipeline_doc("PARIAMAN - Pemerintah Kabupaten Agam menyerahkan bantuan kepada korban banjir di Agam, "
                       "Selasa (30/12/2025).", date(2025, 12, 30), use_model=True)
    seats = [doc.entities[r.object] for r in doc.relations if r.predicate == "basedIn"
             and doc.entities[r.subject].name == "Pemerintah Kabupaten Agam"]
    assert [e for e in seats if "Kabupaten Agam" in {e.name, *e.aliases}]


def test_a_long_post_before_a_comma_names_no_person_and_its_holder_keeps_the_body():
    doc = pipeline_doc("\"Gempa terjadi pukul 22.10 WIB,\" terang Kepala Bidang Mitigasi Gempa Bumi dan Tsunami BMKG, "
                       "Darsono, dalam keterangan tertulisnya. Kepala Seksi Inteldakim Kanim Denpasar Putu Wirawan "
                       "mengatakan keduanya dideportasi.", date(2022, 11, 17), use_model=True)
    people = {e.name for e in doc.entities.values() if e.type == "Person"}
    assert not [p for p in people if "Gempa" in p or "Mitigasi" in p] and "Putu Wirawan" in people
    assert any(s == "Darsono" and p == "holdsPosition" for s, p, o in relation_triples(doc))
    # a given name that is also an ordinary word still opens a name after a post ("bagus": good)
    doc = pipeline_doc("Direktur Eksekutif Lembaga Survei Nusantara Bagus Wicaksono menyebut survei melibatkan 1.200 "
                       "responden.", date(2024, 1, 10), use_model=True)
    assert "Bagus Wicaksono" in {e.name for e in doc.entities.values() if e.type == "Person"}


def test_a_pyroclastic_flow_is_a_disaster_where_the_volcano_is():
    doc = pipeline_doc("Badan Geologi mencatat tiga kali awan panas guguran di Gunung Lewotobi, Senin (4/11/2024).",
                       date(2024, 11, 4), use_model=True)
    assert "Gunung Lewotobi" in _places(doc, only_event(doc, "Disaster"))

