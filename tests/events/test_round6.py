"""Habits of real pages read in round 6, each on a short document written for the project:
datelines below a headline or a caption in the forms outlets use, and the readings of the
tree that the lede's event needs."""
from datetime import date

from event_markup import events_of, actor_names, marked, place_names

from kg.model import Document
from kg.stages.clean import clean
from kg.stages.segment import segment


def _clean(text):
    return segment(clean(Document(id="t", text=text)))


def test_datelines_below_a_headline_or_caption_in_more_outlets_forms():
    # the outlet alone with a web address's shape; a place beside a name the place index does
    # not know; a lower-case outlet first; a colon after the place
    head = "Banjir Rendam Tiga Desa di Kudus\n\nWarga mengungsi ke balai desa, Senin (3/3/2025). (Foto: Dok)\n\n"
    for dateline, place, outlet in [("Kabarku.com - ", None, "Kabarku.com"),
                                    ("WARTAJATENG.CO.ID - ", None, "WARTAJATENG.CO.ID"),
                                    ("Harian Pagi, Kudus - ", "Kudus", "Harian Pagi"),
                                    ("Jakarta, Warta Nusantara - ", "Jakarta", "Warta Nusantara"),
                                    ("kabarku.com, KUDUS - ", "KUDUS", "kabarku.com"),
                                    ("Kabarku.id, Kudus: ", "Kudus", "Kabarku.id")]:
        doc = _clean(head + dateline + "Banjir merendam tiga desa di Kabupaten Kudus, Senin (3/3/2025).")
        assert doc.dateline is not None, dateline
        assert (doc.text[slice(*doc.dateline_place_span)] if doc.dateline_place_span else None) == place
        assert doc.text[slice(*doc.publisher_span)] == outlet
        assert doc.text[doc.sentences[-1].start:].startswith("Banjir merendam")


def test_two_names_neither_a_place_are_no_dateline_below_a_headline():
    doc = _clean("Judul Berita Hari Ini\n\nBudi Santoso, Ketua Panitia - Acara dibuka pukul 09.00.")
    assert doc.dateline is None
