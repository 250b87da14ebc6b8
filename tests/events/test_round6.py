"""Habits of real pages read in round 6, each on a short document written for the project:
datelines below a headline or a caption in the forms outlets use, and the readings of the
tree that the lede's event needs."""
from datetime import date

from event_markup import events_of, actor_names, marked, place_names

from kg.model import Document
from kg.stages.clean import clean
from kg.stages.segment import segment


def _clean(text):
    return segment(clean(Document(id="t", text=text)))


def test_datelines_below_a_headline_or_caption_in_more_outlets_forms():
    # the outlet alone with a web address's shape; a place beside a name the place index does
    # not know; a lower-case outlet first; a colon after the place
    head = "Banjir Rendam Tiga Desa di Kudus\n\nWarga mengungsi ke balai desa, Senin (3/3/2025). (Foto: Dok)\n\n"
    for dateline, place, outlet in [("Kabarku.com - ", None, "Kabarku.com"),
                                    ("WARTAJATENG.CO.ID - ", None, "WARTAJATENG.CO.ID"),
                                    ("Harian Pagi, Kudus - ", "Kudus", "Harian Pagi"),
                                    ("Jakarta, Warta Nusantara - ", "Jakarta", "Warta Nusantara"),
                                    ("kabarku.com, KUDUS - ", "KUDUS", "kabarku.com"),
                                    ("Kabarku.id, Kudus: ", "Kudus", "Kabarku.id")]:
        doc = _clean(head + dateline + "Banjir merendam tiga desa di Kabupaten Kudus, Senin (3/3/2025).")
        assert doc.dateline is not None, dateline
        assert (doc.text[slice(*doc.dateline_place_span)] if doc.dateline_place_span else None) == place
        assert doc.text[slice(*doc.publisher_span)] == outlet
        assert doc.text[doc.sentences[-1].start:].startswith("Banjir merendam")


def test_two_names_neither_a_place_are_no_dateline_below_a_headline():
    doc = _clean("Judul Berita Hari Ini\n\nBudi Santoso, Ketua Panitia - Acara dibuka pukul 09.00.")
    assert doc.dateline is None


def test_a_purpose_clause_hung_on_a_noun_takes_the_subject_of_the_verb_above(read_events):
    # "untuk bertemu" hung by the parser on "kunjungan": the minister meets, not the visit's country
    doc = read_events(marked(
        "Menteri Luar Negeri [P Rudi Santoso] melakukan kunjungan kerja ke [L Wellington], [L Selandia Baru], "
        "untuk bertemu dengan Menteri Luar Negeri Selandia Baru [P Grace Holloway] pada Selasa, 3 Juni 2025.",
        published=date(2025, 6, 4)))
    meeting, = events_of(doc, "Meeting")
    assert actor_names(doc, meeting, "participant") == {"Rudi Santoso", "Grace Holloway"}


def test_the_meeting_told_again_with_a_light_verb_takes_its_place(read_events):
    # "Pertemuan tersebut digelar di X": the meeting just told, not a new one with no one in it
    doc = read_events(marked(
        "[P Rudi Santoso] bertemu dengan [P Grace Holloway] pada Selasa (3/6/2025). Pertemuan tersebut "
        "digelar di [L Gedung Parlemen Selandia Baru] dan membahas kerja sama perikanan.",
        published=date(2025, 6, 4)))
    meeting, = events_of(doc, "Meeting")
    assert place_names(doc, meeting) == ["Gedung Parlemen Selandia Baru"]


def test_a_charge_told_again_with_a_common_noun_takes_place_and_day_over_the_page_stamp(read_events):
    # the lede tells no day; the page's time stamp (Wednesday) gives way to the day the next
    # sentence tells for "Penetapan tersangka"
    doc = read_events(marked(
        "KPK Tetapkan Bupati Tersangka\n\n22 Mei 2025 07:05 WIB\n\n"
        "[O Komisi Pemberantasan Korupsi] menetapkan Bupati [L Lembah Hijau], [P Darmawan Saputra], sebagai "
        "tersangka kasus suap. Penetapan tersangka diumumkan dalam konferensi pers di [L Gedung Merah Putih KPK], "
        "[L Jakarta], Selasa (20/5) malam.", published=date(2025, 5, 22)))
    charge, = events_of(doc, "Charge")
    assert place_names(doc, charge) == ["Gedung Merah Putih KPK"]
    assert [t.value for t in charge.times] == ["2025-05-20"]


def test_the_place_after_a_direction_in_a_di_phrase(read_events):
    doc = read_events(marked(
        "Kapal motor [O KM Sinar Laut] tenggelam di perairan sebelah barat [L Pulau Kelapa], "
        "Selasa (10/6/2025) sore.", published=date(2025, 6, 11)))
    accident, = events_of(doc, "Accident")
    assert place_names(doc, accident) == ["Pulau Kelapa"]


def test_the_village_of_an_address_after_a_road_is_a_place_of_the_event(read_events):
    # the most specific named place of "di ruas Tol X, wilayah Desa Y, Kecamatan Z, Kabupaten W"
    doc = read_events(marked(
        "Kecelakaan maut melibatkan bus dan truk terjadi di Kilometer 120 ruas [L Tol Cipta Raya], wilayah "
        "[L Desa Sukamaju], [L Kecamatan Ciranjang], [L Kabupaten Bandung Barat], Minggu (8/6/2025) dini hari.",
        published=date(2025, 6, 9)))
    accident, = events_of(doc, "Accident")
    assert place_names(doc, accident)[:1] == ["Tol Cipta Raya"]
    assert "Desa Sukamaju" in place_names(doc, accident)


def test_the_one_arrested_is_named_before_the_address_the_parser_hung_the_verb_on(read_events):
    # the name after the di- verb is who arrested, however the parser read it; the one arrested
    # stands before the age and the address
    doc = read_events(marked(
        "Seorang pria bernama [P Rahmat Sinaga] (34), warga [L Desa Sei Rampah], [L Kecamatan Sei Rampah], "
        "[L Kabupaten Serdang Bedagai], ditangkap [O Satresnarkoba Polres Serdang Bedagai] di rumahnya, "
        "Senin (3/3/2025).", published=date(2025, 3, 5)))
    arrest, = events_of(doc, "Arrest")
    assert actor_names(doc, arrest, "patient") == {"Rahmat Sinaga"}
    assert actor_names(doc, arrest, "agent") == {"Satresnarkoba Polres Serdang Bedagai"}


def test_caught_red_handed_after_an_address(read_events):
    doc = read_events(marked(
        "[P Budi Santoso] (41), warga [L Desa Sukamaju], [L Kecamatan Tanjung Morawa], [L Kabupaten Deli Serdang], "
        "tertangkap tangan membawa sabu di [L Jalan Medan-Lubuk Pakam], Selasa (4/3/2025).",
        published=date(2025, 3, 5)))
    arrest, = events_of(doc, "Arrest")
    assert actor_names(doc, arrest, "patient") == {"Budi Santoso"}
    assert place_names(doc, arrest) == ["Jalan Medan-Lubuk Pakam"]


def test_no_one_across_another_verb_is_the_one_arrested(read_events):
    doc = read_events(marked(
        "[P Andi Wijaya] mengatakan rekannya, warga [L Desa Sukamaju], ditangkap pada Selasa (4/3/2025).",
        published=date(2025, 3, 5)))
    assert all("Andi Wijaya" not in actor_names(doc, e, "patient") for e in events_of(doc, "Arrest"))


def test_an_age_in_brackets_is_no_count_of_people(read_events):
    doc = read_events(marked(
        "[P Rahmat Sinaga] (34) ditangkap di [L Medan], Senin (3/3/2025). Bersama dia, tujuh (7) orang "
        "pengedar lain juga ditangkap.", published=date(2025, 3, 5)))
    counts = [(q.prop, q.value) for e in doc.events for q in e.quantities]
    assert ("people", 7) in counts
    assert all(value != 34 for _, value in counts)


def test_an_accident_takes_the_di_phrase_hung_on_the_dead_it_caused(read_events):
    # the parser hung "di Desa X" on "luka berat", a casualty predicate, not on "menabrak"
    doc = read_events(marked(
        "Truk gandeng menabrak sepeda motor mengakibatkan satu orang meninggal seketika dan satu orang lagi "
        "luka berat di [L Desa Kedungrejo], [L Kecamatan Pakis], Jumat 30 Mei 2025.", published=date(2025, 5, 31)),
        merge=False)
    accident, = events_of(doc, "Accident")
    assert place_names(doc, accident)[:1] == ["Desa Kedungrejo"]


def test_the_object_clitic_of_a_men_verb_is_the_person_just_named(read_events):
    doc = read_events(marked(
        "[O Komisi Pemberantasan Korupsi] menetapkan Bupati Lembah Hijau [P Darmawan Saputra] sebagai tersangka "
        "dan langsung menahannya, Rabu (25/6/2025) malam.", published=date(2025, 6, 26)))
    arrest, = events_of(doc, "Arrest")
    assert actor_names(doc, arrest, "patient") == {"Darmawan Saputra"}
    assert actor_names(doc, arrest, "agent") == {"Komisi Pemberantasan Korupsi"}


def test_ketiganya_read_as_an_adverb_are_the_three_just_charged(read_events):
    # the three were named by two events ("menetapkan A ...", "juga menetapkan B serta C"), and
    # the parser read "Ketiganya" as an adverb of "ditahan"
    doc = read_events(marked(
        "[O Komisi Pemberantasan Korupsi] menetapkan Bupati [P Darmawan Saputra] sebagai tersangka kasus suap, "
        "Rabu (25/6/2025). Selain Darmawan, [O Komisi Pemberantasan Korupsi] juga menetapkan [P Rudi Siregar] "
        "serta [P Hendra Gultom] sebagai tersangka. Ketiganya ditahan untuk 20 hari pertama.",
        published=date(2025, 6, 26)), merge=False)
    arrest = events_of(doc, "Arrest")[-1]
    assert actor_names(doc, arrest, "patient") == {"Darmawan Saputra", "Rudi Siregar", "Hendra Gultom"}


def test_no_body_is_the_one_arrested(read_events):
    doc = read_events(marked(
        "[O Komisi Pemberantasan Korupsi] Tahan Bupati Lembah Hijau\n\n[O Komisi Pemberantasan Korupsi] "
        "ditahan.", published=date(2025, 6, 26)))
    assert all(not actor_names(doc, e, "patient") for e in events_of(doc, "Arrest"))


def test_people_listed_after_a_counted_object_fill_it(read_events):
    doc = read_events(marked(
        "Presiden [P Wira Santosa] melantik [P Bayu Pranata] sebagai Kepala Badan Pangan di [L Istana Negara], "
        "Selasa (8/4/2025). Pada kesempatan yang sama, Wira juga melantik dua wakil menteri baru. Kedua wakil "
        "menteri tersebut adalah [P Sari Lestari] sebagai Wakil Menteri Kesehatan dan [P Arif Nugraha] sebagai "
        "Wakil Menteri Perdagangan.", published=date(2025, 4, 9)))
    patients = {n for e in events_of(doc, "Inauguration") for n in actor_names(doc, e, "patient")}
    assert patients == {"Bayu Pranata", "Sari Lestari", "Arif Nugraha"}


def test_a_list_of_another_count_fills_nothing(read_events):
    doc = read_events(marked(
        "Presiden [P Wira Santosa] melantik dua wakil menteri baru, Selasa (8/4/2025). Mereka adalah "
        "[P Sari Lestari], [P Arif Nugraha], dan [P Dedi Kurnia].", published=date(2025, 4, 9)))
    assert all(not actor_names(doc, e, "patient") for e in events_of(doc, "Inauguration"))


def test_representatives_received_by_a_titled_official_without_oleh(read_events):
    doc = read_events(marked(
        "Sekitar pukul 13.30 WIB, sepuluh perwakilan massa diterima Wakil Ketua Komisi X DPR [P Hendra Purba] "
        "di ruang rapat Komisi X, Selasa (25/11/2025).", published=date(2025, 11, 26)))
    meeting, = events_of(doc, "Meeting")
    assert actor_names(doc, meeting, "participant") == {"Hendra Purba"}
