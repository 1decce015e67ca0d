"""Turn a matched document back into match offsets and a snippet.

Normalised matches are found by scanning the text: each place where the folded text holds
the start of a query norm is checked by normalising the word (or words, for a phrase) that
begins there. When that finds nothing for a clause that matched the document through its
words (a form the scan cannot see, e.g. a compatibility character), the whole text is
tokenised and its norms searched instead, so every matched word is found. Substring
matches are found with a case-insensitive search of the original text. All offsets are
code points.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

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
    if lowered.isascii() or not _ACCENTED.search(lowered):  # isascii() reads a flag
        return lowered
    return lowered.translate(_SCAN_TABLE)


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


class Scan(NamedTuple):
    """What :meth:`Matcher.scan` found in a text."""

    sources: list[list[Span]]  # as Matcher.sources gives them
    plain: bool  # they are also the sources with by_words False
    same_length: bool  # lower case kept the text's length


class Matcher:
    """Per-query helper: built once from the parsed clauses, used for every hit. Its only
    state is what its word scan remembers of the words it has checked (see
    :class:`_WordScan`), so threads may share it."""

    def __init__(self, clauses: Sequence[Clause]) -> None:
        self._clauses = [needles for c in clauses if (needles := _needles(c))]
        self._word_scan, self._others = _word_scan(self._clauses)
        self._folds = bool(self._others) or (self._word_scan is not None
                                             and self._word_scan.folds)
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
        return self.scan(body, by_words, substrings).sources

    def scan(self, body: str, by_words: bool, substrings: bool = True) -> Scan:
        """:meth:`sources`, and what :meth:`within` may need to know of them."""
        lowered = body.lower().replace("ё", "е")  # lower() is slow on long non-ASCII text
        found, plain = self._word_spans(body, by_words, lowered)
        if substrings and self._literals:
            found.append(self._literal_spans(body, lowered))
        for pattern in self._patterns if substrings else ():
            found.append([m.span() for m in pattern.finditer(body) if m.end() > m.start()])
        return Scan(found, plain or not by_words, len(lowered) == len(body))

    def within(self, body: str, head: int, sources: list[list[Span]], start: int,
               end: int, same_length: bool | None = None) -> list[Span] | None:
        """``spans(body[start:end], False, substrings)`` (offsets into the window) read
        off ``sources``, the :meth:`sources` of ``body[:head]`` with ``by_words`` False and
        the same ``substrings``; None where that cannot be told from them.

        It can when every clause is one word (no phrase reaches across a space), the
        window lies in ``body[:head]`` between white space (so its words are whole and
        the same words as there), no span crosses an edge of the window, and lower case
        keeps the text's length (the scan is the same, not the exact fallback):
        ``same_length``, when the caller knows it (:attr:`Scan.same_length`)."""
        before_ok = start == 0 or body[start - 1].isspace()
        after_ok = end == len(body) or (end < len(body) and body[end].isspace())
        if not (self._one_word and before_ok and after_ok and end <= head):
            return None
        if same_length is None:
            same_length = len(body[:head].lower()) == head
        if not same_length:
            return None
        inside: list[list[Span]] = []
        for spans in sources:
            kept = []
            for a, b in spans:
                if a < start < b or a < end < b:
                    return None
                if start <= a and b <= end:
                    kept.append((a - start, b - start))
            inside.append(kept)
        return combine(inside)

    def _word_spans(self, body: str, by_words: bool,
                    lowered: str) -> tuple[list[list[Span]], bool]:
        """Each clause's word spans, and whether they are also those with ``by_words``
        False (no clause needed the exact fallback only because of ``by_words``)."""
        # only Latin keys (and needles scanned alone) can meet a letter the fold changes;
        # it keeps the length, so ``exact`` is the same either way
        folded = _scan_fold_lowered(lowered) if self._folds else lowered
        exact = len(folded) != len(body)  # a letter whose lower case is longer (İ)
        found: list[list[Span]] = [[] for _ in self._clauses]
        if not exact:
            if self._word_scan is not None:
                self._word_scan.collect(body, folded, found)
            for index, needle in self._others:
                found[index] += _scan(body, folded, needle)
        plain = True
        for index, needles in enumerate(self._clauses):
            if not found[index] and (exact or by_words):
                found[index] = _exact(body, needles)
                plain = plain and exact
            found[index].sort()
        return found, plain

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


class _WordScan:
    """The one-word needles of every clause, found with one pass per distinct key over
    the folded text (a regex starting with a literal is a fast search): each word that
    starts with a key is checked once, against every needle of its script whose key
    starts it. Gives, per clause, the spans :func:`_scan_words` gives for each needle
    alone (a span once per needle it matches): a key is letters of its script, so its
    match runs to the end of its word, and a word found by one key is the very word every
    other key starting there would find.

    What a word adds depends on the word alone (its norm, and its folded form, folded
    letter by letter), so it is remembered per word. Threads may share a scan: the memo
    only gains entries, and two threads racing store the same value."""

    def __init__(self, needles: list[tuple[int, _Needle, str]]) -> None:
        by_script: dict[str, list[tuple[int, str, str, bool]]] = {}
        for index, needle, script in needles:
            by_script.setdefault(script, []).append(
                (index, needle.key, needle.norms[0], needle.prefix))
        self.needles = by_script
        self.letter = {script: re.compile(f"[{WORD_CLASSES[script]}]") for script in by_script}
        keys = sorted({(key, script) for script, group in by_script.items()
                       for _, key, _, _ in group})
        self.patterns = [(re.compile(f"{re.escape(key)}[{WORD_CLASSES[script]}]*"), script)
                         for key, script in keys]
        # a word can be found by two keys only when one key starts the other
        self.shared = any(a != b and b.startswith(a) for a, _ in keys for b, _ in keys)
        self.folds = "en" in by_script  # Latin keys are matched in the folded text
        self._memo: dict[str, tuple[int, ...]] = {}

    def collect(self, body: str, folded: str, found: list[list[Span]]) -> None:
        """Add to ``found[i]`` the spans of clause ``i``'s needles."""
        words: dict[int, tuple[int, str]] = {}  # start -> end, script, when shared
        memo = self._memo
        for pattern, script in self.patterns:
            letter = self.letter[script]
            for match in pattern.finditer(folded):
                start, end = match.span()
                if start and letter.match(folded, start - 1):
                    continue  # a key inside a word
                if self.shared:  # each word once, after every key has been looked for
                    words[start] = (end, script)
                    continue
                word = body[start:end]
                clauses = memo.get(word)
                if clauses is None:
                    clauses = memo[word] = self._clauses_of(word, folded[start:end], script)
                for index in clauses:
                    found[index].append((start, end))
        for start, (end, script) in words.items():
            word = body[start:end]
            clauses = memo.get(word)
            if clauses is None:
                clauses = memo[word] = self._clauses_of(word, folded[start:end], script)
            for index in clauses:
                found[index].append((start, end))

    def _clauses_of(self, word: str, folded: str, script: str) -> tuple[int, ...]:
        """The clause of each needle matching ``word`` (``folded``: its folded form)."""
        norm = normalize_word(word, script)
        if not norm:
            return ()
        return tuple(index for index, key, want, prefix in self.needles[script]
                     if folded.startswith(key)
                     and (norm.startswith(want) if prefix else norm == want))


def _word_scan(clauses: list[list[_Needle]]) -> tuple[_WordScan | None,
                                                      list[tuple[int, _Needle]]]:
    """The needles of ``clauses`` (each tagged with its clause's index) that a word scan
    can find (a one-word needle whose key is letters of its script, the first a letter:
    see :attr:`_Needle.word_pattern`), as one :class:`_WordScan`; and the others, each
    scanned alone."""
    scanned: list[tuple[int, _Needle, str]] = []
    others = []
    for index, needles in enumerate(clauses):
        for needle in needles:
            word = needle.word_pattern
            if word is not None and re.fullmatch(f"[{WORD_CLASSES[word[2]]}]+", needle.key):
                scanned.append((index, needle, word[2]))
            else:
                others.append((index, needle))
    return (_WordScan(scanned) if scanned else None), others


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

