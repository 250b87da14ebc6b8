#!/usr/bin/env bash
# Set up (see setup.sh) and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
echo "running the test suite (.venv/bin/python -m pytest; about 10 minutes) ..."
exec .venv/bin/python -m pytest "$@"
