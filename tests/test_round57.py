"""Shapes of real pages read in round 57; every text is written for its test (invented people, real
regions, countries and outlets)."""
from datetime import date

from kgtest import events_of, names_typed, pipeline_doc, relation_triples, role_names


def _doc(text: str, day: date = date(2024, 3, 3)):
    return pipeline_doc(text, day, use_model=True)


def test_a_plenary_held_to_pass_or_propose_something_is_the_body_s_decision():
    doc = _doc("DPRD Kabupaten Seruyan kembali menggelar rapat paripurna penetapan APBD 2025 pada Senin (9/9/2024). "
               "Ketua DPRD Seruyan, Hendra Wijaya, memimpin jalannya sidang.")
    assert [e for e in events_of(doc, "Decision") if any("Seruyan" in n for n in role_names(doc, e, "agent"))]


def test_a_plenary_for_a_speech_stays_the_body_s_session():
    doc = _doc("DPRD Kota Palu menggelar rapat paripurna penyampaian pidato Wali Kota Palu, Senin (2/9/2024).")
    assert not events_of(doc, "Decision")
    assert events_of(doc, "Meeting")


def test_a_keeper_who_saves_a_shot_arrests_nobody():
    doc = _doc("PSIS Semarang bermain imbang 2-2 melawan Persik Kediri dalam laga pekan ke-9 liga. Menjelang "
               "turun minum, Bruno Silva melepaskan peluang emas, namun tembakannya dapat diamankan "
               "Rizky Ananda. Kedudukan tanpa gol bertahan sampai babak kedua.")
    assert not events_of(doc, "Arrest")


def test_the_matches_of_a_team_tie_under_its_score_name_each_side_s_players():
    doc = _doc("Tim bulu tangkis beregu putra Indonesia lolos ke final setelah menang 3-1 atas Thailand di "
               "semifinal, Rabu (23/8). Laga final akan digelar Kamis.\n\n"
               "Indonesia 3-1 Thailand:\n\n"
               "Rendra Saputra vs Somchai Boonmee 21-9, 21-16\n\n"
               "Agus Salim/Bayu Pratama vs Chaiya Srisuk/Niran Thongdee 18-21, 21-17, 21-19\n\n"
               "Dimas Aryanto vs Prasit Wongsa tidak dimainkan")
    triples = relation_triples(doc)
    for player in ("Rendra Saputra", "Agus Salim", "Bayu Pratama", "Dimas Aryanto"):
        assert (player, "playsFor", "Indonesia") in triples
    for player in ("Somchai Boonmee", "Chaiya Srisuk", "Niran Thongdee", "Prasit Wongsa"):
        assert (player, "playsFor", "Thailand") in triples
    assert not [reason for start, end, reason in doc.removed if " vs " in doc.text[start:end]]


def test_a_rider_named_after_his_team_plays_for_it():
    doc = _doc("Balapan MotoGP di sirkuit itu berlangsung sengit sejak lap pertama hingga finis. Pembalap Spanyol "
               "dari Garuda Speed Racing yang tercepat di sesi kualifikasi, Marco Ruiz, langsung "
               "menyodok ke posisi pertama. Podium kedua direbut oleh pembalap dari tim Nusantara Moto Team, Luca "
               "Bianchi, dengan selisih 1,2 detik.")
    triples = relation_triples(doc)
    assert ("Marco Ruiz", "playsFor", "Garuda Speed Racing") in triples
    assert ("Luca Bianchi", "playsFor", "Nusantara Moto Team") in triples


def test_a_handover_of_a_post_names_who_held_it_before_and_who_holds_it_now():
    doc = _doc("Serah terima jabatan itu dipimpin langsung Kapolda. Kapolres Sleman dari AKBP Rudi Hartono kepada AKBP "
               "Agus Salim berlangsung di aula utama, Senin (4/3/2024).")
    assert ("Agus Salim", "leads", "Polres Sleman") in relation_triples(doc)
    assert ("Rudi Hartono", "leads", "Polres Sleman") in relation_triples(doc, former=True)
    assert ("Rudi Hartono", "leads", "Polres Sleman") not in relation_triples(doc)


def test_players_of_regional_games_play_for_their_region_and_a_sport_s_event_is_nobody():
    doc = _doc("Kontingen Bali menambah dua emas pada hari keenam Pekan Olahraga Nasional (PON) di Medan. Ganda "
               "Campuran, Pasangan Made Arya/Putu Dewi menundukkan andalan Badung, Rifai/Keyzia Putri, dengan "
               "skor 21-15, 21-14 di final. Atlet Papua, Yakob Wenda, meraih perunggu di nomor lompat jauh.")
    triples = relation_triples(doc)
    assert ("Rifai", "playsFor", "Badung") in triples
    assert ("Yakob Wenda", "playsFor", "Papua") in triples
    assert not [t for t in triples if t[2] == "Pasangan"]
    assert not {"Ganda Campuran", "Atlet Papua"} & names_typed(doc, "Person")


def test_a_parliament_s_organ_written_short_ends_its_chair_s_title():
    doc = _doc("Rapat kerja itu dipimpin Ketua Banggar Sumarno Hadi. Sebanyak 40 anggota Banggar hadir di ruang rapat.")
    assert "Sumarno Hadi" in names_typed(doc, "Person")
    assert ("Sumarno Hadi", "leads", "Banggar") in relation_triples(doc)


def test_a_spokesman_named_after_a_ministry_with_a_capitalised_preposition_speaks():
    doc = _doc("\"Pelaku meledakkan diri di gerbang,\" ujar juru bicara Kementerian Dalam Negeri Wahid Omar.")
    assert [e for e in events_of(doc, "Statement") if "Wahid Omar" in role_names(doc, e, "speaker")]


def test_styles_after_styles_and_a_unit_opening_with_an_ordinary_word_name_nobody():
    doc = _doc("Menteri Luar Negeri Indonesia menerima Menteri Perdagangan Malaysia Yang Mulia Dato' Seri Hafiz Rahman "
               "Ismail di Jakarta. Jaksa Wilayah Orange County, Michael Grant menyatakan, pelaku sudah ditahan.")
    people = names_typed(doc, "Person")
    assert {"Hafiz Rahman Ismail", "Michael Grant"} <= people
    assert not [n for n in people if n.startswith(("Dato", "Wilayah"))]
