"""Where events happened, unnamed police posts and bodies' approvals (round 16); every text is
written for its test (invented players, officers and places of events; real clubs and regions)."""
from datetime import date

from kgtest import name_set, only_event, pipeline_doc, relation_triples


def test_a_clause_on_the_match_noun_tells_where_the_match_just_told_was_played():
    doc = pipeline_doc("Persija Jakarta mengalahkan Persib Bandung 2-1, Sabtu (12/8/2023). Laga yang digelar di "
                       "Stadion Patriot, Bekasi itu disaksikan 20 ribu penonton.", date(2023, 8, 13), use_model=True)
    match = only_event(doc, "SportsMatch")
    assert "Stadion Patriot" in name_set(doc, match.places)
    assert name_set(doc, match.actors("participant")) == {"Persija Jakarta", "Persib Bandung"}


def test_phrases_hung_on_the_verb_that_leads_the_trigger_are_the_events():
    doc = pipeline_doc("Tim nasional Vietnam berhasil menaklukkan Kamboja dengan skor 4-0 pada laga pembuka "
                       "penyisihan di Stadion My Dinh, Hanoi, Kamis (7/12/2023).", date(2023, 12, 8), use_model=True)
    match = only_event(doc, "SportsMatch")
    assert "Stadion My Dinh" in name_set(doc, match.places)
    assert name_set(doc, match.actors("winner")) == {"Tim nasional Vietnam"}


def test_an_officer_whose_unit_is_left_unwritten_holds_a_post_in_the_resort_named_before():
    doc = pipeline_doc("Polres Tapanuli Tengah meringkus tiga penadah motor curian di sebuah bengkel, Selasa (9/6/2020).\n\n"
                       "Kasat Resnarkoba AKP Benny Sitompul mengatakan keduanya ditangkap di rumah kontrakan. "
                       "Kasat Intelkam AKP Darwin Pasaribu juga hadir dalam penangkapan itu.", date(2020, 4, 17))
    triples = relation_triples(doc)
    assert ("Benny Sitompul", "holdsPosition", "Polres Tapanuli Tengah") in triples
    assert ("Darwin Pasaribu", "holdsPosition", "Polres Tapanuli Tengah") in triples
    assert not any(t[0] in ("Benny Sitompul", "Darwin Pasaribu") and t[1] == "leads" for t in triples)


def test_a_council_that_approves_bylaws_decides():
    doc = pipeline_doc("DPRD Kota Bogor menyetujui tiga rancangan peraturan daerah menjadi peraturan daerah dalam "
                       "rapat paripurna, Senin (14/8/2023).", date(2023, 8, 15))
    decision = only_event(doc, "Decision")
    assert name_set(doc, decision.actors("agent")) == {"DPRD Kota Bogor"}
    assert not pipeline_doc("Ia mengaku tidak menyetujui usulan itu.", date(2023, 8, 15)).events


def test_a_verb_the_tagger_read_as_a_noun_still_passes_its_subject_to_the_verb_joined_to_it():
    doc = pipeline_doc("Petugas Satresnarkoba Polres Serang menggerebek sebuah rumah dan mengamankan RH (22).",
                       date(2021, 10, 28))
    arrest = only_event(doc, "Arrest")
    assert name_set(doc, arrest.actors("agent")) == {"Satresnarkoba Polres Serang"}
    assert name_set(doc, arrest.actors("patient")) == {"RH"}


def test_a_result_in_a_round_up_happened_on_the_day_the_round_up_tells():
    doc = pipeline_doc("Rekap Liga 2 pada Minggu, 12 November 2023, mencakup empat laga grup barat.\n\n"
                       "Laga Persiraja Banda Aceh vs Sriwijaya FC berakhir 3-1. Gol pembuka dicetak Teuku Rahmat.",
                       date(2023, 11, 13), use_model=True)
    match = only_event(doc, "SportsMatch")
    assert [t.value for t in match.times] == ["2023-11-12"]


def test_a_body_named_with_several_short_forms_in_brackets_is_known_by_all_of_them():
    doc = pipeline_doc("Aparat Direktorat Reserse Kriminal Umum (Ditreskrimum) Kepolisian Daerah (Polda) Nusa Tenggara "
                       "Barat menangkap lima remaja di Kota Mataram, Kamis (31/8/2023).", date(2023, 9, 1),
                       use_model=True)
    body, = [e for e in doc.entities.values() if e.type == "Organization" and e.name.startswith("Direktorat")]
    assert body.name == "Direktorat Reserse Kriminal Umum Kepolisian Daerah Nusa Tenggara Barat"
    assert {"Ditreskrimum Polda Nusa Tenggara Barat", "Ditreskrimum Polda NTB"} <= body.aliases
    # (the directorate's own Polda is a body of its own, based in the province)
    orgs = {e.name for e in doc.entities.values() if e.type == "Organization"}
    assert orgs == {body.name, "Kepolisian Daerah Nusa Tenggara Barat"}


def test_a_short_form_in_brackets_inside_a_body_name_keeps_the_region_after_it():
    doc = pipeline_doc("Kejaksaan Negeri (Kejari) Boyolali menetapkan Hartono Wibisono sebagai tersangka korupsi dana desa, "
                       "Minggu (5/1/2020). Acara itu dihadiri Ketua Harian Partai Nasional Demokrat (NasDem) Bima "
                       "Hartawan Siregar.", date(2020, 1, 6), use_model=True)
    orgs = {e.name: e for e in doc.entities.values() if e.type == "Organization"}
    assert "Kejari Boyolali" in orgs["Kejaksaan Negeri Boyolali"].aliases
    assert "Partai Nasional Demokrat" in orgs   # a city's name opening the holder's name stays his
    assert "Bima Hartawan Siregar" in {e.name for e in doc.entities.values() if e.type == "Person"}
    charge = only_event(doc, "Charge")
    assert name_set(doc, charge.actors("agent")) == {"Kejaksaan Negeri Boyolali"}
