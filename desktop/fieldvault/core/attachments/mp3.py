"""MP3: keep the MPEG audio frames, drop ID3v2 (front or back), ID3v1, APEv2 and Lyrics3.

Pure engine. The frames are copied unchanged, including a Xing/Info header frame (it holds
the frame count that players use for duration and seeking, and the encoder's name only).
"""

from __future__ import annotations

import struct

from fieldvault.core.attachments.source import Source, Stripped

BITRATES = {  # (MPEG-1?, index) -> kbit/s, layer III
    True: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    False: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)}
RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def strip(source: Source) -> Stripped:
    removed: list[str] = []
    start = _front_tags(source, removed)
    end = _back_tags(source, start, removed)
    if end - start < 4 or not _frame_at(source, start):
        raise source.bad("it has no MP3 audio frames after its tags")
    duration = _duration(source, start, end)
    return Stripped("mp3", "audio", source.copy(start, end - start),
                    list(dict.fromkeys(removed)), duration)


def _front_tags(source: Source, removed: list[str]) -> int:
    offset = 0
    while source.read_at(offset, 3) == b"ID3":
        head = source.exact(offset, 10, "ID3 tag")
        size = _syncsafe(head[6:10]) + 10 + (10 if head[5] & 0x10 else 0)
        removed.append("ID3v2 tags (title, artist, comments, pictures, dates)")
        offset += size
    while offset < source.size and source.read_at(offset, 1) == b"\x00":  # padding after tags
        offset += 1
    return offset


def _back_tags(source: Source, start: int, removed: list[str]) -> int:
    end = source.size
    while end - start >= 32:
        if end - start >= 128 and source.read_at(end - 128, 3) == b"TAG":
            end -= 128
            removed.append("ID3v1 tag")
            if end - start >= 227 and source.read_at(end - 227, 4) == b"TAG+":
                end -= 227
        elif source.read_at(end - 32, 8) == b"APETAGEX":
            footer = source.exact(end - 32, 32, "APE tag")
            size, flags = struct.unpack("<I4xI", footer[12:24])
            end -= size + (32 if flags & 0x80000000 else 0)
            removed.append("APE tags")
        elif source.read_at(end - 9, 9) == b"LYRICS200":
            end -= int(source.read_at(end - 15, 6) or b"0") + 15
            removed.append("Lyrics3 tag")
        elif source.read_at(end - 10, 3) == b"3DI":
            end -= _syncsafe(source.read_at(end - 4, 4)) + 20
            removed.append("ID3v2 tags (title, artist, comments, pictures, dates)")
        else:
            break
    return max(end, start)


def _syncsafe(data: bytes) -> int:
    value = 0
    for byte in data:
        value = (value << 7) | (byte & 0x7F)
    return value


def _frame_at(source: Source, offset: int) -> tuple[bool, int, int] | None:
    """(MPEG-1?, bitrate in bit/s, sample rate) of a layer III frame header, or None."""
    head = source.read_at(offset, 4)
    if len(head) < 4 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0 or head[1] & 0x06 != 0x02:
        return None
    version, bitrate, rate = (head[1] >> 3) & 3, head[2] >> 4, (head[2] >> 2) & 3
    if version == 1 or bitrate in (0, 15) or rate == 3:
        return None
    mpeg1 = version == 3
    return mpeg1, BITRATES[mpeg1][bitrate] * 1000, RATES[version][rate]


def _duration(source: Source, start: int, end: int) -> float | None:
    """From a Xing/Info frame count when there is one, else the first frame's bitrate."""
    frame = _frame_at(source, start)
    if frame is None:
        return None
    mpeg1, bitrate, rate = frame
    first = source.read_at(start, 200)
    for tag in (b"Xing", b"Info"):
        at = first.find(tag)
        if at > 0 and len(first) >= at + 12 and first[at + 7] & 1:
            frames = struct.unpack(">I", first[at + 8:at + 12])[0]
            return float(frames * (1152 if mpeg1 else 576) / rate)
    return (end - start) * 8 / bitrate
