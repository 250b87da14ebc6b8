"""The shortcuts taken for speed give the same results as the slow paths they replace."""
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.rdf.turtle import turtle


def test_the_shipped_model_tokenizer_is_spacys_default_so_it_need_not_be_read_twice():
    import spacy

    from kg.ner.recognizer import MODEL_DIR, load
    saved = spacy.blank("id").tokenizer.from_disk(MODEL_DIR / "tokenizer", exclude=["vocab"])
    assert load().tokenizer.to_bytes(exclude=["vocab"]) == saved.to_bytes(exclude=["vocab"])


def test_the_shipped_parser_tokenizer_is_spacys_default_too():
    import spacy

    from kg.parse.parser import MODEL_DIR, Parser
    saved = spacy.blank("id").tokenizer.from_disk(MODEL_DIR / "tokenizer", exclude=["vocab"])
    assert Parser().nlp.tokenizer.to_bytes(exclude=["vocab"]) == saved.to_bytes(exclude=["vocab"])


def test_fast_turtle_is_the_same_graph_as_rdflibs_and_the_same_bytes_every_time(sample_result):
    data = turtle(sample_result.rdf)
    assert data == turtle(sample_result.rdf)
    assert isomorphic(Graph().parse(data=data, format="turtle"), sample_result.rdf)
    text = data.decode()
    assert text.startswith("@prefix geo: ") and "schema:name \"Ismail Haniyeh\"" in text
    assert text.endswith(" .\n")


def test_triples_answer_the_projections_queries_as_the_rdflib_graph_does(sample_result):
    from kg.graph import to_networkx
    from kg.rdf.build import to_triples
    from kg.rdf.turtle import ntriples
    triples = to_triples(sample_result.document)
    graph = triples.graph()
    assert isomorphic(graph, sample_result.rdf) and len(triples) == len(graph) > 500
    assert ntriples(triples) == ntriples(graph)   # its own N-Triples and rdflib's serialiser
    for s, p, o in graph:
        assert (s, p, o) in triples
        assert list(triples.objects(s, p)) == list(graph.objects(s, p))
        assert list(triples.subjects(p, o)) == list(graph.subjects(p, o))
        assert triples.value(s, p) == graph.value(s, p) and triples.value(None, p, o) == graph.value(None, p, o)
    for p in set(graph.predicates()):
        assert list(triples.subject_objects(p)) == list(graph.subject_objects(p))
    a, b = to_networkx(triples), to_networkx(graph)
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))


def _texts():
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent / "examples"
    return [line for p in [root / "haniyeh-tehran.id.txt", *sorted((root / "dev").glob("*.txt"))]
            for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def _on_blis(nlp):
    """Switch every model of the pipeline to spaCy's default products (BLIS); returns a
    function that switches them back."""
    from thinc.api import NumpyOps
    nodes = [(node, node.ops) for _, pipe in nlp.components if hasattr(pipe, "model") for node in pipe.model.walk()]
    # loaded on numpy's BLAS (kg.blas), but for the parser's output layer, which spaCy itself builds on BLIS
    assert all(not n.ops.use_blis for n in nlp.get_pipe("tok2vec").model.walk())
    blis = NumpyOps()
    assert blis.use_blis
    for node, _ in nodes:
        node.ops = blis
    return lambda: [setattr(node, "ops", ops) for node, ops in nodes]


def test_the_models_on_numpys_blas_find_the_same_entities_tags_and_trees_as_on_blis():
    from kg.ner import recognizer
    from kg.parse.parser import Parser
    texts = _texts()
    assert len(texts) > 50
    parser = Parser()
    fast = recognizer.predict_many(texts), [[(t.tag_, t.dep_, t.head.i) for t in d] for d in parser.parse(texts)]
    restore = [_on_blis(recognizer.load()), _on_blis(parser.nlp)]
    try:
        slow = recognizer.predict_many(texts), [[(t.tag_, t.dep_, t.head.i) for t in d] for d in parser.parse(texts)]
    finally:
        for back in restore:
            back()
    assert sum(map(len, fast[0])) > 200 and fast == slow


def test_numpys_blas_is_held_to_one_thread_only_while_the_models_run():
    from threadpoolctl import threadpool_info

    from kg import blas

    def threads():
        return [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]
    before = threads()
    with blas.one_thread():
        assert threads() and set(threads()) == {1}
    assert threads() == before
