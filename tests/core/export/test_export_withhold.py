"""Other mentions of withheld values: found as the leak check would find them."""

from __future__ import annotations

from fieldvault.core.export.profiles import SourceSpan
from fieldvault.core.export.withhold import OTHER_MENTION, ValueIndex, WithheldValue, other_mentions


def found(text: str, *values: str, taken: tuple[tuple[int, int], ...] = (),
          rejected: tuple[tuple[int, int], ...] = ()) -> list[str]:
    index = ValueIndex([WithheldValue(v, "PERSON", "test", "W-001", True) for v in values])
    spans = other_mentions(text, index, [SourceSpan(a, b, "PERSON") for a, b in taken],
                           list(rejected))
    assert all(s.by_default and s.reason == OTHER_MENTION and s.pseudonym == "W-001"
               for s in spans)
    return [text[s.start:s.end] for s in spans]


def test_mentions_match_in_any_case_with_yo_as_ye_and_any_spacing() -> None:
    assert found("Said KIM chol-su and Kim  Chol-su.", "Kim Chol-su") == ["KIM chol-su",
                                                                           "Kim  Chol-su"]
    assert found("Артем и Артём", "Артём") == ["Артем", "Артём"]
    assert found("김 철수는 김철수가", "김철수") == ["김 철수", "김철수"]


def test_invisible_characters_inside_a_value_do_not_hide_it() -> None:
    assert found("Myong\u00ad-chol and 김\u200b철수가", "Myong-chol", "김철수") == [
        "Myong\u00ad-chol", "김\u200b철수"]


def test_short_latin_values_match_whole_words_only() -> None:
    assert found("Li met Lisa and li.", "Li") == ["Li", "li"]


def test_covered_and_rejected_spans_are_left_alone() -> None:
    text = "Pak here, Pak there, Pak everywhere."
    first, second, third = (i for i in range(len(text)) if text.startswith("Pak", i))
    assert found(text, "Pak", taken=((first, first + 3),),
                 rejected=((second, second + 3),)) == ["Pak"]
    assert third > second


def test_nothing_to_find_finds_nothing() -> None:
    assert found("No names here.", "Kim Chol-su") == []
    assert found("Anything.") == []
