"""Shapes of real pages read in round 44; every text is written for its test (invented people, real
regions, bodies, clubs and outlets)."""
from datetime import date

from kgtest import events_of, named_entities, only_event, pipeline_doc, relation_triples, role_names


def _doc(text: str, day: date = date(2024, 3, 3)):
    return pipeline_doc(text, day, use_model=True)


def _types(doc) -> dict[str, str]:
    return {name: type_ for name, type_ in named_entities(doc)}


_MATCH = "Laga Liga 2 antara Persikabo 1973 dan Persita Tangerang di Stadion Benteng berakhir dengan skor 2-1. "


# ------------------------------------------------------------------ sport: players and coaches

def test_a_scorer_after_a_goal_verb_with_oleh_plays_for_the_team_of_the_goal():
    doc = _doc(_MATCH + "Adapun dua gol Persita disumbangkan oleh Rudi Hartawan (23') dan Sirvi Anggara (37').")
    triples = relation_triples(doc)
    assert ("Rudi Hartawan", "playsFor", "Persita Tangerang") in triples
    assert ("Sirvi Anggara", "playsFor", "Persita Tangerang") in triples


def test_a_scorer_named_in_a_relative_clause_after_the_goal_plays_for_the_leading_team():
    doc = _doc(_MATCH + "Belum genap 10 menit, Persikabo unggul lewat gol yang dicetak Rafinho Santos.")
    assert ("Rafinho Santos", "playsFor", "Persikabo 1973") in relation_triples(doc)


def test_a_team_reinforced_by_a_player_in_a_match_report_is_his_team():
    doc = _doc(_MATCH + "Tertinggal 1-0, Persita yang diperkuat Ilham Wicaksono terus meningkatkan intensitas serangan demi "
               "gol penyama.")
    assert ("Ilham Wicaksono", "playsFor", "Persita Tangerang") in relation_triples(doc)


def test_a_unit_reinforced_by_an_officer_outside_sport_is_no_team():
    doc = _doc("Satgas Pangan Polda Jambi yang diperkuat Bripka Andri Saputra memeriksa gudang beras di Kota Jambi, "
               "Minggu (3/3/2024).")
    assert not any(p == "playsFor" for _, p, _ in relation_triples(doc))


def test_the_coach_after_a_team_and_asuhan_or_polesan_is_a_person_who_leads_it():
    doc = _doc(_MATCH + "Persikabo tampil sebagai tim asuhan Dedi Kurniawan. Persita, tim polesan Gilang Pramudya, "
               "menyerang lewat sayap.")
    types = _types(doc)
    assert types.get("Dedi Kurniawan") == "Person" and types.get("Gilang Pramudya") == "Person"
    assert ("Gilang Pramudya", "leads", "Persita Tangerang") in relation_triples(doc)


def test_a_club_named_by_its_nickname_is_the_club():
    doc = _doc("Laga PSIM Jogja melawan Persik Kediri berakhir 2-1. Macan Putih membalas lewat Rendra Wijaya (63').")
    club = next(e for e in doc.entities.values() if e.name == "Persik Kediri")
    assert "Macan Putih" in club.aliases and "Macan Putih" not in _types(doc)
    assert ("Rendra Wijaya", "playsFor", "Persik Kediri") in relation_triples(doc)
    assert "PSIM Jogja" in next(e for e in doc.entities.values() if e.name.startswith("PSIM")).aliases


def test_players_a_club_presents_or_lets_go_listed_after_them_play_for_it_now_or_before():
    doc = _doc("Persija Jakarta kembali berbenah jelang musim baru. Pekan lalu Persija memperkenalkan tiga rekrutan "
               "anyar, yakni Alfian Fathoni dan Otavio Rocha. Sebaliknya, klub itu juga mencoret beberapa penggawa. "
               "Mereka adalah Joan Pedro alias Jopi, Maman Suherman, dan Rachmat Hidayat.")
    triples = relation_triples(doc)
    assert {("Alfian Fathoni", "playsFor", "Persija Jakarta"), ("Otavio Rocha", "playsFor", "Persija Jakarta")} <= triples
    former = relation_triples(doc, former=True)
    assert {("Joan Pedro", "playsFor", "Persija Jakarta"), ("Rachmat Hidayat", "playsFor", "Persija Jakarta")} <= former


def test_players_bought_from_another_club_play_for_the_buyer_and_played_for_the_seller():
    doc = _doc("Persib Bandung bergerak cepat di bursa transfer. Mereka sekaligus mendatangkan tiga pemain Sriwijaya FC. "
               "Ketiganya yaitu Frans Butar, Erwin Ramadhan, dan Aziz Lutfi.")
    assert ("Erwin Ramadhan", "playsFor", "Persib Bandung") in relation_triples(doc)
    assert ("Erwin Ramadhan", "playsFor", "Sriwijaya FC") in relation_triples(doc, former=True)


def test_players_named_after_the_regulars_of_a_national_team_play_for_it():
    doc = _doc("Pelatih kembali memanggil banyak pemain inti Timnas Indonesia untuk laga uji coba. Nama-nama itu antara "
               "lain Dimas Saputra (Bali United), Yoga Pratama (Persib), dan Arif Budiman (Madura United).")
    triples = relation_triples(doc)
    assert {("Dimas Saputra", "playsFor", "Timnas Indonesia"), ("Yoga Pratama", "playsFor", "Timnas Indonesia"),
            ("Arif Budiman", "playsFor", "Timnas Indonesia")} <= triples


def test_a_goal_of_the_country_in_a_match_of_its_national_team_is_the_teams():
    doc = _doc("Timnas Indonesia ditahan imbang Filipina 1-1 dalam laga kualifikasi Piala Dunia 2026. Gol Indonesia "
               "diciptakan Rendi Saputra pada menit ke-70.")
    assert ("Rendi Saputra", "playsFor", "Timnas Indonesia") in relation_triples(doc)


# ------------------------------------------------------------------ sport: play is no crime, no aid

def test_a_keeper_saving_a_shot_or_a_defence_holding_a_striker_is_no_arrest():
    doc = _doc(_MATCH + "Peluang tercipta lewat tendangan Rudi Hartawan yang masih bisa diamankan kiper Persikabo. "
               "Ilham Wicaksono berusaha menjebol gawang Persikabo namun berhasil diamankan para pemain belakang.")
    assert not events_of(doc, "Arrest")


def test_a_goal_contributed_a_defence_pierced_and_a_substitution_are_no_aid_attack_or_appointment():
    doc = _doc(_MATCH + "Striker Persikabo Dimas Saputra ikut menyumbang sebuah gol ke gawang Persita. Persita menusuk "
               "pertahanan Persikabo dari sisi tengah. Pelatih pun memasukkan Arif Budiman menggantikan Yoga Pratama.")
    assert not events_of(doc, "Aid") and not events_of(doc, "Attack") and not events_of(doc, "Appointment")


# ------------------------------------------------------------------ names

def test_two_name_words_the_recogniser_read_apart_with_no_comma_are_one_person():
    doc = _doc("Pada Pilkada 2020, Hendra Saputra dan Marlin Agustina dicalonkan oleh Partai Golkar dan Nasdem.")
    people = {n for n, t in named_entities(doc) if t == "Person"}
    assert people == {"Hendra Saputra", "Marlin Agustina"}
    assert "Marlin Agustina" in role_names(doc, only_event(doc, "Nomination"), "patient")


# ------------------------------------------------------------------ regional government

def test_a_post_after_yang_and_a_verb_of_holding_it_is_the_persons():
    doc = _doc("Lima penjabat gubernur dilantik. Satu di antaranya Hasan Basri yang dipercaya menjabat sebagai Pj "
               "Gubernur Sulawesi Barat, sedangkan Rudi Salman yang duduk sebagai Pj Gubernur Bengkulu ikut hadir.")
    triples = relation_triples(doc)
    assert any(s == "Hasan Basri" and p == "leads" and "Sulawesi Barat" in o for s, p, o in triples)
    assert ("Rudi Salman", "leads", "Bengkulu") in triples


def test_abbreviated_levels_are_no_places_and_chain_the_regions_they_open():
    doc = _doc("Longsor menimbun dua rumah di Desa Sukaraja, Kec. Cibadak, Kab. Sukabumi, Jawa Barat, Minggu "
               "(3/3/2024).")
    types = _types(doc)
    assert "Kec" not in types and "Kab" not in types
    regency = next(e for e in doc.entities.values() if e.name == "Sukabumi")
    assert "Kabupaten Sukabumi" in regency.aliases
    triples = relation_triples(doc)
    assert ("Desa Sukaraja", "containedInPlace", "Cibadak") in triples
    assert ("Cibadak", "containedInPlace", "Sukabumi") in triples


def test_a_title_before_an_abbreviated_regency_and_a_name_makes_the_regional_body():
    doc = _doc("Tampak hadir Ketua DPRD Kab. Pekalongan Hendra Wijaya, Minggu (3/3/2024).")
    assert ("Hendra Wijaya", "leads", "DPRD Kab. Pekalongan") in relation_triples(doc)
    assert "Kab" not in _types(doc)


# ------------------------------------------------------------------ crime pages

def test_a_phrase_before_a_comma_is_no_subject_of_the_arrest_after_it():
    doc = _doc("Hasil pengembangan kasus Tindak Pidana Penyelundupan Manusia (TPPM), Polres Asahan mengamankan 15 "
               "PMI ilegal asal Nusa Tenggara Barat (NTB) dan seorang perekrut, Senin (18/11/2024).", date(2024, 11, 20))
    assert role_names(doc, only_event(doc, "Arrest"), "agent") == {"Polres Asahan"}


def test_suspects_listed_two_sentences_after_a_counted_arrest_are_its_suspects():
    doc = _doc("Empat pelaku ditangkap polisi di Lubuk Pakam, Kamis (28/2/2019). Mereka rupanya anggota jaringan "
               "pengedar ganja. Keempatnya adalah Dedi Kurniawan, Surya Atmaja, Bima Sakti dan Rahmat Hidayat.",
               date(2019, 3, 1))
    patients = role_names(doc, only_event(doc, "Arrest"), "patient")
    assert {"Dedi Kurniawan", "Surya Atmaja", "Bima Sakti"} <= patients


def test_officers_of_the_narcotics_agency_arresting_are_the_agency():
    doc = _doc("Badan Narkotika Nasional (BNN) lagi-lagi membongkar peredaran ganja. Empat pelaku ditangkap oleh "
               "petugas di Lubuk Pakam, Kamis (28/2/2019).", date(2019, 3, 1))
    assert role_names(doc, only_event(doc, "Arrest"), "agent") == {"Badan Narkotika Nasional"}


def test_a_suspect_named_after_berinisial_in_a_passive_relative_clause_is_the_one_arrested():
    doc = _doc("Kapolsek menuturkan seorang tersangka lagi yang diamankan berinisial KD (51), warga Gang Mawar.")
    arrest = only_event(doc, "Arrest")
    assert role_names(doc, arrest, "patient") == {"KD"} and not role_names(doc, arrest, "agent")


def test_a_member_named_with_yang_juga_keeps_the_body():
    doc = _doc("Politikus Partai Demokrat Rudi Hartono, yang juga anggota Komisi III DPR, mengkritik kebijakan itu.")
    assert ("Rudi Hartono", "memberOf", "Komisi III DPR") in relation_triples(doc)


def test_two_police_bodies_joined_by_dan_are_two_bodies():
    doc = _doc("Tim gabungan Polres Tulungagung dan Subdit Jatanras Direktorat Reserse Kriminal Umum Polda Jatim "
               "menangkap tiga pelaku perampokan, Minggu (3/3/2024).")
    types = _types(doc)
    assert types.get("Polres Tulungagung") == "Organization"
    assert not any(" dan Subdit" in n for n in types)
    assert types.get("Kementerian Kelautan dan Perikanan", "Organization") == "Organization"


def test_a_ministry_with_dan_in_its_portfolio_stays_one_body():
    doc = _doc("Kementerian Kelautan dan Perikanan menyita kapal asing di perairan Natuna, Minggu (3/3/2024).")
    assert "Kementerian Kelautan dan Perikanan" in _types(doc)


def test_a_police_unit_written_in_full_and_by_its_short_form_is_one_body():
    doc = _doc("SURABAYA - Jajaran Satuan Reserse Kriminal Kepolisian Resor Kota Besar Surabaya membekuk dua penadah "
               "motor curian. Kepala Satreskrim Polrestabes Surabaya Komisaris Polisi Fathir Rahman menyebut keduanya "
               "berinisial DL dan RD.")
    unit = next(e for e in doc.entities.values()
                if e.name == "Satuan Reserse Kriminal Kepolisian Resor Kota Besar Surabaya")
    assert "Satreskrim Polrestabes Surabaya" in unit.aliases
    assert ("Fathir Rahman", "leads", unit.name) in relation_triples(doc)


def test_a_police_rank_with_polisi_is_no_post_in_a_body_named_polisi():
    doc = _doc("Kasat Reskrim Polres Kendal Komisaris Polisi Fathir Rahman mengatakan hal itu, Minggu (3/3/2024).")
    assert "Polisi" not in _types(doc)
    assert not any(o == "Polisi" for _, _, o in relation_triples(doc))
