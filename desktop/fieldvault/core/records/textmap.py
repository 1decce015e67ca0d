"""Carry spans (codings, redactions) from one transcript version to the next.

The two texts are diffed; a span is carried over when both of its ends fall in text that is
unchanged in the new version (inside or on the edge of an equal block). Edits *inside* a span
are fine: the span keeps covering the corrected words. A span whose start or end lies in
changed or deleted text cannot be placed honestly and is reported instead of being shifted.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from difflib import SequenceMatcher

MARGIN = 256


@dataclass(frozen=True)
class Equal:
    old_start: int
    old_end: int
    new_start: int


class OffsetMap:
    """Maps code-point offsets of ``old`` to ``new`` where the text did not change."""

    def __init__(self, old: str, new: str) -> None:
        # Trim the unchanged head and tail for speed, but leave MARGIN characters of context
        # to the matcher so that a repeated character at the cut cannot split a block.
        head = max(0, _common_prefix(old, new) - MARGIN)
        tail = max(0, _common_prefix(old[head:][::-1], new[head:][::-1]) - MARGIN)
        old_mid, new_mid = old[head:len(old) - tail], new[head:len(new) - tail]
        matcher = SequenceMatcher(None, old_mid, new_mid, autojunk=False)
        blocks = [Equal(0, head, 0)] if head else []
        blocks += [Equal(head + i1, head + i2, head + j1)
                   for tag, i1, i2, j1, _j2 in matcher.get_opcodes() if tag == "equal"]
        if tail:
            blocks.append(Equal(len(old) - tail, len(old), len(new) - tail))
        self._blocks = blocks
        self._starts = [b.old_start for b in blocks]

    def start(self, offset: int) -> int | None:
        """New offset for a span start: the character at ``offset`` must be unchanged."""
        block = self._block_containing(offset, inclusive_end=False)
        return None if block is None else block.new_start + offset - block.old_start

    def end(self, offset: int) -> int | None:
        """New offset for an exclusive span end: the character before it must be unchanged."""
        block = self._block_containing(offset - 1, inclusive_end=False)
        return None if block is None else block.new_start + offset - block.old_start

    def _block_containing(self, offset: int, inclusive_end: bool) -> Equal | None:
        index = bisect_right(self._starts, offset) - 1
        if index < 0:
            return None
        block = self._blocks[index]
        limit = block.old_end + (1 if inclusive_end else 0)
        return block if block.old_start <= offset < limit else None

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        new_start, new_end = self.start(start), self.end(end)
        if new_start is None or new_end is None or new_end <= new_start:
            return None
        return new_start, new_end


def _common_prefix(a: str, b: str) -> int:
    """Length of the common prefix, found by halving (fast on long, mostly equal texts)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        mid = (low + high + 1) // 2
        if a[:mid] == b[:mid]:
            low = mid
        else:
            high = mid - 1
    return low
