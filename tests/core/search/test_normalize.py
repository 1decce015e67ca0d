from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldvault.core.search.normalize import index_text, query_terms, strip_korean, tokens


def norm_of(word: str) -> str:
    (token,) = tokens(word)
    return token.norm


@pytest.mark.parametrize(
    ("inflected", "stem"),
    [
        ("토끼들이", "토끼"),
        ("아르툠에서", "아르툠"),
        ("남강무역회사는", "남강무역회사"),
        ("노동자였다", "노동자"),
        ("학생이에요", "학생"),
        ("집에서", "집"),
    ],
)
def test_korean_particles_are_stripped(inflected: str, stem: str) -> None:
    assert strip_korean(inflected) == stem


@pytest.mark.parametrize(
    "group",
    [
        ["토끼", "토끼들이", "토끼를", "토끼도"],
        ["나이", "나이가", "나이는"],  # a noun ending in a particle-like syllable
        ["결과", "결과는", "결과를"],
        ["우수리스크", "우수리스크에서", "우수리스크로"],
        ["Уссурийск", "Уссурийске", "Уссурийском", "Уссурийска"],
        ["Артём", "Артёма", "Артем", "Артёму", "Артемом"],
        ["Намган", "Намгана", "Намгане"],
        ["worker", "workers", "Workers"],
    ],
)
def test_inflected_forms_share_one_norm(group: list[str]) -> None:
    assert len({norm_of(word) for word in group}) == 1, {w: norm_of(w) for w in group}


def test_distinct_words_keep_distinct_norms() -> None:
    assert norm_of("나이") != norm_of("나")
    assert norm_of("결과") != norm_of("결")
    assert norm_of("Уссурийск") != norm_of("Владивосток")


def test_offsets_point_into_original_text() -> None:
    text = "Встретили Артёма в Уссурийске; 토끼들이 뛰었다. Namgang's WORKERS"
    toks = tokens(text)
    assert [text[t.start : t.end] for t in toks] == [t.surface for t in toks]
    assert [t.surface for t in toks][:4] == ["Встретили", "Артёма", "в", "Уссурийске"]
    assert "토끼들이" in [t.surface for t in toks]


def test_scripts_are_split_and_folded() -> None:
    toks = tokens("Namgang에서 ＡＢＣ Café ЁЛКА")
    assert [t.surface for t in toks] == ["Namgang", "에서", "ＡＢＣ", "Café", "ЁЛКА"]
    assert toks[2].norm == "abc"
    assert toks[3].norm == "cafe"
    assert "ё" not in toks[4].norm


def test_russian_stress_marks_are_ignored() -> None:
    assert norm_of("за\u0301мок") == norm_of("замок")


def test_index_text_lines_up_with_tokens() -> None:
    text = "Рабочие жили в общежитии. 노동자들은 기숙사에서 살았다. They worked."
    assert index_text(text).split(" ") == [t.norm for t in tokens(text)]
    assert query_terms("Рабочие") == [tokens("рабочими")[0].norm]


@given(st.text(max_size=80))
def test_norms_are_single_ascii_tokens(text: str) -> None:
    text = unicodedata.normalize("NFC", text)
    for token in tokens(text):
        assert token.norm
        assert text[token.start : token.end] == token.surface
        assert all(ch.isalnum() or not ch.isascii() for ch in token.norm)
        assert not any(ch.isspace() for ch in token.norm)
