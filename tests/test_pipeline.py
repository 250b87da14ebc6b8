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


def test_the_speaker_of_a_sentence_a_wrapped_page_spread_over_lines_is_found():
    text = ("MEDAN - Kepala Dinas Pemadam Kebakaran Kota Medan Roni Hasibuan\n"
            "mengatakan api berhasil dipadamkan setelah tiga jam, Senin (3/3/2025).\n"
            "Ia menyebut kebakaran itu menghanguskan dua belas rumah warga di\n"
            "Kelurahan Sei Agul dan petugas masih mendata kerugian yang\n"
            "dialami para korban.")
    doc = Pipeline()(Document(id="wrapped", text=text))
    speakers = {k for e in doc.events if e.kind == "Statement" for role, k in e.roles if role == "speaker"}
    assert any("roni-hasibuan" in k for k in speakers)


def test_a_statement_whose_speaker_is_only_described_breaks_no_rule_of_the_output_contract():
    from kgtest import pipeline_doc   # checks the graph against the output contract
    doc = pipeline_doc('"Jalan itu licin sejak pagi," kata seorang petugas Dinas Perhubungan Kota Bogor '
                       'saat ditemui di lokasi, Senin (3/3/2025).')
    assert all(e.actors() for e in doc.events if e.kind == "Statement")
