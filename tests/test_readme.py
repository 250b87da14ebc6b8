"""The README's command blocks print what the README shows (scripts/check_readme.py;
.ci/run runs it with the setup blocks too), and what they leave behind is ignored by git."""
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import check_readme  # noqa: E402


def test_readme_commands_print_what_the_readme_shows(tmp_path):
    lines = (ROOT / "README.md").read_text(encoding="utf-8").split("\n")
    blocks, problems = check_readme.parse(lines)
    assert problems == []
    commands = [c for b in blocks if b.kind == "run" for c in b.commands]
    assert any("--store kgstore" in c.text for c in commands)
    check_readme.fresh_copy(tmp_path)
    tracked = {p.relative_to(tmp_path) for p in tmp_path.rglob("*")}
    env = {"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin", "PYTHONPATH": str(tmp_path),
           "HOME": str(tmp_path), "COLUMNS": "100"}
    check_readme.run(commands, tmp_path, env)
    assert [p for p in (check_readme.compare(c, tmp_path) for c in commands) if p] == []
    # what the commands wrote: new files only, none over a tracked file, all ignored by git
    made = sorted({p.relative_to(tmp_path).parts[0] + ("/" if p.is_dir() else "")
                   for p in tmp_path.glob("*") if p.relative_to(tmp_path) not in tracked})
    assert made and not [p for p in tmp_path.glob("output/*") if p.relative_to(tmp_path) not in tracked]
    ignored = subprocess.run(["git", "check-ignore", "--no-index", *made], cwd=ROOT, capture_output=True,
                             text=True)
    assert sorted(ignored.stdout.split()) == made


README = """# demo

<!-- readme-check: skip (a server) -->
```sh
curl http://example.invalid/
```

```console
$ printf 'took 12.5 s, 3 articles/s\\n'
took 0.4 s, 9 articles/s
$ cd kg && echo "in $(basename $PWD)"
in kg
$ echo "still in $(basename $PWD)"; echo oops >&2
still in kg
```
"""


def check(readme: Path, *args: str):
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "check_readme.py"), "--readme",
                           str(readme), "--no-setup", *args], capture_output=True, text=True, timeout=300)


def test_a_wrong_output_is_reported_and_update_rewrites_it(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(README)
    result = check(readme)
    assert result.returncode == 1
    # times compare equal; the session keeps its folder; stderr counts as printed
    assert "README line 13: `echo \"still in $(basename $PWD)\"; echo oops >&2`" in result.stdout
    assert "+oops" in result.stdout and result.stdout.count("README line") == 1
    assert check(readme, "--update").returncode == 0
    assert readme.read_text() == README.replace("still in kg\n", "still in kg\noops\n").replace(
        "took 0.4 s, 9 articles/s", "took 12.5 s, 3 articles/s")
    assert check(readme).returncode == 0


@pytest.mark.parametrize("block,needle", [
    ("```sh\necho unchecked\n```\n", "is not checked"),
    ("```console\n$ false\n```\n", "(exit status 1)"),
])
def test_unchecked_blocks_and_failing_commands_are_problems(tmp_path, block, needle):
    readme = tmp_path / "README.md"
    readme.write_text(block)
    result = check(readme)
    assert result.returncode == 1 and needle in result.stdout
