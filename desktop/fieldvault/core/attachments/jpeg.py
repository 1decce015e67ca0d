"""JPEG: rewrite the segment list keeping only what decodes the image.

Pure engine. Kept: the frame, tables, scans and their entropy-coded data, restart markers,
a JFIF APP0 (rewritten without its thumbnail) and Adobe APP14 (it says how colours are
coded). Dropped: EXIF (camera, dates, GPS, maker notes, thumbnail), XMP, ICC profiles,
IPTC/Photoshop, every other APPn, COM comments, and anything after the image's end
(phones put previews and depth maps there). The EXIF orientation is kept as a minimal EXIF
segment holding only that tag, so every viewer still shows the photo upright, and is
returned for the vault's row.

Photos are read whole into memory (they are limited to 256 MB).
"""

from __future__ import annotations

import struct

from fieldvault.core.attachments import exif
from fieldvault.core.attachments.source import Source, Stripped

LIMIT = 256 * 1024 * 1024
SOI, EOI, SOS, COM, APP0, APP1, APP14 = 0xD8, 0xD9, 0xDA, 0xFE, 0xE0, 0xE1, 0xEE
STANDALONE = {0x01, *range(0xD0, 0xD8)}
APP_NAMES = {b"Exif\x00": "EXIF", b"http://ns.adobe.com/xap/1.0/\x00": "XMP metadata",
             b"http://ns.adobe.com/xmp/extension/\x00": "XMP metadata",
             b"ICC_PROFILE\x00": "colour profile (ICC)", b"MPF\x00": "multi-picture index",
             b"Photoshop 3.0\x00": "IPTC/Photoshop metadata", b"JFXX\x00": "JFIF thumbnail"}


def strip(source: Source) -> Stripped:
    if source.size > LIMIT:
        raise source.bad("photos larger than 256 MB are not taken")
    data = source.exact(0, source.size, "image data")
    kept, removed, orientation = _segments(source, data)
    head = [data[:2]]
    if orientation != 1:
        head.append(_app1(exif.orientation_only(orientation)))
    blocks = head + kept + [bytes([0xFF, EOI])]
    return Stripped("jpeg", "image", blocks, list(dict.fromkeys(removed)),
                    orientation=orientation)


def _segments(source: Source, data: bytes) -> tuple[list[bytes], list[str], int]:
    kept: list[bytes] = []
    removed: list[str] = []
    orientation = 1
    offset = 2
    while True:
        marker, offset = _marker(source, data, offset)
        if marker == EOI:
            break
        if marker in STANDALONE:
            kept.append(bytes([0xFF, marker]))
            continue
        end = offset + struct.unpack(">H", _need(source, data, offset, 2))[0]
        segment = _need(source, data, offset - 2, end - offset + 2)
        if marker == SOS:
            end = _scan_end(source, data, end)
            kept.append(data[offset - 2:end])
        elif marker == COM:
            removed.append("JPEG comment")
        elif APP0 <= marker <= 0xEF:
            orientation = _app(segment, marker, kept, removed, orientation)
        else:
            kept.append(segment)
        offset = end
    if offset < len(data):
        removed.append("data after the image end (previews, depth maps)")
    return kept, removed, orientation


def _app(segment: bytes, marker: int, kept: list[bytes], removed: list[str],
         orientation: int) -> int:
    payload = segment[4:]
    if marker == APP0 and payload.startswith(b"JFIF\x00") and len(payload) >= 14:
        kept.append(_jfif(payload))
        if payload[12] and payload[13]:
            removed.append("JFIF thumbnail")
        return orientation
    if marker == APP14 and payload.startswith(b"Adobe"):
        kept.append(segment)
        return orientation
    if marker == APP1 and payload.startswith(b"Exif\x00"):
        tiff = payload[6:]
        removed.extend(exif.kinds_in(tiff))
        return exif.orientation_of(tiff) if orientation == 1 else orientation
    name = next((n for prefix, n in APP_NAMES.items() if payload.startswith(prefix)),
                f"APP{marker - APP0} segment")
    removed.append(name)
    return orientation


def _jfif(payload: bytes) -> bytes:
    """A JFIF APP0 with the same version and density but no thumbnail."""
    body = payload[:12] + b"\x00\x00"
    return bytes([0xFF, APP0]) + struct.pack(">H", len(body) + 2) + body


def _app1(tiff: bytes) -> bytes:
    body = b"Exif\x00\x00" + tiff
    return bytes([0xFF, APP1]) + struct.pack(">H", len(body) + 2) + body


def _marker(source: Source, data: bytes, offset: int) -> tuple[int, int]:
    """The marker at ``offset`` (fill bytes skipped) and the offset after it."""
    if offset >= len(data) or data[offset] != 0xFF:
        raise source.bad("its JPEG structure is broken (a marker was expected)")
    while offset < len(data) and data[offset] == 0xFF:
        offset += 1
    if offset >= len(data):
        raise source.bad("it ends inside a JPEG marker")
    return data[offset], offset + 1


def _need(source: Source, data: bytes, offset: int, length: int) -> bytes:
    if offset + length > len(data) or length < 2:
        raise source.bad("a JPEG segment runs past the end of the file")
    return data[offset:offset + length]


def _scan_end(source: Source, data: bytes, offset: int) -> int:
    """Where the entropy-coded data from ``offset`` ends: the next real marker."""
    while True:
        found = data.find(b"\xff", offset)
        if found < 0 or found + 1 >= len(data):
            raise source.bad("its image data ends without an end marker")
        following = data[found + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
            offset = found + 1 if following == 0xFF else found + 2
            continue
        return found
