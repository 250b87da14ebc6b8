"""Shapes of real pages read in round 60; every text is written for its test (invented people, real
regions, countries, clubs and outlets)."""
from datetime import date

from kgtest import events_of, pipeline_doc, role_names


def _doc(text: str, day: date = date(2024, 3, 3)):
    return pipeline_doc(text, day, use_model=True)


def _days(event) -> set[str]:
    return {t.value for t in event.times}


# ------------------------------------------------------------------ days

def test_the_page_s_time_stamp_gives_way_to_the_day_the_article_tells():
    # (the day comes four sentences after the lede)
    doc = _doc("Rapat Paripurna Memanas\n\nRabu, 6 Maret 2024 08:26 WIB\n\nAnggota DPR Bagas Santoso marah dalam "
               "rapat paripurna DPR karena menteri datang terlambat. Ia tak ragu menegur menteri itu. Dia menegaskan, "
               "siapa pun harus disiplin. Rekan-rekannya diam.\n\nKemarahan itu meluap di Kompleks Parlemen, Senayan, "
               "Jakarta, Selasa (5/3/2024). Rapat dipimpin Ketua DPR Wulan Pratiwi.\n\n\"Kita sudah punya jadwal,\" "
               "kata Bagas.", date(2024, 3, 6))
    said = [e for e in events_of(doc, "Statement") if "Bagas Santoso" in role_names(doc, e, "speaker")]
    assert said and all(_days(e) == {"2024-03-05"} for e in said), said
