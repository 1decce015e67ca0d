"""Reading the few EXIF facts stripping needs: orientation, and which kinds were present.

Pure engine; reads a TIFF structure (the payload of a JPEG ``Exif`` segment after its
6-byte prefix, or a PNG ``eXIf`` chunk). Broken EXIF counts as "no orientation" rather than
refusing the photo: it is removed anyway.
"""

from __future__ import annotations

import struct

ORIENTATION, EXIF_IFD, GPS_IFD, MAKER_NOTE = 0x0112, 0x8769, 0x8825, 0x927C


def _entries(tiff: bytes, offset: int) -> tuple[str, dict[int, tuple[int, bytes]], int]:
    order = "<" if tiff[:2] == b"II" else ">"
    count = struct.unpack(order + "H", tiff[offset:offset + 2])[0]
    entries = {}
    for n in range(count):
        start = offset + 2 + 12 * n
        tag, kind = struct.unpack(order + "HH", tiff[start:start + 4])
        entries[tag] = (kind, tiff[start + 8:start + 12])
    following = offset + 2 + 12 * count
    next_ifd = struct.unpack(order + "I", tiff[following:following + 4])[0]
    return order, entries, next_ifd


def _ifd0(tiff: bytes) -> tuple[str, dict[int, tuple[int, bytes]], int]:
    order = "<" if tiff[:2] == b"II" else ">"
    return _entries(tiff, struct.unpack(order + "I", tiff[4:8])[0])


def orientation_of(tiff: bytes) -> int:
    """The Orientation tag (1..8) of IFD0, or 1."""
    try:
        order, entries, _next = _ifd0(tiff)
        kind, value = entries[ORIENTATION]
        found = struct.unpack(order + "H", value[:2])[0] if kind == 3 else 1
    except (KeyError, struct.error, IndexError):
        return 1
    return found if 1 <= found <= 8 else 1


def kinds_in(tiff: bytes) -> list[str]:
    """Plain names of what this EXIF block carries beyond camera settings."""
    found = ["EXIF metadata (camera, settings, dates)"]
    try:
        order, entries, next_ifd = _ifd0(tiff)
        if GPS_IFD in entries:
            found.append("GPS location")
        if EXIF_IFD in entries:
            pointer = struct.unpack(order + "I", entries[EXIF_IFD][1])[0]
            if MAKER_NOTE in _entries(tiff, pointer)[1]:
                found.append("maker notes")
        if next_ifd:
            found.append("embedded thumbnail")
    except (struct.error, IndexError):
        pass
    return found


def orientation_only(orientation: int) -> bytes:
    """A minimal big-endian TIFF with one IFD holding only the Orientation tag."""
    entry = struct.pack(">HHIHH", ORIENTATION, 3, 1, orientation, 0)
    return b"MM\x00*" + struct.pack(">I", 8) + struct.pack(">H", 1) + entry + b"\x00" * 4
