"""Indonesian language resources. Word lists live in the data files beside this module."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_DIR = Path(__file__).parent


@lru_cache(maxsize=None)
def word_list(name: str) -> tuple[str, ...]:
    """Lines of ``NAME.txt`` beside this module, without comments and blank lines."""
    lines = (_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return tuple(s for line in lines if (s := line.split("#", 1)[0].strip()))


@lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    """The entries of ``NAME.txt`` as a set, for membership tests."""
    return frozenset(word_list(name))


@lru_cache(maxsize=1)
def place_level_abbreviations() -> dict[str, str]:
    """'Kab' -> 'kabupaten': abbreviated level words written with a full stop (place_head_abbreviations.txt)."""
    pairs = (row.split("=", 1) for row in word_list("place_head_abbreviations"))
    return {short.strip(): level.strip() for short, level in pairs}


@lru_cache(maxsize=1)
def unit_short_forms() -> dict[str, str]:
    """'PN' -> 'Pengadilan Negeri': short head words of regional bodies (unit_short_forms.txt)."""
    pairs = (row.split("=", 1) for row in word_list("unit_short_forms"))
    return {short.strip(): full.strip() for short, full in pairs}
