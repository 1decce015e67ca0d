"""The demo vault built once per test module (fast key derivation) and copied per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from fieldvault.core.demo import DEMO_PASSPHRASE, open_or_build
from fieldvault.core.store import keyslots
from fieldvault.core.vault import Passphrase, Vault
from vaulthelp import FAST


def build_demo(folder: Path) -> Path:
    """Build the demo vault under ``folder``, scan every case, lock it; return its path."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keyslots, "calibrate", lambda *a, **k: FAST)
        demo = open_or_build(folder / "demo.fieldvault")
    with demo.vault as vault:
        vault.privacy.ensure_scanned([c.code for c in vault.cases.summaries()])
    return demo.vault.path


def open_copy(template: Path, target: Path) -> Vault:
    shutil.copytree(template, target)
    return Vault.open(target, Passphrase(DEMO_PASSPHRASE))
