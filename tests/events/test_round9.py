"""Round 9: key events of regional pages (council sessions, local prosecutors and
police, village officials). Each rule on a short document written for the project."""
from datetime import date

from event_markup import events_of, actor_names, marked, place_names


def test_a_council_holding_its_own_plenary_session_is_a_meeting(read_events):
    # one body holds its session: no second party is named, and none is needed
    doc = read_events(marked(
        "[O DPRD Kabupaten Sukamaju] menggelar rapat paripurna pengumuman pimpinan dewan, "
        "Senin (2/9/2024).", published=date(2024, 9, 2)))
    meeting, = events_of(doc, "Meeting")
    assert actor_names(doc, meeting, "participant") == {"DPRD Kabupaten Sukamaju"}


def test_a_headline_style_bare_verb_with_its_noun_right_after_is_read(read_events):
    # "gelar rapat" (no prefix, as in headlines and regional ledes), the tagger's noun
    # "gelar" with "rapat" hung on it as a compound
    doc = read_events(marked(
        "[O DPRD Kota Tirtamulya] gelar rapat paripurna internal penetapan calon pimpinan dewan, "
        "Kamis, 5 September 2024.", published=date(2024, 9, 5)))
    meeting, = events_of(doc, "Meeting")
    assert actor_names(doc, meeting, "participant") == {"DPRD Kota Tirtamulya"}


def test_a_meeting_between_parties_still_needs_the_other_party(read_events):
    # "menggelar pertemuan" names no second party: no meeting of one
    doc = read_events(marked(
        "[P Hendra Saputra] menggelar pertemuan tertutup di [L Semarang], Selasa (3/9/2024).",
        published=date(2024, 9, 3)))
    assert events_of(doc, "Meeting") == []


def test_the_place_a_quake_shook_is_the_name_after_an_area_word(read_events):
    # "mengguncang wilayah X": X, not the dateline's city
    doc = read_events(marked(
        "[L Semarang] - Gempa bermagnitudo 5,2 mengguncang wilayah [L Kabupaten Wonorejo], "
        "Minggu (8/9/2024).", published=date(2024, 9, 8)))
    quake, = events_of(doc, "Disaster")
    assert place_names(doc, quake) == ["Kabupaten Wonorejo"]


def test_a_faction_proposing_a_candidate_is_a_nomination(read_events):
    doc = read_events(marked(
        "[O Fraksi Partai Nusantara] mengusulkan [P Bayu Prasetya] sebagai calon ketua DPRD "
        "[L Kabupaten Sukamaju].", published=date(2024, 9, 2)))
    nomination, = events_of(doc, "Nomination")
    assert actor_names(doc, nomination, "agent") == {"Fraksi Partai Nusantara"}
    assert actor_names(doc, nomination, "patient") == {"Bayu Prasetya"}


def test_a_charge_naming_no_body_takes_the_body_that_detained_the_suspect_next(read_events):
    # the prosecutor named with the detention in the next sentence named him a suspect too
    doc = read_events(marked(
        "Kepala Desa Sukamaju, [P Wahyudi], ditetapkan sebagai tersangka korupsi dana desa. "
        "[P Wahyudi] langsung ditahan oleh [O Kejaksaan Negeri Wonorejo] pada Senin (2/6/2025).",
        published=date(2025, 6, 3)))
    charge, = events_of(doc, "Charge")
    assert actor_names(doc, charge, "agent") == {"Kejaksaan Negeri Wonorejo"}


def test_a_charge_of_another_suspect_keeps_no_agent(read_events):
    # the body detained someone else: it did not name this suspect
    doc = read_events(marked(
        "[P Wahyudi] ditetapkan sebagai tersangka korupsi dana desa. "
        "[P Sutrisno] ditahan oleh [O Kejaksaan Negeri Wonorejo] pada Senin (2/6/2025).",
        published=date(2025, 6, 3)))
    charge, = events_of(doc, "Charge")
    assert actor_names(doc, charge, "agent") == set()


def test_receiving_a_prime_minister_is_a_meeting(read_events):
    # "menerima Perdana Menteri X": the title opens the one received, the name is in its phrase
    doc = read_events(marked(
        "Presiden [P Rudi Hartono] menerima Perdana Menteri [L Vanuatu] [P Tomas Kalsakau] di "
        "[L Istana Bogor], Senin (6/1/2025).", published=date(2025, 1, 6)))
    meeting, = events_of(doc, "Meeting")
    assert actor_names(doc, meeting, "participant") == {"Rudi Hartono", "Tomas Kalsakau"}
    assert place_names(doc, meeting) == ["Istana Bogor"]


def test_receiving_a_guest_of_state_named_after_yaitu_is_a_meeting(read_events):
    doc = read_events(marked(
        "Pagi itu Presiden [P Rudi Hartono] menerima tamu negara, yaitu Wakil Perdana "
        "Menteri [L Fiji], [P Joseva Naqila].", published=date(2025, 1, 6)))
    meeting, = events_of(doc, "Meeting")
    assert actor_names(doc, meeting, "participant") == {"Rudi Hartono", "Joseva Naqila"}


def test_receiving_a_report_is_no_meeting(read_events):
    doc = read_events(marked(
        "Presiden [P Rudi Hartono] menerima laporan [O Badan Pusat Statistik] di [L Jakarta].",
        published=date(2025, 1, 6)))
    assert events_of(doc, "Meeting") == []


def test_receiving_a_visit_is_also_the_visitor_s_journey_then_and_there(read_events):
    doc = read_events(marked(
        "Bupati [P Sutomo Hadi] menerima kunjungan Konsul Jenderal [L Malaysia] [P Azlan Rahim] di "
        "[L Pendopo Kabupaten Wonorejo], Selasa (4/3/2025).", published=date(2025, 3, 5)))
    meeting, = events_of(doc, "Meeting")
    travel, = events_of(doc, "Travel")
    assert actor_names(doc, meeting, "participant") == {"Sutomo Hadi", "Azlan Rahim"}
    assert actor_names(doc, travel, "traveler") == {"Azlan Rahim"}
    assert place_names(doc, travel) == place_names(doc, meeting) == ["Pendopo Kabupaten Wonorejo"]
    assert [t.value for t in travel.times] == ["2025-03-04"]



def test_police_told_as_kepolisian_is_the_unit_named_with_its_short_form_in_brackets(read_events):
    # "Kepolisian Resor (Polres) X": the bracketed short form makes it a police unit
    doc = read_events(marked(
        "[O Kepolisian Resor (Polres) Wonorejo] mengusut kasus pencurian ternak di [L Desa Sukamaju]. "
        "Hingga Minggu (3/8), kepolisian berhasil mengamankan lima terduga pelaku.",
        published=date(2025, 8, 4)))
    arrest, = events_of(doc, "Arrest")
    assert actor_names(doc, arrest, "agent") == {"Kepolisian Resor (Polres) Wonorejo"}


def test_no_statement_goes_without_a_speaker(read_events):
    # the officer's name was not found: the statement kept for his unit names no speaker
    # and is not reported (the output contract: an event of a kind with required roles has one)
    doc = read_events(marked(
        '"Dua korban meninggal di lokasi," kata petugas [O Satlantas Polres Wonorejo] Brigadir '
        'Yoga saat ditemui di rumah sakit, Sabtu (8/3/2025).', published=date(2025, 3, 9)))
    assert all(s.actors("speaker") for s in events_of(doc, "Statement"))
