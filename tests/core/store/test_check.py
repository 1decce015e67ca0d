"""A flipped byte inside the database: one sentence from every command, and `fieldvault check`
saying plainly what is damaged and which backup to use."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clihelp import run
from vaulthelp import PASSPHRASE


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", PASSPHRASE)


def _root_page(vault: Path, table: str) -> int:
    from fieldvault.core.store import connection, keyslots
    from fieldvault.core.vault import Passphrase, unwrap_data_key

    key = unwrap_data_key(keyslots.read(vault), Passphrase(PASSPHRASE))
    conn = connection.connect(vault / "vault.db", key)
    try:
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                            (table,)).fetchone()[0]
    finally:
        conn.close()
    return int((root - 1) * page_size + 1000)


@pytest.fixture
def damaged(vault_path: Path) -> Path:
    """A vault with one case whose search table's root page has one flipped bit."""
    from fieldvault.core.records.cases import CaseInput
    from fieldvault.core.vault import Passphrase, Vault

    with Vault.open(vault_path, Passphrase(PASSPHRASE)) as vault:
        vault.cases.create(CaseInput(title="t", transcript="[FICTIONAL] Уссурийск plan",
                                  languages=["en"], interview_date="2015-02-28",
                                  interviewer="x", attributes={}))
        vault.checkpoint()
    offset = _root_page(vault_path, "search_doc")
    data = bytearray((vault_path / "vault.db").read_bytes())
    data[offset] ^= 0x01
    (vault_path / "vault.db").write_bytes(bytes(data))
    return vault_path


def one_sentence(err: str) -> None:
    assert err.startswith("fieldvault: ") and err.count("\n") == 1
    assert "internal error" not in err and "Traceback" not in err


def test_search_and_backup_say_the_database_is_damaged(
        capsys: pytest.CaptureFixture[str], damaged: Path, tmp_path: Path) -> None:
    code, _out, err = run(capsys, "search", str(damaged), "Уссурийск")
    assert code == 2 and "vault.db is damaged" in err and "fieldvault check" in err
    one_sentence(err)
    (tmp_path / "usb").mkdir()
    code, _out, err = run(capsys, "backup", str(damaged), str(tmp_path / "usb"))
    assert code == 2 and "vault.db is damaged" in err
    one_sentence(err)
    assert list((tmp_path / "usb").iterdir()) == []  # nothing half-written


def test_audit_verify_no_longer_says_intact(capsys: pytest.CaptureFixture[str],
                                            damaged: Path) -> None:
    code, out, _err = run(capsys, "audit", str(damaged), "--verify")
    assert code == 3 and "intact" not in out and "fieldvault check" in out
    code, out, _err = run(capsys, "audit", str(damaged), "--verify", "--json")
    assert json.loads(out)["ok"] is False and json.loads(out)["database_ok"] is False


def test_check_names_the_page_the_table_and_the_backup(capsys: pytest.CaptureFixture[str],
                                                       damaged: Path) -> None:
    code, out, _err = run(capsys, "check", str(damaged))
    assert code == 3
    assert "BAD  database pages: 1 page(s) of vault.db fail" in out
    assert "search_doc" in out
    assert "ok   audit: The audit chain" in out and "ok   key file: vault.keys is intact" in out
    assert "newest backup you wrote with `fieldvault backup`" in out
    report = json.loads(run(capsys, "check", str(damaged), "--json")[1])
    assert report["ok"] is False and report["backups"] == []


def test_check_offers_the_copies_in_backups(capsys: pytest.CaptureFixture[str],
                                            vault_path: Path) -> None:
    from fieldvault.core.vault import Passphrase, Vault

    with Vault.open(vault_path, Passphrase(PASSPHRASE)) as vault:
        vault._backup_before_migration(3)
    [copy] = (vault_path / "backups").iterdir()
    data = bytearray((vault_path / "vault.db").read_bytes())
    data[_root_page(vault_path, "search_doc")] ^= 0x01
    (vault_path / "vault.db").write_bytes(bytes(data))
    code, out, _err = run(capsys, "check", str(vault_path))
    assert code == 3 and f"backups/{copy.name}" in out


def test_an_intact_vault_checks_clean(capsys: pytest.CaptureFixture[str],
                                      vault_path: Path) -> None:
    code, out, _err = run(capsys, "check", str(vault_path))
    assert code == 0 and "BAD" not in out and "Nothing is damaged." in out
    code, out, _err = run(capsys, "audit", str(vault_path), "--verify")
    assert code == 0 and "Audit log intact" in out


def test_check_reports_a_damaged_key_file_and_still_checks_the_database(
        capsys: pytest.CaptureFixture[str], vault_path: Path) -> None:
    keys = vault_path / "vault.keys"
    keys.write_bytes(keys.read_bytes().replace(b'"label": "recovery"', b'"label": "recoverx"'))
    code, out, _err = run(capsys, "check", str(vault_path))
    assert code == 3
    assert "BAD  key file: The key file" in out and "ok   key file copy" in out
    assert "ok   database pages" in out
    assert "vault.keys.bak is intact: copy it over the damaged key file" in out
