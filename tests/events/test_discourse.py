"""What an article tells across sentences, each on a short hand-written document: the
group a crowd belongs to, what it demands of whom, a later sentence giving the place and
day of an event told before, the lede's place shared by what follows on its day, a
headline folded into the body's event, the dateline's city giving way to a place told."""
from datetime import date

import pytest

from event_markup import events_of, actor_names, place_names, marked


def _build(text, published):
    from kg import Config, build_document
    from kg.stages.read import read_text
    return build_document(read_text(text, "t", published=published), Config()).document


def test_a_striking_crowd_is_the_union_named_in_the_next_sentence(read_events):
    doc = read_events(marked(
        "Sekitar 3.200 pekerja pabrik pesawat di [L St. Louis] mogok kerja mulai Senin (4/8/2025). "
        "Mereka, yang tergabung dalam [O International Association of Machinists], menolak tawaran "
        "kontrak baru dari perusahaan.", published=date(2025, 8, 5)))
    strike, = events_of(doc, "Strike")
    assert actor_names(doc, strike, "agent") == {"International Association of Machinists"}


def test_a_protesting_crowd_is_its_alliance_when_the_tree_misses_the_subject(read_events):
    doc = read_events(marked(
        "Ribuan pengemudi ojek daring yang tergabung dalam [O Aliansi Pengemudi Daring Nusantara] "
        "menggelar aksi unjuk rasa di kawasan [L Patung Kuda], [L Jakarta Pusat], pada Selasa, 20 Mei 2025.",
        published=date(2025, 5, 20)))
    protest, = events_of(doc, "Protest")
    assert actor_names(doc, protest, "agent") == {"Aliansi Pengemudi Daring Nusantara"}


def test_a_demand_names_the_target_of_the_protest_and_is_no_charge(read_events):
    doc = read_events(marked(
        "Ribuan pengemudi yang tergabung dalam [O Aliansi Pengemudi Daring Nusantara] menggelar unjuk rasa "
        "di [L Jakarta], Selasa (20/5/2025). Mereka menuntut [O Kementerian Perhubungan] menurunkan batas "
        "potongan komisi.", published=date(2025, 5, 20)))
    protest, = events_of(doc, "Protest")
    assert actor_names(doc, protest, "target") == {"Kementerian Perhubungan"}
    assert not events_of(doc, "Charge") and not events_of(doc, "Decision")


def test_a_setting_sentence_gives_the_hand_over_its_place_and_day(read_events):
    doc = read_events(marked(
        "Kepala [O BNPB] [P Wisnu Hardjono] menyerahkan bantuan dana kepada [O Pemerintah Kabupaten Grobogan] "
        "untuk penanganan darurat banjir. Penyerahan dilakukan di [L Pendopo Kabupaten Grobogan], "
        "[L Purwodadi], Sabtu (8/2/2025).", published=date(2025, 2, 8)))
    aid, = events_of(doc, "Aid")
    assert place_names(doc, aid)[:1] == ["Pendopo Kabupaten Grobogan"]
    assert [t.value for t in aid.times] == ["2025-02-08"]


def test_a_setting_verb_adds_the_spot_to_the_area(read_events):
    doc = read_events(marked(
        "Hujan deras memicu tanah longsor di [L Kabupaten Bogor], Minggu (2/3/2025). "
        "Longsor terjadi sekitar pukul 19.30 WIB di [L Kampung Rawa Dulang].", published=date(2025, 3, 3)))
    disaster, = events_of(doc, "Disaster")
    assert "Kampung Rawa Dulang" in place_names(doc, disaster)


def test_a_meeting_with_its_own_modifiers_is_not_the_one_told_before(read_events):
    doc = read_events(marked(
        "[P Ismail Haniyeh] telah bertemu dengan [P Ali Khamenei] di [L Tehran] pada akhir Juni. "
        "Namun, pertemuannya baru-baru ini dengan [P Ali Khamenei] terjadi beberapa minggu kemudian.",
        published=date(2023, 11, 5)), merge=False)
    assert len(events_of(doc, "Meeting")) == 2


def test_an_alliance_described_again_is_the_alliance(read_events):
    doc = read_events(marked(
        "Ribuan pengemudi yang tergabung dalam [O Aliansi Pengemudi Daring Nusantara] berunjuk rasa "
        "di [L Jakarta], Selasa (20/5/2025). Pada Agustus 2024, aliansi tersebut juga berunjuk rasa "
        "di depan [L Istana Merdeka].", published=date(2025, 5, 20)))
    earlier = [e for e in events_of(doc, "Protest") if "Istana Merdeka" in place_names(doc, e)]
    assert earlier and actor_names(doc, earlier[0], "agent") == {"Aliansi Pengemudi Daring Nusantara"}


def test_what_follows_the_lede_on_its_day_took_place_there(read_events):
    doc = read_events(marked(
        "[O Partai Kebangkitan Bangsa] menerima kunjungan [O Partai Amanat Nasional] di [L Jalan Raden Saleh], "
        "Senin (8/9/2025). [P Bima Santoso] menyatakan [O Partai Amanat Nasional] mendukung "
        "[O Partai Kebangkitan Bangsa].", published=date(2025, 9, 8)))
    support, = events_of(doc, "Support")
    assert place_names(doc, support) == ["Jalan Raden Saleh"]
    statement, = events_of(doc, "Statement")
    assert place_names(doc, statement) == ["Jalan Raden Saleh"]


def test_an_earlier_event_keeps_no_place_of_the_lede(read_events):
    doc = read_events(marked(
        "[P Fauzan Hakim] bertemu [P Bima Santoso] di [L Jalan Raden Saleh], Senin (8/9/2025). "
        "Pada Juni 2025, [O Partai Amanat Nasional] mendukung [O Partai Kebangkitan Bangsa].",
        published=date(2025, 9, 8)))
    support, = events_of(doc, "Support")
    assert support.places == []


def test_the_headline_event_is_the_body_event():
    doc = _build("Ribuan Pengemudi Ojol Demo di Patung Kuda\n\n"
                 "TEMPO.CO, Jakarta - Ribuan pengemudi ojek daring yang tergabung dalam Aliansi Pengemudi "
                 "Daring Nusantara (APDN) menggelar aksi unjuk rasa di kawasan Patung Kuda Arjuna Wiwaha, "
                 "Jakarta Pusat, pada Selasa, 20 Mei 2025.", date(2025, 5, 20))
    protests = events_of(doc, "Protest")
    assert len(protests) == 1
    assert [t.value for t in protests[0].times] == ["2025-05-20"]


def test_the_dateline_city_gives_way_to_the_place_told_next():
    doc = _build("Polisi Tangkap Penusuk Ojol\n\n"
                 "Bekasi - Polres Metro Bekasi menangkap Rizky Ramadhan, pelaku penusukan terhadap seorang "
                 "pengemudi ojek di Desa Setiamekar, Kecamatan Tambun Selatan.\n\n"
                 "Rizky ditangkap di sebuah rumah kontrakan di Kecamatan Cikampek, Kabupaten Karawang, "
                 "Minggu (14/9/2025) sore.", date(2025, 9, 15))
    arrests = [e for e in events_of(doc, "Arrest") if "Rizky Ramadhan" in actor_names(doc, e, "patient")]
    assert len(arrests) == 1
    places = place_names(doc, arrests[0])
    assert "Kecamatan Cikampek" in places and "Desa Setiamekar" not in places and "Bekasi" not in places


def test_the_place_of_a_noun_in_the_object_is_the_noun_s(read_events):
    doc = read_events(marked(
        "[O Polres Metro Bekasi] menangkap [P Rizky Ramadhan] alias Kiki (24), pelaku penusukan terhadap "
        "seorang pengemudi ojek online (ojol) di [L Desa Setiamekar], [L Kecamatan Tambun Selatan].",
        published=date(2025, 9, 15)), merge=False)
    arrest, = events_of(doc, "Arrest")
    assert "Desa Setiamekar" not in place_names(doc, arrest)


def test_a_city_attacked_is_the_place_through_an_apposition(read_events):
    doc = read_events(marked(
        "[L Rusia] menghujani ibu kota [L Ukraina], [L Kyiv], dengan puluhan rudal dan drone pada "
        "Selasa (8/7/2025) dini hari.", published=date(2025, 7, 8)))
    attack, = events_of(doc, "Attack")
    assert actor_names(doc, attack, "agent") == {"Rusia"}
    assert place_names(doc, attack) == ["Kyiv"]


def test_a_place_name_is_no_trigger(read_events):
    doc = read_events(marked(
        "[O KPU] menetapkan pasangan [P Rina Marlina] sebagai pemenang pemungutan suara ulang di "
        "[L Kabupaten Serang], Selasa (29/4/2025).", published=date(2025, 4, 30)))
    assert not events_of(doc, "Attack")
    election, = events_of(doc, "Election")
    assert actor_names(doc, election, "winner") == {"Rina Marlina"}
    assert actor_names(doc, election, "agent") == {"KPU"}


@pytest.mark.parametrize("text,kind", [
    ("Sebuah bus pariwisata masuk jurang di [L Jalan Raya Pacet-Cangar], Sabtu (24/5/2025) malam.", "Accident"),
    ("[L Rusia] menggempur [L Kyiv] dengan rudal, Selasa (8/7/2025).", "Attack"),
    ("Banjir merendam ratusan rumah di [L Desa Sukagalih], Minggu (2/3/2025).", "Disaster"),
    ("[P Hadi Wibowo] dipromosikan menjadi Asisten Kapolri bidang Operasi, Senin (12/5/2025).", "Appointment"),
])
def test_new_trigger_rows(read_events, text, kind):
    doc = read_events(marked(text, published=date(2025, 7, 9)))
    assert events_of(doc, kind), [e.kind for e in doc.events]


def test_the_two_ministers_sign_at_the_meeting_told_before(read_events):
    doc = read_events(marked(
        "Menteri Luar Negeri [P Arya Mahendra Wibisana] menggelar pertemuan bilateral dengan Menlu [L Vietnam] "
        "[P Nguyen Van Thanh] di [L Gedung Pancasila], [L Jakarta], Rabu (14/5/2025). Pertemuan itu ditutup "
        "dengan penandatanganan nota kesepahaman (MoU) kerja sama kelautan oleh kedua menlu.",
        published=date(2025, 5, 14)))
    agreement, = events_of(doc, "Agreement")
    assert actor_names(doc, agreement, "participant") == {"Arya Mahendra Wibisana", "Nguyen Van Thanh"}
    assert place_names(doc, agreement) == ["Gedung Pancasila"]
    assert [t.value for t in agreement.times] == ["2025-05-14"]


def test_a_building_told_next_replaces_the_dateline_city():
    doc = _build("KPK Tahan Bupati\n\n"
                 "JAKARTA, KOMPAS.com - Komisi Pemberantasan Korupsi (KPK) menetapkan Bupati Labuhanbatu Selatan "
                 "Firmansyah Harahap sebagai tersangka kasus suap, Rabu (25/6/2025) malam.\n\n"
                 "\"Kami menetapkan tiga orang sebagai tersangka,\" kata Wakil Ketua KPK Nur Aisyah Paramitha "
                 "dalam konferensi pers di Gedung Merah Putih KPK, Kuningan, Jakarta Selatan.", date(2025, 6, 26))
    charge = next(e for e in events_of(doc, "Charge") if "Firmansyah Harahap" in actor_names(doc, e, "patient"))
    assert place_names(doc, charge) == ["Gedung Merah Putih KPK"]


def test_without_a_dateline_the_lede_follows_a_headline_line():
    doc = _build("Presiden Surya Tiba di Tokyo, Langsung Bertemu PM Morimoto\n\n"
                 "Presiden RI Surya Adinegara bertemu Perdana Menteri Jepang Kenji Morimoto di Kantei, Tokyo, "
                 "Kamis (19/6/2025).\n\n"
                 "\"Jepang adalah sahabat tertua Indonesia,\" kata Surya dalam pernyataan pers bersama.",
                 date(2025, 6, 19))
    statement = next(e for e in events_of(doc, "Statement") if "Surya Adinegara" in actor_names(doc, e, "speaker"))
    assert place_names(doc, statement) == ["Kantei"]


def test_a_flood_verb_tagged_as_a_noun_keeps_its_place_and_first_day(read_events):
    doc = read_events(marked(
        "Banjir melanda [L Kabupaten Grobogan], [L Jawa Tengah], sejak Rabu (5/2/2025) setelah hujan deras "
        "mengguyur selama dua hari.", published=date(2025, 2, 8)))
    disaster, = events_of(doc, "Disaster")
    assert place_names(doc, disaster) == ["Kabupaten Grobogan"]
    assert [t.value for t in disaster.times] == ["2025-02-05"]


def test_a_group_claiming_the_attack_is_its_agent(read_events):
    doc = read_events(marked(
        "Seorang pelaku bom bunuh diri meledakkan diri di sebuah masjid di [L Peshawar], [L Pakistan], "
        "Jumat (31/1/2025), menewaskan 27 orang. Kelompok [O Tehrik-i-Taliban Pakistan] (TTP) mengklaim "
        "bertanggung jawab atas serangan tersebut.", published=date(2025, 2, 1)))
    attack, = events_of(doc, "Attack")
    assert actor_names(doc, attack, "agent") == {"Tehrik-i-Taliban Pakistan"}


@pytest.mark.parametrize("text", [
    "Dewa United menahan laju Persija Jakarta dalam laga pekan ke-12.",
    "Arema FC akhirnya mengamankan kemenangan 2-0 atas tamunya, PSM Makassar.",
])
def test_a_trigger_followed_by_a_word_of_another_sense_is_no_arrest(text):
    doc = _build(text, date(2025, 3, 11))
    assert not events_of(doc, "Arrest")


def test_the_police_securing_people_is_still_an_arrest():
    doc = _build("Polisi mengamankan dua pelaku pencurian motor di Binjai, Senin (3/3/2025).", date(2025, 3, 4))
    assert events_of(doc, "Arrest")
