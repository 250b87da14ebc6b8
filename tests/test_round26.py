"""Shapes of real pages read in round 26: a speaker after an inverted speech verb, a village election won by
the one after "dimenangkan", a hedge before "dilakukan oleh", a farewell call, the holder of a post abroad,
suspects by their initials after an arrest verb, sources named below the body, two arrests of two people,
companies written "PT.", doubled words, "-nya" words and ranks before a name; every text is written for its
test (invented people, real regions)."""
from datetime import date

from kgtest import entities_of, event_places as _places, only_event, pipeline_doc, relation_triples, \
    role_names as _roles


def test_the_speaker_after_an_inverted_speech_verb_says_it_where_he_is():
    doc = pipeline_doc('SURABAYA - "Semua jalur mudik sudah kami siagakan," ucap Kapolda Jawa Timur Irjen Pol '
                       "Bagus Pranoto di Mapolda Jawa Timur, Senin (24/3/2025).", date(2025, 3, 24), use_model=True)
    statement = only_event(doc, "Statement")
    assert _roles(doc, statement, "speaker") == {"Bagus Pranoto"}
    assert _places(doc, statement) == {"Mapolda Jawa Timur"}


def test_a_village_election_won_by_the_one_after_dimenangkan_is_held_in_the_village():
    doc = pipeline_doc("KUDUS - Pilkades Desa Jepang Pakis akhirnya dimenangkan Warsito dengan 1.210 suara sah, "
                       "Rabu (14/6/2023).", date(2023, 6, 14), use_model=True)
    election = only_event(doc, "Election")
    assert _roles(doc, election, "winner") == {"Warsito"}
    assert _places(doc, election) == {"Desa Jepang Pakis"}


def test_an_attack_allegedly_carried_out_by_a_group_is_the_group_s():
    doc = pipeline_doc("TIMIKA - Dua warga tewas akibat penembakan yang diduga dilakukan oleh Kelompok Separatis "
                       "Bersenjata (KSB) di Distrik Tembagapura, Sabtu (9/3/2024).", date(2024, 3, 9), use_model=True)
    assert _roles(doc, only_event(doc, "Attack"), "agent") == {"Kelompok Separatis Bersenjata"}


def test_a_consul_general_named_after_his_post_calls_on_the_mayor():
    doc = pipeline_doc("MAKASSAR - Konsul Jenderal Australia di Makassar, Todd Ridley, mengakhiri masa tugasnya. "
                       "Ia berpamitan kepada Wali Kota Makassar, Andi Saleh, di Balai Kota, Selasa (18/3/2025).",
                       date(2025, 3, 18), use_model=True)
    assert ("Todd Ridley", "Person") in {(e.name, e.type) for e in doc.entities.values()}
    assert _roles(doc, only_event(doc, "Meeting"), "participant") == {"Todd Ridley", "Andi Saleh"}


def test_suspects_named_by_their_initials_right_after_an_arrest_verb_are_people_and_the_ones_held():
    doc = pipeline_doc("BANTUL - Penyidik Kejaksaan Negeri Bantul telah menahan AM dan TW yang merupakan lurah dan "
                       "bendahara Kalurahan Sumbermulyo dalam perkara korupsi dana desa, Rabu (11/5/2022).",
                       date(2022, 5, 11), use_model=True)
    assert {("AM", "Person"), ("TW", "Person")} <= {(e.name, e.type) for e in doc.entities.values()}
    assert _roles(doc, only_event(doc, "Arrest"), "patient") == {"AM", "TW"}


def test_initials_with_a_one_letter_nickname_and_an_age_are_a_suspect():
    found = entities_of("Tim Satresnarkoba menciduk JK alias B (27) di Desa Sidomulyo, Kecamatan Gedangan.")
    assert ("JK", "Person") in found


def test_two_people_arrested_in_two_villages_are_two_arrests():
    doc = pipeline_doc("Tim Satresnarkoba Polres Asahan menangkap DS (30) di Desa Air Joman, Senin (8/9/2025). "
                       "Malam harinya, tim bergerak ke Desa Sei Kamah. Seorang pria berinisial MR (41) ditangkap "
                       "dengan barang bukti sabu.",
                       date(2025, 9, 8), use_model=True)
    arrests = [e for e in doc.events if e.kind == "Arrest"]
    assert sorted(sorted(_roles(doc, e, "patient")) for e in arrests) == [["DS"], ["MR"]]


def test_sources_named_below_the_body_are_the_article_s():
    for footer, outlet in [("Sumber:Ant", "Antara"), ("(detikcom/c)", "detikcom"),
                           ("Artikel ini telah tayang di SuryaMalang.com dengan judul: Wali Kota Tegaskan Stok Aman",
                            "SuryaMalang.com")]:
        doc = pipeline_doc("SURABAYA - Wali Kota Surabaya Eri Santoso menegaskan stok beras aman. \"Stok kita cukup,\" "
                           f"ujarnya, Kamis (6/3/2025).\n\n{footer}\n", date(2025, 3, 6), use_model=True)
        assert ("ARTICLE", "wasDerivedFrom", outlet) in relation_triples(doc), footer


def test_a_company_written_pt_with_a_full_stop_is_one_name_and_a_party_to_the_cooperation():
    doc = pipeline_doc("BENGKULU - Pemerintah Provinsi Bengkulu melakukan kerja sama dengan PT. Sinar Bumi Karya "
                       "dalam pembangunan pabrik beton, Senin (15/4/2019).", date(2019, 4, 15), use_model=True)
    assert ("PT. Sinar Bumi Karya", "Organization") in {(e.name, e.type) for e in doc.entities.values()}
    assert "Pemerintah Provinsi Bengkulu" in _roles(doc, only_event(doc, "Agreement"), "participant")


def test_a_doubled_word_a_word_with_nya_and_a_rank_are_no_names():
    found = entities_of("Kedua tersangka dijerat dengan Undang-Undang Narkotika. Ia mengunggah video di akun "
                        "Instagramnya. Tembakan melukai Praka Sudirman, anggota Yonif 751.")
    names = {n for n, _ in found}
    assert not {"Undang-Undang Narkotika", "Instagramnya", "Praka Sudirman"} & names
    assert ("Sudirman", "Person") in found


def test_a_task_force_is_a_body_and_a_cliff_is_a_place():
    found = entities_of("Kepala Operasi Satgas Damai Nusantara, Kombes Budi Hartono, mengatakan perahu ditemukan di "
                        "depan Tebing Watu Lawang.")
    assert {("Satgas Damai Nusantara", "Organization"), ("Tebing Watu Lawang", "Place")} <= found


def test_the_volcano_of_an_eruption_is_where_it_erupted():
    doc = pipeline_doc("LUMAJANG - Warga lereng gunung mengungsi ke balai desa, Sabtu (4/12/2021). Letusan Gunung "
                       "Semeru itu berlangsung sekitar pukul 15.00 WIB.", date(2021, 12, 4), use_model=True)
    assert _places(doc, only_event(doc, "Disaster")) == {"Gunung Semeru"}


def test_an_initial_with_its_full_stop_inside_a_name_is_part_of_it():
    found = entities_of("Mewakili rombongan, Duta Besar Sudan Idris M. Ali menyampaikan terima kasih.")
    assert ("Idris M. Ali", "Person") in found
