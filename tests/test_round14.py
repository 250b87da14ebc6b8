"""Entities, relations and event places of round 14; every text is written for its test (invented
people and villages, real regencies)."""
from datetime import date

from kgtest import entity_name, pipeline_doc, relation_triples


def _names(doc, type_):
    return {e.name for e in doc.entities.values() if e.type == type_}


def _event(doc, kind):
    return next(e for e in doc.events if e.kind == kind)


def test_a_village_head_followed_by_an_address_names_the_village_not_a_person():
    doc = pipeline_doc("Hakim menjatuhkan vonis kepada Kepala Desa Sukaluyu, Kecamatan Cibeber, Kabupaten Garut.")
    assert "Sukaluyu" not in _names(doc, "Person")
    village = next(e for e in doc.entities.values() if e.name == "Sukaluyu")
    assert village.type == "Place" and "Desa Sukaluyu" in village.aliases
    assert ("Sukaluyu", "containedInPlace", "Kecamatan Cibeber") in relation_triples(doc)


def test_the_head_named_after_the_address_leads_the_village_and_is_no_place_of_the_chain():
    doc = pipeline_doc("Kepala Desa Mekarsari, Kecamatan Tamansari, Kabupaten Bogor, Jawa Barat, Rahmat, "
                       "membenarkan kejadian itu.")
    triples = relation_triples(doc)
    assert ("Rahmat", "leads", "Mekarsari") in triples
    assert ("Kabupaten Bogor", "containedInPlace", "Jawa Barat") in triples
    assert not any(t[1] == "containedInPlace" and "Rahmat" in (t[0], t[2]) for t in triples)


def test_a_region_named_in_a_body_lies_in_the_province_written_after_the_body():
    doc = pipeline_doc("Pengadilan Negeri Gresik, Jawa Timur, memvonis terdakwa dua tahun penjara dalam sidang Kamis.")
    assert ("Gresik", "containedInPlace", "Jawa Timur") in relation_triples(doc)


def test_a_place_before_a_unit_after_an_ordinary_word_opening_the_sentence():
    doc = pipeline_doc("Warga Sukorejo, Kecamatan Sambit, Kabupaten Ponorogo, digegerkan penemuan mayat.")
    assert ("Sukorejo", "containedInPlace", "Kecamatan Sambit") in relation_triples(doc)


def test_housing_estates_and_english_venue_names_are_places():
    doc = pipeline_doc("Polisi menggerebek sebuah rumah di Perumahan Griya Asri, Desa Karangsari, Kecamatan Cikarang "
                       "Timur. Final digelar di Rizal Memorial Coliseum, Rabu (4/12).")
    places = _names(doc, "Place")
    assert {"Perumahan Griya Asri", "Rizal Memorial Coliseum"} <= places
    assert not {"Griya Asri", "Rizal Memorial Coliseum"} & _names(doc, "Person")


def test_a_portfolio_after_dan_in_a_ministry_is_no_housing_estate():
    doc = pipeline_doc("Kementerian Pekerjaan Umum dan Perumahan Rakyat memperketat pengawasan proyek jalan.")
    assert "Perumahan Rakyat" not in _names(doc, "Place")


def test_a_member_of_a_faction_written_after_the_post_and_dari():
    doc = pipeline_doc("Rapat itu dipimpin anggota DPRD dari Fraksi PKB Hendra Wijaya.")
    assert "Hendra Wijaya" in _names(doc, "Person")
    assert ("Hendra Wijaya", "memberOf", "Fraksi PKB") in relation_triples(doc)


def test_a_trial_at_a_court_took_place_in_the_court_s_region_too():
    doc = pipeline_doc("Majelis hakim Pengadilan Negeri Gresik menjatuhkan vonis lima tahun penjara kepada Andi "
                       "Saputra di Pengadilan Negeri Gresik, Senin (3/3/2025).", published=date(2025, 3, 4))
    places = {entity_name(doc, p) for p in _event(doc, "Verdict").places}
    assert {"Pengadilan Negeri Gresik", "Gresik"} <= places


def test_a_match_told_again_with_its_venue_and_scorer_is_one_match_at_that_venue():
    doc = pipeline_doc("Persis Solo menang 2-1 atas PSIS Semarang, Minggu (2/3/2025). Bermain di Stadion Manahan, "
                       "Solo, tuan rumah menang berkat gol Rudi Hartono.", published=date(2025, 3, 3))
    matches = [e for e in doc.events if e.kind == "SportsMatch"]
    assert len(matches) == 1
    assert "Stadion Manahan" in {entity_name(doc, p) for p in matches[0].places}
    assert "Rudi Hartono" not in {entity_name(doc, k) for k in matches[0].actors()}


def test_a_first_name_the_recogniser_left_out_joins_its_person_but_no_ordinary_or_rank_word_does():
    from kg.lang.id import names
    from kg.model import Mention
    from kg.stages.mentions import _whole_person_names
    text = ("Ketua pansus dari Fraksi Demokrat Yudi Kurnianto. Saksi Abdullah Tjik hadir. Brigjen Purwo datang. "
            "Kata Bu Sarmi. Bus PO Sinar Jaya Abadi melaju.")
    at = text.index
    body = Mention(at("Fraksi"), at("Fraksi") + len("Fraksi Demokrat"), "", "Organization", "rule:org-name", 0.8)
    people = [Mention(at("Kurnianto"), at("Kurnianto") + 9, "", "Person", "model", 0.9),
              Mention(at("Abdullah"), at("Abdullah") + len("Abdullah Tjik"), "", "Person", "model", 0.9),
              Mention(at("Purwo"), at("Purwo") + 5, "", "Person", "model", 0.9),
              Mention(at("Sarmi"), at("Sarmi") + 5, "", "Person", "model", 0.9),
              Mention(at("Abadi"), at("Abadi") + 5, "", "Person", "model", 0.9)]
    _whole_person_names(text, [body, *people], names.words())
    assert [text[m.start:m.end] for m in people] == ["Yudi Kurnianto", "Abdullah Tjik", "Purwo", "Sarmi", "Abadi"]
    assert text[body.start:body.end] == "Fraksi Demokrat"


def test_an_official_who_welcomes_a_visitor_meets_them():
    doc = pipeline_doc("Menteri Koordinator Arif Santosa disambut Gubernur Sulawesi Selatan Rudi Hamzah setibanya di "
                       "Bandara Sultan Hasanuddin, Makassar, Kamis (10/7/2025).", published=date(2025, 7, 11))
    meeting = _event(doc, "Meeting")
    assert {"Arif Santosa", "Rudi Hamzah"} <= {entity_name(doc, k) for k in meeting.actors()}


def test_a_goal_told_with_its_manner_after_a_cue_and_a_contract_renewed_give_the_team():
    doc = pipeline_doc("Persita Tangerang sempat menyamakan kedudukan melalui sundulan Dimas Aryanto. Persita "
                       "memperpanjang kontrak Ricky Fajrin hingga 2026.")
    triples = relation_triples(doc)
    assert ("Dimas Aryanto", "playsFor", "Persita Tangerang") in triples
    assert ("Ricky Fajrin", "playsFor", "Persita Tangerang") in triples


def test_tournaments_are_events_not_organizations_but_a_league_of_states_is_a_body():
    doc = pipeline_doc("Indonesia meraih emas di SEA Games 2019 dan tampil di Piala AFF 2018. Ganda putra lolos ke "
                       "BWF World Tour Finals. Liga Arab mengecam serangan itu.")
    found = {e.name for e in doc.entities.values()}
    assert not {"SEA Games", "SEA Games 2019", "Piala AFF", "Piala AFF 2018", "BWF World Tour Finals"} & found
    assert "Liga Arab" in _names(doc, "Organization")


def test_players_a_coach_sends_on_and_those_they_replace_play_for_the_coach_s_team():
    doc = pipeline_doc("Pelatih Persib Bandung Hartono Saleh tampil tenang. Usai turun minum, Hartono memasukkan Dimas "
                       "Aryanto untuk menggantikan Reza Pratama. Persib mencetak dua gol lewat aksi Dimas Aryanto.")
    triples = relation_triples(doc)
    assert {("Dimas Aryanto", "playsFor", "Persib Bandung"), ("Reza Pratama", "playsFor", "Persib Bandung")} <= triples


def test_a_party_head_who_puts_someone_in_a_team_makes_no_player():
    doc = pipeline_doc("Ketua Umum Partai Golkar Bagus Lahardi memasukkan Andi Prasetyo ke dalam tim pemenangan.")
    assert not any(t[1] == "playsFor" for t in relation_triples(doc))


def test_a_coach_named_in_commas_after_an_unknown_club_and_a_coach_named_by_his_troops():
    doc = pipeline_doc("Pelatih Persikembang Raya, Harjowiyono, menilai anak asuhnya tampil buruk. PSMS Medan menang "
                       "atas Persikembang. Satu-satunya gol dicetak Rudi Santika dan memastikan kemenangan pasukan "
                       "Hartawan Wibisono.", use_model=True)
    triples = relation_triples(doc)
    assert ("Harjowiyono", "leads", "Persikembang Raya") in triples
    assert ("Hartawan Wibisono", "leads", "PSMS Medan") in triples
    assert "Persikembang Raya" not in _names(doc, "Person")
