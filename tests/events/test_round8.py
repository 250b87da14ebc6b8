"""Round 8: key events found with all their actors, place and day. Each rule on a short
document written for the project."""
from datetime import date

from event_markup import events_of, actor_names, marked, place_names


def _build(text, published):
    from kg import Config, build_document
    from kg.stages.read import read_text
    return build_document(read_text(text, "t", published=published), Config()).document


def test_the_dateline_city_named_by_the_lede_itself_is_kept_when_a_building_is_told_next():
    # "Kairo (ANTARA) - ... di Kairo, Rabu": the city is told, not guessed from the dateline;
    # the office told next joins it instead of replacing it
    doc = _build("Menlu RI dan Menlu Mesir Teken Nota Kesepahaman\n\n"
                 "Kairo (ANTARA) - Menteri Luar Negeri RI Dimas Prasetyo dan Menteri Luar Negeri Mesir "
                 "Karim Saleh menandatangani nota kesepahaman kerja sama pendidikan di Kairo, Rabu (5/3/2025).\n\n"
                 "Penandatanganan dilakukan usai pertemuan kedua menteri di Kantor Kementerian Luar Negeri Mesir.",
                 date(2025, 3, 6))
    agreement, = events_of(doc, "Agreement")
    assert actor_names(doc, agreement, "participant") == {"Dimas Prasetyo", "Karim Saleh"}
    assert "Kairo" in place_names(doc, agreement)


def test_the_dateline_city_alone_still_gives_way_to_the_building_told_next():
    # the lede names no place: the dateline's city was a guess and the building replaces it
    doc = _build("Menlu RI dan Menlu Mesir Teken Nota Kesepahaman\n\n"
                 "Kairo (ANTARA) - Menteri Luar Negeri RI Dimas Prasetyo dan Menteri Luar Negeri Mesir "
                 "Karim Saleh menandatangani nota kesepahaman kerja sama pendidikan, Rabu (5/3/2025).\n\n"
                 "Penandatanganan dilakukan di Kantor Kementerian Luar Negeri Mesir.",
                 date(2025, 3, 6))
    agreement, = events_of(doc, "Agreement")
    assert "Kairo" not in place_names(doc, agreement)


def test_a_body_after_a_two_word_title_is_the_titled_person_s(read_events):
    # "Ketua Umum Partai X Budi": the person meets, not the party of his title
    doc = read_events(marked(
        "Ketua Umum [O Partai Hanura] [P Dodi Kurniawan] menerima kunjungan Ketua Umum [O Partai Perindo] "
        "[P Bonar Situmorang] di kediamannya di kawasan [L Kebayoran], Senin (3/3/2025).",
        published=date(2025, 3, 5)))
    meeting, = events_of(doc, "Meeting")
    assert actor_names(doc, meeting, "participant") == {"Dodi Kurniawan", "Bonar Situmorang"}


def test_the_name_after_words_that_describe_it_is_the_subject(read_events):
    # "Emiten energi terbarukan PT X Tbk. resmi mengakuisisi ...": the company buys, however
    # the parser hung the name below the describing words (here as a subject of "Emiten")
    doc = read_events(marked(
        "Emiten energi terbarukan [O PT Mitra Daya Persada Tbk.] (MDPS) resmi mengakuisisi 60% saham "
        "[O PT Celebes Hijau Lestari] (CHL).", published=date(2025, 4, 9)))
    acquisition, = events_of(doc, "Acquisition")
    assert actor_names(doc, acquisition, "agent") == {"PT Mitra Daya Persada Tbk."}
    assert actor_names(doc, acquisition, "patient") == {"PT Celebes Hijau Lestari"}


def test_the_day_of_a_filing_a_fact_is_read_from_is_no_event_s_day():
    # "Berdasarkan keterbukaan informasi ..., Rabu (9/4/2025), ... diteken ... pada Selasa
    # (8/4/2025)": the purchase told in the lede happened on the Tuesday, not the filing's day
    doc = _build("Sehat Sentosa Caplok Obat Merata Jaya\n\n"
                 "Warta Bisnis, JAKARTA - Emiten farmasi PT Sehat Sentosa Tbk. resmi mengakuisisi 70% saham "
                 "PT Obat Merata Jaya dengan nilai transaksi Rp1,2 triliun.\n\n"
                 "Berdasarkan keterbukaan informasi di Bursa Efek Indonesia, Rabu (9/4/2025), perjanjian jual "
                 "beli saham diteken perseroan dengan pemilik lama di Jakarta pada Selasa (8/4/2025).",
                 date(2025, 4, 9))
    acquisition, = events_of(doc, "Acquisition")
    assert [t.value for t in acquisition.times] == ["2025-04-08"]


def test_a_preposition_inside_a_title_does_not_cut_off_the_subject(read_events):
    # "Menteri Dalam Negeri X melantik Y" parsed with no subject: the name before the verb
    # acts; the capitalised "Dalam" of the title opens no phrase
    doc = read_events(marked(
        "Menteri Dalam Negeri [P Bonar Gunawan Sitepu] melantik [P Natan Wenda] sebagai Penjabat (Pj) Gubernur "
        "[L Papua Barat Daya].", published=date(2025, 2, 4)))
    inauguration, = events_of(doc, "Inauguration")
    assert actor_names(doc, inauguration, "agent") == {"Bonar Gunawan Sitepu"}
    assert actor_names(doc, inauguration, "patient") == {"Natan Wenda"}


def test_the_place_hung_on_the_verb_serving_the_event_is_the_event_s(read_events):
    # "melantik X sebagai ... menggantikan Y, di Istana Negara": the parser hangs the place on
    # "menggantikan"; the swearing-in took place there
    doc = read_events(marked(
        "Presiden [P Budi Hartono] melantik Jenderal [P Agus Salimin] sebagai Panglima TNI menggantikan "
        "Jenderal [P Dudung Wiryo], di [L Istana Negara], [L Jakarta Pusat], Jumat (8/12/2023).",
        published=date(2023, 12, 8)))
    inauguration, = events_of(doc, "Inauguration")
    assert actor_names(doc, inauguration, "patient") == {"Agus Salimin"}
    assert "Istana Negara" in place_names(doc, inauguration)


def test_the_meeting_an_event_told_again_took_place_in_is_its_occasion(read_events):
    # "Penetapan dilakukan dalam rapat pleno di X, Kamis": no meeting of its own (with the
    # hall as a participant), and the day is the election's
    doc = read_events(marked(
        "[O KPU Kabupaten Sorong] menetapkan pasangan [P Yohanes Kambu]-[P Daud Mayor] sebagai bupati dan "
        "wakil bupati terpilih. Penetapan dilakukan dalam rapat pleno terbuka di [L Aula KPU Kabupaten Sorong], "
        "[L Aimas], Kamis (24/4/2025).", published=date(2025, 4, 25)))
    assert not events_of(doc, "Meeting")
    election, = events_of(doc, "Election")
    assert [t.value for t in election.times] == ["2025-04-24"]


def test_a_loss_told_after_setelah_on_a_predicate_that_is_no_event_is_on_the_day_told(read_events):
    # "harus puas menjadi runner-up setelah kalah dari X": the loss is the news itself, on the
    # day the article tells, not an earlier event told as the time of another
    doc = read_events(marked(
        "[P Agus Pratama] menjuarai turnamen di [L GOR Djarum], [L Kudus], Minggu (8/6/2025). Hasil berbeda "
        "dialami tunggal putri [P Dewi Anggraini]. Pebulu tangkis asal Pati itu harus puas menjadi runner-up "
        "setelah kalah dari unggulan pertama asal Jepang, [P Aya Kobayashi], dengan skor 17-21, 14-21.",
        published=date(2025, 6, 8)))
    loss = next(e for e in events_of(doc, "SportsMatch") if "Aya Kobayashi" in actor_names(doc, e, "participant"))
    assert [t.value for t in loss.times] == ["2025-06-08"]
