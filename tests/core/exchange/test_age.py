"""The age layer on its own: its STREAM chunks catch truncation and reordering by themselves."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from fieldvault.core.exchange import age

ME = X25519PrivateKey.generate()
OTHER = X25519PrivateKey.generate()


def sealed(payload: bytes, chunk_size: int = 64) -> tuple[bytes, int]:
    """An age file and the offset of its first sealed chunk."""
    data = age.encrypt(payload, [OTHER.public_key(), ME.public_key()], chunk_size)
    return data, age.payload_start(data) + age.NONCE_SIZE


@pytest.mark.parametrize("size", [0, 1, 63, 64, 65, 200])
def test_round_trip_with_small_chunks(size: int) -> None:
    payload = bytes(i % 251 for i in range(size))
    data, _ = sealed(payload)
    assert age.decrypt(data, ME, 64) == payload
    assert age.decrypt(data, OTHER, 64) == payload


def test_truncation_at_each_chunk_boundary() -> None:
    data, start = sealed(b"z" * 200)  # chunks of 80, 80, 80, 24 sealed bytes
    for boundary in (start, start + 80, start + 160, start + 240):
        with pytest.raises(age.AgeTruncatedError):
            age.decrypt(data[:boundary], ME, 64)


def test_altered_dropped_or_swapped_chunks_are_refused() -> None:
    data, start = sealed(b"z" * 200)
    chunks = age.split_chunks(data[start:], 64)
    flipped = bytearray(data)
    flipped[start + 85] ^= 1
    with pytest.raises(age.AgeChunkError) as caught:
        age.decrypt(bytes(flipped), ME, 64)
    assert caught.value.index == 1
    swapped = data[:start] + chunks[1] + chunks[0] + b"".join(chunks[2:])
    with pytest.raises(age.AgeChunkError):
        age.decrypt(swapped, ME, 64)
    dropped = data[:start] + chunks[0] + b"".join(chunks[2:])
    with pytest.raises(age.AgeChunkError):
        age.decrypt(dropped, ME, 64)


def test_header_is_bound_by_its_mac() -> None:
    data, _ = sealed(b"abc")
    # Drop the first stanza: still a well-formed header, and ME can still unwrap the key.
    lines = data.split(b"\n")
    rebuilt = b"\n".join(lines[:1] + lines[3:])
    with pytest.raises(age.AgeHeaderError, match="MAC"):
        age.decrypt(rebuilt, ME, 64)


def test_wrong_identity_and_malformed_headers() -> None:
    data, _ = sealed(b"abc")
    with pytest.raises(age.AgeNoIdentityError):
        age.decrypt(data, X25519PrivateKey.generate(), 64)
    for bad in (b"age-encryption.org/v2\n", b"age-encryption.org/v1\n--- AAAA\n", b"garbage"):
        with pytest.raises(age.AgeHeaderError):
            age.decrypt(bad, ME, 64)
    padded = data.replace(b"\n---", b"=\n---", 1)  # padding is not canonical
    with pytest.raises(age.AgeHeaderError):
        age.decrypt(padded, ME, 64)
