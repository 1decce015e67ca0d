"""Static word lists used by the rule layers (no case data: general knowledge only)."""

from __future__ import annotations

from fieldvault.core.privacy.text import fold

# Romanised Korean surnames (McCune-Reischauer, Revised, and common spellings).
KOREAN_SURNAMES_LATIN = frozenset(
    "kim ri rhee lee yi pak park bak choe choi chwe jang chang jong jung chong chung kang "
    "han hong ryu yu yoo yun yoon o oh jo cho song sin shin kwon hwang an ahn im lim rim "
    "jon jeon chon paek baek mun moon nam ko go son ju chu kye ro ryang yang yang so suh "
    "seo sim shim no noh ha kwak gwak cha u woo ku koo min jin ji om eom chae won chon "
    "pang bang kong hyon hyun ham pyon byun yom yeom yo chu to do sok sol ma kil yon wi "
    "pyo myong ki pan wang kum keum ok yuk in maeng che mo tak kuk o".split()
)
# Hangul surnames: one syllable (two-syllable ones are rare and listed apart).
KOREAN_SURNAMES_HANGUL = frozenset(
    "김 이 리 박 최 정 강 조 윤 장 임 림 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 량 손 "
    "배 백 허 남 심 노 로 하 곽 성 차 주 우 구 민 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 "
    "도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 계".split()
)
KOREAN_SURNAMES_HANGUL_2 = frozenset("남궁 황보 제갈 선우 독고 사공 서문".split())

# Russian first names (romanised and Cyrillic stems) for the English rules.
RUSSIAN_FIRST_NAMES_LATIN = frozenset(
    "ivan sergei sergey alexei alexey aleksei aleksey alexander aleksandr dmitry dmitri "
    "nikolai nikolay vladimir andrei andrey oleg pavel yuri yury viktor victor mikhail igor "
    "boris anatoly anatoli gennady evgeny yevgeny vasily grigory konstantin maxim roman "
    "denis artem artyom stanislav vadim valery leonid fyodor pyotr petr semyon timur "
    "anna olga natalia natalya elena yelena irina tatiana tatyana svetlana maria mariya "
    "ekaterina yekaterina galina lyudmila ludmila nadezhda valentina larisa marina oksana "
    "yulia julia vera lidia nina zoya alla inna polina daria darya ksenia".split()
)
# Frequent English given names (general knowledge: the most common US/UK names of the
# last decades); a name from this list followed by a capitalised word is a person.
ENGLISH_FIRST_NAMES = frozenset(
    "james john robert michael william david richard joseph thomas charles christopher daniel "
    "matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy "
    "ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin "
    "scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry "
    "tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter "
    "christian keith roger terry austin sean gerald carl harold dylan arthur lawrence jordan "
    "jesse bryan billy bruce gabriel joe logan albert willie alan eugene russell vincent "
    "philip bobby johnny bradley roy ralph louis harry wayne liam oliver lucas mason elijah "
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy "
    "betty sandra margaret ashley kimberly emily donna michelle carol amanda melissa deborah "
    "stephanie dorothy rebecca sharon laura cynthia amy kathleen angela shirley brenda emma "
    "pamela nicole helen samantha katherine christine debra rachel carolyn janet catherine "
    "maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina "
    "joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara "
    "madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris "
    "marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla "
    "alexis lori ava mia jane lucy sophie chloe jenny kate claire".split()
)
RUSSIAN_SURNAME_SUFFIXES = (
    "ov",
    "ev",
    "yov",
    "in",
    "yn",
    "sky",
    "skiy",
    "skii",
    "ski",
    "enko",
    "ko",
    "uk",
    "yuk",
    "chuk",
    "ova",
    "eva",
    "ina",
    "yna",
    "skaya",
    "kaya",
    "ich",
    "vich",
    "shin",
    "kin",
)

RUSSIAN_FIRST_NAMES_HANGUL = frozenset(
    "이반 세르게이 알렉세이 알렉산드르 드미트리 니콜라이 블라디미르 안드레이 올레그 파벨 유리 "
    "빅토르 미하일 이고리 보리스 아나톨리 겐나디 예브게니 바실리 그리고리 콘스탄틴 막심 로만 "
    "데니스 아르툠 안나 올가 나탈리야 나탈리아 옐레나 엘레나 이리나 타티야나 타티아나 "
    "스베틀라나 마리야 마리아 예카테리나 갈리나 류드밀라 나데즈다 발렌티나 라리사 마리나 "
    "옥사나 율리야 베라 니나".split()
)
# Cyrillic spellings of Korean surnames (Kontsevich and common Soviet forms).
KOREAN_SURNAMES_CYRILLIC = frozenset(
    "Ким Ли Ри Пак Цой Чхве Чой Чон Кан Чо Чжо Юн Чан Чжан Хан О Син Хван Ан Сон Хон Мун "
    "Рян Рим Лим Пэк Пэ Рю Ю Ча Кe Ке Нам Ко Хо Со Сим Но Ро Ха Квак У Ку Мин Чжин Чин "
    "Пан Пхё Кым Ок Тхак Ян Ём Чу Пён Хён Хам Кон Пхан Тян Тен Те Цхве Ни Тё Хе".split()
)
ORG_HEADS_LATIN = frozenset(
    "corporation corp company co ltd llc llp inc jsc ojsc cjsc ooo zao oao trading group "
    "construction enterprise enterprises agency bureau association factory bank holding "
    "holdings industries industry partnership firm office consortium cooperative "
    "fisheries shipping services logistics systems solutions trust fund mission union "
    "transport".split()
)
ORG_STARTS_LATIN = frozenset("ministry department committee bureau bank".split())
ORG_SUFFIXES_HANGUL = (
    "주식회사",
    "무역총회사",
    "총회사",
    "무역회사",
    "회사",
    "무역",
    "건설",
    "그룹",
    "상사",
    "공사",
    "기업소",
    "기업",
    "은행",
    "산업",
    "개발",
    "수산",
    "총국",
    "지도국",
    "사업소",
    "련합",
    "연합",
)
LEGAL_FORMS = (
    "ООО",
    "ЗАО",
    "ОАО",
    "ПАО",
    "НАО",
    "АО",
    "ИП",
    "ГУП",
    "МУП",
    "ФГУП",
    "ТОО",
    "주식회사",
    "유한회사",
    "(주)",
    "㈜",
    "OOO",
    "ZAO",
    "OAO",
    "JSC",
    "LLC",
)
LEGAL_TAILS = (
    "Co., Ltd.",
    "Co., Ltd",
    "Co. Ltd.",
    "Co.,Ltd.",
    "Co.",
    "Ltd.",
    "Ltd",
    "LLC",
    "Inc.",
    "Corporation",
    "Corp.",
    "Trading",
    "JSC",
    "주식회사",
    "(주)",
    "㈜",
)

# Places frequent in our interviews; other places come from NER and context rules.
KNOWN_PLACES = (
    "Vladivostok Владивосток 블라디보스토크|Ussuriysk Ussuriisk Уссурийск 우수리스크|"
    "Artyom Artem Артём 아르툠 아르촘|Nakhodka Находка 나홋카|"
    "Partizansk Партизанск 파르티잔스크|"
    "Khabarovsk Хабаровск 하바롭스크|Bolshoy Kamen;Большой Камень;볼쇼이카멘;볼쇼이 카멘|"
    "Spassk-Dalny;Спасск-Дальний;스파스크달니|Arsenyev Арсеньев 아르세니예프|"
    "Dalnegorsk Дальнегорск 달네고르스크|Lesozavodsk Лесозаводск 레소자보츠크|"
    "Dalnerechensk Дальнереченск 달네레첸스크|Slavyanka Славянка 슬라뱐카|"
    "Pyongyang Пхеньян 평양|Chongjin Чхонджин 청진|Hamhung Хамхын 함흥|Wonsan Вонсан 원산|"
    "Rason Расон 라선|Sinuiju Синыйджу 신의주|Kaesong Кэсон 개성|Nampho Nampo Нампхо 남포|"
    "Hyesan Хесан 혜산|Moscow Москва 모스크바|Seoul Сеул 서울|Busan Пусан 부산|"
    "Khasan Хасан 하산|Tumangang Туманган 두만강|Yanji Яньцзи 연길|Harbin Харбин 하얼빈"
)
# General places that do not identify anyone: countries, the region of the study.
GENERIC_PLACES = frozenset(
    fold(w)
    for w in (
        "Russia Россия России Россию Россией Korea Корея Кореи Корею КНДР DPRK ROK China Китай "
        "Китая Japan Япония USA США Primorye Приморье Приморья Приморский Приморского Primorsky "
        "Krai край края Siberia Сибирь Сибири Asia Азия Азии Europe Европа 러시아 조선 북한 "
        "한국 남한 중국 일본 미국 연해주 극동 시베리아 북조선 러시아연방 Soviet СССР USSR Союз "
        "Maritime Province Far East Дальний Восток Востока Востоке"
    ).split()
)
# Words of the codebook and of camp life that must never be flagged as names.
THEME_WORDS = frozenset(
    fold(w)
    for w in (
        "rabbit rabbits coyote coyotes quota quotas Party Juche Songun Chollima review "
        "remittance remittances bribery loyalty criticism self-criticism surveillance brigade "
        "кролик кролики кроликов койот койоты партия Партия чучхе 토끼 토끼들 코요테 코요테들 "
        "당 주체 천리마 생활총화 총화 충성자금 계획 과제 감시 송금 뇌물 노동당 조선노동당"
    ).split()
)
# Capitalised words that start sentences or titles; never a name on their own.
COMMON_CAPITALISED = frozenset(
    fold(w)
    for w in (
        "The A An In On At To From Of For With By And Or But If When Then Later After Before "
        "He She They We I You It His Her Their Our My Your This That These Those There Here "
        "Mr Mrs Ms Miss Dr Comrade Director Manager Brigadier Foreman Chief Boss Captain "
        "Officer Doctor Professor Uncle Aunt Sir Madam Yes No Not Also Only Every Some Many "
        "Sister Brother Father Pastor Reverend "
        "Most All Our One Two Three Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
        "January February March April May June July August September October November "
        "December Korean Koreans Russian Russians Chinese North South East West New Old "
        "Interviewer Interviewee Q A Question Answer Note Transcript Interview Case Worker "
        "Workers Work Street Road Avenue Passport Visa Phone Email Address Born Date Birth "
        "Company Corporation Trading Group Ministry Office Agency General Construction "
        "What Why How Who Where Which Because So Yet Still Even Once Since Until While "
        "Upon Near Into Over Under About Around Through Without Within Between Among "
        "Интервьюер Почта Вопрос Ответ Бригадир Контакт Примечание Переводчик Респондент "
        "Звоните Пишите Скажите Позвоните Спасибо Здравствуйте"
    ).split()
)
TITLES_LATIN = frozenset(
    fold(w)
    for w in (
        "Mr Mrs Ms Miss Dr Comrade Director Manager Brigadier Foreman Chief Boss Captain "
        "Officer Doctor Professor Uncle Aunt Mister Sergeant Colonel Major Sister Brother "
        "Father Pastor Reverend"
    ).split()
)
TITLES_HANGUL = (
    "씨",
    "동무",
    "동지",
    "님",
    "반장",
    "사장",
    "지배인",
    "과장",
    "소장",
    "대표",
    "부장",
    "작업반장",
    "선생",
    "선생님",
    "아저씨",
    "아주머니",
    "할머니",
    "할아버지",
    "형",
    "누나",
    "언니",
    "오빠",
)
PLACE_PREPOSITIONS = frozenset(
    "in to from near at outside around via toward towards into left leaving reached visited "
    "across entered".split()
)
RUSSIAN_SURNAME_ENDS_HANGUL = (
    "프",
    "바",
    "코",
    "나",
    "키",
    "치",
    "린",
    "닌",
    "진",
    "크",
    "야",
    "르",
    "인",
    "브",
    "스",
)
