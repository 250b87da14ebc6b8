"""The ontology file and the code's vocabulary module agree, and every term is documented and aligned."""
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.rdf.vocab import KG

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology" / "kg.ttl"


def _ontology():
    return Graph().parse(ONTOLOGY)


def _terms(g):
    ns = str(KG._NS)
    return {s for s in g.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(ns)}


def test_vocab_module_lists_exactly_the_ontology_terms():
    in_file = {str(t)[len(str(KG._NS)):] for t in _terms(_ontology())}
    in_code = set(KG.__annotations__)
    assert in_file == in_code


def test_every_term_has_english_and_indonesian_label_and_comment():
    g = _ontology()
    for term in _terms(g):
        for prop in (RDFS.label, RDFS.comment):
            langs = {o.language for o in g.objects(term, prop)}
            assert {"en", "id"} <= langs, (term, prop)


def test_classes_and_object_properties_are_aligned_to_public_vocabularies():
    g = _ontology()
    public = ("https://schema.org/", "http://semanticweb.cs.vu.nl/2009/11/sem/", "http://www.w3.org/ns/prov#",
              "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
              "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")

    def aligned(term, via, seen=()):
        for parent in g.objects(term, via):
            if str(parent).startswith(public) or (parent not in seen and aligned(parent, via, (*seen, term))):
                return True
        return False
    for cls in g.subjects(RDF.type, OWL.Class):
        assert aligned(cls, RDFS.subClassOf), cls
    for prop in g.subjects(RDF.type, OWL.ObjectProperty):
        if prop != KG.supports:  # no public vocabulary has a "supports" property between actors
            assert aligned(prop, RDFS.subPropertyOf), prop


def test_misspelled_term_is_an_error():
    import pytest
    with pytest.raises(AttributeError):
        KG.leadz  # noqa: B018
