"""``python -m fieldvault.cli``."""

import sys

from fieldvault.cli.main import main

sys.exit(main())
