from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from fieldvault.core.errors import KeyFileError, Refused, WrongSecret
from fieldvault.core.store import keyslots
from vaulthelp import FAST


def make(tmp_path: Path) -> tuple[keyslots.KeyFile, bytearray, str]:
    key = keyslots.new_data_key()
    code = keyslots.new_recovery_code()
    keys = keyslots.KeyFile("vault-1", [
        keyslots.passphrase_slot("vault-1", "main", "first passphrase", key, FAST),
        keyslots.recovery_slot("vault-1", "recovery", code, key)])
    keyslots.write(tmp_path, keys, key)
    return keys, key, code


def test_passphrase_and_recovery_unwrap_the_same_key(tmp_path: Path) -> None:
    _keys, key, code = make(tmp_path)
    loaded = keyslots.read(tmp_path)
    assert keyslots.unlock_with_passphrase(loaded, "first passphrase") == key
    assert keyslots.unlock_with_recovery(loaded, code) == key
    keyslots.verify_mac(loaded, key, tmp_path)


def test_recovery_code_is_typed_back_with_tolerance(tmp_path: Path) -> None:
    _keys, key, code = make(tmp_path)
    sloppy = "  " + code.lower().replace("-", " ").replace("0", "o").replace("1", "l") + "\n"
    assert keyslots.unlock_with_recovery(keyslots.read(tmp_path), sloppy) == key


def test_recovery_code_typo_is_named_as_a_typo(tmp_path: Path) -> None:
    _keys, _key, code = make(tmp_path)
    typo = ("X" if code[0] != "X" else "Y") + code[1:]
    with pytest.raises(WrongSecret, match="typing error"):
        keyslots.unlock_with_recovery(keyslots.read(tmp_path), typo)


def test_wrong_passphrase_is_refused(tmp_path: Path) -> None:
    make(tmp_path)
    with pytest.raises(WrongSecret, match="passphrase is wrong"):
        keyslots.unlock_with_passphrase(keyslots.read(tmp_path), "not the passphrase")


def test_slot_metadata_is_bound_to_the_wrapped_key(tmp_path: Path) -> None:
    make(tmp_path)
    body = json.loads((tmp_path / "vault.keys").read_text())
    body["slots"][0]["params"]["iterations"] = 2  # weaken the cost without the key
    body.pop("checksum")
    import hashlib

    body["checksum"] = hashlib.sha256(keyslots._canonical(body)).hexdigest()
    (tmp_path / "vault.keys").write_text(json.dumps(body))
    with pytest.raises(WrongSecret):
        keyslots.unlock_with_passphrase(keyslots.read(tmp_path), "first passphrase")


def test_edited_key_file_fails_its_checksum(tmp_path: Path) -> None:
    make(tmp_path)
    path = tmp_path / "vault.keys"
    path.write_text(path.read_text().replace('"main"', '"mein"'))
    with pytest.raises(KeyFileError, match="damaged or has been altered"):
        keyslots.read(tmp_path)


def test_label_edit_with_fixed_checksum_fails_the_mac(tmp_path: Path) -> None:
    import hashlib

    make(tmp_path)
    body = json.loads((tmp_path / "vault.keys").read_text())
    body["slots"][0]["label"] = "renamed by someone else"
    body.pop("checksum")
    body["checksum"] = hashlib.sha256(keyslots._canonical(body)).hexdigest()
    (tmp_path / "vault.keys").write_text(json.dumps(body))
    loaded = keyslots.read(tmp_path)
    key = keyslots.unlock_with_passphrase(loaded, "first passphrase")
    with pytest.raises(KeyFileError, match="altered"):
        keyslots.verify_mac(loaded, key, tmp_path)


def test_truncated_key_file_is_refused(tmp_path: Path) -> None:
    make(tmp_path)
    path = tmp_path / "vault.keys"
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(KeyFileError):
        keyslots.read(tmp_path)


def test_backup_copy_is_identical_and_atomic_temp_is_gone(tmp_path: Path) -> None:
    make(tmp_path)
    assert (tmp_path / "vault.keys").read_bytes() == (tmp_path / "vault.keys.bak").read_bytes()
    assert not list(tmp_path.glob("*.tmp"))


def test_escrow_slot_opens_with_the_organisation_key(tmp_path: Path) -> None:
    key = keyslots.new_data_key()
    org = X25519PrivateKey.generate()
    keys = keyslots.KeyFile("v", [keyslots.escrow_slot("v", "org", org.public_key(), key)])
    assert keyslots.unlock_with_escrow(keys, org) == key
    with pytest.raises(WrongSecret):
        keyslots.unlock_with_escrow(keys, X25519PrivateKey.generate())


def test_memory_floor_is_enforced() -> None:
    with pytest.raises(Refused):
        keyslots.passphrase_slot("v", "x", "passphrase", keyslots.new_data_key(),
                                 keyslots.KdfParams(8 * 1024, 1, 1))


def test_calibration_respects_the_floor_and_lands_near_target() -> None:
    import time

    from fieldvault.core.store.keyslots import _argon2

    params = keyslots.KdfParams(64 * 1024, 1, 4)
    start = time.perf_counter()
    _argon2(b"x", b"0123456789abcdef", params)
    assert time.perf_counter() - start < 5
    assert params.memory_kib >= keyslots.MIN_MEMORY_KIB
