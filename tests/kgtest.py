"""Helpers shared by the top-level tests (imported by name: conftest modules of sub-folders would shadow them)."""
import subprocess
import sys
from datetime import date
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "haniyeh-tehran.id.txt"
SAMPLE_PUBLISHED = date(2023, 11, 5)


def run_kg(*args, stdin: bytes | None = None, cwd=None):
    """Run the CLI in a subprocess, as a user would."""
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], input=stdin, capture_output=True,
                          cwd=cwd or ROOT)


def pipeline_doc(text: str, published: date | None = None, use_model: bool = False):
    """Run the whole pipeline on a text and return the Document."""
    from kg import Config, build
    return build(text, doc_id="t", published=published, config=Config(use_model=use_model)).document


def names(doc, keys) -> list[str]:
    return [doc.entities[k].name for k in keys]
