"""M4A/MP4: blank the metadata atoms in place, so every offset into the media stays valid.

Pure engine. ``udta`` (user data: the ``©xyz`` GPS location, ``loci``, titles, authors),
``meta`` (iTunes-style ``ilst`` tags), ``uuid`` atoms (XMP, vendor data) become ``free``
atoms of the same size filled with zeros, the contents of existing ``free``/``skip`` atoms
are zeroed (editors leave old data there), and the creation/modification dates in ``mvhd``,
``tkhd`` and ``mdhd`` are set to zero. Nothing moves, so the chunk offset tables (``stco``,
``co64``) need no rewriting. The ``moov`` atom is read into memory (limited to 64 MB); the
media data is copied unchanged.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

from fieldvault.core.attachments.source import BLOCK, Source, Stripped

MOOV_LIMIT = 64 * 1024 * 1024
DESCEND = {b"moov", b"trak", b"mdia", b"minf", b"edts", b"dinf", b"moof", b"traf"}
BLANK = {b"udta", b"meta", b"uuid"}
FREE = {b"free", b"skip"}
DATED = {b"mvhd", b"tkhd", b"mdhd"}
UDTA_NAMES = {b"\xa9xyz": "GPS location (\u00a9xyz)", b"loci": "location (loci)",
              b"meta": "tags (meta/ilst: title, artist, comments)"}

Atom = tuple[bytes, int, int, int]  # type, start, header size, total size


def atoms(data: bytes | bytearray, start: int, end: int, source: Source) -> list[Atom]:
    found: list[Atom] = []
    offset = start
    while offset + 8 <= end:
        size, kind = struct.unpack(">I4s", data[offset:offset + 8])
        header = 8
        if size == 1:
            size, header = struct.unpack(">Q", data[offset + 8:offset + 16])[0], 16
        elif size == 0:
            size = end - offset
        if size < header or offset + size > end:
            raise source.bad(f"its {kind.decode('latin-1')} atom runs past its container")
        found.append((kind, offset, header, size))
        offset += size
    return found


def strip(source: Source) -> Stripped:
    top = _top_atoms(source)
    removed: list[str] = []
    moov: bytearray | None = None
    for kind, start, _header, size in top:
        if kind == b"moov":
            if size > MOOV_LIMIT:
                raise source.bad("its movie header is larger than 64 MB")
            moov = bytearray(source.exact(start, size, "movie header"))
            _clean(moov, 0, size, source, removed)
        elif kind in BLANK:
            removed.append(_blank_name(kind))
        elif kind in FREE and _has_data(source, start + 8, size - 8):
            removed.append("leftover bytes in free space")
    if moov is None:
        raise source.bad("it has no movie header (moov atom)")
    return Stripped("m4a", "audio", _blocks(source, top, bytes(moov)),
                    list(dict.fromkeys(removed)), _duration(moov, source))


def _top_atoms(source: Source) -> list[Atom]:
    """Top-level atoms, read header by header (the media data is not read)."""
    found: list[Atom] = []
    offset = 0
    while offset + 8 <= source.size:
        head = source.exact(offset, 16 if offset + 16 <= source.size else 8, "atom header")
        size, kind = struct.unpack(">I4s", head[:8])
        header = 8
        if size == 1:
            size, header = struct.unpack(">Q", head[8:16])[0], 16
        elif size == 0:
            size = source.size - offset
        if size < header or offset + size > source.size:
            raise source.bad(f"its {kind.decode('latin-1')} atom runs past the end of the file")
        found.append((kind, offset, header, size))
        offset += size
    return found


def _clean(data: bytearray, start: int, end: int, source: Source, removed: list[str]) -> None:
    """Blank metadata inside the container ``data[start:end]`` (its children), in place."""
    for kind, offset, header, size in atoms(data, start, end, source):
        body = offset + header
        if kind in DESCEND:
            _clean(data, body, offset + size, source, removed)
        elif kind in BLANK:
            removed.extend(_udta_names(data, body, offset + size, source) if kind == b"udta"
                           else [_blank_name(kind)])
            _to_free(data, offset, header, size)
        elif kind in FREE and any(data[body:offset + size]):
            removed.append("leftover bytes in free space")
            data[body:offset + size] = bytes(offset + size - body)
        elif kind in DATED:
            _zero_dates(data, body, removed)


def _to_free(data: bytearray, offset: int, header: int, size: int) -> None:
    data[offset + 4:offset + 8] = b"free"
    data[offset + header:offset + size] = bytes(size - header)


def _udta_names(data: bytearray, start: int, end: int, source: Source) -> list[str]:
    try:
        kinds = [kind for kind, *_rest in atoms(data, start, end, source)]
    except Exception:  # noqa: BLE001 - a malformed udta is blanked all the same
        kinds = []
    return [UDTA_NAMES.get(k, f"user data ({k.decode('latin-1')})") for k in kinds] or [
        "user data (udta)"]


def _blank_name(kind: bytes) -> str:
    return {b"udta": "user data (udta)", b"meta": "tags (meta/ilst: title, artist, comments)",
            b"uuid": "XMP or vendor data (uuid)"}[kind]


def _zero_dates(data: bytearray, body: int, removed: list[str]) -> None:
    width = 8 if data[body] == 1 else 4
    dates = slice(body + 4, body + 4 + 2 * width)
    if any(data[dates]):
        removed.append("creation and modification dates")
        data[dates] = bytes(2 * width)


def _has_data(source: Source, offset: int, length: int) -> bool:
    return any(any(block) for block in source.copy(offset, length))


def _duration(moov: bytearray, source: Source) -> float | None:
    for kind, offset, header, _size in atoms(moov, 8, len(moov), source):
        if kind == b"mvhd":
            body = offset + header
            if moov[body] == 1:
                scale, length = struct.unpack(">IQ", moov[body + 20:body + 32])
            else:
                scale, length = struct.unpack(">II", moov[body + 12:body + 20])
            return length / scale if scale else None
    return None


def _blocks(source: Source, top: list[Atom], moov: bytes) -> Iterator[bytes]:
    for kind, start, header, size in top:
        if kind == b"moov":
            yield moov
        elif kind in BLANK or kind in FREE:
            yield source.read_at(start, header)[:4] + b"free" + source.read_at(
                start + 8, header - 8)
            yield from _zeros(size - header)
        else:
            yield from source.copy(start, size)


def _zeros(length: int) -> Iterator[bytes]:
    while length > 0:
        step = min(BLOCK, length)
        yield bytes(step)
        length -= step
