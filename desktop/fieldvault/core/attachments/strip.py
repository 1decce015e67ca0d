"""Metadata stripping on intake: one function per format, chosen by :func:`sniff.sniff`.

Pure engine. Each stripper returns a :class:`Stripped` whose blocks are the file without its
metadata; ``removed`` lists what went in plain words (kinds of metadata, never their values,
which may be names). Documents are kept as they are.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterable, Iterator

from fieldvault.core.attachments import sniff
from fieldvault.core.attachments.source import Source, Stripped
from fieldvault.core.errors import InputError


def strip(source: Source, name: str) -> Stripped:
    """The stripped form of ``source`` (raises InputError with one sentence if refused).

    A structure too damaged for a format's own checks (a field that runs past its end)
    is refused with one sentence too, while parsing and while the blocks are read.
    """
    fmt = sniff.sniff(source, name)
    stripper = _STRIPPERS.get(fmt)
    if stripper is None:
        return Stripped(fmt, "document", source.copy(0, source.size))
    try:
        stripped = stripper(source)
    except (struct.error, IndexError, ValueError, UnicodeDecodeError) as exc:
        raise _broken(source, fmt) from exc
    stripped.blocks = _guarded(stripped.blocks, source, fmt)
    return stripped


def _broken(source: Source, fmt: str) -> InputError:
    return source.bad(f"its {fmt.upper()} structure is damaged")


def _guarded(blocks: Iterable[bytes], source: Source, fmt: str) -> Iterator[bytes]:
    try:
        yield from blocks
    except (struct.error, IndexError, ValueError, UnicodeDecodeError) as exc:
        raise _broken(source, fmt) from exc


def _jpeg(source: Source) -> Stripped:
    from fieldvault.core.attachments import jpeg

    return jpeg.strip(source)


def _png(source: Source) -> Stripped:
    from fieldvault.core.attachments import png

    return png.strip(source)


def _wav(source: Source) -> Stripped:
    from fieldvault.core.attachments import wav

    return wav.strip(source)


def _mp3(source: Source) -> Stripped:
    from fieldvault.core.attachments import mp3

    return mp3.strip(source)


def _m4a(source: Source) -> Stripped:
    from fieldvault.core.attachments import mp4

    return mp4.strip(source)


def _heic(source: Source) -> Stripped:
    from fieldvault.core.attachments import heic

    return heic.strip(source)


def _ogg(source: Source) -> Stripped:
    from fieldvault.core.attachments import ogg

    return ogg.strip(source)


_STRIPPERS: dict[str, Callable[[Source], Stripped]] = {
    "jpeg": _jpeg, "png": _png, "wav": _wav, "mp3": _mp3, "m4a": _m4a, "ogg": _ogg,
    "heic": _heic}
