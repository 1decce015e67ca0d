"""Russian-script names, organisations and places.

``find_russian`` uses natasha (slovnet NER with navec embeddings), then repairs its usual
slips on our material: a town after в/из/под tagged ORG or PER becomes LOCATION, a Korean
name glued to a place is split off, a Korean surname before a tagged given name is added.
``find_russian_rules`` is the model-free part (Korean names written in Cyrillic: Ким Чхоль
Су) and also runs when natasha cannot load. Call natasha under the model's lock.
"""

from __future__ import annotations

import re
from typing import Any

from fieldvault.core.privacy.lexicon import (
    COMMON_CAPITALISED,
    GENERIC_PLACES,
    KOREAN_SURNAMES_CYRILLIC,
    THEME_WORDS,
)
from fieldvault.core.privacy.text import fold, words
from fieldvault.core.privacy.types import Suggestion

SOURCE = "ner:natasha"
_FOREIGN_TAIL = re.compile(r"[(\[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
RULE_SOURCE = "ner:rules-ru"
TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOCATION"}
SURNAMES = "|".join(sorted(KOREAN_SURNAMES_CYRILLIC, key=len, reverse=True))
GIVEN = r"[А-ЯЁ][а-яё]{0,7}"
KOREAN_NAME = re.compile(
    rf"(?<![\w-])(?:{SURNAMES})\s{GIVEN}(?:(?:\s|-){GIVEN}|-[а-яё]{{1,6}})?(?![\w-])"
)
AMBIGUOUS_SURNAMES = frozenset("О У Ю Ко Со Но Ни Те Чу Ян Ха Хо Ан Ке Кe Пан Ни Тё Хе Ю".split())
LOCATIVE_BEFORE = re.compile(r"(?:^|[\s(«])(?:[вВ]о?|[иИ]з|[пП]од|[нН]а|[дД]о|около|возле)\s$")
# Endings of Russian abstract and institution nouns; no first name or surname ends so
# (Санэпидемстанция, Администрация, Руководство were tagged as people).
COMMON_NOUN_ENDS = ("ция", "ции", "цию", "цией", "ство", "ства", "ству", "ством", "ние",
                    "ния", "нию", "нием", "ость", "ости", "остью")
ORG_MARKS = re.compile(r"[«\"]|\b[А-ЯЁA-Z]{2,}\b|(?i:компани|завод|банк|фирм|корпорац)")


def find_russian(text: str, model: Any) -> list[Suggestion]:
    """Entities natasha finds in ``text`` (Cyrillic only), repaired, plus the rules."""
    segmenter, tagger, limiter = model
    if limiter is None:
        doc = _tag(text, segmenter, tagger)
    else:
        with limiter.limit(limits=1, user_api="blas"):
            doc = _tag(text, segmenter, tagger)
    names = find_russian_rules(text)
    out = list(names)
    for span in doc.spans:
        category = TYPES.get(str(span.type))
        if category is None:
            continue
        for start, end in _without_names(int(span.start), int(span.stop), names):
            fixed = _repair(text, start, end, category)
            if fixed is not None:
                out.append(fixed)
    return out


def _tag(text: str, segmenter: Any, tagger: Any) -> Any:
    from natasha import Doc

    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_ner(tagger)
    return doc


def find_russian_rules(text: str) -> list[Suggestion]:
    """Korean names written in Cyrillic (Ким Чхоль Су, Пак Мён-хо)."""
    out: list[Suggestion] = []
    for m in KOREAN_NAME.finditer(text):
        parts = re.split(r"[\s-]", m.group())
        if parts[0] in AMBIGUOUS_SURNAMES and len(parts) < 3:
            continue
        if any(fold(p) in COMMON_CAPITALISED or fold(p) in GENERIC_PLACES for p in parts[1:]):
            continue
        out.append(Suggestion(m.start(), m.end(), "PERSON", m.group(), RULE_SOURCE))
    return out


def _without_names(start: int, end: int, names: list[Suggestion]) -> list[tuple[int, int]]:
    pieces = [(start, end)]
    for n in names:
        if n.start < end and start < n.end and not (n.start <= start and end <= n.end):
            pieces = [
                p
                for a, b in pieces
                for p in ((a, min(b, n.start)), (max(a, n.end), b))
                if p[1] > p[0]
            ]
    return pieces


def _repair(text: str, start: int, end: int, category: str) -> Suggestion | None:
    piece = text[start:end].strip()
    if not piece or not any("а" <= c.lower() <= "я" or c in "ёЁ" for c in piece):
        return None
    start = start + text[start:end].index(piece)
    foreign = _FOREIGN_TAIL.search(piece)  # natasha runs on past a "(" or into Hangul
    if foreign is not None:
        piece = piece[:foreign.start()].rstrip()
        if not piece:
            return None
    end = start + len(piece)
    keep = piece.rfind("»") + 1  # words inside «quotes» stay
    while piece.rfind(" ") >= keep and _loose_tail(piece.rsplit(" ", 1)[1]):
        piece = piece.rsplit(" ", 1)[0].rstrip()
        end = start + len(piece)
    keys = [fold(w.text) for w in words(piece)]
    if not keys or all(k in GENERIC_PLACES or k in THEME_WORDS for k in keys):
        return None
    if all(k in COMMON_CAPITALISED for k in keys):
        return None
    before = text[max(0, start - 6) : start]
    if category != "LOCATION" and LOCATIVE_BEFORE.search(before):
        if category == "PERSON" and len(keys) > 1:
            return Suggestion(start, end, category, piece, SOURCE)
        if not ORG_MARKS.search(piece):
            category = "LOCATION"
    if category == "PERSON" and len(keys) == 1:
        if keys[0].endswith(COMMON_NOUN_ENDS):
            return None
        start = _with_surname(text, start)
    return Suggestion(start, end, category, text[start:end], SOURCE)


def _loose_tail(word: str) -> bool:
    """A last word natasha should not have taken: lower case or not Cyrillic."""
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return word not in ("»", '"')
    return letters[0].islower() or not ("\u0400" <= letters[0] <= "\u04ff")


def _with_surname(text: str, start: int) -> int:
    """Include a Korean surname written before the tagged given name (О Хочжин)."""
    m = re.search(rf"(?<![\w-])(?:{SURNAMES})\s$", text[max(0, start - 5) : start])
    return start - len(m.group()) if m else start
