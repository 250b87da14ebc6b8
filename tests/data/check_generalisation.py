#!/usr/bin/env python3
"""Check the NER generalisation test set (tests/data/generalisation.jsonl).

The set must contain Indonesian news-style sentences whose Person and
Organization entities are *unseen*: absent from the gazetteer and from the
idner-news-2k training/dev data.  This script verifies:

* every line is a JSON object with "text", "entities" (list of
  {"text", "type"}) and "topic";
* entity types are Person, Organization or Place, and no surface string is
  listed twice for the same sentence;
* every entity text occurs in its sentence (on word boundaries);
* no Person/Organization entity text equals, case-insensitively, a
  canonical_name_en, canonical_name_id or aliases_id ('|'-separated) entry
  of kg/data/gazetteer.csv;
* no Person/Organization entity's token sequence occurs (case-insensitively)
  anywhere in the token streams of data/idner-news-2k/train.txt or dev.txt;
* there are at least 30 sentences, topics are from the expected set and each
  topic has at least 6 sentences.

Usage: python tests/data/check_generalisation.py [path/to/generalisation.jsonl]
Exit status 0 when all checks pass, 1 otherwise.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_SET = HERE / "generalisation.jsonl"
GAZETTEER = REPO / "kg" / "data" / "gazetteer.csv"
CONLL_FILES = [
    REPO / "data" / "idner-news-2k" / "train.txt",
    REPO / "data" / "idner-news-2k" / "dev.txt",
]

TYPES = {"Person", "Organization", "Place"}
CHECKED_TYPES = {"Person", "Organization"}
TOPICS = {"domestic politics", "economy", "sport", "disasters", "Middle East"}
MIN_SENTENCES = 30
MIN_PER_TOPIC = 6

SEP = "\x00"  # token separator for the joined token stream
# word-ish tokens (keeping internal hyphens, apostrophes and dots, as in
# "al-Furat", "Ma'ruf", "D.C") or single punctuation characters
TOKEN_RE = re.compile(r"\w+(?:[-'\u2019.]\w+)*|[^\w\s]")


def load_gazetteer_names(path: Path) -> set[str]:
    names: set[str] = set()
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            for col in ("canonical_name_en", "canonical_name_id"):
                value = (row.get(col) or "").strip()
                if value:
                    names.add(value.casefold())
            for alias in (row.get("aliases_id") or "").split("|"):
                alias = alias.strip()
                if alias:
                    names.add(alias.casefold())
    return names


def load_token_stream(paths: list[Path]) -> str:
    """All tokens of the CoNLL files, lower-cased, joined by SEP.

    Sentence boundaries are ignored on purpose (stricter: a sequence spanning
    a boundary also counts as occurring).
    """
    tokens: list[str] = []
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                tokens.append(line.split()[0].casefold())
    return SEP + SEP.join(tokens) + SEP


def tokenisations(text: str) -> list[list[str]]:
    """Plausible tokenisations of an entity string (whitespace and regex)."""
    variants = []
    ws = text.casefold().split()
    variants.append(ws)
    rx = TOKEN_RE.findall(text.casefold())
    if rx != ws:
        variants.append(rx)
    return variants


def occurs_in_text(entity: str, text: str) -> bool:
    pattern = r"(?<!\w)" + re.escape(entity) + r"(?!\w)"
    return re.search(pattern, text) is not None


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT_SET
    gazetteer = load_gazetteer_names(GAZETTEER)
    stream = load_token_stream(CONLL_FILES)

    errors: list[str] = []
    topics: Counter[str] = Counter()
    types: Counter[str] = Counter()
    n = 0

    with path.open(encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            where = f"line {lineno}"
            try:
                rec = json.loads(raw)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: invalid JSON ({exc})")
                continue
            n += 1
            text = rec.get("text")
            ents = rec.get("entities")
            topic = rec.get("topic")
            if not isinstance(text, str) or not text.strip():
                errors.append(f"{where}: missing or empty 'text'")
                continue
            if not isinstance(ents, list) or not ents:
                errors.append(f"{where}: 'entities' must be a non-empty list")
                ents = []
            if topic not in TOPICS:
                errors.append(f"{where}: unknown topic {topic!r}")
            topics[topic] += 1

            seen: set[str] = set()
            for ent in ents:
                etext = ent.get("text") if isinstance(ent, dict) else None
                etype = ent.get("type") if isinstance(ent, dict) else None
                if not isinstance(etext, str) or not etext.strip():
                    errors.append(f"{where}: entity without text: {ent!r}")
                    continue
                if etype not in TYPES:
                    errors.append(f"{where}: {etext!r} has bad type {etype!r}")
                if etext in seen:
                    errors.append(f"{where}: {etext!r} listed more than once")
                seen.add(etext)
                types[etype] += 1
                if not occurs_in_text(etext, text):
                    errors.append(f"{where}: {etext!r} not found in sentence")
                if etype not in CHECKED_TYPES:
                    continue
                if etext.casefold() in gazetteer:
                    errors.append(
                        f"{where}: {etype} {etext!r} is in the gazetteer")
                for toks in tokenisations(etext):
                    needle = SEP + SEP.join(toks) + SEP
                    if needle in stream:
                        errors.append(
                            f"{where}: {etype} {etext!r} occurs in "
                            f"idner-news-2k train/dev as {' '.join(toks)!r}")
                        break

    if n < MIN_SENTENCES:
        errors.append(f"only {n} sentences (need >= {MIN_SENTENCES})")
    for t in sorted(TOPICS):
        if topics[t] < MIN_PER_TOPIC:
            errors.append(
                f"topic {t!r} has {topics[t]} sentences (need >= {MIN_PER_TOPIC})")

    print(f"{n} sentences")
    print("per topic: " + ", ".join(f"{t}={topics[t]}" for t in sorted(topics, key=str)))
    print("per entity type: " + ", ".join(f"{t}={types[t]}" for t in sorted(types, key=str)))
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
