"""Split a transcript into coarse units (paragraphs or sentences) for agreement statistics.

Offsets are Python ``str`` indices (code points) on NFC text. Every unit is trimmed of
surrounding white space, units never overlap, come in text order and are never empty.

- A *paragraph* is one line: text between line breaks (``\\n``, ``\\r``, U+2028, U+2029),
  as a word processor writes it. Blank lines yield no unit.
- A *sentence* never crosses a paragraph. It ends after ``. ! ? …`` (plus any closing quotes
  or brackets) followed by white space, after ``。 ！ ？`` (white space optional), or after
  a Korean word ending in a polite sentence ending (``-ㅂ니다``, ``-ㅂ니까``, ``-요``, ``-죠``)
  followed by white space, for transcripts typed without full stops.
  No terminator ends a sentence when the next word starts with a lower-case letter or a
  dash or comma (Russian quoted speech: «Где?» — спросил он). Nor does a full stop after a
  single Latin or Cyrillic letter or a known abbreviation (``Mr.``, ``e.g.``, ``г.``, ``ул.``).
  These rules are heuristics: a unit boundary in the wrong place changes agreement figures
  only slightly because both coders are compared on the same units.
"""

from __future__ import annotations

import re
from typing import Literal

UnitKind = Literal["sentence", "paragraph"]

_LINE = re.compile(r"[^\n\r\u2028\u2029]+")
_CLOSERS = "\"'»”’)]」』"
_CLOSER_CLASS = "[" + re.escape(_CLOSERS) + "]*"
_CJK_STOPS = "。！？"
_STOPS = "[.!?…" + _CJK_STOPS + "]"
# "[x][x]*" rather than "[x]+": the regex engine scans for the first class much faster.
_STOP_RUN = re.compile(_STOPS + _STOPS + "*" + _CLOSER_CLASS)
_KOREAN_END = re.compile(r"(?:니다|니까|요|죠)(?=\s)")
_FINAL_B = 17  # index of the final consonant ㅂ in a precomposed Hangul syllable
_NEXT_VISIBLE = re.compile(r"\s*(\S)")
_WORD_BEFORE_DOT = re.compile(r"(\w[\w.]*)\.$")

# Nouns that end in 요 but do not end a sentence (need, important, main, coercion, demand...).
_KOREAN_NOT_ENDINGS = frozenset(
    {"필요", "불필요", "중요", "주요", "강요", "수요", "소요", "요요", "개요", "동요"}
)
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st vs e.g i.e approx "
    "ул г гг д им тов проф пос обл стр см напр т.е т.к т.н кв корп".split()
)
# Abbreviations that often close a sentence: treated like an ordinary full stop.
_FINAL_ABBREVIATIONS = frozenset("etc т.д т.п и.т.д и.т.п др пр".split())


def segment_units(text: str, kind: UnitKind = "sentence") -> list[tuple[int, int]]:
    """Return the (start, end) offsets of the paragraphs or sentences of ``text``."""
    if kind == "paragraph":
        return _paragraphs(text)
    if kind == "sentence":
        units: list[tuple[int, int]] = []
        for start, end in _paragraphs(text):
            units.extend(_sentences(text, start, end))
        return units
    raise ValueError(f"unknown unit kind {kind!r}: use 'sentence' or 'paragraph'")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    units = []
    for match in _LINE.finditer(text):
        unit = _trim(text, match.start(), match.end())
        if unit is not None:
            units.append(unit)
    return units


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = sorted(_sentence_ends(text, start, end) | {end})
    units = []
    previous = start
    for cut in cuts:
        unit = _trim(text, previous, cut)
        if unit is not None:
            units.append(unit)
        previous = cut
    return units


def _sentence_ends(text: str, start: int, end: int) -> set[int]:
    """Offsets (exclusive ends) inside text[start:end] after which a sentence stops."""
    ends = set()
    for match in _STOP_RUN.finditer(text, start, end):
        if any(char in _CJK_STOPS for char in match.group()):
            ends.add(match.end())
        elif match.end() == end or text[match.end()].isspace():
            if _western_end_counts(text, match, end):
                ends.add(match.end())
    for match in _KOREAN_END.finditer(text, start, end):
        if _korean_end_counts(text, match, start):
            ends.add(match.end())
    return ends


def _korean_end_counts(text: str, match: re.Match[str], floor: int) -> bool:
    if match.group().startswith("니"):
        # Formal -ㅂ니다 / -습니다 / -ㅂ니까: the syllable before 니 ends in ㅂ. This keeps the
        # connective -니까 ("because": 오니까, 하니까) inside its sentence.
        before = text[match.start() - 1] if match.start() > floor else ""
        return "가" <= before <= "힣" and (ord(before) - 0xAC00) % 28 == _FINAL_B
    return _hangul_word_before(text, match.end(), floor) not in _KOREAN_NOT_ENDINGS


def _hangul_word_before(text: str, end: int, floor: int) -> str:
    begin = end
    while begin > floor and "가" <= text[begin - 1] <= "힣":
        begin -= 1
    return text[begin:end]


def _western_end_counts(text: str, match: re.Match[str], end: int) -> bool:
    following = _NEXT_VISIBLE.match(text, match.end(), end)
    if following is not None and _continues(following.group(1)):
        return False
    if match.group().rstrip(_CLOSERS) != ".":
        return True
    word = _WORD_BEFORE_DOT.search(text, max(0, match.start() - 20), match.start() + 1)
    if word is None:
        return True
    token = word.group(1).lower()
    if token in _FINAL_ABBREVIATIONS:
        return True
    initial = len(token) == 1 and token.upper() != token.lower()  # "K." or "г.", not "끝."
    return not (token in _ABBREVIATIONS or initial)


def _continues(char: str) -> bool:
    """The sentence goes on: a lower-case word, or a dash or comma after quoted speech."""
    return char.islower() or char in "—–-,;:"


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
