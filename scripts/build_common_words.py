"""Build kg/lang/id/common_words.txt: Indonesian words that are ordinary lowercase words, so a lone
capitalised one (a sentence start, a headline word) is not a name by itself.

    python scripts/build_common_words.py data/idner-news-2k

A word is listed when the corpus writes it in lowercase at least twice and never capitalises it
inside an entity. Source: idner-news-2k (MIT licence), train and dev files. Rows below the line
HAND_KEPT in the list are kept as they are, so a rebuild keeps words added by hand.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LISTS = ROOT / "kg" / "lang" / "id"
HAND_KEPT = "# --- kept by hand below this line (the corpus does not hold these words)"


def tagged_words(corpus: str):
    """(word, tag) of every token of the corpus's train and dev files."""
    for name in ("train.txt", "dev.txt"):
        for line in (Path(corpus) / name).read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) >= 3:
                yield parts[0], parts[-1]


def write_list(name: str, header: str, words: list[str]) -> None:
    """kg/lang/id/<name>.txt: the header's comment lines, one word a line, then the rows kept by hand."""
    out = LISTS / f"{name}.txt"
    old = out.read_text(encoding="utf-8") if out.exists() else ""
    kept = old[old.index(HAND_KEPT):] if HAND_KEPT in old else ""
    out.write_text(header + "\n".join(words) + "\n" + kept, encoding="utf-8")
    print(f"{len(words)} words -> {out}")


def main(corpus: str) -> int:
    lower, in_entity = Counter(), set()
    for word, tag in tagged_words(corpus):
        if tag != "O":
            in_entity.add(word.lower())
        elif word.isalpha() and word.islower() and len(word) > 2:
            lower[word] += 1
    write_list("common_words", "# Ordinary lowercase words (scripts/build_common_words.py from idner-news-2k, MIT "
               "licence).\n# A lone capitalised one is not a name by itself.\n",
               sorted(w for w, n in lower.items() if n >= 2 and w not in in_entity))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "data" / "idner-news-2k")))
