#!/usr/bin/env bash
# Set up (see setup.sh) and build the knowledge graph of the sample article into output/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/kg build examples/haniyeh-tehran.id.txt -o output --published 2023-11-05 "$@"
