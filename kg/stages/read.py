"""Read articles: plain text files, standard input, or JSON Lines (one article a line)."""
from __future__ import annotations

import codecs
import re
import sys
from datetime import date
from pathlib import Path

from kg.errors import InputError
from kg.model import Document

# A text file with more control characters than this share is treated as binary.
_MAX_CONTROL_SHARE = 0.01
_ALLOWED_CONTROLS = {"\n", "\r", "\t", "\f"}
# Byte order marks and their encodings; UTF-32 first, its little-endian BOM starts
# with UTF-16's.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def bom_encoding(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return "utf-8-sig"


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8, or UTF-16/UTF-32 when a byte order mark says so (the BOM is
    dropped); refuse binary and undecodable input."""
    encoding = bom_encoding(data)
    if encoding == "utf-8-sig" and b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file (contains NUL bytes); expected UTF-8 text "
                         "(or UTF-16/UTF-32 with a byte order mark)")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as e:
        label = "UTF-8" if encoding == "utf-8-sig" else encoding.upper()
        raise InputError(f"{name}: not valid {label} (byte {e.start}: {data[e.start:e.start + 1]!r}); "
                         "convert it with e.g. 'iconv -f latin1 -t utf-8'") from None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in _ALLOWED_CONTROLS)
    if text and controls / len(text) > _MAX_CONTROL_SHARE:
        raise InputError(f"{name}: looks like a binary file (many control characters); expected UTF-8 text")
    return text


def parse_date(value: str | None, what: str) -> date | None:
    """A real calendar day written exactly as YYYY-MM-DD (nothing before or after it)."""
    if value in (None, ""):
        return None
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value, re.ASCII):
        raise InputError(f"{what}: {value!r} is not a date in the form YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{what}: {value!r} is not a real day (YYYY-MM-DD, year 0001 to 9999)") from None


def _checked(doc: Document, name: str) -> Document:
    if not doc.text.strip():
        raise InputError(f"{name}: the article text is empty")
    return doc


def read_text(text: str, doc_id: str, *, published: date | None = None, url: str | None = None,
              source: str | None = None) -> Document:
    return _checked(Document(id=doc_id, text=text, published=published, url=url, source=source), doc_id)


def _read_jsonl(text: str, name: str, published: date | None) -> list[Document]:
    from kg.inputs import _jsonl_items   # one reader of JSON Lines rows for files, stdin and this API
    docs, seen = [], set()
    for item in _jsonl_items(text.splitlines(), name, published):
        if item.id in seen:
            raise InputError(f"{item.where}: duplicate article id {item.id!r}")
        seen.add(item.id)
        docs.append(item.document())
    return docs


def read_input(path: str, *, published: date | None = None) -> list[Document]:
    """Read one input argument of ``kg build``: a text file, ``-`` or a ``.jsonl`` file."""
    if path == "-":
        data, name, doc_id = sys.stdin.buffer.read(), "<stdin>", "stdin"
    else:
        p = Path(path)
        if not p.exists():
            raise InputError(f"{path}: no such file")
        if p.is_dir():
            raise InputError(f"{path}: is a directory; give the article files inside it")
        try:
            data = p.read_bytes()
        except OSError as e:
            raise InputError(f"{path}: cannot read ({e.strerror})") from None
        name, doc_id = path, p.stem if p.suffix.lower() in (".txt", ".jsonl", ".ndjson") else p.name
    text = decode(data, name)
    if path != "-" and Path(path).suffix.lower() in (".jsonl", ".ndjson"):
        return _read_jsonl(text, name, published)
    # Problems are reported by the path the user gave, not the article id made from it.
    return [_checked(Document(id=doc_id, text=text, published=published, source=name), name)]
