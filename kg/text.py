"""Tokens with character offsets, and small predicates on them."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*\.?|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    out = []
    for m in _TOKEN.finditer(text, start, end):
        t = m.group()
        # keep a trailing full stop only for abbreviations like "Dr." or "S.H."; else split it off
        if t.endswith(".") and len(t) > 1 and t[:-1] not in _DOTTED:
            out.append(Token(m.start(), m.end() - 1, t[:-1]))
            out.append(Token(m.end() - 1, m.end(), "."))
        else:
            out.append(Token(m.start(), m.end(), t))
    return out


_DOTTED = {"Dr", "Prof", "Ir", "Drs", "H", "Hj", "St", "Jl", "Mr", "Mrs", "Ms", "Jr", "Moh", "Muh"}


def is_capitalized(word: str) -> bool:
    return word[:1].isupper()


def is_acronym(word: str) -> bool:
    letters = word.replace("-", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case- and accent-insensitive form for comparing names (cached: the same gazetteer
    names are compared for every article)."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
