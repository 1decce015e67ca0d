"""Which format a file is, from its first bytes (and, for documents, its name).

Pure engine. Unknown or unsupported formats are refused with one sentence, naming the file.
"""

from __future__ import annotations

from pathlib import PurePath

from fieldvault.core.attachments.source import Source

AUDIO = ("wav", "mp3", "m4a", "ogg")
IMAGES = ("jpeg", "png", "heic")
#: kept as they are (originals of imported documents); no metadata is removed from these.
DOCUMENTS = {".txt": "txt", ".docx": "docx", ".odt": "odt", ".rtf": "rtf", ".pdf": "pdf",
             ".hwp": "hwp", ".hwpx": "hwpx", ".doc": "doc"}
MIME = {"wav": "audio/wav", "mp3": "audio/mpeg", "m4a": "audio/mp4", "ogg": "audio/ogg",
        "jpeg": "image/jpeg", "png": "image/png", "heic": "image/heic", "txt": "text/plain",
        "pdf": "application/pdf",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "odt": "application/vnd.oasis.opendocument.text", "rtf": "application/rtf",
        "hwp": "application/x-hwp", "hwpx": "application/hwp+zip", "doc": "application/msword"}
SUFFIX = {"jpeg": ".jpg", "png": ".png", "heic": ".heic", "wav": ".wav", "mp3": ".mp3",
          "m4a": ".m4a", "ogg": ".ogg"}
SUPPORTED = "WAV, MP3, M4A, OGG, JPEG, PNG, HEIC, or a document kept as its original"


def kind_of(fmt: str) -> str:
    return "audio" if fmt in AUDIO else "image" if fmt in IMAGES else "document"


def sniff(source: Source, name: str) -> str:
    """The format of ``source``: one of AUDIO, IMAGES or DOCUMENTS' values."""
    head = source.read_at(0, 64)
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "wav"
    if head[:4] == b"OggS":
        return "ogg"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"heic", b"heix", b"heif", b"mif1", b"msf1", b"hevc"):
            return "heic"
        if brand == b"avif":
            raise source.bad("AVIF photos are not supported yet; convert it to JPEG first")
        return "m4a"
    if head[:3] == b"ID3" or _mpeg_frame(head):
        return "mp3"
    suffix = PurePath(name).suffix.lower()
    if suffix in DOCUMENTS:
        return DOCUMENTS[suffix]
    raise source.bad(f"it is not one of the formats Fieldvault keeps ({SUPPORTED})")


def _mpeg_frame(head: bytes) -> bool:
    """An MPEG audio frame header: 11 sync bits, layer III, a valid bitrate index."""
    return (len(head) >= 4 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0
            and head[1] & 0x06 == 0x02 and head[2] & 0xF0 not in (0x00, 0xF0))
