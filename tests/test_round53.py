"""Shapes of real pages read in round 53; every text is written for its test (invented people, real
regions, bodies and outlets)."""
from datetime import date

from kgtest import events_of, names_typed, pipeline_doc, relation_triples, role_names


def _doc(text: str, day: date = date(2024, 3, 3)):
    return pipeline_doc(text, day, use_model=True)


# ------------------------------------------------------------------ relations

def test_players_named_after_a_clause_that_they_signed_play_for_the_team():
    doc = _doc("BANDA ACEH - Manajer Persiraja Banda Aceh Hendra Saputra menyebut pemain yang sudah meneken kontrak "
               "adalah Yoga Pratama, Dimas Anggara dan Rizky Ramadhan, Senin (4/3/2024).")
    triples = relation_triples(doc)
    for player in ("Yoga Pratama", "Dimas Anggara", "Rizky Ramadhan"):
        assert (player, "playsFor", "Persiraja Banda Aceh") in triples
    doc = _doc("Semen Padang FC memperkenalkan skuad musim depan. Para pemain yang resmi bergabung yaitu Teguh "
               "Wirawan, Andika Mahesa dan Febri Kurniawan.")
    assert ("Andika Mahesa", "playsFor", "Semen Padang FC") in relation_triples(doc)
