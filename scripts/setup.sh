#!/usr/bin/env bash
# Set up everything the project and its tests need: a virtualenv in .venv with the
# package and its test extras, and (when run as root) the Debian packages the
# browser and SPARQL-server tests use. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ "${1:-}" = "--test" ]; then
  .venv/bin/python -m pip install -q -e '.[test]'
  need=()
  command -v chromium >/dev/null || need+=(chromium)
  command -v virtuoso-t >/dev/null || need+=(virtuoso-opensource)
  if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
    else
      echo "note: not root, so ${need[*]} not installed; tests that need them are skipped" >&2
    fi
  fi
else
  .venv/bin/python -m pip install -q -e .
fi
