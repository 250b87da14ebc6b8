"""Relation shapes added in round 3, each on a small document written for these tests: support
written in the passive or by a list of backers, support called off, organizations located by
other verbs, transfers and scorers of a team, posts through appointment verbs, pronouns and
full titles with their acronym."""
from kgtest import pipeline_doc
from kg.model import DOCUMENT


def _name(doc, key):
    return "ARTICLE" if key == DOCUMENT else doc.entities[key].name


def _relations(text, former=False):
    doc = pipeline_doc(text, use_model=True)
    return {(_name(doc, r.subject), r.predicate, _name(doc, r.object)) for r in doc.relations if r.former == former}


# ---- support

def test_a_pair_carried_by_parties_is_supported_by_each_party_named_after_the_verb():
    rels = _relations("Pasangan Budi Santoso-Rina Lestari yang diusung Partai Golkar, PAN, dan Partai Demokrat "
                      "mendaftar ke KPU Kota Bogor.")
    for party in ("Partai Golkar", "Partai Demokrat"):
        assert (party, "supports", "Budi Santoso") in rels
        assert (party, "supports", "Rina Lestari") in rels
    assert not any(p == "supports" and "KPU" in s for s, p, o in rels)


def test_every_backer_of_a_list_supports_the_one_named_after_the_verb():
    rels = _relations("Partai NasDem, PKS, dan PKB menyatakan dukungan kepada Anies Rasyid dalam pemilihan gubernur.")
    assert ("Partai NasDem", "supports", "Anies Rasyid") in rels
    assert sum(1 for s, p, o in rels if p == "supports" and o == "Anies Rasyid") == 3


def test_support_called_off_or_taken_back_is_not_support():
    rels = _relations("Partai Gerindra batal mendukung Arief Rahman dalam Pilwalkot Makassar. Partai Demokrat "
                      "menarik dukungan terhadap Arief Rahman.")
    assert not any(p == "supports" for s, p, o in rels)
