"""The attachments folder keeps only sealed files with rows: pending files a crash left are
swept at open, a deleted case's files go at once, and a sweep in another process leaves a
writer's pending file alone (real vaults, a real second process)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from mediakit import pcm, wav
from reviewkit import new_case

from fieldvault.core.vault import Passphrase, Vault
from vaulthelp import PASSPHRASE

FAKE_ID = "0123456789abcdef0123456789abcdef"


def _names(vault_path: Path) -> list[str]:
    return sorted(p.name for p in (vault_path / "attachments").iterdir())


def test_files_a_crash_left_are_swept_at_open(vault_path: Path, tmp_path: Path) -> None:
    vault = Vault.open(vault_path, Passphrase(PASSPHRASE))
    code = new_case(vault)
    kept = vault.attachments.add(code, wav(tmp_path / "a.wav", pcm(0.5)))
    vault.lock()
    folder = vault_path / "attachments"
    (folder / f".{FAKE_ID}.partial").write_bytes(b"half a sealed file")
    (folder / f"{FAKE_ID}.fva").write_bytes(b"a sealed file whose row never committed")
    assert len(_names(vault_path)) == 3
    again = Vault.open(vault_path, Passphrase(PASSPHRASE))
    try:
        assert _names(vault_path) == [f"{kept.id}.fva"]
        assert again.attachments.get(kept.id).size == kept.size
    finally:
        again.lock()


def test_deleting_cases_removes_their_sealed_files_at_once(vault: Vault,
                                                           tmp_path: Path) -> None:
    codes = [new_case(vault) for _ in range(3)]
    infos = [vault.attachments.add(code, wav(tmp_path / f"{n}.wav", pcm(0.3, seed=n)))
             for n, code in enumerate(codes)]
    vault.cases.delete(codes[0])
    assert _names(vault.path) == sorted(f"{i.id}.fva" for i in infos[1:])
    vault.cases.delete_many(codes[1:])
    assert _names(vault.path) == []


_SWEEP_IN_ANOTHER_PROCESS = """
import sys
from fieldvault.core.vault import Passphrase, Vault
vault = Vault.open(__import__("pathlib").Path(sys.argv[1]), Passphrase(sys.argv[2]))
print(vault.attachments.sweep())
vault.lock()
"""


def _sweep_elsewhere(vault_path: Path) -> str:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    done = subprocess.run([sys.executable, "-c", _SWEEP_IN_ANOTHER_PROCESS, str(vault_path),
                           PASSPHRASE], capture_output=True, text=True, env=env, timeout=120,
                          check=True)
    return done.stdout.strip()


def test_a_sweep_in_another_process_spares_a_file_being_written(vault: Vault) -> None:
    pending = vault.path / "attachments" / f".{FAKE_ID}.partial"
    with vault.attachments.writing():  # as an add or a bundle import holds it
        pending.write_bytes(b"being written")
        assert _sweep_elsewhere(vault.path) == "0"
        assert pending.exists()
        assert vault.attachments.sweep() == 0  # nor in this process
    _sweep_elsewhere(vault.path)  # its open sweeps now
    assert not pending.exists()
