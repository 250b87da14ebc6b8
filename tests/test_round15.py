"""Match reports and names of round 15; every text is written for its test (invented players and
officials, real clubs and countries)."""
from datetime import date

from kg.lang.id.evidence import _in_competition
from kgtest import pipeline_doc, relation_triples


def _names(doc, type_):
    return {e.name for e in doc.entities.values() if e.type == type_}


def _matches(doc):
    return [e for e in doc.events if e.kind == "SportsMatch"]


def _sides(doc, event, role="participant"):
    return {doc.entities[k].name for k in event.actors(role)}


_REPORT = ("Persib Bandung menang 2-1 atas Persija Jakarta dalam laga pekan ke-10 di Stadion Si Jalak Harupat, "
           "Sabtu (16/11/2024). Gol kemenangan dicetak pada menit ke-80.\n\nSusunan pemain:\n")


def test_a_line_up_slot_keeps_its_player_past_shirt_numbers_captain_marks_and_minutes():
    doc = pipeline_doc(_REPORT + "Persib Bandung (4-3-3): 1-Dendi Suryana; 3-Agus Wiranata (c), 5-Rudi Hartanto, "
                       "4-Bayu Kurniadi, 2-Fajar Nugrahadi; Iqbal Ramadhana, Wawan Setiadji; Hendra Gunadi, "
                       "Tomi Saputro, Robi Darmawangsa; Eko Prasetyanto.\nPelatih: Joko Santosa\n", date(2024, 11, 17))
    triples = relation_triples(doc)
    for player in ("Dendi Suryana", "Agus Wiranata", "Rudi Hartanto", "Eko Prasetyanto"):
        assert (player, "playsFor", "Persib Bandung") in triples
    assert ("Joko Santosa", "leads", "Persib Bandung") in triples
    assert not any("(c)" in e.name or e.name.endswith(".") for e in doc.entities.values())


def test_the_substitute_in_brackets_plays_for_the_team_of_the_line_too():
    doc = pipeline_doc(_REPORT + "Persija Jakarta: Yohanes Wanma; Markus Rumbiak, Petrus Yoku (k), Daniel Kogoya "
                       "(Simon Wenda 70'), Lukas Mandowen (Yakob Sayuri 85’).\n", date(2024, 11, 17))
    triples = relation_triples(doc)
    for player in ("Petrus Yoku", "Daniel Kogoya", "Simon Wenda", "Yakob Sayuri"):
        assert (player, "playsFor", "Persija Jakarta") in triples


def test_a_slot_holding_something_else_is_no_player():
    doc = pipeline_doc(_REPORT + "Persija Jakarta: Yohanes Wanma; Markus Rumbiak (kartu kuning dua kali), "
                       "Petrus Yoku, Daniel Kogoya, Lukas Mandowen, Simon Wenda.\n", date(2024, 11, 17))
    triples = relation_triples(doc)
    assert ("Petrus Yoku", "playsFor", "Persija Jakarta") in triples
    assert ("Markus Rumbiak", "playsFor", "Persija Jakarta") not in triples


def test_a_host_plays_the_side_it_hosts_in_a_sentence_about_sport():
    doc = pipeline_doc("Persik Kediri bermain imbang 2-2 ketika menjamu Bali United, Minggu (8/10/2023).",
                       date(2023, 10, 9))
    match, = _matches(doc)
    assert _sides(doc, match) == {"Persik Kediri", "Bali United"}
    assert not [e for e in doc.events if e.kind == "Meeting"]


def test_a_host_of_guests_holds_a_meeting_not_a_match():
    doc = pipeline_doc("Presiden Surya Adinata menjamu Perdana Menteri Malaysia Hamdan Yusof di Istana Bogor.")
    assert not _matches(doc)
    assert [e for e in doc.events if e.kind == "Meeting"]


def test_two_sides_around_vs_with_a_score_after_them_played_a_match_won_by_the_side_with_more():
    doc = pipeline_doc("Hasil Liga 1 pekan ini: Persib Bandung vs Persija Jakarta 1-2.")
    match, = _matches(doc)
    assert _sides(doc, match) == {"Persib Bandung", "Persija Jakarta"}
    assert _sides(doc, match, "winner") == {"Persija Jakarta"}
    doc = pipeline_doc("Laga Persita Tangerang vs Madura United berakhir 3-1, Jumat (6/10/2023).", date(2023, 10, 7))
    match, = _matches(doc)
    assert _sides(doc, match) == {"Persita Tangerang", "Madura United"}
    assert _sides(doc, match, "winner") == {"Persita Tangerang"}


def test_two_sides_around_vs_without_a_score_are_a_preview_not_a_match():
    assert not _matches(pipeline_doc("Prediksi Persib Bandung vs Persija Jakarta malam ini di Bandung."))


def test_a_body_named_inside_a_competition_is_no_entity_and_no_side():
    doc = pipeline_doc("Tim futsal Indonesia menaklukkan Thailand 3-1 di final Piala AFF Futsal 2024, "
                       "Minggu (10/11/2024).", date(2024, 11, 11), use_model=True)
    assert "AFF" not in _names(doc, "Organization")
    assert all("AFF" not in _sides(doc, m) for m in _matches(doc))
    text = "tim putri bertanding di semifinal Piala AFF Wanita 2026"
    assert _in_competition(text, text.index("AFF"), ["AFF"])
    assert not _in_competition("Ketua AFF datang", 6, ["AFF"])


def test_a_country_that_plays_is_the_one_national_team_of_it_the_article_names():
    doc = pipeline_doc("Timnas Futsal Indonesia tampil di partai puncak. Indonesia mengalahkan Myanmar 4-1 di "
                       "final, Minggu (10/11/2024).", date(2024, 11, 11))
    match, = _matches(doc)
    assert _sides(doc, match) == {"Timnas Futsal Indonesia", "Myanmar"}
    assert _sides(doc, match, "winner") == {"Timnas Futsal Indonesia"}


def test_malaysian_and_singaporean_chinese_names_are_people():
    doc = pipeline_doc("Di final, Tommy Prasetya mengalahkan pebulu tangkis Malaysia Leong Jun Wei. Ganda Singapura "
                       "Low Kian Hong/Ng Eng Seng kalah di babak pertama.")
    assert {"Leong Jun Wei", "Low Kian Hong", "Ng Eng Seng"} <= _names(doc, "Person")


def test_a_first_name_the_recogniser_left_out_of_a_longer_name_joins_it():
    doc = pipeline_doc("Gol kemenangan dicetak Hari Budi Prasetyo pada menit ke-70.", use_model=True)
    assert "Hari Budi Prasetyo" in _names(doc, "Person")
    doc = pipeline_doc("Rapat itu dihadiri Wahyu Dani Kusuma dan warga.", use_model=True)
    assert "Wahyu Dani Kusuma" in _names(doc, "Person")


def test_a_portfolio_after_dan_stays_out_of_the_name():
    doc = pipeline_doc("Laporan itu disampaikan Menteri Koperasi dan Hilirisasi Dedi Santosa pada Senin.",
                       use_model=True)
    assert "Dedi Santosa" in _names(doc, "Person")
    assert not any("Hilirisasi" in n for n in _names(doc, "Person"))


def test_a_national_team_nickname_is_the_team_the_article_names_or_else_the_country():
    doc = pipeline_doc("Timnas Indonesia U-23 menang 1-0 atas Timor Leste, Minggu (20/8/2023). Gol untuk Garuda Muda "
                       "hadir pada menit ke-45. Filipina kalah dari Thailand. The Azkals tampil buruk.", date(2023, 8, 21),
                       use_model=True)
    assert "Garuda Muda" in next(e for e in doc.entities.values() if e.name == "Timnas Indonesia U-23").aliases
    assert "The Azkals" in next(e for e in doc.entities.values() if e.name == "Filipina").aliases
    assert not {"Garuda Muda", "The Azkals"} & (_names(doc, "Organization") | _names(doc, "Person"))


def test_a_scorer_for_a_country_written_alone_plays_for_its_national_team():
    doc = pipeline_doc("Timnas Futsal Indonesia tampil di final. Indonesia sempat unggul 2-0 atas Myanmar pada menit "
                       "ke-15 lewat gol Rizal Pramudya.", date(2024, 11, 11))
    assert ("Rizal Pramudya", "playsFor", "Timnas Futsal Indonesia") in relation_triples(doc)


def test_officials_welcoming_an_arrival_after_the_passive_verb_meet_the_visitor():
    doc = pipeline_doc("Kedatangan Menteri Dalam Negeri Budi Hartono disambut Kapolda Kalteng Irjen Pol Dedi Kurnia "
                       "bersama Gubernur Agus Salimin di Bandara Tjilik Riwut, Sabtu (18/7/2020).", date(2020, 7, 19), use_model=True)
    meeting = next(e for e in doc.events if e.kind == "Meeting")
    assert {"Budi Hartono", "Dedi Kurnia", "Agus Salimin"} <= _sides(doc, meeting)


def test_a_body_written_by_its_head_alone_is_the_body_a_title_named():
    doc = pipeline_doc("Ketua DPRD Kabupaten Blora Hasan Mulyadi membuka rapat paripurna, Senin (4/3/2024). Dalam "
                       "rapat itu, DPRD menyetujui dua rancangan peraturan daerah.", date(2024, 3, 5), use_model=True)
    assert "DPRD" not in _names(doc, "Organization")
    assert "DPRD" in next(e for e in doc.entities.values() if e.name == "DPRD Kabupaten Blora").aliases


def test_a_conjunction_opening_the_sentence_is_no_part_of_the_name_after_it():
    doc = pipeline_doc("Baik Bintang Timur FC maupun Madura United tampil hati-hati di babak pertama.", use_model=True)
    assert "Bintang Timur FC" in _names(doc, "Organization")
    assert not any(n.startswith("Baik") for n in _names(doc, "Organization"))


def test_a_rank_ending_a_body_opens_the_person_and_a_rank_alone_is_nobody():
    doc = pipeline_doc("Pangdam XII Tanjungpura Mayjen TNI Agus Salimin tiba di Pontianak pada Rabu pagi. "
                       "Hal itu disampaikan Kabidhumas Kombes Pol Budi Hartono. Anggota TNI hadir.", use_model=True)
    everything = {e.name for e in doc.entities.values()}
    assert {"Agus Salimin", "Budi Hartono"} <= _names(doc, "Person")
    assert not any(w in n.split() for n in everything for w in ("Mayjen", "Kombes"))
    assert "Tentara Nasional Indonesia" in _names(doc, "Organization")
