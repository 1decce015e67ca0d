"""``python -m fieldvault`` runs the command line."""

import sys

from fieldvault.cli import main

sys.exit(main())
