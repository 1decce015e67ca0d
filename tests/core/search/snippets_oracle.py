"""The snippet algorithm as it stood at commit b4839d4, kept unchanged as a test oracle.

``spans.py`` and ``Hit`` in ``index.py`` were made faster after that commit; what a user sees
(match offsets, snippet text, highlight offsets) must stay identical. This is a verbatim copy
of ``spans.py`` at that commit, plus :func:`hit_view`, the ``Hit`` properties of ``index.py``
at that commit as one function. Do not "improve" it: it is the reference.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from fieldvault.core.ranges import union
from fieldvault.core.search.normalize import TOKEN_RE, WORD_CLASSES, normalize_word, tokens
from fieldvault.core.search.query import Clause

Span = tuple[int, int]

SNIPPET_WIDTH = 200
_LEAD = SNIPPET_WIDTH // 4
_DENSEST_SCAN = 64
_BREAKS = ("\n", "\r", "\t", "\v", "\f")


def _scan_table() -> dict[int, str]:
    """Latin letters with diacritics -> the bare letter, ё -> е (same length, so offsets
    into the folded text are offsets into the text)."""
    table = {ord("ё"): "е", ord("Ё"): "е"}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii() and base.isalpha():
            table[code] = base.lower()
    return table


_SCAN_TABLE = _scan_table()
_ACCENTED = re.compile("[" + "".join(chr(c) for c in sorted(_SCAN_TABLE) if 0x7F < c < 0x400) +
                       "".join(chr(c) for c in sorted(_SCAN_TABLE) if c >= 0x1E00) + "]")


def scan_fold(body: str) -> str:
    """Lower case, ё→е and Latin letters without diacritics; ``str.translate`` (slow on
    non-ASCII text) only runs when the text has such a letter."""
    return _scan_fold_lowered(body.lower().replace("ё", "е"))


def _scan_fold_lowered(lowered: str) -> str:
    """:func:`scan_fold` of a text already lower-cased with ё→е (``lowered``)."""
    return lowered.translate(_SCAN_TABLE) if _ACCENTED.search(lowered) else lowered


@dataclass(frozen=True)
class _Needle:
    norms: tuple[str, ...]  # consecutive token norms
    prefix: bool  # the last norm only has to start the token's norm

    @property
    def text(self) -> str:
        """The needle in " " + norms + " " (the exact fallback)."""
        return " " + " ".join(self.norms) + ("" if self.prefix else " ")

    @cached_property
    def word_pattern(self) -> tuple[re.Pattern[str], re.Pattern[str], str] | None:
        """For a one-word needle in Hangul, Cyrillic or Latin: a pattern finding, in the
        folded text, the key and the rest of its word; one matching a letter of the word's
        script (a key inside a word); and the script's name. (The pattern starts with the
        key, which lets the regex engine jump from one occurrence to the next.)"""
        first = TOKEN_RE.match(self.key)
        script = str(first.lastgroup) if first is not None else ""
        if len(self.norms) != 1 or script not in WORD_CLASSES:
            return None
        letters = WORD_CLASSES[script]
        return re.compile(rf"{re.escape(self.key)}[{letters}]*"), re.compile(f"[{letters}]"), \
            script

    @property
    def key(self) -> str:
        """What the folded text holds where the needle may start: the first norm less its
        last letter (an English stem may end in i where the word has y)."""
        first = self.norms[0]
        return first[:-1] if len(first) > 2 else first


def _needles(clause: Clause) -> list[_Needle]:
    if clause.alternatives:
        return [needle for form in clause.forms for needle in _needles(form)]
    norms = [n for n in clause.norms if n]
    if not norms:
        return []
    if clause.phrase and len(norms) > 1:
        return [_Needle(tuple(norms), False)]
    needles = [_Needle((norms[0],), False)]
    if clause.prefix or clause.short_prefix:
        needles += [_Needle((n,), True) for n in sorted({norms[0], clause.folds[0]}) if n]
    return needles


class Matcher:
    """Per-query helper: built once from the parsed clauses, used for every hit. Holds no
    state between calls, so threads may share it."""

    def __init__(self, clauses: Sequence[Clause]) -> None:
        self._clauses = [needles for c in clauses if (needles := _needles(c))]
        plain = [c for c in clauses if _plain_substring(c)]
        self._literals = [c.literal.lower() for c in plain]
        self._literal_patterns = [p for c in plain if (p := c.substring_regex()) is not None]
        self._patterns = [
            p for c in clauses if c not in plain and (p := c.substring_regex()) is not None
        ]
        self._one_word = all(_one_word(c) for c in clauses)

    def spans(self, body: str, by_words: bool, substrings: bool = True) -> list[Span]:
        """Sorted, merged match spans of the clauses in ``body``: normalised words, and
        with ``substrings`` also substring occurrences. ``by_words``: every clause matched
        the document through its words (so each must be found)."""
        return combine(self.sources(body, by_words, substrings))

    def sources(self, body: str, by_words: bool, substrings: bool = True) -> list[list[Span]]:
        """What :meth:`spans` combines: the spans of each clause's words, then of the
        substrings (one list per source, each sorted)."""
        lowered = body.lower().replace("ё", "е")  # lower() is slow on long non-ASCII text
        found = self._word_spans(body, by_words, lowered)
        if substrings and self._literals:
            found.append(self._literal_spans(body, lowered))
        for pattern in self._patterns if substrings else ():
            found.append([m.span() for m in pattern.finditer(body) if m.end() > m.start()])
        return found

    def within(self, body: str, head: int, sources: list[list[Span]], start: int,
               end: int) -> list[Span] | None:
        """``spans(body[start:end], False, substrings)`` (offsets into the window) read
        off ``sources``, the :meth:`sources` of ``body[:head]`` with ``by_words`` False and
        the same ``substrings``; None where that cannot be told from them.

        It can when every clause is one word (no phrase reaches across a space), the
        window lies in ``body[:head]`` between white space (so its words are whole and
        the same words as there), no span crosses an edge of the window, and lower case
        keeps the text's length (the scan is the same, not the exact fallback)."""
        before_ok = start == 0 or body[start - 1].isspace()
        after_ok = end == len(body) or (end < len(body) and body[end].isspace())
        if not (self._one_word and before_ok and after_ok and end <= head):
            return None
        if len(body[:head].lower()) != head:
            return None
        inside: list[list[Span]] = []
        for spans in sources:
            if any(a < start < b or a < end < b for a, b in spans):
                return None
            inside.append([(a - start, b - start) for a, b in spans if start <= a and b <= end])
        return combine(inside)

    def _word_spans(self, body: str, by_words: bool, lowered: str) -> list[list[Span]]:
        folded = _scan_fold_lowered(lowered)
        exact = len(folded) != len(body)  # a letter whose lower case is longer (İ)
        found: list[list[Span]] = []
        for needles in self._clauses:
            spans = [] if exact else [sp for n in needles for sp in _scan(body, folded, n)]
            if not spans and (exact or by_words):
                spans = _exact(body, needles)
            found.append(sorted(spans))
        return found

    def _literal_spans(self, body: str, folded: str) -> list[Span]:
        """``folded``: ``body`` lower-cased with ё→е."""
        if len(folded) != len(body):  # a letter whose lower case is longer (İ): use regexes
            return [m.span() for p in self._literal_patterns for m in p.finditer(body)]
        spans = []
        for literal in self._literals:
            pos = folded.find(literal)
            while pos != -1:
                spans.append((pos, pos + len(literal)))
                pos = folded.find(literal, pos + len(literal))
        return spans


def combine(found: list[list[Span]]) -> list[Span]:
    """The spans of :meth:`Matcher.sources` as :meth:`Matcher.spans` returns them."""
    found = [spans for spans in found if spans]
    if len(found) == 1:
        return found[0]  # one source: already sorted and disjoint
    return union(span for spans in found for span in spans)


def _one_word(clause: Clause) -> bool:
    """Every form of ``clause`` is a single word (not a phrase)."""
    if clause.alternatives:
        return all(_one_word(form) for form in clause.forms)
    return len(clause.surfaces) == 1


def _plain_substring(clause: Clause) -> bool:
    """A one-word substring clause whose lower case keeps its length: ``str.find`` works."""
    literal = clause.literal
    return (
        len(clause.surfaces) == 1
        and not clause.alternatives
        and clause.substring_regex() is not None
        and len(literal.lower()) == len(literal)
    )


def _scan(body: str, folded: str, needle: _Needle) -> list[Span]:
    """Spans where ``needle`` matches words of ``body``, found from its key in ``folded``."""
    if needle.word_pattern is not None:
        return _scan_words(body, folded, needle, *needle.word_pattern)
    spans: list[Span] = []
    key = needle.key
    pos = folded.find(key)
    while pos != -1:
        end = _match_at(body, pos, needle) if _starts_token(body, pos) else None
        if end is not None:
            spans.append((pos, end))
        pos = folded.find(key, pos + 1 if end is None else end)
    return spans


def _scan_words(body: str, folded: str, needle: _Needle, pattern: re.Pattern[str],
                letter: re.Pattern[str], script: str) -> list[Span]:
    """One-word needle: the regex finds the candidate words, their norms decide."""
    want = needle.norms[0]
    spans = []
    for match in pattern.finditer(folded):
        start, end = match.span()
        if start and letter.match(folded, start - 1):
            continue  # the key is inside a word
        norm = normalize_word(body[start:end], script)
        if norm and (norm.startswith(want) if needle.prefix else norm == want):
            spans.append((start, end))
    return spans


def _starts_token(body: str, pos: int) -> bool:
    if pos == 0:
        return True
    before = TOKEN_RE.match(body, pos - 1)
    return before is None or before.end() <= pos


def _words_from(body: str, pos: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, norm) of the words from ``pos`` on, skipping words without a norm."""
    for match in TOKEN_RE.finditer(body, pos):
        norm = normalize_word(match.group(), str(match.lastgroup))
        if norm:
            yield match.start(), match.end(), norm


def _match_at(body: str, pos: int, needle: _Needle) -> int | None:
    """End of the needle's last word when its words start at ``pos``, else None."""
    if len(needle.norms) == 1:  # the common case, without the generator
        match = TOKEN_RE.match(body, pos)
        if match is None:
            return None
        norm = normalize_word(match.group(), str(match.lastgroup))
        found = norm.startswith(needle.norms[0]) if needle.prefix else norm == needle.norms[0]
        return match.end() if found and norm else None
    words = _words_from(body, pos)
    end = None
    for i, want in enumerate(needle.norms):
        start, end, norm = next(words, (-1, -1, ""))
        if (i == 0 and start != pos) or not norm:
            return None
        last_prefix = needle.prefix and i == len(needle.norms) - 1
        if not (norm.startswith(want) if last_prefix else norm == want):
            return None
    return end


def _exact(body: str, needles: list[_Needle]) -> list[Span]:
    """Spans of ``needles`` found in the norms of every word of ``body`` (slower)."""
    toks = tokens(body)
    padded = " " + " ".join(t.norm for t in toks) + " "
    offsets = [o for t in toks for o in (t.start, t.end)]
    return [sp for n in needles for sp in _norm_spans(padded, offsets, n)]


def _norm_spans(padded: str, offsets: Sequence[int], needle: _Needle) -> list[Span]:
    """Offsets of the tokens matched by ``needle`` in ``padded`` (" " + norm + " "); token
    ``i`` is the one after the ``i``-th space, and spans ``offsets[2i]..offsets[2i+1]``."""
    spans: list[Span] = []
    text = needle.text
    pos = padded.find(text)
    if pos == -1:
        return spans
    last = 2 * len(needle.norms) - 1
    index = padded.count(" ", 0, pos)
    while True:
        first = 2 * index
        spans.append((offsets[first], offsets[first + last]))
        following = padded.find(text, pos + 1)
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


def snippet_window(body: str, spans: list[Span]) -> Span:
    """Where the excerpt of ``body`` goes: around the densest group of ``spans``."""
    return _window(body, _densest(spans)) if spans else _window(body, (0, 0))


def excerpt(body: str, start: int, end: int, spans: list[Span]) -> tuple[str, list[Span]]:
    """``body[start:end]`` on one line, with … where cut, and the spans' offsets in it."""
    lead = "…" if start > 0 else ""
    tail = "…" if end < len(body) else ""
    text = lead + _flatten(body[start:end]) + tail
    shift = len(lead) - start
    inside = [
        (max(a, start) + shift, min(b, end) + shift) for a, b in spans if a < end and b > start
    ]
    return text, inside


SNIPPET_HEAD = 400


def hit_view(body: str, by_words: bool, clauses: Sequence[Clause],
             matches_first: bool = False) -> tuple[list[Span], str, list[Span]]:
    """(matches, snippet, snippet_matches) of a hit on ``body`` for ``clauses``, as the
    code at b4839d4 showed them: the snippet read first (a results table), or with
    ``matches_first`` after the matches (the window then goes by all of them)."""
    matcher = Matcher(clauses)
    substrings = not by_words
    matches = matcher.spans(body, by_words, substrings=substrings)
    head: list[list[Span]] = []
    anchors = matches if matches_first else []
    if not anchors:
        head = matcher.sources(body[:SNIPPET_HEAD], False, substrings)
        anchors = combine(head) or matches
    start, end = snippet_window(body, anchors)
    window = matcher.within(body, min(SNIPPET_HEAD, len(body)), head, start, end) \
        if head else None
    if window is None:
        window = matcher.spans(body[start:end], False, substrings)
    inside = [(a + start, b + start) for a, b in window]
    snippet, snippet_matches = excerpt(body, start, end, inside or anchors)
    return matches, snippet, snippet_matches
