from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from fieldvault.core.records.textmap import OffsetMap


def test_insertion_before_a_span_shifts_it() -> None:
    old = "The quota was paid in cash."
    new = "Honestly, the quota was paid in cash."
    start = old.index("quota")
    span = OffsetMap(old, new).span(start, start + 5)
    assert span is not None and new[span[0]:span[1]] == "quota"


def test_edit_inside_a_span_keeps_it_covering_the_corrected_words() -> None:
    old = "we paid the plan fee of 800 dollars every month"
    new = "we paid the plan fee of 900 dollars every month"
    start, end = old.index("plan"), old.index("month") + 5
    span = OffsetMap(old, new).span(start, end)
    assert span is not None and new[span[0]:span[1]] == "plan fee of 900 dollars every month"


def test_span_whose_end_was_deleted_is_not_placed() -> None:
    old = "Kim ran away from the site in May."
    new = "Kim ran away in May."
    start, end = old.index("ran"), old.index("site") + 4
    assert OffsetMap(old, new).span(start, end) is None


def test_fully_deleted_span_is_not_placed() -> None:
    old = "first part. secret part. last part."
    new = "first part. last part."
    assert OffsetMap(old, new).span(old.index("secret"), old.index("secret") + 11) is None


def test_hangul_and_cyrillic_offsets_are_code_points() -> None:
    old = "그는 토끼가 되었다. Он уехал в Уссурийск."
    new = "그는 결국 토끼가 되었다. Он уехал в Уссурийск."
    start = old.index("Уссурийск")
    span = OffsetMap(old, new).span(start, start + 9)
    assert span is not None and new[span[0]:span[1]] == "Уссурийск"


@given(st.text(min_size=1, max_size=60), st.text(max_size=20), st.text(max_size=20))
def test_unchanged_spans_survive_edits_around_them(middle: str, before: str,
                                                   after: str) -> None:
    old = "A" + middle + "Z"
    new = before + old + after
    span = OffsetMap(old, new).span(0, len(old))
    assert span is not None
    assert new[span[0]:span[1]] == old
