"""Paragraph breaks of a text: where they are, and their stored form.

A paragraph is the text between line breaks (any of LINE_BREAKS; "\\r\\n" is two breaks with
an empty paragraph between). A transcript version's text never changes (a new text is a new
version row; sealing only blanks it), so its break offsets are computed once when the row is
written and kept beside it in the vault (schema migration 19, table transcript_paragraphs),
packed by :func:`pack`: the analysis views then need no transcript text to place a coding
in its paragraphs. Pure functions, shared by the store (which writes the rows) and the
analysis engines (which read them).
"""

from __future__ import annotations

import re
import sys
from array import array
from collections.abc import Sequence

LINE_BREAKS = "\n\r\u2028\u2029"
_BREAK = re.compile("[" + LINE_BREAKS + "]")
_ITEM = "I" if array("I").itemsize == 4 else "L"  # an unsigned 32-bit code point offset


def line_breaks(text: str) -> list[int]:
    """Offsets (code points) of the line-break characters of ``text``, ascending."""
    return [match.start() for match in _BREAK.finditer(text)]


def pack(breaks: Sequence[int]) -> bytes:
    """Break offsets as stored: unsigned 32-bit little-endian integers, in order."""
    packed = array(_ITEM, breaks)
    if sys.byteorder == "big":
        packed.byteswap()
    return packed.tobytes()


def unpack(blob: bytes) -> list[int]:
    """The break offsets that :func:`pack` stored."""
    packed = array(_ITEM)
    packed.frombytes(blob)
    if sys.byteorder == "big":
        packed.byteswap()
    return packed.tolist()


def packed_breaks(text: str) -> bytes:
    """The stored form of ``text``'s line breaks."""
    return pack(line_breaks(text))
