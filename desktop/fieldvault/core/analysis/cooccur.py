"""Theme co-occurrence: which themes are coded on, near or in the same paragraph as others.

A pure engine over plain :class:`Span` rows (one per coding, offsets in code points of the
case's current transcript). Two codings of one case *co-occur*:

- ``overlap``: they share at least one character (``max(starts) < min(ends)``);
- ``near``: the gap between them is at most ``distance`` characters
  (``max(starts) - min(ends) <= distance``; overlapping and touching codings are near);
- ``paragraph``: some paragraph holds part of both. A paragraph is the text between line
  breaks (:mod:`fieldvault.core.paragraphs`), as in :mod:`fieldvault.core.analysis.segments`;
  a coding's paragraphs are those of its first and last character and all between.

Counts per unordered pair of themes A != B: ``pairs``, the co-occurring pairs of codings
(one coding of A, one of B); ``cases``, the cases with at least one such pair. The
normalised coefficient is ATLAS.ti's c-coefficient computed on codings,
``c = n12 / (n1 + n2 - n12)`` with n12 = ``pairs`` and n1, n2 the numbers of codings of A
and of B (after the filters): 0 when they never co-occur, 1 when every coding of each is
paired with exactly one of the other. Like ATLAS.ti's, it can exceed 1 when codings pair
many-to-many (one long passage of A overlapping several of B); it is None when the
denominator is not positive. Themes are taken as coded; ``rollup`` maps each coded theme
to the theme it counts for (e.g. its top-level theme); pairs that fall on one theme are not
counted.
"""

from __future__ import annotations

import csv
import io
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, NamedTuple

from fieldvault.core.paragraphs import LINE_BREAKS as LINE_BREAKS  # re-exported
from fieldvault.core.paragraphs import line_breaks as line_breaks  # re-exported

Mode = Literal["overlap", "near", "paragraph"]
MODES: tuple[Mode, ...] = ("overlap", "near", "paragraph")


class Span(NamedTuple):
    coding: str
    case: str
    theme: str
    start: int
    end: int
    first_paragraph: int = 0
    last_paragraph: int = 0


@dataclass(frozen=True)
class PairCount:
    a: str
    b: str
    pairs: int
    cases: int
    c: float | None


@dataclass(frozen=True)
class CooccurTable:
    themes: tuple[str, ...]  # every theme with a coding, sorted
    frequencies: Mapping[str, int]  # codings per theme (n1, n2 of the coefficient)
    counts: Mapping[tuple[str, str], PairCount]  # key (a, b) with a < b
    mode: Mode = "overlap"
    distance: int = 0

    def pair(self, a: str, b: str) -> PairCount | None:
        return self.counts.get((a, b) if a < b else (b, a))


def paragraph_of(breaks: Sequence[int], offset: int) -> int:
    """The number of the paragraph holding ``offset`` (counting line breaks before it)."""
    return bisect_left(breaks, offset)


def with_paragraphs(span: Span, breaks: Sequence[int]) -> Span:
    return Span(span.coding, span.case, span.theme, span.start, span.end,
                paragraph_of(breaks, span.start), paragraph_of(breaks, max(span.start,
                                                                             span.end - 1)))


def case_pairs(spans: Sequence[Span], mode: Mode, distance: int = 0) -> Iterator[tuple[Span,
                                                                                        Span]]:
    """Every co-occurring pair of codings of one case (each unordered pair once)."""
    if mode == "paragraph":
        ordered = sorted(spans, key=lambda s: (s.first_paragraph, s.last_paragraph))
        for i, first in enumerate(ordered):
            for second in ordered[i + 1:]:
                if second.first_paragraph > first.last_paragraph:
                    break
                yield first, second
        return
    reach = distance if mode == "near" else 0
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    for i, first in enumerate(ordered):
        limit = first.end + reach
        for second in ordered[i + 1:]:
            if second.start > limit or (mode == "overlap" and second.start >= first.end):
                break
            yield first, second


def by_case(spans: Iterable[Span]) -> dict[str, list[Span]]:
    out: dict[str, list[Span]] = {}
    for span in spans:
        out.setdefault(span.case, []).append(span)
    return out


def cooccurrence(spans: Iterable[Span], mode: Mode = "overlap", distance: int = 0,
                 rollup: Mapping[str, str] | None = None) -> CooccurTable:
    """Pair counts and c-coefficients for every pair of themes that co-occur."""
    _check(mode, distance)
    groups = by_case(spans)
    target = dict(rollup or {})

    def theme(span: Span) -> str:
        return target.get(span.theme, span.theme)

    frequencies: dict[str, int] = {}
    pairs: dict[tuple[str, str], int] = {}
    cases: dict[tuple[str, str], int] = {}
    for case_spans in groups.values():
        for span in case_spans:
            frequencies[theme(span)] = frequencies.get(theme(span), 0) + 1
        seen: set[tuple[str, str]] = set()
        for first, second in case_pairs(case_spans, mode, distance):
            a, b = theme(first), theme(second)
            if a == b:
                continue
            key = (a, b) if a < b else (b, a)
            pairs[key] = pairs.get(key, 0) + 1
            seen.add(key)
        for key in seen:
            cases[key] = cases.get(key, 0) + 1
    counts = {key: PairCount(key[0], key[1], n, cases[key],
                             coefficient(n, frequencies[key[0]], frequencies[key[1]]))
              for key, n in pairs.items()}
    return CooccurTable(tuple(sorted(frequencies)), frequencies, counts, mode, distance)


def coefficient(n12: int, n1: int, n2: int) -> float | None:
    denominator = n1 + n2 - n12
    return n12 / denominator if denominator > 0 else None


def near(spans: Iterable[Span], a_themes: set[str], b_themes: set[str], mode: Mode = "near",
         distance: int = 0) -> list[tuple[Span, Span]]:
    """Co-occurring pairs with one coding in ``a_themes`` and the other in ``b_themes``,
    as (A coding, B coding), by case then position; each pair of codings once."""
    _check(mode, distance)
    out: list[tuple[Span, Span]] = []
    for case_spans in by_case(spans).values():
        for first, second in case_pairs(case_spans, mode, distance):
            if first.theme in a_themes and second.theme in b_themes:
                out.append((first, second))
            elif second.theme in a_themes and first.theme in b_themes:
                out.append((second, first))
    out.sort(key=lambda p: (p[0].case, min(p[0].start, p[1].start), p[0].coding, p[1].coding))
    return out


def _check(mode: str, distance: int) -> None:
    if mode not in MODES:
        raise ValueError(f"unknown co-occurrence mode {mode!r}: use overlap, near or paragraph")
    if distance < 0:
        raise ValueError("the distance must not be negative")


def to_json(table: CooccurTable) -> dict[str, object]:
    return {"mode": table.mode, "distance": table.distance,
            "coefficient": "c = n12 / (n1 + n2 - n12) on codings (ATLAS.ti)",
            "codings": dict(sorted(table.frequencies.items())),
            "pairs": [{"a": p.a, "b": p.b, "pairs": p.pairs, "cases": p.cases, "c": p.c}
                      for p in sorted_pairs(table)]}


def sorted_pairs(table: CooccurTable) -> list[PairCount]:
    return sorted(table.counts.values(), key=lambda p: (-p.pairs, p.a, p.b))


def to_csv(table: CooccurTable) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["theme_a", "theme_b", "pairs", "cases", "c", "codings_a", "codings_b"])
    for p in sorted_pairs(table):
        writer.writerow([p.a, p.b, p.pairs, p.cases, "" if p.c is None else f"{p.c:.4f}",
                         table.frequencies[p.a], table.frequencies[p.b]])
    return out.getvalue()
