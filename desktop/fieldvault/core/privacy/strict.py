"""Strict mode: withhold every token that is not known to be safe (issue 10).

In the spirit of allow-list de-identification (Philter, UCSF 2020) this layer does not look
for what is dangerous; it keeps only what it knows to be harmless and withholds the rest:

* English and Russian words that are capitalised or proper-noun-like: a capitalised word
  inside a sentence, a sentence-initial word that is a name (English name list, Russian
  dictionary readings tagged Name/Surn/Patr/Geox/Orgn), any word not in the common
  vocabulary (transliterated names: Yong-chol, Chongjin), words of other scripts;
* Korean nouns outside the common vocabulary: proper nouns (NNP), unknown tokens, nouns not
  in the common list; the span stops before a following particle (최광철이라는 → 최광철);
* every number of three or more digits, every date (EN/KO/RU forms), phone-, ID-, e-mail-
  and address-shaped strings (the validated patterns of patterns.py are included);

unless the word is common in its language (lists shipped in ``fieldvault/data/wordlists``),
a codebook or report term (strict_vocab.py), a pseudonym code, or on the vault's allow list.
A capitalised run that holds one withheld word is withheld whole (Rungrado General Trading
Corporation), and adjacent withheld words merge into one span (Kim Yong Chol).

Categories: strict spans reuse :class:`Suggestion`. Pattern hits keep their category (PHONE,
ID, EMAIL, ADDRESS, ORG, DOB); a date is ``DATE``, another number ``NUMBER``, a word
``TERM`` (strict mode cannot tell a person from a place, and saying "PERSON" for a town
would mislead the reader). Where the normal detector found the same text, use
:func:`combine` so its more specific category wins.

Pure and thread-safe: no database, no Qt; the Korean analyser is called under its model
lock; vocabularies are loaded once per process (strict_vocab.py).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

from fieldvault.core.privacy import models
from fieldvault.core.privacy.lexicon import COMMON_CAPITALISED, KOREAN_SURNAMES_LATIN
from fieldvault.core.privacy.patterns import find_patterns
from fieldvault.core.privacy.strict_ko import korean_spans
from fieldvault.core.privacy.strict_vocab import (
    SAFE_CAPITALISED,
    codebook_terms,
    common_words,
    english_names,
    korean_surnames_cyrillic,
    russian_is_common,
    russian_is_proper,
    russian_not_a_name,
    russian_parses,
    term_keys,
)
from fieldvault.core.privacy.text import fold
from fieldvault.core.privacy.types import Suggestion
from fieldvault.core.ranges import subtract, union

AllowList = Collection[str]
SOURCE = "strict"
STRICT_CATEGORIES = ("TERM", "NUMBER", "DATE")
PSEUDONYM = re.compile(r"\b[A-Z]{1,2}-\d{3,}\b")

EN_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
RU_MONTHS = (
    r"(?:январ[ьяею]|феврал[ьяею]|март[аеу]?|апрел[ьяею]|ма[йяею]|июн[ьяею]|июл[ьяею]|"
    r"август[аеу]?|сентябр[ьяею]|октябр[ьяею]|ноябр[ьяею]|декабр[ьяею])"
)
ORD = r"(?:st|nd|rd|th)"
RU_YEAR = r"(?:\s?(?:г\.|года|году|год|гг\.))?"
DATES = (
    # 3 March 2015, 3rd of March; March 3rd, March 3, 2015; March 2015
    re.compile(rf"\b\d{{1,2}}{ORD}?(?:\sof)?\s{EN_MONTHS}(?:,?\s\d{{4}})?(?![\w])"),
    re.compile(rf"\b{EN_MONTHS}\s\d{{1,2}}{ORD}?(?:,?\s\d{{4}})?(?!\d)"),
    re.compile(rf"\b{EN_MONTHS},?\s\d{{4}}(?!\d)"),
    # 3 марта 2015 г., 3-го марта; в марте 2015 года; 1984 г.
    re.compile(rf"(?<![\w])\d{{1,2}}(?:-?го)?\s{RU_MONTHS}(?:\s\d{{4}}{RU_YEAR})?(?![\w])", re.I),
    re.compile(rf"(?<![\w]){RU_MONTHS}\s\d{{4}}{RU_YEAR}(?![\w])", re.I),
    re.compile(r"(?<![\w])\d{4}\s?(?:г\.|года|году)(?![\w])"),
    # 03.03.2015, 3/3/15, 2015-03-03
    re.compile(r"(?<![\d.])\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?![\d])"),
    re.compile(r"(?<![\d.])\d{4}[./-]\d{1,2}[./-]\d{1,2}(?![\d])"),
    # 2015년 3월 3일, 3월 3일, 2015년 3월, 2015년
    re.compile(r"(?:\d{2,4}\s?년\s?)?\d{1,2}\s?월\s?\d{1,2}\s?일"),
    re.compile(r"\d{2,4}\s?년(?:\s?\d{1,2}\s?월)?"),
)
# Digit groups joined by phone/date/ID separators; linear (separators are not digits).
NUMBER_RUN = re.compile(r"\+?\(?\d+(?:(?:[ \u00a0]?[-–./()][ \u00a0]?|[ \u00a0]\(?|,)\d+\)?)*")
LATIN_CYR_OTHER = re.compile(
    r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+(?:['’][A-Za-z\u00c0-\u024f]+)*"
    r"|[\u0400-\u04ff]+"
    r"|[^\W\d_\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+"
)
SENTENCE_END = ".!?:;\n…"
OPENERS = " \t\u00a0\"'«“„‘(—–-*•>"
SOFT_GAP = re.compile(r"[ \u00a0]?[-‐‑'’]?[ \u00a0]?|[ \u00a0]?[«»\"“”][ \u00a0]?")
INITIAL_GAP = re.compile(r"\.[ \u00a0]?")
HYPHEN = re.compile(r"[-‐‑'’]")
EN_ENDINGS = ("s", "es", "ed", "d", "ing", "er", "ers", "'s")
# Function words that start sentences; some are also romanised surnames (So, No, Do, In).
EN_FUNCTION_WORDS = frozenset(
    "a an as at be by do did does go he if in is it me my no of oh ok on or so to up us we "
    "am are was were has had have not but and yet for nor the this that then than there "
    "here who whom what when where why how i you she they our your his her its their".split()
)
RU_FUNCTION_POS = frozenset("PREP CONJ PRCL NPRO ADVB PRED INTJ".split())
CONNECTORS = frozenset("of and for the de da du la le van von".split())
# One romanised Korean syllable (McCune-Reischauer or Revised Romanisation).
ROMANISED = re.compile(
    r"(?:kk|tt|pp|ss|jj|ch|ts|[kgndtrlmbpsjh])?['’]?(?:y|w)?"
    r"(?:ae|eo|eu|oe|ui|a|e|i|o|u|ŏ|ŭ)(?:ng|[knlmpt])?"
)


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    flagged: bool
    capital: bool  # capitalised, and not a sentence's kept first word ("Then Kim")


class StrictFilter:
    """Strict mode for one vault: ``allowed`` holds the vault's allow list (any case, any
    inflection of a Russian word, a Korean word with or without its particle)."""

    def __init__(self, allowed: AllowList = ()) -> None:
        words = [a for a in allowed if len(a.split()) == 1]
        phrases = [a for a in allowed if len(a.split()) > 1]
        # A phrase is allowed only as a whole: allowing "Kim Il Sung Square" keeps "Kim"
        # elsewhere withheld.
        self.safe = codebook_terms() | frozenset(term_keys(words))
        self.phrases = _phrase_regex(phrases)

    def spans(self, text: str) -> list[Suggestion]:
        """Spans of ``text`` (NFC) to withhold, sorted and non-overlapping."""
        keep = self._kept_ranges(text)
        marks = [(s.start, s.end, s.category) for s in find_patterns(text)]
        dates = _dates(text)
        in_dates = _cover(dates)
        marks += dates + [n for n in _numbers(text) if not _inside(in_dates, n[0], n[1])]
        marks = [m for m in marks if not _inside(keep, m[0], m[1])]
        taken = _cover(marks)
        marks += self._words(text, taken, keep)
        marks += korean_spans(text, self.safe, _kiwi(), keep)
        return [Suggestion(a, b, c, text[a:b], SOURCE) for a, b, c in _merge(text, marks) if a < b]

    def _kept_ranges(self, text: str) -> list[tuple[int, int]]:
        found = [(m.start(), m.end()) for m in PSEUDONYM.finditer(text)]
        if self.phrases is not None:
            found += [(m.start(), m.end()) for m in self.phrases.finditer(text)]
        return _cover((a, b, "") for a, b in found)

    def _words(
        self, text: str, taken: list[tuple[int, int]], keep: list[tuple[int, int]]
    ) -> list[tuple[int, int, str]]:
        toks: list[_Tok] = []
        for m in LATIN_CYR_OTHER.finditer(text):
            a, b = m.start(), m.end()
            if _inside(taken, a, b) or _inside(keep, a, b):
                continue
            word = m.group()
            withheld = self._withhold(text, a, word)
            capital = word[:1].isupper() and (withheld or _joins_names(text, a, word))
            toks.append(_Tok(a, b, withheld, capital))
        toks = _spread(text, toks)
        return [(t.start, t.end, "TERM") for t in toks if t.flagged]

    def _withhold(self, text: str, start: int, word: str) -> bool:
        f = fold(word)
        if f in self.safe:
            return False
        first = word[:1]
        if "a" <= first.lower() <= "z" or "\u00c0" <= first <= "\u024f":
            return self._latin(text, start, word, f)
        if "\u0400" <= first <= "\u04ff":
            return self._cyrillic(text, start, word, f)
        return True  # a word of another script: not known to be safe

    def _latin(self, text: str, start: int, word: str, f: str) -> bool:
        base = fold(re.split(r"['’]", word)[0])  # wife's -> wife
        common = f in common_words("en") or base in common_words("en") or _english_stem(f)
        if not word[:1].isupper():
            return not common
        if _shouting(word, common):
            return False
        if word.isupper() and len(word) > 1 or not _sentence_initial(text, start):
            return f not in SAFE_CAPITALISED
        if f in EN_FUNCTION_WORDS or f in SAFE_CAPITALISED:
            return False
        return not common or base in english_names()

    def _cyrillic(self, text: str, start: int, word: str, f: str) -> bool:
        parses = russian_parses(f)
        if len(f) > 2 and any(n in self.safe for t, n in parses if "Abbr" not in t):
            return False  # an inflected form of a safe word (Уссурийске for Уссурийск)
        common = f in common_words("ru") or russian_is_common(parses)
        if not word[:1].isupper():
            return not common
        if _shouting(word, common):
            return False
        if word.isupper() and len(word) > 1 or not _sentence_initial(text, start):
            return f not in SAFE_CAPITALISED
        if russian_not_a_name(parses) or f in SAFE_CAPITALISED:
            return False  # Но, Даю: a reading that no name has
        return not common or russian_is_proper(parses) or f in korean_surnames_cyrillic()


def strict_spans(text: str, allowed: AllowList = ()) -> list[Suggestion]:
    """Spans of ``text`` strict mode withholds, given the vault's allow list."""
    return StrictFilter(allowed).spans(text)


def combine(detected: Iterable[Suggestion], strict: Iterable[Suggestion]) -> list[Suggestion]:
    """The detector's spans plus the parts of strict spans they do not cover, sorted and
    non-overlapping; the detector's (more specific) category wins where both found text."""
    found = sorted(detected, key=lambda s: (s.start, -s.end))
    kept: list[Suggestion] = []
    for s in found:
        if not kept or s.start >= kept[-1].end:
            kept.append(s)
    out = list(kept)
    spans = [(s.start, s.end) for s in kept]
    for s in strict:
        for a, b in subtract(s.start, s.end, spans):
            piece = s.text[a - s.start : b - s.start]
            if piece.strip(" \t\n,.;:-«»\"'()"):
                out.append(Suggestion(a, b, s.category, piece, s.source))
    return sorted(out, key=lambda s: s.start)


def _kiwi() -> models.LoadedModel | None:
    try:
        return models.get_model("kiwi")
    except models.ModelUnavailable:
        return None  # korean_spans then withholds every Hangul word not known to be safe


def _phrase_regex(phrases: list[str]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    parts = sorted((r"[\s\-]+".join(map(_phrase_word, p.split())) for p in phrases), key=len)
    return re.compile(r"(?<!\w)(?:" + "|".join(reversed(parts)) + r")", re.IGNORECASE)


def _phrase_word(word: str) -> str:
    """A Cyrillic word of a phrase matches in any case ending (Большой Камень, в Большом
    Камне): its first letters and any ending; other words match as written."""
    if "\u0400" <= word[:1] <= "\u04ff" and len(word) > 4:
        return re.escape(word[: max(3, len(word) - 3)]) + r"[\u0400-\u04ff]*"
    return re.escape(word)


def _dates(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), "DATE") for rx in DATES for m in rx.finditer(text)]


def _numbers(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in NUMBER_RUN.finditer(text):
        raw = m.group()
        digits = sum(c.isdigit() for c in raw)
        if digits < 3:
            continue
        a, b = m.start(), m.end()
        if raw.endswith(")") and raw.count("(") < raw.count(")"):
            b -= 1
        groups = len(re.findall(r"\d+", raw))
        phone = raw.startswith("+") or (digits >= 7 and groups >= 3)
        out.append((a, b, "PHONE" if phone else "NUMBER"))
    return out


def _joins_names(text: str, start: int, word: str) -> bool:
    """Whether a kept capitalised word joins a withheld name next to it: inside a sentence
    always; a sentence's first word unless it is a function word ("Then Kim" keeps Then;
    "Oh Ok-ho", "О Ок Тхэк", "Korea Songsan ..." join)."""
    f = fold(word)
    if f in KOREAN_SURNAMES_LATIN or f in korean_surnames_cyrillic() or len(word) == 1:
        return True
    if not _sentence_initial(text, start):
        return True
    return f not in EN_FUNCTION_WORDS and f not in COMMON_CAPITALISED and not _ru_function(f)


def _ru_function(f: str) -> bool:
    return any(t.split(",")[0].split()[0] in RU_FUNCTION_POS for t, _ in russian_parses(f))


def _shouting(word: str, common: bool) -> bool:
    """A common word of four letters or more in capitals (FICTIONAL DEMO INTERVIEW); shorter
    capitals are acronyms and are judged as names."""
    return common and len(word) >= 4 and word.isupper()


def _english_stem(f: str) -> bool:
    """A plural or inflection of a common English word (dachas, plasterers)."""
    common = common_words("en")
    return any(f.endswith(e) and f[: -len(e)] in common for e in EN_ENDINGS if len(f) > len(e) + 2)


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in OPENERS:
        i -= 1
    return i < 0 or text[i] in SENTENCE_END


def _spread(text: str, toks: list[_Tok]) -> list[_Tok]:
    """Withhold a whole hyphenated word when one part is withheld or when it has the shape
    of a romanised Korean given name (Chang-ho, Sung-ho), then a whole run of capitalised
    words when one is withheld (Korea Songsan Economic and Trading Group)."""
    out = list(toks)
    for group in _groups(text, toks, _hyphenated):
        parts = [text[toks[i].start : toks[i].end] for i in group]
        name = len(parts) > 1 and parts[0][:1].isupper() and all(map(_romanised, parts))
        capital = toks[group[0]].capital
        flagged = name or any(toks[i].flagged for i in group)
        for i in group:  # one word: Кe (Cyrillic К, Latin e) is as capitalised as Ке
            out[i] = _Tok(toks[i].start, toks[i].end, flagged or toks[i].flagged, capital)
    for group in _groups(text, out, _capital_link):
        while group and _connector(text, out[group[-1]]):
            group.pop()
        while group and _connector(text, out[group[0]]):
            group.pop(0)
        if any(out[i].flagged and out[i].capital for i in group):
            _flag(out, group)
    return out


def _groups(
    text: str, toks: list[_Tok], linked: Callable[[str, _Tok, _Tok], bool]
) -> list[list[int]]:
    groups: list[list[int]] = []
    for i, t in enumerate(toks):
        if groups and linked(text, toks[i - 1], t):
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def _hyphenated(text: str, prev: _Tok, tok: _Tok) -> bool:
    """One word: parts joined by a hyphen or apostrophe, or scripts mixed (Кe, Kimчен)."""
    gap = text[prev.end : tok.start]
    return gap == "" or HYPHEN.fullmatch(gap) is not None


def _capital_link(text: str, prev: _Tok, tok: _Tok) -> bool:
    """Capitalised words one space apart or hyphenated, with connectors (of, and) between."""
    if _hyphenated(text, prev, tok):
        return True
    if text[prev.end : tok.start] != " ":
        return False
    # After a connector only a word that is not withheld on its own joins: "Economic and
    # Trading" is one name, "Kim Yong Chol and Natalia Sorokina" are two.
    return (prev.capital and (tok.capital or _connector(text, tok))) or (
        _connector(text, prev) and tok.capital and not tok.flagged
    )


def _connector(text: str, tok: _Tok) -> bool:
    return not tok.capital and text[tok.start : tok.end] in CONNECTORS


def _flag(out: list[_Tok], group: list[int]) -> None:
    for i in group:
        t = out[i]
        out[i] = _Tok(t.start, t.end, True, t.capital)


def _romanised(part: str) -> bool:
    return ROMANISED.fullmatch(part.lower()) is not None


def _cover(marks: Iterable[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The union of ``marks`` as sorted, disjoint ranges."""
    return union((a, b) for a, b, _ in marks)


def _inside(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    """True when [a, b) lies within one of ``spans`` (sorted and disjoint)."""
    i = bisect.bisect_right(spans, (a, 1 << 62))
    return i > 0 and spans[i - 1][0] <= a and b <= spans[i - 1][1]




def _merge(text: str, marks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Overlapping marks become one (the longest mark's category); adjacent words separated
    by a space, hyphen, quote or initial's dot merge too."""
    out: list[tuple[int, int, str, int]] = []
    for a, b, cat in sorted(marks):
        if out:
            pa, pb, pc, plen = out[-1]
            overlap = a < pb
            gap = text[pb:a]
            initial = pb - pa == 1 and INITIAL_GAP.fullmatch(gap) is not None  # "J. Smith"
            words = pc == cat == "TERM" and (SOFT_GAP.fullmatch(gap) is not None or initial)
            if overlap or words:
                best = cat if b - a > plen else pc
                out[-1] = (pa, max(pb, b), best, max(plen, b - a))
                continue
        out.append((a, b, cat, b - a))
    return [(a, b, c) for a, b, c, _ in out]
