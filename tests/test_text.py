"""kg.text: the phrase pattern every word list of titles and cues is searched with."""
import re

from kg.text import phrases_regex


def _find(phrases, text, flags=re.IGNORECASE):
    pattern = re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % phrases_regex(phrases, bool(flags & re.IGNORECASE)), flags)
    return [m.group() for m in pattern.finditer(text)]


def test_the_longest_phrase_at_a_position_wins_and_white_space_may_vary():
    titles = ["Menteri", "Menteri Luar Negeri", "Menteri Luar Negeri Jepang", "Wakil Menteri", "Kapolres"]
    text = "Menteri Luar Negeri Sugiono, Menteri  Luar\nNegeri Jepang Takeshi Iwaya, Wakil Menteri Budi, Kapolresta X."
    assert _find(titles, text) == ["Menteri Luar Negeri", "Menteri  Luar\nNegeri Jepang", "Wakil Menteri"]


def test_a_phrase_is_found_only_as_whole_words_and_case_only_when_asked():
    assert _find(["ketua"], "Ketua, ketuanya, KETUA-umum, ketua") == ["Ketua", "ketua"]
    assert _find(["Ketua"], "Ketua dan ketua", 0) == ["Ketua"]


def test_special_characters_are_literal():
    assert _find(["a.n.", "(Ant)", "c++"], "oleh a.n. redaksi (Ant) c++ abn") == ["a.n.", "(Ant)", "c++"]
