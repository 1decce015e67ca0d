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
from bisect import bisect_left

from fieldvault.core.records.cases import normalise_text

BOM = "\ufeff"


class PositionMap:
    """Maps code-point positions of ``raw`` (a file's text) to positions in ``self.text``."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.text = normalise_text(raw)
        line_ends = raw.replace("\r\n", "\n").replace("\r", "\n")
        self._composes = line_ends != self.text
        self._dropped = [m.start() + 1 for m in re.finditer("\r\n", raw)]
        self._cache: dict[int, int] = {}

    def __call__(self, position: int) -> int:
        if not self._composes:
            return position - bisect_left(self._dropped, position)
        if position not in self._cache:
            self._cache[position] = len(normalise_text(self.raw[:position]))
        return self._cache[position]


def decode_source(data: bytes) -> str:
    """UTF-8 text of a source file, without a leading byte-order mark.

    Raises UnicodeDecodeError for bytes that are not UTF-8.
    """
    text = data.decode("utf-8")
    return text[1:] if text.startswith(BOM) else text
