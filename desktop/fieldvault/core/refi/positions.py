"""Selection positions in an imported source text, mapped onto the vault's normalised text.

REFI-QDA counts selections in Unicode code points of the plain text, the first being 0
(REFI-QDA 1.5 §10.2); ``endPosition`` is taken as exclusive, as ATLAS.ti and QualCoder write
it (in Annex A.2 the selected words are exactly ``end - start`` code points long).

Positions are counted on the file's text as decoded (UTF-8, a leading byte-order mark is
not text). The vault stores transcripts with LF line ends and in NFC
(:func:`fieldvault.core.records.cases.normalise_text`), so positions are mapped:

* a CRLF pair is two code points in the file and one in the vault: the CR becomes the LF and
  the LF is dropped, so a position on the pair's LF (between CR and LF) maps to just after
  the line break; a lone CR is one code point either way;
* when NFC composition changes the text (for example decomposed Hangul jamo), a position maps
  to the length of the normalised prefix before it, so a position inside a sequence that
  composes into one character lands after that character.

Inline ``PlainTextContent`` has already had its CRLF pairs turned into LF by the XML parser
(XML 1.0 §2.11), so positions there count on the parsed text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from functools import cache

from fieldvault.core.records.cases import normalise_text

BOM = "\ufeff"
MAX_CLUSTER = 32  # code points; positions inside a longer cluster land after it


class PositionMap:
    """Maps code-point positions of ``raw`` (a file's text) to positions in ``self.text``.

    Built once, in time linear in ``len(raw)``; every lookup after that is O(1) (or a
    bisection when only line ends change).
    """

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.text = normalise_text(raw)
        line_ends = raw.replace("\r\n", "\n").replace("\r", "\n")
        self._dropped = [m.start() + 1 for m in re.finditer("\r\n", raw)]
        self._prefix = prefix_lengths(raw, self.text) if line_ends != self.text else None

    def __call__(self, position: int) -> int:
        if self._prefix is None:
            return position - bisect_left(self._dropped, position)
        return self._prefix[position]


def prefix_lengths(raw: str, text: str) -> list[int]:
    """``out[p] == len(normalise_text(raw[:p]))`` for every ``p``, in one pass.

    ``raw`` is cut into clusters at normalisation boundaries (before a starter that never
    combines with what precedes it, never inside CR LF); normalising each cluster alone
    gives the same text as normalising the whole, so a position only needs the prefix
    lengths inside its own cluster (a few code points: a syllable's jamo, a letter and its
    marks). If the cut ever disagrees with the whole, the exact per-position rule is used.
    """
    out = [0] * (len(raw) + 1)
    pieces: list[str] = []
    start = 0
    for end in [*_boundaries(raw), len(raw)]:
        base, cluster = out[start], raw[start:end]
        normalised = normalise_text(cluster)
        long_run = len(cluster) > MAX_CLUSTER  # a hostile run of marks: land after it
        for i in range(1, len(cluster)):
            inside = normalised if long_run else normalise_text(cluster[:i])
            out[start + i] = base + len(inside)
        pieces.append(normalised)
        out[end] = base + len(normalised)
        start = end
    if "".join(pieces) != text:  # a boundary rule missed a composition: stay exact
        return [len(normalise_text(raw[:p])) for p in range(len(raw) + 1)]
    return out


def _boundaries(raw: str) -> list[int]:
    return [i for i in range(1, len(raw))
            if _starts_cluster(raw[i]) and not (raw[i] == "\n" and raw[i - 1] == "\r")]


def _starts_cluster(char: str) -> bool:
    if char < "\u0300":
        return True  # ASCII and Latin-1: starters that nothing composes onto
    if unicodedata.combining(char) or char in _second_of_pair():
        return False
    first = unicodedata.normalize("NFD", char)[0]
    return unicodedata.combining(first) == 0 and first not in _second_of_pair()


@cache
def _second_of_pair() -> frozenset[str]:
    """Starters (combining class 0) that compose with the character before them: Hangul
    medial vowels and final consonants, and the second half of canonical pairs such as
    Indic two-part vowel signs. Read once from the Unicode database."""
    found = {chr(c) for c in (*range(0x1161, 0x1176), *range(0x11A8, 0x11C3))}
    for code in range(0x300, 0x30000):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            second = chr(int(parts[1], 16))
            if unicodedata.combining(second) == 0:
                found.add(second)
    return frozenset(found)


def decode_source(data: bytes) -> str:
    """UTF-8 text of a source file, without a leading byte-order mark.

    Raises UnicodeDecodeError for bytes that are not UTF-8.
    """
    text = data.decode("utf-8")
    return text[1:] if text.startswith(BOM) else text
