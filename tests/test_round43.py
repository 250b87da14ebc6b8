"""Shapes of real pages read in round 43; every text is written for its test (invented people, real
regions, bodies and outlets)."""
from datetime import date

from kgtest import events_of, named_entities, only_event, pipeline_doc, relation_triples, role_names


def _doc(text: str, day: date = date(2023, 5, 17)):
    return pipeline_doc(text, day, use_model=True)


def _names(doc) -> set[str]:
    return {name for name, _ in named_entities(doc)}


def _person(doc, name: str):
    return next(e for e in doc.entities.values() if e.type == "Person" and e.name == name)


# ------------------------------------------------------------------ entities

def test_a_popular_name_in_the_headline_is_the_person_the_body_names_with_it():
    doc = _doc("Zainhas Terpilih Lagi Jadi Ketua Umum PAN\n\nJAKARTA - Ketua Umum Partai Amanat Nasional (PAN) Zainal "
               "Hasibuan atau Zainhas kembali dipilih memimpin partainya, Rabu (17/5/2023). Zainhas resmi ditetapkan di "
               "Jakarta.")
    people = [e for e in doc.entities.values() if e.type == "Person"]
    assert [p.name for p in people] == ["Zainal Hasibuan"] and "Zainhas" in people[0].aliases


def test_a_popular_name_after_akrab_disapa_is_the_person_even_when_read_as_a_place():
    doc = _doc("Kepala Badan Urusan Logistik Bambang Sugiharto atau akrab disapa Bamsug meninjau gudang di Surabaya, "
               "Rabu (17/5/2023). Bamsug memastikan stok beras aman.")
    assert "Bamsug" in _person(doc, "Bambang Sugiharto").aliases
    assert "Bamsug" not in _names(doc)


def test_a_short_name_made_of_the_syllables_of_a_person_named_before_is_that_person():
    doc = _doc("Menteri Perdagangan Zainal Hasibuan meninjau Pasar Wonokromo, Rabu (17/5/2023). \"Harga minyak goreng "
               "sudah turun,\" ujar Zainhas kepada wartawan. Pedagang bernama Joko Susanto mengeluhkan sepinya pembeli.")
    assert "Zainhas" in _person(doc, "Zainal Hasibuan").aliases
    assert {"Zainal Hasibuan", "Joko Susanto"} <= _names(doc) and "Zainhas" not in _names(doc)


def test_places_of_rising_levels_without_commas_are_one_place_each():
    doc = _doc("Kepala Desa Sumberagung Kecamatan Gemuh Kabupaten Kendal berinisial AS ditetapkan sebagai tersangka, "
               "Rabu (17/5/2023). Warga Desa Kota Baru ikut bersaksi.")
    names = _names(doc)
    assert {"Kecamatan Gemuh", "Kabupaten Kendal", "Desa Kota Baru"} <= names
    assert any(n in ("Sumberagung", "Desa Sumberagung") for n in names)
    assert not any("Gemuh Kabupaten" in n for n in names)
    assert ("Kecamatan Gemuh", "containedInPlace", "Kabupaten Kendal") in relation_triples(doc)


def test_a_person_marked_by_a_middle_initial_or_a_particle_is_split_from_the_body_before():
    doc = _doc("Kepala Divisi Keuangan Asabri Rudi W Simanjuntak ikut diperiksa. Presiden Komisi Eropa Hanna van der "
               "Berg dan Wakil Ketua DPR Rahmat Gobel serta Lodewyk F Pardede hadir, Rabu (17/5/2023).")
    names = _names(doc)
    assert {"Rudi W Simanjuntak", "Hanna van der Berg", "Lodewyk F Pardede", "Komisi Eropa"} <= names
    assert not any(n.endswith(("Simanjuntak", "Berg")) and n.split()[0] in ("Divisi", "Komisi") for n in names)
    assert ("Hanna van der Berg", "leads", "Komisi Eropa") in relation_triples(doc)


def test_a_regional_office_with_its_short_form_keeps_its_region_before_the_province():
    doc = _doc("Kepala Desa Sidomulyo berinisial RT ditetapkan sebagai tersangka oleh Kejaksaan Negeri (Kejari) Batang "
               "Jawa Tengah, Rabu (17/5/2023). Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Blora ikut hadir.")
    names = _names(doc)
    assert {"Kejaksaan Negeri Batang", "Badan Penanggulangan Bencana Daerah Kabupaten Blora"} <= names
    assert "Kejaksaan Negeri" not in names
    assert role_names(doc, only_event(doc, "Charge"), "agent") == {"Kejaksaan Negeri Batang"}


def test_a_kind_of_body_written_out_in_capitals_is_no_entity():
    doc = _doc("Pemerintah akan merestrukturisasi perusahaan Badan Usaha Milik Negara (BUMN) tahun ini. Seluruh Dewan "
               "Pimpinan Wilayah (DPW) menyetujui. Ketua Dewan Pimpinan Wilayah Partai Golkar Jawa Tengah Budi Hartono "
               "hadir, Rabu (17/5/2023).")
    names = _names(doc)
    assert "Badan Usaha Milik Negara" not in names and "Dewan Pimpinan Wilayah" not in names
    assert "Budi Hartono" in names


def test_a_summit_or_a_congress_named_before_a_body_is_no_body_of_its_own():
    doc = _doc("Menteri Luar Negeri Rini Wulandari hadir dalam KTT Gabungan OKI dan Liga Arab di Riyadh, Rabu "
               "(17/5/2023). Sebelumnya Muktamar Partai Bulan Bintang digelar di Bali.")
    names = _names(doc)
    assert {"OKI", "Liga Arab", "Partai Bulan Bintang"} <= names
    assert not any(n.startswith(("KTT", "Muktamar")) for n in names)


def test_ranks_alone_and_commanders_titles_open_a_soldiers_full_name():
    doc = _doc("Dua prajurit gugur, yakni Lettu Inf Erizal Rumbiak Sidabutar dan Serda Rizky. Kapendam XVII/Cenderawasih "
               "Letkol Inf Hermanto Taryana mengatakan Danpos Letda Marinir Moh. Ilham turut terluka, Rabu (17/5/2023).")
    names = _names(doc)
    assert {"Erizal Rumbiak Sidabutar", "Hermanto Taryana", "Moh. Ilham"} <= names
    assert not any(n.startswith(("Marinir", "Inf ")) for n in names)
    unit = _doc("Patroli itu dipimpin Dansatgas Pamtas Yonif RK 725/WRG Letkol Inf Dimas Arya Saputra, Rabu (17/5/2023).")
    assert ("Dimas Arya Saputra", "Person") in named_entities(unit)


def test_a_numbered_battalion_keeps_its_kind_and_its_code():
    doc = _doc("Prajurit Yonif 725/WRG dan Yonif R 300/BJW diberangkatkan ke Papua, Rabu (17/5/2023).")
    assert {"Yonif 725/WRG", "Yonif R 300/BJW"} <= _names(doc)


def test_a_numbered_command_named_alone_is_nobody_and_its_number_no_body():
    doc = _doc("Panglima TNI memutasi Pangdam IX/Udayana, Pangdam VI/Mulawarman, dan Pangdam XII/Tanjungpura, "
               "Rabu (17/5/2023).")
    names = _names(doc)
    assert not {"Udayana", "Mulawarman", "Tanjungpura", "IX", "VI", "XII"} & names


# ------------------------------------------------------------------ relations

def test_a_minister_replaced_by_another_held_the_post_before_and_the_other_holds_it_now():
    doc = _doc("Menteri Perindustrian Joko Sulistyo digantikan Ahmad Fauzan, sedangkan Pangdam IX/Udayana Mayjen "
               "TNI Teguh Prakoso digantikan oleh Mayjen TNI Saleh Mustofa. Agus Salimin dilantik sebagai Kepala Staf "
               "Presiden, Rabu (17/5/2023).")
    current, former = relation_triples(doc), relation_triples(doc, former=True)
    assert ("Ahmad Fauzan", "leads", "Kementerian Perindustrian") in current
    assert ("Joko Sulistyo", "leads", "Kementerian Perindustrian") in former
    assert ("Joko Sulistyo", "leads", "Kementerian Perindustrian") not in current
    assert ("Saleh Mustofa", "leads", "Kodam IX/Udayana") in current
    assert ("Teguh Prakoso", "leads", "Kodam IX/Udayana") in former
    assert ("Agus Salimin", "leads", "Kantor Staf Presiden") in current


def test_outlets_named_after_menurut_dirilis_or_a_news_network_are_the_articles_sources():
    doc = _doc("Menurut Reuters, serangan itu menghantam gedung apartemen. Sebagaimana dilansir jaringan berita Al Jazeera, "
               "belum ada komentar dari Israel. Pernyataan bersama itu dirilis Saudi Press Agency. Myanmar Now "
               "melaporkan, tiga helikopter terlibat, Rabu (17/5/2023). Menurut Budi Santoso, warga sudah mengungsi.")
    sources = {o for s, p, o in relation_triples(doc) if s == "ARTICLE" and p == "wasDerivedFrom"}
    assert {"Reuters", "Al Jazeera", "Saudi Press Agency", "Myanmar Now"} <= sources
    assert "Budi Santoso" not in sources


def test_an_outlet_of_the_group_named_before_the_pages_own_paper_is_no_source():
    doc = _doc("Kerugian korban mencapai Rp 1 miliar,\" ungkapnya kepada Jawa Pos Radar Kudus, Rabu (17/5/2023).")
    assert not any(p == "wasDerivedFrom" for _, p, _ in relation_triples(doc))


def test_a_state_body_named_with_a_country_the_article_names_is_based_there():
    doc = _doc("Kementerian Luar Negeri Qatar menyatakan jeda pertempuran diperpanjang. Qatar menjadi "
               "penengah. Angkatan Udara Ukraina menembak jatuh 40 pesawat nirawak di Ukraina, Rabu (17/5/2023).")
    triples = relation_triples(doc)
    assert ("Kementerian Luar Negeri Qatar", "basedIn", "Qatar") in triples
    assert ("Angkatan Udara Ukraina", "basedIn", "Ukraina") in triples


def test_joining_a_party_is_membership_and_joining_a_club_playing_for_it():
    doc = _doc("Mantan Bupati Purwakarta Dedi Kurniadi kini tercatat resmi menjadi kader Partai Gerindra. Wali Kota "
               "Bandung Rizal Kamaludin resmi bergabung dengan Partai Golkar. Penyerang Marko Sinaga resmi bergabung "
               "dengan Persija Jakarta, Rabu (17/5/2023).")
    triples = relation_triples(doc)
    assert ("Dedi Kurniadi", "memberOf", "Partai Gerindra") in triples
    assert ("Rizal Kamaludin", "memberOf", "Partai Golkar") in triples
    assert ("Rizal Kamaludin", "playsFor", "Partai Golkar") not in triples
    assert ("Marko Sinaga", "playsFor", "Persija Jakarta") in triples


# ------------------------------------------------------------------ events

def test_casualty_figures_no_one_reports_belong_to_the_flood_released_figures_are_a_report():
    doc = _doc("Banjir bandang melanda Desa Sukamaju, Kecamatan Cibadak, Kabupaten Sukabumi, Rabu (17/5/2023). Akibat "
               "kejadian itu, dua orang meninggal dunia dan lima rumah hanyut. Warga mengungsi ke masjid terdekat.")
    assert not events_of(doc, "CasualtyReport")
    assert {q.value for q in only_event(doc, "Disaster").quantities if q.prop == "killed"} == {2}
    released = _doc("Angka yang dirilis pada hari Sabtu menunjukkan, jumlah warga yang tewas dalam serangan di Khan "
                    "Younis mencapai 120 orang.")
    assert events_of(released, "CasualtyReport")
    lede = _doc("TIMIKA - Jenazah dua prajurit TNI yang gugur saat kontak tembak dengan kelompok bersenjata di Distrik "
                "Sugapa, Kabupaten Intan Jaya, Rabu (17/5/2023), disemayamkan di rumah sakit. Keduanya akan "
                "diterbangkan ke kampung halaman.")
    assert events_of(lede, "CasualtyReport")   # the dead the article is about, told in its lede


def test_a_party_declaring_or_proposing_a_candidate_nominates_him():
    doc = _doc("Partai Persatuan Pembangunan resmi mendeklarasikan Gunawan Pranoto sebagai calon presiden, Rabu "
               "(17/5/2023). \"Kami Gerindra usulkan Ahmad Mulyadi sebagai calon Ketua MPR,\" kata Riza Pratama.")
    patients = {n for e in events_of(doc, "Nomination") for n in role_names(doc, e, "patient")}
    assert {"Gunawan Pranoto", "Ahmad Mulyadi"} <= patients


def test_a_month_in_a_statement_is_what_was_said_about_not_when():
    doc = _doc("JAKARTA - Kepala BPS Marga Yuwana menyebut laju harga konsumen sampai November 2022 tercatat 5,4 persen. "
               "Menurut Marga, laju itu lebih rendah daripada Oktober 2022. \"Harga mulai melandai,\" kata Marga Yuwana "
               "dalam rapat di Jakarta Pusat (5/12/2022).", date(2022, 12, 5))
    said = [e for e in events_of(doc, "Statement") if "Marga Yuwana" in role_names(doc, e, "speaker")]
    assert said and all(t.value == "2022-12-05" for e in said for t in e.times)
