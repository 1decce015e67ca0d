"""The shared range helpers against a character-by-character model."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldvault.core.ranges import subtract, union

RANGES = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)).map(sorted).map(tuple),
                  max_size=8)


def covered(ranges: list[tuple[int, int]]) -> set[int]:
    return {i for a, b in ranges for i in range(a, b)}


@settings(derandomize=True, max_examples=200)
@given(RANGES)
def test_union_covers_the_same_characters_with_disjoint_sorted_ranges(
        ranges: list[tuple[int, int]]) -> None:
    merged = union(ranges)
    assert covered(merged) == covered(ranges)
    assert all(a < b for a, b in merged)
    assert all(b1 < a2 for (_a1, b1), (a2, _b2) in zip(merged, merged[1:], strict=False))


@settings(derandomize=True, max_examples=200)
@given(st.integers(0, 40), st.integers(0, 40), RANGES)
def test_subtract_leaves_exactly_the_uncovered_characters(
        start: int, end: int, ranges: list[tuple[int, int]]) -> None:
    start, end = min(start, end), max(start, end)
    pieces = subtract(start, end, sorted(ranges))
    assert covered(pieces) == set(range(start, end)) - covered(ranges)
    assert all(start <= a < b <= end for a, b in pieces)
