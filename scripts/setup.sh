#!/usr/bin/env bash
# Set up everything the project and its tests need: a virtualenv in .venv with the
# package (and, with --test, its test extras), and, when run as root with --test, the
# Debian packages the browser and SPARQL-server tests use. Safe to run again.
# One line per step; what pip and apt print goes to setup.log, shown on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
LOG=$PWD/setup.log
: >"$LOG"

# step "what it does" command...: one line on the terminal, the command's output in $LOG.
step() {
  local what=$1
  shift
  printf '%s ... ' "$what"
  echo "=== $what: $*" >>"$LOG"
  if "$@" >>"$LOG" 2>&1; then
    echo done
  else
    echo failed
    echo "Error: '$*' failed; the last lines of $LOG:" >&2
    tail -n 15 "$LOG" >&2
    exit 1
  fi
}

if [ ! -x .venv/bin/python ]; then
  step "creating the environment .venv with $PYTHON" "$PYTHON" -m venv .venv
fi
step "updating pip in .venv" .venv/bin/python -m pip install --upgrade pip
if [ "${1:-}" = "--test" ]; then
  step "installing newskg and its test tools into .venv" .venv/bin/python -m pip install -e '.[test]'
  need=()
  command -v chromium >/dev/null || need+=(chromium)
  command -v virtuoso-t >/dev/null || need+=(virtuoso-opensource)
  if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      step "updating the apt package lists" apt-get update
      step "installing ${need[*]} for the browser and SPARQL server tests (apt, a few minutes)" \
        env DEBIAN_FRONTEND=noninteractive apt-get install -y "${need[@]}"
    else
      echo "note: not root, so ${need[*]} not installed; tests that need them are skipped" >&2
    fi
  fi
else
  step "installing newskg and its dependencies into .venv" .venv/bin/python -m pip install -e .
fi
