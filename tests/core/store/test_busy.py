"""Two processes writing one vault: the second waits for the lock, or says the vault is busy."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from clihelp import run
from vaulthelp import PASSPHRASE

DESKTOP = Path(__file__).resolve().parents[3] / "desktop"
TESTS = Path(__file__).resolve().parents[2]

# A second process with its own connection. "probe": try to take the write lock without
# waiting and print whether it was free. "hold": take the write lock, say so, and keep it
# until a line arrives on stdin.
OTHER = """
import sys
from pathlib import Path
from fieldvault.core.store import connection, keyslots
from fieldvault.core.vault import Passphrase, unwrap_data_key
vault, mode = Path(sys.argv[1]), sys.argv[2]
key = unwrap_data_key(keyslots.read(vault), Passphrase(sys.argv[3]))
conn = connection.connect(vault / "vault.db", key)
conn.execute("PRAGMA busy_timeout = 0")
try:
    conn.execute("BEGIN IMMEDIATE")
except connection.DatabaseError as exc:
    print("locked" if "locked" in str(exc) else f"error {exc}", flush=True)
    raise SystemExit(0)
if mode == "probe":
    print("free", flush=True)
    conn.execute("ROLLBACK")
    raise SystemExit(0)
print("holding", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


def other(vault: Path, mode: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(DESKTOP), str(TESTS)]))
    return subprocess.Popen([sys.executable, "-c", OTHER, str(vault), mode, PASSPHRASE],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)


def test_a_write_holds_the_write_lock_from_its_first_statement(vault_path: Path) -> None:
    """Deferred transactions read first and fail at once when another process wrote in
    between; a write transaction takes the lock at BEGIN, so the other process waits."""
    from fieldvault.core.store.models import Meta
    from fieldvault.core.vault import Passphrase, Vault

    with Vault.open(vault_path, Passphrase(PASSPHRASE)) as vault:
        with vault.write("test.write", "meta", {}) as session:
            session.get(Meta, "vault_id")  # a read first, as most writes do
            probe = other(vault_path, "probe")
            seen, _ = probe.communicate(timeout=60)
            session.add(Meta(key="probe", value="1"))
        assert seen.strip() == "locked"
        probe = other(vault_path, "probe")
        assert probe.communicate(timeout=60)[0].strip() == "free"


def test_a_vault_held_by_another_program_is_busy_in_one_sentence(
        capsys: pytest.CaptureFixture[str], vault_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from fieldvault.core.store import connection

    pragmas = tuple(("busy_timeout", "200", 200) if name == "busy_timeout" else (name, v, e)
                    for name, v, e in connection.REQUIRED_PRAGMAS)
    monkeypatch.setattr(connection, "REQUIRED_PRAGMAS", pragmas)  # wait 0.2 s, not 10 s
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", PASSPHRASE)
    holder = other(vault_path, "hold")
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        code, _out, err = run(capsys, "memo", str(vault_path), "add", "theme",
                              "quota.planned", "a memo")
    finally:
        holder.communicate("\n", timeout=60)
    assert code == 2 and "is busy in another program" in err and err.count("\n") == 1
    code, out, _err = run(capsys, "memo", str(vault_path), "list", "theme", "quota.planned")
    assert code == 0 and "a memo" not in out
