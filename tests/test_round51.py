"""Shapes of real pages read in round 51; every text is written for its test (invented people, real
regions, bodies and outlets)."""
from datetime import date

from kgtest import events_of, pipeline_doc, relation_triples, role_names


def _doc(text: str, day: date = date(2024, 3, 3)):
    return pipeline_doc(text, day, use_model=True)


# ------------------------------------------------------------------ relations

def test_pairs_listed_after_a_ticket_s_titles_hold_them_in_the_bracketed_region():
    doc = _doc("Mendagri mengambil sumpah tiga pasangan kepala daerah di Gedung Agung, Rabu (5/9/2018). Para "
               "Gubernur dan Wakil Gubernur baru itu ialah: 1. Hendra Saputra dan Rini Anggraeni (Jawa Tengah); 2. "
               "Bambang Wijatmiko dan Yusuf Harahap (Sumatera Utara); 3. Andi Makkasau dan Lukas Pattiasina (Maluku).",
               date(2018, 9, 5))
    triples = relation_triples(doc)
    assert {("Bambang Wijatmiko", "leads", "Sumatera Utara"), ("Yusuf Harahap", "holdsPosition", "Sumatera Utara"),
            ("Andi Makkasau", "leads", "Maluku"), ("Lukas Pattiasina", "holdsPosition", "Maluku")} <= triples


def test_listed_candidate_pairs_hold_no_post():
    doc = _doc("KPU menetapkan nomor urut pasangan calon Bupati dan Wakil Bupati, yakni: 1. Hendra Saputra dan Rini "
               "Anggraeni (Partai Golkar); 2. Bambang Wijatmiko dan Yusuf Harahap (Kabupaten Sleman).",
               date(2024, 9, 23))
    assert not {t for t in relation_triples(doc) if t[1] in ("leads", "holdsPosition")}


# ------------------------------------------------------------------ events

def test_a_counted_noun_pointing_back_is_no_single_person_told_before():
    doc = _doc("Presiden Prabowo Subianto melantik tiga pasangan kepala daerah di Gedung Agung, Yogyakarta, Rabu "
               "(5/2/2025). Ketiga pasangan yang dilantik itu ialah: 1. Bambang Wijatmiko dan Yusuf Harahap "
               "(Sumatera Utara); 2. Andi Makkasau dan Lukas Pattiasina (Maluku).", date(2025, 2, 5))
    swearing_in = events_of(doc, "Inauguration")
    assert swearing_in and all("Prabowo Subianto" not in role_names(doc, e, "patient") for e in swearing_in)
    assert any("Prabowo Subianto" in role_names(doc, e, "agent") for e in swearing_in)
