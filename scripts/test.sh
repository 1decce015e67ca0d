#!/usr/bin/env bash
# Set up, then run the whole test suite (headless: Qt uses its offscreen platform).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
# The architecture contracts (.importlinter): layers, no Qt in the core, no SQL or crypto in
# the UI, pure engines, no import cycles.
.venv/bin/lint-imports --no-cache
# One test process per core (pytest-xdist; FIELDVAULT_TEST_WORKERS=0 runs in this process), and
# a test still running after 10 minutes fails with its stack instead of hanging the run.
exec .venv/bin/python -m pytest -q -n "${FIELDVAULT_TEST_WORKERS:-auto}" --timeout 600 "$@"
