"""Korean part of strict mode: nouns outside the common vocabulary, particles left out.

A run is a sequence of noun morphemes glued together inside one word (릉라도+무역+총회사,
최광철 before 이라는). The run is withheld when one of its morphemes is a proper noun (NNP),
an unknown or foreign token (UN, SH, NF, NA), or a common noun (NNG) missing from the
common Korean list, unless the run or the morpheme is a safe term. Particles and endings are
never inside a run, so the span excludes them. Without the analyser every Hangul word whose
particle-stripped stem is not known to be safe is withheld (failing towards withholding).

Pure; the analyser is called under its model lock, so threads may share it.
"""

from __future__ import annotations

import re

from fieldvault.core.privacy import models
from fieldvault.core.privacy.lexicon import (
    KNOWN_PLACES,
    KOREAN_SURNAMES_HANGUL,
    RUSSIAN_FIRST_NAMES_HANGUL,
    RUSSIAN_SURNAME_ENDS_HANGUL,
    TITLES_HANGUL,
)
from fieldvault.core.privacy.strict_vocab import common_words
from fieldvault.core.privacy.text import KO_PARTICLES, fold, strip_particle

RUN_TAGS = frozenset("NNG NNP NNB NR XPN XSN SH UN NF NA".split())
UNKNOWN_TAGS = frozenset("SH UN NF NA".split())
HANGUL = re.compile(r"[\uac00-\ud7a3]")
HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")
GRAMMAR_TAGS = ("J", "E", "VCP", "XSV", "XSA", "SF", "SP", "SS", "SL", "SN", "SW", "W_")
NAME_TAILS = frozenset(
    "만 은 는 이 가 도 일 남 철 수 란 랑 나 아 야".split()
)  # end names, read as particles
NAMES_HANGUL = RUSSIAN_FIRST_NAMES_HANGUL
RUSSIAN_ENDS = frozenset(RUSSIAN_SURNAME_ENDS_HANGUL) - frozenset("나 야 인 진 린 닌 르".split())
# The common list holds some place names (서울, 블라디보스토크); without the analyser to tag
# them as proper nouns, the places of the study are withheld by name.
PLACES_HANGUL = frozenset(w for w in re.split(r"[|; ]", KNOWN_PLACES) if HANGUL.search(w))
SUFFIXES = frozenset("들 님 씩 쯤 째 끼리 짜리 분 적 용 생 간 별 께 네 가량 어치".split())
GLUE_TAGS = frozenset("ETM IC MM VCP".split())  # never glued to a following noun in one word
TITLES = frozenset(TITLES_HANGUL) | frozenset("작업반장 부반장 동무들 지배인".split())
PIECE_TAGS = frozenset("NNG NNP NNB NR XSN XPN".split())
NOT_NOMINAL = ("V", "E", "XSV", "XSA", "MA", "IC")
Run = tuple[int, int, bool]  # start, end, withheld
Tok = tuple[int, int, str, str]  # start, end, tag, form


def korean_spans(
    text: str,
    safe: frozenset[str],
    model: models.LoadedModel | None,
    keep: list[tuple[int, int]],
) -> list[tuple[int, int, str]]:
    """``(start, end, "TERM")`` for each Korean noun run of ``text`` to withhold; runs that
    overlap a ``keep`` range (pseudonyms, allowed phrases) are kept."""
    out: list[tuple[int, int, str]] = []
    base = 0
    for line in text.split("\n"):
        start, base = base, base + len(line) + 1
        if HANGUL.search(line) is None:
            continue
        runs = _analysed_runs(line, safe, model) if model else _plain_runs(line, safe)
        for a, b, withheld in runs:
            a, b = a + start, b + start
            if withheld and not any(s < b and a < e for s, e in keep):
                out.append((a, b, "TERM"))
    return out


def _analysed_runs(line: str, safe: frozenset[str], model: models.LoadedModel) -> list[Run]:
    with model.lock:
        toks = [
            (int(t.start), int(t.start) + int(t.len), str(t.tag), str(t.form))
            for t in model.obj.tokenize(line)
        ]
    runs: list[Run] = []
    group: list[Tok] = []
    for tok in [*toks, (len(line) + 1, len(line) + 1, "END", "")]:
        if tok[2] in RUN_TAGS and (not group or group[-1][1] == tok[0]):
            group.append(tok)
            continue
        judged = _judge(line, group, tok, safe) if group else None
        if judged is not None:
            runs.append(judged)
        group = [tok] if tok[2] in RUN_TAGS else []
    return runs + _nominal_words(line, toks, safe)


def _nominal_words(line: str, toks: list[Tok], safe: frozenset[str]) -> list[Run]:
    """Words the analyser cut into a name's pieces. Checked on every word: a Russian first
    name (이반, 올가 read as a verb), a word before or after a title (장경만 동무, 반장
    윤길택이), a piece of grammar glued to a noun (신+은+길, 오+향+금). Checked on words
    without a verb or adverb: a noun after a particle (김+은+길+을), two one-syllable pieces
    in a row (오+국+혜+가), a name ending in a particle-like syllable (정철+만+의)."""
    out: list[Run] = []
    found = list(HANGUL_WORD.finditer(line))
    first = 0  # tokens and words both run left to right: one pass over each
    for i, m in enumerate(found):
        a, b = m.start(), m.end()
        while first < len(toks) and toks[first][1] <= a:
            first += 1
        last = first
        while last < len(toks) and toks[last][0] < b:
            last += 1
        inside = toks[first:last]
        end = _always_suspect(m.group(), inside) or _by_title(line, found, i, inside)
        if end is None and inside and not any(t[2].startswith(NOT_NOMINAL) for t in inside):
            end = _name_end(m.group(), a, inside)
        if end is not None and fold(line[a : a + end]) not in safe:
            out.append((a, a + end, True))
    return out


def _always_suspect(word: str, inside: list[Tok]) -> int | None:
    stem = strip_particle(word)
    if word in NAMES_HANGUL or stem in NAMES_HANGUL:
        return len(word) if word in NAMES_HANGUL else len(stem)
    glued = any(
        p[1] == t[0] and p[2] in GLUE_TAGS and t[2].startswith("NN")
        for p, t in zip(inside, inside[1:], strict=False)
    )
    if glued and len(stem) >= 2 and not _known_noun(stem):
        return len(stem)
    return None


def _by_title(line: str, found: list[re.Match[str]], i: int, inside: list[Tok]) -> int | None:
    """A word right before a title is a name (장경만 동무에게) unless it is a pronoun or a
    common noun; a name-shaped word right after one too (작업반장 정순동이)."""
    word = found[i].group()
    nxt = found[i + 1] if i + 1 < len(found) else None
    if nxt is not None and line[found[i].end() : nxt.start()] == " " and _is_title(nxt.group()):
        if not _known_noun(word) and not any(t[2] in ("NP", "MM") for t in inside):
            return len(word)
    prev = found[i - 1] if i else None
    if prev is not None and line[prev.end() : found[i].start()] == " " and _is_title(prev.group()):
        stem = strip_particle(word)
        if _name_shaped(stem) and not _known_noun(stem):
            return len(stem)
    return None


def _is_title(word: str) -> bool:
    return word in TITLES or strip_particle(word) in TITLES or word[:-1] in TITLES


def _name_end(word: str, base: int, inside: list[Tok]) -> int | None:
    """Length of the suspect stem of ``word`` (None when it reads as ordinary words)."""
    first_j = next((i for i, t in enumerate(inside) if t[2].startswith("J")), len(inside))
    head, tail = inside[:first_j], inside[first_j:]
    if any(not t[2].startswith("J") for t in tail):  # 윤+철+만(JX)+이(MM): misread
        return len(strip_particle(word))
    ends: list[int] = []
    if any(t[2] == "MM" and t[3] in KOREAN_SURNAMES_HANGUL for t in head[:-1]):  # 한+화성
        ends.append(head[-1][1] - base)
    if _one_syllable_pieces(head):
        ends.append((head[-1][1] - base) if tail else len(strip_particle(word)))
    if len(tail) >= 2 and tail[0][3] in NAME_TAILS and tail[1][2].startswith("J"):
        ends.append(tail[0][1] - base)
    return max(ends) if ends else None


def _judge(line: str, group: list[Tok], after: Tok, safe: frozenset[str]) -> Run | None:
    if not any(HANGUL.search(t[3]) or t[2] == "SH" for t in group):
        return None
    a, b = group[0][0], group[-1][1]
    surface = fold(line[a:b])
    if surface in safe or strip_particle(surface) in safe:
        return (a, b, False)
    if not any(_unsafe(tag, form, safe) for _s, _e, tag, form in group) and (
        _known_noun(line[a:b]) or not _odd_compound(group)
    ):
        return (a, b, False)
    if after[0] == b and not after[2].startswith(GRAMMAR_TAGS):
        b = max(b, _word_end(line, b))  # the analyser cut the word oddly (파르티잔스+크)
    return (a, _without_glued_particle(line, a, _before_split_particle(line, a, b)), True)


def _before_split_particle(line: str, a: int, b: int) -> int:
    """A run that swallowed the first syllable of a particle (볼쇼이카멘에+서) ends before it."""
    m = HANGUL_WORD.match(line, b)
    rest = m.group() if m else ""
    for p in KO_PARTICLES:
        if len(p) >= 2 and b - 1 - a >= 2 and p[1:] == rest and line[b - 1] == p[0]:
            return b - 1
    return b


def _word_end(line: str, pos: int) -> int:
    m = HANGUL_WORD.match(line, pos)
    end = m.end() if m else pos
    word = line[:end].rsplit(" ", 1)[-1]
    return end - len(word) + len(strip_particle(word)) if len(word) > 2 else end


def _one_syllable_pieces(toks: list[Tok]) -> bool:
    """Two one-syllable pieces in a row (륭+성, 오+국+혜), not a counter or a plural
    (명+씩, 손+님, 다+들)."""
    return any(
        len(p[3]) == 1
        and len(t[3]) == 1
        and p[2] in PIECE_TAGS
        and t[2] in PIECE_TAGS
        and p[2] != "NNB"
        and t[3] not in SUFFIXES
        for p, t in zip(toks, toks[1:], strict=False)
    )


def _odd_compound(group: list[Tok]) -> bool:
    """How the analyser reads a name made of common syllables: a one-syllable noun glued
    after another noun (차남+일, 전향+옥), two one-syllable pieces in a row (륭+성), or a
    word of two or three syllables starting with a surname cut in pieces (윤+순은, 신호+성)."""
    pairs = list(zip(group, group[1:], strict=False))
    after_noun = any(
        len(t[3]) == 1 and t[2] in ("NNG", "NNB", "NR") and p[2].startswith("NN") for p, t in pairs
    )
    singles = _one_syllable_pieces(group)
    surface = "".join(t[3] for t in group)
    surname = len(group) > 1 and _name_shaped(surface)  # 윤+순은, 리+경영, 신호+성
    return after_noun or singles or surname


def _unsafe(tag: str, form: str, safe: frozenset[str]) -> bool:
    if tag in UNKNOWN_TAGS:
        return True
    if tag == "NNP":
        return fold(form) not in safe
    if tag == "NNG":
        return form in NAMES_HANGUL or not _known_noun(form) and fold(form) not in safe
    return False


def _known_noun(form: str) -> bool:
    """A common noun, or a compound of two common nouns of two syllables or more
    (전화+번호). One-syllable parts only make a two-syllable word that does not start with
    a surname (그+때): 홍수+일 stays a name, not a flood, and 볼+코프 a Russian surname."""
    common = common_words("ko")
    if form in common:
        return True
    if form[-1] in RUSSIAN_ENDS:
        return False  # 페트+로프 is a surname, not two common words
    shortest = 1 if len(form) == 2 and not _name_shaped(form) else 2  # 그+때, not 볼+코프
    return any(
        form[:i] in common and form[i:] in common for i in range(shortest, len(form) - shortest + 1)
    )


def _name_shaped(form: str) -> bool:
    return len(form) in (2, 3) and form[0] in KOREAN_SURNAMES_HANGUL


def _without_glued_particle(line: str, a: int, b: int) -> int:
    """A proper noun the analyser read with its particle (볼쇼이카멘에서) ends before it."""
    word = line[a:b]
    for p in KO_PARTICLES:  # only particles of two or more syllables: 이, 가 may end a name
        if len(p) >= 2 and word.endswith(p) and len(word) - len(p) >= 2:
            return b - len(p)
    return b


def _plain_runs(line: str, safe: frozenset[str]) -> list[Run]:
    runs: list[Run] = []
    common = common_words("ko")
    for m in HANGUL_WORD.finditer(line):
        word = m.group()
        stems = [word, *(word[: -len(p)] for p in KO_PARTICLES if word.endswith(p))]
        known = any((s in common and s not in PLACES_HANGUL) or s in safe for s in stems if s)
        runs.append((m.start(), m.start() + len(strip_particle(word)), not known))
    return runs
