"""Tokens with character offsets, and small predicates on them."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# the marks that open an item of a bulleted list ("- A", "• A", "– Ketua: A (PDIP)")
BULLET_MARKS = "[-–—•*·▪►]"
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*\.?|[^\w\s]", re.UNICODE)


# hashable by value and never changed, but not frozen: a frozen dataclass is made three times
# slower, and the rules make thousands of tokens per article
@dataclass(slots=True, unsafe_hash=True)
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
        if t.endswith(".") and len(t) > 1 and t[:-1] not in _DOTTED and not _INITIALS.fullmatch(t):
            out.append(Token(m.start(), m.end() - 1, t[:-1]))
            out.append(Token(m.end() - 1, m.end(), "."))
        else:
            out.append(Token(m.start(), m.end(), t))
    return out


_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")   # "K.H.", "H.M.": a name's initials keep their last full stop
_DOTTED = {"Dr", "Prof", "Ir", "Drs", "H", "Hj", "HM", "St", "Jl", "Mr", "Mrs", "Ms", "Jr", "Moh", "Muh"}


def is_capitalized(word: str) -> bool:
    return word[:1].isupper()


_LETTER_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def line_at(text: str, at: int) -> str:
    """The line of text that holds the offset ``at``."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1:end if end >= 0 else len(text)]


def title_cased(line: str, min_words: int = 3) -> bool:
    """A headline or a teaser's title in title case: enough words, nearly all capitalised, no full stop at
    the end, nor the semicolon or comma of a list's item (there capitals tell no names)."""
    words = _LETTER_WORD.findall(line)
    return len(words) >= min_words and not line.rstrip().endswith((".", "!", "?", ";", ",")) and \
        sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def is_acronym(word: str) -> bool:
    letters = word.replace("-", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def straight_quotes(text: str) -> str:
    """'Ma’ruf' -> "Ma'ruf": a name's apostrophe as the index writes it."""
    return text.replace("’", "'").replace("‘", "'")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive form for comparing names (cached: the same gazetteer
    names are compared for every article)."""
    text = unicodedata.normalize("NFKD", straight_quotes(text))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


_WORD_RUN = re.compile(r"\w+")


class WordRuns:
    """Where a word stands alone in a text (not inside a longer word), answered from one
    pass over the text instead of a regular-expression search of the whole text per word.
    A word that is not all word characters falls back to the search."""

    def __init__(self, text: str):
        self.text = text
        self._counts: dict[str, int] | None = None
        self._not_after_dot: set[str] = set()

    def _index(self) -> dict[str, int]:
        if self._counts is None:
            self._counts = {}
            for m in _WORD_RUN.finditer(self.text):
                w = m.group()
                self._counts[w] = self._counts.get(w, 0) + 1
                if m.start() == 0 or self.text[m.start() - 1] != ".":
                    self._not_after_dot.add(w)
        return self._counts

    def count(self, word: str) -> int:
        """len(re.findall(r"\\bWORD\\b", text))"""
        if _WORD_RUN.fullmatch(word):
            return self._index().get(word, 0)
        return len(re.findall(r"\b%s\b" % re.escape(word), self.text))

    def alone(self, word: str) -> bool:
        """Whether WORD occurs with no word character or full stop before it and no word
        character after it: re.search(r"(?<![\\w.])WORD\\b", text)."""
        if _WORD_RUN.fullmatch(word):
            self._index()
            return word in self._not_after_dot
        return re.search(r"(?<![\w.])%s\b" % re.escape(word), self.text) is not None


def whole_word_spans(name: str, text: str):
    """Spans where name stands as whole words: the literal is found, then the characters around
    it checked (a word character is what isalnum() or '_' accepts, as for the regex \\w).
    No pattern is compiled: names differ from one article to the next."""
    pos, n = 0, len(name)
    while (a := text.find(name, pos)) >= 0:
        b = a + n
        if (b < len(text) and (text[b].isalnum() or text[b] in "_-")) or \
                (a and (text[a - 1].isalnum() or text[a - 1] in "_-")):
            pos = a + 1
            continue
        yield a, b
        pos = b


def phrases_regex(phrases, ignore_case: bool = True) -> str:
    """A regular expression (no boundaries) matching any of the phrases, the longest one at a
    position first, with any run of white space between words. Written as a tree of shared
    prefixes: Python tries every alternative of a flat list at every position of the text,
    which makes a list of hundreds of titles a slow search."""
    tree: dict = {}
    for phrase in phrases:
        words = phrase.lower().split() if ignore_case else phrase.split()
        if not words:
            continue
        node = tree
        for ch in " ".join(words):
            node = node.setdefault(ch, {})
        node[""] = {}    # a phrase ends here

    def body(node: dict) -> str:
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + body(child) for ch, child in node.items() if ch]
        if not branches:
            return ""
        alternation = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{alternation})?" if "" in node else alternation   # longer first: the ? is greedy

    return body(tree)


_NICKNAME = re.compile(r" [“\"‘']([^“”\"‘’']+)[”\"’'] ")


def without_nickname(name: str) -> tuple[str, str | None]:
    """'Stefano “Teco” Cugurra' -> ('Stefano Cugurra', 'Teco'): the name and the nickname quoted in it."""
    found = _NICKNAME.search(name)
    return (name, None) if not found else (name[:found.start()] + " " + name[found.end():], found.group(1))
