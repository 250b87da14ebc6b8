#!/usr/bin/env python3
"""Check that README.md's command blocks print what the README shows.

    python scripts/check_readme.py [--update] [--no-setup] [--keep]

A command block is a fenced ```console block: lines starting with "$ " are commands,
the lines after one are what it prints (standard output and error together). The
blocks run in order, in one bash session, in a fresh temporary copy of the
repository (the files `git ls-files` lists, as they are in the working tree), so
`cd` and `. .venv/bin/activate` carry over to the next command as they do for a
reader who pastes them. Printed times may differ: a number followed by s, ms or
min, a rate per second and a clock duration (0:01:02) compare equal to any other.
A command must exit 0 unless the README shows it printing "Error: ...".

An HTML comment on the line before a block changes how it is treated:
  <!-- readme-check: skip (why) -->  not run (a server, minutes of training, a synopsis)
  <!-- readme-check: setup -->       run, except with --no-setup, which instead puts
                                     this Python's bin folder on PATH and the copy on
                                     PYTHONPATH (the fast mode the pytest test uses)
Every ```sh, ```bash or ```shell block must be a console block or carry a skip
marker, so no block goes unchecked by accident.

--update rewrites the shown outputs in README.md from the run (a block that was not
run keeps its text). Exit status: 0 when everything matches, 1 otherwise.
"""
from __future__ import annotations

import argparse
import difflib
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARKER = re.compile(r"^<!--\s*readme-check:\s*(skip|setup)\b.*-->\s*$")
FENCE = re.compile(r"^(\s*)```(\S*)\s*$")
SHELL_LANGUAGES = {"sh", "bash", "shell", "zsh"}
PROMPT = "$ "
# Printed times, which change from run to run.
TIMES = [
    (re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:articles|docs|documents|triples|tokens|it)/s\b"), "<rate>"),
    (re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:ms|s|sec|seconds?|min|minutes?)\b"), "<time>"),
    (re.compile(r"\b\d+:\d\d(?::\d\d)?(?:\.\d+)?\b"), "<time>"),
]
SEPARATOR = "@@readme-check-command-{}@@"
TIMEOUT_SECONDS = 1800


@dataclass
class Command:
    line: int                    # index in README lines of the "$ " line
    text: str
    shown: list[str] = field(default_factory=list)
    printed: list[str] | None = None
    status: int | None = None


@dataclass
class Block:
    start: int                   # index of the opening fence
    kind: str                    # "run", "setup" or "skip"
    commands: list[Command]


def parse(lines: list[str]) -> tuple[list[Block], list[str]]:
    """The console blocks of a README and the problems with its other shell blocks."""
    blocks, problems = [], []
    i = 0
    while i < len(lines):
        fence = FENCE.match(lines[i])
        if not fence:
            i += 1
            continue
        start, language = i, fence.group(2)
        end = next((j for j in range(i + 1, len(lines)) if FENCE.match(lines[j])), len(lines))
        above = next((lines[j] for j in range(start - 1, -1, -1) if lines[j].strip()), "")
        mark = MARKER.match(above.strip())
        kind = mark.group(1) if mark else "run"
        if language == "console":
            commands: list[Command] = []
            for j in range(start + 1, end):
                if lines[j].startswith(PROMPT):
                    commands.append(Command(j, lines[j][len(PROMPT):]))
                elif commands:
                    commands[-1].shown.append(lines[j])
                elif lines[j].strip():
                    problems.append(f"README line {j + 1}: output before the first '$ ' command")
            blocks.append(Block(start, kind, commands))
        elif language in SHELL_LANGUAGES and kind != "skip":
            problems.append(f"README line {start + 1}: a ```{language} block is not checked; write it "
                            "as ```console with '$ ' prompts and its output, or put "
                            "'<!-- readme-check: skip (why) -->' before it")
        i = end + 1
    return blocks, problems


def fresh_copy(dest: Path) -> None:
    """The files git tracks, as they are in the working tree (uncommitted edits included)."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True)
    if listed.returncode != 0:
        raise SystemExit(f"Error: {ROOT} is not a git checkout (git ls-files: "
                         f"{listed.stderr.decode(errors='replace').strip()})")
    names = listed.stdout
    for name in names.decode().split("\0"):
        src = ROOT / name
        if name and src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)


def run(commands: list[Command], workdir: Path, env: dict[str, str]) -> None:
    """Run the commands in one bash session; fill in what each printed and its status."""
    script = ["exec 2>&1", f"cd {shlex.quote(str(workdir))}"]
    for n, command in enumerate(commands):
        script += [f"printf '\\n{SEPARATOR.format(n)}\\n'", command.text, f"echo \"@@status $?@@\""]
    proc = subprocess.run(["bash", "-c", "\n".join(script)], capture_output=True, text=True, env=env,
                          timeout=TIMEOUT_SECONDS, errors="replace")
    chunks = re.split(r"\n@@readme-check-command-(\d+)@@\n", proc.stdout)
    for n, chunk in zip(chunks[1::2], chunks[2::2]):
        body, _, status = chunk.rpartition("@@status ")
        command = commands[int(n)]
        command.status = int(status.split("@@")[0]) if status else None
        command.printed = tidy(body.split("\n"))


def tidy(lines: list[str]) -> list[str]:
    """Lines as a terminal would leave them (a carriage return redraws the line), without
    trailing spaces, leading or trailing blank lines."""
    out = [line.split("\r")[-1].rstrip() for line in lines]
    while out and not out[0]:
        out.pop(0)
    while out and not out[-1]:
        out.pop()
    return out


def normalise(lines: list[str], workdir: Path | None = None) -> list[str]:
    out = []
    for line in tidy(lines):
        if workdir is not None:
            line = line.replace(str(workdir), ".")
        for pattern, replacement in TIMES:
            line = pattern.sub(replacement, line)
        out.append(line)
    return out


def compare(command: Command, workdir: Path) -> str | None:
    """What is wrong with one command's run, or None."""
    if command.printed is None:
        return f"README line {command.line + 1}: `{command.text}` did not run (an earlier command ended the session?)"
    shown, printed = normalise(command.shown), normalise(command.printed, workdir)
    failed = command.status != 0 and not any(line.startswith("Error:") for line in shown)
    if shown == printed and not failed:
        return None
    diff = "\n".join(difflib.unified_diff(shown, printed, "README shows", "printed", lineterm="", n=1))
    status = f" (exit status {command.status})" if failed else ""
    return f"README line {command.line + 1}: `{command.text}`{status}\n{diff}".rstrip()


def update(lines: list[str], commands: list[Command], workdir: Path) -> list[str]:
    """README lines with each run command's shown output replaced by what it printed."""
    lines = list(lines)
    for command in sorted(commands, key=lambda c: c.line, reverse=True):
        if command.printed is None:
            continue
        printed = [line.replace(str(workdir), ".") for line in command.printed]
        start = command.line + 1
        lines[start:start + len(command.shown)] = printed
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--update", action="store_true", help="rewrite the shown outputs in README.md from this run")
    ap.add_argument("--no-setup", action="store_true",
                    help="skip blocks marked setup; use this Python's environment instead")
    ap.add_argument("--keep", action="store_true", help="keep the temporary copy and print its path")
    ap.add_argument("--readme", type=Path, default=ROOT / "README.md")
    args = ap.parse_args(argv)

    lines = args.readme.read_text(encoding="utf-8").split("\n")
    blocks, problems = parse(lines)
    wanted = {"run"} if args.no_setup else {"run", "setup"}
    commands = [c for b in blocks if b.kind in wanted for c in b.commands]
    skipped = sum(len(b.commands) for b in blocks if b.kind not in wanted)

    workdir = Path(tempfile.mkdtemp(prefix="kg-readme-"))
    try:
        fresh_copy(workdir)
        env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
        env.update(COLUMNS="100", TERM="dumb", NO_COLOR="1")
        if args.no_setup:
            env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
            env["PYTHONPATH"] = str(workdir)
        run(commands, workdir, env)
        if args.update:
            args.readme.write_text("\n".join(update(lines, commands, workdir)), encoding="utf-8")
            print(f"updated the outputs of {sum(c.printed is not None for c in commands)} commands "
                  f"in {args.readme}")
            for c in commands:   # what is left to report: commands that failed or did not run
                c.shown = c.printed if c.printed is not None else c.shown
        problems += [p for p in (compare(c, workdir) for c in commands) if p]
    finally:
        if args.keep:
            print(f"the copy: {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)

    for problem in problems:
        print(problem, end="\n\n")
    print(f"README check: {len(commands)} commands run, {skipped} not run (marked), "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
