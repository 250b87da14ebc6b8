import shutil
from pathlib import Path

import pytest

from kg.ner import recognizer


@pytest.fixture(scope="session")
def shipped_model_dir() -> Path:
    if not (recognizer.MODEL_DIR / "config.cfg").is_file():
        pytest.fail("the shipped NER model is missing: run 'kg train-ner --replace-shipped'")
    return recognizer.MODEL_DIR


@pytest.fixture
def model_copy(tmp_path, shipped_model_dir) -> Path:
    """A private copy of the shipped model that a test may break."""
    dest = tmp_path / "model"
    shutil.copytree(shipped_model_dir, dest)
    return dest
