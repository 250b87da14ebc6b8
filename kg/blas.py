"""Matrix products of the two spaCy models (entity recogniser, parser) on numpy's BLAS.

spaCy's CPU backend multiplies with BLIS by default, and the BLIS build on PyPI falls
back to its generic kernel on processors it does not recognise (this machine's AMD EPYC:
about 33 GFLOP/s, where numpy's OpenBLAS reaches about 98). Most of the models' time is
these products, so both models are loaded with thinc's numpy ops without BLIS
(:func:`loading`), and run with numpy's BLAS held to one thread (:func:`one_thread`):
OpenBLAS would spread each small product over every core and spin while it waits (248
instead of 55 ms of CPU per article on this busy two-core machine), and a corpus build
already runs one process per core.

Same weights, same products up to the order of rounding: on the NER corpora (2,819
sentences), the UD test sentences (2,490) and 181 articles built end to end, every
entity, tag, head and output file came out identical (docs/speed.md).
"""
from __future__ import annotations

_controller = None


def loading():
    """Context in which ``spacy.load`` builds a pipeline whose products go to numpy."""
    from thinc.api import use_ops

    return use_ops("numpy", use_blis=False)


def one_thread():
    """Context in which numpy's BLAS runs on one thread (restored on leaving)."""
    global _controller
    if _controller is None:   # finds the loaded BLAS libraries once (~0.3 ms)
        from threadpoolctl import ThreadpoolController

        _controller = ThreadpoolController()
    return _controller.limit(limits=1, user_api="blas")
