"""Police and military ranks (kg/lang/id/ranks.txt) stand between a title or a unit and a
person's name: they are part of neither, and the name after them is whole."""
from kgtest import pipeline_doc


def _doc(text):
    doc = pipeline_doc(text, use_model=True)
    names = {(e.type, e.name) for e in doc.entities.values()}
    rels = {(doc.entities[r.subject].name, r.predicate, doc.entities[r.object].name)
            for r in doc.relations if r.subject in doc.entities and r.object in doc.entities}
    return names, rels


def test_a_unit_ends_before_the_rank_and_the_whole_name_follows_it():
    names, rels = _doc("Kasat Narkoba Polres Lombok Tengah AKP Hendra Simatupang menjelaskan kedua pelaku sudah ditahan.")
    assert ("Person", "Hendra Simatupang") in names
    assert ("Organization", "Polres Lombok Tengah") in names
    assert not any("AKP" in n for _, n in names)


def test_a_two_word_rank_is_left_out_of_the_name():
    names, _ = _doc("Kabid Humas Polda Sulawesi Selatan Kombes Pol Dimas Perdana menyampaikan keterangan itu.")
    assert ("Person", "Dimas Perdana") in names
    assert not any("Kombes" in n or "Pol " in n for _, n in names)


def test_a_region_title_with_the_name_after_a_comma_and_a_rank():
    names, rels = _doc("Kapolres Humbahas, AKBP Rudi Hartawan, mengatakan anggotanya menahan dua orang.")
    assert ("Person", "Rudi Hartawan") in names
    assert ("Person", "Humbahas") not in names
    assert ("Rudi Hartawan", "leads", "Polres Humbahas") in rels


def test_the_name_after_the_head_words_of_a_police_unit_is_the_units():
    names, _ = _doc("Kepolisian Resor Cirebon Kota, Jawa Barat, menggulung jaringan pengedar sabu pada pekan lalu.")
    assert ("Organization", "Kepolisian Resor Cirebon Kota") in names
    assert not any(t == "Person" for t, _ in names)
