"""Damaged media on intake: every cut or flipped byte gives one sentence or a clean result,
never a traceback (a seeded sample of mutations per format)."""

from __future__ import annotations

import random
from pathlib import Path

import mediakit
import pytest

from fieldvault.core.errors import InputError
from fieldvault.core.vault import Vault

BUILDERS = {
    "jpeg": lambda p: mediakit.jpeg(p / "x.jpg"),
    "png": lambda p: mediakit.png(p / "x.png"),
    "wav": lambda p: mediakit.wav(p / "x.wav", mediakit.pcm(0.2)),
    "mp3": lambda p: mediakit.mp3(p / "x.mp3", frames=20),
    "m4a": lambda p: mediakit.m4a(p / "x.m4a", seconds=1),
    "ogg": lambda p: mediakit.ogg(p / "x.ogg", seconds=1),
}


def mutations(data: bytes, rng: random.Random, count: int) -> list[bytes]:
    out = []
    for n in range(count):
        if n % 2:
            out.append(data[:rng.randrange(0, len(data))])
        else:
            damaged = bytearray(data)
            for _ in range(rng.randrange(1, 6)):
                at = rng.randrange(0, min(len(data), 4096))
                damaged[at] = rng.randrange(256)
            out.append(bytes(damaged))
    return out


@pytest.mark.parametrize("fmt", sorted(BUILDERS))
def test_damaged_files_are_refused_in_one_sentence_or_taken(vault: Vault, tmp_path: Path,
                                                            fmt: str) -> None:
    original = BUILDERS[fmt](tmp_path).read_bytes()
    target = tmp_path / f"damaged.{fmt}"
    refused = 0
    for data in mutations(original, random.Random(fmt), 150):
        target.write_bytes(data)
        try:
            vault.attachments.check(target)
        except InputError as exc:
            refused += 1
            message = str(exc)
            assert message.startswith(f"The file damaged.{fmt} cannot be attached: ")
            assert message.endswith(".") and "\n" not in message
    assert refused > 0
