"""Entities on page-shaped texts written for these tests after the layouts of real Indonesian news
pages (degrees after names, Malay styles, East Asian names, foreign words, officials' lists with
regions), through the whole pipeline with the shipped model."""
from kgtest import named_entities, pipeline_doc


def _entities(text):
    doc = pipeline_doc(text, use_model=True)
    return doc, named_entities(doc)


def _names(found):
    return {n for n, _ in found}


def test_a_degree_after_a_name_is_not_part_of_it_and_never_a_name():
    _, found = _entities(
        "Warga Tawuran di Kuansing, 11 Orang Jadi Tersangka\n\n"
        "TELUK KUANTAN - Kapolres Kuansing AKBP Wendry Purbyantoro SH telah mengeluarkan surat perintah "
        "penangkapan terhadap sebelas tersangka. Tim penangkapan langsung dipimpin Wakapolres Kompol "
        "Haldun SH MH. Acara itu juga dihadiri Gubernur Riau Dr. H. Abdul Wahid Syahputra, M.Si., "
        "dan Rektor Universitas Riau Prof. Dr. Budi Hartono, S.H., M.H. di Pekanbaru.")
    persons = {n for n, t in found if t == "Person"}
    assert {"Wendry Purbyantoro", "Haldun"} <= persons
    assert not any(n.endswith(d) for n in _names(found) for d in (" SH", " MH", "M.Si.", "S.H.", "M.H.", "Prof.", "Dr."))
    assert not _names(found) & {"SH", "MH", "M.Si.", "S.H.", "M.H."}
    assert ("Universitas Riau", "Organization") in found


def test_malay_styles_and_abbreviated_ranks_are_titles_not_names():
    doc, found = _entities(
        "Presiden menerima Menteri Luar Negeri (Menlu) Malaysia Dato’ Seri Diraja Zambry Abdul Kadir di "
        "Istana Merdeka, Jakarta, Jumat.\n\n"
        "Sebelumnya Tan Sri Muhyiddin Yassin tiba di Bandara Soekarno-Hatta. Sementara itu, juru bicara "
        "militer Israel, Lt Col Avital Leibovich, menyatakan operasi itu terbatas.")
    persons = {n for n, t in found if t == "Person"}
    assert {"Zambry Abdul Kadir", "Muhyiddin Yassin", "Avital Leibovich"} <= persons
    assert ("Malaysia", "Place") in found
    assert not any(w in n for n in persons for w in ("Dato", "Tan Sri", "Lt Col", "Negeri"))
    titles = {m.text: m.title for m in doc.mentions if m.type == "Person"}
    assert titles["Muhyiddin Yassin"] == "Tan Sri"


def test_east_asian_family_names_make_a_person():
    _, found = _entities(
        "Hanoi (ANTARA) - Perdana Menteri Vietnam Pham Minh Chinh dilantik menggantikan Nguyen Xuan Phuc "
        "yang kini menjabat presiden. Dalam kunjungan itu Wang Yi dan Li Qiang juga bertemu pelatih "
        "Kim Sang-sik di Hanoi, Vietnam.")
    persons = {n for n, t in found if t == "Person"}
    assert {"Pham Minh Chinh", "Nguyen Xuan Phuc", "Wang Yi", "Li Qiang", "Kim Sang-sik"} <= persons
    assert ("Hanoi", "Place") in found


def test_an_ambassadors_country_after_untuk_is_not_part_of_the_name():
    _, found = _entities(
        "Dalam pertemuan itu, Menlu didampingi Duta Besar RI untuk Vietnam Rangga Kusumawardana Putra dan "
        "sejumlah pejabat Kementerian Luar Negeri di Hanoi.")
    assert ("Rangga Kusumawardana Putra", "Person") in found
    assert not any("Kusumawardana" in n for n, t in found if t != "Person")


def test_ordinary_foreign_words_are_not_entities():
    _, found = _entities(
        "Kerja sama itu dituangkan dalam Letter of Intent yang ditandatangani di Jakarta, Senin. "
        "\"Gracias,\" kata pembalap Marc Marquez kepada wartawan. Seperti dilaporkan BBC News, rupiah "
        "menguat karena growth bagus.")
    names = _names(found)
    assert not names & {"Letter of Intent", "Gracias", "News"}
    assert ("Jakarta", "Place") in found


def test_suspects_initials_with_ages_are_not_bodies():
    _, found = _entities(
        "\"Keempat pemuda ditangkap tim patroli, yakni MD, 16, SIBS, 20, RN, 20, dan FZR, 24,\" kata "
        "Kapolres Metro Jakarta Selatan Kombes Nicolas Ary Lilipaly di Jakarta, Sabtu.")
    assert {"MD", "SIBS", "RN", "FZR"} <= {n for n, t in found if t == "Person"}   # people, by their initials
    assert ("Nicolas Ary Lilipaly", "Person") in found


def test_a_region_after_an_officials_unit_ends_where_the_officials_name_starts():
    _, found = _entities(
        "BANJARNEGARA - Longsor melanda lima kecamatan. Kepala Bidang Kedaruratan dan Logistik BPBD "
        "Kabupaten Banjarnegara Andri Sulistyo mengatakan, pengungsi mencapai 45 keluarga. Kepala Bidang "
        "Kedaruratan BPBD Kabupaten Bogor M Adam Hamdani di Cibinong membenarkan hal itu.\n"
        "Warga Desa Suka Maju Jaya juga mengungsi.")
    persons = {n for n, t in found if t == "Person"}
    assert {"Andri Sulistyo", "M Adam Hamdani"} <= persons
    places = {n for n, t in found if t == "Place"}
    assert {"Kabupaten Banjarnegara", "Kabupaten Bogor", "Desa Suka Maju Jaya"} <= places
    # each official's body is the regional BPBD their title names
    assert {("BPBD Kabupaten Banjarnegara", "Organization"), ("BPBD Kabupaten Bogor", "Organization")} <= found


def test_day_words_trail_no_name_read_from_a_title():
    from kg.stages.entity_names import _cut
    drop, length = _cut("Gedung DPR Hari Ini")
    assert "Gedung DPR Hari Ini"[drop:drop + length] == "Gedung DPR"
    drop, length = _cut("Gedung DPR Jum'at")
    assert "Gedung DPR Jum'at"[drop:drop + length] == "Gedung DPR"


def test_a_known_outlet_is_not_fused_with_the_name_after_it_and_a_spokesperson_is_not_his_office():
    _, found = _entities(
        "Mereka adalah Redaktur Pelaksana Harian Kompas Budiman Tanuredjo dan pimpinan media lain.\n"
        "Juru bicara CENTCOM, Kapten Laura Whitfield-Moreno, menyebut dua drone ditembak jatuh di atas "
        "Laut Merah.")
    orgs = {n for n, t in found if t == "Organization"}
    assert "Kompas" in orgs   # the gazetteer's name for "Harian Kompas"
    assert not any("Budiman" in n for n in orgs)
    assert ("Laura Whitfield-Moreno", "Person") in found
    assert ("CENTCOM", "Person") not in found


def test_an_analysts_firm_ends_at_its_company_word_and_a_board_is_not_its_bank():
    _, found = _entities(
        "Jakarta (ANTARA) - IHSG ditutup menguat. \"Sentimen positif,\" kata analis Foster Asset Management "
        "Riki Adi Saputra di Jakarta, Selasa. Bank Indonesia (BI) mengumumkan keputusan Rapat Dewan Gubernur "
        "Bank Indonesia untuk menahan suku bunga, sedangkan Bank Dunia mencatat Gross National Income "
        "Indonesia naik.")
    assert ("Riki Adi Saputra", "Person") in found
    assert ("Foster Asset Management", "Organization") in found
    assert not any(t == "Person" and "Bank" in n for n, t in found)
    assert "Gross National Income" not in _names(found)


def test_village_officials_in_a_list_and_a_portfolio_sub_unit_are_not_entities():
    _, found = _entities(
        "\"Jadi tolong disampaikan ke kepala desa, camat, Babinsa, Bhabinkamtibmas, Polsek dan seterusnya,\" "
        "ujar Kepala BNPB Suharyanto di Jakarta. Kepala Bidang Kedaruratan dan Logistik BPBD Banjarnegara, "
        "Raib Syekhudin, menyampaikan hal itu.")
    assert not _names(found) & {"Babinsa", "Bhabinkamtibmas", "Polsek", "Bidang Kedaruratan"}
    assert ("Raib Syekhudin", "Person") in found


def test_a_post_in_a_title_cased_headline_names_nobody_and_a_style_read_from_a_title_is_cut():
    _, found = _entities(
        "Presiden Jokowi Terima Menteri Luar Negeri Malaysia di Istana Merdeka\n\n"
        "Presiden Joko Widodo menerima Menteri Luar Negeri (Menlu) Malaysia Dato’ Seri Diraja Zambry Abdul "
        "Kadir di Istana Merdeka, Jakarta, Jumat. Menurut Retno, dalam pertemuan tersebut Menlu Malaysia "
        "Dato’ Seri Zambry menyampaikan dukungan kepada Indonesia.")
    persons = {n for n, t in found if t == "Person"}
    assert "Zambry Abdul Kadir" in persons
    assert not any("Negeri" in n or "Dato" in n or n == "Zambry" for n in persons)
    assert not any(n == "Jokowi" and t != "Person" for n, t in found)


def test_a_caption_word_glued_by_a_hyphen_is_no_part_of_a_name_nor_a_dash_of_the_outlet():
    doc, found = _entities(
        "Yahya Saree selaku juru bicara militer Houthi Yaman-tangkapan layar-\n\n"
        "JAKARTA, DISWAY.ID-- Kelompok Houthi menargetkan dua kapal di Laut Merah, kata Yahya Saree. "
        "Pelatih Kim Sang-sik dan Kang Min-seok tiba di Hanoi.")
    names = _names(found)
    assert not any("tangkapan" in n for n in names)
    assert doc.text[slice(*doc.publisher_span)] == "DISWAY.ID"
    assert {"Yahya Saree", "Kim Sang-sik", "Kang Min-seok"} <= {n for n, t in found if t == "Person"}


def test_a_bodys_acronym_with_its_region_is_one_organization():
    _, found = _entities(
        "Bupati menetapkan status tanggap darurat atas rekomendasi BPBD Kabupaten Bandung dan meminta "
        "DPRD Provinsi Jawa Barat mengawasi anggaran.")
    orgs = {n for n, t in found if t == "Organization"}
    assert {"BPBD Kabupaten Bandung", "DPRD Provinsi Jawa Barat"} <= orgs
    assert "BPBD" not in orgs


def test_a_rate_facility_is_not_a_person():
    _, found = _entities(
        "Jakarta, CNN Indonesia -- Bank Indonesia menahan suku bunga acuan di level 5,75 persen. Suku bunga "
        "Deposit Facility tetap 5 persen dan Lending Facility 6,5 persen.")
    assert not any("Facility" in n for n in _names(found))


def test_an_inline_teaser_ends_before_a_one_word_subject_after_an_ordinary_title_word():
    doc, found = _entities(
        "Bupati Aceh Timur, Ridwan Mahmudi Nurdin, mengapresiasi pengungkapan tersebut. Ia mengakui garis "
        "pantai yang panjang kerap dimanfaatkan penyelundup. Baca Juga: Nelayan Aceh Diminta Waspada Modus "
        "Kapal Penampung Narkoba Ridwan berjanji menggandeng para panglima laot untuk memperketat pengawasan.")
    assert not any("Narkoba" in n for n in _names(found))
    teaser = next((s, e) for s, e, why in doc.removed if why == "teaser")
    assert doc.text[teaser[0]:teaser[1]].rstrip().endswith("Narkoba")


def test_an_english_title_at_a_firm_gives_the_firm():
    _, found = _entities(
        "Senada, Senior Economist at Samuel Sekuritas Indonesia, Fikri Aldiansyah Permana, mengatakan pasar "
        "sudah memperkirakan keputusan tersebut.")
    assert ("Samuel Sekuritas Indonesia", "Organization") in found
    assert ("Fikri Aldiansyah Permana", "Person") in found


def test_two_companies_joined_by_dan_after_a_company_suffix_are_two():
    _, found = _entities("Vaksin COVID-19 dari Pfizer Inc dan BioNTech dikabarkan efektif 90 persen, kata "
                         "analis di Jakarta, Selasa.")
    orgs = {n for n, t in found if t == "Organization"}
    assert "BioNTech" in orgs and not any(" dan " in n for n in orgs)


def test_a_cited_outlet_is_an_organization_and_dutch_particles_join_a_name():
    _, found = _entities(
        "BOLASPORT.COM - Dilansir dari Sportbible, Keane menyebut permainan Manchester United membosankan. "
        "Perubahan yang dilakukan pelatih United, Erik ten Hag, membuahkan hasil. \"Kami pantas mendapat "
        "satu poin,\" katanya kepada BT Sport usai laga.")
    assert {("Sportbible", "Organization"), ("BT Sport", "Organization"), ("Erik ten Hag", "Person")} <= found
    assert ("Keane", "Place") not in found


def test_a_sentence_adverb_before_a_name_is_not_part_of_it():
    _, found = _entities(
        "Sebelumnya Arema FC menang 3-1 atas Madura United di Malang. Kemudian Persib Bandung bertanding "
        "di Bandung. Sementara Bank Indonesia menahan suku bunga acuan.")
    assert {("Arema FC", "Organization"), ("Persib Bandung", "Organization"),
            ("Bank Indonesia", "Organization")} <= found
    assert not any(n.split()[0] in ("Sebelumnya", "Kemudian", "Sementara") for n in _names(found))


def test_a_name_followed_by_an_age_in_brackets_is_a_person():
    _, found = _entities(
        "Sepeda motor yang dikendarai Sutrisno (40) ditabrak truk di Desa Sukamaju. Pengemudi truk, "
        "Wagimin (45), warga Desa Bulu, selamat, sedangkan penumpangnya Siti Rohmah (17) dirawat.")
    assert {("Sutrisno", "Person"), ("Wagimin", "Person"), ("Siti Rohmah", "Person")} <= found
    assert ("Desa Bulu", "Place") in found


def test_a_vehicle_make_and_model_is_no_entity():
    _, found = _entities(
        "Sepeda motor Honda Beat bernopol AB 1234 CD ditabrak mobil Toyota Avanza di Jalan Raya Wates, "
        "lalu truk Mitsubishi Fuso berhenti di belakangnya.")
    assert not _names(found) & {"Honda Beat", "Toyota Avanza", "Mitsubishi Fuso", "Honda", "Toyota"}


def test_middle_initials_stay_inside_the_name():
    _, found = _entities(
        "Menlu Dewi L. P. Kartikasari bertemu Presiden George W. Bush, sedangkan Sekda Kalteng Herson B. "
        "Aden menunggu di Palangka Raya.")
    persons = {n for n, t in found if t == "Person"}
    assert {"Dewi L. P. Kartikasari", "George W. Bush", "Herson B. Aden"} <= persons
    assert ("Bush", "Place") not in found


def test_a_score_is_not_part_of_a_club():
    _, found = _entities(
        "Persib Bandung mengalahkan Semen Padang 2-0 di Bandung, sedangkan Arema FC ditahan Madura United "
        "1-1 di Malang.")
    assert {("Semen Padang", "Organization"), ("Madura United", "Organization")} <= found
    assert not any(n.endswith(("2-0", "1-1")) for n in _names(found))


def test_a_portfolio_joined_by_dan_kerja_sama_still_gives_the_country_and_the_minister():
    _, found = _entities(
        "Menteri Luar Negeri dan Kerja Sama Timor Leste Adelino Ximenes Soares bertemu Menteri Hubungan "
        "Internasional Brasil Mauro Teixeira di Jakarta.")
    assert {("Adelino Ximenes Soares", "Person"), ("Mauro Teixeira", "Person"), ("Timor Leste", "Place"),
            ("Brasil", "Place")} <= found


def test_a_short_rank_after_a_police_unit_starts_a_person_and_a_title_inside_an_office_is_no_person():
    _, found = _entities(
        "\"Kami masih mendalami motifnya,\" kata Kabid Humas Polda Metro Jaya Kombes Arif Wicaksana "
        "Putra. Sementara itu tamu negara diterima di Kantor Wakil Presiden Jakarta pukul 13.30 WIB.")
    assert ("Arif Wicaksana Putra", "Person") in found
    assert not any(n.startswith(("Presiden", "Wakil")) for n, t in found if t == "Person")


def test_a_place_written_before_its_province_without_a_comma_is_two_places():
    _, found = _entities(
        "Proyek gasifikasi itu dibangun di Muara Enim Sumatera Selatan. Banjir juga melanda Kota Banda Aceh "
        "dan Kepulauan Riau.")
    assert {("Muara Enim", "Place"), ("Sumatera Selatan", "Place"), ("Kota Banda Aceh", "Place"),
            ("Kepulauan Riau", "Place")} <= found
    assert "Muara Enim Sumatera Selatan" not in _names(found)


def test_a_name_that_is_also_a_word_is_a_person_before_an_age_inside_a_sentence():
    _, found = _entities(
        "TEGAL - Polisi menangkap Ali (37) dan Sari (30) di rumahnya, Sabtu. Pelaku (25) lain masih "
        "dicari.")
    assert {("Ali", "Person"), ("Sari", "Person")} <= found
    assert "Pelaku" not in _names(found)


def test_a_foreign_minister_sharing_a_family_name_with_a_known_person_is_not_that_person():
    doc, found = _entities(
        "Menlu Sugiono menerima kunjungan Menteri Luar Negeri dan Kerja Sama Timor Leste Marcelino "
        "Ximenes Guterres di Jakarta, Rabu. Menlu Guterres menyampaikan terima kasih.")
    assert ("Marcelino Ximenes Guterres", "Person") in found
    assert "Antonio Guterres" not in _names(found)
    guterres = next(e for e in doc.entities.values() if e.name == "Marcelino Ximenes Guterres")
    assert len(guterres.mentions) == 2


def test_a_town_name_with_an_age_is_a_person_and_initials_after_a_suspect_noun_no_country():
    _, found = _entities(
        "Warga Bentrok, Rumah Dibakar\n\n"
        "GARUT - Polisi menangkap Hendra (35), warga Desa Sukamulya, Kecamatan Cikajang. Ia diduga "
        "menganiaya Reno (41), tetangganya, Jumat (4/4). Pelaku AS kemudian dibawa ke Polres Garut.")
    assert {("Reno", "Person"), ("Hendra", "Person")} <= found
    assert not any(n in ("Reno", "AS", "Amerika Serikat") and t == "Place" for n, t in found)


def test_a_region_defined_by_its_short_form_after_a_regional_title_is_one_place():
    _, found = _entities(
        "Adik Bupati Musi Rawas Utara (Muratara), Sumatera Selatan, tewas dianiaya dua orang di "
        "Desa Belani, Selasa (5/9).")
    assert ("Musi Rawas Utara", "Place") in found
    assert not {n for n, _ in found} & {"Musi", "Rawas Utara"}


def test_a_nickname_in_quotes_is_an_alias_of_the_name_around_it_and_coordinates_are_no_places():
    doc, found = _entities(
        "Tim besutan Sergio “Chico” Monteiro itu kini memimpin klasemen. Menurut Chico, timnya solid. "
        "Gempa berpusat di 8,12 derajat Lintang Selatan dan 114,20 derajat Bujur Timur, 10 kilometer "
        "barat daya Jember.")
    assert ("Sergio Monteiro", "Person") in found
    coach = next(e for e in doc.entities.values() if e.name == "Sergio Monteiro")
    assert {"Chico", "Sergio “Chico” Monteiro"} <= coach.aliases
    assert not {n for n, _ in found} & {"Lintang Selatan", "Bujur Timur", "Monteiro", "Sergio", "Chico"}
    assert not [n for n, _ in found if n[:1].isdigit()]   # "berpusat di 8,12 derajat": no place
    assert ("Jember", "Place") in found


def test_consulates_and_embassies_are_named_bodies():
    _, found = _entities(
        "Menteri itu meresmikan Konsulat Jenderal Australia di Makassar, sehari setelah bertemu staf "
        "Kedutaan Besar Jepang di Jakarta.")
    assert {("Konsulat Jenderal Australia", "Organization"), ("Kedutaan Besar Jepang", "Organization")} <= found


def test_ordinary_words_of_a_title_cased_headline_are_no_place_listed_after_a_place():
    _, found = _entities(
        "Bus Terguling di Brebes, Dua Penumpang Tewas dan Lima Luka\n\n"
        "BREBES - Sebuah bus terguling di Desa Kaligangsa, Kecamatan Brebes, Senin (7/4).")
    assert ("Brebes", "Place") in found
    assert not [n for n, _ in found if "Tewas" in n or "Penumpang" in n]


def test_lines_of_a_cabinet_list_without_list_marks_name_the_ministers():
    doc, found = _entities(
        "Presiden melantik menteri baru di Istana Negara, Jakarta, Senin (8/9/2025). Berikut daftarnya:\n"
        "Menteri Keuangan: Bramantyo Adi Kusumo\n"
        "Menteri Perlindungan Pekerja Migran Indonesia: Sumarwoto\n"
        "Wakil Menteri Haji dan Umrah: Rusdianto Halim\n"
        "Menteri Keuangan: Ekonomi Tumbuh Lima Persen")
    persons = {n for n, t in found if t == "Person"}
    assert {"Bramantyo Adi Kusumo", "Sumarwoto", "Rusdianto Halim"} <= persons
    assert not persons & {"Haji", "Ekonomi Tumbuh Lima Persen", "Ekonomi"}
    titles = {m.text: m.title for m in doc.mentions if m.type == "Person"}
    assert titles["Sumarwoto"] == "Menteri Perlindungan Pekerja Migran Indonesia"
    posts = {(doc.entities[r.subject].name, r.predicate, doc.entities[r.object].name) for r in doc.relations
             if r.subject in doc.entities and r.object in doc.entities}
    assert ("Bramantyo Adi Kusumo", "leads", "Kementerian Keuangan") in posts   # no colon in the body's name


def test_short_forms_of_party_posts_are_titles():
    doc, found = _entities(
        "“Itu hak prerogatif presiden,” kata Wasekjen NasDem Hermawan Tasrif kepada wartawan. Ketum "
        "Partai Golkar Bahrul Lamadi dan Ibu Negara Sulastri juga hadir.")
    persons = {n for n, t in found if t == "Person"}
    assert {"Hermawan Tasrif", "Bahrul Lamadi", "Sulastri"} <= persons
    assert not [n for n, t in found if t == "Place" and n in ("Hermawan Tasrif", "Sulastri")]
    posts = {(doc.entities[r.subject].name, r.predicate) for r in doc.relations if r.subject in doc.entities}
    assert ("Hermawan Tasrif", "holdsPosition") in posts and ("Bahrul Lamadi", "leads") in posts


def test_a_party_named_with_ordinary_words_ends_where_the_person_after_its_title_starts():
    _, found = _entities(
        "Presiden Partai Buruh Sahid Ikbar turut berorasi. Kepala Otorita Ibu Kota Nusantara Raden "
        "Wiratmo Sastrodiharjo hadir bersama Ketua DPD Partai Demokrat Sulawesi Selatan Andi Irwan Mappasessu.")
    assert {("Partai Buruh", "Organization"), ("Sahid Ikbar", "Person")} <= found
    assert {("Raden Wiratmo Sastrodiharjo", "Person"), ("Andi Irwan Mappasessu", "Person")} <= found


def test_a_ticket_of_two_full_names_joined_by_a_hyphen_is_two_people_without_a_cue():
    _, found = _entities(
        "Mahkamah Konstitusi menolak gugatan dari Bambang Sutrisno-Hasan Basri, Senin (22/4/2024). "
        "Pelatih Jean-Pierre Lamont dan Kapten Laura Whitfield-Moreno hadir.")
    persons = {n for n, t in found if t == "Person"}
    assert {"Bambang Sutrisno", "Hasan Basri", "Jean-Pierre Lamont", "Laura Whitfield-Moreno"} <= persons
    assert not [n for n in persons if "Sutrisno-" in n]


def test_a_headline_ending_with_a_title_and_its_region_builds():
    _, found = _entities("Kapolri tunjuk Irjen Wahyu Pramono jadi Kapolda Jawa Barat\n\n"
                         "Irjen Wahyu Pramono resmi dilantik di Jakarta.")
    assert ("Wahyu Pramono", "Person") in found
