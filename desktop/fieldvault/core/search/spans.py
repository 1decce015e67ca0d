"""Turn a matched document back into match offsets and a snippet.

Normalised matches are found in the stored norm string (one space-separated norm per token)
and mapped to the original text through the stored token start offsets; substring matches
are found with a case-insensitive regex on the original text. All offsets are code points.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from fieldvault.core.ranges import union
from fieldvault.core.search.query import Clause

Span = tuple[int, int]

SNIPPET_WIDTH = 200
_LEAD = SNIPPET_WIDTH // 4
_DENSEST_SCAN = 64
_BREAKS = ("\n", "\r", "\t", "\v", "\f")


@dataclass(frozen=True)
class _Needle:
    text: str  # searched in " " + norm + " "
    size: int  # number of tokens it covers


def _needles(clause: Clause) -> list[_Needle]:
    if clause.alternatives:
        return [needle for form in clause.forms for needle in _needles(form)]
    norms = [n for n in clause.norms if n]
    if not norms:
        return []
    if clause.phrase and len(norms) > 1:
        return [_Needle(" " + " ".join(norms) + " ", len(norms))]
    needles = [_Needle(" " + norms[0] + " ", 1)]
    if clause.prefix or clause.short_prefix:
        needles += [_Needle(" " + n, 1) for n in {norms[0], clause.folds[0]} if n]
    return needles


class Matcher:
    """Per-query helper: built once from the parsed clauses, used for every hit."""

    def __init__(self, clauses: Sequence[Clause]) -> None:
        self._needles = [n for c in clauses for n in _needles(c)]
        plain = [c for c in clauses if _plain_substring(c)]
        self._literals = [c.literal.lower() for c in plain]
        self._literal_patterns = [p for c in plain if (p := c.substring_regex()) is not None]
        self._patterns = [
            p for c in clauses if c not in plain and (p := c.substring_regex()) is not None
        ]

    def spans(
        self, body: str, norm: str, offsets: Sequence[int], substrings: bool = True
    ) -> list[Span]:
        """Sorted, merged match spans of the clauses in ``body``: normalised words, and
        with ``substrings`` also substring occurrences."""
        padded = f" {norm} "
        found = [_norm_spans(padded, offsets, needle) for needle in self._needles]
        if substrings and self._literals:
            found.append(self._literal_spans(body))
        for pattern in self._patterns if substrings else ():
            found.append([m.span() for m in pattern.finditer(body) if m.end() > m.start()])
        found = [spans for spans in found if spans]
        if len(found) == 1:
            return found[0]  # one source: already sorted and disjoint
        return union(span for spans in found for span in spans)

    def _literal_spans(self, body: str) -> list[Span]:
        folded = body.lower().replace("ё", "е")
        if len(folded) != len(body):  # a letter whose lower case is longer (İ): use regexes
            return [m.span() for p in self._literal_patterns for m in p.finditer(body)]
        spans = []
        for literal in self._literals:
            pos = folded.find(literal)
            while pos != -1:
                spans.append((pos, pos + len(literal)))
                pos = folded.find(literal, pos + len(literal))
        return spans


def _plain_substring(clause: Clause) -> bool:
    """A one-word substring clause whose lower case keeps its length: ``str.find`` works."""
    literal = clause.literal
    return (
        len(clause.surfaces) == 1
        and not clause.alternatives
        and clause.substring_regex() is not None
        and len(literal.lower()) == len(literal)
    )


def _norm_spans(padded: str, offsets: Sequence[int], needle: _Needle) -> list[Span]:
    """Offsets of the tokens matched by ``needle`` in ``padded`` (" " + norm + " "); token
    ``i`` is the one after the ``i``-th space, and spans ``offsets[2i]..offsets[2i+1]``."""
    spans: list[Span] = []
    pos = padded.find(needle.text)
    if pos == -1:
        return spans
    last = 2 * needle.size - 1
    index = padded.count(" ", 0, pos)
    while True:
        first = 2 * index
        spans.append((offsets[first], offsets[first + last]))
        following = padded.find(needle.text, pos + 1)
        if following == -1:
            return spans
        index += padded.count(" ", pos, following)
        pos = following


def _densest(spans: list[Span]) -> Span:
    """The span followed by the most other spans within one snippet width (among the first
    ``_DENSEST_SCAN`` spans, which bounds the cost on documents with very many matches)."""
    spans = spans[:_DENSEST_SCAN]
    ends = [end for _, end in spans]
    reach = SNIPPET_WIDTH - _LEAD
    best, best_count = 0, 0
    for i, (start, _) in enumerate(spans):
        count = bisect_right(ends, start + reach) - i
        if count > best_count:
            best, best_count = i, count
    return spans[best]


def _window(body: str, anchor: Span) -> Span:
    start = max(0, anchor[0] - _LEAD)
    if start > 0:
        space = body.rfind(" ", max(0, start - 20), start)
        start = space + 1 if space != -1 else start
    end = min(len(body), max(start + SNIPPET_WIDTH, anchor[1]))
    if end < len(body):
        space = body.rfind(" ", max(anchor[1], end - 30), end)
        end = space if space != -1 else end
    return start, end


def _flatten(text: str) -> str:
    """Line breaks and tabs to spaces (same length, so offsets hold)."""
    for ch in _BREAKS:
        if ch in text:
            text = text.replace(ch, " ")
    return text


def snippet(body: str, spans: list[Span]) -> tuple[str, list[Span]]:
    """Excerpt around the densest group of spans and the spans' offsets inside it."""
    start, end = _window(body, _densest(spans)) if spans else _window(body, (0, 0))
    lead = "…" if start > 0 else ""
    tail = "…" if end < len(body) else ""
    text = lead + _flatten(body[start:end]) + tail
    shift = len(lead) - start
    inside = [
        (max(a, start) + shift, min(b, end) + shift) for a, b in spans if a < end and b > start
    ]
    return text, inside

