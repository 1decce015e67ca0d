"""Several real vaults per test, each a copy of the session's template vault."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # for reviewkit




