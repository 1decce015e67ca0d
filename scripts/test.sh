#!/usr/bin/env bash
# Set up, then run the whole test suite (headless: Qt uses its offscreen platform).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
# The architecture contracts (.importlinter): layers, no Qt in the core, no SQL or crypto in
# the UI, pure engines, no import cycles.
.venv/bin/lint-imports --no-cache
exec .venv/bin/python -m pytest -q "$@"
