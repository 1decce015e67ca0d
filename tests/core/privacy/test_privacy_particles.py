"""Neutral Korean particles after replacement tokens, and span replacement offsets."""

from __future__ import annotations

import re

import pytest

from fieldvault.core.privacy import neutralise_particles, replace_spans


@pytest.mark.parametrize(
    ("after", "neutral"),
    [
        ("은", "은(는)"),
        ("는", "은(는)"),
        ("이", "이(가)"),
        ("가", "이(가)"),
        ("을", "을(를)"),
        ("를", "을(를)"),
        ("와", "와(과)"),
        ("과", "와(과)"),
        ("으로", "(으)로"),
        ("로", "(으)로"),
        ("이나", "(이)나"),
        ("나", "(이)나"),
        ("이랑", "(이)랑"),
        ("랑", "(이)랑"),
        ("아", "아(야)"),
        ("야", "아(야)"),
        ("로서", "(으)로서"),
        ("으로부터", "(으)로부터"),
    ],
)
def test_particle_becomes_neutral(after: str, neutral: str) -> None:
    text = f"[P1]{after} 왔다"
    assert neutralise_particles(text, [(0, 4)]) == f"[P1]{neutral} 왔다"


def test_both_spellings_of_a_name_give_the_same_text() -> None:
    consonant = "박명순은 김철수를 만났다"  # 순 ends in a consonant, 수 in a vowel
    vowel = "김철수는 박명순을 만났다"
    a, _ = replace_spans(consonant, [(0, 3, "[A]"), (5, 8, "[B]")])
    b, _ = replace_spans(vowel, [(0, 3, "[A]"), (5, 8, "[B]")])
    assert a == b == "[A]은(는) [B]을(를) 만났다"


@pytest.mark.parametrize(
    "text",
    [
        "[P1] 는 왔다",  # not attached
        "[P1]과장이다",  # 과장 (section chief) is a word, not a particle
        "[P1]에서 일했다",  # 에서 has one spelling already
        "[P1]의 여권",
        "[P1]. 이 사람",
    ],
)
def test_other_text_is_left_alone(text: str) -> None:
    assert neutralise_particles(text, [(0, 4)]) == text


def test_already_neutral_is_not_doubled() -> None:
    assert neutralise_particles("[P1]은(는) 왔다", [(0, 4)]) == "[P1]은(는) 왔다"


def test_replace_spans_returns_token_positions() -> None:
    text = "김철수는 우수리스크로 갔고 Kim met Ким."
    spans = [
        (m.start(), m.end(), f"[{i}]")
        for i, m in enumerate(re.finditer("김철수|우수리스크|Kim|Ким", text))
    ]
    new, where = replace_spans(text, list(reversed(spans)))
    assert new == "[0]은(는) [1](으)로 갔고 [2] met [3]."
    assert [new[a:b] for a, b in where] == ["[0]", "[1]", "[2]", "[3]"]


def test_overlapping_or_outside_spans_are_refused() -> None:
    with pytest.raises(ValueError, match="overlaps"):
        replace_spans("abcdef", [(0, 3, "X"), (2, 4, "Y")])
    with pytest.raises(ValueError):
        replace_spans("abc", [(2, 9, "X")])


def test_empty_input() -> None:
    assert replace_spans("", []) == ("", [])
    assert neutralise_particles("", []) == ""
