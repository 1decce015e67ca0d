"""Validated patterns: phones, ID numbers, dates of birth, e-mail, addresses, legal forms.

Rules that need context (documented here, tested in tests/core/privacy):

* ID: a run of 6-12 digits (optionally one or two Latin/Cyrillic letters in front, groups
  split by spaces or hyphens) is an ID only when an ID word (passport, 여권, паспорт, №, ...)
  stands at most 40 characters before it on the same line. A South Korean registration
  number (YYMMDD-Nnnnnnn with a valid date) is an ID anywhere.
* DOB: a date (numeric, English, Russian, Korean forms) is a date of birth only when a birth
  word (born, birth, родился, рождения, г.р., 생년월일, 출생, 태어, 생) is at most 40
  characters before it or 15 after it on the same line. Other dates are not suggested:
  interview dates and arrival dates are not identifying on their own. A bare year counts
  only when a birth word is attached to it ("born in 1985", "1985 г.р.", "1985년생").
* PHONE: Russian +7/8 numbers need exactly 10 digits after the country prefix and a
  3/4/8/9 area digit; +850 needs 7-10 digits; +82 needs 9-10; other +CC numbers 8-15 digits;
  Korean domestic numbers need the 0xx-xxx(x)-xxxx shape; a bare local xxx-xx-xx number
  needs a phone word before it.

All regular expressions here are free of nested unbounded repetition (linear time).
Functions are pure and thread-safe.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from fieldvault.core.privacy.text import KO_PARTICLES, strip_particle
from fieldvault.core.privacy.types import Suggestion

SRC = "pattern"

PHONE_CANDIDATE = re.compile(
    r"(?<![\w+])(?:\+\s?)?\(?\d[\d \u00a0().\-]{5,22}\d(?![0-9A-Za-zА-Яа-яЁё])"
)
RU_TRUNK = re.compile(r"8[ \-]?(?:\(\d{3,4}\)|\d{3})[ \-]?\d{2,3}[ \-]?\d{2}[ \-]?\d{2}")
KR_DOMESTIC = re.compile(r"0\d{1,2}[-. ]\d{3,4}[-. ]\d{4}")
LOCAL_PHONE = re.compile(r"(?<![\w\-])\d{3}-\d{2}-\d{2}(?![\w\-])")
PHONE_WORDS = re.compile(
    r"(?i)(?:phone|tel\.?|mobile|cell|call|тел|телефон|звон|номер|전화|연락처|휴대폰|핸드폰)"
)

ID_CANDIDATE = re.compile(
    r"(?<![\w\-])(?:[A-ZА-ЯЁ]{1,2}[ \-]?)?\d{2,}(?:(?:[ \-]|\s?№\s?)\d{2,}){0,3}"
    r"(?![0-9A-Za-zА-Яа-яЁё\-])"
)
ID_WORDS = re.compile(
    r"(?i)(?:passport|pass\.|\bID\b|identity|identification|visa|permit|patent|licen[cs]e|"
    r"card|number|\bno\.|№|#|паспорт|серия|серии|номер|удостоверени|виза|визы|патент|"
    r"разрешени|ИНН|СНИЛС|миграционн|여권|번호|신분증|주민등록|외국인등록|비자|허가)"
)
RRN = re.compile(r"(?<!\d)(\d{2})(\d{2})(\d{2})-([1-8])\d{6}(?!\d)")
MONEY_AFTER = re.compile(r"\s?(?:руб|долл|\$|USD|RUB|won|원|달러|루블|dollars|rubles|roubles)")

EN_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
RU_MONTH = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
DATE_FORMS = [
    re.compile(r"(?<![\d.])(?:[0-3]?\d)[./-](?:[01]?\d)[./-](?:19|20)\d\d(?![\d])"),
    re.compile(r"(?<![\d.])(?:19|20)\d\d[./-][01]?\d[./-][0-3]?\d(?![\d])"),
    re.compile(r"(?<!\d)(?:19|20)\d\d\s?년\s?[01]?\d\s?월\s?[0-3]?\d\s?일"),
    re.compile(r"(?<!\d)(?:19|20)\d\d\s?년\s?[01]?\d\s?월"),
    re.compile(r"(?<!\d)[0-3]?\d\s" + RU_MONTH + r"\s(?:19|20)\d\d(?:\s?г\.)?"),
    re.compile(r"(?<!\d)[0-3]?\d(?:st|nd|rd|th)?\s(?:of\s)?" + EN_MONTH + r",?\s(?:19|20)\d\d"),
    re.compile(EN_MONTH + r"\s[0-3]?\d(?:st|nd|rd|th)?,?\s(?:19|20)\d\d(?!\d)"),
]
YEAR_DOB = [
    re.compile(r"(?i)\b(?:born|birth)\s(?:in\s)?((?:19|20)\d\d)\b"),
    re.compile(r"(?<!\d)((?:19|20)\d\d)\s?(?:г\.\s?р\.|года рождения|г\. рождения)"),
    re.compile(r"(?i)(?:родил(?:ся|ась)\s(?:в\s)?)((?:19|20)\d\d)(?!\d)"),
    re.compile(r"(?<!\d)((?:19|20)\d\d)년\s?(?:생|출생|에 태어)"),
]
SENTENCE_BREAK = re.compile(r"[.!?;]\s+(?=[A-ZА-ЯЁ가-힣\"«])")
BIRTH_BEFORE = re.compile(
    r"(?i)(?:born|birth|\bDOB\b|d\.o\.b|родил|рожд|г\.\s?р\.|д\.\s?р\.|생년월일|출생|태어)"
)
BIRTH_AFTER = re.compile(
    r"^(?:\s?(?:생|출생|г\.\s?р\.|года рождения|г\. рождения)|[^\n]{0,12}태어)"
)

# Cheap literal searches that decide where (or whether) the slower patterns run.
BIRTH_GATE = re.compile(
    r"born|birth|dob|d\.o\.b|родил|рожд|г\.\s?р\.|д\.\s?р\.|생년월일|출생|태어|[년일]\s?생"
)
ID_GATE = re.compile(
    r"passport|pass\.|id|identi|visa|permit|patent|licen|card|number|no\.|№|#|паспорт|сери|"
    r"номер|удостоверени|виз|патент|разрешени|инн|снилс|миграционн|여권|번호|신분증|주민등록|"
    r"외국인등록|비자|허가"
)
ORG_GATE = re.compile(
    r"ООО|ЗАО|ОАО|ПАО|НАО|АО|ИП|ГУП|МУП|ТОО|ЧП|НКО|주식회사|유한회사|\(주\)|㈜|"
    r"OOO|ZAO|OAO|LLC|JSC|Ltd|Co\.|Inc\.|Corp"
)
EMAIL = re.compile(
    r"(?<![\w.+\-])[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){1,6}"
)

RU_STREET = (
    r"(?<![А-Яа-яЁё])(?:ул\.|улиц(?:а|е|у|ы|ей)|пр-т|просп\.|проспект(?:а|е|у|ом)?|пер\.|"
    r"переул(?:ок|ка|ке|ку)|ш\.|шоссе|б-р|бульвар(?:а|е|у)?|наб\.|набережн(?:ая|ой|ую)|"
    r"пл\.|площад(?:ь|и|ью)|мкр\.?|микрорайон(?:а|е|у)?)(?![А-Яа-яЁё])"
)
RU_HOUSE = (
    r"(?:,?\s(?:д\.|дом)\s?\d{1,4}[а-я]?(?:/\d{1,4})?|,?\s\d{1,4}[а-я]?(?:/\d{1,4})?"
    r"(?![\d\-]|\s?(?:лет|год|раз|челов|минут|час|дн|рубл|долл|тысяч|%|км|м\b)))"
)
RU_FLAT = r"(?:,?\s(?:корп\.|к\.|стр\.)\s?\d{1,3})?(?:,?\s(?:кв\.|квартира|комн\.)\s?\d{1,4})?"
RU_ADDRESS = re.compile(
    r"(?:(?:г\.|город|пос\.|с\.)\s?[А-ЯЁ][а-яё\-]{1,30},?\s)?"
    + RU_STREET
    + r"\s?[А-ЯЁ0-9][\w\-]{0,30}(?:\s[А-ЯЁ][\w\-]{0,30}){0,2}"
    + RU_HOUSE
    + "?"
    + RU_FLAT
)
# The name before the street word (Семёновская улица, 5; на Алеутской улице, д. 3): an
# ADDRESS only with its house number.
RU_ADDRESS_NAME_FIRST = re.compile(
    r"(?<![\w])[А-ЯЁ][а-яё\-]{2,30}(?:ая|ой|ую|ий|ый|ом|ем)\s" + RU_STREET + RU_HOUSE + RU_FLAT
)
# A road name with its building number (해운대로 123, 중앙로 45번길 6), optionally after a
# city and districts (부산 해운대구 ...). After the number only a particle, punctuation or
# a space may follow (not a counter: 로 3명, 길 5분).
KO_ROAD = (
    r"(?<![가-힣0-9])[가-힣0-9]{1,15}(?<![으])(?:로|길)(?:\s?\d{1,4}(?:번)?길)?\s?\d{1,5}(?:-\d{1,4})?"
    r"(?=[\s,.;:)\]」』]|이|에|의|로|으로|였|$)"
)
# First-level divisions of South Korea in their short form (부산 해운대구 ...).
KO_PROVINCES = (
    r"(?<![가-힣])(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|"
    r"경북|경남|제주)"
)
KO_ADDRESS = re.compile(
    r"(?:" + KO_PROVINCES + r"\s(?=[가-힣]{1,10}(?:시|군|구)\s))?"
    r"(?:[가-힣]{1,10}(?:특별시|광역시|특별자치시|특별자치도|도|시)\s)?"
    r"(?:[가-힣]{1,10}(?:시|군|구)\s){0,2}"
    r"(?:[가-힣]{1,10}(?:읍|면|동)\s)?"
    + KO_ROAD
    + r"(?:,?\s?(?:[가-힣]{1,10}아파트\s?)?\d{1,4}동\s?\d{1,5}호)?"
)
# A foreign street written in Hangul with 거리 "street" (키로바 거리 14번지).
KO_STREET_ADDRESS = re.compile(
    r"(?<![가-힣])[가-힣]{2,12}\s?거리\s?\d{1,4}(?:-\d{1,4})?(?:번지)?(?![\d명개원시년월일분층])"
)
EN_STREET = r"(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Lane|Boulevard|Blvd\.|Prospekt|Ulitsa|Drive)"
# The town right after a street address ("Kirova Street 14, Artyom."), when the clause
# ends or lower-case words go on ("..., Vladivostok in the spring").
EN_TOWN_AFTER = r"(?:,\s[A-Z][a-z\-]{2,30}(?=[.,;:!?)\n]|$|\s[a-z]))?"
EN_ADDRESS = [
    re.compile(
        r"(?<![\w])\d{1,5}[A-Za-z]?,?\s(?:[A-Z][\w\-]{0,30}\s){1,3}"
        + EN_STREET
        + r"(?:,?\s(?:apt\.?|apartment|flat|room|unit)\s?\d{1,5})?"
        + EN_TOWN_AFTER
    ),
    re.compile(
        r"(?<![\w])(?:[A-Z][\w\-]{0,30}\s){1,3}"
        + EN_STREET
        + r",?\s(?:No\.\s?)?\d{1,5}[A-Za-z]?(?![\w])"
        r"(?:,?\s(?:apt\.?|apartment|flat|room|unit)\s?\d{1,5})?"
        + EN_TOWN_AFTER
    ),
    re.compile(
        r"(?<![\w])ul\.\s?[A-Z][\w\-]{0,30}(?:\s[A-Z][\w\-]{0,30})?,?\s(?:d\.\s?)?\d{1,5}"
        r"(?:,?\s(?:kv\.|apt\.?)\s?\d{1,5})?"
    ),
]

ADDRESS_GATES = [
    (
        re.compile(
            r"ул\.|улиц|пр-т|просп|пер\.|переул|ш\.|шоссе|б-р|бульвар|наб|пл\.|площад|мкр|микрор"
        ),
        [RU_ADDRESS, RU_ADDRESS_NAME_FIRST],
    ),
    (re.compile(r"[로길]\s?\d"), [KO_ADDRESS]),
    (re.compile(r"거리\s?\d"), [KO_STREET_ADDRESS]),
    (
        re.compile(
            r"Street|St\.|Avenue|Ave\.|Road|Rd\.|Lane|Boulevard|Blvd\.|Prospekt|Ulitsa|Drive|ul\."
        ),
        EN_ADDRESS,
    ),
]
RU_LEGAL = r"(?:ООО|ЗАО|ОАО|ПАО|НАО|АО|ГУП|МУП|ФГУП|ТОО|ЧП|НКО)"
QUOTED = r"[«\"„“][^«»\"“”\n]{1,60}[»\"“”]"
KO_FORM_AFTER = re.compile(
    r"(?<![가-힣])[가-힣A-Za-z0-9]{0,19}[가-힣A-Za-z0-9](?<![은는을를의에와과로])"
    r"\s?(?:주식회사|유한회사|\(주\)|㈜)"
)
NEXT_WORD = re.compile(r"\s?([가-힣A-Za-z0-9]*)")
ORG_FORMS = [
    re.compile(r"(?<![\w])" + RU_LEGAL + r"\s?" + QUOTED),
    re.compile(r"(?<![\w])" + RU_LEGAL + r"\s[A-ZА-ЯЁ][\w\-]{1,30}(?:\s[A-ZА-ЯЁ][\w\-]{1,30})?"),
    re.compile(r"(?<![\w])ИП\s[А-ЯЁ][а-яё]{1,30}(?:\s[А-ЯЁ]\.\s?[А-ЯЁ]\.)?"),
    re.compile(r"(?:주식회사|유한회사|\(주\)|㈜)\s?[가-힣A-Za-z0-9]{1,20}"),
    KO_FORM_AFTER,
    re.compile(
        r"(?<![\w])(?:[A-Z][\w&\-]{0,30}\s){1,4}"
        r"(?:Co\.,?\s?Ltd\.?|Co\.|Ltd\.?|LLC|JSC|OOO|ZAO|Inc\.|Corp\.|Corporation)"
    ),
    re.compile(r"(?<![\w])(?:OOO|ZAO|OAO|LLC|JSC)\s?" + QUOTED),
    re.compile(r"(?<![\w])(?:OOO|ZAO|OAO|JSC)\s[A-Z][\w\-]{1,30}(?:\s[A-Z][\w\-]{1,30})?"),
]


def find_patterns(text: str) -> list[Suggestion]:
    """Every pattern suggestion in ``text`` (may overlap; the clean-up step resolves)."""
    out: list[Suggestion] = []
    for category, spans in (
        ("EMAIL", _emails(text)),
        ("PHONE", _phones(text)),
        ("ID", _ids(text)),
        ("DOB", _dobs(text)),
        ("ADDRESS", _addresses(text)),
        ("ORG", _orgs(text)),
    ):
        for start, end in spans:
            out.append(Suggestion(start, end, category, text[start:end], SRC))
    return out


def _emails(text: str) -> Iterator[tuple[int, int]]:
    for m in EMAIL.finditer(text):
        end = m.end()
        while text[end - 1] in ".-":
            end -= 1
        yield m.start(), end


def _phones(text: str) -> Iterator[tuple[int, int]]:
    full: list[tuple[int, int]] = []
    for m in PHONE_CANDIDATE.finditer(text):
        raw = m.group()
        start = m.start() + (1 if raw.startswith("(") and ")" not in raw[:6] else 0)
        if _valid_phone(text[start : m.end()]):
            full.append((start, m.end()))
    yield from full
    for m in LOCAL_PHONE.finditer(text):
        inside = any(a <= m.start() < b for a, b in full)
        if not inside and PHONE_WORDS.search(_line_before(text, m.start(), 30)):
            yield m.start(), m.end()


def _valid_phone(raw: str) -> bool:
    digits = re.sub(r"\D", "", raw)
    if raw.startswith("+"):
        return _valid_international(digits)
    if raw.count("(") != raw.count(")"):
        return False
    if len(digits) == 11 and digits[0] == "8" and digits[1] in "3489":
        groups = len(re.split(r"[ \-()]+", raw.strip(" ()")))
        return raw.isdigit() or (RU_TRUNK.fullmatch(raw) is not None and groups >= 4)
    if KR_DOMESTIC.fullmatch(raw):
        return True
    return len(digits) == 10 and raw.startswith("(") and digits[0] in "3489"


def _valid_international(digits: str) -> bool:
    if digits.startswith("7"):
        return len(digits) == 11 and digits[1] in "3489"
    if digits.startswith("850"):
        return 10 <= len(digits) <= 13
    if digits.startswith("82"):
        return 11 <= len(digits) <= 12
    return 8 <= len(digits) <= 15


def _ids(text: str) -> Iterator[tuple[int, int]]:
    for m in RRN.finditer(text):
        if _valid_month_day(int(m.group(2)), int(m.group(3))):
            yield m.start(), m.end()
    for a, b in _windows(text, ID_GATE, 0, 60):
        yield from _ids_in(text, a, b)


def _ids_in(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    for m in ID_CANDIDATE.finditer(text, a, b):
        digits = sum(c.isdigit() for c in m.group())
        if not 6 <= digits <= 12 or RRN.fullmatch(m.group()):
            continue
        if MONEY_AFTER.match(text, m.end()) or _valid_phone(m.group()):
            continue
        if ID_WORDS.search(_line_before(text, m.start(), 40)):
            yield m.start(), m.end()


def _valid_month_day(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31


def _dobs(text: str) -> Iterator[tuple[int, int]]:
    for a, b in _windows(text, BIRTH_GATE, 60, 80):
        yield from _dobs_in(text, a, b)


def _dobs_in(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    seen: list[tuple[int, int]] = []
    for rx in DATE_FORMS:
        for m in rx.finditer(text, a, b):
            if any(s <= m.start() < e for s, e in seen):
                continue
            if _birth_context(text, m.start(), m.end()) and _plausible_date(m.group()):
                seen.append((m.start(), m.end()))
    for rx in YEAR_DOB:
        for m in rx.finditer(text, a, b):
            if not any(s <= m.start(1) < e for s, e in seen):
                seen.append((m.start(1), m.end(1)))
    yield from seen


def _plausible_date(raw: str) -> bool:
    nums = [int(n) for n in re.findall(r"\d+", raw)]
    if len(nums) == 3 and not re.search(r"[A-Za-zА-Яа-я년]", raw):
        day, month = (nums[2], nums[1]) if nums[0] > 31 else (nums[0], nums[1])
        return _valid_month_day(month, day)
    return True


def _birth_context(text: str, start: int, end: int) -> bool:
    before = SENTENCE_BREAK.split(_line_before(text, start, 40))[-1]
    if BIRTH_BEFORE.search(before):
        return True
    after = text[end : end + 15].split("\n", 1)[0]
    return BIRTH_AFTER.match(after) is not None


def _addresses(text: str) -> Iterator[tuple[int, int]]:
    for gate, regexes in ADDRESS_GATES:
        if gate.search(text):
            for rx in regexes:
                for m in rx.finditer(text):
                    yield m.start(), m.end()


def _orgs(text: str) -> Iterator[tuple[int, int]]:
    if not ORG_GATE.search(text):
        return
    for rx in ORG_FORMS:
        for m in rx.finditer(text):
            if rx is KO_FORM_AFTER and _name_follows(text, m.end()):
                continue
            yield m.start(), _strip_korean_tail(text, m.start(), m.end())


def _name_follows(text: str, pos: int) -> bool:
    """A name right after a legal form: in "따르면 (주)동방건설" the organisation is the
    second part. A particle after the form (주식회사는) is not a name."""
    m = NEXT_WORD.match(text, pos)
    word = m.group(1) if m else ""
    return word != "" and word not in KO_PARTICLES and strip_particle(word) not in KO_PARTICLES


def _strip_korean_tail(text: str, start: int, end: int) -> int:
    """End of an organisation name without a Korean particle or copula (동방건설이었다)."""
    if not "가" <= text[end - 1] <= "힣":
        return end
    head = text[start:end]
    cut = head.rfind(" ") + 1
    word = head[cut:]
    if word in ("주식회사", "유한회사") or len(word) <= 2:
        return end
    return start + cut + len(strip_particle(word))


def _windows(text: str, gate: re.Pattern[str], before: int, after: int) -> list[tuple[int, int]]:
    """Merged windows around each match of ``gate`` (searched in the lower-cased text, a
    superset of the real context words): the slower patterns only run there."""
    out: list[tuple[int, int]] = []
    for m in gate.finditer(text.lower()):
        a, b = max(0, m.start() - before), min(len(text), m.end() + after)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _line_before(text: str, pos: int, width: int) -> str:
    chunk = text[max(0, pos - width) : pos]
    return chunk.rsplit("\n", 1)[-1]
