"""Shapes of real pages read in round 33; every text is written for its test (invented people, real
regions and outlets)."""
from datetime import date

from kgtest import named_entities, pipeline_doc, relation_triples


def _doc(text: str, day: date = date(2024, 8, 14)):
    return pipeline_doc(text, day, use_model=True)


# ------------------------------------------------------------------ page furniture

def test_every_inline_teaser_of_a_paragraph_cut_mid_sentence_goes_and_the_body_between_them_stays():
    text = ("BOGOR, contohberita.com – Presiden Joko Widodo menerima kunjungan Perdana Menteri Malaysia Anwar "
            "Ibrahim di Istana Kepresidenan Bogor, Jawa Barat, Jumat (26/1/2024).\n\n"
            "Kedua pemimpin melakukan inspeksi pasukan. Baca Juga: Harga Cabai Melonjak Jelang Lebaran di "
            "Pasar Induk Kedua pemimpin selanjutnya memasuki Ruang Garuda untuk sesi foto bersama. Baca Juga: "
            "Pakar Hukum Darmawan Suteja Soal Kampanye Presiden Turut hadir mendampingi Presiden yakni "
            "Menteri Sekretaris Negara Haryanto Wibisono dan Menteri Perdagangan Suryadi Kartanegara, serta")
    doc = _doc(text)
    removed = [text[s:e] for s, e, why in doc.removed if why == "teaser"]
    assert len(removed) == 2 and all("Turut hadir" not in r and "Ruang Garuda" not in r for r in removed)
    people = {n for n, t in named_entities(doc) if t == "Person"}
    assert {"Haryanto Wibisono", "Suryadi Kartanegara"} <= people
    assert "Darmawan Suteja" not in people   # a name in another article's title


# ------------------------------------------------------------------ entities

def test_a_one_word_name_after_a_province_short_form_is_the_official_though_a_foreign_town_has_it():
    doc = _doc("Rombongan disambut Penjabat Gubernur Malut Tono di Bandara Sultan Babullah, Ternate, Senin "
               "(12/8/2024).")
    assert ("Tono", "Person") in named_entities(doc)
    assert ("Tono", "leads", "Malut") in relation_triples(doc) or \
        any(s == "Tono" and p == "leads" for s, p, o in relation_triples(doc))
