"""The shortcuts taken for speed give the same results as the slow paths they replace."""
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.rdf.turtle import turtle


def test_the_shipped_model_tokenizer_is_spacys_default_so_it_need_not_be_read_twice():
    import spacy

    from kg.ner.recognizer import MODEL_DIR, load
    saved = spacy.blank("id").tokenizer.from_disk(MODEL_DIR / "tokenizer", exclude=["vocab"])
    assert load().tokenizer.to_bytes(exclude=["vocab"]) == saved.to_bytes(exclude=["vocab"])


def test_fast_turtle_is_the_same_graph_as_rdflibs_and_the_same_bytes_every_time(sample_result):
    data = turtle(sample_result.rdf)
    assert data == turtle(sample_result.rdf)
    assert isomorphic(Graph().parse(data=data, format="turtle"), sample_result.rdf)
    text = data.decode()
    assert text.startswith("@prefix geo: ") and "schema:name \"Ismail Haniyeh\"" in text
    assert text.endswith(" .\n")
