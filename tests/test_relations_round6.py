"""Relation readings of round 6 (whole articles written like real pages: short names, acronyms, ranks,
anaphoric titles, doubles pairs, capitals, press releases), each on a small document written for these tests."""
from kgtest import entity_name, pipeline_doc, relation_triples


def _doc(text):
    return pipeline_doc(text, use_model=True)


def _relations(text, former=False):
    return relation_triples(_doc(text), former)


def _names(doc, name):
    """Every name (name and alternate names) of the entity called name."""
    e = next(e for e in doc.entities.values() if e.name == name)
    return {e.name} | e.aliases


# ---------------------------------------------------------------- names the article writes short
def test_a_team_written_short_keeps_that_name_on_the_full_team():
    doc = _doc("Persija Jakarta menang 3-1 atas Dewa United di Stadion Patriot, Bekasi, Minggu. Striker Persija, "
               "Rendi Kurniawan, mencetak dua gol.")
    assert ("Rendi Kurniawan", "playsFor", "Persija Jakarta") in relation_triples(doc)
    assert "Persija" in _names(doc, "Persija Jakarta")


def test_an_acronym_of_a_company_is_an_alternate_name_of_it():
    doc = _doc("Bantuan dari PT Karya Mandiri Sejahtera tiba di Demak, Selasa. Direktur Utama KMS Andika Pratama "
               "menyerahkan bantuan itu.")
    assert ("Andika Pratama", "leads", "PT Karya Mandiri Sejahtera") in relation_triples(doc)
    assert "KMS" in _names(doc, "PT Karya Mandiri Sejahtera")


def test_a_branch_written_alone_is_no_alternate_name_of_one_branch():
    doc = _doc("Sebanyak 12 DPD kabupaten hadir dalam musyawarah itu. Ketua DPD Golkar Jatim Hartono Sasmita "
               "membuka acara.")
    assert ("Hartono Sasmita", "leads", "DPD Golkar Jatim") in relation_triples(doc)
    assert "DPD" not in _names(doc, "DPD Golkar Jatim")


def test_a_persons_last_name_that_is_also_a_title_word_stays_in_the_name():
    rels = _relations("Sementara itu, pelatih Persita Tangerang Rafael Mendes menyesalkan keputusan wasit. "
                      "\"Kami kalah karena kartu merah,\" kata Mendes.")
    assert ("Rafael Mendes", "leads", "Persita Tangerang") in rels


# ---------------------------------------------------------------- posts
def test_title_rows_of_round_6():
    rels = _relations("Menteri Sekretaris Negara Hadi Prasetyo membacakan keputusan itu. Koordinator Kemanusiaan "
                      "PBB untuk Yaman, Ingrid Solberg, mengecam serangan tersebut.")
    assert ("Hadi Prasetyo", "leads", "Kementerian Sekretariat Negara") in rels
    assert any(s == "Ingrid Solberg" and p == "holdsPosition" and o in ("PBB", "Perserikatan Bangsa-Bangsa")
               for s, p, o in rels)


def test_a_post_held_before_is_written_after_the_unit():
    doc = _doc("AKBP Yusuf Hakim resmi menggantikan Kapolres Bogor sebelumnya, AKBP Hendra Gunawan, yang dimutasi "
               "ke Polda Jawa Barat.")
    assert ("Hendra Gunawan", "leads", "Polres Bogor") in relation_triples(doc, former=True)
    assert ("Hendra Gunawan", "leads", "Polres Bogor") not in relation_triples(doc)


def test_a_rank_after_a_hospitals_head_word_is_part_of_its_name():
    rels = _relations("Direktur Utama RSUP Dr Kariadi Semarang menyambut kunjungan menteri.")
    assert not any(s.startswith("Kariadi") for s, p, o in rels)


def test_a_name_the_recogniser_left_after_a_rank_ends_the_clause():
    rels = _relations("\"Arus lalu lintas kami alihkan ke jalur alternatif,\" ujar Dirlantas Polda Jawa Timur "
                      "Kombes Bagus Wicaksono.")
    assert ("Bagus Wicaksono", "holdsPosition", "Polda Jawa Timur") in rels


def test_dan_before_the_next_person_ends_the_unit_and_each_name_keeps_its_own_post():
    rels = _relations("Keduanya adalah Rina Maharani sebagai Wakil Menteri Pertanian dan Yoga Saputra sebagai "
                      "Wakil Menteri Pariwisata/Wakil Kepala Badan Pariwisata.")
    assert ("Rina Maharani", "holdsPosition", "Kementerian Pertanian") in rels
    assert ("Yoga Saputra", "holdsPosition", "Kementerian Pariwisata") in rels
    assert ("Yoga Saputra", "holdsPosition", "Kementerian Pertanian") not in rels
    assert ("Yoga Saputra", "holdsPosition", "Badan Pariwisata") in rels


def test_a_bare_title_is_no_body_and_a_year_after_a_body_leaves_it():
    rels = _relations("Presiden Prabowo Subianto mengumpulkan para ketua umum partai di Istana Merdeka, Jakarta.\n\n"
                      "Istana belum memberi keterangan resmi. Juru Bicara Presiden, Mega Lestari, menyebut pertemuan "
                      "berlangsung hangat. Menteri Luar "
                      "Negeri Malaysia selaku Ketua ASEAN 2025, Aziz Rahman, meminta kedua pihak menahan diri.")
    assert not any(s == "Mega Lestari" for s, p, o in rels)
    assert ("Aziz Rahman", "leads", "ASEAN") in rels


def test_a_title_with_its_unit_and_itu_stands_for_the_person_named_before():
    rels = _relations("Sementara itu, Heru Santoso membantah dirinya mundur karena ditekan. Menurut mantan Ketua "
                      "DPD Partai Hanura Kabupaten Klaten itu, keputusannya murni pribadi.", former=True)
    assert ("Heru Santoso", "leads", "DPD Partai Hanura Kabupaten Klaten") in rels


def test_a_title_anaphor_with_no_person_before_reads_nothing():
    rels = _relations("Anggota Komisi V DPR itu menjadi calon tunggal dalam musyawarah daerah.")
    assert not any(p in ("memberOf", "holdsPosition", "leads") for s, p, o in rels)


# ---------------------------------------------------------------- doubles pairs
def test_a_doubles_pair_read_as_one_name_is_two_players_of_the_side():
    rels = _relations("Di semifinal, mereka menyingkirkan ganda Korea Selatan Lee Min-jun/Choi Woo-sik dua gim "
                      "langsung. Pasangan ganda campuran Thailand, Somchai Rattanakul/Kanya Srisuk, tersingkir.")
    assert ("Lee Min-jun", "playsFor", "Korea Selatan") in rels
    assert ("Choi Woo-sik", "playsFor", "Korea Selatan") in rels
    assert ("Somchai Rattanakul", "playsFor", "Thailand") in rels
    assert ("Kanya Srisuk", "playsFor", "Thailand") in rels


def test_asal_before_a_country_is_an_origin_not_a_side():
    rels = _relations("Di final ia akan menghadapi unggulan pertama asal Jepang, Yuki Tanabe.")
    assert not any(o == "Jepang" and p == "playsFor" for s, p, o in rels)


# ---------------------------------------------------------------- capitals
def test_a_name_the_text_calls_a_capital_is_a_place():
    rels = _relations("Banjir merendam Kendari, ibu kota Sulawesi Tenggara, Senin. Serangan menghantam pasar di "
                      "Maiduguri, ibu kota negara bagian Borno, Nigeria.")
    assert ("Kendari", "capitalOf", "Sulawesi Tenggara") in rels
    assert ("Maiduguri", "capitalOf", "Borno") in rels


def test_an_island_after_di_holds_a_town_or_a_building():
    rels = _relations("Gempa terasa hingga Kota Bima di Pulau Sumbawa. Kapal menuju Pelabuhan Kangean di Pulau "
                      "Kangean, Kabupaten Sumenep.")
    assert ("Kota Bima", "containedInPlace", "Pulau Sumbawa") in rels
    assert ("Pelabuhan Kangean", "containedInPlace", "Pulau Kangean") in rels
    assert ("Pulau Kangean", "containedInPlace", "Kabupaten Sumenep") in rels


def test_an_organization_before_ibu_kota_is_no_capital():
    rels = _relations("Pemerintah Kota Pekanbaru, ibu kota Riau, menggelar rapat banjir.")
    assert not any(p == "capitalOf" and s.startswith("Pemerintah") for s, p, o in rels)


# ---------------------------------------------------------------- sources
def test_a_press_release_of_a_body_after_a_source_cue_is_the_articles_source():
    doc = _doc("\"Kami bersyukur,\" kata Rendra seusai laga, seperti dikutip dari rilis PSSI.")
    assert any(r.predicate == "wasDerivedFrom" and entity_name(doc, r.object) == "PSSI" for r in doc.relations)


def test_a_title_with_no_body_and_a_comma_is_no_membership_of_the_body_named_before():
    rels = _relations("Rapat paripurna DPRD Klaten digelar Senin. Jabatan itu kosong sejak Januari setelah Wakil "
                      "Bupati sebelumnya, Sutopo Raharjo, meninggal dunia.")
    assert not any(s == "Sutopo Raharjo" and o.startswith("DPRD") for s, p, o in rels)


def test_a_first_name_after_a_bracketed_acronym_joins_the_person():
    rels = _relations("Sejumlah ketua umum partai hadir, di antaranya Ketua Umum Partai Amanat Nasional (PAN) Rudi "
                      "Hartono dan Ketua Umum Partai Kebangkitan Bangsa (PKB) Abdul Malik Syarifudin.")
    assert ("Abdul Malik Syarifudin", "leads", "Partai Kebangkitan Bangsa") in rels
