"""Write the files of one article atomically: all of them or none."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kg.errors import ConfigError, KgError


def atomic_write(path: Path, write) -> None:
    """Call write(tmp_path), then move the finished file into place."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        write(Path(tmp))
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)   # mkstemp makes it private; give it normal permissions
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


FORMATS = ("ttl", "graphml", "html")   # the files of an article, by suffix; the default writes all


def check_formats(formats) -> tuple[str, ...]:
    """``formats`` (names or a comma-separated string) checked against FORMATS, in FORMATS order."""
    if isinstance(formats, str):
        formats = [f.strip().lower().lstrip(".") for f in formats.split(",") if f.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise ConfigError(f"unknown or no output format {', '.join(unknown)!r}; choose from {','.join(FORMATS)}")
    return tuple(f for f in FORMATS if f in formats)


def write_article(result, out_dir: Path, *, max_nodes: int | None = None,
                  formats: tuple[str, ...] = FORMATS) -> list[Path]:
    from kg.export.html import write_html
    from kg.graph import write_graphml
    from kg.rdf.turtle import turtle
    name = result.document.id
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise KgError(f"{out_dir}: cannot create the output folder ({e.strerror})") from None
    if not out_dir.is_dir():
        raise KgError(f"{out_dir}: not a folder")
    writers = {
        f"{name}.ttl": lambda p: p.write_bytes(turtle(result.rdf)),
        f"{name}.graphml": lambda p: write_graphml(result.graph, p),
        f"{name}.html": lambda p: write_html(result.graph, p, title=f"newskg: {name}", max_nodes=max_nodes),
    }
    written = []
    for filename, write in writers.items():
        if filename.rsplit(".", 1)[1] not in formats:
            continue
        path = out_dir / filename
        atomic_write(path, write)
        written.append(path)
    return written


def render_article(result, *, max_nodes: int | None = None, formats: tuple[str, ...] = FORMATS) -> dict[str, bytes]:
    """The files ``write_article`` writes, as bytes by file name: made where the article
    is built (a worker process or a cluster node), written by :func:`write_files`."""
    import io

    from kg.export.html import render_html
    from kg.graph import write_graphml
    from kg.rdf.turtle import turtle
    name = result.document.id
    files = {}
    if "ttl" in formats:
        files[f"{name}.ttl"] = turtle(result.rdf)
    if "graphml" in formats:
        buf = io.BytesIO()
        write_graphml(result.graph, buf)
        files[f"{name}.graphml"] = buf.getvalue()
    if "html" in formats:
        html = render_html(result.graph, title=f"newskg: {name}", max_nodes=max_nodes)
        files[f"{name}.html"] = html.encode("utf-8")
    return files


def write_files(files: dict[str, bytes], out_dir: Path) -> list[Path]:
    """Write rendered files (see render_article) into ``out_dir``, each atomically."""
    written = []
    for filename, data in files.items():
        path = out_dir / filename
        atomic_write(path, lambda p, data=data: p.write_bytes(data))
        written.append(path)
    return written
