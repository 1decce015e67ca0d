"""Small seeded EN/KO/RU corpus for the search benchmark.

Documents are ~2,500 characters of interview-like text: real common words plus generated
pseudo-words drawn with a Zipf-like distribution (so FTS doclists have realistic lengths),
inflected Korean (particles, endings) and Russian (case endings), and a sprinkling of the
names the search requirements mention (Namgang, 남강무역회사, «Намган», Артём, Уссурийск).
The lead may replace this with the main corpus generator; keep ``make_corpus(n, seed)``.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

DOC_CHARS = 2500

EN_WORDS = (
    "the of and to in a was we he she they worked at factory site camp in the morning "
    "night shift wages money sent home brigade leader foreman passport contract visa "
    "company construction building apartment workers worker dormitory food rice cold "
    "winter summer border train bus city market phone letter family wife children son "
    "daughter mother father manager overseer security meeting report quota debt loyalty "
    "payment dollars rubles documents police office permit hospital doctor injury rest "
    "day week month year hours long hard tired afraid allowed never always sometimes "
    "said told asked remember remembered working running sent sending lived living"
).split()
EN_SYLLABLES = "ba be bo ka ke ko ra re ro ta te to la le lo ma me mo na ne no sa se so".split()

KO_NOUNS = (
    "노동자 회사 공장 건설 현장 숙소 기숙사 여권 계약 비자 임금 돈 집 가족 아내 아이 "
    "아들 딸 어머니 아버지 관리자 감독 보안 회의 보고 할당량 빚 충성 지불 달러 루블 "
    "서류 경찰 사무실 허가 병원 의사 부상 휴식 날 주 달 해 시간 겨울 여름 국경 기차 "
    "버스 도시 시장 전화 편지 토끼 음식 쌀 나이 고기 우리 그들 반장 작업반 아파트"
).split()
KO_PARTICLES = (
    "이 가 은 는 을 를 의 에 에서 에게 한테 으로 로 와 과 도 만 까지 부터 들이 들은 "
    "들을 들의 들에게 에서는 으로는 이다 였다 이었다 입니다 이에요 예요"
).split()
KO_VERBS = (
    "일했다 일했습니다 갔다 갔어요 왔다 보냈다 받았다 먹었다 살았다 말했다 "
    "기억한다 있었다 없었다 했다 합니다 했어요 보냈습니다 받지 못했다"
).split()
KO_SYLLABLES = list("가나다라마바사아자차카타파하강남북동서무역회원진청성산수영철민준호")

RU_STEMS = (
    "рабоч завод стройк общежити паспорт контракт виз зарплат деньг семь жен дет "
    "брига начальник охран собрани отчёт долг плат доллар рубл документ полици "
    "офис разрешени больниц врач травм отдых недел месяц год час зим лет границ "
    "поезд автобус город рын телефон письм ед рис холод"
).split()
RU_ENDINGS = ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах", "ой", "и", "ей")
RU_WORDS = (
    "и в на мы он она они работали жили было были не очень всегда иногда никогда "
    "сказал говорил помню рано поздно утром ночью каждый день там здесь потом"
).split()
RU_SYLLABLES = "ба бо ва во да до ка ко ла ло ма мо на но ра ро са со та то".split()

NAMES = (
    "Namgang", "Namgang Trading", "남강무역회사는", "남강무역회사에서", "남강이", "«Намган»",
    "компании «Намган»", "Артём", "Артёма", "Артем", "Артёму", "아르툠에서", "아르툠은",
    "Уссурийск", "Уссурийске", "Уссурийском", "Уссурийска", "우수리스크에서", "Ussuriysk",
    "토끼들이", "토끼를", "Vladivostok", "Владивостоке", "블라디보스토크로",
)


def _zipf_pick(rng: random.Random, items: Sequence[str]) -> str:
    """Pick with probability roughly proportional to 1/rank."""
    n = len(items)
    idx = int(n ** rng.random()) - 1
    return items[min(max(idx, 0), n - 1)]


def _pseudo_vocab(rng: random.Random, syllables: Sequence[str], size: int) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return sorted(words, key=lambda _w: rng.random())


class _Vocab:
    def __init__(self, rng: random.Random) -> None:
        self.en = EN_WORDS + _pseudo_vocab(rng, EN_SYLLABLES, 4000)
        self.ko = KO_NOUNS + _pseudo_vocab(rng, KO_SYLLABLES, 4000)
        self.ru = RU_STEMS + _pseudo_vocab(rng, RU_SYLLABLES, 4000)


def _en_sentence(rng: random.Random, v: _Vocab) -> str:
    words = [_zipf_pick(rng, v.en) for _ in range(rng.randint(6, 14))]
    words = [w + "s" if rng.random() < 0.1 and w not in EN_WORDS[:10] else w for w in words]
    return " ".join(words).capitalize() + rng.choice(".,.?.")


def _ko_sentence(rng: random.Random, v: _Vocab) -> str:
    words = []
    for _ in range(rng.randint(3, 8)):
        noun = _zipf_pick(rng, v.ko)
        words.append(noun + (rng.choice(KO_PARTICLES) if rng.random() < 0.7 else ""))
    words.append(rng.choice(KO_VERBS))
    return " ".join(words) + "."


def _ru_sentence(rng: random.Random, v: _Vocab) -> str:
    words = []
    for _ in range(rng.randint(5, 11)):
        if rng.random() < 0.3:
            words.append(rng.choice(RU_WORDS))
        else:
            words.append(_zipf_pick(rng, v.ru) + rng.choice(RU_ENDINGS))
    return " ".join(words).capitalize() + rng.choice(".,.!.")


_SENTENCES: dict[str, Callable[[random.Random, _Vocab], str]] = {
    "en": _en_sentence,
    "ko": _ko_sentence,
    "ru": _ru_sentence,
}


def _document(rng: random.Random, v: _Vocab) -> str:
    primary = rng.choices(("en", "ko", "ru"), weights=(4, 3, 3))[0]
    parts: list[str] = []
    size = 0
    while size < DOC_CHARS:
        lang = primary if rng.random() < 0.85 else rng.choice(("en", "ko", "ru"))
        sentence = _SENTENCES[lang](rng, v)
        if rng.random() < 0.08:
            sentence = f"{rng.choice(NAMES)} {sentence}"
        parts.append(sentence)
        size += len(sentence) + 1
    return " ".join(parts)[:DOC_CHARS]


def make_corpus(n: int, seed: int = 0) -> list[tuple[str, str]]:
    """Return ``n`` (doc_id, text) pairs, identical for the same ``seed``."""
    rng = random.Random(seed)
    vocab = _Vocab(rng)
    return [(f"doc-{i:06d}", _document(rng, vocab)) for i in range(n)]
