"""What strict mode trusts: common words per language, English given names, codebook and
report terms, and the Russian morphological dictionary.

Every loader runs once per process on first use (``functools.cache``) and returns immutable
data, so the results may be shared by threads. Nothing here reads case data.

Curated report terms (decided for issue 10): countries, the region of the study (Primorsky
Krai / Приморский край / 연해주, the Far East, Siberia), nationalities and languages, and the
report's own vocabulary (Party, Juche, jaesosaeng ...) are safe. Cities, towns, districts,
markets and companies are NOT: with a few dozen workers per site, a town narrows a person
down. A team that judges a town safe for its vault allows it on the vault's allow list.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

from fieldvault import data
from fieldvault.core.privacy.lexicon import (
    COMMON_CAPITALISED,
    GENERIC_PLACES,
    KNOWN_PLACES,
    KOREAN_SURNAMES_CYRILLIC,
    KOREAN_SURNAMES_LATIN,
    RUSSIAN_FIRST_NAMES_LATIN,
    THEME_WORDS,
    TITLES_LATIN,
)
from fieldvault.core.privacy.text import fold, strip_particle, words

REPORT_TERMS = frozenset(
    fold(w)
    for w in (
        "Korean Koreans Russian Russians Chinese Uzbek Uzbeks Tajik Tajiks Kazakh Soviet "
        "English Korea Koreas Russia DPRK ROK KINU Party Workers Juche Songun Chollima "
        "jaesosaeng jaetang Koryo-saram Koryoin koryo saram Primorsky Krai Primorye Maritime "
        "Province Far East Eastern Siberia Siberian North South "
        "корейский корейская корейские корейцы корейцев кореец русский русская русские "
        "русских китайский китайцы узбеки таджики советский партия партии трудовой "
        "Приморский Приморского Приморском край крае края Приморье Приморья Приморье "
        "Дальний Дальнего Дальнем Восток Востока Востоке Северная Северной Южная Южной "
        "чучхе чхоллима чэсосэн чэтхан корё-сарам "
        "러시아 조선 북한 한국 남한 중국 일본 미국 연해주 극동 시베리아 북조선 러시아연방 "
        "고려인 조선족 당 노동당 조선노동당 주체 천리마 재소생 재탕 쏘련 소련 "
        "작업반 작업반장 부반장 반장 지배인 직장장 보위원 보위부 안전원 통역원 합숙소 현장 "
        "생활총화 총화 면담자 면담 노동자 파견 계획분 남조선 interviewee interviewees "
        "respondent кимчи корё сарам аджосси"
    ).split()
)
# Terms safe only in a word's capitalised form: titles, months, days and sentence words.
SAFE_CAPITALISED = COMMON_CAPITALISED | TITLES_LATIN | GENERIC_PLACES | THEME_WORDS | REPORT_TERMS
HANGUL_RE = re.compile(r"[\uac00-\ud7a3]")
RU_PROPER_TAGS = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad")


def _read_list(name: str) -> frozenset[str]:
    text = data.path("wordlists", name).read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip())


@cache
def common_words(lang: str) -> frozenset[str]:
    """The shipped frequency list of ``lang`` ("en", "ru" or "ko"), lower case."""
    return _read_list(f"common_{lang}.txt")


@cache
def english_names() -> frozenset[str]:
    """Folded words that are also names: a capitalised one is withheld even when common."""
    places = (fold(w) for w in KNOWN_PLACES.replace(";", " ").replace("|", " ").split())
    return (
        _read_list("names_en.txt")
        | KOREAN_SURNAMES_LATIN
        | RUSSIAN_FIRST_NAMES_LATIN
        | frozenset(p for p in places if p.isascii())
    )


@cache
def korean_surnames_cyrillic() -> frozenset[str]:
    return frozenset(fold(w) for w in KOREAN_SURNAMES_CYRILLIC)


def load_codebook_names() -> list[str]:
    """Every theme name of the shipped codebook, in every language (the one place that
    knows where the codebook lives; the file is checked against its schema elsewhere)."""
    codebook = json.loads(data.path(data.CODEBOOK).read_text(encoding="utf-8"))
    return [str(v) for theme in codebook["themes"] for v in theme["name"].values()]


@cache
def codebook_terms() -> frozenset[str]:
    """Folded words of the codebook's theme names, Korean particles stripped, plus the
    curated report terms. Words of one or two letters (к, of, и) are left out: they are
    common anyway, and a capitalised "К" is an initial."""
    keys = term_keys(load_codebook_names())
    short = {k for k in keys if len(k) <= 2 and not HANGUL_RE.search(k)}
    return frozenset(keys - short) | REPORT_TERMS


def term_keys(terms: Iterable[str]) -> set[str]:
    """Folded keys of each word in ``terms``: the word, its Korean stem without a particle
    and its Russian dictionary forms, so an allowed "Уссурийск" also allows "Уссурийске"."""
    keys: set[str] = set()
    for term in terms:
        for w in words(term):
            f = fold(w.text)
            keys.add(f)
            keys.add(strip_particle(f))
            keys.update(lemma for _tag, lemma in russian_parses(f))
    return keys


@cache
def _russian_dictionary() -> Any | None:
    """pymorphy2's OpenCorpora dictionary read directly (its MorphAnalyzer does not run on
    Python 3.11); None when the package is missing."""
    try:
        import pymorphy2_dicts_ru
        from pymorphy2.opencorpora_dict import Dictionary
    except ImportError:
        return None
    d = Dictionary(pymorphy2_dicts_ru.get_path())
    return (d, d.words.compile_replaces({"е": "ё"}))


def russian_available() -> bool:
    return _russian_dictionary() is not None


@lru_cache(maxsize=131072)
def russian_parses(low: str) -> tuple[tuple[str, str], ...]:
    """(tag, normal form) of every dictionary reading of the lower-case Cyrillic ``low``;
    empty when the word is unknown or the dictionary is unavailable."""
    found = _russian_dictionary()
    if found is None or not low or not ("\u0400" <= low[0] <= "\u04ff"):
        return ()
    d, replaces = found
    out: list[tuple[str, str]] = []
    for fixed, parses in d.words.similar_items(low, replaces):
        for para, idx in parses:
            out.append(
                (str(d.build_tag_info(para, idx)), fold(d.build_normal_form(para, idx, fixed)))
            )
    return tuple(out)


def russian_is_proper(parses: tuple[tuple[str, str], ...]) -> bool:
    return any(any(t in tag for t in RU_PROPER_TAGS) for tag, _ in parses)


def russian_not_a_name(parses: tuple[tuple[str, str], ...]) -> bool:
    """True when one reading is not a noun at all (a verb, preposition, conjunction ...):
    names are nouns, so Но and Даю are not names even though a name reads the same."""
    return any(not tag.startswith("NOUN") and "Abbr" not in tag for tag, _ in parses)


def russian_is_common(parses: tuple[tuple[str, str], ...]) -> bool:
    """True when one reading is an ordinary (not proper) word."""
    return any(not any(t in tag for t in RU_PROPER_TAGS) for tag, _ in parses)
