"""Teaser removal and the dateline (stage 1) and sentence splitting (stage 2) on hand-built inputs."""
from kg.model import Document
from kg.stages.clean import clean
from kg.stages.segment import segment


def _doc(text):
    return segment(clean(Document(id="t", text=text)))


def test_teaser_lines_of_every_common_form_are_removed_without_moving_offsets():
    text = ("Presiden tiba di Jakarta.\n"
            "Baca Juga : Menlu Bertemu Petinggi Arab di Yordania\n"
            "BACA JUGA: Harga Minyak Naik\n"
            "Baca juga: Gempa di Cianjur\n"
            "Artikel Terkait\n"
            "Dia lalu pergi ke Bandung.")
    doc = _doc(text)
    sentences = [doc.text[s.start:s.end] for s in doc.sentences]
    assert sentences == ["Presiden tiba di Jakarta.", "Dia lalu pergi ke Bandung."]
    assert doc.text == text  # nothing is cut from the text itself
    assert len(doc.removed) == 4


def test_inline_teaser_in_brackets_is_cut_out_of_its_sentence():
    text = "Banjir melanda Bekasi (Baca juga: Banjir Jakarta Surut) dan warga mengungsi."
    doc = _doc(text)
    kept = " ".join(doc.text[s.start:s.end] for s in doc.sentences)
    assert "Surut" not in kept and "Bekasi" in kept and "mengungsi" in kept


def test_inline_teaser_runs_to_the_end_of_the_line():
    doc = _doc("Harga cabai naik. Baca juga: Inflasi Melonjak di Jawa Timur\nPedagang mengeluh.")
    kept = [doc.text[s.start:s.end] for s in doc.sentences]
    assert kept == ["Harga cabai naik.", "Pedagang mengeluh."]


def test_dateline_gives_place_and_outlet():
    for text, place, outlet in [("Tehran, Purna Warta – Seorang anggota", "Tehran", "Purna Warta"),
                                ("JAKARTA, KOMPAS.com - Presiden", "JAKARTA", "KOMPAS.com"),
                                ("Gaza (Reuters) - Serangan udara", "Gaza", "Reuters")]:
        doc = _doc(text)
        assert doc.text[slice(*doc.dateline_place_span)] == place
        assert doc.text[slice(*doc.publisher_span)] == outlet
        assert doc.sentences[0].start == doc.dateline[1]


def test_dateline_without_an_outlet_or_with_the_outlet_first():
    for text, place, outlet in [("Jakarta - Polres Metro Bekasi menangkap dua pencuri.", "Jakarta", None),
                                ("GROBOGAN - Kepala BNPB menyerahkan bantuan.", "GROBOGAN", None),
                                ("Jakarta: Pemerintah Indonesia mengirim bantuan.", "Jakarta", None),
                                ("KONTAN.CO.ID - JAKARTA. Menteri BUMN menunjuk direksi baru.", "JAKARTA",
                                 "KONTAN.CO.ID"),
                                ("Vonis Mantan Dirut\n\nJakarta, CNN Indonesia -- Majelis hakim menjatuhkan vonis.",
                                 "Jakarta", "CNN Indonesia")]:
        doc = _doc(text)
        assert doc.text[slice(*doc.dateline_place_span)] == place
        assert (doc.text[slice(*doc.publisher_span)] if doc.publisher_span else None) == outlet
        assert doc.sentences[-1].start == doc.dateline[1]


def test_a_dash_after_names_that_are_no_place_is_no_dateline():
    for text in ("Prabowo - Gibran Menang di Jawa Tengah\n\nPasangan itu unggul di semua kabupaten.",
                 "Catatan: Harga dapat berubah sewaktu-waktu."):
        assert _doc(text).dateline is None, text


def test_no_dateline_in_ordinary_first_sentence():
    doc = _doc("Presiden Joko Widodo, Senin, meresmikan jalan tol.")
    assert doc.dateline is None


def test_abbreviations_and_decimal_numbers_do_not_end_sentences():
    doc = _doc("Dr. Budi dan Prof. Ani tiba pukul 10.00 WIB di Jl. Sudirman No. 5. Mereka disambut H. Rahmat. "
               "Harga naik Rp 1.500! Apa kata warga? Tidak ada.")
    got = [doc.text[s.start:s.end] for s in doc.sentences]
    assert got == ["Dr. Budi dan Prof. Ani tiba pukul 10.00 WIB di Jl. Sudirman No. 5.",
                   "Mereka disambut H. Rahmat.", "Harga naik Rp 1.500!", "Apa kata warga?", "Tidak ada."]


def test_newlines_are_sentence_boundaries():
    doc = _doc("Judul Berita Tanpa Titik\nIsi pertama berakhir di sini")
    assert len(doc.sentences) == 2


def test_sentence_ends_found_by_runs_are_those_of_the_one_expression():
    import random
    import re

    from kg.stages.segment import _ends
    one = re.compile(r"[.!?]+[\"'”’)]*(?=\s+[\"'“‘(]?[A-Z0-9])")
    rng = random.Random(2)
    for _ in range(3000):
        text = "".join(rng.choice(".!?\"')’” A1a(“‘\n") for _ in range(rng.randint(0, 25)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert list(_ends(text, start, end)) == [m.span() for m in one.finditer(text, start, end)], text


def test_datelines_written_tight_or_with_a_bar_or_slash():
    for text, place, outlet in [("SUARAKITA.CO.ID,PALU--Polisi menangkap dua pencuri.", "PALU", "SUARAKITA.CO.ID"),
                                ("WARTABARU | KENDARI — Gubernur meresmikan pasar.", "KENDARI", "WARTABARU"),
                                ("RADARTIMUR.ID/JEMBER - Banjir merendam tiga desa.", "JEMBER", "RADARTIMUR.ID"),
                                ("KabarKita, Surabaya— Wali kota meninjau lokasi.", "Surabaya", "KabarKita"),
                                ("Makassar, beritasatu.com – Polisi menangkap pelaku.", "Makassar", "beritasatu.com")]:
        doc = _doc(text)
        assert doc.text[slice(*doc.dateline_place_span)] == place, text
        assert doc.text[slice(*doc.publisher_span)] == outlet, text


def test_a_hyphen_glued_between_a_place_and_a_word_is_no_dateline():
    assert _doc("Bogor, Jawa Barat-Hujan deras turun sejak pagi.").dateline is None


_WRAPPED = ("Kepala Dinas Pemadam Kebakaran Kota Medan Roni Hasibuan mengatakan\n"
            "api berhasil dipadamkan setelah tiga jam. Ia menyebut kebakaran itu\n"
            "menghanguskan dua belas rumah warga di Kelurahan Sei Agul dan\n"
            "Badan Penanggulangan Bencana Daerah masih mendata kerugian yang\n"
            "dialami para korban.\n"
            "Tidak ada korban jiwa dalam peristiwa tersebut.")


def test_a_page_wrapped_at_a_fixed_width_keeps_its_sentences_whole():
    doc = _doc(_WRAPPED)
    sentences = [doc.text[s.start:s.end].replace("\n", " ") for s in doc.sentences]
    assert sentences == [
        "Kepala Dinas Pemadam Kebakaran Kota Medan Roni Hasibuan mengatakan api berhasil dipadamkan setelah tiga jam.",
        "Ia menyebut kebakaran itu menghanguskan dua belas rumah warga di Kelurahan Sei Agul dan "
        "Badan Penanggulangan Bencana Daerah masih mendata kerugian yang dialami para korban.",
        "Tidak ada korban jiwa dalam peristiwa tersebut."]


def test_a_headline_a_caption_and_short_furniture_lines_stay_lines_of_their_own():
    text = ("Dua Belas Rumah Terbakar di Medan, Warga Mengungsi\n"
            "Petugas memadamkan api di Kelurahan Sei Agul. Foto: Dok. Damkar\n"
            "waktu baca 2 menit\n"
            "Api melalap dua belas rumah warga, Senin (3/3/2025).")
    doc = _doc(text)
    assert all("\n" not in doc.text[s.start:s.end] for s in doc.sentences)


def test_one_lower_case_line_joins_only_its_own_line_on_an_unwrapped_page():
    text = ("Wali Kota Medan Budi Lubis meninjau lokasi kebakaran\n"
            "bersama Kapolrestabes Medan pada Senin pagi.\n"
            "Rapat Koordinasi Bencana Kota Medan\n"
            "Digelar di balai kota setelah peninjauan itu.")
    doc = _doc(text)
    sentences = [doc.text[s.start:s.end] for s in doc.sentences]
    assert sentences[0].endswith("pada Senin pagi.") and "\n" in sentences[0]
    assert "Rapat Koordinasi Bencana Kota Medan" in sentences   # a capital after one break: no wrapped page
