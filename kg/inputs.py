"""What ``kg build`` reads: files, folders (recursively), globs and JSON Lines on stdin,
turned into a lazy stream of :class:`Item` (one article each).

Nothing here keeps a corpus in memory. :func:`sources` resolves the command-line
arguments to files up front (a missing file is an error before any work);
:func:`check` reads every file once and refuses bad ones and duplicate ids (a set of
ids, not the articles); :func:`items` then yields the articles one at a time.

HTML pages are kept as raw bytes in their Item: turning them into text (trafilatura,
offline) is work, so it happens in the worker that builds the article
(:meth:`Item.document`).
"""
from __future__ import annotations

import glob
import hashlib
import json
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from kg.errors import InputError
from kg.model import Document
from kg.stages.read import bom_encoding, decode, parse_date, read_text

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
FOLDER_SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES
STDIN = "-"


@dataclass(frozen=True)
class Item:
    """One article as read, before any extraction."""
    id: str
    where: str                      # file (and line) for messages
    text: str = ""                  # the article text (text and JSON Lines input)
    html: bytes | None = None       # the raw page (HTML input)
    published: date | None = None
    url: str | None = None
    source: str | None = None

    def content_hash(self, salt: str = "") -> str:
        """Changes whenever anything that goes into the article's graph changes."""
        h = hashlib.sha256(salt.encode())
        for part in (self.id, self.text, self.published and self.published.isoformat(), self.url, self.source):
            h.update(b"\x00" + (part or "").encode("utf-8", "surrogatepass"))
        h.update(b"\x00" + (self.html or b""))
        return h.hexdigest()

    def document(self) -> Document:
        if self.html is None:
            return read_text(self.text, self.id, published=self.published, url=self.url, source=self.source)
        return html_document(self.html, self.id, self.where, published=self.published, source=self.source)


def html_document(data: bytes, doc_id: str, where: str, *, published: date | None = None,
                  source: str | None = None) -> Document:
    """The article of an HTML page: its main text (navigation, bylines and boilerplate
    left out by trafilatura), title, publication date, author and URL. Offsets of
    everything extracted later index the extracted text, which is ``nif:isString``."""
    import trafilatura

    page = trafilatura.bare_extraction(decode(data, where), with_metadata=True, include_comments=False,
                                       include_tables=False)
    if page is None or not (page.text or "").strip():
        raise InputError(f"{where}: no article text found in this HTML page")
    doc = read_text(page.text, doc_id, published=parse_date(page.date, f"{where} date") or published,
                    url=page.url, source=source)
    doc.title, doc.author = page.title or None, page.author or None
    return doc


def _is_glob(arg: str) -> bool:
    return any(ch in arg for ch in "*?[")


def sources(args: Iterable[str]) -> list[str]:
    """The files to read, in order: a folder gives its .txt/.jsonl/.html files (recursively,
    sorted), a glob its matches (sorted); '-' is standard input. Missing inputs fail here."""
    out: list[str] = []
    for arg in args:
        if arg == STDIN:
            out.append(arg)
            continue
        p = Path(arg)
        if p.is_dir():
            found = sorted(str(f) for f in p.rglob("*") if f.suffix.lower() in FOLDER_SUFFIXES and f.is_file())
            if not found:
                raise InputError(f"{arg}: is a directory with no .txt, .jsonl or .html files in it")
            out.extend(found)
        elif p.exists():
            out.append(arg)
        elif _is_glob(arg):
            found = sorted(f for f in glob.glob(arg, recursive=True) if Path(f).is_file())
            if not found:
                raise InputError(f"{arg}: no file matches this pattern")
            out.extend(found)
        else:
            raise InputError(f"{arg}: no such file")
    if out.count(STDIN) > 1:
        raise InputError("'-' (standard input) can be given only once")
    return list(dict.fromkeys(out))   # a file named twice (folder and glob) is read once


def _read_bytes(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None


def _jsonl_lines(path: str) -> Iterator[str]:
    """The lines of a JSON Lines file, read and decoded one at a time: a corpus file of any
    size is never held whole (a UTF-16/32 file, rare, is decoded whole)."""
    try:
        with open(path, "rb") as f:
            if bom_encoding(f.read(4)) != "utf-8-sig":
                f.seek(0)
                yield from decode(f.read(), path).splitlines()
                return
            f.seek(0)
            for n, raw in enumerate(f, 1):
                yield decode(raw, f"{path} line {n}")
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None


def _jsonl_items(lines: Iterable[str], name: str, published: date | None) -> Iterator[Item]:
    empty = True
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name} line {n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"{where}: not valid JSON ({e.msg})") from None
        if not isinstance(row, dict) or not isinstance(row.get("text"), str) or not row.get("id") \
                or isinstance(row["id"], bool) or not isinstance(row["id"], (str, int)):
            raise InputError(f"{where}: each line needs an object with string fields 'id' and 'text'")
        if not row["text"].strip():
            raise InputError(f"{where}: the article text is empty")
        pub = parse_date(row.get("published"), f"{where} 'published'") or published
        empty = False
        yield Item(str(row["id"]), where, text=row["text"], published=pub, url=row.get("url"),
                   source=row.get("source") or name)
    if empty:
        raise InputError(f"{name}: no articles in this JSON Lines file")


def _stdin_items(published: date | None) -> Iterator[Item]:
    """Standard input: JSON Lines when it starts with '{' (read line by line, so a feed
    can be piped in), else one article named 'stdin'."""
    stream = sys.stdin.buffer
    first = stream.readline()
    if first.lstrip().startswith(b"{"):
        def lines():
            yield decode(first, "<stdin>")
            for raw in stream:
                yield decode(raw, "<stdin>")
        yield from _jsonl_items(lines(), "<stdin>", published)
        return
    text = decode(first + stream.read(), "<stdin>")
    if not text.strip():
        raise InputError("<stdin>: the article text is empty")
    yield Item("stdin", "<stdin>", text=text, published=published, source="<stdin>")


def file_items(path: str, published: date | None = None) -> Iterator[Item]:
    """The articles of one file: a text file or HTML page is one, a JSON Lines file one per line."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl_items(_jsonl_lines(path), path, published)
        return
    data = _read_bytes(path)
    if suffix in HTML_SUFFIXES:
        decode(data, path)   # binary or not UTF-8: refused now, not in a worker
        yield Item(p.stem, path, html=data, published=published, source=path)
        return
    text = decode(data, path)
    if not text.strip():
        raise InputError(f"{path}: the article text is empty")
    yield Item(p.stem if suffix in TEXT_SUFFIXES else p.name, path, text=text, published=published, source=path)


def items(paths: list[str], published: date | None = None) -> Iterator[Item]:
    """Every article of ``paths`` (from :func:`sources`), one at a time, in order."""
    for path in paths:
        yield from (_stdin_items(published) if path == STDIN else file_items(path, published))


def _same_name(seen: dict[str, str], item) -> None:
    """Record ``item``'s file name; an id met before, or two ids with one file name, is an input error."""
    from kg.output import output_name
    name = output_name(item.id)
    if name in seen:
        other = seen[name]
        if other == item.id:
            raise InputError(f"{item.where}: two articles would both be written as {item.id!r}; rename one input")
        raise InputError(f"{item.where}: articles {other!r} and {item.id!r} would both be written as {name}.*; "
                         "give them ids that differ in letters or digits")
    seen[name] = item.id


def check(paths: list[str], published: date | None = None) -> int:
    """Read every file once and raise InputError on the first bad article or repeated file name,
    before anything is written. Keeps only the ids. Standard input is checked as it is
    read (it cannot be read twice). Returns the number of articles in the files."""
    seen: dict[str, str] = {}
    n = 0
    for item in items([p for p in paths if p != STDIN], published):
        _same_name(seen, item)
        n += 1
    return n


def unique(stream: Iterable[Item]) -> Iterator[Item]:
    """``stream`` with an error on a file name met before (the check for standard input)."""
    seen: dict[str, str] = {}
    for item in stream:
        _same_name(seen, item)
        yield item
