"""Shapes of real pages read in round 42; every text is written for its test (invented people, real
regions, bodies and outlets)."""
from datetime import date

from kgtest import named_entities, only_event, pipeline_doc, role_names


def _doc(text: str, day: date = date(2024, 10, 16)):
    return pipeline_doc(text, day, use_model=True)


def _names(doc) -> set[str]:
    return {name for name, _ in named_entities(doc)}


# ------------------------------------------------------------------ entities

def test_a_hajis_style_with_its_full_stop_opens_the_name_after_a_title():
    doc = _doc("Rapat itu dihadiri oleh Wakil Bupati Lombok Timur, HM. Sukarman, Rabu (16/10/2024).")
    assert ("Sukarman", "Person") in named_entities(doc)


# ------------------------------------------------------------------ events

def test_who_chairs_a_session_and_who_attends_it_take_part_in_the_meeting():
    doc = _doc("DPRD Kabupaten Sekadau menggelar rapat paripurna istimewa di Ruang Sidang DPRD, Rabu (16/10/2024). "
               "Rapat paripurna itu dipimpin oleh Markus Alung, Wakil Ketua DPRD Sekadau, dan dihadiri oleh "
               "Bupati Sekadau Rupinus Daho serta Sekda Lipinus Tangi.")
    meeting = only_event(doc, "Meeting")
    assert {"Markus Alung", "Rupinus Daho", "Lipinus Tangi"} <= role_names(doc, meeting, "participant")
