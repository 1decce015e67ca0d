"""Timestamps written in transcripts, such as ``[00:12:31]``, ``[12:31]`` or ``[1:02:03.5]``.

Pure text functions (no store, no Qt): offsets are code points of the transcript, times are
milliseconds from the start of the recording. A stamp is hours:minutes:seconds or
minutes:seconds in square brackets, seconds optionally with a fraction (``.`` or ``,``).
Minutes and seconds above 59 are not stamps (``[12:75]`` is left as text), except that the
minutes of a two-part stamp may run past the hour (``[75:10]``), as some transcribers write.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_STAMP = re.compile(r"\[(?:(\d{1,2}):)?(\d{1,3}):([0-5]\d)(?:[.,](\d{1,3}))?\]")


@dataclass(frozen=True)
class Stamp:
    start: int  # code point of "["
    end: int  # just after "]"
    ms: int


def stamps(text: str) -> list[Stamp]:
    """Every timestamp in ``text``, in order."""
    found = []
    for match in _STAMP.finditer(text):
        hours, minutes, seconds, fraction = match.groups()
        if hours is not None and int(minutes) > 59:
            continue
        total = (int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)) * 1000
        if fraction:
            total += int(fraction.ljust(3, "0"))
        found.append(Stamp(match.start(), match.end(), total))
    return found


def stamp_at(text: str, offset: int) -> Stamp | None:
    """The timestamp that ``offset`` touches (from just before ``[`` to just after ``]``)."""
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    for stamp in stamps(line):
        if stamp.start <= offset - line_start <= stamp.end:
            return Stamp(stamp.start + line_start, stamp.end + line_start, stamp.ms)
    return None


def clock(milliseconds: int) -> str:
    """``01:02:03.450``: a position in a recording as hours, minutes, seconds, milliseconds."""
    seconds, ms = divmod(milliseconds, 1000)
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}.{ms:03d}"
