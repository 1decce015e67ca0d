"""WAV: keep the ``fmt `` and ``data`` chunks (and ``fact``), drop every other chunk.

Pure engine. LIST/INFO (title, artist, dates, comments), ``bext`` (the broadcast extension:
originator, recording time, description), iXML, ID3 and XMP chunks all go; the RIFF size is
rewritten. The audio samples are copied unchanged.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

from fieldvault.core.attachments.source import Source, Stripped

KEEP = (b"fmt ", b"data", b"fact")
NAMES = {b"LIST": "LIST chunk", b"bext": "broadcast extension (bext: originator, date, "
         "description)", b"iXML": "iXML chunk", b"id3 ": "ID3 tags", b"ID3 ": "ID3 tags",
         b"_PMX": "XMP metadata", b"cue ": "cue points", b"smpl": "sampler chunk",
         b"JUNK": "padding (JUNK)", b"PAD ": "padding"}


def strip(source: Source) -> Stripped:
    chunks, removed = _chunks(source)
    ids = [cid for cid, _o, _s in chunks]
    if b"fmt " not in ids or b"data" not in ids:
        raise source.bad("it is a WAV file without a format or a data chunk")
    fmt = next((o, s) for cid, o, s in chunks if cid == b"fmt ")
    data_size = next(s for cid, _o, s in chunks if cid == b"data")
    byte_rate = struct.unpack("<I", source.exact(fmt[0] + 8, 4, "format chunk"))[0]
    duration = data_size / byte_rate if byte_rate else None
    return Stripped("wav", "audio", _blocks(source, chunks), removed, duration)


def _chunks(source: Source) -> tuple[list[tuple[bytes, int, int]], list[str]]:
    """(id, payload offset, payload size) of kept chunks; plain names of dropped ones."""
    kept: list[tuple[bytes, int, int]] = []
    removed: list[str] = []
    offset = 12
    while offset + 8 <= source.size:
        cid, size = struct.unpack("<4sI", source.exact(offset, 8, "chunk header"))
        size = min(size, source.size - offset - 8)  # a recorder that never closed its file
        if cid in KEEP:
            kept.append((cid, offset + 8, size))
        else:
            removed.append(_name(source, cid, offset + 8, size))
        offset += 8 + size + (size & 1)
    return kept, list(dict.fromkeys(removed))


def _name(source: Source, cid: bytes, offset: int, size: int) -> str:
    if cid == b"LIST" and size >= 4 and source.read_at(offset, 4) == b"INFO":
        return "LIST/INFO tags (title, artist, dates, comments)"
    return NAMES.get(cid, f"chunk {cid.decode('latin-1')!r}")


def _blocks(source: Source, chunks: list[tuple[bytes, int, int]]) -> Iterator[bytes]:
    body = sum(8 + size + (size & 1) for _cid, _o, size in chunks)
    yield b"RIFF" + struct.pack("<I", 4 + body) + b"WAVE"
    for cid, offset, size in chunks:
        yield cid + struct.pack("<I", size)
        yield from source.copy(offset, size)
        if size & 1:
            yield b"\x00"
