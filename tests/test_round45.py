"""Shapes of real pages read in round 45; every text is written for its test (invented people, real
regions, bodies and outlets)."""
from datetime import date

from kgtest import event_places, events_of, named_entities, only_event, pipeline_doc, role_names


def _doc(text: str, day: date = date(2024, 3, 3)):
    return pipeline_doc(text, day, use_model=True)


# ------------------------------------------------------------------ datelines

def test_an_outlet_closed_by_a_news_word_in_a_capitals_dateline_is_no_place():
    doc = _doc("CIREBON EKSPRES – Bupati Cirebon Rahmat Hidayat menyambut rombongan Gubernur Jawa Barat di Pendopo "
               "Bupati, Sabtu (2/3/2024).")
    assert ("Cirebon Ekspres", "Place") not in named_entities(doc)
    assert all("Ekspres" not in name for name in event_places(doc, only_event(doc, "Meeting")))


# ------------------------------------------------------------------ places of events

def test_a_place_told_by_an_earlier_relative_clause_of_those_sworn_in_is_not_where_they_were_sworn_in():
    doc = _doc("Presiden Joko Widodo melantik lima duta besar yang sudah mengikuti uji kelayakan di DPR.")
    assert not event_places(doc, only_event(doc, "Inauguration"))


def test_where_those_arrested_work_is_where_they_were_arrested():
    doc = _doc("Petugas Kantor Imigrasi Kelas I Bogor mengamankan 12 pekerja asing yang bekerja di pabrik sepatu di "
               "Desa Sukamaju, Jumat (1/3/2024).")
    assert event_places(doc, only_event(doc, "Arrest")) == {"Desa Sukamaju"}


# ------------------------------------------------------------------ arrests: who was caught

def test_those_who_berhasil_dibekuk_are_the_ones_arrested_and_named_after():
    doc = _doc("Empat orang pelaku berhasil dibekuk petugas di Jalan Merdeka, Kamis (29/2/2024). Keempatnya adalah "
               "Dedi Kurniawan, Surya Atmaja, Bima Sakti dan Rahmat Hidayat.")
    patients = role_names(doc, only_event(doc, "Arrest"), "patient")
    assert {"Dedi Kurniawan", "Surya Atmaja", "Bima Sakti", "Rahmat Hidayat"} <= patients


def test_a_count_written_in_digits_after_sebanyak_counts_the_ones_named_after():
    doc = _doc("Sebanyak 3 orang kurir sabu ditangkap polisi di Lubuk Pakam, Kamis (29/2/2024). Ketiganya adalah "
               "Dedi Kurniawan, Surya Atmaja dan Bima Sakti.")
    patients = role_names(doc, only_event(doc, "Arrest"), "patient")
    assert patients == {"Dedi Kurniawan", "Surya Atmaja", "Bima Sakti"}


# ------------------------------------------------------------------ sport: medals

def test_an_athlete_winning_a_gold_medal_wins_the_final():
    doc = _doc("Perenang Indonesia Sinta Lestari meraih medali emas nomor 100 meter gaya bebas putri di Stadion Akuatik "
               "GBK, Jakarta, Sabtu (2/3/2024).")
    final = only_event(doc, "SportsMatch")
    assert role_names(doc, final, "winner") == {"Sinta Lestari"}
    assert "Stadion Akuatik GBK" in event_places(doc, final)


def test_medals_contributed_or_secured_are_no_aid_and_no_arrest_and_a_record_beaten_is_no_match():
    doc = _doc("Tim dayung Indonesia menyumbang 2 medali emas pada hari kedua SEA Games. Sinta Lestari berhasil "
               "mengamankan medali perunggu. Catatan waktunya mengalahkan rekor sebelumnya milik Dewi Anggraini.")
    assert not [e for e in doc.events if e.kind in ("Aid", "Arrest", "SportsMatch") and e.actors()]


# ------------------------------------------------------------------ meetings and statements

def test_a_president_opening_a_bodys_congress_meets_that_body_there():
    doc = _doc("Presiden Joko Widodo membuka Musyawarah Nasional (Munas) ke-11 Ikatan Sarjana Ekonomi Indonesia (ISEI) "
               "di Hotel Grand Mercure, Medan, Jumat (1/3/2024).")
    meeting = only_event(doc, "Meeting")
    assert role_names(doc, meeting, "participant") == {"Joko Widodo", "Ikatan Sarjana Ekonomi Indonesia"}
    assert "Hotel Grand Mercure" in event_places(doc, meeting)


def test_a_statement_given_with_a_companion_at_a_press_conference_was_given_where_the_conference_was():
    doc = _doc("\"Kami akan memperbaiki layanan,\" kata Menteri Sosial Rudi Hartawan didampingi Sekretaris Kabinet "
               "Bima Sakti saat jumpa pers di Gedung Sate, Jumat (1/3/2024).")
    assert event_places(doc, only_event(doc, "Statement")) == {"Gedung Sate"}


def test_an_arrest_told_with_no_agent_is_by_the_police_body_of_the_sentence_before():
    doc = _doc("Satuan Reserse Narkoba Polres Batubara mengejar mobil itu hingga ke perkebunan. Akhirnya dua pria "
               "berhasil diringkus di Desa Sukamaju, Kabupaten Batubara, Jumat (1/3/2024).")
    assert role_names(doc, only_event(doc, "Arrest"), "agent") == {"Polres Batubara"}


def test_a_police_body_named_further_back_is_not_given_to_an_arrest_with_no_agent():
    doc = _doc("Kapolres Batubara AKBP Rudi Hartawan memimpin apel pagi. Cuaca hari itu cerah. Warga berkumpul di "
               "balai desa. Dua pria kemudian diringkus di Desa Sukamaju, Jumat (1/3/2024).")
    assert not role_names(doc, only_event(doc, "Arrest"), "agent")


# ------------------------------------------------------------------ entities

def test_a_court_named_past_its_short_form_keeps_its_chamber_and_town():
    doc = _doc("Pada Jumat (1/3/2024), Pengadilan Negeri (PN) Tindak Pidana Korupsi Palembang memvonis Rudi Hartawan "
               "tiga tahun penjara.")
    court = "Pengadilan Negeri Tindak Pidana Korupsi Palembang"
    assert (court, "Organization") in named_entities(doc)
    assert role_names(doc, only_event(doc, "Verdict"), "agent") == {court}


# ------------------------------------------------------------------ accidents

def test_a_worker_killed_under_a_falling_wall_is_an_accident_and_a_collapse_needs_a_building():
    doc = _doc("Seorang pekerja bangunan tewas tertimpa reruntuhan tembok saat bekerja di Perumahan Griya Asri, "
               "Kembangan, Jakarta Barat, Sabtu (2/3/2024).")
    accident = only_event(doc, "Accident")
    assert "Perumahan Griya Asri" in event_places(doc, accident)
    assert not _doc("Pertahanan Persib runtuh di babak kedua dan harga saham ambruk pada perdagangan Senin.").events


# ------------------------------------------------------------------ days

def test_a_page_time_stamp_line_does_not_date_the_ledes_event_but_the_day_told_after_it_does():
    doc = _doc("Sabtu 02 Mar 2024 07:12 WIB\n\nBupati Bagikan Bantuan untuk Nelayan Kendal\n\n"
               "KENDAL -- Bupati Kendal Rudi Hartawan menyalurkan bantuan kepada para nelayan di Kabupaten "
               "Kendal. Bantuan itu disalurkan Rudi di Balai Desa Sukamaju, Jumat (1/3/2024).",
               date(2024, 3, 2))
    aids = events_of(doc, "Aid")
    assert aids and all({t.value for t in aid.times} == {"2024-03-01"} for aid in aids)


def test_a_page_time_stamp_dates_a_statement_told_with_no_day():
    doc = _doc("Senin, 4 Okt 2021 10:15 WIB\n\nBandung - Hakim Pengadilan Negeri Bandung, Rudi Hartawan, "
               "menolak permohonan itu. \"Permohonan tidak dapat kami terima,\" kata Rudi.", date(2021, 10, 4))
    assert {t.value for t in only_event(doc, "Statement").times} == {"2021-10-04"}


def test_an_english_body_written_before_the_short_form_it_spells_is_one_body():
    doc = _doc("Menurut Korean Central News Agency (KCNA), kunjungan itu bersejarah bagi kedua negara.")
    types = dict(named_entities(doc))
    assert types.get("Korean Central News Agency") == "Organization"
    assert "Korean Central" not in types and "News Agency" not in types


def test_a_wire_photo_line_opened_by_file_is_furniture():
    doc = _doc("FILE - Presiden Rusia Vladimir Putin berjabat tangan dengan tamunya di Moskow.\n\n"
               "MOSKOW -- Presiden China Xi Jinping tiba di Moskow, Senin (20/3/2023).", date(2023, 3, 20))
    names = {name for name, _ in named_entities(doc)}
    assert "File" not in names and "FILE" not in names and "Vladimir Putin" not in names


# ------------------------------------------------------------------ elections

def test_a_commission_declaring_someones_win_in_a_vote_is_the_election_they_won():
    doc = _doc("KPU Kabupaten Sleman mengumumkan kemenangan pasangan Rudi Hartawan dalam Pilkada 2024, Jumat (1/3/2024).")
    election = only_event(doc, "Election")
    assert role_names(doc, election, "winner") == {"Rudi Hartawan"}
    assert role_names(doc, election, "agent") == {"KPU Kabupaten Sleman"}
    assert not events_of(_doc("Pelatih Timnas mengumumkan kemenangan atas Vietnam itu untuk suporter."), "Election")


# ------------------------------------------------------------------ pronouns in quotes

def test_a_pronoun_in_a_quote_is_not_the_one_who_speaks_it():
    doc = _doc("Kapolres Metro Bekasi Kombes Pol Rudi Hartawan menjelaskan, penikaman itu dipicu utang. \"Pelaku sudah "
               "menyiapkan pisau. Setelah menikam korban, ia kabur ke Karawang,\" kata Rudi, Jumat (1/3/2024).")
    assert all("Rudi Hartawan" not in role_names(doc, e, "agent") for e in doc.events)
