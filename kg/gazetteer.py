"""Known entities: the package gazetteer plus the user's own CSV files."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.errors import ConfigError
from kg.lang.id import word_list
from kg.model import ENTITY_TYPES
from kg.text import fold

COLUMNS = ["qid", "type", "place_kind", "canonical_name_en", "canonical_name_id", "aliases_id", "source_url"]
PACKAGE_GAZETTEER = Path(__file__).parent / "data" / "gazetteer.csv"
_QID = re.compile(r"Q[1-9]\d*")


@dataclass
class Entry:
    type: str
    name: str                      # canonical Indonesian name
    name_en: str
    qid: str | None
    kind: str | None
    aliases: set[str] = field(default_factory=set)        # names that identify the entity
    title_aliases: set[str] = field(default_factory=set)  # titles such as "Pemimpin Revolusi Islam"

    @property
    def id(self) -> str:
        return self.qid or f"{self.type}:{self.name}"


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(t.lower() for t in word_list("titles"))


def _starts_with_title(alias: str) -> bool:
    words = alias.lower().split()   # (a title is the alias or its first words)
    return any(" ".join(words[:n]) in _titles() for n in range(1, len(words) + 1))


def _entry(row: dict, where: str) -> Entry:
    type_ = (row.get("type") or "").strip()
    if type_ not in ENTITY_TYPES:
        raise ConfigError(f"{where}: type must be one of {', '.join(ENTITY_TYPES)}, not {type_!r}")
    name = (row.get("canonical_name_id") or "").strip()
    if not name:
        raise ConfigError(f"{where}: canonical_name_id is empty")
    qid = (row.get("qid") or "").strip() or None
    if qid and not _QID.fullmatch(qid):
        raise ConfigError(f"{where}: qid must look like Q123, not {qid!r}")
    name_en = (row.get("canonical_name_en") or "").strip() or name
    entry = Entry(type_, name, name_en, qid, (row.get("place_kind") or "").strip() or None)
    raw = {name, name_en} | {a.strip() for a in (row.get("aliases_id") or "").split("|") if a.strip()}
    name_tokens = set(name.lower().split()) | set(name_en.lower().split())
    for alias in raw:
        first, _, rest = alias.partition(" ")
        if first.islower() and rest in raw:
            continue  # "rezim Israel": the cue word is context, "Israel" is the name
        if _starts_with_title(alias) and not name_tokens & set(alias.lower().split()):
            entry.title_aliases.add(alias)
        else:
            entry.aliases.add(alias)
    return entry


def read_csv(path: Path) -> list[Entry]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            missing = [c for c in ("type", "canonical_name_id") if c not in (reader.fieldnames or [])]
            if missing:
                raise ConfigError(f"{path} line 1: missing column(s) {', '.join(missing)}; "
                                  f"expected the header {','.join(COLUMNS)}")
            return [_entry(row, f"{path} line {reader.line_num}") for row in reader]
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such gazetteer file") from None
    except (UnicodeDecodeError, csv.Error) as e:
        raise ConfigError(f"{path}: not a UTF-8 CSV file ({e})") from None


class Gazetteer:
    def __init__(self, entries: list[Entry]):
        merged: dict[str, Entry] = {}
        for e in entries:  # later files override earlier ones, by qid or by type and name
            old = merged.pop(e.id, None) or merged.pop(f"{e.type}:{e.name}", None)
            if old is not None and old.qid and not e.qid:
                e.qid = old.qid
            merged[e.id] = e
        self.entries = list(merged.values())
        self._folded: dict[tuple[str, str], list[Entry]] = {}   # (type, folded name or alias) -> entries
        for e in self.entries:
            for n in {e.name, *e.aliases}:
                self._folded.setdefault((e.type, fold(n)), []).append(e)

    def named(self, type_: str, name: str) -> Entry | None:
        """The one entry of that type with that name or alias, compared folded ("Kementerian Tenaga Kerja")."""
        found = self._folded.get((type_, fold(name)), [])
        return found[0] if len(found) == 1 else None

    def by_alias(self) -> dict[str, list[Entry]]:
        index: dict[str, list[Entry]] = {}
        for e in self.entries:
            for alias in e.aliases:
                index.setdefault(alias, []).append(e)
        return index


def load(user_files: tuple[str, ...] = ()) -> Gazetteer:
    return _load(tuple(user_files))   # (one cache entry for load() and load(()))


@lru_cache(maxsize=8)
def _load(user_files: tuple[str, ...]) -> Gazetteer:
    entries = read_csv(PACKAGE_GAZETTEER)
    for f in user_files:
        entries += read_csv(Path(f))
    return Gazetteer(entries)
