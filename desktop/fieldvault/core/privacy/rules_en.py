"""Light English recogniser for names in Latin script (romanised Korean and Russian names,
company names, places after a preposition). No model: capitalised-word runs and grammars.

Pure and thread-safe.
"""

from __future__ import annotations

import re

from fieldvault.core.privacy.lexicon import (
    COMMON_CAPITALISED,
    ENGLISH_FIRST_NAMES,
    KNOWN_PLACES,
    KOREAN_SURNAMES_LATIN,
    ORG_HEADS_LATIN,
    ORG_STARTS_LATIN,
    PLACE_PREPOSITIONS,
    RUSSIAN_FIRST_NAMES_LATIN,
    RUSSIAN_SURNAME_SUFFIXES,
    THEME_WORDS,
    TITLES_LATIN,
)
from fieldvault.core.privacy.text import Word, fold, word_script, words
from fieldvault.core.privacy.types import Suggestion

SOURCE = "ner:rules-en"
LEGAL_PREFIXES = frozenset({"ooo", "zao", "oao", "pao", "jsc", "ojsc", "cjsc"})
AMBIGUOUS_SURNAMES = frozenset({"an"})  # also an article: "An Manhwa" vs "An hour"
KOREAN_LOCATIVE = ("에서", "에", "으로", "로", "까지", "부터")
HYPHENS = ("-", "\u2010", "\u2011")
CONNECTORS = frozenset({"of", "and", "&", "for", "de"})
SYLLABLE = re.compile(
    r"(?:[bcdghjklmnprstwy]{0,3}(?:ae|ai|eo|eu|oe|ui|ya|yo|yu|ye|yae|yeo|wa|wo|wi|we|wae|"
    r"a|e|i|o|u)(?:ng|k|n|t|l|m|p|r|ll)?)"
)
GIVEN_NAME = re.compile(rf"{SYLLABLE.pattern}{{1,3}}")
SENTENCE_END = re.compile(r"(?:^|[.!?:;\n\"“«(\[]|—|–)\s*$")


def find_english(text: str) -> list[Suggestion]:
    """Names found in the Latin-script words of ``text``."""
    toks = [w for w in words(text) if word_script(w.text) == "latin"]
    out: list[Suggestion] = []
    for run in _runs(text, toks):
        for part in _split_connectors(run):
            found = _classify(text, part)
            if found is not None:
                start, end, category = found
                out.append(Suggestion(start, end, category, text[start:end], SOURCE))
    return out


def _split_connectors(run: list[Word]) -> list[list[Word]]:
    """Organisation names keep "of"/"and" (Ministry of Land and ...); others split there."""
    keys = [fold(w.text) for w in run]
    if keys[-1] in ORG_HEADS_LATIN or keys[0] in ORG_STARTS_LATIN:
        return [run]
    parts: list[list[Word]] = [[]]
    for w, k in zip(run, keys, strict=True):
        if k in CONNECTORS:
            parts.append([])
        else:
            parts[-1].append(w)
    return [p for p in parts if p]


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _runs(text: str, toks: list[Word]) -> list[list[Word]]:
    """Maximal runs of capitalised words joined by spaces or hyphens (Chol-su kept whole)."""
    runs: list[list[Word]] = []
    cur: list[Word] = []
    for i, w in enumerate(toks):
        gap = text[cur[-1].end : w.start] if cur else ""
        glued = bool(cur) and gap in ("-", "\u2010", "\u2011")
        spaced = bool(cur) and gap in (" ", "\u00a0")
        nxt_cap = i + 1 < len(toks) and _is_cap(toks[i + 1].text)
        after_head = bool(cur) and fold(cur[-1].text) in ORG_HEADS_LATIN
        joins = _is_cap(w.text) or (w.text in CONNECTORS and nxt_cap and not after_head)
        if cur and (glued or (spaced and joins)):
            cur.append(w)
            continue
        if cur:
            runs.append(cur)
        cur = [w] if _is_cap(w.text) else []
    if cur:
        runs.append(cur)
    return [_trim(r) for r in runs if _trim(r)]


def _trim(run: list[Word]) -> list[Word]:
    while run and (fold(run[-1].text) in CONNECTORS):
        run = run[:-1]
    return run


def _classify(text: str, run: list[Word]) -> tuple[int, int, str] | None:
    if fold(run[0].text) in LEGAL_PREFIXES and len(run) > 1:
        return run[0].start, _end_without_possessive(run[-1]), "ORG"
    first = fold(run[0].text)
    if first not in COMMON_CAPITALISED or first in AMBIGUOUS_SURNAMES:
        for size in (4, 3, 2):
            if len(run) >= size and _korean_name(run[:size], text):
                return run[0].start, _end_without_possessive(run[size - 1]), "PERSON"
    titled = False
    while run and fold(run[0].text) in COMMON_CAPITALISED:
        if fold(run[0].text) in ORG_STARTS_LATIN and len(run) > 1:
            break
        titled = titled or fold(run[0].text) in TITLES_LATIN
        run = run[1:]
    if not run or all(fold(w.text) in THEME_WORDS for w in run):
        return None
    titled = titled or _title_before(text, run[0].start)
    keys = [_key(w) for w in run]
    start, end = run[0].start, _end_without_possessive(run[-1])
    if keys[-1] in ORG_HEADS_LATIN or (keys[0] in ORG_STARTS_LATIN and len(keys) > 1):
        return start, end, "ORG"
    if _korean_name(run, text) or _russian_name(keys) or _english_name(keys):
        return start, end, "PERSON"
    if titled and len(keys) <= 3:
        return start, end, "PERSON"
    if (len(keys) == 1 and keys[0] in RUSSIAN_FIRST_NAMES_LATIN) or _lone_given(text, run):
        return start, end, "PERSON"
    if _placeish(keys) and (
        _after_place_preposition(text, run[0].start) or text.startswith(KOREAN_LOCATIVE, end)
    ):
        return start, end, "LOCATION"
    return None


def _key(word: Word) -> str:
    return fold(word.text[: _end_without_possessive(word) - word.start])


def _end_without_possessive(word: Word) -> int:
    for tail in ("'s", "’s"):
        if word.text.endswith(tail):
            return word.end - len(tail)
    return word.end


def _korean_name(run: list[Word], text: str) -> bool:
    keys = [_key(w) for w in run]
    if len(keys) < 2 or keys[0] not in KOREAN_SURNAMES_LATIN:
        return False
    given = keys[1:]
    # A hyphenated given name (So-un, On-ju) is a name even when a syllable is a word.
    hyphenated = len(run) >= 3 and all(
        text[a.end : b.start] in HYPHENS for a, b in zip(run[1:], run[2:], strict=False)
    )
    common = COMMON_CAPITALISED if not hyphenated else frozenset()
    if len(given) > 3 or any(k in common or k in NOT_GIVEN for k in given):
        return False
    joined = "".join(given)
    return len(joined) <= 12 and GIVEN_NAME.fullmatch(joined) is not None


NOT_GIVEN = RUSSIAN_FIRST_NAMES_LATIN | frozenset(
    fold(w) for group in KNOWN_PLACES.split("|") for w in group.replace(";", " ").split()
)


def _lone_given(text: str, run: list[Word]) -> bool:
    """A romanised Korean given name on its own, hyphenated: Sung-ho, Chol-su."""
    if len(run) != 2 or text[run[0].end : run[1].start] not in ("-", "\u2010", "\u2011"):
        return False
    return all(SYLLABLE.fullmatch(_key(w)) for w in run) and _key(run[0]) not in NOT_GIVEN


def _russian_name(keys: list[str]) -> bool:
    if not 2 <= len(keys) <= 3:
        return False
    if keys[0] in RUSSIAN_FIRST_NAMES_LATIN:
        return True
    return keys[-1].endswith(RUSSIAN_SURNAME_SUFFIXES) and len(keys[-1]) > 4


def _english_name(keys: list[str]) -> bool:
    """John Smith, Mary Ann Johnson: a frequent given name and capitalised words after it."""
    if not 2 <= len(keys) <= 3 or keys[0] not in ENGLISH_FIRST_NAMES:
        return False
    return not any(k in COMMON_CAPITALISED or k in NOT_GIVEN for k in keys[1:])


def _title_before(text: str, start: int) -> bool:
    before = text[max(0, start - 14) : start].rstrip(" .\u00a0")
    last = before.rsplit(" ", 1)[-1] if before else ""
    return fold(last) in TITLES_LATIN


def _after_place_preposition(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start]
    if SENTENCE_END.search(before):
        return False
    last = before.rstrip().rsplit(" ", 1)[-1]
    return last.lower() in PLACE_PREPOSITIONS


def _placeish(keys: list[str]) -> bool:
    if any(k in COMMON_CAPITALISED for k in keys):
        return False
    return len(keys) <= 3
