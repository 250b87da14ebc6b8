"""Write the files of one article atomically: all of them or none."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kg.errors import KgError


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


def write_article(result, out_dir: Path, *, max_nodes: int | None = None) -> list[Path]:
    from kg.export.html import write_html
    from kg.graph import write_graphml
    name = result.document.id
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise KgError(f"{out_dir}: cannot create the output folder ({e.strerror})") from None
    if not out_dir.is_dir():
        raise KgError(f"{out_dir}: not a folder")
    writers = {
        f"{name}.ttl": lambda p: result.rdf.serialize(destination=str(p), format="turtle"),
        f"{name}.graphml": lambda p: write_graphml(result.graph, p),
        f"{name}.html": lambda p: write_html(result.graph, p, title=f"newskg: {name}", max_nodes=max_nodes),
    }
    written = []
    for filename, write in writers.items():
        path = out_dir / filename
        atomic_write(path, write)
        written.append(path)
    return written
