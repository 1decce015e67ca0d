"""Several real vaults per test, each a copy of the session's template vault."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # for reviewkit

from reviewkit import MakeVault  # noqa: E402

from fieldvault.core.vault.vault import Passphrase, Vault  # noqa: E402
from vaulthelp import PASSPHRASE  # noqa: E402


@pytest.fixture
def make_vault(template_vault: Path, tmp_path: Path) -> Iterator[MakeVault]:
    """``make_vault(name, role)``: an open copy of the template owned by ``name``."""
    opened: list[Vault] = []

    def make(name: str, role: str) -> Vault:
        target = tmp_path / f"{name}.fieldvault"
        shutil.copytree(template_vault, target)
        vault = Vault.open(target, Passphrase(PASSPHRASE))
        opened.append(vault)
        vault.members.update_self(name=name, role=role)
        return vault

    yield make
    for vault in opened:
        vault.lock()
