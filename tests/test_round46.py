"""Shapes of real pages read in round 46; every text is written for its test (invented people, real
regions, bodies and outlets)."""
from datetime import date

from kgtest import named_entities, only_event, pipeline_doc, relation_triples, role_names


def _doc(text: str, day: date = date(2024, 3, 3)):
    return pipeline_doc(text, day, use_model=True)


# ------------------------------------------------------------------ addresses

def test_an_address_rising_to_its_city_gives_every_name_in_it_as_a_place_in_the_next():
    doc = _doc("Api melalap dua rumah di Gang Melati, RT 03 RW 07, Kembangan Selatan, Kembangan, Jakarta Barat, "
               "Sabtu (2/3/2024).")
    assert {("Kembangan Selatan", "Place"), ("Kembangan", "Place"), ("Jakarta Barat", "Place")} <= named_entities(doc)
    assert {("Kembangan Selatan", "containedInPlace", "Kembangan"),
            ("Kembangan", "containedInPlace", "Jakarta Barat")} <= relation_triples(doc)


def test_an_ordinary_word_naming_a_town_in_an_address_abroad_is_a_place():
    doc = _doc("Turnamen pencak silat itu berlangsung di Nilai, Negeri Sembilan, Malaysia, sejak Sabtu (2/3/2024).")
    assert ("Nilai", "Place") in named_entities(doc)
    assert ("Nilai", "containedInPlace", "Negeri Sembilan") in relation_triples(doc)


def test_a_district_written_before_its_city_without_a_comma_lies_in_it():
    doc = _doc("Polisi menggerebek sebuah rumah kos di wilayah Cengkareng Jakarta Barat, Jumat (1/3/2024).")
    assert {("Cengkareng", "Place"), ("Jakarta Barat", "Place")} <= named_entities(doc)
    assert ("Cengkareng", "containedInPlace", "Jakarta Barat") in relation_triples(doc)


def test_a_town_the_index_calls_a_city_lies_in_the_regency_written_after_it():
    doc = _doc("Banjir merendam puluhan rumah warga di Cicurug, Kabupaten Sukabumi, Sabtu (2/3/2024).")
    assert ("Cicurug", "containedInPlace", "Kabupaten Sukabumi") in relation_triples(doc)


def test_names_after_an_address_cue_are_no_places_when_no_town_closes_them():
    doc = _doc("Rapat itu digelar di Balai Desa, Kusnadi, Rudi Hartono, dan Slamet Riyadi hadir.")
    assert not {name for name, type_ in named_entities(doc) if type_ == "Place"} & \
        {"Kusnadi", "Rudi Hartono", "Slamet Riyadi"}


# ------------------------------------------------------------------ modality

def test_a_fronted_clause_that_does_not_want_something_leaves_the_main_clause_real():
    doc = _doc("Tak mau kehilangan jejak, Polres Bogor menangkap dua pengedar sabu di Cibinong, Jumat (1/3/2024).")
    assert role_names(doc, only_event(doc, "Arrest"), "agent") == {"Polres Bogor"}


def test_a_main_clause_that_does_not_want_to_act_stays_unreal():
    doc = _doc("Polres Bogor tidak mau menangkap warga yang berunjuk rasa di Cibinong, Jumat (1/3/2024).")
    assert not [e for e in doc.events if e.kind == "Arrest"]


# ------------------------------------------------------------------ protests, plans, companions, results

def test_a_demo_of_workers_from_a_union_is_the_unions_protest():
    doc = _doc("Demo buruh dari Federasi Serikat Pekerja Metal Indonesia berakhir ricuh di depan Balai Kota "
               "Semarang, Senin (26/2/2024).")
    assert role_names(doc, only_event(doc, "Protest"), "agent") == {"Federasi Serikat Pekerja Metal Indonesia"}


def test_an_agreement_inside_a_scheduled_signing_is_no_agreement_signed():
    doc = _doc("Presiden Joko Widodo menerima Perdana Menteri Belanda Mark Rutte di Istana Bogor, Senin (26/2/2024). "
               "Dijadwalkan juga dilakukan penandatanganan beberapa perjanjian kerja sama kedua negara.")
    assert not [e for e in doc.events if e.kind == "Agreement"]


def test_who_goes_along_with_a_long_title_is_not_the_one_who_inspects():
    doc = _doc("Gubernur Jawa Tengah Ahmad Luthfi didampingi Kepala Dinas Sosial Jawa Tengah H Sukirno Wibowo "
               "meninjau lokasi banjir di Kabupaten Demak, Senin (26/2/2024).")
    assert role_names(doc, only_event(doc, "Travel"), "traveler") == {"Ahmad Luthfi"}


def test_the_side_a_win_noun_names_wins_a_match_told_with_vs():
    doc = _doc("Hasil pertandingan Laos vs Indonesia di Piala AFF, Senin (26/2/2024), adalah 1-3 untuk kemenangan "
               "Indonesia.")
    assert role_names(doc, only_event(doc, "SportsMatch"), "winner") == {"Indonesia"}


# ------------------------------------------------------------------ no names

def test_a_verb_opening_a_sentence_a_title_and_a_seat_are_nobodys_names():
    doc = _doc("Penjabat Sementara Wali Kota Parepare Andi Rahmat Azis meminta ASN bersikap netral. Kursi Pj Gubernur "
               "Sulawesi Selatan kini diisi Budi Santoso. Mendapati peristiwa itu, polisi mengamankan keduanya.")
    people = {name for name, type_ in named_entities(doc) if type_ == "Person"}
    assert {"Andi Rahmat Azis", "Budi Santoso"} <= people
    assert not people & {"Penjabat Sementara", "Kursi Pj", "Mendapati"}


def test_a_place_in_capitals_glued_to_the_first_word_of_the_body_is_the_dateline():
    doc = _doc("RIAU ONLINE, JAKARTA-PSSI memperkenalkan pelatih baru Timnas Indonesia, Budi Santoso, Senin (26/2/2024).")
    assert {("PSSI", "Organization"), ("Jakarta", "Place")} <= named_entities(doc)
    assert not [name for name, _ in named_entities(doc) if "-" in name]


def test_a_web_outlet_glued_to_the_first_word_of_the_body_is_the_dateline():
    doc = _doc("Pringsewu,Harian Koridor.com-Gubernur Lampung Rahmat Mirzani melantik Budi Santoso sebagai Penjabat (Pj) "
               "Bupati Pringsewu, Senin (26/2/2024).")
    assert ("Rahmat Mirzani", "Person") in named_entities(doc)
    assert not [name for name, _ in named_entities(doc) if "Gubernur" in name]


# ------------------------------------------------------------------ elections and swearing-in

def test_a_pair_declared_ahead_in_a_vote_count_won_and_a_balinese_running_mate_is_a_person():
    doc = _doc("Dalam rapat pleno rekapitulasi suara itu, pasangan calon nomor urut dua, Made Sudarta-I Wayan Sukra, "
               "dinyatakan unggul dengan perolehan 88.422 suara.")
    assert role_names(doc, only_event(doc, "Election"), "winner") == {"Made Sudarta", "I Wayan Sukra"}


def test_a_name_with_the_post_it_is_given_after_dilantik_is_the_one_sworn_in():
    doc = _doc("Selain Pj Bupati Pringsewu Adi Santoso, juga dilantik Rudi Hartono sebagai Pj Bupati Mesuji.")
    event = only_event(doc, "Inauguration")
    assert {"Adi Santoso", "Rudi Hartono"} <= role_names(doc, event, "patient")
    assert not role_names(doc, event, "agent")


# ------------------------------------------------------------------ players

def test_a_line_up_written_below_its_team_label_gives_every_player_the_team():
    doc = _doc("Timnas Indonesia menang 3-0 atas Vietnam dalam laga Kualifikasi Piala Dunia di Stadion My Dinh. Gol "
               "dicetak Jay Idzes pada menit ke-9. Pelatih Shin Tae-yong memuji skuad Garuda.\n"
               "Susunan Pemain Vietnam vs Indonesia\nVietnam:\nFilip Nguyen; Bui Tien Dung, Pham Xuan Manh, "
               "Phan Tuan Tai; Nguyen Tien Linh\nIndonesia:\nErnando Ari; Jay Idzes, Rizky Ridho, Justin Hubner; "
               "Ramadhan Sananta\n")
    triples = relation_triples(doc)
    assert ("Filip Nguyen", "playsFor", "Vietnam") in triples
    assert ("Rizky Ridho", "playsFor", "Timnas Indonesia") in triples


def test_every_scorer_listed_after_berhasil_dicetak_oleh_plays_for_the_team():
    doc = _doc("Persib Bandung menang 3-0 atas PSIS Semarang. Gol-gol Persib Bandung berhasil dicetak oleh Dimas "
               "Pratama pada menit ke-12, Rizal Hakim di menit 40 dan Teguh Santoso di menit 77.")
    assert {("Dimas Pratama", "playsFor", "Persib Bandung"), ("Rizal Hakim", "playsFor", "Persib Bandung"),
            ("Teguh Santoso", "playsFor", "Persib Bandung")} <= relation_triples(doc)


# ------------------------------------------------------------------ names of bodies and regions

def test_a_courts_grade_is_no_body_of_its_own():
    doc = _doc("Dua kurir sabu divonis mati oleh PN Kelas IA Tanjungkarang pada Kamis (22/2/2024).")
    assert ("PN Kelas IA Tanjungkarang", "Organization") in named_entities(doc)
    assert not [name for name, _ in named_entities(doc) if name.startswith("IA ")]


def test_a_province_written_short_between_a_title_and_a_one_word_name_is_the_province():
    doc = _doc("Gubernur NTB Zulkarnaen meninjau lokasi gempa di Kabupaten Lombok Timur, Minggu (25/2/2024).")
    assert {("NTB", "Place"), ("Zulkarnaen", "Person")} <= named_entities(doc)
    assert ("Zulkarnaen", "leads", "NTB") in relation_triples(doc)


def test_a_tournament_and_an_athlete_opening_a_sentence_are_nobody():
    doc = _doc("Atlet itu ingin tampil gemilang di Asian Games 2018 nanti. Pelari Budi Santoso juga berlatih keras.")
    people = {name for name, type_ in named_entities(doc) if type_ == "Person"}
    assert "Budi Santoso" in people
    assert not people & {"Atlet", "Asian Games"}


def test_the_one_whose_words_the_sworn_in_repeat_is_neither_one_of_them_nor_the_speaker():
    doc = _doc("Menteri Dalam Negeri Tito Santoso melantik tiga penjabat gubernur pada Senin (26/2/2024) di Kantor "
               "Kemendagri. \"Demi Allah saya bersumpah,\" ucap tiga penjabat gubernur mengucapkan janji jabatan "
               "mengikuti arahan Tito.")
    event = only_event(doc, "Inauguration")
    assert role_names(doc, event, "agent") == {"Tito Santoso"}
    assert not role_names(doc, event, "patient")
    assert not [e for e in doc.events if e.kind == "Statement" and role_names(doc, e, "speaker")]
