"""Text normalisation shared by indexing and querying.

A token is a run of one script (Hangul, Cyrillic, Latin, digits, other letters) in the
original NFC text; ``start``/``end`` are code-point offsets into that text. Its ``norm`` is
what goes into the normalised FTS column:

* every script: NFKC, casefold, ё→е;
* Latin: diacritics dropped, Snowball English stem;
* Cyrillic: stress marks dropped, Snowball Russian stem repeated until it stops changing
  (once is not enough for names: Артём→арт but Артёма→артем; Намган→намга but
  Намгане→намган), never cutting below three letters;
* Hangul: attached particles and common endings stripped by rule (see ``strip_korean``).

A norm never contains a space or an ASCII character other than a letter or digit, so the
FTS5 ``ascii`` tokenizer sees exactly one token per norm and ``index_text(text).split(" ")``
lines up one-to-one with ``tokens(text)``. All functions are pure and thread-safe (the
caches are ``functools.lru_cache``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple, Protocol, cast

import snowballstemmer

NORM_VERSION = 1  # bump whenever a change here alters any norm: stored indexes are rebuilt


class Token(NamedTuple):
    start: int
    end: int
    surface: str
    norm: str


class _Stemmer(Protocol):
    def stemWord(self, word: str) -> str: ...  # noqa: N802 (snowballstemmer's name)


_HANGUL = "\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f"
_CYRILLIC = "\u0400-\u052f"
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\ufb00-\ufb06"
_MARKS = "\u0300-\u036f"
#: Letters (and marks that may follow them) of each script's words, as regex classes.
WORD_CLASSES = {"ko": _HANGUL, "ru": _CYRILLIC + _MARKS, "en": _LATIN + _MARKS}
TOKEN_RE = re.compile(
    rf"(?P<ko>[{_HANGUL}]+)"
    rf"|(?P<ru>[{_CYRILLIC}][{_CYRILLIC}{_MARKS}]*)"
    rf"|(?P<en>[{_LATIN}][{_LATIN}{_MARKS}]*)"
    r"|(?P<num>\d+)"
    rf"|(?P<other>[^\W\d_{_HANGUL}{_CYRILLIC}{_LATIN}]+)"
)
_UNSAFE_RE = re.compile(r"[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f\s]+")

_EN = cast(_Stemmer, snowballstemmer.stemmer("english"))
_RU = cast(_Stemmer, snowballstemmer.stemmer("russian"))

# Korean particles and endings. "Safe" ones rarely end a noun, so they are stripped down to a
# one-syllable stem (집에서 → 집). "Ambiguous" ones often end a noun (나이, 정도, 결과, 회의),
# so they are stripped only when two syllables remain (나이가 → 나이, but 나이 stays).
_KO_SAFE = frozenset(
    "은 는 을 를 에 에서 에게 에게서 한테 한테서 께 께서 으로 으로서 으로써 로서 로써 "
    "까지 부터 처럼 보다 마다 밖에 조차 마저 이나 이랑 랑 하고 에도 에는 에서도 에서는 "
    "으로는 으로도 이라도 라도 이든 든 다 "
    "이다 였다 이었다 입니다 였습니다 이었습니다 이에요 예요 이었어요 였어요 이고 이며 "
    "이지만 이라고 라고 인데 이라서 라서 이라는 라는 "
    "하다 했다 합니다 했습니다 해요 했어요 하고 하는 하며 하여 해서 했고 했지만 하지 "
    "되다 됐다 되었다 됩니다 되어 돼요 되는 "
    "었다 았다 었습니다 았습니다 었어요 았어요 습니다 어요 아요 었고 았고 었는데 았는데".split()
)
_KO_AMBIGUOUS = frozenset("이 가 의 도 과 와 로 만 들 야 아 여 씨 님".split())
_KO_MAX_SUFFIX = max(len(s) for s in _KO_SAFE | _KO_AMBIGUOUS)


def _strip_once(word: str) -> str | None:
    """Remove the longest allowed suffix, or return None when none applies."""
    for size in range(min(_KO_MAX_SUFFIX, len(word) - 1), 0, -1):
        suffix = word[-size:]
        if suffix in _KO_SAFE:
            return word[:-size]
        if suffix in _KO_AMBIGUOUS and len(word) - size >= 2:
            return word[:-size]
    return None


@lru_cache(maxsize=200_000)
def strip_korean(word: str) -> str:
    """Strip stacked particles/endings: 토끼들이 → 토끼, 남강무역회사는 → 남강무역회사.

    Stripping repeats until nothing applies, so a bare noun and its inflected forms reach
    the same stem even when the stem is shorter than the dictionary form.
    """
    while (shorter := _strip_once(word)) is not None:
        word = shorter
    return word


def _fold(surface: str) -> str:
    text = unicodedata.normalize("NFKC", surface).casefold()
    return unicodedata.normalize("NFC", text).replace("ё", "е")


def _drop_marks(text: str, keep_breve: bool) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(
        ch
        for ch in decomposed
        if not unicodedata.combining(ch) or (keep_breve and ch in "\u0306\u0308")
    )
    return unicodedata.normalize("NFC", kept)


def _stem_ru(word: str) -> str:
    """Snowball Russian repeated to a fixpoint, never below three letters."""
    for _ in range(4):
        shorter = _RU.stemWord(word)
        if shorter == word or len(shorter) < 3:
            break
        word = shorter
    return word


@lru_cache(maxsize=200_000)
def normalize_word(surface: str, script: str) -> str:
    """Norm of one token of ``script`` ("ko", "ru", "en", "num", "other"); may be ""."""
    folded = _fold(surface)
    if script == "en":
        folded = _EN.stemWord(_drop_marks(folded, keep_breve=False))
    elif script == "ru":
        folded = _stem_ru(_drop_marks(folded, keep_breve=True).replace("ё", "е"))
    elif script == "ko":
        folded = strip_korean(folded)
    return _UNSAFE_RE.sub("", folded)


@lru_cache(maxsize=200_000)
def fold_word(surface: str, script: str) -> str:
    """Case/width/ё folding without stemming (for prefix queries); may be ""."""
    folded = _fold(surface)
    if script in ("en", "ru"):
        folded = _drop_marks(folded, keep_breve=script == "ru").replace("ё", "е")
    return _UNSAFE_RE.sub("", folded)


def scan(text: str) -> list[tuple[int, int, str, str]]:
    """Raw (start, end, surface, script) runs of ``text``, before normalisation."""
    return [
        (m.start(), m.end(), m.group(), cast(str, m.lastgroup)) for m in TOKEN_RE.finditer(text)
    ]


def tokens(text: str) -> list[Token]:
    """Tokens of ``text`` with offsets into it; tokens whose norm is empty are dropped."""
    out: list[Token] = []
    for start, end, surface, script in scan(text):
        norm = normalize_word(surface, script)
        if norm:
            out.append(Token(start, end, surface, norm))
    return out


def index_text(text: str) -> str:
    """Space-joined norms of ``text``, for the normalised FTS5 column."""
    return " ".join(token.norm for token in tokens(text))


def query_terms(q: str) -> list[str]:
    """Norms of the words in a query string, ignoring any query syntax."""
    return [token.norm for token in tokens(q)]
