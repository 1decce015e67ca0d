"""Word tokens, folding and inflection-tolerant keys used by the gazetteer and the rules.

All functions are pure and thread-safe.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# A word never spans two scripts: "Chongjin에서" is Chongjin + 에서.
WORD_RE = re.compile(
    r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff0-9]+(?:['’][A-Za-z\u00c0-\u024f0-9]+)*"
    r"|[\u0400-\u04ff0-9]+(?:['’][\u0400-\u04ff]+)*"
    r"|[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f0-9]+"
    r"|[^\W_]+"
)
SOFT_SEP_RE = re.compile(r"[ \t\u00a0]*[-\u2010\u2011]?[ \t\u00a0]*|[ \t]*\r?\n[ \t]*")

# Russian case and adjective endings, longest first; a stem keeps at least 3 letters.
RU_ENDINGS: tuple[str, ...] = tuple(
    sorted(
        "ами ями ого его ому ему ыми ими ой ей ом ем ым им ых их ах ях ам ям ою ею ую юю "
        "ая яя ое ее ые ие ий ый а я у ю е ы и о ь й".split(),
        key=len,
        reverse=True,
    )
)
# Korean particles and honorifics that attach to a name; up to two may stack (씨가, 에서는).
KO_PARTICLES: tuple[str, ...] = tuple(
    sorted(
        "은 는 이 가 을 를 의 에 에서 에게 에게서 께 께서 와 과 로 으로 도 만 랑 이랑 하고 "
        "한테 한테서 까지 부터 처럼 보다 이나 나 이며 며 씨 님 동무 동지 아 야 이다 였다 이었다 "
        "라는 이라는 라고 이라고 네 들 입니다 이었습니다 였습니다 에서는 에서도 에는".split(),
        key=len,
        reverse=True,
    )
)
NOUN_ENDINGS = frozenset("а я у ю ом ем ой ей ою ею е и ы ах ях ам ям ами ями ов ев ым".split())
LATIN_POSSESSIVE = ("'s", "’s", "'", "’")
FLEETING = re.compile(r"^(.*[^аеёиоуыэюя])[еоё]([бвгджзклмнпрстфхцчшщ])$")


@dataclass(frozen=True)
class Word:
    """A word token: ``text[start:end]``."""

    start: int
    end: int
    text: str


def words(text: str) -> list[Word]:
    """Split ``text`` into word tokens (letters and digits, inner apostrophes kept)."""
    return [Word(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]


def is_soft_gap(gap: str) -> bool:
    """True when ``gap`` (text between two words) may sit inside one name."""
    if gap == " ":
        return True
    return gap != "" and SOFT_SEP_RE.fullmatch(gap) is not None


def script_of(ch: str) -> str:
    """Return ``"hangul"``, ``"cyrillic"``, ``"latin"`` or ``"other"`` for one character."""
    o = ord(ch)
    if 0xAC00 <= o <= 0xD7A3 or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
        return "hangul"
    if 0x0400 <= o <= 0x04FF:
        return "cyrillic"
    if ch.isascii() and ch.isalpha():
        return "latin"
    if 0x00C0 <= o <= 0x024F or 0x1E00 <= o <= 0x1EFF:
        return "latin"
    return "other"


def word_script(word: str) -> str:
    """Script of the first letter of ``word`` (``"other"`` for digits only)."""
    for ch in word:
        if ch.isalpha():
            return script_of(ch)
    return "other"


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Comparison key: casefold, ё→е, Latin accents (ŏ, ŭ) and apostrophes dropped."""
    low = word.casefold().replace("ё", "е")
    if word_script(word) != "latin":
        return low
    plain = unicodedata.normalize("NFD", low)
    return "".join(c for c in plain if c.isalnum())


@lru_cache(maxsize=65536)
def stems(word: str) -> tuple[tuple[str, int], ...]:
    """Keys a word may match under, each with how many characters of the word it covers.

    The first key is always the plain folded word. Russian endings stay inside the covered
    part (``Уссурийске`` is a place name); Korean particles and English possessives do not
    (``김철수는`` covers ``김철수``).
    """
    script = word_script(word)
    out: dict[str, int] = {fold(word): len(word)}
    if script == "cyrillic":
        for key in russian_keys(fold(word)):
            out.setdefault(key, len(word))
    elif script == "hangul":
        for stem in korean_stems(word):
            out.setdefault(stem, len(stem))
    elif script == "latin":
        for tail in LATIN_POSSESSIVE:
            if word.endswith(tail) and len(word) > len(tail) + 1:
                base = word[: -len(tail)]
                out.setdefault(fold(base), len(base))
    return tuple(out.items())


def russian_keys(low: str) -> list[str]:
    """Keys of an inflected Cyrillic word: ``s:`` + stem for any ending, ``n:`` + stem for a
    noun case ending. Keeping them apart stops a derived adjective (Уссурийский) from
    matching the town (Уссурийск) while Уссурийске still does."""
    keys: list[str] = []
    for e in RU_ENDINGS:
        if low.endswith(e) and len(low) - len(e) >= 3:
            keys.append("s:" + low[: -len(e)])
            if e in NOUN_ENDINGS:
                keys.append("n:" + low[: -len(e)])
    return keys


def russian_entry_keys(low: str) -> list[str]:
    """Keys of a registered (nominative) Cyrillic word, fleeting vowels included
    (Камень matches Камне)."""
    if low[-1:] not in "аеёиоуыэюяйь":
        keys = ["n:" + low]
        m = FLEETING.match(low)
        if m and len(m.group(1)) >= 2:
            keys.append("n:" + m.group(1) + m.group(2))
        return keys
    stems_found = [low[: -len(e)] for e in RU_ENDINGS if low.endswith(e) and len(low) - len(e) >= 3]
    for stem in list(stems_found):
        m = FLEETING.match(stem)
        if m and len(m.group(1)) >= 2:
            stems_found.append(m.group(1) + m.group(2))
    return ["s:" + stem for stem in stems_found]


def korean_stems(word: str) -> list[str]:
    """The word with up to two trailing particles removed, keeping two syllables at least."""
    found: list[str] = []
    frontier = [word]
    for _ in range(2):
        nxt: list[str] = []
        for w in frontier:
            for p in KO_PARTICLES:
                if w.endswith(p) and len(w) - len(p) >= 2:
                    nxt.append(w[: -len(p)])
        found.extend(nxt)
        frontier = nxt
    return found


def strip_particle(word: str) -> str:
    """``word`` without its longest trailing particle (동방건설이었다 → 동방건설)."""
    for p in KO_PARTICLES:
        if word.endswith(p) and len(word) - len(p) >= 2:
            return word[: -len(p)]
    return word
