"""scripts/setup.sh says what it does in one line per step and keeps what pip and apt
print in setup.log, which it names (with its last lines) when a step fails.

The scripts run in a copy of scripts/ with fake python3, pip and apt-get on a PATH
that holds nothing else, so the test needs no network and changes nothing here."""
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOISE = "Collecting spacy\nDownloading wheel 12.3 MB\nReading package lists..."

FAKE_PYTHON = f"""#!/bin/sh
# "python3 -m venv .venv" makes a .venv whose python is this script again;
# "python -m pip ..." prints pip-like noise and fails when FAIL_PIP is set.
if [ "$1 $2" = "-m venv" ]; then mkdir -p "$3/bin"; cp "$0" "$3/bin/python"; exit 0; fi
if [ "$1" = "--version" ]; then echo "Python 3.11.0"; exit 0; fi
printf '%s\\n' "{NOISE}"
if [ -n "$FAIL_PIP" ]; then echo "ERROR: No matching distribution found for spacy"; exit 1; fi
"""
FAKE_APT = f"""#!/bin/sh
printf '%s\\n' "{NOISE}"
"""


@pytest.fixture
def project(tmp_path):
    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "setup.sh", tmp_path / "scripts")
    fakebin = tmp_path / "fakebin"
    fakebin.mkdir()
    for name, text in (("python3", FAKE_PYTHON), ("apt-get", FAKE_APT)):
        (fakebin / name).write_text(text)
        (fakebin / name).chmod(0o755)
    for tool in ("dirname", "tail", "id", "env", "mkdir", "cp", "sh"):
        os.symlink(shutil.which(tool), fakebin / tool)
    return tmp_path


def run_setup(project, *args, **env):
    return subprocess.run(["/bin/bash", str(project / "scripts" / "setup.sh"), *args],
                          capture_output=True, text=True,
                          env={"PATH": str(project / "fakebin"), **env})


def test_one_line_per_step_and_the_noise_in_the_log(project):
    result = run_setup(project)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "creating the environment .venv with python3 ... done",
        "updating pip in .venv ... done",
        "installing newskg and its dependencies into .venv ... done",
    ]
    assert result.stderr == ""
    assert "Downloading wheel" in (project / "setup.log").read_text()
    again = run_setup(project)   # the environment exists: no second "creating"
    assert again.stdout.splitlines()[0] == "updating pip in .venv ... done"


def test_test_setup_installs_browser_and_sparql_server_with_apt(project):
    if os.geteuid() != 0:
        pytest.skip("the apt step runs only as root")
    result = run_setup(project, "--test")   # no chromium or virtuoso-t on this PATH
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "creating the environment .venv with python3 ... done",
        "updating pip in .venv ... done",
        "installing newskg and its test tools into .venv ... done",
        "updating the apt package lists ... done",
        "installing chromium virtuoso-opensource for the browser and SPARQL server tests "
        "(apt, a few minutes) ... done",
    ]
    assert "Reading package lists" in (project / "setup.log").read_text()


def test_a_failed_step_names_the_log_and_shows_its_end(project):
    result = run_setup(project, FAIL_PIP="1")
    assert result.returncode == 1
    assert result.stdout.splitlines()[-1] == "updating pip in .venv ... failed"
    log = project / "setup.log"
    assert f"the last lines of {log}:" in result.stderr
    assert "No matching distribution found for spacy" in result.stderr
