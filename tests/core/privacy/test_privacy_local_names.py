"""Issue 10 misses: a street with its number is one ADDRESS, local places after cue words,
generic English names, Korean names ending like a particle, quoted Russian companies, and
no ordinary Korean or Russian word taken for a person."""

from __future__ import annotations

import pytest

from fieldvault.core.privacy import Detector, Suggestion
from fieldvault.core.privacy.patterns import find_patterns
from fieldvault.core.privacy.places import find_places


def _spans(found: list[Suggestion], category: str) -> list[str]:
    return [s.text for s in found if s.category == category]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Адрес: улица Пограничная, 7, прямо над магазином.", "улица Пограничная, 7"),
        ("Контора была на ул. Ленина, д. 12 в Уссурийске.", "ул. Ленина, д. 12"),
        ("Мы жили на улице Русской, 65, а работали в порту.", "улице Русской, 65"),
        ("Склад на проспекте Столетия, 31 закрыли.", "проспекте Столетия, 31"),
        ("Контора на ул. Ленина 12 закрылась.", "ул. Ленина 12"),
        ("Жил на улице Ленина 5 лет.", "улице Ленина"),
        ("Жил на Семёновской улице, д. 5, кв. 2 у друга.", "Семёновской улице, д. 5, кв. 2"),
        ("They moved us to Kirova Street 14, Artyom, a grey block.", "Kirova Street 14, Artyom"),
        ("It moved to Fontannaya Street 12, Nakhodka in May.", "Fontannaya Street 12, Nakhodka"),
        ("We lived at 14 Kirova Street in Artyom.", "14 Kirova Street"),
        ("The flat was at 45 Borisenko Street, room 12.", "45 Borisenko Street, room 12"),
        ("언니는 해운대로 123에 산다.", "해운대로 123"),
        ("언니는 부산 해운대구 해운대로 123에 산다.", "부산 해운대구 해운대로 123"),
        ("처음 살던 집은 중앙로 45번길 6이었다.", "중앙로 45번길 6"),
        ("동생은 지금 대구 중구 중앙대로 77에 산다.", "대구 중구 중앙대로 77"),
        ("동생 주소는 서울특별시 구로구 디지털로 26길 5이고", "서울특별시 구로구 디지털로 26길 5"),
        ("최영철은 아르툠의 키로바 거리 14번지에 살았다.", "키로바 거리 14번지"),
    ],
)
def test_street_and_house_number_are_one_address(text: str, address: str) -> None:
    assert _spans(find_patterns(text), "ADDRESS") == [address]


@pytest.mark.parametrize(
    "text",
    [
        "택시로 20분, 버스로 3명이 갔다.",
        "그쪽으로 5 정도 걸었다.",
        "주소는 모른다, 서울로 3일 걸렸다.",
        "On Main Street people sold fish.",
        "Он сидел на стуле. Петров ушёл.",
    ],
)
def test_no_address_without_a_street_and_number(text: str) -> None:
    assert _spans(find_patterns(text), "ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("On Sundays we sold cabbage at the Chika market behind the station.", "Chika"),
        ("We lived near the Second River, in rooms the church paid for.", "Second River"),
        ("For a month we unloaded fish at Ugolnaya station.", "Ugolnaya"),
        ("Our dormitory was in the Pervorechensky district.", "Pervorechensky"),
        ("The village was Kraskino, close to the border.", "Kraskino"),
        ("My daughter was born in the village of Sinelnikovo.", "Sinelnikovo"),
        ("По выходным ходили на рынок «Спортивный» за рисом.", "«Спортивный»"),
        ("Рядом была Спортивная гавань, там гуляли.", "Спортивная гавань"),
        ("Общежитие стояло возле Второй речки.", "Второй речки"),
        ("Жили мы недалеко от Амурского залива, ветер был страшный.", "Амурского залива"),
        ("Потом нас перевезли в село Кневичи, рядом с аэропортом.", "Кневичи"),
        ("Мы садились в электричку на станции Седанка.", "Седанка"),
        ("매일 아침 중앙시장 앞에서 우리를 기다렸다.", "중앙시장"),
        ("이지은이 중앙시장에서 만나자고 했다.", "중앙시장"),
        ("블라디보스토크 세단카역 근처 공사장에서 일했다.", "세단카역"),
        ("숙소는 스포르티브나야 가반 근처였고 바다가 보였다.", "스포르티브나야 가반"),
        ("우수리스크 근처 미하일롭카 마을에서 배추를 심었다.", "미하일롭카"),
        ("아르툠 우골나야역 옆 창고에서 석탄을 날랐다.", "우골나야역"),
    ],
)
def test_local_places_after_cue_words(detector: Detector, text: str, place: str) -> None:
    assert place in _spans(detector.detect(text), "LOCATION")


@pytest.mark.parametrize(
    "text",
    [
        "Police station was closed. The Chinese market too.",
        "일이 끝나면 다들 시장에 가서 쌀을 샀다. 노동시장은 작았다.",
        "무역 일을 했고 그 지역에서 역할이 컸다.",
        "학교 근처 공장에서 일했다. 우리 마을 근처에 강이 있었다.",
    ],
)
def test_ordinary_place_words_are_not_places(detector: Detector, text: str) -> None:
    assert _spans(detector.detect(text), "LOCATION") == []


def test_services_and_logistics_companies(detector: Detector) -> None:
    found = detector.detect("We were registered with Vostok Marine Services in 2015.")
    assert _spans(found, "ORG") == ["Vostok Marine Services"]


def test_a_common_word_alone_after_a_surname_is_no_name(detector: Detector) -> None:
    assert _spans(detector.detect("So I went home. Kim So was there too."), "PERSON") == []


def test_quoted_company_without_legal_form_is_an_organisation() -> None:
    found = find_places("Работали мы на фирму «Восток-Строй», потом в «Приморский Бетон».")
    assert _spans(found, "ORG") == ["«Восток-Строй»", "«Приморский Бетон»"]


@pytest.mark.parametrize(
    "text",
    ["Он сказал «Да» и ушёл.", "«Мы жили возле речки», сказал он.", "Нас звали «кролики»."],
)
def test_quoted_speech_is_not_an_organisation(text: str) -> None:
    assert _spans(find_places(text), "ORG") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My neighbour was John Smith, an American teacher.", "John Smith"),
        ("The church of Mary Johnson paid for it.", "Mary Johnson"),
        ("his deputy Karen White's driver took it", "Karen White"),
        ("A man called Peter Clark paid us.", "Peter Clark"),
        ("Later a nun, Sister Margaret, also helped.", "Margaret"),
        ("Our friend Kim So-un worked there.", "Kim So-un"),
    ],
)
def test_generic_english_names(detector: Detector, text: str, name: str) -> None:
    assert _spans(detector.detect(text), "PERSON") == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("김은이가 우리 여권을 다 가져갔다.", "김은이"),
        ("조경은이 필요하면 연락해라.", "조경은"),
        ("My friend 정민은 (Jong Min-un) worked there.", "정민은"),
        ("우리 반장은 정민은 동무였다.", "정민은"),
        ("사장은 김하은이었다.", "김하은"),
    ],
)
def test_korean_names_ending_like_a_particle(detector: Detector, text: str, name: str) -> None:
    assert name in _spans(detector.detect(text), "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "김경애 책임자 동지 전화가 +7 914 318-90-27인데, 손님이 뭘 주면 드렸어요.",
        "밤에 동지 전화가 와서 다들 깼다.",
        "그 사람들이 다 하지요. 돈도 안 주고 일만 시키지요.",
        "반장이 하라면 하지요, 안 하면 보내지요.",
        "고양이가 울었다. 이야기가 길었다.",
        "Санэпидемстанция тоже задавала вопросы.",
    ],
)
def test_ordinary_words_are_not_people(detector: Detector, text: str) -> None:
    people = set(_spans(detector.detect(text), "PERSON"))
    assert people <= {"김경애"}
