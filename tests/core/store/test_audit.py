from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldvault.core.vault import Passphrase, Vault
from vaulthelp import PASSPHRASE


@pytest.fixture(scope="module")
def audited(template_vault: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault with a dozen audited writes, copied fresh for every example."""
    import shutil

    target = tmp_path_factory.mktemp("audit") / "a.fieldvault"
    shutil.copytree(template_vault, target)
    with Vault.open(target, Passphrase(PASSPHRASE)) as vault:
        theme = vault.codebook.tree()[0].theme.id
        for number in range(10):
            vault.memos.add("theme", theme, f"memo {number}")
        assert vault.verify_audit().ok
    return target


def _rows(vault: Vault) -> list[tuple[int, ...]]:
    with vault.engine.connect() as conn:
        return list(conn.exec_driver_sql("SELECT seq FROM audit ORDER BY seq").all())


def _tamper(vault: Vault, kind: str, index: int, field: str) -> None:
    raw = vault.raw_connection()
    seqs = [r[0] for r in raw.execute("SELECT seq FROM audit ORDER BY seq").fetchall()]
    seq = seqs[index % len(seqs)]
    if kind == "edit":
        raw.execute(f"UPDATE audit SET {field} = {field} || 'x' WHERE seq = ?", (seq,))
    elif kind == "remove":
        raw.execute("DELETE FROM audit WHERE seq = ?", (seq,))
    elif kind == "swap":
        other = seqs[(index + 1) % len(seqs)]
        raw.execute("UPDATE audit SET seq = -1 WHERE seq = ?", (seq,))
        raw.execute("UPDATE audit SET seq = ? WHERE seq = ?", (seq, other))
        raw.execute("UPDATE audit SET seq = ? WHERE seq = -1", (other,))
    raw.close()


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(["edit", "remove", "swap"]), index=st.integers(0, 40),
       field=st.sampled_from(["at", "actor", "action", "target", "digest", "prev", "hash"]))
def test_any_edit_removal_or_reordering_is_found(audited: Path, tmp_path_factory:
                                                 pytest.TempPathFactory, kind: str,
                                                 index: int, field: str) -> None:
    import shutil

    copy = tmp_path_factory.mktemp("t") / "a.fieldvault"
    shutil.copytree(audited, copy)
    with Vault.open(copy, Passphrase(PASSPHRASE)) as vault:
        _tamper(vault, kind, index, field)
        report = vault.verify_audit()
    assert not report.ok and report.problem


def test_cutting_the_last_entries_is_found(vault: Vault) -> None:
    theme = vault.codebook.tree()[0].theme.id
    vault.memos.add("theme", theme, "one")
    raw = vault.raw_connection()
    raw.execute("DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)")
    raw.close()
    report = vault.verify_audit()
    assert not report.ok and "removed" in (report.problem or "")


def test_every_write_appends_one_entry(vault: Vault) -> None:
    before = vault.verify_audit().entries
    theme = vault.codebook.tree()[0].theme.id
    vault.memos.add("theme", theme, "a memo")
    vault.codebook.rename(theme, en="Renamed group")
    report = vault.verify_audit()
    assert report.ok and report.entries == before + 2
