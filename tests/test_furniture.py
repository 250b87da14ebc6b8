"""Page furniture (stage 1): what a user copies from a news web page along with the article is
marked as removed, with its reason, and never becomes an entity. Pages written for these tests."""
from kg.model import Document
from kg.stages.clean import clean
from kg.stages.segment import segment

from kgtest import pipeline_doc

KOMPAS_PAGE = """Menteri Baru Dilantik di Istana Negara
Kompas.com - 12/02/2025, 10:15 WIB
Penulis: Andi Wijaya | Editor: Sari Dewi
Bagikan:
Salin Link

Suasana pelantikan di Istana Negara, Jakarta, Rabu (12/2/2025). KOMPAS.com/RUDI HARTONO

JAKARTA, KOMPAS.com - Presiden Prabowo Subianto melantik menteri baru di Istana Negara, Jakarta, pada Rabu pagi.

Pelantikan dihadiri Mensesneg Prasetyo Hadi. Baca juga: Gibran Temui Warga Solo di Balai Kota Menurut Prasetyo, pelantikan berjalan lancar dan tertib.

ADVERTISEMENT
SCROLL TO CONTINUE WITH CONTENT

Para menteri kemudian mengikuti sidang kabinet pertama di Istana Negara bersama Presiden.

(Ant)

Baca berikutnya
Kaesang Pangarep Hadiri Rapat Partai di Surabaya
Tag: pelantikan, Istana Negara

Copyright 2008 - 2025 PT. Kompas Cyber Media. All Rights Reserved.
"""

DETIK_PAGE = """detikNews
Berita / Hukum & Kriminal
Polisi Tangkap Pencuri Motor di Bekasi
Bambang Sutrisno - detikNews
Selasa, 08 Apr 2025 16:02 WIB
0 komentar
BAGIKAN
Foto: Barang bukti di Mapolres Bekasi (Hendra Kusuma/detikcom)

Jakarta - Polres Metro Bekasi menangkap dua pencuri sepeda motor di Kecamatan Tambun Selatan, Kabupaten Bekasi, pada Senin malam.

"Keduanya kami tangkap di rumah kontrakan," kata Kapolres Metro Bekasi Kombes Twedi Aditya Bennyahdi kepada wartawan.

(mei/dhn)

Tonton juga video "Polisi Buru Komplotan Begal di Depok" di sini:
[Gambas:Video 20detik]

pencurian motor  polres bekasi  begal
Berita Terkait
Wali Kota Depok Supian Suri Resmikan Pasar Baru
"""

ANTARA_PAGE = """Nusantara
Gubernur Sulsel tinjau banjir di Luwu
Kamis, 20 Februari 2025 16:45 WIB

Warga membersihkan rumah usai banjir di Kabupaten Luwu, Sulawesi Selatan, Kamis (20/2/2025). ANTARA FOTO/Arnas Padda/rwa.

Makassar (ANTARA) - Gubernur Sulawesi Selatan Andi Sudirman Sulaiman meninjau lokasi banjir di Kabupaten Luwu pada Kamis.

Menurut dia, bantuan logistik sudah disalurkan ke seluruh posko pengungsian di Kecamatan Suli.

Pewarta: Nur Suhra Wardyah
Editor: Budi Setiawan
Copyright © ANTARA 2025
"""


def _kept(text):
    doc = segment(clean(Document(id="t", text=text)))
    return doc, " ".join(doc.text[s.start:s.end] for s in doc.sentences)


def test_furniture_is_removed_with_reasons_and_offsets_stay():
    doc, kept = _kept(KOMPAS_PAGE)
    assert doc.text == KOMPAS_PAGE
    for gone in ("Andi Wijaya", "Sari Dewi", "Salin Link", "RUDI HARTONO", "ADVERTISEMENT", "SCROLL TO CONTINUE",
                 "(Ant)", "Kaesang", "Tag:", "Kompas Cyber Media", "Gibran"):
        assert gone not in kept, gone
    for stays in ("Menteri Baru Dilantik di Istana Negara", "Suasana pelantikan di Istana Negara",
                  "Presiden Prabowo Subianto melantik", "sidang kabinet pertama"):
        assert stays in kept, stays
    reasons = {r for _, _, r in doc.removed}
    assert {"byline", "photo credit", "teaser", "advertising", "related", "navigation"} <= reasons
    for s, e, _ in doc.removed:
        assert 0 <= s < e <= len(doc.text)


def test_inline_teaser_title_ends_where_the_body_sentence_starts():
    doc, kept = _kept(KOMPAS_PAGE)
    assert "Menurut Prasetyo, pelantikan berjalan lancar dan tertib." in kept
    assert "Balai Kota" not in kept


def test_inline_teaser_without_a_following_sentence_runs_to_the_line_end():
    _, kept = _kept("Harga cabai naik. Baca juga: Inflasi di Jawa Timur Naik Lagi\nPedagang mengeluh.")
    assert kept == "Harga cabai naik. Pedagang mengeluh."


def test_detik_byline_breadcrumb_signature_tags_and_video_prompt():
    doc, kept = _kept(DETIK_PAGE)
    for gone in ("Bambang Sutrisno", "Hukum & Kriminal", "Hendra Kusuma", "(mei/dhn)", "Tonton", "Gambas",
                 "pencurian motor", "Supian Suri", "komentar"):
        assert gone not in kept, gone
    assert "Polres Metro Bekasi menangkap" in kept and "Polisi Tangkap Pencuri Motor di Bekasi" in kept


def test_antara_credit_and_editor_lines():
    doc, kept = _kept(ANTARA_PAGE)
    for gone in ("Arnas Padda", "Nur Suhra", "Budi Setiawan", "Copyright"):
        assert gone not in kept, gone
    assert "Warga membersihkan rumah usai banjir di Kabupaten Luwu" in kept
    assert doc.text[slice(*doc.dateline_place_span)] == "Makassar"


def test_dateline_below_the_headline_gives_place_and_outlet():
    doc, _ = _kept(KOMPAS_PAGE)
    assert doc.text[slice(*doc.dateline_place_span)] == "JAKARTA"
    assert doc.text[slice(*doc.publisher_span)] == "KOMPAS.com"


def test_a_body_sentence_that_starts_like_a_cue_is_kept():
    _, kept = _kept("Sumber itu mengatakan bahwa Menteri Keuangan akan mengumumkan kebijakan baru pekan depan.\n"
                    "Foto bersama dilakukan setelah rapat di Gedung DPR yang berlangsung selama tiga jam.")
    assert "Sumber itu mengatakan" in kept and "Foto bersama dilakukan" in kept


def test_no_furniture_name_in_the_graph():
    for page, absent in ((KOMPAS_PAGE, {"Andi Wijaya", "Sari Dewi", "Rudi Hartono", "RUDI HARTONO", "Kaesang Pangarep",
                                         "Gibran", "ADVERTISEMENT", "Foto", "Ant"}),
                         (DETIK_PAGE, {"Bambang Sutrisno", "Hendra Kusuma", "Supian Suri", "Depok"})):
        doc = pipeline_doc(page, use_model=True)
        found = {n for e in doc.entities.values() for n in {e.name} | e.aliases}
        assert not found & absent, found & absent


def test_inline_teaser_in_sentence_case_or_without_a_starter_word():
    _, kept = _kept("Harga naik. Baca juga: Jokowi hadiri pernikahan di Solo Menurut Prasetyo, acara lancar.")
    assert kept.endswith("Menurut Prasetyo, acara lancar.") and "Solo" not in kept
    _, kept = _kept("Harga naik. Baca juga: Banjir di Jakarta Surut Lagi Joko Widodo mengatakan harga stabil.")
    assert kept.endswith("Joko Widodo mengatakan harga stabil.") and "Surut" not in kept
