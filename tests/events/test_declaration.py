"""The event declaration (kg/lang/id/events.toml) and the ontology agree."""
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF

from kg.errors import ConfigError
from kg.events.kinds import declaration, parse
from kg.rdf.vocab import EVENT_QUANTITIES, EVENT_ROLES, KG

ONTOLOGY = Path(__file__).resolve().parents[2] / "ontology" / "kg.ttl"


def test_every_declared_class_role_and_quantity_is_in_the_ontology():
    g = Graph().parse(ONTOLOGY)
    decl = declaration()
    for kind in decl.kinds.values():
        assert (URIRef(KG[kind.name]), RDF.type, OWL.Class) in g, kind.name
        for q in kind.quantities:
            assert (URIRef(KG[q]), RDF.type, OWL.DatatypeProperty) in g, q
    for role in decl.roles() | set(EVENT_ROLES):
        assert (URIRef(KG[role]), RDF.type, OWL.ObjectProperty) in g, role
    for q in EVENT_QUANTITIES:
        assert (URIRef(KG[q]), RDF.type, OWL.DatatypeProperty) in g, q


def test_the_kinds_of_the_event_test_set_are_declared():
    spec = {"Meeting", "Travel", "Statement", "Attack", "Clash", "MilitaryCampaign", "CasualtyReport",
            "Arrest", "Charge", "Trial", "Verdict", "SportsMatch", "Disaster", "Accident", "Agreement",
            "Decision", "Election", "Nomination", "Appointment", "Inauguration", "Protest", "Strike",
            "Acquisition", "Investment", "Aid", "Support"}
    assert set(declaration().kinds) == spec


def _minimal(**kind):
    return {"cues": {n: [] for n in ("negation", "modality", "governors", "pronouns_plural",
                                     "pronouns_person", "source_cues", "person_nouns", "anaphoric",
                                     "support_verbs", "cause_verbs", "report_verbs")} | {"anaphors": {}},
            "quantities": {"score_pattern": "x"},
            "kinds": {"Meeting": {"verbs": ["bertemu"], **kind}}}


def test_a_misspelled_role_is_an_error_not_a_new_term():
    with pytest.raises(ConfigError, match="unknown role 'participan'"):
        parse(_minimal(roles={"subject": "participan"}))


def test_an_unknown_quantity_is_an_error():
    with pytest.raises(ConfigError, match="unknown quantities"):
        parse(_minimal(quantities=["deaths"]))


def test_an_implicit_agent_that_names_no_generic_body_is_an_error():
    data = _minimal(implicit_agent="petugass")
    data["cues"] |= {n: [] for n in ("member_verbs", "background_marks", "event_nouns", "carrier_verbs",
                                     "verb_prepositions", "representatives")}
    data["cues"]["generic_bodies"] = {"petugas": ["polres"]}
    with pytest.raises(ConfigError, match="implicit_agent 'petugass' is no generic body"):
        parse(data)


def test_merge_keys_come_from_the_declaration():
    from kg.stages.merge_events import _key_roles
    assert _key_roles("Meeting") == ("participant",)
    assert _key_roles("Statement") == ("speaker",)


def test_the_output_contract_lets_exactly_the_kinds_that_require_no_role_go_without_an_actor():
    import re
    shapes = (ONTOLOGY.parent / "shapes.ttl").read_text(encoding="utf-8")
    listed = set(re.search(r"FILTER \(\?kind IN \(([^)]*)\)\)", shapes).group(1).replace("kg:", "").split(", "))
    assert listed == {name for name, kind in declaration().kinds.items() if not kind.required}
