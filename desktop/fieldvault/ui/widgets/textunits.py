"""Sentences and paragraphs around a position of a transcript (code-point offsets).

Pure functions used for keyboard selection in the workbench. A paragraph is one line of the
transcript; a sentence ends after ``.``, ``!``, ``?``, ``…`` or ``。`` (with closing quotes or
brackets) followed by a space, or at the end of the line. Leading and trailing spaces are
never part of either, nor is a speaker label at the start of a line ("A: ", "답: ").
"""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?…。！？]+[\"'”»)\]]*(?=\s|$)")
_SPEAKER = re.compile(r"[^\s:]{1,15}:[ \t]+")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def paragraph_at(text: str, position: int) -> tuple[int, int]:
    """The line around ``position`` without surrounding spaces (empty range on a blank line)."""
    position = min(max(position, 0), len(text))
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    end = len(text) if end < 0 else end
    label = _SPEAKER.match(text, start, end)
    return _trim(text, label.end() if label else start, end)


def sentence_at(text: str, position: int) -> tuple[int, int]:
    """The sentence around ``position`` inside its line."""
    line_start, line_end = paragraph_at(text, position)
    position = min(max(position, line_start), line_end)
    start = line_start
    for match in _SENTENCE_END.finditer(text, line_start, line_end):
        if match.end() <= position and match.end() < line_end:
            start = match.end()
        elif match.end() > position or match.end() == line_end:
            return _trim(text, start, match.end())
    return _trim(text, start, line_end)
