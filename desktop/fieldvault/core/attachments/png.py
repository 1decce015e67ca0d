"""PNG: keep the image chunks, drop text, EXIF, time stamps and everything else.

Pure engine. Kept: IHDR, PLTE, IDAT, IEND and the chunks that change how pixels look
(tRNS, gAMA, cHRM, sRGB, sBIT, pHYs, bKGD, hIST) plus APNG animation chunks. Dropped:
tEXt, iTXt, zTXt (any text: author, software, comments, XMP), eXIf, tIME, iCCP (its profile
name is free text) and unknown chunks; bytes after IEND go too. Chunk CRCs are checked.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator

from fieldvault.core.attachments.exif import orientation_of
from fieldvault.core.attachments.source import Source, Stripped

SIGNATURE = b"\x89PNG\r\n\x1a\n"
KEEP = {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"sBIT",
        b"pHYs", b"bKGD", b"hIST", b"acTL", b"fcTL", b"fdAT"}
NAMES = {b"tEXt": "text (tEXt)", b"iTXt": "text (iTXt, e.g. XMP)", b"zTXt": "text (zTXt)",
         b"eXIf": "EXIF metadata (eXIf)", b"tIME": "modification time (tIME)",
         b"iCCP": "colour profile (iCCP)"}


def strip(source: Source) -> Stripped:
    kept: list[tuple[int, int]] = []
    removed: list[str] = []
    orientation = 1
    offset = len(SIGNATURE)
    while True:
        length, ctype = struct.unpack(">I4s", source.exact(offset, 8, "chunk header"))
        body = source.exact(offset + 8, length + 4, f"{ctype.decode('latin-1')} chunk")
        if zlib.crc32(ctype + body[:-4]) != struct.unpack(">I", body[-4:])[0]:
            raise source.bad(f"its {ctype.decode('latin-1')} chunk fails its checksum")
        if ctype in KEEP:
            kept.append((offset, 12 + length))
        else:
            removed.append(NAMES.get(ctype, f"chunk {ctype.decode('latin-1')}"))
            if ctype == b"eXIf":
                orientation = orientation_of(body[:-4])
        offset += 12 + length
        if ctype == b"IEND":
            break
    if offset < source.size:
        removed.append("data after the image end")
    if not kept or source.read_at(len(SIGNATURE) + 4, 4) != b"IHDR":
        raise source.bad("it is a PNG file without an image header")
    return Stripped("png", "image", _blocks(source, kept), list(dict.fromkeys(removed)),
                    orientation=orientation)


def _blocks(source: Source, kept: list[tuple[int, int]]) -> Iterator[bytes]:
    yield SIGNATURE
    for offset, size in kept:
        yield from source.copy(offset, size)
