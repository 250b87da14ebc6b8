"""Where an article's files go: a safe file name for its id, an output folder checked
before any work, and the article's files written all together or not at all.

The naming rule is documented in docs/hardening.md; keep the two in step.
"""
from __future__ import annotations

import hashlib
import os
import re
import secrets
import signal
import unicodedata
from pathlib import Path

from kg.errors import ConfigError, InputError

FORMATS = ("ttl", "graphml", "html")   # the files of an article, by suffix; the default writes all
SUFFIXES = tuple(f".{f}" for f in FORMATS)
MAX_NAME_BYTES = 100      # leaves room for a suffix and the temporary prefix below 255 bytes
FALLBACK_NAME = "article"
_TMP = re.compile(r"^\.kg-tmp-(?P<pid>\d+)-[0-9a-f]+-")
_OLD_TMP = re.compile(r"^\..+\.(?:ttl|graphml|html)\.[A-Za-z0-9_]{8}\.tmp$")   # left by earlier versions


def output_name(article_id: str) -> str:
    """The file name (without suffix) of an article: letters, digits, '-', '_' and '.' are kept,
    every run of other characters becomes one '_', leading dots are dropped, and a name longer
    than MAX_NAME_BYTES is cut and ends with 8 hex digits of the id's SHA-1 so long ids stay apart."""
    text = unicodedata.normalize("NFC", str(article_id))
    name = re.sub(r"[^\w.-]+", "_", text).lstrip(".")
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        cut = name.encode("utf-8")[:MAX_NAME_BYTES - 9].decode("utf-8", "ignore")
        name = f"{cut}-{digest}"
    return name if name.strip("_") else FALLBACK_NAME


def check_names(ids) -> dict[str, str]:
    """Map each article id to its file name; two ids with the same name are an input error."""
    names: dict[str, str] = {}
    for article_id in ids:
        name = output_name(article_id)
        if name in names:
            raise InputError(f"articles {names[name]!r} and {article_id!r} would both be written as "
                             f"{name}.*; give them ids that differ in letters or digits")
        names[name] = article_id
    return {article_id: name for name, article_id in names.items()}


def check_output_dir(path: Path, create: bool = False) -> Path:
    """Make sure files can be written in the output folder, before any work. A folder that does
    not exist yet is only created with create=True (when the first article is written), so a
    build that fails on its input leaves nothing behind."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise ConfigError(f"{path}: -o must be a folder, but this is a file")
    if not path.exists() and not create:
        parent = next(p for p in path.absolute().parents if p.exists())
        if not parent.is_dir() or not os.access(parent, os.W_OK | os.X_OK):
            raise ConfigError(f"{path}: cannot write to the output folder ({parent} is not a writable folder)")
        return path
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / f".kg-tmp-{os.getpid()}-{secrets.token_hex(4)}-probe"
        probe.touch()
        probe.unlink()
    except OSError as e:
        raise ConfigError(f"{path}: cannot write to the output folder ({e.strerror})") from None
    return path


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_temporaries(out_dir: Path) -> list[Path]:
    """Delete the temporaries that killed builds left in out_dir (never those of a running build)."""
    removed = []
    if not Path(out_dir).is_dir():
        return removed
    for p in Path(out_dir).iterdir():
        m = _TMP.match(p.name)
        if (m and int(m["pid"]) != os.getpid() and not _alive(int(m["pid"]))) or _OLD_TMP.match(p.name):
            try:
                p.unlink()
                removed.append(p)
            except OSError:
                pass
    return removed


def _permissions(path: Path) -> None:
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)   # a new temporary is private; finished files get normal permissions


def write_files(out_dir: Path, writers: dict[str, callable]) -> list[Path]:
    """Write every file to a temporary in out_dir, then move them all into place together.
    SIGINT and SIGTERM wait until the renames are done; only SIGKILL or a crash can split a set,
    and the next run removes what such a build left behind."""
    tag = f".kg-tmp-{os.getpid()}-{secrets.token_hex(4)}-"
    done: list[tuple[Path, Path]] = []
    try:
        for filename, write in writers.items():
            tmp = out_dir / f"{tag}{filename}"
            done.append((tmp, out_dir / filename))
            write(tmp)
            _permissions(tmp)
        blocked = {signal.SIGINT, signal.SIGTERM}
        old = signal.pthread_sigmask(signal.SIG_BLOCK, blocked)
        try:
            for tmp, final in done:
                os.replace(tmp, final)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, old)
    finally:
        for tmp, _ in done:
            tmp.unlink(missing_ok=True)
    return [final for _, final in done]


def check_formats(formats) -> tuple[str, ...]:
    """``formats`` (names or a comma-separated string) checked against FORMATS, in FORMATS order."""
    if isinstance(formats, str):
        formats = [f.strip().lower().lstrip(".") for f in formats.split(",") if f.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise ConfigError(f"unknown or no output format {', '.join(unknown)!r}; choose from {','.join(FORMATS)}")
    return tuple(f for f in FORMATS if f in formats)


def _checked_name(article_id: str, out_dir: Path, name: str | None = None) -> str:
    name = name or output_name(article_id)
    for suffix in SUFFIXES:   # the rule cannot produce a path; this guards against a future change to it
        if (out_dir / f"{name}{suffix}").resolve().parent != out_dir.resolve():
            raise InputError(f"article {article_id!r}: its file name {name!r} leaves the output folder")
    return name


def render_article(result, *, max_nodes: int | None = None, formats: tuple[str, ...] = FORMATS) -> dict[str, bytes]:
    """The files of one article as bytes by suffix ("ttl", "graphml", "html"): made where the
    article is built (a worker process or a cluster node), written by :func:`write_rendered`."""
    import io

    from kg.export.html import render_html
    from kg.graph import write_graphml
    from kg.rdf.turtle import turtle
    files = {}
    if "ttl" in formats:
        files["ttl"] = turtle(result.triples)
    if "graphml" in formats:
        buf = io.BytesIO()
        write_graphml(result.graph, buf)
        files["graphml"] = buf.getvalue()
    if "html" in formats:
        files["html"] = render_html(result.graph, title=f"newskg: {result.document.id}",
                                    max_nodes=max_nodes).encode("utf-8")
    return files


def write_rendered(article_id: str, files: dict[str, bytes], out_dir: Path, name: str | None = None) -> list[Path]:
    """Write rendered files (see render_article) as NAME.<suffix>, all together or none."""
    out_dir = check_output_dir(out_dir, create=True)
    name = _checked_name(article_id, out_dir, name)
    writers = {f"{name}.{suffix}": (lambda p, data=data: p.write_bytes(data)) for suffix, data in files.items()}
    try:
        return write_files(out_dir, writers)
    except OSError as e:
        raise ConfigError(f"{out_dir}: cannot write the files of {name} ({e.strerror})") from None


def write_article(result, out_dir: Path, *, name: str | None = None, max_nodes: int | None = None,
                  formats: tuple[str, ...] = FORMATS) -> list[Path]:
    """Write NAME.ttl, NAME.graphml and NAME.html (those of ``formats``) of one built article into out_dir."""
    files = render_article(result, max_nodes=max_nodes, formats=formats)
    return write_rendered(result.document.id, files, out_dir, name)
