"""Sealing and opening exchange bundles with real keys."""

from __future__ import annotations

import base64
import json
import struct
from datetime import UTC, datetime
from hashlib import sha256

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from fieldvault.core.errors import FieldvaultError
from fieldvault.core.exchange import age
from fieldvault.core.exchange.envelope import (
    MAGIC,
    SIGNATURE_CONTEXT,
    EnvelopeError,
    Problem,
    fingerprint,
    open_envelope,
    seal,
)

SENDER = Ed25519PrivateKey.generate()
MEMBERS = [X25519PrivateKey.generate() for _ in range(3)]
KNOWN = {SENDER.public_key().public_bytes_raw(): "Interviewer Kim"}


def public(keys: list[X25519PrivateKey]) -> list:  # type: ignore[type-arg]
    return [key.public_key() for key in keys]


def header_of(bundle: bytes) -> tuple[dict, int]:  # type: ignore[type-arg]
    """The parsed JSON header and the offset where the signature starts."""
    _, length = struct.unpack_from(">HI", bundle, len(MAGIC))
    start = len(MAGIC) + 6
    return json.loads(bundle[start : start + length]), start + length


@pytest.mark.parametrize("size", [0, 1, 65536 - 68, 65536, 150_000])
def test_round_trip_to_one_recipient(size: int) -> None:
    payload = bytes(range(256)) * (size // 256) + b"\xaa" * (size % 256)
    bundle = seal(payload, SENDER, public(MEMBERS[:1]))
    opened = open_envelope(bundle, MEMBERS[0], KNOWN)
    assert opened.payload == payload
    assert opened.sender_name == "Interviewer Kim"
    assert opened.sender_fingerprint == fingerprint(SENDER.public_key().public_bytes_raw())


def test_round_trip_to_three_recipients_with_metadata() -> None:
    created = datetime(2024, 5, 1, 12, 30, 15, tzinfo=UTC)
    bundle_id = "0123456789abcdef0123456789abcdef"
    payload = "사례 W-017 / случай".encode() * 1000
    bundle = seal(payload, SENDER, public(MEMBERS), bundle_id=bundle_id, created=created)
    for member in MEMBERS:
        opened = open_envelope(bundle, member, KNOWN)
        assert (opened.payload, opened.bundle_id, opened.created) == (payload, bundle_id, created)
    assert payload not in bundle and "사례".encode() not in bundle


def test_every_bundle_gets_a_fresh_id() -> None:
    ids = {
        open_envelope(seal(b"x", SENDER, public(MEMBERS[:1])), MEMBERS[0], KNOWN).bundle_id
        for _ in range(3)
    }
    assert len(ids) == 3


def test_non_recipient_cannot_open() -> None:
    bundle = seal(b"secret", SENDER, public(MEMBERS[:2]))
    with pytest.raises(EnvelopeError, match="not addressed to your key") as caught:
        open_envelope(bundle, MEMBERS[2], KNOWN)
    assert caught.value.problem is Problem.NOT_FOR_YOU
    assert isinstance(caught.value, FieldvaultError) and isinstance(caught.value, ValueError)


def test_unknown_sender_is_refused_before_any_decryption(monkeypatch: pytest.MonkeyPatch) -> None:
    stranger = Ed25519PrivateKey.generate()
    bundle = seal(b"secret", stranger, public(MEMBERS[:1]))
    calls: list[bytes] = []
    monkeypatch.setattr(age, "decrypt", lambda data, *args: calls.append(data) or b"")
    with pytest.raises(EnvelopeError, match="not one of your known members") as caught:
        open_envelope(bundle, MEMBERS[0], KNOWN)
    assert caught.value.problem is Problem.UNKNOWN_SENDER
    assert fingerprint(stranger.public_key().public_bytes_raw()) in str(caught.value)
    assert calls == []


def test_a_signed_newer_version_asks_for_an_update() -> None:
    bundle = seal(b"x", SENDER, public(MEMBERS[:1]))
    newer = resign(bundle, SENDER, {}, version=2)
    with pytest.raises(EnvelopeError, match="made by a newer Fieldvault") as caught:
        open_envelope(newer, MEMBERS[0], KNOWN)
    assert caught.value.problem is Problem.NEWER_VERSION


def test_an_unsigned_version_claim_is_judged_after_the_signature() -> None:
    """An altered version byte must not send the user looking for an 'update'."""
    bundle = bytearray(seal(b"x", SENDER, public(MEMBERS[:1])))
    struct.pack_into(">H", bundle, len(MAGIC), 2)
    with pytest.raises(EnvelopeError, match="signature does not check out") as caught:
        open_envelope(bytes(bundle), MEMBERS[0], KNOWN)
    assert caught.value.problem is Problem.TAMPERED
    stranger = Ed25519PrivateKey.generate()  # signed, but not by anyone this vault knows
    key = base64.urlsafe_b64encode(stranger.public_key().public_bytes_raw()).rstrip(b"=")
    forged = resign(bytes(bundle), stranger, {"sender": key.decode()}, version=2)
    with pytest.raises(EnvelopeError) as caught:
        open_envelope(forged, MEMBERS[0], KNOWN)
    assert caught.value.problem is not Problem.NEWER_VERSION


@pytest.mark.parametrize(
    "data", [b"", b"hello", b"age-encryption.org/v1\n-> X25519 x\n", b"\0" * 500]
)
def test_other_files_are_not_bundles(data: bytes) -> None:
    with pytest.raises(EnvelopeError, match="not a Fieldvault bundle") as caught:
        open_envelope(data, MEMBERS[0], KNOWN)
    assert caught.value.problem is Problem.NOT_A_BUNDLE


def small_bundle() -> tuple[bytes, dict, int]:  # type: ignore[type-arg]
    """A bundle whose body has exactly two 64-byte chunks."""
    bundle = seal(b"p" * 40, SENDER, public(MEMBERS[:2]), chunk_size=64)
    header, signed_end = header_of(bundle)
    assert len(header["chunks"]) == 2
    return bundle, header, signed_end


def expected_region(position: int, header: dict, signed_end: int) -> tuple[str, object]:  # type: ignore[type-arg]
    body_start = signed_end + 72
    if position < len(MAGIC):
        return "magic", None
    if position < len(MAGIC) + 6:
        return "prefix", None
    if position < signed_end:
        return "header", None
    if position < body_start:
        return "signature", None
    offset = position - body_start - header["age_head"]["length"]
    if offset < 0:
        return "recipients", None
    return "chunk", offset // (64 + 16) + 1


def test_flipping_any_single_byte_is_detected_and_located() -> None:
    bundle, header, signed_end = small_bundle()
    for position in range(len(bundle)):
        for mask in (0x01, 0xFF):
            altered = bytearray(bundle)
            altered[position] ^= mask
            with pytest.raises(EnvelopeError) as caught:
                open_envelope(bytes(altered), MEMBERS[1], KNOWN)
            error = caught.value
            region, chunk = expected_region(position, header, signed_end)
            if region == "magic":
                assert error.problem is Problem.NOT_A_BUNDLE
            elif region == "prefix":
                assert error.problem in (Problem.NEWER_VERSION, Problem.TRUNCATED, Problem.TAMPERED)
            else:
                assert (error.problem, error.region, error.chunk) == (
                    Problem.TAMPERED,
                    region,
                    chunk,
                )
            assert "\n" not in str(error) and str(error).endswith(".")


def test_truncation_anywhere_is_detected() -> None:
    # Every cut, including those at the chunk boundaries (after the age header, after chunk 1).
    bundle, _, _ = small_bundle()
    for cut in range(1, len(bundle)):
        with pytest.raises(EnvelopeError, match="cut off before its end") as caught:
            open_envelope(bundle[:cut], MEMBERS[0], KNOWN)
        assert caught.value.problem is Problem.TRUNCATED, cut


def test_appended_data_is_refused() -> None:
    bundle = seal(b"x", SENDER, public(MEMBERS[:1]))
    with pytest.raises(EnvelopeError, match="unexpected data after its end"):
        open_envelope(bundle + b"\0", MEMBERS[0], KNOWN)


def resign(bundle: bytes, signer: Ed25519PrivateKey, change: dict,  # type: ignore[type-arg]
           version: int = 1) -> bytes:
    """Rebuild the outer header with ``change`` applied and sign it with ``signer``."""
    header, signed_end = header_of(bundle)
    header.update(change)
    raw = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    signed = MAGIC + struct.pack(">HI", version, len(raw)) + raw
    signature = signer.sign(SIGNATURE_CONTEXT + signed)
    return signed + signature + sha256(signature).digest()[:8] + bundle[signed_end + 72 :]


def test_known_member_cannot_claim_someone_elses_bundle() -> None:
    mallory = Ed25519PrivateKey.generate()
    known = dict(KNOWN) | {mallory.public_key().public_bytes_raw(): "Mallory"}
    bundle = seal(b"Kim's interview", SENDER, public(MEMBERS[:1]))
    mallory_key = mallory.public_key().public_bytes_raw()
    claimed = resign(
        bundle, mallory, {"sender": base64.urlsafe_b64encode(mallory_key).rstrip(b"=").decode()}
    )
    with pytest.raises(EnvelopeError, match="contents do not match") as caught:
        open_envelope(claimed, MEMBERS[0], known)
    assert caught.value.region == "contents"
    honest = resign(bundle, SENDER, {})  # the same rebuild by the real sender opens fine
    assert open_envelope(honest, MEMBERS[0], known).payload == b"Kim's interview"


def test_a_recipient_cannot_forge_content_for_another_recipient() -> None:
    # A recipient knows the file key, so age alone would accept chunks they re-encrypt.
    bundle = seal(b"A" * 100, SENDER, public(MEMBERS[:2]), chunk_size=64)
    _, signed_end = header_of(bundle)
    body = bundle[signed_end + 72 :]
    stanzas, _, _, end = age.parse_header(body)
    file_key = age.unwrap_file_key(stanzas, MEMBERS[0])
    nonce = body[end : end + age.NONCE_SIZE]
    inner = age.decrypt(body, MEMBERS[0], 64)
    forged_inner = inner.replace(b"A" * 10, b"B" * 10, 1)
    forged_chunks = age._seal_chunks(file_key, nonce, forged_inner, 64)
    forged = bundle[: signed_end + 72] + body[: end + age.NONCE_SIZE] + b"".join(forged_chunks)
    assert age.decrypt(forged[signed_end + 72 :], MEMBERS[1], 64) == forged_inner
    with pytest.raises(EnvelopeError, match="Part 2 of 3") as caught:
        open_envelope(forged, MEMBERS[1], KNOWN)
    assert caught.value.chunk == 2


def test_seal_refuses_bad_arguments() -> None:
    with pytest.raises(ValueError, match="distinct"):
        seal(b"x", SENDER, [])
    with pytest.raises(ValueError, match="distinct"):
        seal(b"x", SENDER, public([MEMBERS[0], MEMBERS[0]]))
    with pytest.raises(ValueError, match="time zone"):
        seal(b"x", SENDER, public(MEMBERS[:1]), created=datetime(2024, 1, 1))  # noqa: DTZ001
    with pytest.raises(ValueError, match="hexadecimal"):
        seal(b"x", SENDER, public(MEMBERS[:1]), bundle_id="../../etc")
