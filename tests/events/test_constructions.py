"""Constructions of real articles, each on a short hand-written document: serial
verbs, apposed names, light verbs sharing a lemma with another kind, the place on the
verb itself, and times (closing day stamps, the day being told)."""
from datetime import date

from event_markup import events_of, actor_names, marked


def test_a_serial_verb_takes_the_subject_of_the_first(read_events):
    doc = read_events(marked(
        "Menteri Luar Negeri [L Iran] [P Hossein Amir-Abdollahian] tiba di [L Beirut] pada Jumat (9/2) "
        "malam dalam lawatan resmi ke [L Lebanon], dan keesokan harinya bertemu Sekretaris Jenderal "
        "[O Hizbullah] [P Hassan Nasrallah].", published=date(2024, 2, 11)))
    meeting, = events_of(doc, "Meeting")
    assert actor_names(doc, meeting, "participant") == {"Hossein Amir-Abdollahian", "Hassan Nasrallah"}
    assert [t.value for t in meeting.times] == ["2024-02-10"]     # "keesokan harinya"
    travel, = events_of(doc, "Travel")
    # the place on the verb ("tiba di Beirut"), not the one on the noun beside it
    assert [doc.entities[p].name for p in travel.places] == ["Beirut"]


def test_a_verdict_light_verb_is_not_a_fall(read_events):
    doc = read_events(marked(
        "Majelis hakim [O Pengadilan Tipikor Jakarta Pusat] menjatuhkan vonis 6 tahun 6 bulan penjara "
        "kepada mantan Direktur Utama [O PT Timah] [P Rudi Sitorus], Senin (23/12/2024)."))
    assert not events_of(doc, "Accident")
    verdict, = events_of(doc, "Verdict")
    assert actor_names(doc, verdict, "patient") == {"Rudi Sitorus"}


def test_names_apposed_after_the_object(read_events):
    doc = read_events(marked(
        "[O Pengadilan Negeri Jakarta Pusat] memvonis dua terdakwa kasus penyelundupan sabu, "
        "[P Andi Pratama] dan [P Wong Siu Lam], masing-masing 15 tahun dan 18 tahun penjara, "
        "Rabu (16/4/2025)."))
    verdict, = events_of(doc, "Verdict")
    assert actor_names(doc, verdict, "patient") == {"Andi Pratama", "Wong Siu Lam"}


def test_apposed_name_before_a_passive_verb(read_events):
    doc = read_events(marked(
        "Terdakwa kasus pembunuhan berencana, [P Ferry Gunawan], divonis hukuman mati oleh "
        "[O Pengadilan Negeri Jakarta Selatan], Kamis (6/2/2025)."))
    verdict, = events_of(doc, "Verdict")
    assert actor_names(doc, verdict, "patient") == {"Ferry Gunawan"}
    assert actor_names(doc, verdict, "agent") == {"Pengadilan Negeri Jakarta Selatan"}


def test_a_statement_takes_the_closing_day_stamp(read_events):
    doc = read_events(marked(
        "Tiga tahun setelah invasi [L Rusia] ke [L Ukraina] pada 24 Februari 2022, Sekretaris Jenderal "
        "[O NATO] [P Henrik Vestergaard] mengatakan perang harus diakhiri melalui perundingan, "
        "Senin (24/2/2025).", published=date(2025, 2, 25)))
    statement, = events_of(doc, "Statement")
    assert [t.value for t in statement.times] == ["2025-02-24"]
    campaign = events_of(doc, "MilitaryCampaign")[0]
    assert [t.value for t in campaign.times] == ["2022-02-24"]


def test_a_later_statement_happened_on_the_day_being_told(read_events):
    doc = read_events(marked(
        "[O PSIS Semarang] menaklukkan [O Bali United] 2-1 di [L Semarang], Minggu (18/2) malam. "
        "Pertandingan berlangsung ketat. \"Kami bermain dengan hati,\" ujar pelatih [O PSIS] "
        "[P Gilbert Agius].", published=date(2024, 2, 19)))
    statement, = events_of(doc, "Statement")
    assert [t.value for t in statement.times] == ["2024-02-18"]


def test_a_day_to_come_is_not_the_day_being_told(read_events):
    doc = read_events(marked(
        "[O Komisi II] menggelar rapat kerja dengan [P Tito Karnavian] pada Selasa, 14 Mei 2024. "
        "Rapat membahas pilkada yang akan digelar pada 27 November 2024. "
        "\"Kami minta daerah bergerak,\" kata [P Tito Karnavian].", published=date(2024, 5, 15)))
    statement, = events_of(doc, "Statement")
    assert [t.value for t in statement.times] == ["2024-05-14"]


def test_workers_in_a_union_strike_as_the_union_since_the_day_they_began(read_events):
    doc = read_events(marked(
        "Sekitar 3.000 buruh [O PT Sinar Tekstil Abadi] yang tergabung dalam [O Serikat Pekerja Tekstil] "
        "mogok kerja sejak Senin (13/1/2025).", published=date(2025, 1, 15)))
    strike, = events_of(doc, "Strike")
    assert actor_names(doc, strike, "agent") == {"Serikat Pekerja Tekstil"}
    assert [t.value for t in strike.times] == ["2025-01-13"]


def test_the_place_of_an_election_is_not_its_winner(read_events):
    doc = read_events(marked(
        "Pemilihan di [L Kota Palembang] berlangsung damai, Rabu (27/11/2024).", published=date(2024, 11, 28)))
    assert all(not e.actors("winner") for e in events_of(doc, "Election"))


def test_a_representative_of_a_body_meets_for_it(read_events):
    doc = read_events(marked(
        "Perwakilan [O Serikat Nelayan Indramayu] beraudiensi dengan Bupati [L Indramayu] "
        "[P Dedi Kurniawan] di [L Pendopo Kabupaten Indramayu] pada 12 Agustus 2024.",
        published=date(2024, 8, 14)))
    meeting, = events_of(doc, "Meeting")
    assert actor_names(doc, meeting, "participant") == {"Serikat Nelayan Indramayu", "Dedi Kurniawan"}


def test_a_meeting_with_one_named_party_and_one_unnamed(read_events):
    doc = read_events(marked(
        "Perdana Menteri [L Malaysia] [P Azlan Hamid] bertemu dengan Presiden Korea Selatan di "
        "[L Kuala Lumpur], Rabu (14/5/2025).", published=date(2025, 5, 15)))
    meeting, = events_of(doc, "Meeting")
    assert actor_names(doc, meeting, "participant") == {"Azlan Hamid"}
    # alone, with no other party, a person does not meet
    doc = read_events(marked("[P Azlan Hamid] bertemu di [L Kuala Lumpur], Rabu (14/5/2025).",
                             published=date(2025, 5, 15)))
    assert not events_of(doc, "Meeting")


def test_a_body_and_its_spokesperson_make_one_statement(read_events):
    doc = read_events(marked(
        "[O Kementerian Luar Negeri] membantah kabar bahwa [L Indonesia] menerima hibah dari [L Rusia]. "
        "\u201cTidak ada hibah semacam itu,\u201d kata juru bicara [O Kementerian Luar Negeri] "
        "[P Faisal Akbar], Rabu (8/1/2025).", published=date(2025, 1, 9)))
    statement, = events_of(doc, "Statement")
    assert actor_names(doc, statement, "speaker") == {"Kementerian Luar Negeri", "Faisal Akbar"}
    assert [t.value for t in statement.times] == ["2025-01-08"]


def test_ia_is_the_person_named_first_in_the_sentence_before(read_events):
    doc = read_events(marked(
        "[O BNPB] mencatat 14 orang meninggal dunia akibat banjir di [L Luwu], Jumat (3/5/2024). "
        "\u201cTim masih mencari,\u201d kata [P Abdul Muhari]. "
        "Kepala [O BNPB] [P Suharyanto] meninjau lokasi bencana pada Minggu (5/5). "
        "Ia terbang dari [L Jakarta] ke [L Makassar].", published=date(2024, 5, 6)))
    travel, = events_of(doc, "Travel")
    assert actor_names(doc, travel, "traveler") == {"Suharyanto"}


def test_a_look_back_does_not_move_the_day_being_told(read_events):
    doc = read_events(marked(
        "Presiden [P Joko Widodo] menggelar pertemuan dengan Presiden [L Vietnam] [P Vo Van Thuong] "
        "di [L Hanoi], Jumat (12/1/2024). "
        "[P Joko Widodo] tiba di [L Hanoi] pada Kamis (11/1) malam. "
        "Sore harinya, [P Joko Widodo] juga bertemu [P Nguyen Phu Trong].", published=date(2024, 1, 13)))
    meetings = events_of(doc, "Meeting")
    later = next(e for e in meetings if "Nguyen Phu Trong" in actor_names(doc, e, "participant"))
    assert [t.value for t in later.times] == ["2024-01-12"]


def test_a_statement_told_after_a_conditional_happened(read_events):
    doc = read_events(marked(
        "Penyidik akan menjemput paksa [P Nadia Permatasari] jika ia tidak hadir, kata Kabid Humas "
        "[O Polda Jawa Barat] [P Yusuf Hamdani].", published=date(2025, 4, 15)))
    statement, = events_of(doc, "Statement")
    assert actor_names(doc, statement, "speaker") == {"Yusuf Hamdani"}
    assert not events_of(doc, "Arrest")


def test_menurut_and_a_passive_saying_are_statements(read_events):
    doc = read_events(marked(
        "Gempa magnitudo 6,2 mengguncang [L Kabupaten Talaud], Sabtu (15/2/2025), menurut [O BMKG].",
        published=date(2025, 2, 16)))
    statement, = events_of(doc, "Statement")
    assert actor_names(doc, statement, "speaker") == {"BMKG"}
    doc = read_events(marked(
        "Hal itu disampaikan oleh Kepala [O BMKG] [P Dwi Ratnasari] di [L Jakarta], Selasa (5/11/2024).",
        published=date(2024, 11, 6)))
    statement, = events_of(doc, "Statement")
    assert actor_names(doc, statement, "speaker") == {"Dwi Ratnasari"}


def test_the_name_after_a_di_verb_is_its_agent(read_events):
    doc = read_events(marked(
        "Peraturan daerah tentang kawasan tanpa rokok disahkan [O DPRD Kota Medan] pada Rabu (4/6/2025).",
        published=date(2025, 6, 5)))
    decision, = events_of(doc, "Decision")
    assert actor_names(doc, decision, "agent") == {"DPRD Kota Medan"}


def test_holding_the_rate_is_a_decision_not_an_arrest(read_events):
    doc = read_events(marked(
        "[O Bank Indonesia] menahan suku bunga acuan di level 5,75 persen, Rabu (16/4/2025).",
        published=date(2025, 4, 17)))
    assert not events_of(doc, "Arrest")
    decision, = events_of(doc, "Decision")
    assert actor_names(doc, decision, "agent") == {"Bank Indonesia"}


def test_named_a_suspect_by_a_body(read_events):
    doc = read_events(marked(
        "Pengemudi mobil itu, [P Kevin Aditya] (27), ditetapkan sebagai tersangka oleh [O Polda Metro Jaya], "
        "Senin (6/1/2025).", published=date(2025, 1, 7)))
    charge, = events_of(doc, "Charge")
    assert actor_names(doc, charge, "agent") == {"Polda Metro Jaya"}
    assert actor_names(doc, charge, "patient") == {"Kevin Aditya"}


def test_defendants_undergo_a_trial_at_a_court(read_events):
    doc = read_events(marked(
        "Dua warga negara [L Vietnam], [P Nguyen Van Duc] dan [P Le Thi Hoa], menjalani sidang pembacaan "
        "dakwaan di [O Pengadilan Negeri Batam], Kamis (9/1/2025).", published=date(2025, 1, 10)))
    trial, = events_of(doc, "Trial")
    assert actor_names(doc, trial, "agent") == {"Pengadilan Negeri Batam"}
    assert {"Nguyen Van Duc", "Le Thi Hoa"} <= actor_names(doc, trial, "patient")


def test_arrested_by_the_men_of_a_police_unit(read_events):
    doc = read_events(marked(
        "[P Rizal Zulkarnain] ditangkap jajaran [O Polresta Sleman] di [L Sleman], Minggu (2/2/2025).",
        published=date(2025, 2, 3)))
    arrest, = events_of(doc, "Arrest")
    assert actor_names(doc, arrest, "agent") == {"Polresta Sleman"}
    assert actor_names(doc, arrest, "patient") == {"Rizal Zulkarnain"}


def test_an_event_told_as_the_time_of_another_takes_no_day(read_events):
    doc = read_events(marked(
        "[P Osama Hamdan] mengatakan pada Sabtu (4/11) bahwa [P Ismail Haniyeh] berada di [L Iran]. "
        "Kunjungan itu terjadi beberapa minggu setelah [O Hamas] menyerang [L Israel].",
        published=date(2023, 11, 5)))
    attack, = events_of(doc, "Attack")
    assert attack.times == []


def test_an_air_strike_named_in_a_casualty_sentence(read_events):
    doc = read_events(marked(
        "Sedikitnya 27 warga [L Palestina], termasuk 11 anak-anak, tewas dalam serangan udara [L Israel] "
        "yang menghantam dua rumah di kawasan [L Tal al-Sultan], [L Rafah], pada Sabtu (20/1) malam.",
        published=date(2024, 1, 21)))
    attack, = events_of(doc, "Attack")
    assert actor_names(doc, attack, "agent") == {"Israel"}
    assert [doc.entities[p].name for p in attack.places][:1] == ["Tal al-Sultan"]
    assert {(q.prop, q.value) for q in attack.quantities} == {("killed", 27)}   # not the two houses


def test_days_held_are_not_people_held(read_events):
    doc = read_events(marked(
        "[O KPK] menahan [P Heru Susanto] selama 20 hari pertama di [L Jakarta], Senin (11/3/2024).",
        published=date(2024, 3, 12)))
    arrest, = events_of(doc, "Arrest")
    assert not [q for q in arrest.quantities if q.prop == "people"]


def test_lifting_a_team_up_the_table_appoints_no_one(read_events):
    doc = read_events(marked(
        "Kemenangan ini mengangkat [O PSIS Semarang] ke posisi ketujuh klasemen, Minggu (18/2/2024).",
        published=date(2024, 2, 19)))
    assert not events_of(doc, "Appointment")


def test_a_time_in_what_was_said_is_not_when_it_was_said(read_events):
    doc = read_events(marked(
        "[O Komisi II] menggelar rapat dengan [P Tito Karnavian] pada Selasa, 14 Mei 2024. "
        "Ketua [O Komisi II] [P Ahmad Doli Kurnia] mengatakan hingga pekan lalu masih ada 41 daerah "
        "yang belum siap.", published=date(2024, 5, 15)))
    statement, = events_of(doc, "Statement")
    assert [t.value for t in statement.times] == ["2024-05-14"]


def test_a_law_passed_in_a_session_at_a_building(read_events):
    doc = read_events(marked(
        "[O Dewan Perwakilan Rakyat] mengesahkan RUU Kementerian Negara menjadi undang-undang dalam rapat "
        "paripurna di [L Gedung Nusantara II], [L Jakarta], Selasa (15/7/2025).", published=date(2025, 7, 15)))
    decision, = events_of(doc, "Decision")
    assert [doc.entities[p].name for p in decision.places][:1] == ["Gedung Nusantara II"]


def test_the_decision_told_again_gives_its_place(read_events):
    doc = read_events(marked(
        "[O Bank Indonesia] memangkas suku bunga acuan menjadi 5,50 persen. Keputusan itu diumumkan di "
        "[L Kantor Pusat BI], [L Jakarta], Rabu (21/5/2025).", published=date(2025, 5, 22)))
    decision, = events_of(doc, "Decision")
    assert actor_names(doc, decision, "agent") == {"Bank Indonesia"}
    assert [doc.entities[p].name for p in decision.places][:1] == ["Kantor Pusat BI"]
    assert [t.value for t in decision.times] == ["2025-05-21"]


def test_an_earlier_decision_told_with_ketika_is_its_own(read_events):
    doc = read_events(marked(
        "[O Bank Indonesia] memangkas suku bunga acuan, Rabu (21/5/2025). Pemangkasan ini yang pertama "
        "sejak Januari 2025, ketika [O Bank Indonesia] secara mengejutkan menurunkan suku bunga.",
        published=date(2025, 5, 22)), merge=False)
    decisions = events_of(doc, "Decision")
    assert len(decisions) == 2
    assert decisions[1].times == []


def test_the_lede_is_the_dateline_sentence_not_the_headline(read_events):
    text = ("Gempa M 5,7 Guncang Pasaman Barat\n\n"
            "PADANG, KOMPAS.com - Gempa bumi bermagnitudo 5,7 mengguncang Kabupaten Pasaman Barat, "
            "Sumatera Barat, Selasa (19/8/2025) pukul 10.12 WIB.")
    from kg import Config, build_document
    from kg.stages.read import read_text
    doc = build_document(read_text(text, "t", published=date(2025, 8, 19)), Config()).document
    disasters = [e for e in doc.events if e.kind == "Disaster"]
    assert disasters and all(doc.entities[p].name != "Padang" for e in disasters for p in e.places)
    assert "Kabupaten Pasaman Barat" in {doc.entities[p].name for e in disasters for p in e.places}


def test_a_noun_before_a_verb_of_its_kind_is_that_event(read_events):
    doc = read_events(marked(
        "Gempa bumi bermagnitudo 5,7 mengguncang [L Kabupaten Pasaman Barat], Selasa (19/8/2025).",
        published=date(2025, 8, 19)), merge=False)
    disaster, = events_of(doc, "Disaster")
    assert [doc.entities[p].name for p in disaster.places] == ["Kabupaten Pasaman Barat"]


def test_a_protest_in_front_of_an_office(read_events):
    doc = read_events(marked(
        "Unjuk rasa menolak RUU Penyiaran di depan [O Kantor DPRD Sulawesi Selatan], [L Jalan Urip Sumoharjo], "
        "[L Makassar], berakhir ricuh, Kamis (17/7/2025) malam.", published=date(2025, 7, 18)))
    protest = events_of(doc, "Protest")[0]
    assert [doc.entities[p].name for p in protest.places][:1] == ["Kantor DPRD Sulawesi Selatan"]


def test_a_general_noun_for_the_event_gives_its_place_and_day(read_events):
    doc = read_events(marked(
        "[O PT Sinar Nusantara Digital Tbk] resmi mengakuisisi 70 persen saham [O PT Kirana Data Solusi] "
        "senilai Rp2,4 triliun. Transaksi tersebut dituntaskan di [L Jakarta] pada Selasa (15/4/2025).",
        published=date(2025, 4, 16)))
    acquisition, = events_of(doc, "Acquisition")
    assert [doc.entities[p].name for p in acquisition.places] == ["Jakarta"]
    assert [t.value for t in acquisition.times] == ["2025-04-15"]


def test_the_outlet_of_the_dateline_is_no_actor(read_events):
    doc = marked("[L Jakarta], [O CNN Indonesia] -- Kemarin bertemu dengan [P Anwar Ibrahim] dan "
                 "[P Prabowo Subianto] di [L Istana Merdeka], Senin (8/9/2025).", published=date(2025, 9, 9))
    doc.dateline = (0, doc.text.index("--") + 2)
    doc = read_events(doc)
    actors = {doc.entities[k].name for e in doc.events for _, k in e.roles}
    assert "CNN Indonesia" not in actors


def test_the_longest_light_verb_noun_wins(read_events):
    doc = read_events(marked(
        "Para pengendali lalu lintas udara di [L Prancis] melakukan aksi mogok selama dua hari, "
        "Kamis (3/7/2025).", published=date(2025, 7, 4)))
    assert events_of(doc, "Strike") and not events_of(doc, "Protest")


def test_the_side_beaten_after_menang_atas_is_no_winner(read_events):
    doc = read_events(marked(
        "[O Timnas Indonesia] menang 2-0 atas [L Arab Saudi] di [L Stadion Utama Gelora Bung Karno], "
        "Selasa (19/11/2024).", published=date(2024, 11, 20)))
    match, = events_of(doc, "SportsMatch")
    assert actor_names(doc, match, "winner") == {"Timnas Indonesia"}
    assert actor_names(doc, match, "participant") == {"Timnas Indonesia", "Arab Saudi"}


def test_melawan_parsed_as_a_verb_names_the_other_side(read_events):
    doc = read_events(marked(
        "[O Liverpool] bermain imbang 1-1 melawan [O Manchester United] di [L Old Trafford], "
        "Minggu (16/3/2025).", published=date(2025, 3, 17)))
    match, = events_of(doc, "SportsMatch")
    assert actor_names(doc, match, "participant") == {"Liverpool", "Manchester United"}


def test_a_plane_carrying_someone_lands_with_them(read_events):
    doc = read_events(marked(
        "Pesawat yang membawa Perdana Menteri [L Jepang] [P Hiroshi Tanaka] mendarat di "
        "[L Bandara I Gusti Ngurah Rai], [L Bali], Jumat (8/11/2024).", published=date(2024, 11, 9)))
    travel, = events_of(doc, "Travel")
    assert actor_names(doc, travel, "traveler") == {"Hiroshi Tanaka"}


def test_a_place_does_not_travel(read_events):
    doc = read_events(marked(
        "Kapal dari [L Batam] tiba di [L Tanjung Pinang], Senin (3/3/2025).", published=date(2025, 3, 4)))
    assert all(not e.actors("traveler") for e in events_of(doc, "Travel"))


def test_a_habit_or_a_means_takes_no_day(read_events):
    doc = read_events(marked(
        "[P Osama Hamdan] mengatakan pada Sabtu (4/11) bahwa [P Ismail Haniyeh] berada di [L Iran]. "
        "[L Iran] adalah pendukung utama [O Hamas] meskipun telah berulang kali menyatakan bahwa "
        "kelompok-kelompok yang beroperasi dalam [O Poros Perlawanan] bertindak independen.",
        published=date(2023, 11, 5)), merge=False)
    habit = [e for e in events_of(doc, "Statement") if actor_names(doc, e, "speaker") == {"Iran"}]
    assert habit and habit[0].times == []
