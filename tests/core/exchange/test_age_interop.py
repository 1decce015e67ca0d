"""Interoperability with the reference ``age`` command (Debian package ``age``)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from fieldvault.core.exchange import age
from fieldvault.core.exchange.envelope import INNER_MAGIC, open_envelope, seal

AGE = shutil.which("age")
AGE_KEYGEN = shutil.which("age-keygen")
pytestmark = pytest.mark.skipif(
    AGE is None or AGE_KEYGEN is None, reason="the age command is not installed (apt install age)"
)

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values: list[int]) -> int:
    generator = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    checksum = 1
    for value in values:
        top = checksum >> 25
        checksum = (checksum & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            checksum ^= generator[i] if (top >> i) & 1 else 0
    return checksum


def bech32(hrp: str, raw: bytes) -> str:
    """BIP 173 Bech32 (no length limit), as age encodes its keys."""
    bits = "".join(f"{byte:08b}" for byte in raw)
    bits += "0" * (-len(bits) % 5)
    data = [int(bits[i : i + 5], 2) for i in range(0, len(bits), 5)]
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    polymod = _polymod(expanded + data + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[d] for d in data + checksum)


def identity_file(tmp_path: Path, key: X25519PrivateKey) -> Path:
    secret = key.private_bytes_raw()
    path = tmp_path / "identity.txt"
    path.write_text(bech32("age-secret-key-", secret).upper() + "\n")
    return path


def recipient_string(key: X25519PrivateKey) -> str:
    return bech32("age", key.public_key().public_bytes_raw())


def run_age(*args: str, data: bytes) -> bytes:
    assert AGE is not None
    return subprocess.run([AGE, *args], input=data, capture_output=True, check=True).stdout


def test_bech32_keys_match_age_keygen(tmp_path: Path) -> None:
    assert AGE_KEYGEN is not None
    key = X25519PrivateKey.generate()
    derived = subprocess.run(
        [AGE_KEYGEN, "-y", str(identity_file(tmp_path, key))],
        capture_output=True,
        check=True,
        text=True,
    ).stdout.strip()
    assert derived == recipient_string(key)


@pytest.mark.parametrize("size", [0, 1, 65536, 150_000])
def test_age_decrypts_our_files(tmp_path: Path, size: int) -> None:
    key = X25519PrivateKey.generate()
    payload = bytes(i * 7 % 256 for i in range(size))
    data = age.encrypt(payload, [X25519PrivateKey.generate().public_key(), key.public_key()])
    assert run_age("-d", "-i", str(identity_file(tmp_path, key)), data=data) == payload


@pytest.mark.parametrize("size", [0, 5, 65536, 150_000])
def test_we_decrypt_files_from_age(size: int) -> None:
    key = X25519PrivateKey.generate()
    payload = bytes(i * 11 % 256 for i in range(size))
    data = run_age("-r", recipient_string(key), data=payload)
    assert age.decrypt(data, key) == payload


def test_age_refuses_our_truncated_file(tmp_path: Path) -> None:
    key = X25519PrivateKey.generate()
    data = age.encrypt(b"q" * 100_000, [key.public_key()])
    cut = age.payload_start(data) + age.NONCE_SIZE + 65536 + 16
    result = subprocess.run(
        [str(AGE), "-d", "-i", str(identity_file(tmp_path, key))],
        input=data[:cut],
        capture_output=True,
        check=False,
    )
    assert result.returncode != 0


def test_bundle_body_is_plain_age(tmp_path: Path) -> None:
    sender = Ed25519PrivateKey.generate()
    key = X25519PrivateKey.generate()
    bundle = seal(b"case W-017", sender, [key.public_key()])
    opened = open_envelope(bundle, key, {sender.public_key().public_bytes_raw(): "Kim"})
    body = bundle[bundle.index(b"age-encryption.org/v1\n") :]
    inner = run_age("-d", "-i", str(identity_file(tmp_path, key)), data=body)
    sender_key = sender.public_key().public_bytes_raw()
    assert inner == INNER_MAGIC + sender_key + bytes.fromhex(opened.bundle_id) + b"case W-017"
