"""Shapes of real pages read in round 23: welcomes, regional council sessions, vote counts, clashes,
eruptions, coaches who bring a team to a win, lists of acting regents and of ministers; every text is
written for its test (invented people, real regions)."""
from datetime import date

from kgtest import entities_of, event_places as _places, name_set, only_event, pipeline_doc, relation_triples, \
    role_names as _roles


def test_welcoming_someone_s_arrival_written_with_a_clitic_is_a_meeting_with_them():
    doc = pipeline_doc("PM Kiribati Teburoro Maamau tiba di Gedung Sate. Gubernur Jawa Barat Hendra Kusnadi menyambut "
                       "kedatangannya dalam jamuan makan siang di Gedung Sate, Bandung, Selasa (4/3/2025).",
                       date(2025, 3, 5), use_model=True)
    meeting = only_event(doc, "Meeting")
    assert _roles(doc, meeting, "participant") == {"Hendra Kusnadi", "Teburoro Maamau"}
    assert "Gedung Sate" in _places(doc, meeting)


def test_a_foreign_minister_named_after_the_country_and_a_comma_is_a_person():
    found = entities_of("Menteri Luar Negeri Fiji, Semi Koroilavesau di Jakarta menyampaikan terima kasih.")
    assert ("Semi Koroilavesau", "Person") in found


def test_a_volcano_throwing_out_ash_erupts_where_it_stands():
    doc = pipeline_doc("Gunung Marapi di Sumatera Barat melontarkan abu vulkanik setinggi dua kilometer, Rabu (6/11/2024).",
                       date(2024, 11, 7), use_model=True)
    assert _places(doc, only_event(doc, "Disaster")) == {"Gunung Marapi"}


def test_a_short_form_spelled_out_in_lower_case_names_no_body():
    found = entities_of("Satpol PP mengamankan seorang orang dengan gangguan jiwa (ODGJ) di alun-alun. Petugas Badan "
                        "Penanggulangan Bencana Daerah (BPBD) Sleman ikut membantu.")
    assert not {n for n, _ in found if n == "ODGJ"}
    assert any(n.startswith("Badan Penanggulangan Bencana Daerah") for n, t in found if t == "Organization")


def test_houses_burnt_in_a_named_hamlet_give_the_fire_its_place():
    doc = pipeline_doc("Tiga rumah panggung di Dusun Sukamaju, Desa Cikahuripan, Kecamatan Lembang, Kabupaten Bandung "
                       "Barat, hangus terbakar, Kamis (10/10/2024) dini hari.", date(2024, 10, 11), use_model=True)
    assert "Dusun Sukamaju" in _places(doc, only_event(doc, "Disaster"))


def test_an_exchange_of_fire_between_two_sides_is_a_clash_of_both():
    doc = pipeline_doc("Baku tembak pecah antara Kelompok Kriminal Bersenjata dengan aparat Polri di Distrik Sinak, "
                       "Kamis (6/6/2024).", date(2024, 6, 7), use_model=True)
    clash = only_event(doc, "Clash")
    assert _roles(doc, clash, "participant") == {"Kelompok Kriminal Bersenjata",
                                                  "Kepolisian Negara Republik Indonesia"}
    assert _places(doc, clash) == {"Distrik Sinak"}


def test_soldiers_caught_in_a_firefight_with_a_group_clash_with_it():
    doc = pipeline_doc("Prajurit TNI terlibat kontak senjata dengan KKB di Distrik Beoga, Rabu (5/6/2024).",
                       date(2024, 6, 6), use_model=True)
    assert _roles(doc, only_event(doc, "Clash"), "participant") == {"Tentara Nasional Indonesia", "KKB"}


def test_a_brawl_that_involved_two_groups_has_them_as_parties():
    doc = pipeline_doc("Tawuran terjadi di Kecamatan Johar Baru, Sabtu (7/9/2024). Tawuran itu melibatkan Pemuda "
                       "Pancasila dan Forum Betawi Rempug.", date(2024, 9, 8), use_model=True)
    assert _roles(doc, only_event(doc, "Clash"), "participant") == {"Pemuda Pancasila", "Forum Betawi Rempug"}


def test_an_extraordinary_congress_or_a_proposal_opens_no_body_s_name():
    found = entities_of("Musyawarah Luar Biasa Partai Hanura di Surabaya memilih Hasan Basri. "
                        "Usulan Sutanto ditolak peserta.")
    assert ("Partai Hanura", "Organization") in found
    assert not {n for n, _ in found if n.startswith(("Musyawarah", "Usulan"))}


def test_a_long_police_unit_name_keeps_its_whole_province():
    found = entities_of("Tim Opsnal Subdit III Ditreskrimum Polda Kalimantan Barat (Kalbar) membekuk dua pelaku "
                        "di Pontianak.")
    assert ("Tim Opsnal Subdit III Ditreskrimum Polda Kalimantan Barat", "Organization") in found


def test_a_portfolio_listed_with_a_comma_before_dan_is_one_ministry():
    doc = pipeline_doc("Hadir pula Menteri Pendidikan Tinggi, Sains, dan Teknologi Bambang Setiadi.", use_model=True)
    assert not [e for e in doc.entities.values() if e.name == "Sains"]
    assert ("Bambang Setiadi", "leads", "Kementerian Pendidikan Tinggi, Sains, dan Teknologi") in relation_triples(doc)


def test_a_long_paragraph_cut_before_its_full_stop_is_no_headline():
    # an excerpt that ends mid-sentence: its names are read, as in any paragraph
    found = entities_of("Turut hadir dalam rombongan kunjungan kerja itu Menteri Perhubungan Sugiarto Wibisono, "
                        "Menteri Kesehatan Hendra Gunawan, Menteri Pariwisata Sri Lestari Anggraini, Menteri "
                        "Perindustrian Andi Pratama, Menteri Pertanian Yusuf Maulana, serta Kepala Sta")
    assert {("Sugiarto Wibisono", "Person"), ("Sri Lestari Anggraini", "Person"), ("Yusuf Maulana", "Person")} <= found


def test_the_hall_after_bertempat_is_where_the_event_took_place():
    doc = pipeline_doc("SAMARINDA - Gubernur Kalimantan Timur Rahmat Hidayat melantik Penjabat Wali Kota Bontang Hendra "
                       "Saputra, bertempat di Pendopo Lamin Etam, Kantor Gubernur Kaltim, Rabu (11/12/2024).",
                       date(2024, 12, 11), use_model=True)
    assert _places(doc, only_event(doc, "Inauguration")) == {"Pendopo Lamin Etam"}


def test_a_ticket_ahead_in_a_vote_count_won_the_election():
    doc = pipeline_doc("Sleman (ANTARA) - Pasangan calon bupati dan wakil bupati nomor urut 02 Rudi Hartono-Siti "
                       "Maryam unggul atas paslon nomor urut 01 Bambang Sutejo-Agus Salim dalam rekapitulasi suara "
                       "tingkat kabupaten di KPU Kabupaten Sleman.\n\n"
                       "PSS Sleman unggul 3-1 atas Persis Solo di Stadion Maguwoharjo, Sabtu (2/11/2024).",
                       date(2024, 12, 2), use_model=True)
    election = only_event(doc, "Election")
    assert _roles(doc, election, "winner") == {"Rudi Hartono", "Siti Maryam"}
    assert not [e for e in doc.events if e.kind == "Election" and "PSS Sleman" in name_set(doc, e.actors())]


def test_a_coach_who_led_his_team_to_a_win_is_no_side_of_the_match():
    doc = pipeline_doc("Pelatih Hendra Wijaya berhasil membawa Timnas U-19 menang 2-0 atas Thailand pada laga final "
                       "di Stadion Gelora Bung Tomo, Surabaya, Senin (29/7/2024).", date(2024, 7, 30), use_model=True)
    match = only_event(doc, "SportsMatch")
    assert _roles(doc, match, "winner") == {"Timnas U-19"}
    assert "Hendra Wijaya" not in _roles(doc, match, "participant")


def test_a_stadium_named_in_english_with_a_name_particle_is_one_place():
    doc = pipeline_doc("Yordania menekuk Irak 3-2 di Jassim bin Hamad Stadium, Doha, Senin (29/1/2024).",
                       date(2024, 1, 30), use_model=True)
    assert "Jassim bin Hamad Stadium" in _places(doc, only_event(doc, "SportsMatch"))
    assert not [e for e in doc.entities.values() if e.name in ("Jassim", "Hamad Stadium")]


def test_a_full_name_joined_to_a_person_s_by_dan_is_a_person_s():
    from kg.lang.id.evidence import _listed_persons
    from kg.model import Mention
    text = "Legislator yang hadir adalah Bonar Sitanggang dan Lamhot Pardede."
    people = [Mention(29, 45, "Bonar Sitanggang", "Person", "model"), Mention(50, 64, "Lamhot Pardede", "Place", "model")]
    assert [m.type for m in _listed_persons(people, text)] == ["Person", "Person"]


def test_bylaws_passed_in_a_council_s_plenary_session_are_the_council_s_decision():
    doc = pipeline_doc("MADIUN - Tiga Raperda disahkan dalam Rapat Paripurna DPRD Kota Madiun, Senin (23/12/2024).",
                       date(2024, 12, 24), use_model=True)
    assert _roles(doc, only_event(doc, "Decision"), "agent") == {"DPRD Kota Madiun"}
    assert _roles(doc, only_event(doc, "Meeting"), "participant") == {"DPRD Kota Madiun"}


def test_those_attending_a_council_s_session_meet_the_council():
    doc = pipeline_doc("MADIUN - Rapat Paripurna DPRD Kota Madiun pada Senin (23/12/2024) dihadiri oleh Wali Kota "
                       "Madiun Hendra Setiawan.", date(2024, 12, 24), use_model=True)
    assert _roles(doc, only_event(doc, "Meeting"), "participant") == {"DPRD Kota Madiun", "Hendra Setiawan"}


def test_an_acting_regent_written_with_haji_after_the_regency_leads_it():
    doc = pipeline_doc("Mereka yang dilantik:\n1. Pj Bupati Katingan H. Asmuni Hadi (Asisten Pemerintahan Setda "
                       "Prov. Kalteng)\n2. Pj Bupati Barito Utara H. Joko Santoso (Kepala Dinas Pendidikan)\n",
                       date(2024, 9, 25), use_model=True)
    triples = relation_triples(doc)
    assert ("Asmuni Hadi", "leads", "Katingan") in triples
    assert ("Joko Santoso", "leads", "Barito Utara") in triples
    assert not [e for e in doc.entities.values() if e.type == "Person" and e.name.startswith(("Katingan", "H. "))]
