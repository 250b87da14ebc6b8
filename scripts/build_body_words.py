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

ROOT = Path(__file__).resolve().parent.parent


def main(corpus: str) -> int:
    in_body, in_person = Counter(), set()
    for name in ("train.txt", "dev.txt"):
        for line in (Path(corpus) / name).read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) < 3 or parts[-1] == "O":
                continue
            word, tag = parts[0].strip("(),."), parts[-1]
            if tag.endswith("PER"):
                in_person.add(word)
            elif word[:1].isupper() and word[1:2].islower() and len(word) > 2:
                in_body[word] += 1
    words = sorted(w for w, n in in_body.items() if n >= 2 and w not in in_person)
    out = ROOT / "kg" / "lang" / "id" / "body_words.txt"
    out.write_text("# Words of bodies' and places' names, never of a person's (scripts/build_body_words.py from\n"
                   "# idner-news-2k, MIT licence).\n" + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "data" / "idner-news-2k")))
