"""Seeded generator of labelled synthetic interview transcripts (EN, KO, RU and mixed).

Every identifying span is labelled with the conventions of fieldvault.core.privacy:
PERSON/LOCATION spans include Russian case endings but not Korean particles, titles or an
English possessive; ORG spans include the legal form and «quotes»; ID spans are the number
(with a letter prefix) without "№"/"No."; a year-only date of birth is the year alone.
Decoys that must NOT be flagged are mixed in: pseudonym codes (W-017), theme words
(rabbits, 토끼, кролики, the Party), countries, money, counts and non-birth dates.

Two template sets: "tune" (used while writing the detector) and "heldout" (used by
pii_eval.py with another seed). Some places appear only in the held-out set.

    python bench/pii_corpus.py --split heldout --seed 7 --docs 3   # print samples
"""

from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass, field

# --- people -------------------------------------------------------------------------------

# (hangul, romanised spellings, cyrillic)
KO_SURNAMES = [
    ("김", ["Kim"], "Ким"),
    ("리", ["Ri", "Lee"], "Ли"),
    ("박", ["Pak", "Park"], "Пак"),
    ("최", ["Choe", "Choi"], "Цой"),
    ("정", ["Jong", "Chong"], "Чон"),
    ("강", ["Kang"], "Кан"),
    ("조", ["Jo", "Cho"], "Чо"),
    ("윤", ["Yun"], "Юн"),
    ("장", ["Jang", "Chang"], "Чан"),
    ("한", ["Han"], "Хан"),
    ("오", ["O", "Oh"], "О"),
    ("신", ["Sin", "Shin"], "Син"),
    ("황", ["Hwang"], "Хван"),
    ("안", ["An"], "Ан"),
    ("송", ["Song"], "Сон"),
    ("홍", ["Hong"], "Хон"),
    ("문", ["Mun"], "Мун"),
    ("량", ["Ryang"], "Рян"),
    ("림", ["Rim", "Lim"], "Рим"),
    ("백", ["Paek"], "Пэк"),
    ("계", ["Kye"], "Кe"),
    ("류", ["Ryu"], "Рю"),
    ("전", ["Jon"], "Чон"),
    ("차", ["Cha"], "Ча"),
]
KO_SYLLABLES = [
    ("철", "chol", "Чхоль"),
    ("수", "su", "Су"),
    ("명", "myong", "Мён"),
    ("호", "ho", "Хо"),
    ("영", "yong", "Ён"),
    ("남", "nam", "Нам"),
    ("은", "un", "Ын"),
    ("희", "hui", "Хи"),
    ("성", "song", "Сон"),
    ("광", "kwang", "Кван"),
    ("혁", "hyok", "Хёк"),
    ("일", "il", "Иль"),
    ("국", "guk", "Гук"),
    ("진", "jin", "Чжин"),
    ("민", "min", "Мин"),
    ("학", "hak", "Хак"),
    ("룡", "ryong", "Рён"),
    ("순", "sun", "Сун"),
    ("옥", "ok", "Ок"),
    ("금", "gum", "Гым"),
    ("혜", "hye", "Хе"),
    ("동", "dong", "Дон"),
    ("만", "man", "Ман"),
    ("복", "bok", "Бок"),
    ("경", "gyong", "Гён"),
    ("춘", "chun", "Чхун"),
    ("향", "hyang", "Хян"),
    ("화", "hwa", "Хва"),
    ("란", "ran", "Ран"),
    ("택", "taek", "Тхэк"),
    ("길", "gil", "Киль"),
    ("송", "song", "Сон"),
]
# (nominative, gen, dat, acc, ins, prep) for Russian; romanised; hangul
RU_FIRST_M = [
    ("Иван", "Ivan", "이반"),
    ("Сергей", "Sergei", "세르게이"),
    ("Алексей", "Alexei", "알렉세이"),
    ("Николай", "Nikolai", "니콜라이"),
    ("Олег", "Oleg", "올레그"),
    ("Виктор", "Viktor", "빅토르"),
    ("Андрей", "Andrei", "안드레이"),
    ("Павел", "Pavel", "파벨"),
    ("Борис", "Boris", "보리스"),
]
RU_FIRST_F = [
    ("Ольга", "Olga", "올가"),
    ("Елена", "Elena", "옐레나"),
    ("Анна", "Anna", "안나"),
    ("Татьяна", "Tatiana", "타티야나"),
    ("Наталья", "Natalia", "나탈리야"),
]
RU_SURNAMES = [
    ("Петров", "Petrov", "페트로프"),
    ("Иванов", "Ivanov", "이바노프"),
    ("Смирнов", "Smirnov", "스미르노프"),
    ("Кузнецов", "Kuznetsov", "쿠즈네초프"),
    ("Соколов", "Sokolov", "소콜로프"),
    ("Волков", "Volkov", "볼코프"),
    ("Морозов", "Morozov", "모로조프"),
    ("Лебедев", "Lebedev", "레베데프"),
    ("Шевченко", "Shevchenko", "셰브첸코"),
    ("Беляев", "Belyaev", "벨랴예프"),
]
RU_SURNAMES_HELDOUT = [
    ("Тарасов", "Tarasov", "타라소프"),
    ("Зайцев", "Zaitsev", "자이체프"),
    ("Орлов", "Orlov", "오를로프"),
    ("Гончаренко", "Goncharenko", "곤차렌코"),
]
CASES = ("nom", "gen", "dat", "acc", "ins", "prep")


def decline_first(name: str) -> dict[str, str]:
    """Case forms of a Russian first name (the few patterns our pools need)."""
    if name.endswith("ий"):
        stem = name[:-2]
        forms = [name, stem + "ия", stem + "ию", stem + "ия", stem + "ием", stem + "ии"]
    elif name.endswith("й"):
        stem = name[:-1]
        forms = [name, stem + "я", stem + "ю", stem + "я", stem + "ем", stem + "е"]
    elif name.endswith("ья"):
        stem = name[:-1]
        forms = [name, stem + "и", stem + "е", stem + "ю", stem + "ей", stem + "е"]
    elif name.endswith("а"):
        stem = name[:-1]
        gen = stem + ("и" if stem[-1] in "гкх" else "ы")
        forms = [name, gen, stem + "е", stem + "у", stem + "ой", stem + "е"]
    elif name.endswith("ел"):
        stem = name[:-2] + "л"
        forms = [name, stem + "а", stem + "у", stem + "а", stem + "ом", stem + "е"]
    else:
        forms = [name, name + "а", name + "у", name + "а", name + "ом", name + "е"]
    return dict(zip(CASES, forms, strict=True))


def decline_surname(name: str, female: bool) -> dict[str, str]:
    if name.endswith("енко"):
        return dict.fromkeys(CASES, name)
    if female:
        f = name + "а"
        return dict(
            zip(
                CASES,
                [f, name + "ой", name + "ой", name + "у", name + "ой", name + "ой"],
                strict=True,
            )
        )
    return dict(
        zip(CASES, [name, name + "а", name + "у", name + "а", name + "ым", name + "е"], strict=True)
    )


@dataclass
class Entity:
    """One person, place or organisation with its forms in each script."""

    category: str
    ko: str
    en: list[str]
    ru: dict[str, str]
    ref: str = ""

    def variants(self) -> list[str]:
        return list(dict.fromkeys([self.ko, *self.en, self.ru["nom"]]))


def korean_person(rng: random.Random) -> Entity:
    sur_h, sur_en, sur_ru = rng.choice(KO_SURNAMES)
    s1, s2 = rng.sample(KO_SYLLABLES, 2)
    given = [
        f"{s1[1].capitalize()}-{s2[1]}",
        f"{s1[1].capitalize()}{s2[1]}",
        f"{s1[1].capitalize()} {s2[1].capitalize()}",
    ]
    en = [f"{rng.choice(sur_en)} {g}" for g in given]
    ru_name = rng.choice([f"{sur_ru} {s1[2]} {s2[2]}", f"{sur_ru} {s1[2]}{s2[2].lower()}"])
    return Entity("PERSON", sur_h + s1[0] + s2[0], en, dict.fromkeys(CASES, ru_name))


def russian_person(rng: random.Random, split: str) -> Entity:
    female = rng.random() < 0.35
    first = rng.choice(RU_FIRST_F if female else RU_FIRST_M)
    pool = RU_SURNAMES + (RU_SURNAMES_HELDOUT if split == "heldout" else [])
    sur = rng.choice(pool)
    f_forms = decline_first(first[0])
    s_forms = decline_surname(sur[0], female)
    ru = {c: f"{f_forms[c]} {s_forms[c]}" for c in CASES}
    en_sur = sur[1] + ("a" if female and not sur[1].endswith("ko") else "")
    ko_sur = sur[2] + ("바" if female and not sur[2].endswith("코") else "")
    return Entity("PERSON", f"{first[2]} {ko_sur}", [f"{first[1]} {en_sur}"], ru)


# --- places ---------------------------------------------------------------------------------


def _place(en: str, ko: str, ru: str) -> Entity:
    forms = ru.split("|")
    if len(forms) == 1:
        forms = forms * 6
    return Entity("LOCATION", ko, [en], dict(zip(CASES, forms, strict=True)))


PLACES_KNOWN = [
    _place(
        "Vladivostok",
        "블라디보스토크",
        "Владивосток|Владивостока|Владивостоку|Владивосток|Владивостоком|Владивостоке",
    ),
    _place(
        "Ussuriysk",
        "우수리스크",
        "Уссурийск|Уссурийска|Уссурийску|Уссурийск|Уссурийском|Уссурийске",
    ),
    _place("Artyom", "아르툠", "Артём|Артёма|Артёму|Артём|Артёмом|Артёме"),
    _place("Nakhodka", "나홋카", "Находка|Находки|Находке|Находку|Находкой|Находке"),
    _place(
        "Partizansk",
        "파르티잔스크",
        "Партизанск|Партизанска|Партизанску|Партизанск|Партизанском|Партизанске",
    ),
    _place(
        "Khabarovsk",
        "하바롭스크",
        "Хабаровск|Хабаровска|Хабаровску|Хабаровск|Хабаровском|Хабаровске",
    ),
    _place(
        "Bolshoy Kamen",
        "볼쇼이카멘",
        "Большой Камень|Большого Камня|Большому Камню|Большой Камень|Большим Камнем|Большом Камне",
    ),
    _place(
        "Arsenyev", "아르세니예프", "Арсеньев|Арсеньева|Арсеньеву|Арсеньев|Арсеньевом|Арсеньеве"
    ),
    _place("Pyongyang", "평양", "Пхеньян|Пхеньяна|Пхеньяну|Пхеньян|Пхеньяном|Пхеньяне"),
    _place("Chongjin", "청진", "Чхонджин|Чхонджина|Чхонджину|Чхонджин|Чхонджином|Чхонджине"),
    _place("Hamhung", "함흥", "Хамхын|Хамхына|Хамхыну|Хамхын|Хамхыном|Хамхыне"),
    _place("Wonsan", "원산", "Вонсан|Вонсана|Вонсану|Вонсан|Вонсаном|Вонсане"),
]
PLACES_UNLISTED = [
    _place("Kraskino", "크라스키노", "Краскино"),
    _place(
        "Razdolnoye",
        "라즈돌노예",
        "Раздольное|Раздольного|Раздольному|Раздольное|Раздольным|Раздольном",
    ),
    _place("Vrangel", "브랑겔", "Врангель|Врангеля|Врангелю|Врангель|Врангелем|Врангеле"),
    _place(
        "Tavrichanka",
        "타브리찬카",
        "Тавричанка|Тавричанки|Тавричанке|Тавричанку|Тавричанкой|Тавричанке",
    ),
]
PLACES_HELDOUT_ONLY = [
    _place("Shkotovo", "시코토보", "Шкотово"),
    _place(
        "Pogranichny",
        "포그라니치니",
        "Пограничный|Пограничного|Пограничному|Пограничный|Пограничным|Пограничном",
    ),
    _place("Sariwon", "사리원", "Саривон"),
    _place("Kanggye", "강계", "Канге"),
]

# --- organisations --------------------------------------------------------------------------

RU_BASES = [
    ("Приморстрой", "Primorstroy", "프리모르스트로이"),
    ("Восток-Строй", "Vostok-Stroy", "보스토크스트로이"),
    ("ДальСтройИнвест", "DalStroyInvest", "달스트로이인베스트"),
    ("Золотой Рог", "Zolotoy Rog", "졸로토이로그"),
    ("Амур-Лес", "Amur-Les", "아무르레스"),
    ("Океан-М", "Okean-M", "오케안엠"),
]
KP_BASES = [
    ("Рынрадо", "Rungrado General Trading Corporation", "릉라도무역총회사"),
    ("Чхольсан", "Korea Cholsan General Trading Corporation", "조선철산무역총회사"),
    ("Намган", "Namgang Trading Corporation", "남강무역회사"),
    ("Рюнсон", "Ryungsong Trading Corporation", "륭성무역회사"),
    ("Раквон", "Rakwon General Trading Corporation", "락원무역총회사"),
    ("Сонсан", "Korea Songsan Economic and Trading Group", "조선송산경제무역그룹"),
]
KR_BASES = [("Донбан", "Dongbang", "동방건설"), ("Ынха", "Eunha", "은하건설")]


def organisation(rng: random.Random) -> Entity:
    kind = rng.random()
    if kind < 0.4:
        ru_b, en_b, ko_b = rng.choice(RU_BASES)
        form = rng.choice(["ООО", "ЗАО", "АО", "ОАО"])
        ru = f"{form} «{ru_b}»"
        en = rng.choice([f"{en_b} LLC", f"{en_b} Co., Ltd.", f"OOO {en_b}"])
        ko = rng.choice([f"{ko_b} 유한회사", f"유한회사 {ko_b}"])
    elif kind < 0.85:
        ru_b, en, ko = rng.choice(KP_BASES)
        ru = rng.choice([f"ООО «{ru_b}»", f"«{ru_b}»"])
    else:
        ru_b, en_b, ko_b = rng.choice(KR_BASES)
        ru = f"ООО «{ru_b}»"
        en = f"{en_b} Construction Co., Ltd."
        ko = rng.choice([f"주식회사 {ko_b}", f"(주){ko_b}", f"{ko_b} 주식회사"])
    return Entity("ORG", ko, [en], dict.fromkeys(CASES, ru))


# --- numbers, dates, addresses --------------------------------------------------------------


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def phone(rng: random.Random) -> str:
    a, b = _d(rng, 3), _d(rng, 2)
    c = _d(rng, 2)
    return rng.choice(
        [
            f"8 (423) 2{_d(rng, 2)}-{b}-{c}",
            f"+7 914 {a}-{b}-{c}",
            f"+7 (924) {a}-{b}-{c}",
            f"8-914-{a}-{b}-{c}",
            f"+7914{a}{b}{c}",
            f"8 902 {a} {b} {c}",
            f"+850 2 381 {_d(rng, 4)}",
            f"+850 191 {a} {_d(rng, 4)}",
            f"010-{_d(rng, 4)}-{_d(rng, 4)}",
            f"+82 10-{_d(rng, 4)}-{_d(rng, 4)}",
            f"02-{a}-{_d(rng, 4)}",
        ]
    )


def id_number(rng: random.Random, lang: str) -> tuple[str, str]:
    """(text before the number, the number) in the language of the sentence."""
    kp = f"{rng.choice('6789')}{_d(rng, 8)}"
    if lang == "ru":
        return rng.choice(
            [
                ("паспорт ", f"{_d(rng, 2)} {_d(rng, 2)} {_d(rng, 6)}"),
                ("паспорт № ", kp),
                ("патент ", f"{_d(rng, 2)} {_d(rng, 7)}"),
                ("миграционная карта ", f"{_d(rng, 4)} {_d(rng, 7)}"),
            ]
        )
    if lang == "ko":
        rrn = f"{rng.randint(60, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-"
        return rng.choice(
            [
                ("여권번호 ", kp),
                ("여권 번호는 ", kp),
                ("외국인등록번호 ", rrn + rng.choice("5678") + _d(rng, 6)),
                ("주민등록번호 ", rrn + rng.choice("12") + _d(rng, 6)),
            ]
        )
    return rng.choice(
        [
            ("passport number ", kp),
            ("passport No. ", kp),
            ("work permit ", _d(rng, 10)),
            ("visa number ", _d(rng, 9)),
            ("passport ", f"M{_d(rng, 8)}"),
        ]
    )


MONTHS_EN = (
    "January February March April May June July August September October November December".split()
)
MONTHS_RU = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
)


def dob(rng: random.Random, lang: str) -> tuple[str, str, str]:
    """(lead-in words, date, trailing words); the date is the labelled span."""
    y, m, d = rng.randint(1960, 1999), rng.randint(1, 12), rng.randint(1, 28)
    if lang == "ru":
        return rng.choice(
            [
                ("родился ", f"{d} {MONTHS_RU[m - 1]} {y} г.", ""),
                ("дата рождения ", f"{d:02d}.{m:02d}.{y}", ""),
                ("", f"{y}", " г.р."),
                ("", f"{y}", " года рождения"),
            ]
        )
    if lang == "ko":
        return rng.choice(
            [
                ("", f"{y}년 {m}월 {d}일", "생"),
                ("생년월일은 ", f"{y}년 {m}월 {d}일", ""),
                ("", f"{y}", "년생"),
                ("", f"{y}.{m:02d}.{d:02d}", " 출생"),
            ]
        )
    return rng.choice(
        [
            ("born on ", f"{d} {MONTHS_EN[m - 1]} {y}", ""),
            ("date of birth: ", f"{d:02d}.{m:02d}.{y}", ""),
            ("born ", f"{MONTHS_EN[m - 1]} {d}, {y}", ""),
            ("born in ", f"{y}", ""),
        ]
    )


def other_date(rng: random.Random, lang: str) -> str:
    y, m, d = rng.randint(2005, 2016), rng.randint(1, 12), rng.randint(1, 28)
    if lang == "ru":
        return f"{d} {MONTHS_RU[m - 1]} {y} года"
    if lang == "ko":
        return f"{y}년 {m}월 {d}일"
    return f"{d} {MONTHS_EN[m - 1]} {y}"


def email(rng: random.Random) -> str:
    user = rng.choice(["kim", "pak", "ri", "ivan", "olga", "chol", "sun", "worker"])
    return f"{user}{rng.choice(['.', '_', ''])}{_d(rng, rng.randint(2, 4))}@" + rng.choice(
        ["mail.ru", "yandex.ru", "gmail.com", "naver.com", "star-co.net.kp", "inbox.ru"]
    )


def address(rng: random.Random, lang: str) -> str:
    n, k = rng.randint(1, 120), rng.randint(1, 90)
    if lang == "ru":
        street = rng.choice(
            [
                "ул. Ленина",
                "ул. Светланская",
                "улица Русская",
                "пр-т Океанский",
                "ул. Некрасова",
                "ул. Пушкинская",
            ]
        )
        city = rng.choice(["", "г. Владивосток, ", "г. Уссурийск, ", "г. Находка, "])
        return rng.choice(
            [f"{city}{street}, д. {n}, кв. {k}", f"{city}{street}, д. {n}", f"{street}, {n}"]
        )
    if lang == "ko":
        return rng.choice(
            [
                f"서울특별시 강남구 테헤란로 {n}",
                f"부산광역시 해운대구 센텀중앙로 {n}",
                f"경기도 안산시 단원구 원곡로 {n}",
                f"서울시 구로구 디지털로 {n}길 {k}",
            ]
        )
    street = rng.choice(["Aleutskaya", "Svetlanskaya", "Lenina", "Okeansky", "Russkaya"])
    return rng.choice(
        [f"{n} {street} Street, apt. {k}", f"{street} Street {n}", f"ul. {street} {n}, apt. {k}"]
    )


# --- templates ------------------------------------------------------------------------------
# Slots: {P} {Q} persons, {L} {M} places, {O} organisation, {PHONE} {ID} {DOB} {EMAIL} {ADDR}
# and decoys {CODE} {DATE} {MONEY} {YEAR}. Russian case: {P:gen}. Korean particle after a
# slot: {P/은} picks 은/는 by the last syllable (also 이, 을, 과, 으로); other particles fixed.
# A script prefix forces a script in mixed sentences: {en.P} {ko.L/에서} {ru.L:prep}.

TEMPLATES: dict[str, dict[str, list[str]]] = {
    "tune": {
        "en": [
            "{P} came to {L} in {YEAR} and worked for {O}.",
            "The brigade leader {Q} took {P}'s {ID}.",
            "I was {DOB} in {M}.",
            "You can call {Q} at {PHONE}.",
            "His e-mail is {EMAIL}.",
            "We lived at {ADDR} near the site.",
            "{P} said the rabbits from {O} were caught near {L}.",
            "In {L}, Mr. {Q} collected the quota money every month.",
            "Interviewer {CODE} asked about the review meetings of the Party.",
            "We arrived on {DATE} and paid {MONEY} for the bus.",
            "Later {P} moved from {L} to {M} with {Q}.",
            "{O} sent twenty workers to {L} in {YEAR}.",
        ],
        "ru": [
            "{P} работал в {L:prep} в {O}.",
            "Бригадир {Q} забрал у {P:gen} {ID}.",
            "Я {DOB} в {M:prep}.",
            "Звоните {Q:dat} по телефону {PHONE}.",
            "Почта: {EMAIL}.",
            "Мы жили по адресу: {ADDR}.",
            "{P} говорит, что кролики из {O} сбежали из {L:gen}.",
            "В {L:prep} {Q} каждый месяц собирал деньги по плану.",
            "Интервьюер {CODE} спросил про собрания партии.",
            "Мы приехали {DATE} и заплатили {MONEY}.",
            "Потом {P} переехал из {L:gen} в {M:acc} вместе с {Q:ins}.",
            "{O} отправила двадцать рабочих в {L:acc} в {YEAR} году.",
        ],
        "ko": [
            "{P/은} {YEAR}년에 {L/에} 와서 {O/에서} 일했다.",
            "작업반장 {Q/이} {P/의} {ID}을 가져갔다.",
            "나는 {DOB} {M/에서} 태어났다.",
            "{Q} 동무에게 {PHONE} 번호로 연락하면 된다.",
            "이메일은 {EMAIL}이다.",
            "우리는 {ADDR}에 있는 숙소에 살았다.",
            "{P/은} {O}의 토끼들이 {L/에서} 잡혔다고 말했다.",
            "{L/에서} {Q} 동무가 매달 계획분 돈을 걷었다.",
            "면담자 {CODE}가 생활총화에 대해 물었다.",
            "우리는 {DATE}에 도착해서 버스비로 {MONEY}을 냈다.",
            "나중에 {P/은} {Q/과} 함께 {L/에서} {M/으로} 옮겼다.",
            "{O/은} 노동자 스무 명을 {L/으로} 보냈다.",
        ],
        "mixed": [
            "{en.P} ({ko.P}) worked in {ru.L:prep}.",
            "Interview with {en.P}: 우리는 {ko.L/에서} 일했다.",
            "{ru.P} сказал: «{ko.Q/은} {ko.O/에서} 일했다».",
            "Контакт: {PHONE}, {EMAIL}; место: {en.L}.",
            "She mentioned {ru.O} and {ko.O}.",
            "통역: {ru.P} сказал, что в {ru.L:prep} было холодно.",
        ],
    },
    "heldout": {
        "en": [
            "According to {P}, the foreman at {O} kept all the passports.",
            "My friend {Q} (phone {PHONE}) still works near {L}.",
            "She said she was {DOB}; her {ID}.",
            "Workers from {M} were housed at {ADDR}.",
            "Write to {EMAIL} if you need {P}.",
            "When {P} left {L}, nobody from {O} came to see him.",
            "The Party secretary met {Q} twice in {L}.",
            "Coyotes drove us from {L} to {M} at night.",
            "A: {P} and I shared a room in {L} for {YEAR} months? No, years.",
        ],
        "ru": [
            "По словам {P:gen}, мастер из {O} держал все паспорта у себя.",
            "Мой друг {Q} (тел. {PHONE}) до сих пор работает под {L:ins}.",
            "Она {DOB}, {ID}.",
            "Рабочих из {M:gen} поселили по адресу {ADDR}.",
            "Пишите на {EMAIL}, если нужен {P}.",
            "Когда {P} уехал из {L:gen}, никто из {O} его не провожал.",
            "Секретарь партии дважды встречался с {Q:ins} в {L:prep}.",
            "Койоты везли нас ночью из {L:gen} в {M:acc}.",
            "Россия и КНДР подписали соглашение, а {P} узнал об этом в {L:prep}.",
        ],
        "ko": [
            "{P/의} 말에 따르면 {O}의 반장이 여권을 모두 가지고 있었다.",
            "내 친구 {Q/은} (전화 {PHONE}) 아직도 {L} 근처에서 일한다.",
            "그녀는 {DOB}이고 {ID}이다.",
            "{M}에서 온 노동자들은 {ADDR}에 묵었다.",
            "{P/이} 필요하면 {EMAIL}로 연락하라.",
            "{P/이} {L/을} 떠날 때 {O}에서는 아무도 나오지 않았다.",
            "당 비서는 {L/에서} {Q/을} 두 번 만났다.",
            "코요테들이 밤에 우리를 {L/에서} {M/까지} 태워 갔다.",
            "러시아와 북한이 협정을 맺었고 {P/은} {L/에서} 그 소식을 들었다.",
        ],
        "mixed": [
            "{ko.P}({en.P})는 в {ru.L:prep} жил.",
            "Passport {ID} belongs to {ru.P}.",
            "{en.P} говорит, что {en.O} платит мало.",
            "나는 {en.L}에서 {ko.Q/과} 일했다. Later {en.Q} went to {en.M}.",
        ],
    },
}
PARTICLE_PAIRS = {
    "은": ("은", "는"),
    "이": ("이", "가"),
    "을": ("을", "를"),
    "과": ("과", "와"),
    "으로": ("으로", "로"),
}
SLOT = re.compile(r"\{(?:(en|ko|ru)\.)?([A-Z]+)(?::(\w+))?(?:/(\w+))?\}")


def particle(word: str, name: str) -> str:
    """The allomorph of particle ``name`` that follows ``word``."""
    pair = PARTICLE_PAIRS.get(name)
    if pair is None:
        return name
    last = word[-1]
    if not "가" <= last <= "힣":
        return pair[1]
    coda = (ord(last) - 0xAC00) % 28
    if name == "으로":
        return "로" if coda in (0, 8) else "으로"
    return pair[0] if coda else pair[1]


@dataclass
class Doc:
    """A labelled transcript; ``spans`` are (start, end, category)."""

    id: str
    lang: str
    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)


class _Writer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.spans: list[tuple[int, int, str]] = []

    def lit(self, s: str) -> None:
        self.parts.append(s)
        self.size += len(s)

    def ent(self, s: str, category: str) -> None:
        self.spans.append((self.size, self.size + len(s), category))
        self.lit(s)


@dataclass
class _Cast:
    people: dict[str, Entity]
    places: dict[str, Entity]
    org: Entity


def _cast(rng: random.Random, lang: str, split: str) -> _Cast:
    def person() -> Entity:
        ru_share = 0.5 if lang == "ru" else 0.3
        return russian_person(rng, split) if rng.random() < ru_share else korean_person(rng)

    pool = PLACES_KNOWN + PLACES_UNLISTED + (PLACES_HELDOUT_ONLY if split == "heldout" else [])
    first, second = rng.sample(pool, 2)
    return _Cast({"P": person(), "Q": person()}, {"L": first, "M": second}, organisation(rng))


def _render(rng: random.Random, w: _Writer, template: str, lang: str, cast: _Cast) -> None:
    pos = 0
    for m in SLOT.finditer(template):
        w.lit(template[pos : m.start()])
        script = m.group(1) or lang
        _fill(rng, w, m.group(2), script, m.group(3) or "nom", m.group(4), cast)
        pos = m.end()
    w.lit(template[pos:])


def _entity_form(rng: random.Random, e: Entity, script: str, case: str) -> str:
    if script == "ko":
        return e.ko
    if script == "ru":
        return e.ru[case]
    return rng.choice(e.en)


def _fill(
    rng: random.Random,
    w: _Writer,
    slot: str,
    script: str,
    case: str,
    part: str | None,
    cast: _Cast,
) -> None:
    if slot in ("P", "Q", "L", "M", "O"):
        e = cast.org if slot == "O" else cast.people.get(slot) or cast.places[slot]
        form = _entity_form(rng, e, script, case)
        w.ent(form, e.category)
        if part:
            w.lit(particle(form, part))
        return
    text = _number_slot(rng, w, slot, script)
    if part:
        w.lit(particle(text, part))


def _number_slot(rng: random.Random, w: _Writer, slot: str, lang: str) -> str:
    if slot == "PHONE":
        value = phone(rng)
        w.ent(value, "PHONE")
    elif slot == "ID":
        lead, value = id_number(rng, lang)
        w.lit(lead)
        w.ent(value, "ID")
    elif slot == "DOB":
        lead, value, tail = dob(rng, lang)
        w.lit(lead)
        w.ent(value, "DOB")
        w.lit(tail)
        value += tail
    elif slot in ("EMAIL", "ADDR"):
        value = email(rng) if slot == "EMAIL" else address(rng, lang)
        w.ent(value, "EMAIL" if slot == "EMAIL" else "ADDRESS")
    else:
        value = _decoy(rng, slot, lang)
        w.lit(value)
    return value


def _decoy(rng: random.Random, slot: str, lang: str) -> str:
    if slot == "CODE":
        return f"{rng.choice(['W', 'I', 'KR'])}-{rng.randint(1, 999):03d}"
    if slot == "DATE":
        return other_date(rng, lang)
    if slot == "YEAR":
        return str(rng.randint(2005, 2016))
    amount = rng.choice([300, 1500, 15000, 250000])
    return {"ru": f"{amount} рублей", "ko": f"{amount}원"}.get(lang, f"{amount} rubles")


def generate(seed: int, n_docs: int, split: str = "heldout") -> list[Doc]:
    """``n_docs`` labelled documents, a quarter in each of en, ko, ru and mixed."""
    rng = random.Random(seed)
    langs = ["en", "ko", "ru", "mixed"]
    docs: list[Doc] = []
    for i in range(n_docs):
        lang = langs[i % 4]
        cast = _cast(rng, lang, split)
        w = _Writer()
        pool = TEMPLATES[split]
        if lang == "mixed":
            picks = [(x, t) for x in pool for t in pool[x]]
        else:
            picks = [(lang, t) for t in pool[lang]]
        for k, (sent_lang, template) in enumerate(rng.sample(picks, rng.randint(4, 7))):
            if k:
                w.lit(rng.choice([" ", " ", "\n", "\n\n"]))
            _render(rng, w, template, sent_lang, cast)
        ents = [*cast.people.values(), *cast.places.values(), cast.org]
        for n, e in enumerate(ents):
            e.ref = f"{split}-{i}-{n}"
        docs.append(Doc(f"{split}-{seed}-{i}", lang, "".join(w.parts), w.spans, ents))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--docs", type=int, default=4)
    ap.add_argument("--split", choices=["tune", "heldout"], default="heldout")
    args = ap.parse_args()
    for d in generate(args.seed, args.docs, args.split):
        spans = [[s, e, c, d.text[s:e]] for s, e, c in d.spans]
        print(
            json.dumps(
                {"id": d.id, "lang": d.lang, "text": d.text, "spans": spans}, ensure_ascii=False
            )
        )


if __name__ == "__main__":
    main()
