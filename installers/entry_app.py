"""Frozen entry point of ``fieldvault-app`` (the desktop app)."""

import sys

from fieldvault.ui.app import main

sys.exit(main())
