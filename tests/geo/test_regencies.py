"""Indonesia's regencies and cities (kabupaten/kota) in the place index: names, their
province, shared names, ordinary words."""
from __future__ import annotations

import pytest

from kg.geo import lookup, province_of
from kg.geo import places as P

TSV = P.DATA_DIR / "regencies_id.tsv"


def _rows() -> list[list[str]]:
    return [line.split("\t") for line in TSV.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]


def test_all_514_divisions_of_the_source_are_listed():
    rows = _rows()
    assert len(rows) == 514
    assert sum(r[1] == "kabupaten" for r in rows) == 416
    assert sum(r[1] == "kota" for r in rows) == 98
    assert len({r[0] for r in rows}) == 514


@pytest.mark.parametrize("name, official, province", [
    ("Kulon Progo", "Kabupaten Kulon Progo", "Daerah Istimewa Yogyakarta"),
    ("Kulonprogo", "Kabupaten Kulon Progo", "DIY"),
    ("Gunungkidul", "Kabupaten Gunungkidul", "Daerah Istimewa Yogyakarta"),
    ("Gunung Kidul", "Kabupaten Gunungkidul", "Daerah Istimewa Yogyakarta"),
    ("Musi Rawas Utara", "Kabupaten Musi Rawas Utara", "Sumatera Selatan"),
    ("Tapanuli Tengah", "Kabupaten Tapanuli Tengah", "Sumatera Utara"),
    ("Halmahera Timur", "Kabupaten Halmahera Timur", "Maluku Utara"),
    ("Deli Serdang", "Kabupaten Deli Serdang", "Sumut"),
    ("Kabupaten Kulon Progo", "Kabupaten Kulon Progo", "Daerah Istimewa Yogyakarta"),
    ("KABUPATEN GUNUNGKIDUL", "Kabupaten Gunungkidul", "Daerah Istimewa Yogyakarta"),
    ("Kab. Bandung", "Kabupaten Bandung", "Jawa Barat"),
    ("Kabupaten Malang", "Kabupaten Malang", "Jawa Timur"),
    ("Tolitoli", "Kabupaten Toli-Toli", "Sulawesi Tengah"),
    ("Mentawai", "Kabupaten Kepulauan Mentawai", "Sumatera Barat"),
])
def test_regency_names_reach_the_regency_in_its_province(name, official, province):
    place = lookup(name)
    assert place is not None and place.name == official
    assert place.kind == "regency" and place.country_code == "ID"
    assert place.geonames_id is None          # the source gives none; never guessed
    assert province_of(place) == lookup(province)
    assert province_of(place).kind == "province"


def test_every_division_is_reached_by_its_official_name_and_has_its_province():
    for code, kind, official, _, target, _ in _rows():
        place = lookup(official)
        assert place is not None and place.country_code == "ID", official
        container = province_of(place)
        assert container is not None, official
        if target.startswith("territory:"):
            assert container.kind == "province", official
        else:
            assert container.name == "Jakarta", official


def test_a_kota_that_is_a_geonames_city_is_that_city():
    bandung = lookup("Bandung")
    assert bandung.kind == "city" and bandung.geonames_id == "1650357"
    assert lookup("Kota Bandung") == bandung
    assert province_of(bandung) == lookup("Jawa Barat")
    assert lookup("Kota Pematangsiantar") == lookup("Pematang Siantar") == lookup("Pematangsiantar")
    assert lookup("Batam").geonames_id and province_of(lookup("Batam")) == lookup("Kepulauan Riau")


@pytest.mark.parametrize("name", ["Bandung", "Bogor", "Malang", "Semarang", "Tegal", "Kediri", "Bekasi"])
def test_a_bare_name_shared_by_kota_and_kabupaten_is_the_city(name):
    city, regency = lookup(name), lookup(f"Kabupaten {name}")
    assert city.kind == "city" and city.geonames_id
    assert regency.kind == "regency" and regency != city
    assert province_of(city) == province_of(regency)


def test_a_bare_name_shared_with_the_seat_town_stays_the_town():
    # "Sleman": the GeoNames town, as before; the regency needs its head word
    assert lookup("Sleman").kind == "city" and lookup("Sleman").geonames_id
    assert lookup("Kabupaten Sleman").kind == "regency"


def test_jakarta_divisions_lie_in_jakarta():
    pusat = lookup("Kota Administrasi Jakarta Pusat")
    assert lookup("Kota Jakarta Pusat") == pusat
    assert province_of(pusat) == lookup("Jakarta")
    assert province_of(lookup("Kepulauan Seribu")) == lookup("Jakarta")
    # the bare "Jakarta Selatan" stays unindexed, so "Tebet, Jakarta Selatan" still chains
    assert lookup("Jakarta Selatan") is None


@pytest.mark.parametrize("word", ["Puncak", "Landak", "Buru", "Lebak", "Lingga", "Seribu", "Meranti"])
def test_regencies_named_by_ordinary_words_need_their_head_word(word):
    assert lookup(word) is None or lookup(word).kind != "regency"
    assert lookup(f"Kabupaten {word}") is not None or lookup(f"Kabupaten Kepulauan {word}") is not None


def test_a_regency_beats_a_small_foreign_town_of_the_same_name():
    assert lookup("Kendal").country_code == "ID"                  # not Kendal, England
    assert lookup("Kendal", context_countries=["GB"]).country_code == "GB"


def test_places_that_are_not_regencies_keep_their_meaning():
    assert lookup("Indonesia").kind == "country"
    assert lookup("Jawa Barat").kind == "province"
    assert lookup("Tehran").country_code == "IR"
    assert province_of(lookup("Tehran")) is None


@pytest.fixture(scope="module")
def regional_doc():
    from kg import Config, build_document
    from kg.stages.read import read_text
    text = ("Puncak perayaan digelar di Kabupaten Kulon Progo, Daerah Istimewa Yogyakarta, pada Minggu. "
            "Banjir juga melanda Kulon Progo dan Gunungkidul. "
            "Bupati Tapanuli Tengah Masinton Pasaribu meninjau lokasi bersama warga Tanah Datar. "
            "Landak dan burung hantu dilepas warga. Buru sergap polisi menangkap dua pelaku.")
    return build_document(read_text(text, "t"), Config()).document


def test_regencies_in_sentences_are_linked_places(regional_doc):
    places = {e.name: e for e in regional_doc.entities.values() if e.type == "Place"}
    for name in ("Kulon Progo", "Gunungkidul", "Tapanuli Tengah", "Tanah Datar"):
        assert name in places, name
        assert places[name].kind == "regency", name
    assert "Tapanuli" not in places               # the regency is not cut
    persons = {e.name for e in regional_doc.entities.values() if e.type == "Person"}
    assert "Masinton Pasaribu" in persons and not persons & {"Kulon Progo", "Tapanuli Tengah"}


def test_ordinary_words_in_sentences_stay_words(regional_doc):
    names = {e.name for e in regional_doc.entities.values()}
    assert not names & {"Puncak", "Landak", "Buru"}
