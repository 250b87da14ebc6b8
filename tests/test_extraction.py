"""Mentions, resolution, relations and events on sentences written for these tests (not the sample)."""
from datetime import date

from kgtest import names, pipeline_doc


def _entity(doc, name):
    hits = [e for e in doc.entities.values() if e.name == name or name in e.aliases]
    assert len(hits) == 1, (name, [(e.name, e.type) for e in doc.entities.values()])
    return hits[0]


def _relations(doc):
    return {(doc.entities[r.subject].name, r.predicate, doc.entities[r.object].name) for r in doc.relations}


def _events(doc, kind):
    return [e for e in doc.events if e.kind == kind]


# ---- mentions

def test_titles_are_not_part_of_names_and_are_kept_as_job_titles():
    doc = pipeline_doc("Presiden Joko Widodo bertemu dengan Menteri Keuangan Sri Mulyani di Jakarta.")
    jokowi, ani = _entity(doc, "Joko Widodo"), _entity(doc, "Sri Mulyani")
    assert jokowi.type == ani.type == "Person"
    assert jokowi.titles == {"Presiden"}
    assert _entity(doc, "Jakarta").type == "Place"


def test_organization_name_shapes_and_cue_words():
    doc = pipeline_doc("Badan Nasional Penanggulangan Bencana (BNPB) bekerja sama dengan kelompok Jamaah Ansharut "
                       "Daulah? Tidak. Partai Golkar menolak.")
    assert _entity(doc, "Badan Nasional Penanggulangan Bencana").type == "Organization"
    assert "BNPB" in _entity(doc, "Badan Nasional Penanggulangan Bencana").aliases
    assert _entity(doc, "Jamaah Ansharut Daulah").type == "Organization"
    assert _entity(doc, "Partai Golkar").type == "Organization"


def test_place_cue_words_find_unknown_places():
    doc = pipeline_doc("Banjir merendam ratusan rumah di Kabupaten Bojonegoro dan warga mengungsi ke Tuban.")
    assert _entity(doc, "Kabupaten Bojonegoro").type == "Place"
    assert _entity(doc, "Tuban").type == "Place"


def test_short_gazetteer_acronyms_match_only_in_capitals():
    doc = pipeline_doc("Militer AS mengirim bantuan, as usual kata mereka.")
    assert [m.text for m in doc.mentions if m.type == "Place"] == ["AS"]


def test_a_known_single_name_inside_a_longer_name_is_not_that_person():
    doc = pipeline_doc("Menteri Luar Negeri Iran Abbas Araghchi tiba di Beirut.")
    assert "Mahmoud Abbas" not in {e.name for e in doc.entities.values()}
    assert _entity(doc, "Abbas Araghchi").type == "Person"


# ---- resolution

def test_typos_and_short_forms_resolve_to_one_entity_of_the_same_type():
    doc = pipeline_doc("Menlu Retno Marsudi melakukan perjalanan ke Teheran. Setelah itu Marsudi tiba di Tehran, "
                       "lalu pergi ke Tehean.")
    assert len([e for e in doc.entities.values() if e.type == "Place" and e.mentions]) == 1
    tehran = _entity(doc, "Tehran")
    assert {"Tehean", "Tehran"} <= tehran.aliases | {tehran.name}
    assert _entity(doc, "Marsudi").name == "Retno Marsudi"


def test_similar_but_different_known_places_stay_apart():
    doc = pipeline_doc("Milisi di Irak dan Iran menyerang pangkalan AS.")
    assert {e.name for e in doc.entities.values() if e.type == "Place"} >= {"Irak", "Iran"}


def test_title_coreference_and_definite_noun_coreference():
    doc = pipeline_doc("Presiden Budi Santoso menerima kelompok Laskar Merah Putih. Kelompok itu lalu bertemu "
                       "dengan Presiden di Istana.")
    president = _entity(doc, "Budi Santoso")
    assert "Presiden" in president.aliases
    org = _entity(doc, "Laskar Merah Putih")
    assert any(m.text == "Kelompok itu" for m in org.mentions)


# ---- relations

def test_apposition_role_and_location_patterns():
    doc = pipeline_doc("Menteri Andi Wijaya, yang merupakan anggota dewan pengurus Partai Demokrat, tinggal di Bogor. "
                       "Ketua LPSK Hasto Atmojo, yang berkantor di Jakarta, hadir. Badan Intelijen Negara (BIN) "
                       "bermarkas di Jakarta.")
    rels = _relations(doc)
    assert ("Andi Wijaya", "memberOf", "Partai Demokrat") in rels
    assert ("Andi Wijaya", "basedIn", "Bogor") in rels
    assert ("Hasto Atmojo", "leads", "LPSK") in rels
    assert ("Hasto Atmojo", "basedIn", "Jakarta") in rels
    assert ("Badan Intelijen Negara", "headquarteredIn", "Jakarta") in rels


def test_capital_and_support_patterns():
    doc = pipeline_doc("Delegasi tiba di ibu kota Mesir, Kairo. Rusia adalah sekutu utama Suriah, "
                       "sementara Hizbullah mendapat dukungan dari Iran.")
    rels = _relations(doc)
    assert ("Kairo", "capitalOf", "Mesir") in rels
    assert ("Iran", "supports", "Hizbullah") in rels


# ---- events

def test_meeting_between_two_unknown_ministers_with_place_and_time():
    doc = pipeline_doc("Menteri Perdagangan Zulkifli Hasan bertemu Ketua LPS Purbaya Yudhi di Jakarta, "
                       "Senin (3/6).", published=date(2024, 6, 5))
    [m] = _events(doc, "Meeting")
    assert set(names(doc, m.actors("participant"))) == {"Zulkifli Hasan", "Purbaya Yudhi"}
    assert names(doc, m.places) == ["Jakarta"]
    assert [t.value for t in m.times] == ["2024-06-03"]


def test_statement_with_postposed_speaker_and_source():
    doc = pipeline_doc("Gencatan senjata harus segera disepakati, kata Antony Blinken, menurut Reuters.")
    [s] = _events(doc, "Statement")
    assert names(doc, s.actors("speaker")) == ["Antony Blinken"]
    assert names(doc, s.actors("source")) == ["Reuters"]


def test_mentions_of_one_meeting_in_several_sentences_are_one_event():
    doc = pipeline_doc("Presiden Prabowo Subianto bertemu dengan Perdana Menteri Anthony Albanese di Canberra pada "
                       "Kamis (12/9). Pertemuan Prabowo dengan Albanese itu membahas perdagangan. "
                       "Prabowo juga pernah bertemu dengan Albanese pada awal Januari.", published=date(2024, 9, 14))
    meetings = sorted(_events(doc, "Meeting"), key=lambda m: m.evidence[0].sentence)
    assert len(meetings) == 2
    assert [sorted({ev.sentence for ev in m.evidence}) for m in meetings] == [[0, 1], [2]]
    assert [t.value for t in meetings[0].times] == ["2024-09-12"]
    assert [t.value for t in meetings[1].times] == ["2024-01"]


def test_attack_with_casualties_and_casualty_report():
    doc = pipeline_doc("Israel melancarkan serangan udara ke Rafah yang menewaskan 35 orang. "
                       "Jumlah korban tewas di Jalur Gaza sejak 7 Oktober mencapai 35.000 "
                       "orang, termasuk 14.000 anak-anak, menurut Kementerian Kesehatan Gaza.",
                       published=date(2024, 5, 27))
    [attack] = _events(doc, "Attack")
    assert names(doc, attack.actors("agent")) == ["Israel"]
    assert {q.prop: q.value for q in attack.quantities} == {"killed": 35}
    [report] = _events(doc, "CasualtyReport")
    assert {q.prop: q.value for q in report.quantities}["childrenKilled"] == 14000
    assert report.since.value == "2023-10-07"
    assert names(doc, report.actors("source")) == ["Kementerian Kesehatan Gaza"]
    assert names(doc, report.places) == ["Jalur Gaza"]


def test_travel_event():
    doc = pipeline_doc("Perdana Menteri Anwar Ibrahim melakukan kunjungan ke Jakarta pada pertengahan Mei.",
                       published=date(2024, 6, 1))
    [t] = _events(doc, "Travel")
    assert names(doc, t.actors("traveler")) == ["Anwar Ibrahim"]
    assert names(doc, t.places) == ["Jakarta"]
    assert t.times[0].value == "2024-05"


def test_a_statement_takes_its_own_time_not_a_date_inside_what_was_said():
    doc = pipeline_doc("Jaksa Budi Hartanto mengatakan, tersangka menerima uang pada 30 Maret 2024. "
                       "\"Kami sudah menyita barang bukti,\" kata Budi di Jakarta, Senin (11/3).",
                       published=date(2024, 3, 12))
    [s] = _events(doc, "Statement")
    assert [t.value for t in s.times] == ["2024-03-11"]
    assert names(doc, s.places) == ["Jakarta"]


def test_casualty_figures_go_on_in_the_next_sentence():
    doc = pipeline_doc("Badan Penanggulangan Bencana Daerah (BPBD) mencatat 14 orang meninggal dunia akibat banjir di "
                       "Kabupaten Garut. Sebanyak 23 orang luka-luka dan 1.250 warga terpaksa mengungsi.",
                       published=date(2024, 5, 5))
    [r] = _events(doc, "CasualtyReport")
    assert {q.prop: q.value for q in r.quantities} == {"killed": 14, "injured": 23, "displaced": 1250}
    assert names(doc, r.actors("source")) == ["Badan Penanggulangan Bencana Daerah"]


def test_planned_events_are_not_events():
    doc = pipeline_doc("Presiden Budi Santoso dijadwalkan bertemu dengan Perdana Menteri Anwar Ibrahim di Kuala Lumpur.")
    assert not _events(doc, "Meeting")
