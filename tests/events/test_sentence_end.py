"""A trigger phrase that the sentence cuts short (a line with no full stop) is read within the sentence."""
from kgtest import pipeline_doc


def test_a_light_verb_phrase_cut_by_the_end_of_a_line_builds_the_graph():
    # "melakukan kunjungan kerja" matched a three-word row while the line ended after two words:
    # the trigger covered a word past the sentence and the build stopped with an internal error
    doc = pipeline_doc("Menteri Luar Negeri Republik Indonesia (RI), Hendra Wijaya, melakukan kunjungan kerja\n\n"
                       "Menteri Hendra Wijaya tiba di Tokyo, Jepang, pada Senin.", use_model=True)
    assert "Hendra Wijaya" in {e.name for e in doc.entities.values()}
