"""Validated patterns: each format found whole, look-alikes and context-free numbers not."""

from __future__ import annotations

import pytest

from fieldvault.core.privacy.patterns import find_patterns


def _spans(text: str, category: str) -> list[str]:
    return sorted({s.text for s in find_patterns(text) if s.category == category})


@pytest.mark.parametrize(
    "phone",
    [
        "8 (423) 222-33-44",
        "+7 914 123-45-67",
        "+7 (924) 555-12-34",
        "8-914-123-45-67",
        "+79141234567",
        "8 902 123 45 67",
        "+850 2 381 2345",
        "+850 191 234 5678",
        "010-1234-5678",
        "+82 10-1234-5678",
        "02-123-4567",
    ],
)
def test_phone_formats(phone: str) -> None:
    assert _spans(f"Call {phone} tonight.", "PHONE") == [phone]
    assert _spans(f"연락처는 {phone}이다.", "PHONE") == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "He was paid 1500000 rubles.",
        "Born 02.03.1985 in Wonsan.",
        "The year 2014 and 2015.",
        "миграционная карта 8475 9971769",
        "8 (423) 222-33",  # too short for a Russian number
        "+7 123 456-78-90",  # no Russian area code starts with 1
    ],
)
def test_not_phones(text: str) -> None:
    assert _spans(text, "PHONE") == []


def test_local_number_needs_a_phone_word() -> None:
    assert _spans("тел. 222-33-44", "PHONE") == ["222-33-44"]
    assert _spans("смена 222-33-44", "PHONE") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("passport No. 745123456", "745123456"),
        ("паспорт 05 09 123456", "05 09 123456"),
        ("паспорт серии 745 № 102938", "745 № 102938"),
        ("여권번호 836512347을 가져갔다", "836512347"),
        ("passport M12345678", "M12345678"),
        ("work permit 2512345678", "2512345678"),
        ("외국인등록번호 850302-5123456", "850302-5123456"),
        ("RRN 850302-1234567 only", "850302-1234567"),
    ],
)
def test_id_numbers_with_context(text: str, number: str) -> None:
    assert _spans(text, "ID") == [number]


@pytest.mark.parametrize(
    "text",
    ["He earned 745123456 won in total.", "заплатили 150000 рублей по паспорту", "Order 123456"],
)
def test_numbers_without_id_context_are_not_ids(text: str) -> None:
    assert _spans(text, "ID") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("He was born on 2 March 1985.", "2 March 1985"),
        ("born March 2, 1985 in Hamhung", "March 2, 1985"),
        ("Date of birth: 02.03.1985", "02.03.1985"),
        ("Родился 2 марта 1985 г. в Вонсане", "2 марта 1985 г."),
        ("дата рождения 02.03.1985", "02.03.1985"),
        ("1985 г.р., уроженец Хамхына", "1985"),
        ("1985 года рождения", "1985"),
        ("생년월일: 1985년 3월 2일", "1985년 3월 2일"),
        ("1985년 3월 2일생이다", "1985년 3월 2일"),
        ("1983년생 노동자", "1983"),
        ("1985.03.02 출생", "1985.03.02"),
        ("born in 1979, in Chongjin", "1979"),
    ],
)
def test_dates_of_birth_need_a_birth_word(text: str, date: str) -> None:
    assert _spans(text, "DOB") == [date]


@pytest.mark.parametrize(
    "text",
    [
        "We arrived on 3 April 2014.",
        "Мы приехали 10 июля 2015 года.",
        "2014년 5월 8일에 도착했다.",
        # the birth word is in another sentence
        "He was born in Wonsan. We arrived on 3 April 2014.",
        "Contract signed 02.03.2015.",
    ],
)
def test_other_dates_are_not_suggested(text: str) -> None:
    assert _spans(text, "DOB") == []


def test_emails_stop_at_korean_particles() -> None:
    assert _spans("이메일은 kim.cs77@naver.com이다.", "EMAIL") == ["kim.cs77@naver.com"]
    assert _spans("write to pak_ms@mail.ru.", "EMAIL") == ["pak_ms@mail.ru"]
    assert _spans("no address @ here", "EMAIL") == []


@pytest.mark.parametrize(
    "address",
    [
        "ул. Ленина, д. 5",
        "г. Владивосток, ул. Светланская, д. 12, кв. 5",
        "пр-т Океанский, д. 59",
        "서울특별시 강남구 테헤란로 123",
        "경기도 안산시 단원구 원곡로 45",
        "12 Aleutskaya Street, apt. 5",
        "Svetlanskaya Street 45",
        "ul. Fontannaya 7",
    ],
)
def test_addresses(address: str) -> None:
    assert _spans(f"We lived at {address}. Then we moved.", "ADDRESS") == [address]


def test_korean_counts_are_not_addresses() -> None:
    assert _spans("현장으로 3명이 갔다. 우리는 배로 2시간 걸렸다.", "ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("работал в ООО «Приморстрой» два года", "ООО «Приморстрой»"),
        ("ЗАО Восток-Строй платило мало", "ЗАО Восток-Строй"),
        ("ИП Иванов И. И. нанимал нас", "ИП Иванов И. И."),
        ("회사는 주식회사 동방건설이었다", "주식회사 동방건설"),
        ("이 말에 따르면 (주)동방건설의 반장이", "(주)동방건설"),
        ("동방건설 주식회사는 망했다", "동방건설 주식회사"),
        ("hired by Primorstroy LLC in 2012", "Primorstroy LLC"),
        ("paid by OOO Zolotoy Rog", "OOO Zolotoy Rog"),
    ],
)
def test_legal_forms_make_organisations(text: str, org: str) -> None:
    assert org in _spans(text, "ORG")
