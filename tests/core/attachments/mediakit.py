"""Media files with known metadata, built without encoders (fictional values only)."""

from __future__ import annotations

import io
import random
import struct
import wave
from pathlib import Path

MARKER = b"ZQXJ-META-7731"  # appears in every metadata field written here


def pcm(seconds: float, rate: int = 8000, seed: int = 1) -> bytes:
    return random.Random(seed).randbytes(int(seconds * rate) * 2)


def chunk(cid: bytes, body: bytes) -> bytes:
    return cid + struct.pack("<I", len(body)) + body + (b"\x00" if len(body) & 1 else b"")


def wav(path: Path, samples: bytes, rate: int = 8000, tags: bool = True) -> Path:
    """A mono 16-bit WAV; with ``tags``, LIST/INFO, bext and iXML chunks around the data."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(samples)
    riff = buffer.getvalue()
    fmt_and_data = riff[12:]
    extra = b""
    if tags:
        info = b"INFO" + chunk(b"INAM", MARKER + b" title\x00") + chunk(b"IART", MARKER + b"\x00")
        extra = (chunk(b"bext", MARKER + b" originator".ljust(602, b"\x00"))
                 + chunk(b"LIST", info) + chunk(b"iXML", b"<x>" + MARKER + b"</x>"))
    body = b"WAVE" + fmt_and_data[:24] + extra + fmt_and_data[24:]
    path.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)
    return path


def riff_chunks(data: bytes) -> list[bytes]:
    """The chunk ids of a RIFF file, read independently of the code under test."""
    ids, offset = [], 12
    while offset + 8 <= len(data):
        cid, size = struct.unpack("<4sI", data[offset:offset + 8])
        ids.append(cid)
        offset += 8 + size + (size & 1)
    return ids
