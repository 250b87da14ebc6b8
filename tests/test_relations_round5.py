"""Relation readings of round 5 (recall of teams, support, seats and posts on new text), each on a small
document written for these tests."""
from kgtest import pipeline_doc, relation_triples


def _relations(text, former=False):
    return relation_triples(pipeline_doc(text, use_model=True), former)


# ---------------------------------------------------------------- support
def test_an_unnamed_pair_backed_by_two_parties_is_the_pair_named_before():
    rels = _relations("KPU Kabupaten Agam menetapkan pasangan Joko Prasetyo dan Siti Rahmawati sebagai pemenang. "
                      "Pasangan nomor urut 3 yang diusung Partai Gerindra dan didukung Partai NasDem itu meraih "
                      "52 persen suara.")
    for party in ("Partai Gerindra", "Partai NasDem"):
        for person in ("Joko Prasetyo", "Siti Rahmawati"):
            assert (party, "supports", person) in rels
    assert ("Partai NasDem", "supports", "Partai Gerindra") not in rels


def test_the_speakers_party_backs_the_pair_and_a_pair_described_by_its_backer_is_the_pair_named_before():
    rels = _relations("Ketua Umum Partai Hanura Bambang Sutejo hadir di Padang. Bambang menambahkan, partainya "
                      "menyatakan mendukung pasangan Andi Firmansyah dan Lestari Wulan yang diusung PKS. "
                      "\"Hanura memutuskan mendukung pasangan yang diusung PKS,\" ujar Bambang.")
    assert ("Partai Hanura", "supports", "Andi Firmansyah") in rels
    assert ("Partai Hanura", "supports", "Lestari Wulan") in rels
    assert not any(s in ("Partai Hanura", "Hanura") and o in ("PKS", "Partai Keadilan Sejahtera")
                   for s, p, o in rels if p == "supports")
    assert not any(s == "Bambang Sutejo" and p == "supports" for s, p, o in rels)


def test_partainya_without_a_party_of_the_speaker_backs_nothing():
    rels = _relations("Pengamat politik Dedi Kurniawan mengatakan partainya siap mendukung Rina Marlina.")
    assert not any(p == "supports" for s, p, o in rels)


# ---------------------------------------------------------------- teams
def test_a_header_and_the_cross_that_fed_it_give_both_players_the_scoring_team():
    rels = _relations("Arema FC unggul lebih dulu lewat sundulan Fajar Ramadhan pada menit ke-12 "
                      "memanfaatkan umpan silang Dendi Santoso.")
    assert ("Fajar Ramadhan", "playsFor", "Arema FC") in rels
    assert ("Dendi Santoso", "playsFor", "Arema FC") in rels


def test_a_negated_verb_before_a_keepers_title_does_not_deny_the_post():
    rels = _relations("Tendangan Yudi Hartono tidak mampu dijangkau kiper Arema FC Reza Saputra.")
    assert ("Reza Saputra", "playsFor", "Arema FC") in rels


def test_a_players_title_opening_a_sentence_is_of_the_team_the_sentence_before_opens_with():
    rels = _relations("PSM Makassar menyamakan kedudukan pada menit ke-55. Gelandang asal Jepang, Kenta Mori, "
                      "melepaskan tendangan keras yang gagal dihalau bek Bali United.")
    assert ("Kenta Mori", "playsFor", "PSM Makassar") in rels
    assert ("Kenta Mori", "playsFor", "Bali United") not in rels


# ---------------------------------------------------------------- seats
def test_a_company_from_a_country_is_based_there_unless_its_city_is_written():
    rels = _relations("Emiten itu mendapat modal dari investor asal Jepang, Sakura Capital Holdings, pekan lalu.")
    assert ("Sakura Capital Holdings", "basedIn", "Jepang") in rels
    city = _relations("Investor asal Korea Selatan, Hanbit Energy Corp, yang berkantor pusat di Seoul, menarik diri.")
    assert not any(o == "Korea Selatan" for s, p, o in city)
    player = _relations("Pemain asal Jepang, Akane Sato, melaju ke final.")
    assert not any(p == "basedIn" for s, p, o in player)


# ---------------------------------------------------------------- posts
def test_a_deputy_minister_holds_a_post_in_the_ministry():
    rels = _relations("Perwakilan massa diterima Wakil Menteri Perhubungan Hendra Gunawan di Jakarta. "
                      "Wakil Menteri Luar Negeri Sari Utami juga hadir.")
    assert ("Hendra Gunawan", "holdsPosition", "Kementerian Perhubungan") in rels
    assert ("Sari Utami", "holdsPosition", "Kementerian Luar Negeri") in rels


def test_a_boss_written_after_a_name_and_its_age_leads_the_company():
    rels = _relations("Polisi menangkap Benny Halim (52), bos PT Sinar Abadi Makmur, di Medan.")
    assert ("Benny Halim", "leads", "PT Sinar Abadi Makmur") in rels


def test_a_vice_president_without_a_country_after_a_foreign_president_is_of_that_country():
    rels = _relations("Presiden Peru Carlos Mendoza menegaskan tidak akan memecat Wapres Lucia Fernandez.")
    assert ("Lucia Fernandez", "holdsPosition", "Peru") in rels
    assert ("Lucia Fernandez", "holdsPosition", "Indonesia") not in rels


def test_an_acronym_in_brackets_after_a_company_and_a_short_party_name_are_the_full_names():
    rels = _relations("PT Karya Data Nusantara Tbk. (KDNX) membeli saham. Presiden Direktur KDNX Irwan Susilo "
                      "mengatakan hal itu.")
    assert ("Irwan Susilo", "leads", "PT Karya Data Nusantara Tbk.") in rels


def test_an_ambassador_holds_a_post_in_his_countrys_foreign_ministry_and_leads_no_country():
    rels = _relations("Duta Besar RI untuk Yordania Ahmad Fauzi Rahman menyambut rombongan itu di Amman.")
    assert ("Ahmad Fauzi Rahman", "holdsPosition", "Kementerian Luar Negeri") in rels
    assert not any(s == "Ahmad Fauzi Rahman" and p == "leads" for s, p, o in rels)


def test_observers_and_analysts_named_with_their_institution():
    rels = _relations("Pengamat politik dari Universitas Gadjah Mada, Wahyu Nugroho, menilai langkah itu wajar. "
                      "Menurut peneliti Universitas Padjadjaran, Rini Astuti, Bambang harus segera bertindak. "
                      "Analis Sinar Sekuritas, Dewi Kartika, menilai harga saham masih wajar.")
    assert ("Wahyu Nugroho", "memberOf", "Universitas Gadjah Mada") in rels
    assert ("Rini Astuti", "memberOf", "Universitas Padjadjaran") in rels
    assert not any(s == "Bambang" for s, p, o in rels)              # the subject after the apposition
    assert ("Dewi Kartika", "holdsPosition", "Sinar Sekuritas") in rels


def test_the_head_of_an_office_leads_the_body_it_houses_and_a_unit_heads_body_is_its_acronym():
    rels = _relations("Kepala Kantor Basarnas Manado, Yohanes Lumintang, mengatakan pencarian dilanjutkan. "
                      "Kepala Bidang Pembinaan dan Prestasi PBVSI, Agus Salim, menilai hasil itu sesuai target.")
    assert ("Yohanes Lumintang", "leads", "Kantor Basarnas Manado") in rels
    assert ("Agus Salim", "holdsPosition", "PBVSI") in rels


def test_a_spokesperson_of_a_body_named_by_one_word():
    rels = _relations("Juru bicara Kremlin, Sergei Volkov, membantah tuduhan itu.")
    assert ("Sergei Volkov", "holdsPosition", "Kremlin") in rels


def test_a_name_missed_before_an_age_and_a_head_named_new():
    rels = _relations("Pelarian Hendra Gunadi (51), bos PT Sumber Rejeki Abadi, berakhir di Bandara Kualanamu. "
                      "Direktur Utama Bank Nusantara Sejahtera yang baru, Fajar Wicaksono, hadir di kantor "
                      "PT Bank Nusantara Sejahtera Tbk.")
    assert ("Hendra Gunadi", "leads", "PT Sumber Rejeki Abadi") in rels
    assert ("Fajar Wicaksono", "leads", "PT Bank Nusantara Sejahtera Tbk") in rels


def test_a_goal_with_words_before_the_scorer_and_a_team_opening_a_later_clause():
    rels = _relations("Arema FC berhasil mengalahkan Dewa United lewat gol semata wayang Yoga Pratama pada menit akhir, "
                      "Madura United juga menang lewat gol tunggal Fikri Alamsyah ke gawang Persita Tangerang.")
    assert ("Yoga Pratama", "playsFor", "Arema FC") in rels
    assert ("Fikri Alamsyah", "playsFor", "Madura United") in rels
    assert ("Fikri Alamsyah", "playsFor", "Arema FC") not in rels


def test_a_body_noun_after_a_persons_apposition_gives_the_seat_to_the_body_named_before():
    rels = _relations("CEO Persiba Balikpapan, Arif Rahman, memastikan klub tetap berkandang di Stadion Batakan.")
    assert ("Persiba Balikpapan", "basedIn", "Stadion Batakan") in rels
    assert not any(s == "Arif Rahman" and p == "basedIn" for s, p, o in rels)


def test_an_office_on_a_street_of_a_city_places_the_body_in_both():
    rels = _relations("Nasabah berunjuk rasa di depan kantor PT Cahaya Niaga Abadi di Jalan Pemuda, Semarang, pada Juni.")
    assert ("PT Cahaya Niaga Abadi", "basedIn", "Jalan Pemuda") in rels
    assert ("PT Cahaya Niaga Abadi", "basedIn", "Semarang") in rels


def test_a_body_named_with_a_short_province_is_also_named_with_the_full_one():
    doc = pipeline_doc("Direktur Reskrimsus Polda Jateng Kombes Pol Hendra Wibowo menuturkan hal itu.", use_model=True)
    polda = next(e for e in doc.entities.values() if e.name == "Polda Jateng")
    assert "Polda Jawa Tengah" in polda.aliases
    assert ("Hendra Wibowo", "holdsPosition", "Polda Jateng") in relation_triples(doc)


def test_judges_with_no_court_written_sit_in_the_court_named_before_not_the_company_on_trial():
    rels = _relations("Pengadilan Negeri Medan memvonis Direktur PT Tirta Kencana Abadi. \"Terdakwa bersalah,\" kata "
                      "Hakim Ketua Suryadi Lubis saat membacakan putusan. Hakim anggota Lestiani Purba berbeda pendapat.")
    assert ("Suryadi Lubis", "holdsPosition", "Pengadilan Negeri Medan") in rels
    assert ("Lestiani Purba", "holdsPosition", "Pengadilan Negeri Medan") in rels
    assert not any(o == "PT Tirta Kencana Abadi" and s in ("Suryadi Lubis", "Lestiani Purba") for s, p, o in rels)


def test_a_company_written_without_its_legal_form_after_a_title_and_a_name_after_its_ticker():
    rels = _relations("PT Sinar Cakra Digital Tbk (SCDT) membeli saham. Direktur Utama Sinar Cakra Digital Hendra Salim "
                      "mengatakan hal itu. Sekretaris Perusahaan SCDT Melati Kusumawardhani menjelaskan.")
    assert ("Hendra Salim", "leads", "PT Sinar Cakra Digital Tbk") in rels
    assert ("Melati Kusumawardhani", "holdsPosition", "PT Sinar Cakra Digital Tbk") in rels


def test_a_body_named_after_a_region_the_article_never_names_alone_is_based_there():
    rels = _relations("Kapolres Metro Jakarta Utara Kombes Ardi Putra mengatakan hal itu. "
                      "Pemerintah Kabupaten Aceh Tamiang menetapkan status darurat.")
    assert ("Polres Metro Jakarta Utara", "basedIn", "Jakarta Utara") in rels
    assert ("Pemerintah Kabupaten Aceh Tamiang", "basedIn", "Kabupaten Aceh Tamiang") in rels


def test_a_second_post_after_a_slash_and_an_unclosed_bracket_are_no_part_of_the_ministry():
    rels = _relations("Menteri Perdagangan/Kepala Badan Pangan Nasional Rudi Santosa meninjau pasar. Menteri "
                      "Koordinator Bidang Pangan dan Pertanian (Menko Pangtan) Dewi Kartika hadir.")
    assert ("Rudi Santosa", "leads", "Kementerian Perdagangan") in rels
    objects = {o for _, _, o in rels}
    assert not any("/" in o or "(" in o for o in objects)
    assert "Kementerian Koordinator Bidang Pangan dan Pertanian" in objects
