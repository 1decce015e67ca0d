"""Decoding a plain-text file whose encoding nobody wrote down.

A byte-order mark decides (UTF-8, UTF-16 LE/BE). Otherwise strict UTF-8 wins when it
decodes, since legacy text almost never happens to be valid UTF-8. Otherwise each legacy
candidate a Korean or Russian interview is likely to be in (CP949, which reads EUC-KR,
Windows-1251, KOI8-R) is decoded strictly and scored character by character: common Hangul
syllables (the 2,350 of KS X 1001) and Russian letters in their usual frequency and case
score up; Hanja, box drawing, rare symbols and a capital in the middle of a word score down.
A file with NUL bytes may also be UTF-16 without a BOM, scored the same way in both byte
orders. A general detector (charset-normalizer) was tried first and picked Big5, UTF-16 or CP932
for one-line Korean and KOI8-R texts, so this small scorer over the few likely encodings
is used instead. The user may name the encoding, which is then used as given.
"""

from __future__ import annotations

import codecs
import math
import re
from dataclasses import dataclass
from functools import cache

from fieldvault.core.errors import InputError

# codec name -> what a person calls it (the app offers these for a change)
ENCODINGS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with BOM",
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
    "cp949": "CP949 / EUC-KR",
    "cp1251": "Windows-1251",
    "koi8-r": "KOI8-R",
}
LEGACY = ("cp949", "cp1251", "koi8-r")
ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
SAMPLE = 20_000  # characters scored per candidate: plenty to tell the encodings apart

# Russian letter frequencies (per cent, from common corpora), lower case
_RUSSIAN = dict(zip("оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё",
                    (10.97, 8.45, 8.01, 7.35, 6.70, 6.26, 5.47, 4.73, 4.54, 4.40, 3.49, 3.21,
                     2.98, 2.81, 2.62, 2.01, 1.90, 1.74, 1.70, 1.65, 1.59, 1.44, 1.21, 0.97,
                     0.94, 0.73, 0.64, 0.48, 0.36, 0.32, 0.26, 0.04, 0.04), strict=True))
_TYPOGRAPHY = frozenset("«»„“”‘’–—…№•·°\u00a0")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # a codec name, a key of ENCODINGS when detected

    @property
    def label(self) -> str:
        return ENCODINGS.get(self.encoding, self.encoding)


def decode(data: bytes, name: str, encoding: str | None = None) -> Decoded:
    """The text of ``data`` (the file ``name``) in ``encoding``, or detected when None."""
    if encoding:
        return Decoded(_decode_as(data, name, _codec(encoding)), _codec(encoding))
    found = _by_bom(data, name) or _utf8(data, name) or _best_legacy(data, name)
    _refuse_controls(found.text, name)
    return found


def _codec(encoding: str) -> str:
    try:
        return codecs.lookup(encoding.strip()).name
    except LookupError as exc:
        raise InputError(f"{encoding[:40]!r} is not an encoding this program knows.") from exc


def _decode_as(data: bytes, name: str, codec: str) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(f"{name} is not {ENCODINGS.get(codec, codec)} text (byte "
                         f"{exc.start:,} does not fit); choose another encoding.") from exc
    except (UnicodeError, LookupError, ValueError, TypeError) as exc:  # rot13, hex, idna...
        raise InputError(f"{codec} is not a text encoding this program can read "
                         f"{name} in; choose another.") from exc
    text = text.removeprefix("\ufeff")
    _refuse_controls(text, name)
    return text


def _by_bom(data: bytes, name: str) -> Decoded | None:
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            body = data[len(bom):]
            try:
                return Decoded(body.decode(codec).removeprefix("\ufeff"), codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name} starts like {ENCODINGS[codec]} "
                                 f"text but byte {exc.start + len(bom):,} does not fit; it "
                                 "may be damaged or truncated.") from exc
    return None


def _utf8(data: bytes, name: str) -> Decoded | None:
    """Strict UTF-8 without control characters (NULs are valid UTF-8, and ASCII-heavy
    UTF-16 without a BOM is full of them)."""
    try:
        text = data.decode("utf-8")
        return None if _controls(text) else Decoded(text, "utf-8")
    except UnicodeDecodeError as exc:
        if exc.end == len(data) and exc.reason == "unexpected end of data" and \
                _utf8_prefix(data[:exc.start]):
            raise InputError(f"{name} ends in the middle of a UTF-8 character; it may be "
                             "truncated.") from exc
        return None


def _utf8_prefix(data: bytes) -> bool:
    """Whether the file is UTF-8 up to its cut, with enough non-ASCII text to say so."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return sum(1 for ch in text if ord(ch) > 127) >= 2


def _best_legacy(data: bytes, name: str) -> Decoded:
    """The best-scoring candidate; UTF-16 without a BOM is a candidate only when the file
    holds NUL bytes (no legacy text does; UTF-16 has one in every ASCII character)."""
    scored = []
    wide = ("utf-16-le", "utf-16-be") if b"\x00" in data and len(data) % 2 == 0 else ()
    for codec in (*LEGACY, *wide):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _controls(text):
            continue
        scored.append((score(_sample(text)), codec, text))
    if not scored:
        raise InputError(f"{name} does not look like a text file in UTF-8, UTF-16, CP949, "
                         "Windows-1251 or KOI8-R; name its encoding, or save it as UTF-8.")
    best = max(scored, key=lambda item: item[0])
    return Decoded(best[2], best[1])


def _controls(text: str) -> bool:
    return _CONTROL.search(text) is not None


def _refuse_controls(text: str, name: str) -> None:
    if _controls(text):
        raise InputError(f"{name} holds control characters, so it is not a plain text file "
                         "(or not in this encoding).")


def _sample(text: str) -> str:
    """The start, middle and end of a long text (each candidate decodes in full first)."""
    if len(text) <= SAMPLE:
        return text
    third, middle = SAMPLE // 3, len(text) // 2
    return text[:third] + text[middle - third // 2: middle + third // 2] + text[-third:]


def score(text: str) -> float:
    """How much ``text`` looks like Korean or Russian prose (higher is likelier); each
    character's weight is per byte it took, so the candidates compare on the same bytes."""
    total = 0.0
    previous_lower = False
    for ch in text:
        total += _weight(ch, previous_lower)
        previous_lower = ch in _RUSSIAN
    return total


def _weight(ch: str, previous_lower: bool) -> float:
    code = ord(ch)
    if code < 128:
        return 0.0
    if 0xAC00 <= code <= 0xD7A3:
        return 4.0 if ch in _common_hangul() else 0.5
    lower = ch.lower()
    if lower in _RUSSIAN:
        weight = 1.5 + math.log10(_RUSSIAN[lower])
        if lower != ch:
            weight -= 3.0 if previous_lower else 0.5
        return weight
    if ch in _TYPOGRAPHY:
        return 0.5
    if 0x4E00 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF:
        return -1.0
    return -3.0


@cache
def _common_hangul() -> frozenset[str]:
    """The 2,350 Hangul syllables of KS X 1001 (EUC-KR rows 0xB0-0xC8)."""
    found = set()
    for lead in range(0xB0, 0xC9):
        for trail in range(0xA1, 0xFF):
            try:
                found.add(bytes((lead, trail)).decode("euc_kr"))
            except UnicodeDecodeError:
                continue
    return frozenset(found)
