"""Read CoNLL-U treebanks into sentences of whole words.

Multiword tokens (``14-15 rumahnya`` = ``rumah`` + ``nya``) are merged into one word,
because the run-time tokenizer never splits clitics: the merged word takes the form of
the multiword token and the POS, head and relation of the part whose head lies outside
the range (its syntactic head); heads pointing into a merged range point at the merged
word.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError


@dataclass
class TreeSentence:
    sent_id: str
    words: list[str]
    spaces: list[bool]
    pos: list[str]
    heads: list[int]      # 0-based index of the head word; the root points at itself
    deps: list[str]

    @property
    def text(self) -> str:
        return "".join(w + (" " if s else "") for w, s in zip(self.words, self.spaces)).rstrip()


def _merge(rows: list[list[str]], ranges: dict[int, tuple[int, str, bool]], sent_id: str,
           path: Path) -> TreeSentence:
    """rows: the syntactic words (ID is an integer); ranges: first id -> (last id, form, space)."""
    ids = [int(r[0]) for r in rows]
    by_id = {i: r for i, r in zip(ids, rows)}
    new_index: dict[int, int] = {}   # syntactic word id -> merged word index
    groups: list[list[int]] = []
    i = 0
    while i < len(ids):
        wid = ids[i]
        if wid in ranges:
            last = ranges[wid][0]
            group = [j for j in ids if wid <= j <= last]
            i += len(group)
        else:
            group = [wid]
            i += 1
        for j in group:
            new_index[j] = len(groups)
        groups.append(group)
    words, spaces, pos, heads, deps = [], [], [], [], []
    for n, group in enumerate(groups):
        inside = set(group)
        head_part = next((j for j in group if int(by_id[j][6]) not in inside), group[0])
        row = by_id[head_part]
        if len(group) > 1:
            _, form, space = ranges[group[0]]
        else:
            form, space = row[1], "SpaceAfter=No" not in row[9]
        head = int(row[6])
        words.append(form)
        spaces.append(space)
        pos.append(row[3])
        heads.append(n if head == 0 else new_index[head])
        deps.append("ROOT" if head == 0 else row[7])
    if not words:
        raise InputError(f"{path}: sentence {sent_id} has no words")
    return TreeSentence(sent_id, words, spaces, pos, heads, deps)


def read_conllu(path: str | Path) -> list[TreeSentence]:
    """All sentences of a CoNLL-U file (empty nodes such as ``8.1`` are skipped)."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: cannot read CoNLL-U file ({e})") from None
    sentences: list[TreeSentence] = []
    rows: list[list[str]] = []
    ranges: dict[int, tuple[int, str, bool]] = {}
    sent_id = ""
    for number, line in enumerate(lines + [""], 1):
        if not line.strip():
            if rows:
                sentences.append(_merge(rows, ranges, sent_id or f"{path.name}:{number}", path))
            rows, ranges, sent_id = [], {}, ""
            continue
        if line.startswith("#"):
            if line.startswith("# sent_id"):
                sent_id = line.split("=", 1)[1].strip()
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise InputError(f"{path}:{number}: expected 10 tab-separated columns")
        if "-" in cols[0]:
            first, last = cols[0].split("-")
            ranges[int(first)] = (int(last), cols[1], "SpaceAfter=No" not in cols[9])
        elif "." not in cols[0]:
            rows.append(cols)
    return sentences
