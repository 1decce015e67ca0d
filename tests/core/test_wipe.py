"""Panic wipe: after it no secret opens the vault, the key files are gone, and they were
overwritten in place before removal (seen through a second hard link to the same file)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from fieldvault.core.errors import FieldvaultError, VaultFileError
from fieldvault.core.vault import Passphrase, RecoveryCode, Vault
from fieldvault.core.wipe import STORAGE_NOTE, wipe_vault
from vaulthelp import PASSPHRASE


@pytest.fixture
def full_vault(vault_path: Path) -> Path:
    """A vault with an inner backup copy, a staged vault.keys.next and a foreign file."""
    with Vault.open(vault_path, Passphrase(PASSPHRASE)) as vault:
        (vault_path / "backups").mkdir(mode=0o700)
        vault.backup(vault_path / "backups")
    shutil.copy(vault_path / "vault.keys", vault_path / "vault.keys.next")
    (vault_path / "my-notes.txt").write_text("not Fieldvault's")
    return vault_path


def _links(folder: Path, names: list[str], spare: Path) -> dict[str, tuple[Path, bytes]]:
    """A second hard link to each file, to read what the wipe left in its blocks."""
    spare.mkdir()
    out = {}
    for name in names:
        link = spare / name.replace("/", "_")
        os.link(folder / name, link)
        out[name] = (link, link.read_bytes())
    return out


def test_wipe_overwrites_then_removes_every_key_file(full_vault: Path, tmp_path: Path,
                                                     recovery_code: str) -> None:
    backup = next((full_vault / "backups").iterdir())
    key_files = ["vault.keys", "vault.keys.bak", "vault.keys.next",
                 f"backups/{backup.name}/vault.keys", f"backups/{backup.name}/vault.keys.bak",
                 "vault.db", f"backups/{backup.name}/vault.db"]
    before = _links(full_vault, key_files, tmp_path / "links")

    report = wipe_vault(full_vault)

    assert sorted(report.key_files) == sorted(key_files[:5])
    assert "vault.db" in report.other_files
    for name, (link, original) in before.items():
        now = link.read_bytes()
        assert len(now) == len(original), name
        assert now != original, f"{name} was not overwritten"
        assert b'"slots"' not in now and b"SQLite format" not in now
    assert report.left == ["my-notes.txt"]
    assert sorted(p.name for p in full_vault.iterdir()) == ["my-notes.txt"]
    for unlock in (Passphrase(PASSPHRASE), RecoveryCode(recovery_code)):
        with pytest.raises(FieldvaultError):
            Vault.open(full_vault, unlock)
    with pytest.raises(FieldvaultError):
        Vault.open(backup, Passphrase(PASSPHRASE))
    assert "wear levelling" in report.note and "Full-disk encryption" in report.note


def test_wipe_locks_an_open_vault_and_removes_the_folder(vault_path: Path) -> None:
    vault = Vault.open(vault_path, Passphrase(PASSPHRASE))
    key = vault.data_key
    wipe_vault(vault_path, vault)
    assert vault.locked and key == bytearray(32)
    assert not vault_path.exists()


def test_a_folder_that_is_no_vault_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / "thesis").mkdir()
    (tmp_path / "thesis" / "chapter.txt").write_text("keep me")
    with pytest.raises(VaultFileError, match="nothing was wiped"):
        wipe_vault(tmp_path / "thesis")
    assert (tmp_path / "thesis" / "chapter.txt").read_text() == "keep me"


def test_the_storage_note_is_honest_about_ssds() -> None:
    assert "SSD" in STORAGE_NOTE and "backup" in STORAGE_NOTE
