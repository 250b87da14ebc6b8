"""Title holders named by one word, tickets of two, who carried out an arrest and arrests made again
(round 17); every text is written for its test (invented officials, suspects and players; real
regions and bodies)."""
from datetime import date

from kgtest import name_set, only_event, pipeline_doc, relation_triples


def _typed(doc, name):
    return {e.type for e in doc.entities.values() if e.name == name}


def test_a_regional_head_named_by_one_word_after_a_comma_is_a_person_and_the_title_alone_is_that_person():
    doc = pipeline_doc("Bupati Solok, Harjono meresmikan pasar rakyat di Kecamatan Gunung Talang, Senin (3/2/2025). "
                       "Sorenya, Bupati Solok melantik 40 kepala sekolah dasar di aula kantor bupati.",
                       date(2025, 2, 4), use_model=True)
    assert _typed(doc, "Harjono") == {"Person"}
    inauguration = only_event(doc, "Inauguration")
    assert name_set(doc, inauguration.actors("agent")) == {"Harjono"}


def test_a_one_word_name_given_a_post_is_a_person():
    doc = pipeline_doc("Pada rotasi tersebut, Syahrizal sebagai Kepala Dinas Pariwisata dan Nofrizon sebagai Kepala "
                       "Dinas Sosial.", date(2024, 1, 9), use_model=True)
    assert _typed(doc, "Syahrizal") == {"Person"}
    assert _typed(doc, "Nofrizon") == {"Person"}
    assert _typed(doc, "Dinas Pariwisata") == {"Organization"}


def test_a_ticket_written_before_the_head_and_deputy_posts_is_two_people_who_hold_them_in_that_order():
    doc = pipeline_doc("Kemarin giliran Zami Zolan-Fachrudi Umar sebagai Bupati dan Wakil Bupati Solok yang "
                       "diambil sumpahnya.", date(2021, 2, 27), use_model=True)
    assert _typed(doc, "Zami Zolan") == {"Person"}
    assert _typed(doc, "Fachrudi Umar") == {"Person"}
    triples = relation_triples(doc)
    assert ("Zami Zolan", "leads", "Solok") in triples
    assert ("Fachrudi Umar", "holdsPosition", "Solok") in triples
    assert ("Fachrudi Umar", "leads", "Solok") not in triples


def test_the_region_of_a_title_is_no_person_when_the_region_is_also_read_inside_a_name():
    doc = pipeline_doc("Bupati Cirebon Darto Wiyono diperiksa penyidik kejaksaan selama sepuluh jam, Selasa (4/6/2024). "
                       "Sekretaris Dinas PU Cirebon Hari Santoso juga ditahan seusai diperiksa.",
                       date(2024, 6, 5), use_model=True)
    assert "Person" not in _typed(doc, "Cirebon")


def test_an_arrest_carried_out_by_a_police_unit_has_that_unit_as_its_agent():
    doc = pipeline_doc("Penangkapan terhadap Sukirno Hadi dilakukan oleh Satreskrim Polres Kediri di sebuah warung, "
                       "Jumat (16/11/2018).", date(2018, 11, 16), use_model=True)
    arrest = only_event(doc, "Arrest")
    assert name_set(doc, arrest.actors("agent")) == {"Satreskrim Polres Kediri"}
    assert name_set(doc, arrest.actors("patient")) == {"Sukirno Hadi"}


def test_a_plenary_session_of_a_council_is_no_trial_and_its_bylaws_are_its_decision():
    doc = pipeline_doc("Dalam sidang paripurna, Rabu (6/3/2024), DPRD Kota Malang bersama Wali Kota menetapkan empat "
                       "ranperda menjadi perda.", date(2024, 3, 7), use_model=True)
    assert not [e for e in doc.events if e.kind == "Trial"]
    decision = only_event(doc, "Decision")
    assert name_set(doc, decision.actors("agent")) == {"DPRD Kota Malang"}
    assert not [e for e in pipeline_doc("Sidang kabinet paripurna dipimpin Presiden di Istana Negara.",
                                        date(2024, 3, 7)).events if e.kind == "Trial"]
    trial = pipeline_doc("Sidang perdana kasus korupsi itu digelar di Pengadilan Tipikor Bandung.", date(2024, 3, 7))
    assert [e.kind for e in trial.events] == ["Trial"]


def test_an_arrest_made_again_is_another_arrest_with_the_people_listed_after_it():
    doc = pipeline_doc("Tim Satresnarkoba membekuk Yoga Prasetyo (27) di sebuah rumah kos. "
                       "Sehari kemudian, petugas kembali membekuk tiga pengedar. Ketiganya adalah Agus Salimin, "
                       "Rudi Kurniadi dan Teguh Wibisono.", date(2023, 7, 8), use_model=True)
    arrests = [e for e in doc.events if e.kind == "Arrest"]
    assert [name_set(doc, e.actors("patient")) for e in arrests] == [
        {"Yoga Prasetyo"}, {"Agus Salimin", "Rudi Kurniadi", "Teguh Wibisono"}]


def test_a_doubles_pair_written_with_a_slash_after_its_country_is_two_players_of_it():
    doc = pipeline_doc("Ganda putra Jepang Taro Suzuki/Kenji Ito kalah di babak final.", date(2019, 12, 15),
                       use_model=True)
    assert not [e for e in doc.entities.values() if "/" in e.name]
    triples = relation_triples(doc)
    assert ("Taro Suzuki", "playsFor", "Jepang") in triples
    assert ("Kenji Ito", "playsFor", "Jepang") in triples


def test_an_event_noun_qualifying_another_noun_keeps_its_phrases_and_its_denial():
    told = pipeline_doc("Upaya penangkapan terhadap Karto Suwiryo (60), pelaku pembakaran rumah itu, berlangsung dramatis.",
                        date(2018, 11, 16), use_model=True)
    assert name_set(told, only_event(told, "Arrest").actors("patient")) == {"Karto Suwiryo"}
    failed = pipeline_doc("Upaya penangkapan terhadap Karto Suwiryo (60) gagal karena ia melarikan diri ke hutan.",
                          date(2018, 11, 16), use_model=True)
    assert not [e for e in failed.events if e.kind == "Arrest"]
    called_off = pipeline_doc("Pertemuan Wali Kota Solok dengan Gubernur Sumatera Barat batal karena cuaca buruk.",
                              date(2018, 11, 16), use_model=True)
    assert not [e for e in called_off.events if e.kind == "Meeting"]


def test_the_names_of_agreement_documents_are_no_bodies_or_people():
    doc = pipeline_doc("Dokumen itu bisa disebut Nota Kesepahaman, Perjanjian Kerja Sama, atau Memorandum of "
                       "Understanding. Pemkab Sleman dan Universitas Gadjah Mada menandatangani Nota Kesepahaman "
                       "tentang riset pertanian.", date(2022, 7, 19), use_model=True)
    names = {e.name for e in doc.entities.values()}
    assert not names & {"Perjanjian Kerja Sama", "Nota Kesepahaman", "Memorandum of Understanding"}
    agreement = only_event(doc, "Agreement")
    assert name_set(doc, agreement.actors("participant")) == {"Pemkab Sleman", "Universitas Gadjah Mada"}


def test_the_court_sentences_and_the_judge_who_reads_the_verdict_out_is_not_its_agent():
    doc = pipeline_doc("Pengadilan Negeri Sleman memvonis Dodi Kuswara dua tahun penjara, Kamis (10/10/2024). \"Terdakwa "
                       "terbukti bersalah,\" ujar Hakim Ketua Teguh Rahardian ketika membacakan vonis di ruang sidang.",
                       date(2024, 10, 11), use_model=True)
    verdict = only_event(doc, "Verdict")
    assert name_set(doc, verdict.actors("agent")) == {"Pengadilan Negeri Sleman"}
    assert name_set(doc, verdict.actors("patient")) == {"Dodi Kuswara"}


def test_an_arrest_told_with_police_slang_in_quotes_names_its_agent():
    doc = pipeline_doc("Dua pengedar sabu asal Kabupaten Karo, 'digaruk' Satresnarkoba Polres Binjai.", date(2020, 11, 7),
                       use_model=True)
    assert name_set(doc, only_event(doc, "Arrest").actors("agent")) == {"Satresnarkoba Polres Binjai"}
