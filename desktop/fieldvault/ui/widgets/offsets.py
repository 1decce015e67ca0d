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
    """Split the covered ranges into maximal pieces with one unchanging set of spans."""
    items = [s for s in spans if s.end > s.start]
    order = {id(s): n for n, s in enumerate(items)}
    cuts = sorted({s.start for s in items} | {s.end for s in items})
    out: list[Segment] = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        covering = sorted((s for s in items if s.start <= left and s.end >= right),
                          key=lambda s: order[id(s)])
        if covering:
            out.append(Segment(left, right, tuple(s.key for s in covering)))
    return out


def overlapping(spans: Sequence[Span], start: int, end: int) -> list[Span]:
    """The spans that share at least one character with ``[start, end)``."""
    return [s for s in spans if s.start < end and s.end > start]
