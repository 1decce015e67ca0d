"""Half-open ranges ``[start, end)`` of code points, shared by the engines."""

from __future__ import annotations

from collections.abc import Iterable

Range = tuple[int, int]


def union(ranges: Iterable[Range]) -> list[Range]:
    """The sorted union of ``ranges``: overlapping or touching ranges become one; empty
    ranges are dropped."""
    merged: list[Range] = []
    for start, end in sorted(ranges):
        if start == end:
            continue
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def subtract(start: int, end: int, ranges: Iterable[Range]) -> list[Range]:
    """The parts of ``[start, end)`` that no range covers; ``ranges`` sorted by start."""
    pieces: list[Range] = []
    cursor = start
    for a, b in ranges:
        if b <= cursor or a >= end:
            continue
        if a > cursor:
            pieces.append((cursor, a))
        cursor = max(cursor, b)
    if cursor < end:
        pieces.append((cursor, end))
    return pieces
