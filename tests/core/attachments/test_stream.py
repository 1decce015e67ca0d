"""The chunked AEAD engine: round trip, random access, tamper, swap and truncation."""

from __future__ import annotations

import io
import random

import pytest

from fieldvault.core.attachments import stream
from fieldvault.core.attachments.stream import CHUNK, TAG, AttachmentDamaged, Reader

FILE_ID = bytes(range(16))


def sealed(data: bytes, key: bytes, file_id: bytes = FILE_ID, pieces: int = 7) -> bytes:
    out = io.BytesIO()
    step = max(1, len(data) // pieces)
    stream.seal_blocks((data[i:i + step] for i in range(0, len(data), step)), key, file_id,
                       out)
    return out.getvalue()


def reader(blob: bytes, key: bytes, size: int, file_id: bytes = FILE_ID) -> Reader:
    return Reader(io.BytesIO(blob), key, file_id, size, "test")


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 5])
def test_round_trip_and_sizes(size: int) -> None:
    data = random.Random(size).randbytes(size)
    key = stream.new_key()
    blob = sealed(data, key)
    assert len(blob) == stream.sealed_size(size)
    assert stream.plain_size(len(blob)) == size
    with reader(blob, key, size) as opened:
        assert b"".join(opened.blocks()) == data
        assert opened.read(0, size + 10) == data


def test_blocks_of_any_size_seal_the_same_plaintext() -> None:
    rng = random.Random(11)
    data = rng.randbytes(4 * CHUNK + 77)
    key = stream.new_key()
    for _ in range(20):
        cuts = sorted(rng.sample(range(1, len(data)), rng.randrange(1, 12)))
        out = io.BytesIO()
        stream.seal_blocks([data[a:b] for a, b in zip([0, *cuts], [*cuts, len(data)],
                                                       strict=True)], key, FILE_ID, out)
        with reader(out.getvalue(), key, len(data)) as opened:
            assert b"".join(opened.blocks()) == data


def test_random_reads_match_the_plaintext() -> None:
    rng = random.Random(7)
    data = rng.randbytes(5 * CHUNK + 123)
    key = stream.new_key()
    opened = reader(sealed(data, key), key, len(data))
    for _ in range(200):
        offset = rng.randrange(0, len(data) + 10)
        length = rng.randrange(0, 3 * CHUNK)
        assert opened.read(offset, length) == data[offset:offset + length]


def test_every_chunk_is_sealed_with_its_own_nonce_and_no_plaintext_shows() -> None:
    data = b"ZQXJ-PLAINTEXT-MARKER " * 20000
    key = stream.new_key()
    blob = sealed(data, key)
    assert b"ZQXJ-PLAINTEXT" not in blob
    bodies = [blob[stream.HEADER_SIZE + i * (CHUNK + TAG):][:32] for i in range(5)]
    assert len(set(bodies)) == 5  # same plaintext, different ciphertext per chunk


def test_a_flipped_byte_is_refused_with_one_sentence() -> None:
    data = random.Random(1).randbytes(3 * CHUNK)
    key = stream.new_key()
    blob = bytearray(sealed(data, key))
    blob[stream.HEADER_SIZE + CHUNK + TAG + 100] ^= 1  # inside chunk 2
    opened = reader(bytes(blob), key, len(data))
    assert opened.read(0, 100) == data[:100]  # chunk 1 is still fine
    with pytest.raises(AttachmentDamaged, match=r"chunk 2 of 3 fails its check\), so it is"):
        opened.read(CHUNK + 5, 10)


def test_truncation_at_a_chunk_boundary_is_refused() -> None:
    data = random.Random(2).randbytes(3 * CHUNK)
    key = stream.new_key()
    blob = sealed(data, key)
    cut = blob[:stream.sealed_size(2 * CHUNK)]
    with pytest.raises(AttachmentDamaged, match="cut short"):
        reader(cut, key, len(data))
    opened = reader(cut, key, 2 * CHUNK)  # even if the recorded size were also changed
    with pytest.raises(AttachmentDamaged, match="chunk 2 of 2 fails"):
        opened.read(CHUNK, 10)


def test_swapped_chunks_and_files_are_refused() -> None:
    data = random.Random(3).randbytes(3 * CHUNK)
    key = stream.new_key()
    blob = sealed(data, key)
    h, n = stream.HEADER_SIZE, CHUNK + TAG
    swapped = blob[:h] + blob[h + n:h + 2 * n] + blob[h:h + n] + blob[h + 2 * n:]
    with pytest.raises(AttachmentDamaged, match="chunk 1 of 3"):
        reader(swapped, key, len(data)).read(0, 1)
    other = sealed(data, key, file_id=bytes(16))
    with pytest.raises(AttachmentDamaged, match="belongs to another attachment"):
        reader(other, key, len(data))
    with pytest.raises(AttachmentDamaged, match="fails its check"):
        reader(blob, stream.new_key(), len(data)).read(0, 1)
