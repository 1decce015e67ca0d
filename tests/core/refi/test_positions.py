"""Selection positions counted on a file's text, mapped onto the vault's LF + NFC text."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldvault.core.refi.positions import PositionMap, decode_source


def test_text_without_crlf_or_decomposition_maps_one_to_one() -> None:
    positions = PositionMap("plain text\nsecond line")
    assert positions.text == "plain text\nsecond line"
    assert [positions(i) for i in (0, 5, 11, 22)] == [0, 5, 11, 22]


def test_each_crlf_before_a_position_shifts_it_back_by_one() -> None:
    raw = "ab\r\ncd\r\nef"
    positions = PositionMap(raw)
    assert positions.text == "ab\ncd\nef"
    start, end = raw.index("cd"), raw.index("ef") + 2
    assert positions.text[positions(start):positions(end)] == "cd\nef"


def test_a_position_between_cr_and_lf_lands_after_the_line_break() -> None:
    raw = "watched?\r\nnext"
    positions = PositionMap(raw)
    lf = raw.index("\n")
    assert positions(lf) == positions(lf + 1) == len("watched?\n")
    assert positions.text[0:positions(lf)] == "watched?\n"


def test_a_lone_cr_is_one_code_point_on_both_sides() -> None:
    positions = PositionMap("old mac\rline")
    assert positions.text == "old mac\nline"
    assert positions(8) == 8


def test_decomposed_hangul_is_composed_and_positions_follow() -> None:
    word = unicodedata.normalize("NFD", "감독")  # six jamo, two syllables once composed
    raw = f"답: {word}이 왔다\r\n끝"
    positions = PositionMap(raw)
    start, end = raw.index(word), raw.index("왔다") + 2
    assert positions.text == "답: 감독이 왔다\n끝"
    assert positions.text[positions(start):positions(end)] == "감독이 왔다"
    assert positions(len(raw)) == len(positions.text)


def test_a_byte_order_mark_is_not_text_and_bad_utf8_is_an_error() -> None:
    assert decode_source("\ufeffhello".encode()) == "hello"
    with pytest.raises(UnicodeDecodeError):
        decode_source(b"caf\xe9")


@given(st.lists(st.sampled_from(["a", "ж", "한", "\r\n", "\r", "\n", " "]), max_size=40),
       st.data())
def test_mapped_spans_cover_the_same_text_once_line_ends_are_lf(
        pieces: list[str], data: st.DataObject) -> None:
    raw = "".join(pieces)
    positions = PositionMap(raw)
    start = data.draw(st.integers(0, len(raw)))
    end = data.draw(st.integers(start, len(raw)))
    if raw[start - 1:start + 1] == "\r\n" or raw[end - 1:end + 1] == "\r\n":
        return  # a cut inside a pair is the documented special case, tested above
    expected = raw[start:end].replace("\r\n", "\n").replace("\r", "\n")
    assert positions.text[positions(start):positions(end)] == expected


PIECES = ["a", "ж", "한", unicodedata.normalize("NFD", "감독"), "\r\n", "\r", "\n", " ",
          "e\u0301", "\u0301", "\u0327", "\u1100", "\u1161", "\u11a8", "\u0b47", "\u0b3e",
          "\u212b", "A\u030a", "\u0f73", "\u0344", "\u0958", "\u0301" * 40]


@settings(derandomize=True, max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_every_position_maps_to_the_length_of_its_normalised_prefix(pieces: list[str]) -> None:
    """The rule the docstring states, for every position, on text whose NFC changes it
    (jamo, combining marks, two-part vowel signs, singletons, CR LF, long mark runs)."""
    from fieldvault.core.records.cases import normalise_text

    raw = "".join(pieces)
    positions = PositionMap(raw)
    expected = [len(normalise_text(raw[:p])) for p in range(len(raw) + 1)]
    mapped = [positions(p) for p in range(len(raw) + 1)]
    if "\u0301" * 33 in raw:  # inside a run longer than MAX_CLUSTER: after the run
        assert mapped == sorted(mapped) and mapped[-1] == expected[-1]
        assert all(m >= e for m, e in zip(mapped, expected, strict=True))
        return
    assert mapped == expected


def test_the_map_is_built_in_one_pass_over_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Linear by construction: building the map normalises each code point a bounded number
    of times (the whole text, its clusters, the prefixes inside each cluster), whatever the
    length; lookups afterwards normalise nothing. The old rule normalised the whole prefix
    once per position: n^2/2 code points for n positions."""
    from fieldvault.core.refi import positions as module

    real = module.normalise_text
    normalised: list[int] = []
    monkeypatch.setattr(module, "normalise_text",
                        lambda text: normalised.append(len(text)) or real(text))
    for sentences in (10, 1000):
        raw = unicodedata.normalize("NFD", "답: 감독이 매일 왔다.\r\n") * sentences
        normalised.clear()
        positions = PositionMap(raw)
        assert sum(normalised) <= 4 * len(raw)
        built = len(normalised)
        mapped = [positions(p) for p in range(len(raw) + 1)]
        assert len(normalised) == built
        assert mapped[-1] == len(positions.text) and mapped == sorted(mapped)
