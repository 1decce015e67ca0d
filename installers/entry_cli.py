"""Frozen entry point of ``fieldvault`` (the command line)."""

import sys

from fieldvault.cli import main

sys.exit(main())
