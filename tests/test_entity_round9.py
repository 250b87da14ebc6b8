"""Entity rules of round 9, from the causes counted on real pages (read locally, never kept);
each test uses text written for it (invented people, real places)."""
from kgtest import entities_of as _entities, pipeline_doc



def test_introduced_initials_are_one_person_each_time_they_are_written():
    found = _entities(
        "Polres Sleman menangkap dua pemuda berinisial AP (24) dan KS (19) di Kecamatan Depok. "
        "Menurut polisi, AP mengendarai sepeda motor curian itu.\n"
        "Kasatreskrim Polres Sleman AKP Dwi Haryanto mengatakan KS ditangkap sehari kemudian.")
    assert {("AP", "Person"), ("KS", "Person")} <= found
    assert not any(n == "Associated Press" for n, _ in found)


def test_a_single_letter_is_no_person():
    found = _entities(
        "Kejaksaan Negeri Klaten menahan kepala desa berinisial R pada Senin (3/3/2025). "
        "Tersangka R diduga memakai dana desa untuk keperluan pribadi.")
    assert not any(n == "R" for n, _ in found)


def test_a_rank_s_corps_abbreviated_with_a_full_stop_is_no_person():
    found = _entities("Upacara itu dihadiri Kapolri Jenderal Pol. Bambang Hendarto dan Bupati Sleman.")
    assert ("Bambang Hendarto", "Person") in found
    assert not any(n == "Pol" for n, _ in found)


def test_acronyms_of_things_and_short_titles_are_no_bodies():
    found = _entities(
        "Tersangka memakai Alokasi Dana Desa (ADD) untuk membangun rumahnya, kata JPU di Pengadilan Negeri "
        "Klaten. Menurut PKPU nomor 3 tahun 2024, penetapan digelar pekan depan. Tinggi muka air (TMA) "
        "sungai naik, dan guncangan terasa III MMI.")
    assert not {n for n, _ in found} & {"ADD", "JPU", "PKPU", "TMA", "MMI"}


def test_an_adverb_after_a_comma_is_no_place():
    found = _entities("Kecelakaan terjadi di jalan lintas Denpasar-Gilimanuk, Tepatnya di Desa Tegalbadeng, "
                      "Kabupaten Jembrana, Bali.")
    assert not any(n == "Tepatnya" for n, _ in found)


def test_a_court_s_class_grade_is_part_of_its_name():
    found = _entities("Majelis hakim Pengadilan Negeri Kelas IA Khusus Makassar menjatuhkan vonis dua tahun "
                      "kepada terdakwa, Selasa (4/3/2025).")
    assert ("Pengadilan Negeri Kelas IA Khusus Makassar", "Organization") in found
    assert not any(t == "Person" for _, t in found)


def test_a_body_with_its_short_form_inside_is_one_body_with_the_short_name():
    doc = pipeline_doc("Kasus itu kini ditangani Satuan Reserse Kriminal (Satreskrim) Polres Demak sejak Senin "
                       "(3/3/2025). Penyidik Satreskrim Polres Demak sudah memeriksa tujuh saksi.", use_model=True)
    bodies = [e for e in doc.entities.values() if e.type == "Organization" and e.mentions]
    assert len(bodies) == 1
    assert bodies[0].name == "Satuan Reserse Kriminal Polres Demak" and len(bodies[0].mentions) == 2
    assert "Satreskrim Polres Demak" in bodies[0].aliases
    doc = pipeline_doc("Tersangka kini ditahan Kejaksaan Negeri (Kejari) Kendal pada Senin (3/3/2025).", use_model=True)
    kejari = [e for e in doc.entities.values() if e.type == "Organization" and e.mentions]
    assert [(e.name, "Kejari Kendal" in e.aliases) for e in kejari] == [("Kejaksaan Negeri Kendal", True)]


def test_a_university_s_short_form_and_city_after_it():
    found = _entities("Sekitar 300 mahasiswa Institut Teknologi Sepuluh Nopember (ITS) Surabaya ikut dalam aksi "
                      "di depan gedung dewan.")
    assert {("Institut Teknologi Sepuluh Nopember", "Organization"), ("Surabaya", "Place")} <= found
    assert not any("(ITS)" in n or n == "ITS" for n, _ in found)


def test_a_ministry_followed_by_another_country_is_that_country_s():
    doc = pipeline_doc("Serangan itu menewaskan dua orang, kata Kementerian Dalam Negeri Ukraina, Senin.",
                       use_model=True)
    names = {e.name for e in doc.entities.values() if e.mentions and e.type == "Organization"}
    assert "Kementerian Dalam Negeri Ukraina" in names
    assert "Kementerian Dalam Negeri" not in names


def test_an_outlet_glued_to_the_dateline_place_by_a_hyphen():
    doc = pipeline_doc("BERITAKITA-Jakarta : Tentara Israel kembali menyerang kamp pengungsi di Gaza pada Rabu "
                       "(14/8/2024), menewaskan sedikitnya 20 orang.", use_model=True)
    found = {(e.name, e.type) for e in doc.entities.values() if e.mentions}
    assert ("Jakarta", "Place") in found
    assert not any("-" in n for n, _ in found)


def test_a_shaking_level_before_a_place_is_no_part_of_its_name():
    found = _entities("Guncangan gempa dirasakan di sejumlah daerah, yakni IV Gianyar, III Badung, III Tabanan, "
                      "dan II Mataram, menurut BMKG.")
    assert {("Tabanan", "Place"), ("Badung", "Place")} <= found
    assert not any(n.startswith(("III ", "IV ", "II ")) for n, _ in found)


def test_a_national_team_is_a_body():
    found = _entities("Timnas Indonesia mengalahkan Timnas Filipina 3-1 di Stadion Utama Gelora Bung Karno, "
                      "Jakarta, Selasa (13/11/2018).")
    assert {("Timnas Indonesia", "Organization"), ("Timnas Filipina", "Organization")} <= found


def test_a_full_name_read_once_as_a_body_joins_the_person_read_more_often():
    from kg.model import Document, Mention
    from kg.stages.resolve import resolve
    text = ("Pelatih memasukkan Dimas Saputra Wibowo pada babak kedua. Lemparan dari Dimas Saputra Wibowo "
            "berbuah gol. Dimas Saputra Wibowo lalu mencetak gol kedua.")
    starts = [i for i in range(len(text)) if text.startswith("Dimas Saputra Wibowo", i)]
    doc = Document(id="t", text=text)
    doc.mentions = [Mention(s, s + 20, "Dimas Saputra Wibowo", t, "model")
                    for s, t in zip(starts, ("Person", "Organization", "Person"))]
    resolve(doc)
    assert [(e.type, e.name, len(e.mentions)) for e in doc.entities.values()] == \
        [("Person", "Dimas Saputra Wibowo", 3)]


def test_a_regional_council_written_in_full_with_its_short_form_and_region():
    doc = pipeline_doc("Dewan Perwakilan Rakyat Daerah (DPRD) Wonogiri menggelar rapat paripurna pada Senin "
                       "(2/9/2024). Ketua DPRD Wonogiri Sri Handayani memimpin rapat itu, dan seluruh anggota "
                       "DPRD hadir.", use_model=True)
    bodies = [e for e in doc.entities.values() if e.type == "Organization" and e.mentions]
    assert len(bodies) == 1, [e.name for e in bodies]
    assert bodies[0].name == "Dewan Perwakilan Rakyat Daerah Wonogiri"
    assert {"DPRD Wonogiri", "DPRD"} <= bodies[0].aliases


def test_a_police_rank_after_a_unit_starts_the_officer_s_name():
    found = _entities("Kecelakaan itu ditangani petugas Satlantas Polres Lebak Brigadir Yoga Permana pada Sabtu "
                      "(18/3/2017) sore.")
    assert ("Yoga Permana", "Person") in found
    assert not any(n.startswith("Brigadir") for n, _ in found)
