#!/usr/bin/env bash
# Set up, then run Fieldvault on the demo vault: the desktop app where a display exists,
# the headless walk-through of the same vault where none does.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && .venv/bin/python -c "import fieldvault.ui" 2>/dev/null \
   && [ -f desktop/fieldvault/ui/app.py ]; then
  exec .venv/bin/fieldvault-app --demo --demo-path demo.fieldvault "$@"
fi
exec .venv/bin/fieldvault demo "$@"
