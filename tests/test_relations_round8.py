"""Relation readings of round 8 (recall on real-shaped text: lists of posts, players named with their
country, ...), each on a small document written for these tests."""
from kgtest import pipeline_doc, relation_triples


def _doc(text):
    return pipeline_doc(text, use_model=True)


def _relations(text, former=False):
    return relation_triples(_doc(text), former)


# ---------------------------------------------------------------- lists of posts, one "Post: Name" line each
def test_each_line_of_a_list_of_posts_gives_its_post():
    text = ("Presiden Budi melantik para menteri baru, Senin. Berikut daftarnya:\n"
            "Menteri Koperasi: Rudi Hartanto\n"
            "Menteri Haji dan Umrah: Sigit Wibowo\n"
            "Wakil Menteri Haji dan Umrah: Dedi Kusnadi\n")
    found = _relations(text)
    assert ("Rudi Hartanto", "leads", "Kementerian Koperasi") in found
    assert ("Sigit Wibowo", "leads", "Kementerian Haji dan Umrah") in found
    assert ("Dedi Kusnadi", "holdsPosition", "Kementerian Haji dan Umrah") in found
    assert ("Dedi Kusnadi", "leads", "Kementerian Haji dan Umrah") not in found


def test_a_list_opened_by_posts_given_up_lists_former_posts():
    text = ("Presiden Budi mengganti dua menteri. Berikut menteri yang dicopot:\n"
            "Menteri Keuangan: Anton Wibisono\n"
            "Menteri Koperasi: Rudi Hartanto\n"
            "Berikut menteri yang dilantik:\n"
            "Menteri Koperasi: Hendra Gunawan\n")
    doc = _doc(text)
    former, current = relation_triples(doc, True), relation_triples(doc)
    assert ("Anton Wibisono", "leads", "Kementerian Keuangan") in former
    assert ("Rudi Hartanto", "leads", "Kementerian Koperasi") in former
    assert ("Hendra Gunawan", "leads", "Kementerian Koperasi") in current
    assert ("Rudi Hartanto", "leads", "Kementerian Koperasi") not in current


def test_a_colon_ending_a_clause_is_no_post_line():
    found = _relations("Menteri Koperasi mengatakan: Rudi Hartanto akan hadir besok.")
    assert not any(s == "Rudi Hartanto" and p == "leads" for s, p, o in found)


# ---------------------------------------------------------------- players named with their country
_FINALS = ("Turnamen bulu tangkis itu ditutup dengan laga final yang ketat, Minggu. ")


def test_a_pair_named_after_its_country_plays_for_it():
    found = _relations(_FINALS + "Di final ganda putri, duo Thailand Anan Srisuk/Chai Wongsa mengalahkan "
                                 "pasangan Jepang Rina Sato dan Emi Kudo 21-17, 21-15.")
    assert {("Anan Srisuk", "playsFor", "Thailand"), ("Chai Wongsa", "playsFor", "Thailand"),
            ("Rina Sato", "playsFor", "Jepang"), ("Emi Kudo", "playsFor", "Jepang")} <= found


def test_a_rival_from_a_country_plays_for_it():
    found = _relations(_FINALS + "Gelar ganda putra diraih pasangan India Ravi Kumar/Arjun Patel yang "
                                 "mengalahkan rivalnya dari Malaysia, Lim Keng/Ong Jia.")
    assert {("Ravi Kumar", "playsFor", "India"), ("Lim Keng", "playsFor", "Malaysia"),
            ("Ong Jia", "playsFor", "Malaysia")} <= found


def test_a_player_from_a_country_in_a_match_sentence_plays_for_it():
    found = _relations(_FINALS + "Di final tunggal putra, Kento Momota dari Jepang mengalahkan Lee Chong Wei.")
    assert ("Kento Momota", "playsFor", "Jepang") in found


def test_outside_a_sports_report_a_pair_from_a_country_plays_for_nothing():
    found = _relations("Pasangan suami istri asal Jepang, Rina Sato dan Kenji Sato, berlibur di Bali pekan lalu. "
                       "Rina Sato dari Jepang itu mengaku senang.")
    assert not any(p == "playsFor" for s, p, o in found)


def test_a_player_the_recogniser_left_unmarked_before_dari_and_a_country_plays_for_it():
    found = _relations(_FINALS + "Di final tunggal putri, Hendra Wijaya dari Indonesia mengalahkan Marta Ruizez dari "
                                 "Spanyol.")
    assert ("Marta Ruizez", "playsFor", "Spanyol") in found


# ---------------------------------------------------------------- names the article writes for a country
def test_the_country_written_after_a_title_is_a_name_of_the_country():
    doc = _doc("Presiden Republik Indonesia Budi Santoso menerima tamu negara di Jakarta, Senin.")
    assert ("Budi Santoso", "leads", "Indonesia") in relation_triples(doc)
    indonesia = next(e for e in doc.entities.values() if e.name == "Indonesia")
    assert "Republik Indonesia" in indonesia.aliases


# ---------------------------------------------------------------- rooms in buildings
def test_a_room_named_before_its_building_lies_in_it():
    found = _relations("Presiden menerima tamu di Ruang Kredensial Istana Merdeka, Senin. Rapat lanjutan digelar "
                       "di Aula Melati di Gedung Sate, Bandung.")
    assert ("Ruang Kredensial", "containedInPlace", "Istana Merdeka") in found
    assert ("Aula Melati", "containedInPlace", "Gedung Sate") in found


# ---------------------------------------------------------------- predecessors
def test_the_one_replaced_held_the_post_before():
    doc = _doc("Menteri BUMN Arya menunjuk Dian Lestari sebagai Direktur Utama PT Sinar Laut Nusantara. Dian "
               "menggantikan Teguh Santoso yang telah memimpin perusahaan itu sejak 2020.")
    assert ("Dian Lestari", "leads", "PT Sinar Laut Nusantara") in relation_triples(doc)
    assert ("Teguh Santoso", "leads", "PT Sinar Laut Nusantara") in relation_triples(doc, True)
    assert ("Teguh Santoso", "leads", "PT Sinar Laut Nusantara") not in relation_triples(doc)


def test_replacing_with_no_post_given_gives_no_former_post():
    found = _relations("Dian Lestari menggantikan Teguh Santoso dalam rapat itu karena ia sakit.", former=True)
    assert not any(s == "Teguh Santoso" for s, p, o in found)


# ---------------------------------------------------------------- staff posts in a ministry
def test_an_expert_staff_post_is_a_post_in_the_ministry_named_at_its_end():
    found = _relations("Ketiga, Staf Ahli Bidang Hukum Kementerian Pemuda dan Olahraga, Hendra Kusuma, sebagai "
                       "penjabat gubernur Bengkulu.")
    assert ("Hendra Kusuma", "holdsPosition", "Kementerian Pemuda dan Olahraga") in found
    assert not any(s == "Hendra Kusuma" and p in ("memberOf", "leads") and o.startswith("Ahli") for s, p, o in found)


# ---------------------------------------------------------------- special regions and enumerations of places
def test_a_special_region_written_in_full_is_a_province_of_a_chain():
    doc = _doc("Gempa merusak rumah warga di Kabupaten Sleman, Daerah Istimewa Yogyakarta (DIY), Jumat malam.")
    assert ("Kabupaten Sleman", "containedInPlace", "Yogyakarta") in relation_triples(doc)
    region = next(e for e in doc.entities.values() if e.name == "Yogyakarta")
    assert "Daerah Istimewa Yogyakarta" in region.aliases


def test_every_place_of_an_enumeration_lies_where_its_last_one_does():
    found = _relations("Getaran sampai ke Kabupaten Sleman, Bantul dan Gunung Kidul di DIY, Jumat.")
    region = {o for s, p, o in found if s == "Gunung Kidul" and p == "containedInPlace"}
    assert region & {"DIY", "Yogyakarta"}
    assert {("Kabupaten Sleman", "containedInPlace", *region), ("Bantul", "containedInPlace", *region)} <= found


# ---------------------------------------------------------------- sources
def test_a_listed_outlet_the_recogniser_left_unmarked_before_a_reporting_verb_is_a_source():
    doc = _doc("Serangan udara menghantam sebuah rumah di Rafah, Senin. Tiga orang tewas. Demikian Wafa melaporkan.")
    assert any(r.predicate == "wasDerivedFrom" and doc.entities[r.object].name == "Wafa" for r in doc.relations)


def test_an_ordinary_word_before_a_reporting_verb_is_no_source():
    doc = _doc("Warga setempat melaporkan kejadian itu kepada polisi di Bandung, Senin.")
    assert not any(r.predicate == "wasDerivedFrom" for r in doc.relations)


def test_a_place_described_between_commas_lies_in_the_place_after_di():
    found = _relations("Final itu berlangsung di Istora Senayan, arena olahraga tertua di Indonesia, Minggu.")
    assert ("Istora Senayan", "containedInPlace", "Indonesia") in found
