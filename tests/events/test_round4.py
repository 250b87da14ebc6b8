"""Constructions of real news read in round 4, each on a short hand-written document:
a pair of names joined by a dash or slash, a person noun with the name after a comma,
a competition won, the place of the occasion an event was part of."""
from datetime import date

from event_markup import events_of, actor_names, place_names, marked


def test_a_ticket_written_with_a_dash_is_two_winners(read_events):
    doc = read_events(marked(
        "[O KPU Kota Tegal] menetapkan pasangan [P Sari Anggraeni]-[P Budi Harsono] sebagai pemenang "
        "pemilihan wali kota, Kamis (6/3/2025).", published=date(2025, 3, 7)))
    election, = events_of(doc, "Election")
    assert actor_names(doc, election, "winner") == {"Sari Anggraeni", "Budi Harsono"}


def test_a_doubles_pair_written_with_a_slash_plays_and_wins_together(read_events):
    doc = read_events(marked(
        "Ganda putri [L Indonesia], [P Lestari Handayani]/[P Nadia Rahmawati], menjuarai turnamen "
        "[O Thailand Masters] setelah mengalahkan wakil [L Jepang], [P Aiko Tanaka]/[P Yui Mori], "
        "di final yang digelar di [L Nimibutr Stadium], [L Bangkok], Minggu (2/2/2025).",
        published=date(2025, 2, 3)))
    match, = events_of(doc, "SportsMatch")
    assert actor_names(doc, match, "participant") == {"Lestari Handayani", "Nadia Rahmawati", "Aiko Tanaka", "Yui Mori"}
    assert actor_names(doc, match, "winner") == {"Lestari Handayani", "Nadia Rahmawati"}
    assert place_names(doc, match) == ["Nimibutr Stadium"]


def test_the_place_of_the_occasion_an_event_was_part_of(read_events):
    doc = read_events(marked(
        "[O DPRD Kabupaten Sleman] mengesahkan peraturan daerah tentang pajak di rapat paripurna "
        "yang digelar di [L Gedung DPRD Sleman], [L Sleman], Senin (10/2/2025).", published=date(2025, 2, 10)))
    decision, = events_of(doc, "Decision")
    assert place_names(doc, decision) == ["Gedung DPRD Sleman"]


def test_a_court_sentences_in_its_own_building_whatever_room_is_named(read_events):
    doc = read_events(marked(
        "[O Pengadilan Negeri Sleman] menjatuhkan vonis enam tahun penjara kepada [P Yoga Pratama] "
        "di ruang sidang [L Cakra], Rabu (5/3/2025).", published=date(2025, 3, 6)))
    verdict, = events_of(doc, "Verdict")
    assert place_names(doc, verdict) == ["Pengadilan Negeri Sleman"]


def test_the_same_night_is_the_day_of_the_event_told_not_of_a_later_quote(read_events):
    doc = read_events(marked(
        "Banjir melanda [L Desa Karanganyar], Sabtu (1/3/2025) sore. \"Air naik cepat sekali,\" kata "
        "Kepala Desa [P Wahyu Santoso] saat dihubungi, Minggu (2/3/2025). Pada malam yang sama, tanah "
        "longsor menimbun dua rumah di [L Desa Sumberejo].", published=date(2025, 3, 2)))
    landslide = [e for e in events_of(doc, "Disaster") if place_names(doc, e) == ["Desa Sumberejo"]]
    assert [t.value for t in landslide[0].times] == ["2025-03-01"]


def test_the_two_named_after_the_last_event_are_the_pair_arrested(read_events):
    doc = read_events(marked(
        "[O Polres Klaten] menangkap dua pelaku pencurian sapi. Pelaku adalah [P Andi Saputra] (30), warga "
        "[L Desa Jetis], dan [P Budi Santoso] (28), warga [L Desa Ngawen]. Keduanya ditangkap petugas di "
        "[L Kecamatan Wedi], Senin (3/3/2025).", published=date(2025, 3, 4)))
    patients = {n for e in events_of(doc, "Arrest") for n in actor_names(doc, e, "patient")}
    assert patients == {"Andi Saputra", "Budi Santoso"}


def test_the_perpetrators_counted_are_not_the_police_that_caught_them(read_events):
    doc = read_events(marked(
        "[O Polsek Tegalsari] menangkap dua pencuri kabel di [L Jalan Kenari], Minggu (2/3/2025). Kedua pelaku "
        "ditangkap saat membawa gulungan kabel.", published=date(2025, 3, 3)))
    for e in events_of(doc, "Arrest"):
        assert "Polsek Tegalsari" not in actor_names(doc, e, "patient")


def test_the_body_of_the_one_speaking_is_who_pihaknya_names(read_events):
    doc = read_events(marked(
        "Kepala Bidang Humas [O Polda Jambi], [P Rudi Hartono], mengatakan pihaknya menangkap 12 pelaku "
        "pembalakan liar selama bulan Februari.", published=date(2025, 3, 4)))
    arrest, = events_of(doc, "Arrest")
    assert actor_names(doc, arrest, "agent") == {"Polda Jambi"}


def test_an_elected_title_makes_the_decision_an_election(read_events):
    doc = read_events(marked(
        "[O KPU Kabupaten Kebumen] menetapkan [P Arif Sugiyanto] dan [P Ristawati Purwaningsih] sebagai "
        "bupati dan wakil bupati terpilih, Kamis (9/1/2025).", published=date(2025, 1, 10)))
    election, = events_of(doc, "Election")
    assert actor_names(doc, election, "winner") == {"Arif Sugiyanto", "Ristawati Purwaningsih"}
    assert actor_names(doc, election, "agent") == {"KPU Kabupaten Kebumen"}
    assert not events_of(doc, "Decision")


def test_a_crime_carried_out_is_no_protest(read_events):
    for text in ("Pelaku melakukan aksi pencurian di rumah kosong di [L Desa Sukorejo] pada malam hari.",
                 "[O Polsek Wates] meringkus seorang pencuri motor di [L Desa Sukorejo], Senin (6/1/2025). Saat "
                 "ditangkap, pelaku tengah melakukan aksi yang sama di [L Desa Bendungan]."):
        assert not events_of(read_events(marked(text, published=date(2025, 1, 10))), "Protest"), text


def test_a_site_attacked_is_where_the_attack_happened(read_events):
    doc = read_events(marked(
        "Milisi [O Front Pembebasan Timur] melancarkan serangan roket ke kamp pengungsi [L Nur Hasan] di "
        "wilayah [L Provinsi Utara], Selasa (4/3/2025).", published=date(2025, 3, 5)))
    attack, = events_of(doc, "Attack")
    assert place_names(doc, attack) == ["Nur Hasan"]


def test_an_announcement_in_a_hall_is_placed_in_the_hall():
    from kg import Config, build_document
    from kg.stages.read import read_text
    doc = build_document(read_text(
        "Komisi Pemilihan Umum Kota Sukamaju menetapkan Hendra Wijaya sebagai wali kota terpilih dalam rapat "
        "pleno di Aula KPU Kota Sukamaju, Rabu (5/3/2025).", "t", published=date(2025, 3, 6)), Config()).document
    election, = events_of(doc, "Election")
    assert place_names(doc, election) == ["Aula KPU Kota Sukamaju"]


def test_a_win_taken_over_a_side_is_a_match_but_not_in_an_election(read_events):
    doc = read_events(marked(
        "[O Timnas Indonesia U-20] meraih kemenangan 3-1 atas [O Yordania] dalam laga uji coba di "
        "[L Stadion Madya], [L Jakarta], Jumat (7/3/2025).", published=date(2025, 3, 8)))
    match, = events_of(doc, "SportsMatch")
    assert actor_names(doc, match, "participant") == {"Timnas Indonesia U-20", "Yordania"}
    assert actor_names(doc, match, "winner") == {"Timnas Indonesia U-20"}
    doc = read_events(marked("[O Partai Buruh] meraih kemenangan besar dalam pemilihan parlemen [L Australia].",
                             published=date(2025, 5, 4)))
    assert not events_of(doc, "SportsMatch")


def test_an_appointment_told_again_is_placed_where_it_was_announced():
    from kg import Config, build_document
    from kg.stages.read import read_text
    doc = build_document(read_text(
        "BANDUNG - Gubernur Jawa Barat Hendra Saputra mengangkat Rina Wahyuni sebagai Sekretaris Daerah "
        "Provinsi Jawa Barat.\n\nPengangkatan tersebut ditetapkan melalui keputusan Gubernur Jawa Barat dan "
        "diumumkan di Gedung Sate, Bandung, Selasa (4/3/2025).", "t", published=date(2025, 3, 5)), Config()).document
    appointment, = events_of(doc, "Appointment")
    assert place_names(doc, appointment)[0] == "Gedung Sate"


def test_the_village_there_is_the_village_named_before(read_events):
    doc = read_events(marked(
        "Tiga rumah warga di [L Desa Sumbersari], [L Kecamatan Dander], rusak setelah banjir menerjang desa "
        "setempat sejak Jumat (7/3/2025).", published=date(2025, 3, 8)))
    flood, = events_of(doc, "Disaster")
    assert place_names(doc, flood) == ["Desa Sumbersari"]
