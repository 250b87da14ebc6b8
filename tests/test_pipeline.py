"""The stage contract: Document in, Document out, requirements checked when the pipeline is assembled."""
import pytest

from kg.errors import KgError
from kg.model import Document
from kg.pipeline import STAGES, Pipeline, Stage


def test_stages_out_of_order_are_refused_when_assembled():
    with pytest.raises(KgError, match="needs"):
        Pipeline([s for s in STAGES if s.name != "segment"])


def test_a_stage_that_returns_something_else_is_refused():
    bad = Stage("bad", lambda doc, cfg: "oops", frozenset({"text"}), frozenset())
    with pytest.raises(TypeError, match="not a Document"):
        Pipeline([bad])(Document(id="x", text="abc"))
