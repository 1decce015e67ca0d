from __future__ import annotations

from fieldvault.core.timestamps import Stamp, stamp_at, stamps

TEXT = ("Q: [00:12:31] Where?\nA: [12:31] There. 그는 [1:02:03.5] [12:75] [1:75:00] [75:10] "
        "[9:05,25]")


def test_stamps_in_every_written_form() -> None:
    found = stamps(TEXT)
    assert [TEXT[s.start:s.end] for s in found] == [
        "[00:12:31]", "[12:31]", "[1:02:03.5]", "[75:10]", "[9:05,25]"]
    assert [s.ms for s in found] == [751_000, 751_000, 3_723_500, 4_510_000, 545_250]


def test_stamp_at_touches_the_brackets_and_nothing_else() -> None:
    first = TEXT.index("[00:12:31]")
    assert stamp_at(TEXT, first) == Stamp(first, first + 10, 751_000)
    assert stamp_at(TEXT, first + 10) == Stamp(first, first + 10, 751_000)
    assert stamp_at(TEXT, first + 11) is None
    assert stamp_at(TEXT, first - 1) is None
    korean = TEXT.index("[1:02:03.5]")  # code points, after Hangul
    assert stamp_at(TEXT, korean + 3) == Stamp(korean, korean + 11, 3_723_500)
    assert stamp_at(TEXT, TEXT.index("[12:75]") + 2) is None
    assert stamp_at("", 0) is None and stamps("[ab:cd] [1:2]") == []
