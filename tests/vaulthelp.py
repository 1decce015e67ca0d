"""Shared constants and small helpers for the tests (importable: tests/ is on sys.path)."""

from __future__ import annotations

from fieldvault.core.store import keyslots

PASSPHRASE = "correct horse battery staple"
FAST = keyslots.KdfParams(memory_kib=64 * 1024, iterations=1, lanes=1)
MARKER = "ZQXJ-MARKER-7731"
