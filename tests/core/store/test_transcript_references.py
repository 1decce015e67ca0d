"""Migration 15: every column referring to a transcript is indexed, so deleting cases does
not scan whole tables (the foreign-key check looks for rows still pointing at each
deleted transcript)."""

from __future__ import annotations

import shutil
from pathlib import Path

from fieldvault.core.records.cases import CaseInput
from fieldvault.core.store import connection, keyslots, schema
from fieldvault.core.vault import Passphrase, Vault
from vaulthelp import PASSPHRASE

REFERENCES = {("codings", "transcript_id"), ("redactions", "transcript_id"),
              ("privacy_scans", "transcript_id")}


def indexed_references(vault: Vault) -> set[tuple[str, str]]:
    """(table, column) of every foreign key to transcripts led by an index."""
    found = set()
    with vault.engine.connect() as conn:
        tables = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            leading = {conn.exec_driver_sql(f"PRAGMA index_info('{index[1]}')").fetchall()[0][2]
                       for index in conn.exec_driver_sql(f"PRAGMA index_list('{table}')")}
            for key in conn.exec_driver_sql(f"PRAGMA foreign_key_list('{table}')"):
                if key[2] == "transcripts" and key[3] in leading:
                    found.add((table, key[3]))
    return found


def test_every_reference_to_a_transcript_is_indexed(vault: Vault) -> None:
    assert REFERENCES <= indexed_references(vault)


def test_an_older_vault_gains_the_indexes(tmp_path: Path, vault_path: Path) -> None:
    target = tmp_path / "fourteen.fieldvault"
    shutil.copytree(vault_path, target)
    key = keyslots.unlock_with_passphrase(keyslots.read(target), PASSPHRASE)
    engine = connection.make_engine(target / "vault.db", key)
    with connection.writer(engine).begin() as conn:
        for name in ("codings_transcript", "redactions_transcript", "privacy_scans_transcript"):
            conn.exec_driver_sql(f"DROP INDEX {name}")
        before = schema.MIGRATIONS.index(schema.upgrade_transcript_references)
        conn.exec_driver_sql(f"PRAGMA user_version = {before}")
    engine.dispose()
    with Vault.open(target, Passphrase(PASSPHRASE)) as vault:
        assert schema.current_version(vault.engine) == schema.SCHEMA_VERSION
        assert REFERENCES <= indexed_references(vault)


def test_deleting_cases_keeps_the_codings_of_the_others(vault: Vault) -> None:
    codes = [vault.cases.create(CaseInput(title="t", transcript="[FICTIONAL] some words here",
                                          languages=["en"], code=f"C-00{n}")).code
             for n in range(4)]
    for code in codes:
        vault.codings.add(code, "quota.planned", 0, 4)
    vault.cases.delete_many(codes[:2])
    vault.cases.delete(codes[2])
    assert [s.code for s in vault.cases.summaries()] == [codes[3]]
    assert [s.codings for s in vault.cases.summaries()] == [1]
    assert vault.integrity_problems() == []
