"""The lemma table: Indonesian word -> base word (``menewaskan`` -> ``tewas``,
``penangkapan`` -> ``tangkap``, ``pertemuan`` -> ``temu``).

It is the lemma dictionary of ``nlp-id`` 0.1.23.0 (kumparan, MIT licence; see
``data/LICENSE-nlp-id.txt``), stored as ``data/lemmas.tsv.xz``: one line per lemma,
``lemma<TAB>word word ...``. Rebuild it from the package's ``lemma_dict.json`` with
``python -m kg.parse.lemmas PATH/lemma_dict.json``.
"""
from __future__ import annotations

import json
import lzma
import sys
from collections import defaultdict
from pathlib import Path

from kg.errors import ModelError

TABLE_PATH = Path(__file__).parent / "data" / "lemmas.tsv.xz"


def load(path: Path = TABLE_PATH) -> dict[str, str]:
    """word -> lemma, for the words whose lemma differs from the word."""
    try:
        text = lzma.decompress(path.read_bytes()).decode("utf-8")
    except (OSError, lzma.LZMAError) as e:
        raise ModelError(f"lemma table unreadable: {path} ({e}); reinstall the package") from None
    table = {}
    for line in text.splitlines():
        lemma, _, words = line.partition("\t")
        for word in words.split():
            table[word] = lemma
    return table


def build(json_path: str | Path, out: Path = TABLE_PATH) -> int:
    """Write the compressed table from nlp-id's lemma_dict.json; returns the word count."""
    pairs = json.loads(Path(json_path).read_text(encoding="utf-8"))
    by_lemma: dict[str, list[str]] = defaultdict(list)
    for word, lemma in pairs.items():
        if word != lemma:
            by_lemma[lemma].append(word)
    text = "".join(f"{lemma}\t{' '.join(sorted(words))}\n" for lemma, words in sorted(by_lemma.items()))
    out.write_bytes(lzma.compress(text.encode("utf-8"), preset=9))
    return sum(len(w) for w in by_lemma.values())


if __name__ == "__main__":
    print(f"{build(sys.argv[1])} words written to {TABLE_PATH}")
