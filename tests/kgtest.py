"""Helpers shared by the top-level tests (imported by name: conftest modules of sub-folders would shadow them)."""
import subprocess
import sys
from datetime import date
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "haniyeh-tehran.id.txt"
SAMPLE_PUBLISHED = date(2023, 11, 5)


def run_kg(*args, stdin: bytes | None = None, cwd=None):
    """Run the CLI in a subprocess, as a user would."""
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], input=stdin, capture_output=True,
                          cwd=cwd or ROOT)


def pipeline_doc(text: str, published: date | None = None, use_model: bool = False):
    """Run the whole pipeline on a text, check the graph against the output contract, return the Document."""
    from kg import Config, build
    result = build(text, doc_id="t", published=published, config=Config(use_model=use_model))
    assert_valid(result.rdf)
    return result.document


_validator = None


def assert_valid(graph, source: str = "graph") -> None:
    """The graph conforms to the SHACL shapes of the output contract (ontology/shapes.ttl)."""
    global _validator
    from kg.rdf.validate import Validator
    _validator = _validator or Validator()
    report = _validator.validate(graph, source)
    assert report.conforms, report.text()


def assert_outputs_valid(out_dir: Path) -> None:
    """Every Turtle file in out_dir conforms to the contract; every GraphML file re-parses with NetworkX."""
    import networkx as nx
    from rdflib import Graph
    ttl = sorted(Path(out_dir).glob("*.ttl"))
    assert ttl, f"no Turtle output in {out_dir}"
    for path in ttl:
        assert_valid(Graph().parse(path), str(path))
        graphml = path.with_suffix(".graphml")
        assert nx.read_graphml(graphml).number_of_nodes() > 0, graphml


def names(doc, keys) -> list[str]:
    return [doc.entities[k].name for k in keys]


def name_set(doc, keys) -> set[str]:
    """The names of those entities, as a set."""
    return set(names(doc, keys))


def role_names(doc, event, role: str) -> set[str]:
    """Names of the entities that fill ``role`` in ``event``."""
    return name_set(doc, [k for r, k in event.roles if r == role])


def event_places(doc, event) -> set[str]:
    """Names of the places of ``event``."""
    return name_set(doc, event.places)


def events_of(doc, kind: str) -> list:
    """The document's events of that kind."""
    return [e for e in doc.events if e.kind == kind]


def only_event(doc, kind: str):
    """The one event of that kind in the document (fails if there are none or several)."""
    found = events_of(doc, kind)
    assert len(found) == 1, found
    return found[0]


def entity_name(doc, key: str) -> str:
    """An entity's name; the article itself (a relation's subject or object) is "ARTICLE"."""
    from kg.model import DOCUMENT
    return "ARTICLE" if key == DOCUMENT else doc.entities[key].name


def relation_triples(doc, former: bool = False) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) names of the document's relations, current or former."""
    return {(entity_name(doc, r.subject), r.predicate, entity_name(doc, r.object))
            for r in doc.relations if r.former == former}


def named_entities(doc) -> set[tuple[str, str]]:
    """(name, type) of the entities the document names (context entities with no mention left out)."""
    return {(e.name, e.type) for e in doc.entities.values() if e.mentions}


def names_typed(doc, type_: str | None = None) -> set[str]:
    """Names of the entities the document names, of one type ("Person", "Organization", "Place") or of any."""
    return {name for name, t in named_entities(doc) if type_ is None or t == type_}


def entities_of(text: str) -> set[tuple[str, str]]:
    """(name, type) of the entities the whole pipeline, recogniser included, finds in a text."""
    return named_entities(pipeline_doc(text, use_model=True))
