"""Per-vault list of known names, matched tolerantly at word boundaries.

Entries are indexed in a token trie: each edge is a folded word key (casefold, ё/е, Russian
case endings stripped, Korean particles stripped). Matching walks the trie from every word
of the text, so the cost is linear in the text and independent of the number of entries.
A Gazetteer is safe to read from several threads once no thread adds entries.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from fieldvault.core.privacy.lexicon import KOREAN_SURNAMES_HANGUL
from fieldvault.core.privacy.text import (
    fold,
    is_soft_gap,
    russian_entry_keys,
    stems,
    word_script,
    words,
)
from fieldvault.core.privacy.types import CATEGORIES, GazetteerEntry, Suggestion

MAX_JOIN_TOKENS = 5


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    entry: GazetteerEntry | None = None


class Gazetteer:
    """Known people, organisations and places; ``match`` finds them in a text."""

    def __init__(self, entries: list[GazetteerEntry] | None = None) -> None:
        self._root = _Node()
        self._count = 0
        for entry in entries or []:
            self.add(entry)

    def __len__(self) -> int:
        return self._count

    def add(self, entry: GazetteerEntry) -> None:
        """Index every variant of ``entry``; variants shorter than two letters are ignored."""
        if entry.category not in CATEGORIES:
            raise ValueError(f"unknown category {entry.category!r}")
        for variant in entry.variants:
            for keys in _variant_key_paths(variant):
                self._insert(keys, entry)
        self._count += 1

    def _insert(self, path: list[list[str]], entry: GazetteerEntry) -> None:
        nodes = [self._root]
        for alternatives in path:
            nxt: list[_Node] = []
            for node in nodes:
                for key in alternatives:
                    nxt.append(node.children.setdefault(key, _Node()))
            nodes = nxt
        for node in nodes:
            if node.entry is None:
                node.entry = entry

    def match(self, text: str) -> list[Suggestion]:
        """Known names in ``text``, longest match first, non-overlapping."""
        return [s for s, _ in self.match_with_refs(text)]

    def match_with_refs(self, text: str) -> list[tuple[Suggestion, str | None]]:
        """Like :meth:`match`, with the ``ref`` of the entry each suggestion came from."""
        toks = _Tokens(text)
        out: list[tuple[Suggestion, str | None]] = []
        i = 0
        while i < len(toks.words):
            best = self._longest_at(toks, i)
            if best is None:
                i += 1
                continue
            last, end, entry = best
            start = toks.words[i].start
            sugg = Suggestion(start, end, entry.category, text[start:end], "gazetteer")
            out.append((sugg, entry.ref))
            i = last + 1
        return out

    def _longest_at(self, toks: _Tokens, i: int) -> tuple[int, int, GazetteerEntry] | None:
        best: tuple[int, int, GazetteerEntry] | None = None
        frontier: list[tuple[_Node, int]] = [(self._root, i)]
        while frontier:
            node, j = frontier.pop()
            for nxt, last, end in toks.steps(node, j):
                if nxt.entry is not None and (best is None or end > best[1]):
                    best = (last, end, nxt.entry)
                if nxt.children and last + 1 < len(toks.words) and toks.soft[last]:
                    frontier.append((nxt, last + 1))
        return best


class _Tokens:
    """The words of a text with their keys and whether a name may continue after each."""

    def __init__(self, text: str) -> None:
        self.words = words(text)
        self.stems = [stems(w.text) for w in self.words]
        gaps = zip(self.words, self.words[1:], strict=False)
        self.soft = [is_soft_gap(text[a.end : b.start]) for a, b in gaps] + [False]

    def steps(self, node: _Node, j: int) -> list[tuple[_Node, int, int]]:
        """Edges from ``node`` using word ``j`` alone or joined with the next (Chol su)."""
        found: list[tuple[_Node, int, int]] = []
        start = self.words[j].start
        for key, covered in self.stems[j]:
            child = node.children.get(key)
            if child is not None:
                found.append((child, j, start + covered))
        if self.soft[j]:
            # the first stem of a word is its plain folded form
            child = node.children.get(self.stems[j][0][0] + self.stems[j + 1][0][0])
            if child is not None:
                found.append((child, j + 1, self.words[j + 1].end))
        return found


def _variant_key_paths(variant: str) -> list[list[list[str]]]:
    """Key paths for one spelling: its words, joined-word forms and a split Hangul name."""
    toks = words(variant)
    if not toks or sum(len(fold(t.text)) for t in toks) < 2:
        return []
    texts = [t.text for t in toks]
    groupings = _joinings(texts) if len(texts) <= MAX_JOIN_TOKENS else [texts]
    if len(texts) == 1 and word_script(texts[0]) == "hangul":
        word = texts[0]
        if 3 <= len(word) <= 4 and word[0] in KOREAN_SURNAMES_HANGUL:
            groupings.append([word[0], word[1:]])
    return [[_entry_keys(w) for w in grouping] for grouping in groupings]


def _joinings(texts: list[str]) -> list[list[str]]:
    """Every way to glue neighbouring words together: Chol-su, Cholsu, Chol Su."""
    out: list[list[str]] = []
    for cuts in itertools.product((True, False), repeat=len(texts) - 1):
        grouping = [texts[0]]
        for word, cut in zip(texts[1:], cuts, strict=True):
            if cut:
                grouping.append(word)
            else:
                grouping[-1] += word
        out.append(grouping)
    return out


def _entry_keys(word: str) -> list[str]:
    keys = [fold(word)]
    if word_script(word) == "cyrillic":
        keys.extend(russian_entry_keys(fold(word)))
    return list(dict.fromkeys(keys))
