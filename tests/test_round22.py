"""Shapes of real pages read in round 22: a regional head's title written without a region, a party to a
case written before a name, people listed with unknown one-word names, parties backing a ticket with their
seats, and suspects listed by initials and nicknames after they were counted; every text is written for
its test (invented officials and places of real regions)."""
from datetime import date

from kgtest import entities_of, name_set, only_event, pipeline_doc, relation_triples


def test_a_regional_head_s_title_without_a_region_keeps_the_whole_name():
    # the first word was guessed to be an unknown region; the model reads it and the rest as one person
    found = entities_of("Bantuan diserahkan oleh Bupati Hasan Rahmat Bakri Sulaiman di halaman kantor camat.")
    assert ("Hasan Rahmat Bakri Sulaiman", "Person") in found
    assert not {n for n, t in found if n == "Hasan"}


def test_a_party_to_the_case_written_before_the_name_is_no_part_of_it():
    found = entities_of("Sidang perkara itu menghadirkan Terdakwa Sahrul Wibisono, Karso, Tarmin, dan Halim Munir "
                        "selaku kuli bangunan.")
    assert {("Sahrul Wibisono", "Person"), ("Karso", "Person"), ("Tarmin", "Person")} <= found
    assert not any(n.startswith("Terdakwa") for n, _ in found)


def test_the_old_name_of_the_labour_ministry_is_a_portfolio():
    found = entities_of("Hadir Sekretaris Kabinet Rudi Pramana dan Menteri Tenaga Kerja Rosyid Hanafi.")
    assert ("Rosyid Hanafi", "Person") in found


def test_parties_backing_a_ticket_are_read_past_their_seats_and_their_count():
    doc = pipeline_doc(
        "KPU menetapkan dua pasangan calon, pertama pasangan Dadan Suryana-Sahrul Gumilar. Paslon ini diusung "
        "Partai Kebangkitan Bangsa (PKB) dengan 9 kursi, Partai Demokrat 3 kursi, dan Partai Keadilan Sejahtera "
        "(PKS) 4 kursi.\nPasangan kedua, paslon Yeni Masitoh-Ateng Kurnia yang diusung Partai Amanat Nasional "
        "(PAN) 6 kursi dan Partai Demokrasi Indonesia Perjuangan (PDIP) 11 kursi.\n"
        "Sedangkan pasangan Wawan Hermawan-Tati Sumiati diusung tiga partai politik yaitu Partai Golkar, "
        "Partai NasDem, dan Partai Gerindra.", date(2020, 9, 23), use_model=True)
    triples = relation_triples(doc)
    for party in ("Partai Kebangkitan Bangsa", "Partai Demokrat", "Partai Keadilan Sejahtera"):
        assert (party, "supports", "Dadan Suryana") in triples
        assert (party, "supports", "Sahrul Gumilar") in triples
    assert ("Partai Amanat Nasional", "supports", "Ateng Kurnia") in triples
    assert ("Partai Gerindra", "supports", "Wawan Hermawan") in triples
    assert not [t for t in triples if t[1] == "supports" and t[2] in ("Yeni Masitoh", "Ateng Kurnia")
                and t[0] in ("Partai Kebangkitan Bangsa", "Partai Golkar")]


def test_suspects_counted_then_listed_by_initials_and_nicknames_are_the_arrested():
    doc = pipeline_doc(
        "Satresnarkoba Polres Asahan menangkap tiga pria bersama 200 gram sabu, Kamis (8/1/2026).\n"
        "Ketiga tersangka masing-masing berinisial RS (29) asal Kisaran, MH alias Ucok (31) asal Air Joman, "
        "dan TP alias Gondrong (40) warga Kecamatan Sei Kepayang.", date(2026, 1, 9), use_model=True)
    arrest = only_event(doc, "Arrest")
    assert name_set(doc, [k for r, k in arrest.roles if r == "patient"]) == {"RS", "Ucok", "Gondrong"}
    aliases = {a for e in doc.entities.values() for a in e.aliases}
    assert {"MH", "TP"} <= aliases


def test_a_street_named_after_initials_keeps_them():
    doc = pipeline_doc("Pelaku ditangkap di Jl. K.H. Ahmad Dahlan, Kecamatan Ilir Barat I, Palembang, Kamis (21/8/2025).",
                       date(2025, 8, 22), use_model=True)
    assert "Jl. K.H. Ahmad Dahlan" in {e.name for e in doc.entities.values() if e.type == "Place"}


def test_a_decree_s_date_and_the_officials_elected_tell_no_event():
    doc = pipeline_doc(
        "JAKARTA - Presiden Rudi Santoso melantik empat gubernur terpilih periode 2021-2026 di Istana Negara, "
        "Jakarta, Senin (8/3/2021).\nAcara itu dibuka dengan penyerahan salinan Keputusan Presiden (Keppres) di "
        "Istana Merdeka.\nSeusai para gubernur terpilih duduk di ruangan, protokol membacakan Keppres Nomor 31/P "
        "sampai 34/P pertanggal 3 Maret 2021.", date(2021, 3, 8), use_model=True)
    assert {t.value for t in only_event(doc, "Inauguration").times} == {"2021-03-08"}
    assert not [e for e in doc.events if e.kind == "Election"]
    assert not [e for e in doc.events if "2021-03-03" in {t.value for t in e.times}]
    doc = pipeline_doc("Budi Hartono terpilih sebagai Ketua Umum Partai Harapan dalam musyawarah nasional di Jakarta, "
                       "Rabu (5/9/2018).", date(2018, 9, 5), use_model=True)
    assert only_event(doc, "Election")


def test_a_body_together_with_another_both_sign():
    doc = pipeline_doc("JAMBI – Pemprov Jambi bersama PT Bukit Energi (Persero) melakukan penandatanganan nota "
                       "kesepahaman soal pengelolaan limbah di Kota Jambi, Selasa (4/5/2021).",
                       date(2021, 5, 4), use_model=True)
    agreement = only_event(doc, "Agreement")
    assert name_set(doc, [k for _, k in agreement.roles]) == {"Pemprov Jambi", "PT Bukit Energi (Persero)"}


def test_a_train_hit_by_a_car_is_an_accident():
    doc = pipeline_doc("SEMARANG – Kereta api Argo Muria tertemper sebuah mobil di perlintasan Kaligawe, Kota Semarang, "
                       "Kamis (23/2/2023). Dua orang tewas di lokasi kejadian.", date(2023, 2, 23), use_model=True)
    assert only_event(doc, "Accident")


def test_a_party_branch_with_its_level_is_one_organization():
    doc = pipeline_doc("Sekretaris DPD II Partai Golkar Surakarta Taufik Hidayat mengatakan musda berjalan lancar. "
                       "Ketua DPD I Golkar Jateng Purnomo Santoso ikut hadir.", date(2020, 10, 7), use_model=True)
    triples = relation_triples(doc)
    assert ("Taufik Hidayat", "holdsPosition", "DPD II Partai Golkar Surakarta") in triples
    assert ("Purnomo Santoso", "leads", "DPD I Golkar Jateng") in triples


def test_a_section_head_of_a_prosecutor_s_office_holds_a_post_there():
    doc = pipeline_doc("Kasi Penkum Kejati Jambi, Bambang Wiryawan menjelaskan, tersangka menjabat sebagai PPTK. "
                       "Kepala Seksi Intelijen Kejari Sleman Dwi Prasetyo mengatakan berkas sudah lengkap.",
                       date(2024, 11, 1), use_model=True)
    triples = relation_triples(doc)
    assert ("Bambang Wiryawan", "holdsPosition", "Kejati Jambi") in triples
    assert ("Dwi Prasetyo", "holdsPosition", "Kejari Sleman") in triples


def test_a_penalty_taker_named_after_his_team_and_a_comma_plays_for_it():
    doc = pipeline_doc("Persib menang 1-0 atas Persija di Stadion Gelora Bandung Lautan Api. Sebelum turun minum, "
                       "eksekutor Persib, Bima Saputra gagal mengonversi tendangan penalti.",
                       date(2023, 1, 12), use_model=True)
    assert ("Bima Saputra", "playsFor", "Persib Bandung") in relation_triples(doc)


def test_the_keeper_of_a_team_s_goal_plays_for_it():
    doc = pipeline_doc("Thailand menang 2-0 atas Indonesia di Stadion Rajamangala. Dua sundulan pemain tuan rumah "
                       "menjebol gawang Indonesia yang dijaga oleh Dimas Haryanto.",
                       date(2024, 12, 16), use_model=True)
    assert ("Dimas Haryanto", "playsFor", "Indonesia") in relation_triples(doc)
