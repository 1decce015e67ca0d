"""SIGKILL a writer at random moments: every acknowledged commit must survive."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from fieldvault.core.store.models import Memo
from fieldvault.core.vault import Passphrase, Vault
from vaulthelp import PASSPHRASE

CHILD = """
import sys
from fieldvault.core.vault import Passphrase, Vault
vault = Vault.open(__import__("pathlib").Path(sys.argv[1]), Passphrase(sys.argv[2]))
theme = sys.argv[3]
n = int(sys.argv[4])
while True:
    vault.memos.add("theme", theme, f"commit {n}")
    print(n, flush=True)  # acknowledged only after the commit returned
    n += 1
"""
KILLS = 12  # as many as the hardening review used; each kill starts a fresh interpreter


def acknowledged(vault: Vault) -> set[int]:
    with vault.session() as session:
        from sqlmodel import select

        return {int(m.text.split()[1]) for m in session.exec(select(Memo))}


def test_sigkill_loses_no_acknowledged_commit(vault_path: Path, tmp_path: Path) -> None:
    rng = random.Random(20161201)
    with Vault.open(vault_path, Passphrase(PASSPHRASE)) as vault:
        theme = vault.codebook.tree()[0].theme.id
    acked: set[int] = set()
    next_n = 0
    for _ in range(KILLS):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(vault_path), PASSPHRASE,
                                  theme, str(next_n)], stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None
        first = child.stdout.readline()  # wait until the child is writing
        assert first.strip(), "the writer did not start"
        acked.add(int(first))
        time.sleep(rng.uniform(0.0, 0.15))
        os.kill(child.pid, signal.SIGKILL)
        rest, _ = child.communicate()
        acked.update(int(line) for line in rest.split())
        next_n = max(acked) + 1000
    with Vault.open(vault_path, Passphrase(PASSPHRASE)) as vault:
        present = acknowledged(vault)
        raw = vault.raw_connection()
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        raw.close()
        assert vault.verify_audit().ok
    missing = acked - present
    assert not missing, f"{len(missing)} acknowledged commits lost"
    assert len(acked) >= KILLS
    shutil.rmtree(tmp_path, ignore_errors=True)
