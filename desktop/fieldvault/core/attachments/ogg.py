"""Ogg Vorbis / Opus: rebuild the comment header without any comment.

Pure engine. The comment packet (``\\x03vorbis`` or ``OpusTags``) is replaced by one that
keeps only the encoder's vendor string; the header pages after the first are laid out again
over exactly as many pages as before, so every audio page keeps its sequence number and
checksum and is copied unchanged. Refused with one sentence: a stream of another codec,
several multiplexed streams, or header pages laid out against the specifications.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

from fieldvault.core.attachments.source import Source, Stripped

HEADERS = {b"\x01vorbis": 3, b"OpusHead": 2}


def _crc_table() -> list[int]:
    table = []
    for byte in range(256):
        value = byte << 24
        for _ in range(8):
            value = ((value << 1) ^ 0x04C11DB7) if value & 0x80000000 else value << 1
        table.append(value & 0xFFFFFFFF)
    return table


CRC = _crc_table()


def crc(data: bytes) -> int:
    """The Ogg page checksum (CRC-32, polynomial 0x04C11DB7, not reflected)."""
    value = 0
    for byte in data:
        value = ((value << 8) & 0xFFFFFFFF) ^ CRC[(value >> 24) ^ byte]
    return value


class Page:
    def __init__(self, source: Source, offset: int) -> None:
        head = source.exact(offset, 27, "Ogg page header")
        if head[:4] != b"OggS":
            raise source.bad("its Ogg pages are broken (a page header was expected)")
        self.offset, self.flags = offset, head[5]
        self.granule, self.serial, self.sequence = struct.unpack("<qII", head[6:22])
        self.lacing = source.exact(offset + 27, head[26], "Ogg lacing table")
        self.body = source.exact(offset + 27 + head[26], sum(self.lacing), "Ogg page")
        self.end = offset + 27 + head[26] + len(self.body)


def strip(source: Source) -> Stripped:
    first = Page(source, 0)
    count = HEADERS.get(first.body[:8]) or HEADERS.get(first.body[:7])
    if count is None or len(first.lacing) == 0 or first.lacing[-1] == 255:
        raise source.bad("it is an Ogg file that holds neither Vorbis nor Opus audio")
    packets, pages = _header_packets(source, first, count)
    vendor, names = _comment(packets[0], source)
    opus = first.body.startswith(b"OpusHead")
    new = [_new_comment(vendor, opus)] + packets[1:]
    rebuilt = _paginate(new, pages, source)
    label = "Opus tags" if opus else "Vorbis comments"
    removed = [f"{label} ({', '.join(names)})"] if names else []
    blocks = _blocks(source, first, rebuilt, pages[-1].end)
    return Stripped("ogg", "audio", blocks, removed, _duration(source, first, opus))


def _header_packets(source: Source, first: Page, count: int) -> tuple[list[bytes], list[Page]]:
    """The header packets after the first, and the pages that carry them."""
    packets: list[bytes] = []
    current = b""
    pages: list[Page] = []
    offset = first.end
    while len(packets) < count - 1:
        page = Page(source, offset)
        if page.serial != first.serial:
            raise source.bad("it holds more than one Ogg stream")
        pages.append(page)
        position = 0
        for index, value in enumerate(page.lacing):
            current += page.body[position:position + value]
            position += value
            if value < 255:
                packets.append(current)
                current = b""
                if len(packets) == count - 1 and index != len(page.lacing) - 1:
                    raise source.bad("its Ogg header pages also hold audio")
        offset = page.end
    return packets, pages


def _comment(packet: bytes, source: Source) -> tuple[bytes, list[str]]:
    """The vendor string and the (upper-cased, distinct) field names of a comment packet."""
    prefix = 7 if packet.startswith(b"\x03vorbis") else 8
    if packet[:prefix] not in (b"\x03vorbis", b"OpusTags"):
        raise source.bad("its second Ogg packet is not a comment header")
    try:
        length = struct.unpack("<I", packet[prefix:prefix + 4])[0]
        vendor = packet[prefix + 4:prefix + 4 + length]
        offset = prefix + 4 + length
        total = struct.unpack("<I", packet[offset:offset + 4])[0]
        offset += 4
        names = []
        for _ in range(total):
            size = struct.unpack("<I", packet[offset:offset + 4])[0]
            field = packet[offset + 4:offset + 4 + size]
            names.append(field.split(b"=", 1)[0].decode("ascii", "replace").upper()[:40])
            offset += 4 + size
    except struct.error:
        raise source.bad("its Ogg comment header is broken") from None
    return vendor, list(dict.fromkeys(names))


def _new_comment(vendor: bytes, opus: bool) -> bytes:
    body = struct.pack("<I", len(vendor)) + vendor + struct.pack("<I", 0)
    return b"OpusTags" + body if opus else b"\x03vorbis" + body + b"\x01"


def _paginate(packets: list[bytes], old: list[Page], source: Source) -> list[bytes]:
    """``packets`` laid out over exactly ``len(old)`` pages numbered as the old ones."""
    segments: list[tuple[int, bytes]] = []
    for packet in packets:
        for start in range(0, len(packet) + 1, 255):
            piece = packet[start:start + 255]
            segments.append((len(piece), piece))
            if len(piece) < 255:
                break
    if not len(old) <= len(segments) <= 255 * len(old):
        raise source.bad("its Ogg header pages cannot be rebuilt in place")
    out, continued = [], False
    for number, page in enumerate(old):
        take = min(255, len(segments) - (len(old) - number - 1))
        group, segments = segments[:take], segments[take:]
        ends_packet = any(value < 255 for value, _piece in group)
        head = struct.pack("<4sBBqIII", b"OggS", 0, 1 if continued else 0,
                           0 if ends_packet else -1, page.serial, page.sequence, 0)
        raw = head + bytes([len(group)]) + bytes(v for v, _p in group) + b"".join(
            p for _v, p in group)
        out.append(raw[:22] + struct.pack("<I", crc(raw)) + raw[26:])
        continued = group[-1][0] == 255
    return out


def _blocks(source: Source, first: Page, rebuilt: list[bytes], audio: int) -> Iterator[bytes]:
    yield from source.copy(0, first.end)
    yield from rebuilt
    yield from source.copy(audio, source.size - audio)


def _duration(source: Source, first: Page, opus: bool) -> float | None:
    tail = source.read_at(max(0, source.size - 65536), 65536)
    at = tail.rfind(b"OggS")
    while at >= 0:
        granule, serial = struct.unpack("<qI", tail[at + 6:at + 18])
        if serial == first.serial and granule > 0:
            if opus:
                skip = struct.unpack("<H", first.body[10:12])[0]
                return float(max(0, granule - skip) / 48000)
            rate = struct.unpack("<I", first.body[12:16])[0]
            return granule / rate if rate else None
        at = tail.rfind(b"OggS", 0, at)
    return None
