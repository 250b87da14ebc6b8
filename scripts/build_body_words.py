"""Build kg/lang/id/body_words.txt: capitalised words that the corpus writes inside the names of bodies and
places but never inside a person's name, so a run that opens with them after a title continues the body
the title names ("Kepala SKK Migas | Rudi Santoso") rather than opening the holder's name.

    python scripts/build_body_words.py data/idner-news-2k

A word is listed when it stands at least twice inside an organization or place name (train and dev files
of idner-news-2k, MIT licence) and never inside a person's.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from build_common_words import tagged_words, write_list

ROOT = Path(__file__).resolve().parent.parent


def main(corpus: str) -> int:
    in_body, in_person = Counter(), set()
    for word, tag in tagged_words(corpus):
        word = word.strip("(),.")
        if tag.endswith("PER"):
            in_person.add(word)
        elif tag != "O" and word[:1].isupper() and word[1:2].islower() and len(word) > 2:
            in_body[word] += 1
    write_list("body_words", "# Words of bodies' and places' names, never of a person's (scripts/build_body_words.py "
               "from\n# idner-news-2k, MIT licence).\n",
               sorted(w for w, n in in_body.items() if n >= 2 and w not in in_person))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "data" / "idner-news-2k")))
