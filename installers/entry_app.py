"""Frozen entry point of ``fieldvault-app`` (the desktop app)."""

import multiprocessing
import sys

from fieldvault.ui.app import main

# A large import parses in worker processes started with spawn; in a frozen program the
# workers start this executable again, and freeze_support() turns them into workers.
multiprocessing.freeze_support()
sys.exit(main())
