"""Sentence and paragraph units in English, Korean and Russian."""

from __future__ import annotations

import pytest

from fieldvault.core.analysis.segments import segment_units


def pieces(text: str, kind: str = "sentence") -> list[str]:
    return [text[start:end] for start, end in segment_units(text, kind)]  # type: ignore[arg-type]


def test_english_sentences_and_abbreviations() -> None:
    text = "Mr. Kim left at 3.30 a.m. on Monday. Did he return? I said no. K. Lee said so."
    assert pieces(text) == [
        "Mr. Kim left at 3.30 a.m. on Monday.",
        "Did he return?",
        "I said no.",
        "K. Lee said so.",
    ]


def test_russian_sentences_and_abbreviations() -> None:
    text = (
        "Он жил в г. Уссурийск, т.е. недалеко. «Где паспорт?» — спросил он. "
        "Забрали и т.д. Потом ушёл…"
    )
    assert pieces(text) == [
        "Он жил в г. Уссурийск, т.е. недалеко.",
        "«Где паспорт?» — спросил он.",
        "Забрали и т.д.",
        "Потом ушёл…",
    ]


def test_korean_sentences_with_and_without_full_stops() -> None:
    text = "여권을 빼앗겼습니다. 돈이 필요 없어요 그래서 도망갔죠 정말입니까 네. 끝."
    assert pieces(text) == [
        "여권을 빼앗겼습니다.",
        "돈이 필요 없어요",
        "그래서 도망갔죠",
        "정말입니까",
        "네.",
        "끝.",
    ]


def test_korean_connective_nikka_does_not_end_a_sentence() -> None:
    text = "비가 오니까 집에 있었어요 그래서 못 갔습니까 아니요"
    assert pieces(text) == ["비가 오니까 집에 있었어요", "그래서 못 갔습니까", "아니요"]


def test_cjk_full_stop_needs_no_space() -> None:
    assert pieces("第一句。第二句！第三") == ["第一句。", "第二句！", "第三"]


def test_sentences_never_cross_lines_and_are_trimmed() -> None:
    text = "  A line without stop\nNext line. Second.  \r\n\n"
    units = segment_units(text)
    assert [text[s:e] for s, e in units] == ["A line without stop", "Next line.", "Second."]
    assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in units)


def test_paragraphs_are_lines() -> None:
    text = "첫 문단입니다. 둘째 문장.\n\n  Второй абзац.  \u2029Third"
    assert pieces(text, "paragraph") == ["첫 문단입니다. 둘째 문장.", "Второй абзац.", "Third"]
    assert segment_units("", "paragraph") == [] and segment_units(" \n ") == []


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown unit kind"):
        segment_units("x", "word")  # type: ignore[arg-type]
