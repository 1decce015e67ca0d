"""Process hardening at start-up and private modes for everything a vault writes."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from vaulthelp import PASSPHRASE

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux /proc")

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
TESTS = Path(__file__).resolve().parents[1]

# Runs the real entry point (argv None) under a permissive umask, then reports what the
# process looks like afterwards.
ENTRY = """
import ctypes, json, os, resource, sys
os.umask(0o022)
from fieldvault.core.store import keyslots
from vaulthelp import FAST
keyslots.calibrate = lambda *a, **k: FAST
from fieldvault.cli.main import main
sys.argv = ["fieldvault", *sys.argv[1:]]
code = main()
libc = ctypes.CDLL(None)
umask = os.umask(0o077)
print(json.dumps({"code": code, "dumpable": libc.prctl(3, 0, 0, 0, 0),
                  "core": resource.getrlimit(resource.RLIMIT_CORE), "umask": umask}))
"""


def _env() -> dict[str, str]:
    env = dict(os.environ, FIELDVAULT_PASSPHRASE=PASSPHRASE)
    env["PYTHONPATH"] = os.pathsep.join([str(DESKTOP), str(TESTS)])
    return env


def _modes(folder: Path) -> dict[str, int]:
    found = {folder.name: stat.S_IMODE(folder.stat().st_mode)}
    for path in folder.rglob("*"):
        found[str(path.relative_to(folder))] = stat.S_IMODE(path.stat().st_mode)
    return found


def test_the_cli_entry_is_not_dumpable_has_no_core_limit_and_writes_private_files(
        tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", ENTRY, "init", str(tmp_path / "v"),
                           "--no-codebook"], env=_env(), capture_output=True, text=True,
                          timeout=120, check=True)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report == {"code": 0, "dumpable": 0, "core": [0, 0], "umask": 0o077}
    modes = _modes(tmp_path / "v.fieldvault")
    assert modes["v.fieldvault"] == 0o700
    assert {"vault.db", "vault.keys", "vault.keys.bak"} <= set(modes)
    assert {name: mode for name, mode in modes.items()
            if name != "v.fieldvault" and mode != 0o600} == {}


def test_a_running_cli_shows_core_limit_0_and_umask_077_in_proc(tmp_path: Path) -> None:
    fifo = tmp_path / "passphrase"
    os.mkfifo(fifo)
    child = subprocess.Popen(
        [sys.executable, "-m", "fieldvault.cli", "cases", str(tmp_path / "nowhere"),
         "--passphrase-file", str(fifo)], env=_env(), stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True)
    try:
        with open(fifo, "w") as writer:  # returns once the child has opened the FIFO
            status = Path(f"/proc/{child.pid}/status").read_text()
            limits = Path(f"/proc/{child.pid}/limits").read_text()
            writer.write(PASSPHRASE)
        child.communicate(timeout=60)
    finally:
        child.kill()
    core = next(line for line in limits.splitlines() if line.startswith("Max core file size"))
    assert core.split()[4:6] == ["0", "0"]
    assert "Umask:\t0077" in status


def test_vault_files_are_private_whatever_the_umask(vault_path: Path, tmp_path: Path) -> None:
    """Library callers without the start-up hardening still get 0700 / 0600."""
    from fieldvault.core.vault import Passphrase, Vault

    old = os.umask(0o022)
    try:
        created, _code = Vault.create(tmp_path / "fresh", PASSPHRASE, codebook=False)
        (tmp_path / "copies").mkdir()
        copy = created.backup(tmp_path / "copies")
        created._backup_before_migration(1)
        created.lock()
        with Vault.open(vault_path, Passphrase(PASSPHRASE)) as opened:
            opened.keys.rename("recovery", "printed code")
    finally:
        os.umask(old)
    for folder in (tmp_path / "fresh.fieldvault", copy):
        paths = [folder, *folder.rglob("*")]
        assert any(p.name == "backups" for p in paths) or folder == copy
        wrong = {str(p): oct(stat.S_IMODE(p.stat().st_mode)) for p in paths
                 if stat.S_IMODE(p.stat().st_mode) != (0o700 if p.is_dir() else 0o600)}
        assert wrong == {}
    assert stat.S_IMODE((vault_path / "vault.keys").stat().st_mode) == 0o600


def test_a_key_buffer_can_be_locked_in_memory() -> None:
    from fieldvault.core.hardening import lock_memory

    def locked_kib() -> int:
        line = next(x for x in Path("/proc/self/status").read_text().splitlines()
                    if x.startswith("VmLck:"))
        return int(line.split()[1])

    key = bytearray(os.urandom(256 * 1024))  # its own pages: none of them locked yet
    before = locked_kib()
    if not lock_memory(key):
        pytest.skip("RLIMIT_MEMLOCK forbids mlock here")
    assert locked_kib() > before
    key[:] = bytes(len(key))  # zeroing in place still works on a locked buffer
    assert not any(key)
