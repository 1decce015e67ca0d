"""Span clean-up: trim, widen organisations to their legal form and quotes, drop pseudonym
codes and theme words, merge same-category pieces, settle overlaps.

Pure and thread-safe. Input spans may overlap; output spans never do and are sorted.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from fieldvault.core.privacy.lexicon import GENERIC_PLACES, LEGAL_FORMS, LEGAL_TAILS, THEME_WORDS
from fieldvault.core.privacy.text import fold, words
from fieldvault.core.privacy.types import Suggestion

EDGE = " \t\r\n,;:!?()[]{}\"'«»“”„‘’<>|/\\*_~`"
OPEN_QUOTES = '«"“„'
CLOSE_QUOTES = '»"”“'
KEEP_START = ("(주)", "(유)", "(株)")
KEEP_DOT = frozenset(("ORG", "ADDRESS", "DOB"))
LEGAL_BEFORE = re.compile(
    r"(?:^|(?<=[\s(]))(?:" + "|".join(re.escape(f) for f in LEGAL_FORMS) + r")\s?[«\"“„]?$"
)
TAIL_AFTER = re.compile(
    r"^(?:,?\s?)(?:" + "|".join(re.escape(t) for t in LEGAL_TAILS) + r")(?![\w])"
)


def priority(source: str) -> int:
    """Higher wins a partial overlap: manual > gazetteer > pattern > recognisers."""
    return {"manual": 4, "gazetteer": 3, "pattern": 2, "ner:places": 2}.get(source, 1)


def clean(
    text: str,
    found: Iterable[Suggestion],
    pseudonym: re.Pattern[str],
    theme_words: frozenset[str] = frozenset(),
) -> list[Suggestion]:
    """Final suggestions for ``text`` from raw layer output."""
    codes = [(m.start(), m.end()) for m in pseudonym.finditer(text)]
    out: list[Suggestion] = []
    for sugg in found:
        for piece in _without_codes(text, sugg, codes):
            fixed = _widen_org(text, _trim(text, piece))
            if fixed is not None and not _ignorable(fixed, theme_words):
                out.append(fixed)
    return _settle(text, _merge(text, out))


def _make(text: str, start: int, end: int, category: str, source: str) -> Suggestion:
    return Suggestion(start, end, category, text[start:end], source)


def _trim(text: str, s: Suggestion) -> Suggestion | None:
    start, end = s.start, s.end
    while start < end and text[start] in EDGE and not text.startswith(KEEP_START, start):
        start += 1
    while end > start and (text[end - 1] in EDGE or _loose_dot(text, start, end, s.category)):
        end -= 1
    if end - start < 1 or not any(c.isalnum() for c in text[start:end]):
        return None
    return _make(text, start, end, s.category, s.source)


def _loose_dot(text: str, start: int, end: int, category: str) -> bool:
    if text[end - 1] != ".":
        return False
    last = text[start : end - 1].rsplit(" ", 1)[-1]
    return not (category in KEEP_DOT and 0 < len(last) <= 4)


def _widen_org(text: str, s: Suggestion | None) -> Suggestion | None:
    """Pull a legal form (ООО, 주식회사, Co., Ltd.) and «quotes» into the span (quotes
    also round a place: рынок «Спортивный»)."""
    if s is None or s.category not in ("ORG", "PERSON", "LOCATION"):
        return s
    start, end, category = s.start, s.end, s.category
    m = LEGAL_BEFORE.search(text, max(0, start - 12), start)
    if m:
        start, category = m.start(), "ORG"
    t = TAIL_AFTER.match(text[end : end + 14])
    if t and category in ("ORG", "LOCATION"):
        end, category = end + t.end(), "ORG"
    if category in ("ORG", "LOCATION"):
        start, end = _take_quotes(text, start, end)
    if (start, end, category) == (s.start, s.end, s.category):
        return s
    return _make(text, start, end, category, s.source)


def _take_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    inner = text[start:end]
    if "«" in inner and "»" not in inner and text[end : end + 1] == "»":
        return start, end + 1
    if start > 0 and text[start - 1] in OPEN_QUOTES and end < len(text):
        if text[end] in CLOSE_QUOTES:
            return start - 1, end + 1
    if text[start] in OPEN_QUOTES and end < len(text) and text[end] in CLOSE_QUOTES:
        return start, end + 1
    return start, end


def _without_codes(text: str, s: Suggestion, codes: list[tuple[int, int]]) -> list[Suggestion]:
    """The suggestion with pseudonym codes cut out; pieces without letters disappear."""
    pieces = [(s.start, s.end)]
    for cs, ce in codes:
        if ce <= s.start or cs >= s.end:
            continue
        pieces = [p for a, b in pieces for p in ((a, min(b, cs)), (max(a, ce), b)) if p[1] > p[0]]
    if pieces == [(s.start, s.end)]:
        return [s]
    keep = [p for p in pieces if sum(c.isalnum() for c in text[p[0] : p[1]]) >= 2]
    return [_make(text, a, b, s.category, s.source) for a, b in keep]


def _ignorable(s: Suggestion, theme_words: frozenset[str]) -> bool:
    if s.source in ("manual", "gazetteer"):
        return False
    keys = [fold(w.text) for w in words(s.text)]
    if not keys:
        return True
    themes = THEME_WORDS | theme_words
    if all(k in themes for k in keys):
        return True
    return s.category == "LOCATION" and all(k in GENERIC_PLACES for k in keys)


def _merge(text: str, items: list[Suggestion]) -> list[Suggestion]:
    """Join overlapping or touching pieces of one category."""
    by_cat: dict[str, list[Suggestion]] = {}
    for s in items:
        by_cat.setdefault(s.category, []).append(s)
    out: list[Suggestion] = []
    for cat, group in by_cat.items():
        group.sort(key=lambda s: (s.start, -s.end))
        cur = group[0]
        for s in group[1:]:
            if s.start <= cur.end:
                if s.end > cur.end:
                    src = max(cur.source, s.source, key=priority)
                    cur = _make(text, cur.start, s.end, cat, src)
                elif priority(s.source) > priority(cur.source):
                    cur = _make(text, cur.start, cur.end, cat, s.source)
                continue
            out.append(cur)
            cur = s
        out.append(cur)
    return out


def _settle(text: str, items: list[Suggestion]) -> list[Suggestion]:
    """Keep non-overlapping spans: a span containing another wins; else higher priority."""
    ranked = sorted(items, key=lambda s: (-(s.end - s.start), -priority(s.source), s.start))
    kept: list[Suggestion] = []  # sorted by start, never overlapping
    for s in ranked:
        i = bisect.bisect_left(kept, s.start, key=lambda k: k.start)
        lo = i - 1 if i > 0 and kept[i - 1].end > s.start else i
        hi = i
        while hi < len(kept) and kept[hi].start < s.end:
            hi += 1
        clash = kept[lo:hi]
        if not clash:
            kept.insert(i, s)
        elif all(k.start <= s.start and s.end <= k.end for k in clash):
            continue
        elif all(priority(s.source) > priority(k.source) for k in clash):
            kept[lo:hi] = [s]
    return kept
