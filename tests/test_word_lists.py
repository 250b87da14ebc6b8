"""The word lists built from the NER corpus are what their build scripts give: a rebuild changes nothing,
and rows kept by hand below the marker line survive it."""
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import build_body_words  # noqa: E402
import build_common_words  # noqa: E402

CORPUS = str(ROOT / "data" / "idner-news-2k")
SHIPPED = ROOT / "kg" / "lang" / "id"


def _rebuilt(tmp_path, monkeypatch, name, build):
    shutil.copy(SHIPPED / f"{name}.txt", tmp_path / f"{name}.txt")
    monkeypatch.setattr(build_common_words, "LISTS", tmp_path)
    build.main(CORPUS)
    return (tmp_path / f"{name}.txt").read_text(encoding="utf-8")


def test_common_words_rebuild_gives_the_shipped_list(tmp_path, monkeypatch):
    rebuilt = _rebuilt(tmp_path, monkeypatch, "common_words", build_common_words)
    assert rebuilt == (SHIPPED / "common_words.txt").read_text(encoding="utf-8")
    assert "\nsopir\n" in rebuilt.split(build_common_words.HAND_KEPT)[1]      # kept by hand


def test_body_words_rebuild_gives_the_shipped_list(tmp_path, monkeypatch):
    rebuilt = _rebuilt(tmp_path, monkeypatch, "body_words", build_body_words)
    assert rebuilt == (SHIPPED / "body_words.txt").read_text(encoding="utf-8")
