"""Seeking into a large recording decrypts only what is read (50 MB here, 500 MB with -m large)."""

from __future__ import annotations

import random
import struct
from pathlib import Path

import pytest

from fieldvault.core.attachments import stream
from fieldvault.core.vault import Vault


def patterned_wav(path: Path, megabytes: int) -> Path:
    """A WAV whose every 4-byte word of data is its own index: any slice can be checked."""
    size = megabytes * 1024 * 1024
    fmt = struct.pack("<HHIIHH", 1, 2, 44100, 44100 * 4, 4, 16)
    with path.open("wb") as out:
        out.write(b"RIFF" + struct.pack("<I", 4 + 24 + 8 + size) + b"WAVE")
        out.write(b"fmt " + struct.pack("<I", 16) + fmt + b"data" + struct.pack("<I", size))
        words = 256 * 1024
        for start in range(0, size // 4, words):
            out.write(struct.pack(f"<{words}I", *range(start, start + words)))
    return path


def check_seeks(vault: Vault, case: str, source: Path, reads: int) -> None:
    info = vault.attachments.add(case, source)
    assert info.size == source.stat().st_size and info.removed == ()
    rng = random.Random(42)
    decrypted: list[int] = []
    needed: set[int] = set()
    with vault.attachments.open(info.id) as reader, source.open("rb") as plain:
        original_chunk = reader.chunk
        reader.chunk = lambda index: decrypted.append(index) or original_chunk(index)  # type: ignore[method-assign]
        for _ in range(reads):
            offset = rng.randrange(0, info.size)
            length = rng.choice([1, 4096, 70_000])
            plain.seek(offset)
            assert reader.read(offset, length) == plain.read(length)
            last = min(offset + length, info.size) - 1
            needed.update(range(offset // stream.CHUNK, last // stream.CHUNK + 1))
        needed.add((info.size - 1) // stream.CHUNK)
        assert len(reader.read(info.size - 10, 100)) == 10
    assert set(decrypted) == needed  # exactly the chunks the reads touched, no others


def test_seeking_in_a_50_mb_recording(vault: Vault, case: str, tmp_path: Path) -> None:
    check_seeks(vault, case, patterned_wav(tmp_path / "long.wav", 50), reads=300)


@pytest.mark.large
def test_seeking_in_a_500_mb_recording(vault: Vault, case: str, tmp_path: Path) -> None:
    check_seeks(vault, case, patterned_wav(tmp_path / "long.wav", 500), reads=2000)
