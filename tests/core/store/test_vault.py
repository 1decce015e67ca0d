from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from fieldvault.core.errors import (
    KeyFileError,
    Refused,
    SchemaTooNew,
    VaultFileError,
    VaultLocked,
    WrongSecret,
)
from fieldvault.core.store import connection, keyslots
from fieldvault.core.vault import EscrowKey, Passphrase, RecoveryCode, Vault
from vaulthelp import FAST, PASSPHRASE


def open_vault(path: Path, secret: str = PASSPHRASE) -> Vault:
    return Vault.open(path, Passphrase(secret))


def test_create_makes_a_folder_with_database_and_key_files(tmp_path: Path) -> None:
    vault, code = Vault.create(tmp_path / "field", PASSPHRASE, cost=FAST)
    with vault:
        assert vault.path.name == "field.fieldvault"
        assert {p.name for p in vault.path.iterdir()} >= {"vault.db", "vault.keys",
                                                          "vault.keys.bak"}
        assert len(code.split("-")) == 9
        assert vault.codebook.tree(), "the report's codebook is loaded into a new vault"
    assert not list(tmp_path.glob(".*partial*"))


def test_create_refuses_an_existing_folder(vault_path: Path) -> None:
    with pytest.raises(VaultFileError, match="already exists"):
        Vault.create(vault_path, PASSPHRASE, cost=FAST)


def test_pragmas_are_verified_on_every_connection(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        connection.verify(raw)
        assert raw.execute("PRAGMA temp_store").fetchone()[0] == 2
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_verify_refuses_a_weakened_connection(vault: Vault) -> None:
    raw = vault.raw_connection()
    raw.execute("PRAGMA temp_store = FILE")
    with pytest.raises(VaultFileError, match="temp_store"):
        connection.verify(raw)
    raw.close()


def test_wrong_passphrase_gets_one_sentence(vault_path: Path) -> None:
    with pytest.raises(WrongSecret, match="^The passphrase is wrong for this vault.$"):
        open_vault(vault_path, "wrong passphrase")


def test_recovery_code_unlocks(vault_path: Path, recovery_code: str) -> None:
    with Vault.open(vault_path, RecoveryCode(recovery_code.lower())) as vault:
        assert vault.me.name == "tester"


def test_locked_vault_refuses_work(vault: Vault) -> None:
    vault.lock()
    assert vault.locked
    with pytest.raises(VaultLocked):
        vault.cases.summaries()


def test_lock_zeroes_the_key(vault_path: Path) -> None:
    vault = open_vault(vault_path)
    key = vault.data_key
    vault.lock()
    assert key == bytearray(32)


def test_key_file_from_another_vault_is_refused(vault_path: Path, tmp_path: Path) -> None:
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, cost=FAST, codebook=False)
    other.lock()
    shutil.copy(other.path / "vault.keys", vault_path / "vault.keys")
    with pytest.raises(VaultFileError, match="another vault"):
        open_vault(vault_path)


def test_database_from_another_vault_is_refused(vault_path: Path, tmp_path: Path) -> None:
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, cost=FAST, codebook=False)
    other.lock()
    for name in ("vault.db", "vault.db-wal", "vault.db-shm"):
        (vault_path / name).unlink(missing_ok=True)
        if (other.path / name).exists():
            shutil.copy(other.path / name, vault_path / name)
    with pytest.raises(VaultFileError, match="another vault or is damaged"):
        open_vault(vault_path)


def test_truncated_database_is_refused(vault_path: Path) -> None:
    db = vault_path / "vault.db"
    db.write_bytes(db.read_bytes()[:1000])
    (vault_path / "vault.db-wal").unlink(missing_ok=True)
    with pytest.raises(VaultFileError):
        open_vault(vault_path)


def test_corrupt_database_page_is_refused(vault_path: Path) -> None:
    db = vault_path / "vault.db"
    data = bytearray(db.read_bytes())
    data[100:4000] = bytes(3900)
    db.write_bytes(bytes(data))
    (vault_path / "vault.db-wal").unlink(missing_ok=True)
    with pytest.raises(VaultFileError):
        open_vault(vault_path)


def test_missing_key_file_is_named(vault_path: Path) -> None:
    (vault_path / "vault.keys").unlink()
    with pytest.raises(KeyFileError, match="missing"):
        open_vault(vault_path)


def test_not_a_vault_folder(tmp_path: Path) -> None:
    with pytest.raises(VaultFileError, match="not a Fieldvault vault"):
        open_vault(tmp_path)


def test_newer_schema_is_refused_and_nothing_is_written(vault_path: Path) -> None:
    with open_vault(vault_path) as vault:
        raw = vault.raw_connection()
        raw.execute("PRAGMA user_version = 99")
        raw.close()
    before = (vault_path / "vault.keys").read_bytes()
    with pytest.raises(SchemaTooNew, match="schema 99"):
        open_vault(vault_path)
    assert (vault_path / "vault.keys").read_bytes() == before
    assert not (vault_path / "backups").exists()


def test_backup_opens_with_the_same_slots(vault: Vault, tmp_path: Path,
                                          recovery_code: str) -> None:
    vault.memos.add("theme", vault.codebook.tree()[0].theme.id, "memo before backup")
    dest = tmp_path / "backups"
    dest.mkdir()
    target = vault.backup(dest)
    with open_vault(target) as copy:
        theme = copy.codebook.tree()[0].theme.id
        assert [m.text for m in copy.memos.for_target("theme", theme)] == ["memo before backup"]
    with Vault.open(target, RecoveryCode(recovery_code)):
        pass


def test_add_rename_and_change_passphrase(vault: Vault, vault_path: Path) -> None:
    vault.keys.add_passphrase("laptop", "second passphrase", FAST)
    vault.keys.rename("laptop", "field laptop")
    vault.keys.change_passphrase("passphrase", "a new main passphrase")
    vault.lock()
    with open_vault(vault_path, "second passphrase"):
        pass
    with open_vault(vault_path, "a new main passphrase") as again:
        assert [s.label for s in again.keys.list()] == ["passphrase", "recovery",
                                                        "field laptop"]
    with pytest.raises(WrongSecret):
        open_vault(vault_path)


def test_remove_slot_rotates_the_data_key(vault: Vault, vault_path: Path) -> None:
    vault.keys.add_passphrase("colleague", "colleague passphrase", FAST)
    old_keys = (vault_path / "vault.keys").read_bytes()
    old_key = bytes(vault.data_key)
    result = vault.keys.remove("colleague", {"passphrase": PASSPHRASE})
    assert result.dropped == ["colleague"] and result.recovery_code
    assert bytes(vault.data_key) != old_key
    assert vault.cases.summaries() == []  # still usable after the rekey
    vault.lock()
    with pytest.raises(WrongSecret):
        open_vault(vault_path, "colleague passphrase")
    # An old copy of the key file with the removed slot no longer opens the database.
    (vault_path / "vault.keys").write_bytes(old_keys)
    with pytest.raises(VaultFileError):
        open_vault(vault_path, "colleague passphrase")


def test_the_last_passphrase_slot_cannot_be_removed(vault: Vault) -> None:
    with pytest.raises(Refused):
        vault.keys.remove("passphrase", {})


def test_interrupted_rotation_is_finished_on_open(vault: Vault, vault_path: Path) -> None:
    new_key = keyslots.new_data_key()
    new_keys = keyslots.KeyFile(vault.keyfile.vault_id, [keyslots.passphrase_slot(
        vault.keyfile.vault_id, "passphrase", PASSPHRASE, new_key, FAST)])
    keyslots.write_next(vault_path, new_keys, new_key)
    vault.engine.dispose()
    raw = connection.connect(vault_path / "vault.db", vault.data_key)
    connection.rekey(raw, new_key)
    raw.close()
    vault._engine = None  # simulate the crash before vault.keys was replaced
    with open_vault(vault_path) as reopened:
        assert reopened.codebook.tree()
    assert not (vault_path / "vault.keys.next").exists()


def test_escrow_slot_survives_rotation(vault: Vault, vault_path: Path) -> None:
    org = X25519PrivateKey.generate()
    vault.keys.add_escrow("organisation", org.public_key())
    vault.keys.rotate({"passphrase": PASSPHRASE})
    vault.lock()
    with Vault.open(vault_path, EscrowKey(org)):
        pass


def test_engine_errors_never_carry_bound_values(vault: Vault) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    secret = "Kim Chol-su 김철수"
    with pytest.raises(IntegrityError) as caught, vault.engine.begin() as conn:
        conn.execute(text("INSERT INTO members (id, name, role, created) "
                          "VALUES (:id, :name, 'nobody', 'x')"), {"id": "m", "name": secret})
    assert secret not in str(caught.value) and "hidden" in str(caught.value)


def test_lock_forgets_every_service_and_cached_value(vault_path: Path) -> None:
    from functools import cached_property

    opened = open_vault(vault_path)
    cached = [name for name, attr in vars(Vault).items() if isinstance(attr, cached_property)]
    assert {"cases", "people", "privacy", "search", "exports"} <= set(cached)
    for name in cached:
        getattr(opened, name)  # build every service, as a long session would
    opened.people.add("worker", "Kim Chol-su")
    assert set(cached) <= set(vars(opened))
    opened.lock()
    assert not set(cached) & set(vars(opened))


def test_scrub_leaves_the_wal_empty(vault_path: Path) -> None:
    opened = open_vault(vault_path)
    opened.people.add("worker", "Kim Chol-su")
    opened.scrub()
    wal = vault_path / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    opened.lock()
