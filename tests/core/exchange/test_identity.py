"""Fingerprints and member identity text."""

from __future__ import annotations

import base64
import json
import re
from hashlib import sha256

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from fieldvault.core.exchange.envelope import (
    IdentityTextError,
    fingerprint,
    identity_text,
    parse_identity_text,
)

SIGN = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
ENCRYPT = X25519PrivateKey.generate().public_key().public_bytes_raw()


def test_fingerprint_is_grouped_base32_of_sha256() -> None:
    value = fingerprint(SIGN)
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){3}", value)
    assert value.replace("-", "") == base64.b32encode(sha256(SIGN).digest()).decode()[:16]
    assert fingerprint(SIGN) == value and fingerprint(ENCRYPT) != value


@pytest.mark.parametrize(
    ("name", "role"), [("Supervisor Lee", "supervisor"), ("김영희", "면접관"), ("Анна К.", "coder")]
)
def test_identity_text_round_trip(name: str, role: str) -> None:
    text = identity_text(name, role, SIGN, ENCRYPT)
    assert text.startswith("fieldvault-member:1:") and "\n" not in text and " " not in text
    member = parse_identity_text("  " + text + "\n")
    assert (member.name, member.role) == (name, role)
    assert (member.ed25519_public, member.x25519_public) == (SIGN, ENCRYPT)
    assert member.signing_fingerprint == fingerprint(SIGN)
    assert member.encryption_fingerprint == fingerprint(ENCRYPT)


def encode(fields: dict[str, object]) -> str:
    raw = json.dumps(fields).encode()
    return "fieldvault-member:1:" + base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def key_text(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


GOOD = {"name": "Lee", "role": "supervisor", "sign": key_text(SIGN), "encrypt": key_text(ENCRYPT)}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "not a Fieldvault member identity"),
        ("hello world", "not a Fieldvault member identity"),
        ("age1qqqqqqqqqqqqqqqqq", "not a Fieldvault member identity"),
        ("fieldvault-member:2:abc", "format version '2'"),
        ("fieldvault-member:x:abc", "format version 'x'"),
        (identity_text("Lee", "supervisor", SIGN, ENCRYPT)[:-5], "invalid characters|damaged"),
        ("fieldvault-member:1:!!!!", "damaged"),
        (encode({**GOOD, "sign": "@@@"}), "invalid characters"),
        ("fieldvault-member:1:" + key_text(b"[1, 2]"), "damaged"),
        (encode({**GOOD, "sign": key_text(SIGN[:31])}), "wrong size"),
        (encode({**GOOD, "extra": "x"}), "damaged"),
        (encode({**GOOD, "name": 5}), "damaged"),
        (encode({**GOOD, "name": " "}), "name must have"),
        (encode({**GOOD, "role": "a\nb"}), "control characters"),
        ("fieldvault-member:1:" + "W" * 5000, "damaged"),
    ],
)
def test_garbage_gets_a_clear_sentence(text: str, message: str) -> None:
    with pytest.raises(IdentityTextError, match=message) as caught:
        parse_identity_text(text)
    assert isinstance(caught.value, ValueError)
    assert str(caught.value).endswith(".") and "\n" not in str(caught.value)


def test_identity_text_refuses_bad_keys() -> None:
    with pytest.raises(IdentityTextError, match="wrong size"):
        identity_text("Lee", "coder", SIGN, ENCRYPT[:16])
