"""HEIC/HEIF photos: blank the Exif and XMP items in place, without re-encoding.

Pure engine. A HEIF file keeps its metadata as *items* of the top-level ``meta`` box, like
the picture itself: ``iinf`` names each item's type (``Exif``, or ``mime`` with the content
type ``application/rdf+xml`` for XMP) and ``iloc`` says where its bytes are (ranges of the
file, or of the ``meta`` box's ``idat``). Those bytes are overwritten where they stand: an
Exif item with an empty TIFF structure of the same length (no tags), an XMP item with
spaces, any other item that is not a picture with zeros, and so are the bytes of ``mdat``
that no picture item points to (what editors leave behind). Nothing moves, so every offset
stays valid and the coded picture is copied unchanged (the same approach as M4A, mp4.py).
The rotation a viewer applies comes from the ``irot``/``imir`` properties, which stay; so
the recorded orientation is 1.

Only ``meta`` is read into memory (limited to 16 MB); the picture data is copied in blocks.

Showing one: Qt cannot decode HEVC pictures, so :func:`to_png` decodes a stripped HEIC in
memory with pillow-heif (libheif) and gives PNG bytes that Qt and Pillow read; nothing is
written to disk.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

from fieldvault.core.attachments import exif
from fieldvault.core.attachments.mp4 import atoms
from fieldvault.core.attachments.source import BLOCK, Source, Stripped

BRANDS = (b"heic", b"heix", b"heif", b"mif1", b"msf1", b"hevc")
META_LIMIT = 16 * 1024 * 1024
XMP_TYPE = b"application/rdf+xml"
# Item types that hold (parts of) the picture; every other item is blanked.
PICTURE = {b"hvc1", b"hvt1", b"lhv1", b"grid", b"iden", b"iovl", b"tmap", b"jpeg", b"unci",
           b"av01", b"avc1", b"j2k1", b"mski"}
# An Exif item's payload: a 4-byte offset to the TIFF header, then TIFF with an empty IFD0.
EMPTY_EXIF = struct.pack(">I", 0) + b"MM\x00*" + struct.pack(">IH", 8, 0) + bytes(4)

Patch = tuple[int, int, bytes | None]  # offset, length, new bytes (None: zeros)


def strip(source: Source) -> Stripped:
    top = _top(source)
    if any(kind == b"moov" for kind, *_rest in top):
        raise source.bad("HEIC image sequences (with a movie box) are not supported; save "
                         "the photo as a single image or as JPEG")
    metas = [(start, header, size) for kind, start, header, size in top if kind == b"meta"]
    if len(metas) != 1:
        raise source.bad("it has no single item list (meta box)")
    start, header, size = metas[0]
    if size > META_LIMIT:
        raise source.bad("its item list is larger than 16 MB")
    meta = bytearray(source.exact(start, size, "item list"))
    children = {kind: (offset, head, length) for kind, offset, head, length
                in atoms(meta, header + 4, size, source)}  # a full box: version and flags
    kinds = _item_kinds(meta, children, source)
    extents = _extents(meta, children, source) if kinds else []
    spans = _metadata_spans(extents, kinds, children, source)
    removed: list[str] = []
    patches: list[Patch] = []
    idat = children.get(b"idat")
    for item_id, where, offset, length in spans:
        what = kinds[item_id]
        original = (source.exact(offset, length, "metadata item") if where == "file"
                    else _idat_slice(meta, idat, offset, length, source))
        removed.extend(_described(what, original))
        blank = _blank(what, length)
        if where == "file":
            patches.append((offset, length, blank))
        else:
            assert idat is not None
            at = idat[0] + idat[1] + offset
            meta[at:at + length] = blank
    patches.append((start, size, bytes(meta)))
    patches += _leftovers(source, top, extents, kinds, patches, removed)
    return Stripped("heic", "image", _blocks(source, patches), list(dict.fromkeys(removed)))


def to_png(data: bytes) -> bytes:
    """The picture of a HEIC file as PNG bytes, turned as its irot/imir properties say."""
    import io

    import pillow_heif
    from PIL import Image

    heif = pillow_heif.open_heif(io.BytesIO(data))
    picture = Image.frombytes(heif.mode, heif.size, bytes(heif.data), "raw", heif.mode,
                              heif.stride).convert("RGB")
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def _top(source: Source) -> list[tuple[bytes, int, int, int]]:
    from fieldvault.core.attachments.mp4 import _top_atoms

    return _top_atoms(source)


def _item_kinds(meta: bytearray, children: dict[bytes, tuple[int, int, int]],
                source: Source) -> dict[int, str]:
    """Item id -> "exif", "xmp", "other" (blanked) or "picture" (kept), for every item."""
    if b"iinf" not in children:
        return {}
    offset, header, size = children[b"iinf"]
    version = meta[offset + header]
    first = offset + header + 4 + (2 if version == 0 else 4)
    kinds: dict[int, str] = {}
    for kind, at, head, length in atoms(meta, first, offset + size, source):
        if kind != b"infe":
            continue
        body = at + head
        infe_version = meta[body]
        if infe_version < 2:
            raise source.bad("its item list is in a form Fieldvault cannot check")
        wide = infe_version >= 3
        item_id = struct.unpack(">I" if wide else ">H", meta[body + 4:body + (8 if wide else 6)])[0]
        cursor = body + (8 if wide else 6) + 2  # item_protection_index
        item_type = bytes(meta[cursor:cursor + 4])
        cursor += 4
        name_end = meta.index(0, cursor, at + length)
        kinds[item_id] = "picture" if item_type in PICTURE else "other"
        if item_type == b"Exif":
            kinds[item_id] = "exif"
        elif item_type == b"mime":
            content_end = meta.find(0, name_end + 1, at + length)
            content = bytes(meta[name_end + 1:content_end if content_end >= 0 else at + length])
            if content == XMP_TYPE:
                kinds[item_id] = "xmp"
    return kinds


Extent = tuple[int, int, int, int, int, int]  # item id, method, reference, base, start, length


def _metadata_spans(extents: list[Extent], kinds: dict[int, str],
                    children: dict[bytes, tuple[int, int, int]],
                    source: Source) -> list[tuple[int, str, int, int]]:
    """(item id, "file" or "idat", offset, length) of every extent of the items to blank."""
    found: list[tuple[int, str, int, int]] = []
    for item_id, method, reference, base, start, length in extents:
        if kinds.get(item_id, "picture") == "picture":
            continue
        if reference != 0 or method not in (0, 1) or length == 0:
            raise source.bad("its metadata is stored in a way Fieldvault cannot blank")
        where = "file" if method == 0 else "idat"
        at = base + start
        limit = source.size if where == "file" else _idat_size(children, source)
        if at + length > limit:
            raise source.bad("a metadata item runs past the end of the file")
        found.append((item_id, where, at, length))
    return found


def _leftovers(source: Source, top: list[tuple[bytes, int, int, int]], extents: list[Extent],
               kinds: dict[int, str], patches: list[Patch],
               removed: list[str]) -> list[Patch]:
    """Zeros over every byte of ``mdat`` that neither a picture item nor a blanked item
    covers (reading only the headers; the gaps are checked for data as they are zeroed)."""
    covered = [(base + start, base + start + length) for item_id, method, reference, base,
               start, length in extents if kinds.get(item_id, "picture") == "picture"
               and method == 0 and reference == 0]
    covered += [(offset, offset + length) for offset, length, _data in patches]
    out: list[Patch] = []
    for kind, start, header, size in top:
        if kind != b"mdat":
            continue
        position = start + header
        for low, high in sorted(covered) + [(start + size, start + size)]:
            low, high = max(low, position), min(high, start + size)
            if low > position:
                if any(any(block) for block in source.copy(position, low - position)):
                    removed.append("leftover bytes in free space")
                out.append((position, low - position, None))
            position = max(position, high)
    return out


def _extents(meta: bytearray, children: dict[bytes, tuple[int, int, int]],
             source: Source) -> list[Extent]:
    """Every extent ``iloc`` lists."""
    if b"iloc" not in children:
        raise source.bad("its item locations (iloc) are missing")
    offset, header, size = children[b"iloc"]
    end = offset + size
    cursor = offset + header
    version = meta[cursor]
    cursor += 4
    sizes = meta[cursor]
    offset_size, length_size = sizes >> 4, sizes & 15
    base_size, index_size = meta[cursor + 1] >> 4, (meta[cursor + 1] & 15 if version else 0)
    cursor += 2
    count, cursor = _number(meta, cursor, 4 if version == 2 else 2, end)
    found: list[Extent] = []
    for _item in range(count):
        item_id, cursor = _number(meta, cursor, 4 if version == 2 else 2, end)
        method = 0
        if version in (1, 2):
            method = meta[cursor + 1] & 15
            cursor += 2
        reference, cursor = _number(meta, cursor, 2, end)
        base, cursor = _number(meta, cursor, base_size, end)
        extents, cursor = _number(meta, cursor, 2, end)
        for _extent in range(extents):
            _index, cursor = _number(meta, cursor, index_size, end)
            start, cursor = _number(meta, cursor, offset_size, end)
            length, cursor = _number(meta, cursor, length_size, end)
            found.append((item_id, method, reference, base, start, length))
    return found


def _number(data: bytearray, cursor: int, size: int, end: int) -> tuple[int, int]:
    if size == 0:
        return 0, cursor
    if size not in (1, 2, 4, 8) or cursor + size > end:
        raise ValueError("bad iloc field")
    return int.from_bytes(data[cursor:cursor + size], "big"), cursor + size


def _idat_size(children: dict[bytes, tuple[int, int, int]], source: Source) -> int:
    if b"idat" not in children:
        raise source.bad("its item data (idat) is missing")
    _offset, header, size = children[b"idat"]
    return size - header


def _idat_slice(meta: bytearray, idat: tuple[int, int, int] | None, offset: int,
                length: int, source: Source) -> bytes:
    if idat is None:
        raise source.bad("its item data (idat) is missing")
    at = idat[0] + idat[1] + offset
    return bytes(meta[at:at + length])


def _described(kind: str, original: bytes) -> list[str]:
    if kind == "xmp":
        return ["XMP metadata"]
    if kind == "other":
        return ["other metadata items"]
    tiff = original[4 + int.from_bytes(original[:4], "big"):] if len(original) >= 4 else b""
    try:
        return exif.kinds_in(tiff) or ["EXIF metadata (camera, settings, dates)"]
    except (struct.error, IndexError, ValueError):
        return ["EXIF metadata (camera, settings, dates)"]


def _blank(kind: str, length: int) -> bytes:
    if kind == "exif" and length >= len(EMPTY_EXIF):
        return EMPTY_EXIF + bytes(length - len(EMPTY_EXIF))
    if kind == "xmp":
        return b" " * length
    return bytes(length)


def _blocks(source: Source, patches: list[Patch]) -> Iterator[bytes]:
    """The source with each patch written over its range (patches do not overlap); a patch
    without data is zeros, made block by block."""
    position = 0
    for offset, length, data in sorted(patches, key=lambda patch: patch[0]):
        if offset < position:
            raise source.bad("its metadata items overlap")
        yield from source.copy(position, offset - position)
        if data is None:
            for at in range(0, length, BLOCK):
                yield bytes(min(BLOCK, length - at))
        else:
            yield data
        position = offset + length
    yield from source.copy(position, source.size - position)
