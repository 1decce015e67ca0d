"""Named local places that are in no list, found by the words around them, and companies
written in «quotes» without a legal form.

* English: a capitalised name before a place word (the Chika market, Ugolnaya station, the
  Pervorechensky district), a name whose last word is a capitalised place word (the Second
  River), a name after "village of", "the village was" and the like.
* Russian: a name after a place word (рынок «Спортивный», на станции Седанка, село
  Кневичи), an adjective before a place noun (Спортивная гавань, возле Второй речки).
* Korean: a word glued to 시장 "market" or 역 "station" (중앙시장, 세단카역); the Korean
  recogniser adds names written before 근처/마을/시장 (ner_ko.py).
* «Восток-Строй»: a quoted run of one to three capitalised words is an organisation unless
  a place word stands before it.

The place word itself is left out of the span where it is separate (the market stays
readable), and kept where it is glued to the name. Pure and thread-safe; every regular
expression here is linear.
"""

from __future__ import annotations

import re

from fieldvault.core.privacy.lexicon import COMMON_CAPITALISED, GENERIC_PLACES, THEME_WORDS
from fieldvault.core.privacy.text import fold, korean_stems
from fieldvault.core.privacy.types import Suggestion

SOURCE = "ner:cues"
EN_PLACE_WORDS = (
    "market|bazaar|station|district|village|settlement|square|bay|island|harbour|harbor|"
    "microdistrict|quarter|embankment|peninsula|suburb"
)
EN_NAME = r"[A-Z][a-z][\w\-]{1,30}"
EN_BEFORE_WORD = re.compile(rf"(?<![\w\-])({EN_NAME}(?:\s{EN_NAME})?)\s(?:{EN_PLACE_WORDS})\b")
EN_CAPITAL_HEAD = re.compile(
    rf"(?<![\w\-])({EN_NAME}(?:\s{EN_NAME})?\s"
    r"(?:River|Bay|Island|Market|Station|Square|Harbour|Harbor|Lake|Hill|Peninsula|Cape))\b"
)
EN_AFTER_CUE = re.compile(
    rf"(?i:village|town|settlement|district|suburb|island)\s(?:of|was|is|called|named)\s"
    rf"(?:the\s)?({EN_NAME}(?:\s{EN_NAME})?)"
)
# Capitalised words that name a kind, not a place, before a place word at a sentence start.
EN_NOT_NAMES = frozenset(
    "police railway bus train fish food flea night farmers farmer black main local big small "
    "central fishing border customs metro subway taxi ferry cargo second first third next "
    "last same other whole".split()
)

RU_PLACE_WORD = (
    r"(?:рын(?:ок|ка|ке|ку|ком)|станци(?:я|и|ю|ей)|ст\.|посёл(?:ок|ка|ке|ку|ком)|"
    r"посел(?:ок|ка|ке|ку|ком)|пос\.|сел(?:о|а|е|у|ом)|с\.|деревн(?:я|и|ю|е|ей)|"
    r"район(?:а|е|у|ом)?|микрорайон(?:а|е|у|ом)?|остановк(?:а|и|у|е|ой)|бухт(?:а|ы|е|у|ой)|"
    r"остров(?:а|е|у|ом)?|пристан(?:ь|и|ью)|вокзал(?:а|е|у|ом)?|платформ(?:а|ы|е|у|ой))"
)
RU_QUOTED = r"«[^«»\n]{2,40}»"
RU_NAME = r"[А-ЯЁ][а-яё\-]{2,30}(?:\s[А-ЯЁ][а-яё\-]{2,30})?"
RU_AFTER_WORD = re.compile(
    rf"(?<![А-Яа-яЁё])(?i:{RU_PLACE_WORD})\s({RU_QUOTED}|{RU_NAME})(?![А-Яа-яЁё])"
)
RU_ADJ_NOUN = re.compile(
    r"(?<![\w\-])[А-ЯЁ][а-яё]{2,25}(?:ая|ой|ую|ий|ый|ое|ом|ей|ые|ых|ым|ого|его|ому|ему)\s"
    r"(?:гаван(?:ь|и|ью)|речк(?:а|и|е|у|ой)|бухт(?:а|ы|е|у|ой)|площад(?:ь|и|ью)|"
    r"сопк(?:а|и|е|у|ой)|пад(?:ь|и)|слобод(?:а|ы|е|у|ой)|набережн(?:ая|ой|ую)|"
    r"остров(?:а|е|у|ом)?|мыс(?:а|е|у|ом)?|рын(?:ок|ка|ке|ку|ком)|залив(?:а|е|у|ом)?|"
    r"озер(?:о|а|е|у|ом)|полуостров(?:а|е|у|ом)?|сквер(?:а|е|у|ом)?|парк(?:а|е|у|ом)?)(?![а-яё])"
)
EOJEOL = re.compile(r"[가-힣]+")
KO_NOT_MARKETS = frozenset(
    "노동 재래 도매 소매 전통 벼룩 농산물 수산물 주식 금융 부동산 외환 국내 해외 세계 자유 "
    "지역 시장 농민 중고 장마당 암 야 수산 어".split()
)
KO_NOT_STATIONS = ("무", "지", "구", "영", "전", "해", "수", "주", "반", "통", "역", "대", "서")

QUOTED_ORG = re.compile(r"«([A-ZА-ЯЁ][\w\-]{1,30}(?:\s[A-ZА-ЯЁ][\w\-]{1,30}){0,2})»")
PLACE_BEFORE_QUOTE = re.compile(rf"(?i:{RU_PLACE_WORD}|market|station)\s$")
QUOTE_NOT_NAMES = frozenset(
    fold(w)
    for w in "Да Нет Мы Я Вы Они Он Она Это Так Ну Хорошо Спасибо Здравствуйте Yes No We I "
    "You They OK".split()
)


def find_places(text: str) -> list[Suggestion]:
    """Local places and quoted organisations in ``text`` (may overlap other layers)."""
    spans: list[tuple[int, int, str]] = []
    spans.extend(_english(text))
    spans.extend(_russian(text))
    spans.extend(_korean(text))
    spans.extend(_quoted_orgs(text))
    return [Suggestion(a, b, c, text[a:b], SOURCE) for a, b, c in spans]


def _plain_name(name: str) -> bool:
    keys = [fold(w) for w in name.split()]
    return not any(k in COMMON_CAPITALISED or k in EN_NOT_NAMES for k in keys) and not all(
        k in GENERIC_PLACES or k in THEME_WORDS for k in keys
    )


def _english(text: str) -> list[tuple[int, int, str]]:
    if not re.search(r"[A-Za-z]", text):
        return []
    out: list[tuple[int, int, str]] = []
    for rx in (EN_BEFORE_WORD, EN_AFTER_CUE):
        for m in rx.finditer(text):
            if _plain_name(m.group(1)):
                out.append((m.start(1), m.end(1), "LOCATION"))
    for m in EN_CAPITAL_HEAD.finditer(text):
        head = m.group(1).rsplit(" ", 1)[0]
        if _plain_name(head) or fold(head.split()[0]) in ("second", "first", "third"):
            out.append((m.start(1), m.end(1), "LOCATION"))
    return out


def _russian(text: str) -> list[tuple[int, int, str]]:
    if not re.search(r"[А-Яа-яЁё]", text):
        return []
    out: list[tuple[int, int, str]] = []
    for m in RU_AFTER_WORD.finditer(text):
        name = m.group(1)
        if name.startswith("«") or _plain_name(name):
            out.append((m.start(1), m.end(1), "LOCATION"))
    for m in RU_ADJ_NOUN.finditer(text):
        out.append((m.start(), m.end(), "LOCATION"))
    return out


def _korean(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in EOJEOL.finditer(text):
        if "시장" not in m.group() and "역" not in m.group():
            continue
        for stem in [m.group(), *korean_stems(m.group())]:
            if _glued_place(stem):
                out.append((m.start(), m.start() + len(stem), "LOCATION"))
                break
    return out


def _glued_place(stem: str) -> bool:
    """중앙시장, 세단카역; not 노동시장 (labour market), 무역 (trade), 지역 (region)."""
    if stem.endswith("시장"):
        head = stem[:-2]
        return len(head) >= 2 and head not in KO_NOT_MARKETS
    if stem.endswith("역"):
        head = stem[:-1]
        return len(head) >= 3 and not head.endswith(KO_NOT_STATIONS)
    return False


def _quoted_orgs(text: str) -> list[tuple[int, int, str]]:
    if "«" not in text:
        return []
    out: list[tuple[int, int, str]] = []
    for m in QUOTED_ORG.finditer(text):
        first = fold(m.group(1).split()[0].split("-")[0])
        if first in QUOTE_NOT_NAMES or len(m.group(1)) < 3:
            continue
        if PLACE_BEFORE_QUOTE.search(text, max(0, m.start() - 14), m.start()):
            continue
        out.append((m.start(), m.end(), "ORG"))
    return out
