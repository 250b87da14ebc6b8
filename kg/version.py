"""What ``kg --version`` prints: the package version and each shipped model's
version and training data, read from the model's ``meta.json`` (any
``kg/<part>/model/meta.json``, so a new model shows up without a code change)."""
from __future__ import annotations

import json
from pathlib import Path

import kg

PACKAGE_DIR = Path(kg.__file__).resolve().parent


def model_line(meta_path: Path, package_dir: Path = PACKAGE_DIR) -> str:
    """One line about one model: where it is, name and version, what it was trained on."""
    where = meta_path.parent.relative_to(package_dir.parent).as_posix()
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        return f"{where}: unreadable meta.json ({e})"
    parts = [f"{where}: {meta.get('name', '?')} {meta.get('version', '?')}"]
    sources = [s.get("name", "?") for s in meta.get("sources", []) if isinstance(s, dict)]
    own = meta.get("newskg", {})
    if sources:
        seed = f", seed {own['seed']}" if "seed" in own else ""
        parts.append(f"trained on {', '.join(sources)}{seed}")
    micro = own.get("dev", {}).get("micro", {})
    if "f1" in micro:
        parts.append(f"dev F1 {micro['f1']:.3f}")
    return ", ".join(parts)


def version_text(package_dir: Path = PACKAGE_DIR) -> str:
    lines = [f"newskg {kg.__version__}"]
    for meta_path in sorted(package_dir.glob("*/model/meta.json")):
        lines.append("model " + model_line(meta_path, package_dir))
    return "\n".join(lines)
