"""Shapes of real pages read in round 61; every text is written for its test (invented people, real
regions, clubs, bodies and outlets)."""
from datetime import date

from kgtest import events_of, names_typed, pipeline_doc, relation_triples, role_names


def _doc(text: str, day: date = date(2024, 3, 3)):
    return pipeline_doc(text, day, use_model=True)


# ------------------------------------------------------------------ people known by their initials

def test_initials_before_selaku_and_before_an_arrest_word_are_people():
    doc = _doc("Polda Jambi menjerat enam orang dalam perkara koperasi bodong itu. Para tersangka adalah pengurus "
               "koperasi, yaitu RB selaku ketua, WTS selaku bendahara, JK selaku sekretaris.\n\nSelain itu, NF, GA, "
               "dan P masing-masing selaku pengawas. Dua pegawai bank, yakni YS, KR, dan L ditetapkan sebagai tersangka "
               "pekan lalu. HD ditangkap di Muaro Jambi.")
    people = names_typed(doc, "Person")
    assert {"RB", "WTS", "JK", "NF", "GA", "P", "YS", "KR", "L", "HD"} <= people, people


def test_a_list_of_initials_after_an_arrest_verb_keeps_its_lone_letters_and_a_couple_is_two_people():
    doc = _doc("Petugas meringkus BW, R, dan S di sebuah gudang, kata Kapolsek. Sebelumnya suami istri MH dan EL "
               "menganiaya tetangganya.")
    assert {"BW", "R", "S", "MH", "EL"} <= names_typed(doc, "Person")


def test_initials_before_selaku_that_end_a_company_s_name_are_no_one():
    doc = _doc("Penyidik memanggil direktur PT KMB selaku pengelola tambang pasir itu.")
    assert "KMB" not in names_typed(doc, "Person")


# ------------------------------------------------------------------ posts and their holders

def test_a_list_of_village_heads_gives_each_village_and_its_head():
    doc = _doc("Delapan terdakwa itu masing-masing Kades Sukorame Warsito, Kades Jatimulyo Sukardi, Kades "
               "Karanganyar Sutikno, dan Kades Ngemplak M. Salim. Sidang dipimpin hakim.")
    people, places = names_typed(doc, "Person"), names_typed(doc, "Place")
    assert {"Warsito", "Sukardi", "Sutikno", "M. Salim"} <= people, people
    assert {"Sukorame", "Jatimulyo", "Karanganyar", "Ngemplak"} <= places, places
    assert ("Sukardi", "leads", "Jatimulyo") in relation_triples(doc)


def test_one_village_head_with_a_one_word_name_keeps_the_whole_run():
    # (no list: "Kades Andri Wicaksono" may be a head with no village written)
    doc = _doc("Kades Andri Wicaksono mengatakan warga sudah menerima bantuan.")
    assert "Andri Wicaksono" in names_typed(doc, "Person")


def test_an_acting_post_after_menjadi_is_the_person_s_before_it_not_the_next_titled_name_s():
    doc = _doc("Pejabat yang ditunjuk ialah Kadisdikbud Lampung Sulistyo menjadi Pjs bupati Lampung Selatan, Kepala "
               "Bappeda Lampung Fredi menjadi Pjs bupati Lampung Timur.")
    triples = relation_triples(doc)
    assert ("Sulistyo", "leads", "Lampung Selatan") in triples, triples
    assert ("Fredi", "leads", "Lampung Timur") in triples, triples
    assert ("Fredi", "leads", "Lampung Selatan") not in triples


def test_a_titled_name_after_a_post_and_its_known_region_is_not_the_post_s_holder():
    # (the second item of the list has a title and a known region of its own)
    doc = _doc("Pejabat yang ditunjuk ialah, Kadisdikbud Lampung Sulistyo menjadi Pjs bupati Lampung Selatan, "
               "Inspektur Lampung Agus Erlangga menjadi Pjs bupati Lampung Tengah.")
    assert "Agus Erlangga" in names_typed(doc, "Person")
    assert ("Agus Erlangga", "leads", "Lampung Tengah") in relation_triples(doc)


def test_a_panel_seat_s_number_stands_between_the_title_and_the_judge():
    doc = _doc("Mahkamah Agung menolak permohonan peninjauan kembali itu. Perkara tersebut diadili Ketua Majelis "
               "Budiono serta Anggota Majelis 1 Ratna Sari Dewi, dengan Panitera Pengganti Yuliastuti, Kamis (3/10).")
    people = names_typed(doc, "Person")
    assert {"Ratna Sari Dewi", "Yuliastuti", "Budiono"} <= people, people
    assert not any(n.startswith("Majelis 1") for n in names_typed(doc, "Organization"))
    assert {("Ratna Sari Dewi", "holdsPosition", "Mahkamah Agung"),
            ("Yuliastuti", "holdsPosition", "Mahkamah Agung")} <= relation_triples(doc)


def test_a_rank_before_a_name_opens_it_even_when_its_first_word_names_a_place_abroad():
    doc = _doc("Operasi itu dipimpin Kasat Reskrim Kompol David Yunanto Kanitero, kata juru bicara polisi.")
    assert "David Yunanto Kanitero" in names_typed(doc, "Person")


def test_a_unit_s_name_ends_at_a_body_the_gazetteer_knows_and_the_holder_follows():
    # ("Kejakgung": the Attorney General's Office)
    doc = _doc("Kedua pegawai itu kini mendekam di tahanan Kejakgung. \"Penahanan berlaku dua puluh hari,\" tutur "
               "Kepala Pusat Penerangan Hukum Kejakgung Mukri Santoso, Kamis (19/12).")
    assert "Mukri Santoso" in names_typed(doc, "Person")
    assert ("Mukri Santoso", "holdsPosition", "Kejaksaan Agung") in relation_triples(doc)


def test_dki_alone_is_jakarta_the_province():
    doc = _doc("Sekda DKI Saefudin menjelaskan rincian anggaran kepada para anggota dewan.")
    assert "DKI" in names_typed(doc, "Place")
    assert ("Saefudin", "holdsPosition", "DKI") in relation_triples(doc)


# ------------------------------------------------------------------ places

def test_oil_blocks_are_places_and_a_list_of_them_is_no_chain():
    doc = _doc("Kementerian mengalihkan pengelolaan tiga wilayah kerja, yaitu Blok Mahakam, Blok Rokan, dan Blok "
               "Sanga-Sanga, kepada perusahaan negara.")
    places = names_typed(doc, "Place")
    assert {"Blok Mahakam", "Blok Rokan", "Blok Sanga-Sanga"} <= places, places
    assert not [t for t in relation_triples(doc) if t[1] == "containedInPlace"]


def test_stretches_of_toll_road_are_one_place_each_and_no_chain():
    doc = _doc("Rombongan melintasi ruas tol Cikampek-Purwakarta, Purwakarta-Padalarang, Padalarang-Cileunyi hingga "
               "Cileunyi-Sumedang.")
    places = names_typed(doc, "Place")
    assert {"Cikampek-Purwakarta", "Purwakarta-Padalarang", "Padalarang-Cileunyi", "Cileunyi-Sumedang"} <= places, places
    assert "Purwakarta" not in places
    assert not [t for t in relation_triples(doc) if t[1] == "containedInPlace"]


def test_a_route_between_two_cities_is_still_two_places():
    doc = _doc("Maskapai itu membuka rute Denpasar-Surabaya mulai bulan depan.")
    assert {"Denpasar", "Surabaya"} <= names_typed(doc, "Place")


# ------------------------------------------------------------------ no names

def test_ordinary_english_phrases_in_capitals_are_no_names():
    doc = _doc("Forum itu membahas Climate Change dan Human Security. Investor mengejar target Net Zero Emissions. "
               "People Power Party memenangi pemilu. Seperti dilansir Global Times, harga minyak naik.")
    named = names_typed(doc)
    assert not {"Climate Change", "Human Security", "Net Zero Emissions"} & named, named
    assert {"People Power Party", "Global Times"} <= named


def test_a_tournament_s_group_is_no_body_but_a_business_group_is():
    doc = _doc("Kalteng Putra bermain imbang di Grup 2 Liga 2. Persipa memuncaki Grup 4 Liga 2. Grup Sinar Mas "
               "membeli saham perusahaan itu.")
    bodies = names_typed(doc, "Organization")
    assert not [b for b in bodies if b.startswith("Grup 2") or b.startswith("Grup 4")], bodies
    assert "Grup Sinar Mas" in bodies


def test_a_headline_run_on_into_a_caption_keeps_its_verb_out_of_the_name():
    doc = _doc("Persib Bandung Tundukkan Madura United 2-1, Pelatih: Kerja Keras Terbayar Kapten Persib Rendi "
               "Kurniawan (kiri) merayakan gol bersama rekannya.")
    assert not [n for n in names_typed(doc) if "Tundukkan" in n]


def test_a_page_s_breadcrumb_is_no_name():
    doc = _doc("BeritaKita>Daerah>Ekonomi>Harga cabai di Garut melonjak\n\nGarut - Harga cabai rawit di pasar "
               "tradisional naik dua kali lipat.")
    assert not [n for n in names_typed(doc) if ">" in n]


def test_an_outlet_after_pantauan_is_the_outlet_not_a_person():
    doc = _doc("Pantauan Tribunlampung.co.id, puluhan kendaraan dinas memenuhi halaman kantor gubernur.")
    assert not [n for n in names_typed(doc, "Person") if n.startswith("Pantauan")]
    assert "Tribunlampung.co.id" in names_typed(doc, "Organization")


def test_the_g20_named_inside_a_summit_s_name_is_a_body():
    doc = _doc("Para menteri keuangan bertemu di Nusa Dua menjelang KTT G20. Pertemuan berlangsung tertutup.")
    assert "G20" in names_typed(doc, "Organization")


# ------------------------------------------------------------------ datelines

def test_a_dateline_line_of_its_own_names_the_place_and_the_outlet():
    for text, outlet, place in (("Batubara (harianSIB.com)\n\nDPRD Kabupaten Batubara mengesahkan tiga peraturan "
                                 "daerah.", "harianSIB.com", "Batubara"),
                                ("BONDOWOSO, IndonesiaPos.co.id\n\nBupati Bondowoso meninjau dua puskesmas.",
                                 "IndonesiaPos.co.id", "Bondowoso")):
        doc = _doc(text)
        assert outlet in names_typed(doc, "Organization"), text
        assert place in names_typed(doc, "Place"), text


def test_a_byline_line_of_its_own_is_no_dateline():
    doc = _doc("Penulis, kompas.com\n\nBupati Bondowoso meninjau dua puskesmas.")
    assert "Penulis" not in names_typed(doc)


# ------------------------------------------------------------------ sport

def test_later_goals_counted_by_ordinals_and_a_goal_made_by_a_player_name_the_scorer_s_team():
    doc = _doc("Timnas Indonesia U-23 menggilas Brunei 7-0 di Stadion Jakabaring, Palembang, Jumat (6/9/2024)."
               "\n\nMenjelang turun minum, Ilham Rio Fahrani mencatatkan gol kelima bagi Timnas Indonesia U-23.\n\n"
               "Gol ketujuh Timnas Indonesia U-23 dibuat Hokky Carana jelang laga usai.")
    triples = relation_triples(doc)
    assert ("Ilham Rio Fahrani", "playsFor", "Timnas Indonesia U-23") in triples, triples
    assert ("Hokky Carana", "playsFor", "Timnas Indonesia U-23") in triples, triples


def test_a_player_named_before_a_match_s_minute_is_a_person():
    doc = _doc("Rentetan gol Skuad Garuda Muda atas Brunei ditutup oleh Pratama Arfian menit ke-85. Bali United "
               "menit ke-90 nyaris menyamakan kedudukan.")
    assert "Pratama Arfian" in names_typed(doc, "Person")
    assert "Bali United" not in names_typed(doc, "Person")


def test_a_scorer_into_a_side_s_goal_plays_for_the_side_it_met():
    doc = _doc("Timnas Indonesia U-23 menggilas Brunei 7-0 di Stadion Jakabaring, Palembang, Jumat (6/9/2024). "
               "Laga berjalan berat sebelah.\n\nLima menit kemudian, Witan Sulistyo menjebol gawang Brunei yang dikawal "
               "Rafael Santos. Pada babak kedua, Indonesia menambah gol.")
    triples = relation_triples(doc)
    assert ("Witan Sulistyo", "playsFor", "Timnas Indonesia U-23") in triples, triples
    assert ("Witan Sulistyo", "playsFor", "Brunei") not in triples


def test_a_club_named_with_a_town_the_report_names_on_its_own_is_based_there():
    doc = _doc("Persela Lamongan mengalahkan PSCS Cilacap 1-0 di Stadion Wijaya Kusuma, Cilacap, Sabtu (16/9/2023). "
               "Gol tunggal dicetak Riko Saputra pada menit ke-70. Pelatih Persela mengatakan timnya bermain baik di "
               "babak kedua.")
    triples = relation_triples(doc)
    assert ("PSCS Cilacap", "basedIn", "Cilacap") in triples, triples


def test_a_body_named_with_a_town_outside_a_sports_report_is_not_read_as_a_club():
    doc = _doc("Koperasi Sejahtera Cilacap membagikan beras kepada warga Cilacap, Sabtu (16/9/2023).")
    assert ("Koperasi Sejahtera Cilacap", "basedIn", "Cilacap") not in relation_triples(doc)


def test_a_club_named_after_a_player_s_title_is_the_club_not_a_person():
    doc = _doc("Semen Padang FC menundukkan PSPS Riau 3-1 di kandang sendiri. Semen Padang tampil menekan sejak awal. "
               "Gol pembuka lahir pada menit ke-12 lewat Hendra Wijaksono. Setelah itu para pemain Semen Padang makin "
               "leluasa menyerang.")
    assert "Semen Padang" not in names_typed(doc, "Person")


# ------------------------------------------------------------------ suspects named

def test_suspects_counted_with_a_counting_word_are_named_by_the_body_and_listed_after():
    doc = _doc("Penyidik Polres Halmahera Timur menetapkan tiga orang tersangka pembakaran kios, yakni SG, RT dan AB.")
    charged = events_of(doc, "Charge")
    assert charged, doc.events
    assert role_names(doc, charged[0], "agent") == {"Polres Halmahera Timur"}
    assert role_names(doc, charged[0], "patient") == {"SG", "RT", "AB"}


def test_officials_listed_after_a_body_told_again_are_no_members_of_a_body_named_before():
    doc = _doc("Penyidik Bareskrim Polri menetapkan lima tersangka perkara arisan daring, Rabu (2/10/2024).\n\n"
               "Kelima tersangka merupakan petinggi perusahaan itu, yaitu RB selaku pemilik, WTS selaku admin, JN selaku "
               "operator.")
    assert not [t for t in relation_triples(doc) if t[1] == "memberOf" and t[2] == "Bareskrim Polri"]
