"""kg --version: the package version and each shipped model with its training data."""
import json
import tomllib

import kg
from kg.version import version_text
from kgtest import ROOT, run_kg


def test_version_names_the_package_and_the_shipped_model():
    result = run_kg("--version")
    assert result.returncode == 0, result.stderr.decode()
    lines = result.stdout.decode().splitlines()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert lines[0] == f"newskg {project['version']}"
    assert kg.__version__ == project["version"]
    meta = json.loads((ROOT / "kg/ner/model/meta.json").read_text(encoding="utf-8"))
    ner = [line for line in lines if line.startswith("model kg/ner/model: ")]
    assert ner == [f"model kg/ner/model: {meta['name']} {meta['version']}, trained on idner-news-2k, "
                   f"seed {meta['newskg']['seed']}, dev F1 {meta['newskg']['dev']['micro']['f1']:.3f}"]


def test_any_model_folder_with_a_meta_json_is_listed(tmp_path):
    package = tmp_path / "kg"
    (package / "parse" / "model").mkdir(parents=True)
    (package / "parse" / "model" / "meta.json").write_text(json.dumps(
        {"name": "newskg_parser", "version": "0.2.0", "sources": [{"name": "UD_Indonesian-GSD"}]}))
    (package / "broken" / "model").mkdir(parents=True)
    (package / "broken" / "model" / "meta.json").write_text("{not json")
    lines = version_text(package).splitlines()
    assert lines[1].startswith("model kg/broken/model: unreadable meta.json")
    assert lines[2] == "model kg/parse/model: newskg_parser 0.2.0, trained on UD_Indonesian-GSD"
