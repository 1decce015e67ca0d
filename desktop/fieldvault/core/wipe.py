"""Panic wipe: make a vault unopenable for good, in one confirmed call.

The data key exists on disk only wrapped inside the key files (``vault.keys``, its copy
``vault.keys.bak``, a staged ``vault.keys.next`` and their ``.tmp`` leftovers, and the same
files in every copy under ``backups/``). Every key slot and the identity key (which lives
only inside ``vault.db``, encrypted under the data key) become unreadable once those files
are gone. :func:`wipe_vault` therefore works in this order:

1. the key files, each overwritten in place with random bytes, flushed to disk, then
   unlinked: within milliseconds the vault can no longer be opened by anyone;
2. the database files (``vault.db``, its WAL and shared-memory files, and those of the
   copies in ``backups/``), overwritten the same way and unlinked;
3. the folders it owns, removed when empty. Files it does not own are left and listed.

No passphrase is needed: whoever can delete the folder can do as much; the caller (CLI or
app) asks for the confirmation. Overwriting in place does not reach copies the drive keeps
elsewhere (see :data:`STORAGE_NOTE`).
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from fieldvault.core.errors import VaultFileError
from fieldvault.core.store import keyslots
from fieldvault.core.vault import DB_FILE, Vault, resolve_path

KEY_NAMES = (keyslots.KEY_FILE, keyslots.BACKUP_FILE, keyslots.NEXT_FILE)
DB_NAMES = (DB_FILE, DB_FILE + "-wal", DB_FILE + "-shm", DB_FILE + "-journal")
BACKUPS = "backups"
CHUNK = 1 << 20

STORAGE_NOTE = (
    "On an SSD or flash drive, overwriting a file does not reach every copy: the drive "
    "moves writes to fresh cells (wear levelling), so old blocks of the key files may "
    "survive until the drive reuses them, readable only with laboratory tools. The key "
    "files are small and were encrypted; what remains is guarded by the passphrase's "
    "Argon2id cost. Full-disk encryption (BitLocker, FileVault, LUKS) is what makes such "
    "leftovers useless: keep it on. Backups written elsewhere with `fieldvault backup` and "
    "exports are not touched; destroy them separately.")


@dataclass(frozen=True)
class WipeReport:
    vault: str
    key_files: list[str] = field(default_factory=list)  # overwritten and removed, relative
    other_files: list[str] = field(default_factory=list)  # database files, likewise
    left: list[str] = field(default_factory=list)  # files not Fieldvault's, left in place
    note: str = STORAGE_NOTE


def is_vault_folder(path: Path) -> bool:
    return path.is_dir() and any((path / name).exists() for name in (DB_FILE, *KEY_NAMES))


def wipe_vault(path: Path, vault: Vault | None = None) -> WipeReport:
    """Destroy the vault at ``path`` (see the module docstring). ``vault``, if open on this
    folder, is locked first so its key leaves memory. Raises VaultFileError (nothing
    touched) when ``path`` is not a vault folder."""
    path = resolve_path(path)
    if not is_vault_folder(path):
        raise VaultFileError(f"{path} is not a Fieldvault vault folder; nothing was wiped.")
    if vault is not None:
        vault.lock()
    folders = [path] + _backup_copies(path)
    keys = [f for folder in folders for f in _present(folder, KEY_NAMES, tmp=True)]
    for file in keys:
        shred(file)
    _sync_dirs(folders)
    data = [f for folder in folders for f in _present(folder, DB_NAMES, tmp=False)]
    for file in data:
        shred(file)
    for folder in reversed(folders):
        _remove_if_empty(folder)
    _remove_if_empty(path / BACKUPS)
    left = sorted(str(p.relative_to(path)) for p in path.rglob("*")) if path.exists() else []
    return WipeReport(str(path), [str(f.relative_to(path)) for f in keys],
                      [str(f.relative_to(path)) for f in data], left)


def shred(file: Path) -> None:
    """Overwrite ``file`` with random bytes of its own length, flush it to disk, unlink it."""
    try:
        size = file.stat().st_size
        fd = os.open(file, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return
    try:
        written = 0
        while written < size:
            written += os.write(fd, secrets.token_bytes(min(CHUNK, size - written)))
        os.fsync(fd)
    finally:
        os.close(fd)
    file.unlink()


def _backup_copies(path: Path) -> list[Path]:
    folder = path / BACKUPS
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_dir() and not p.is_symlink()
                  and is_vault_folder(p))


def _present(folder: Path, names: tuple[str, ...], tmp: bool) -> list[Path]:
    candidates = [folder / n for n in names]
    if tmp:
        candidates += [folder / (n + ".tmp") for n in names]
    return [p for p in candidates if p.is_file() and not p.is_symlink()]


def _sync_dirs(folders: list[Path]) -> None:
    """Make the unlinks durable before the slower database overwrite starts."""
    if os.name != "posix":
        return
    for folder in folders:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:  # not empty (files not ours), or already gone
        pass
