"""Offsets between Python strings and Qt documents, and the layering of coded spans.

The core counts code points of NFC text; QTextDocument counts UTF-16 units, so every
character outside the Basic Multilingual Plane (emoji, rare Hanja) takes two positions in
Qt. :class:`OffsetBridge` converts both ways. :func:`segments` cuts a text into pieces each
covered by the same set of codings, which is how overlaps are drawn.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


class OffsetBridge:
    """Code-point offsets of ``text`` to UTF-16 positions and back."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self._qt_astral = [p + k for k, p in enumerate(self._astral)]

    def to_qt(self, index: int) -> int:
        return index + bisect_left(self._astral, index)

    def to_py(self, position: int) -> int:
        """A position inside a surrogate pair maps to the end of that character."""
        return position - bisect_right(self._qt_astral, position - 2)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    key: str


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    keys: tuple[str, ...]  # the spans covering [start, end), in the order given


def segments(spans: Iterable[Span]) -> list[Segment]:
    """Split the covered ranges into maximal pieces with one unchanging set of spans.

    A sweep over the cut points: only the spans open at a piece are looked at, so thousands
    of mostly disjoint codings cost about n log n, not n squared.
    """
    items = [s for s in spans if s.end > s.start]
    by_start = sorted(range(len(items)), key=lambda n: items[n].start)
    cuts = sorted({s.start for s in items} | {s.end for s in items})
    out: list[Segment] = []
    active: dict[int, Span] = {}  # input position -> span open at the current piece
    next_start = 0
    for left, right in zip(cuts, cuts[1:], strict=False):
        while next_start < len(by_start) and items[by_start[next_start]].start <= left:
            active[by_start[next_start]] = items[by_start[next_start]]
            next_start += 1
        for n in [n for n, s in active.items() if s.end <= left]:
            del active[n]
        if active:
            out.append(Segment(left, right, tuple(active[n].key for n in sorted(active))))
    return out


def overlapping(spans: Sequence[Span], start: int, end: int) -> list[Span]:
    """The spans that share at least one character with ``[start, end)``."""
    return [s for s in spans if s.start < end and s.end > start]
