"""Build the package's demo/interviews.jsonl (under desktop/fieldvault/data/) from the fictional
interviews held below.

Everything in this file is invented demo material (see README.md): the people, companies,
phone, passport numbers and dates of birth do not belong to anyone. Situations are modelled on
the report in the codebook's `source`, told in our own words.

Coding offsets are never typed by hand. Each `Code` names a phrase that must occur exactly
once in the transcript; its position in the NFC text (Python str indices, end exclusive) gives
the offsets. Transcript blocks are written wrapped: lines inside a paragraph are joined with
one space, and paragraphs (separated by a blank line) become lines of the transcript.

Run from the repository root:  python seeds/demo/build_demo.py
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

OUT_PATH = (Path(__file__).resolve().parents[2] / "desktop" / "fieldvault" / "data" / "demo"
            / "interviews.jsonl")

Attribute = str | int | float | bool


# The demo vault's owner codes as OWNER (fieldvault.core.demo.DEMO_OWNER), so a coding the
# user adds is the owner's, not a third coder's; SECOND_CODER is the blind second coder.
OWNER = "demo-interviewer"
SECOND_CODER = "demo-coder"


@dataclass(frozen=True)
class Code:
    theme: str
    phrase: str
    coder: str = OWNER
    memo: str | None = None


@dataclass(frozen=True)
class Person:
    role: str
    name: str
    variants: tuple[str, ...]


@dataclass(frozen=True)
class Interview:
    case_code: str
    title: str
    languages: tuple[str, ...]
    interview_date: str
    interviewer: str
    attributes: dict[str, Attribute]
    text: str
    codes: tuple[Code, ...]
    memos: tuple[str, ...]
    people: tuple[Person, ...]


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def unwrap(text: str) -> str:
    """Join wrapped lines of each paragraph; paragraphs become single transcript lines."""
    paragraphs = [p for p in text.strip().split("\n\n") if p.strip()]
    lines = [" ".join(part.strip() for part in p.splitlines()) for p in paragraphs]
    return nfc("\n".join(lines))


def locate(transcript: str, phrase: str) -> tuple[int, int]:
    """Return (start, end) of the one occurrence of `phrase`; fail if it is absent or repeated."""
    needle = nfc(phrase)
    count = transcript.count(needle)
    if count != 1:
        raise ValueError(f"phrase occurs {count} times, expected once: {phrase!r}")
    start = transcript.index(needle)
    return start, start + len(needle)


def coding(transcript: str, code: Code) -> dict[str, Any]:
    start, end = locate(transcript, code.phrase)
    result: dict[str, Any] = {"theme": code.theme, "start": start, "end": end, "coder": code.coder}
    if code.memo:
        result["memo"] = code.memo
    return result


def double_codings(transcript: str, codes: tuple[Code, ...]) -> list[dict[str, Any]]:
    """The second coder also codes the owner's first two passages of each interview: the
    first exactly alike (agreement), the second only its first half, cut at a space (a
    partial disagreement), so that the Agreement page has both to show."""
    owners = [code for code in codes if code.coder == OWNER][:2]
    out = []
    for number, code in enumerate(owners):
        result = coding(transcript, Code(code.theme, code.phrase, SECOND_CODER))
        if number == 1:
            start, end = result["start"], result["end"]
            cut = transcript.rfind(" ", start, start + (end - start) // 2)
            result["end"] = cut if cut > start else end
        out.append(result)
    return out


def build_record(interview: Interview) -> dict[str, Any]:
    transcript = unwrap(interview.text)
    return {
        "case_code": interview.case_code,
        "title": interview.title,
        "languages": list(interview.languages),
        "interview_date": interview.interview_date,
        "interviewer": interview.interviewer,
        "attributes": dict(interview.attributes),
        "transcript": transcript,
        "codings": [coding(transcript, code) for code in interview.codes]
        + double_codings(transcript, interview.codes),
        "memos": list(interview.memos),
        "people": [
            {"role": p.role, "name": p.name, "variants": list(p.variants)} for p in interview.people
        ],
    }


def build_records() -> list[dict[str, Any]]:
    return [build_record(interview) for interview in INTERVIEWS]


def main() -> None:
    lines = [json.dumps(record, ensure_ascii=False) for record in build_records()]
    OUT_PATH.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} records to {OUT_PATH}")


INTERVIEWS: tuple[Interview, ...] = (
    # ------------------------------------------------------------------ PK-001 (en)
    Interview(
        case_code="PK-001",
        title="Construction worker on paying the plan (Artyom)",
        languages=("en",),
        interview_date="2014-11-15",
        interviewer="Seo Hana (fictional)",
        attributes={
            "sector": "construction",
            "employer_type": "North Korean construction company",
            "year_of_arrival": 2013,
            "status": "worker",
            "city": "Artyom",
        },
        text="""
[FICTIONAL DEMO INTERVIEW — not a real person]

Recorded at a private house under renovation in Artyom. The interviewee asked to be called
Myong-chol; his full name, seen later on a site list, is Ri Myong-chol (리명철, Ри Мён Чхоль),
born June 14, 1979.

Q: How long have you been here?

A: Since April 2013. I came with Saeppyol Construction Trading, 새별건설무역회사 in our
language; the Russians write ООО «Сэбёль» on the papers. From the airport they drove us straight
to the quarters in Artyom.

Q: What did you owe when you arrived?

A: The ticket, the visa fee, the food at the quarters: about a thousand dollars before I laid a
single brick. Everybody knows it before leaving. It sticks to you from the first day.

Q: And the monthly plan?

A: The plan is due on the twenty-fifth. They say the state part is two hundred and forty
dollars, but what we hand over is far more: rent, the canteen, the "management fee", taxes.
Nobody shows us the breakdown. When I asked once, I was told the Russian firm had cut the
budget, so the sum went up.

Q: How is it collected?

A: At the Saturday review. Comrade Jo Kwang-il, 조광일, our platoon commander, reads the list:
who has paid, who has not. If you are short, your name is read twice. It is the meeting everyone
fears, more than the Party one.

Q: Were you ever short?

A: Last winter, two months in a row. The general contractor, ООО «Приморский Горизонт», stopped
paying the company in November and nothing came down to us. Short for a third month and you are
on the flight home, and at home I still owe the people who lent me money for the bribe.

Q: Who keeps your passport?

A: The deputy manager keeps them all in his safe. Mine is passport 836104257; I know the number
by heart.

Q: How do you make up the money?

A: Night work. After the site closes at six we go to flats: tiling, plaster, a bathroom. A
Koryo-saram lady finds the jobs; she calls Jo on his phone, +7 914 702-18-43, and takes her
share.

Q: Do you keep the money with you?

A: In three places. I never tell the others where.

(The recording stops when a car pulls up at the gate.)
""",
        codes=(
            Code("dispatch.initial_debt", "about a thousand dollars before I laid a single brick"),
            Code("quota.planned", "The plan is due on the twenty-fifth."),
            Code(
                "quota.bundled_fees",
                'rent, the canteen, the "management fee", taxes. Nobody shows us the breakdown.',
                coder=SECOND_CODER,
            ),
            Code("meeting.quota_review", "reads the list: who has paid, who has not"),
            Code(
                "work.arrears",
                "stopped paying the company in November and nothing came down to us",
            ),
            Code(
                "quota.outstanding",
                "Short for a third month and you are on the flight home",
                coder=SECOND_CODER,
                memo="Shortfall caused by the contractor's arrears, not by the worker.",
            ),
            Code("work.side_jobs", "After the site closes at six we go to flats"),
            Code("flight_conflict.violence", "In three places. I never tell the others where."),
        ),
        memos=(
            "Separates the state share from the bundled total without prompting; compare the "
            "team head's account of the same meeting in PK-008.",
        ),
        people=(
            Person("worker", "Ri Myong-chol", ("리명철", "Ри Мён Чхоль", "Myong-chol")),
            Person("manager", "Jo Kwang-il", ("조광일", "Чо Гван Ир")),
        ),
    ),
    # ------------------------------------------------------------------ PK-002 (en)
    Interview(
        case_code="PK-002",
        title="A runaway hiding near Ussuriysk",
        languages=("en",),
        interview_date="2015-08-22",
        interviewer="Daniel Moreau (fictional)",
        attributes={
            "sector": "agriculture",
            "employer_type": "informal (greenhouse)",
            "year_of_arrival": 2012,
            "status": "runaway",
            "city": "Ussuriysk",
            "former_sector": "construction",
        },
        text="""
[FICTIONAL DEMO INTERVIEW — not a real person]

Recorded in a greenhouse outside Ussuriysk. The man gave his name as Kang Song-hun (강성훈); on
a Russian work list seen later it is spelled Кан Сон Хун, date of birth November 3, 1986.

Q: When did you leave the company?

A: Eleven months ago. I was with Manpung General Trading, 만풍종합무역회사, in Vladivostok.
Their Russian name is ООО «Манпхун».

Q: Why did you leave?

A: Two things came together. In March the deputy manager made a surprise check at the site and
took all our phones. He plugged mine into his computer and found I had been watching South
Korean dramas at night. He said I would be on the next plane. And I was already four months
behind with the plan; the office was losing contracts and everyone said it would close.

Q: So going home was the fear.

A: Going home like that is the end. I borrowed from my wife's brother to get sent here. If I
come back early, with debt and a mark in my file, what do I have?

Q: Where did you go?

A: First to a friend's flat in Ussuriysk, then here. Tatyana, a Koryo-saram woman, Татьяна Ким,
rents this greenhouse. She lets me sleep in the shed and I work her cucumbers. Her number is 8
(4234) 31-22-07, but I never call it from my own phone.

Q: Has anyone looked for you?

A: Pak Yong-nam from the company came to the market twice asking about me. 박영남. He showed my
photograph to the traders. When a car I don't know stops on the road, I go into the field.

Q: What about your family?

A: My son was two when I left. I have not been able to send anything since I ran. I think about
them every night. Maybe they have been told I am dead.

Q: Do you regret the dramas?

A: Not the dramas. Seoul looks like another planet. I would not have believed it before I came
to Russia.

Q: What will you do?

A: There are many like me around here. We hide until something changes.
""",
        codes=(
            Code(
                "surveillance.phone_inspection",
                "He plugged mine into his computer and found I had been watching South Korean "
                "dramas at night.",
            ),
            Code(
                "quota.outstanding",
                "I was already four months behind with the plan",
                coder=SECOND_CODER,
            ),
            Code(
                "flight_conflict.rabbits",
                "the office was losing contracts and everyone said it would close",
                memo="Two motives together: failed inspection and an unpayable balance.",
            ),
            Code("surveillance.repatriation_threat", "Going home like that is the end."),
            Code(
                "flight_conflict.hiding", "She lets me sleep in the shed and I work her cucumbers."
            ),
            Code(
                "flight_conflict.hiding",
                "When a car I don't know stops on the road, I go into the field.",
                coder=SECOND_CODER,
            ),
            Code("return.family_separation", "My son was two when I left."),
            Code("agency.outside_world", "Seoul looks like another planet."),
        ),
        memos=(
            "Interview arranged through the greenhouse owner; he asked that the site not be "
            "described more precisely.",
        ),
        people=(
            Person("worker", "Kang Song-hun", ("강성훈", "Кан Сон Хун")),
            Person("other", "Tatyana Kim", ("Татьяна Ким", "Tatyana", "김 따찌야나")),
            Person("manager", "Pak Yong-nam", ("박영남", "Пак Ён Нам")),
        ),
    ),
    # ------------------------------------------------------------------ PK-003 (en)
    Interview(
        case_code="PK-003",
        title="A company interpreter on fetching work (Nakhodka)",
        languages=("en",),
        interview_date="2015-03-10",
        interviewer="Seo Hana (fictional)",
        attributes={
            "sector": "construction",
            "employer_type": "North Korean construction company",
            "year_of_arrival": 2010,
            "status": "manager",
            "role": "interpreter",
            "city": "Nakhodka",
        },
        text="""
[FICTIONAL DEMO INTERVIEW — not a real person]

Conversation in a café in Nakhodka. The interviewee, Choe Hyok (최혁; in his Russian documents
Чхве Хёк, born August 22, 1981), is one of three interpreters at Ryongmun Construction
(룡문건설회사, registered in Russia as ООО «Рёнмун»).

Q: What does an interpreter do in your company?

A: There are two kinds. The main interpreter sits with the director and writes the big contracts
with Russian firms. The rest of us are supposed to bring in work. We "fetch" it.

Q: How do you fetch work?

A: Through people I know. A Russian, Sergei Pavlovich Orlov, Сергей Павлович Орлов, builds
dachas near Nakhodka. He calls me on +7 924 233-71-09 and says: I need a roof in ten days. Then
I go to a team head and say, take five men, this is the price, this is my part.

Q: So you sell the job to the workers.

A: Officially I should just hand it over. My basic pay is small; everybody does it this way. New
men cannot speak Russian, they have no choice for the first half year. After that the clever
ones find their own jobs and I lose them.

Q: Can workers talk to clients directly?

A: Only interpreters and managers may speak with outsiders. With South Koreans, nobody may
speak. You are lucky I am here; the deputy director is in Vladivostok today.

Q: The deputy director?

A: He is from the security side. He writes down who talks to whom. If a man is seen with a
Southerner, he is finished.

Q: What about going out "on contract"?

A: A worker who pays more than the plan can ask the director to let him go out on contract for a
few months. The director agrees if the man brings money regularly. The director himself does
well: the Land Cruiser outside the office is not from his salary.

Q: And the visas?

A: All of us came on the company's invitation, with five-year work visas. Every autumn I take
everyone's papers to renew the registration. If a worker does a private job and the police stop
him, the visa says he should be at our site. That is a problem.

Q: Do workers complain?

A: To whom? The answer is always the same: if you don't like it, you can go home.
""",
        codes=(
            Code("work.interpreters", "this is the price, this is my part"),
            Code(
                "work.interpreters",
                "New men cannot speak Russian, they have no choice for the first half year.",
                coder=SECOND_CODER,
            ),
            Code(
                "surveillance.banned_contact",
                "Only interpreters and managers may speak with outsiders.",
            ),
            Code(
                "surveillance.minders",
                "He is from the security side. He writes down who talks to whom.",
            ),
            Code("work.contract", "let him go out on contract for a few months"),
            Code("work.cadre_income", "the Land Cruiser outside the office is not from his salary"),
            Code(
                "dispatch.legal_status.illegal_work",
                "If a worker does a private job and the police stop him, the visa says he should "
                "be at our site.",
                coder=SECOND_CODER,
            ),
            Code("agency.coercion", "if you don't like it, you can go home"),
        ),
        memos=(
            "The interpreter spoke freely only because the deputy director was away; check "
            "whether later contact is safe before any follow-up.",
        ),
        people=(
            Person("manager", "Choe Hyok", ("최혁", "Чхве Хёк")),
            Person("other", "Sergei Pavlovich Orlov", ("Сергей Павлович Орлов", "Orlov")),
        ),
    ),
    # ------------------------------------------------------------------ PK-004 (en)
    Interview(
        case_code="PK-004",
        title="A colleague's death from generator fumes (near Artyom)",
        languages=("en",),
        interview_date="2015-01-18",
        interviewer="Daniel Moreau (fictional)",
        attributes={
            "sector": "construction",
            "employer_type": "North Korean construction company",
            "year_of_arrival": 2012,
            "status": "worker",
            "city": "Artyom",
        },
        text="""
[FICTIONAL DEMO INTERVIEW — not a real person]

Recorded at a building site near Artyom in January. Interviewee: Hwang Chol-jin (황철진, Хван
Чхоль Джин), born February 9, 1975, a plasterer with Paeksol External Construction
(백솔대외건설; Russian registration ООО «Пэксоль»).

Q: You said a colleague died here.

A: So Yong-bok. 서영복. We came on the same plane in 2012. In December we were finishing the
inside of a cottage for a Russian client. It was minus twenty-five and the house had no heating
yet, so we slept in the unfinished kitchen with a petrol generator and an electric heater.

Q: Why not go back to the quarters?

A: It is an hour each way. If you sleep on site you start at seven and stop at one in the
morning. No water to wash, but the electricity is free. We finish in a week what the Russians do
in a month, so we can take the next job.

Q: What happened that night?

A: The wind was strong, so someone shut the door to the yard where the generator stood. In the
morning Yong-bok did not wake up. I had a terrible headache and was sick for two days. The
doctor at the clinic said it was the gas.

Q: What did the company do?

A: The company said the job was not theirs: it was a night job the team had found itself, so the
agreement that makes the employer pay does not apply. The client gave nothing. His phone was 8
(423) 245-60-18; after that night he never answered.

Q: Who paid for the funeral?

A: We did. Every man in the quarters gave twenty or thirty dollars. We collected about two
thousand. But the body has to go home and there are costs here, so maybe half reached his wife.

Q: How do you feel about it?

A: We say he died for a thousand dollars. After that, some of the men would not sleep on sites
for a while. Then the winter jobs came and they went back to it.

Q: Are you sleeping on site now?

A: Yes. I leave the window open a little. What else can we do? The plan does not wait.
""",
        codes=(
            Code("living.sleeping_on_site", "No water to wash, but the electricity is free."),
            Code("living.hours", "you start at seven and stop at one in the morning"),
            Code(
                "work.side_jobs",
                "We finish in a week what the Russians do in a month, so we can take the next job.",
                coder=SECOND_CODER,
            ),
            Code("living.carbon_monoxide", "In the morning Yong-bok did not wake up."),
            Code("living.health", "I had a terrible headache and was sick for two days."),
            Code(
                "dispatch.legal_status.illegal_work",
                "it was a night job the team had found itself, so the agreement that makes the "
                "employer pay does not apply",
                memo="Death on an unofficial job left without the employer's cover.",
            ),
            Code(
                "living.death_funeral", "Every man in the quarters gave twenty or thirty dollars."
            ),
        ),
        memos=(
            "Respondent visibly shaken; stopped twice. Do not re-contact about the death.",
            "Client's phone number retained only in the identity store.",
        ),
        people=(
            Person("worker", "Hwang Chol-jin", ("황철진", "Хван Чхоль Джин")),
            Person("worker", "So Yong-bok", ("서영복", "Со Ён Бок", "Yong-bok")),
        ),
    ),
    # ------------------------------------------------------------------ PK-005 (en)
    Interview(
        case_code="PK-005",
        title="Fish-plant worker on drink, cards and colleagues (Nakhodka)",
        languages=("en",),
        interview_date="2015-10-04",
        interviewer="Daniel Moreau (fictional)",
        attributes={
            "sector": "fishing",
            "employer_type": "North Korean fishery company",
            "year_of_arrival": 2013,
            "status": "worker",
            "city": "Nakhodka",
        },
        text="""
[FICTIONAL DEMO INTERVIEW — not a real person]

Interview at a bus stop near a fish-processing plant in Nakhodka, continued in the interviewer's
car. The interviewee is Yun Sang-ho (윤상호; Юн Сан Хо in his registration), born May 27, 1988,
employed by Pihyon Marine Products (비현수산; ООО «Пихён Марин»).

Q: What is the work like?

A: Gutting and freezing pollack. Twelve-hour shifts, sometimes fourteen when a boat comes in.
Two days off a month if we are lucky. The cold gets into your hands; two men in my shift cannot
close their fingers properly any more.

Q: How do people cope?

A: Drink. You drink to sleep, then you drink to start. And cards. In the quarters there is a
game every night after the head count. Last year some men went into town to the slot halls, and
the office put a man at the door of one hall to catch them.

Q: Did people lose money?

A: A lot. One man from Hamhung lost his whole plan money in two nights. He could not pay on the
twenty-fifth, and one morning his bed was empty. A rabbit. Nobody has heard from him.

Q: Is money safe in the quarters?

A: No. My roommate Kim Tae-song, 김태성, took three hundred dollars from my bag while I slept. I
know it was him; he bought a new phone the next day, the number is +7 908 441-56-02. We fought,
and the team head put us in different rooms. Now I hide money in the lining of my boots.

Q: Do you talk about money with the others?

A: Never. If someone knows you earn on the side, he will go to your client and offer a lower
price. They say we are coyotes to each other. It is true.

Q: Do you go into town?

A: Only in fours. It is the rule, and also on payday the local boys wait near the bus stop. Last
month two of ours were beaten and robbed there.
""",
        codes=(
            Code("living.hours", "Twelve-hour shifts, sometimes fourteen when a boat comes in."),
            Code(
                "living.health",
                "two men in my shift cannot close their fingers properly any more",
                coder=SECOND_CODER,
            ),
            Code("living.alcohol_gambling", "You drink to sleep, then you drink to start."),
            Code(
                "flight_conflict.rabbits",
                "one morning his bed was empty. A rabbit.",
                memo="Gambling losses leading straight to flight.",
            ),
            Code(
                "flight_conflict.violence", "took three hundred dollars from my bag while I slept"
            ),
            Code("flight_conflict.coyotes", "They say we are coyotes to each other."),
            Code("surveillance.group_movement", "Only in fours.", coder=SECOND_CODER),
            Code("living.street_risk", "two of ours were beaten and robbed there"),
        ),
        memos=("Respondent drank during the interview; some figures may be exaggerated.",),
        people=(
            Person("worker", "Yun Sang-ho", ("윤상호", "Юн Сан Хо")),
            Person("worker", "Kim Tae-song", ("김태성", "Ким Тхэ Сон")),
        ),
    ),
    # ------------------------------------------------------------------ PK-006 (ko)
    Interview(
        case_code="PK-006",
        title="귀국을 앞둔 재소생의 재탕 계획 (블라디보스토크)",
        languages=("ko",),
        interview_date="2015-09-14",
        interviewer="Park Ji-won (fictional)",
        attributes={
            "sector": "construction",
            "employer_type": "North Korean construction company",
            "year_of_arrival": 2012,
            "status": "returnee",
            "city": "Vladivostok",
            "first_dispatch": 2006,
        },
        text="""
[가상 데모 인터뷰 — 실존 인물이 아닙니다]

2015년 9월, 귀국을 사흘 앞둔 구술자를 블라디보스토크에서 만났다. 구술자는 문정호(Mun Jong-ho,
러시아 등록 서류에는 Мун Чжон Хо), 1972년 10월 5일생이다. 소속은 청류건설무역(러시아 등록명 ООО
«Чхонрю»)이며 이번에는 현장장으로 일했다.

질문: 이번이 첫 파견이었습니까?

답: 아닙니다, 두 번째입니다. 2006년에 처음 나와서 우수리스크에서 3년 동안 미장을 했어요. 3년이
되니까 평가를 하는데, 더 있고 싶으면 지배인한테 따로 인사를 해야 된다고 해서 그냥 들어갔습니다.

질문: 돌아가셨을 때 고향에서는 어땠습니까?

답: 재소생이라고 하면 다들 돈 많이 벌어 온 줄 압니다. 동네 사람들이 "이제 좀 쉬라우", "길
비키라우" 하면서 곱지 않게 봐요. 사실 부자는 아니고 그저 중간쯤이지요. 저는 들여온 돈으로 장사를
시작했는데, 같이 하자던 사람한테 모은 돈 절반을 떼였습니다.

질문: 그래서 다시 나올 생각을 하셨군요.

답: 재탕이지요. 한 번 나갔다 온 사람들은 거의 다 다시 나갈 궁리를 합니다. 그런데 이번에는 그냥
노동자로 나오면 안 된다고 생각했어요. 현장장이 되면 밑에서 들어오는 것도 있고 일감도 고를 수
있으니까요.

질문: 현장장은 어떻게 되셨습니까?

답: 성 간부한테 돈을 넣었습니다. 그리고 건설대학 졸업증을 하나 샀어요. 장마당에서는 그런 걸
"명패"라고 부릅니다. 졸업증 값이 현장장 자리 값보다 싸긴 한데, 둘 다 있어야 서류가 맞아요.

질문: 현장장으로 일해 보니 어떻습니까?

답: 노동자 때보다 편하긴 합니다. 대신 계획분을 못 채우는 사람이 나오면 제 책임이 돼요. 우리
현장에 마흔 명이 있었는데, 한 달에 한두 명은 꼭 모자랐습니다. 그러면 제 돈으로 먼저 메워 놓고
다음 달에 받아 내야지요. 그래서 현장장들끼리는 사람 고르는 게 제일 중요하다고 합니다.

질문: 이번에 돌아가면 또 나오실 생각입니까?

답: 그럼요. 1년쯤 쉬다가 이번엔 부지배인 자리를 노려 볼 겁니다. 최덕만 부장한테 벌써 말을 넣어
놨어요. 평양 집 전화가 +850 2 381 4402인데, 그쪽으로 연락이 오기로 했습니다. 그렇게 한 계단씩
올라가는 거지요. 다들 그렇게 합니다.

질문: 가져가시는 짐은 무엇입니까?

답: 전기밥솥 두 개, 겨울 외투 세 벌, 중고 휴대폰 몇 대입니다. 하나는 집에서 쓰고 나머지는 팔거나
인사로 씁니다. 현금은 만 달러 넘으면 신고해야 하는데, 신고하면 세관에서 어디서 난 돈이냐고
캐묻거든요. 그래서 그 밑으로만 들고 가고, 나머지는 지난달 먼저 들어간 동무 편에 보냈습니다.

질문: 가족은 어떻습니까?

답: 처하고는 첫 파견 때 이혼 말까지 나왔어요. 3년 동안 얼굴을 못 보니 그럴 수밖에요. 이번에는
아들이 군대 가는 것도 못 봤습니다. 식구를 데리고 나오는 건 2008년부터 아예 안 됩니다.

질문: 여권은 본인이 갖고 계십니까?

답: 회사가 갖고 있다가 공항에서 돌려줍니다. 여권번호 745208813, 그건 외우고 있어요. 모레 아침
비행기로 평양에 들어갑니다. 블라디보스토크에서 보는 바다도 이번이 마지막이겠지요. 아니, 또 올
거니까 마지막은 아니네요.
""",
        codes=(
            Code(
                "dispatch.term_extension",
                "더 있고 싶으면 지배인한테 따로 인사를 해야 된다고 해서",
                coder=SECOND_CODER,
            ),
            Code("return.jaesosaeng", "재소생이라고 하면 다들 돈 많이 벌어 온 줄 압니다."),
            Code("return.jaetang", "한 번 나갔다 온 사람들은 거의 다 다시 나갈 궁리를 합니다."),
            Code(
                "return.bought_titles",
                "건설대학 졸업증을 하나 샀어요",
                memo="'명패' here is his word for the whole bought package.",
            ),
            Code("return.goods", "하나는 집에서 쓰고 나머지는 팔거나 인사로 씁니다."),
            Code("return.cash_limits", "현금은 만 달러 넘으면 신고해야 하는데"),
            Code("return.family_separation", "식구를 데리고 나오는 건 2008년부터 아예 안 됩니다."),
        ),
        memos=(
            "Second stint; describes the migration cycle as a ladder he intends to keep climbing.",
        ),
        people=(
            Person("worker", "문정호", ("Mun Jong-ho", "Мун Чжон Хо")),
            Person("official", "최덕만", ("Choe Tok-man", "Чхве Док Ман", "최덕만 부장")),
        ),
    ),
    # ------------------------------------------------------------------ PK-007 (ko)
    Interview(
        case_code="PK-007",
        title="인편으로 집에 돈을 보내는 노동자 (아르툠)",
        languages=("ko",),
        interview_date="2014-11-20",
        interviewer="Park Ji-won (fictional)",
        attributes={
            "sector": "construction",
            "employer_type": "North Korean construction company",
            "year_of_arrival": 2012,
            "status": "worker",
            "city": "Artyom",
        },
        text="""
[가상 데모 인터뷰 — 실존 인물이 아닙니다]

2014년 11월 아르툠에서 만난 구술자는 박금철(Pak Kum-chol, Пак Кым Чхоль), 1984년 3월 17일생으로
솔매대외건설(러시아 등록명 ООО «Сольмэ») 소속 콘크리트공이다. 인터뷰는 구술자가 일하는 아파트
현장 옆 창고에서 진행했다.

질문: 가족에게 돈은 어떻게 보내십니까?

답: 은행은 못 씁니다. 돈은 다 몸에 지니거나 숨겨 두지요. 집에 보낼 때는 귀국하는 동무 편에
보냅니다. 이번에는 한명수 동무가 다음 주에 들어가는데, 함흥 우리 집에 2천 달러를 전해 주기로
했어요.

질문: 수고비를 줍니까?

답: 보통 10프로 줍니다. 가까운 사이면 그냥 해 주기도 하고요. 명수는 고향 친구라서 절반만
받겠다고 했습니다. 그래도 불안하지요. 중간에 세관에서 걸리면 그 사람 돈하고 같이 다 뺏기니까요.

질문: 직접 들고 가는 것은 어떻습니까?

답: 만 달러까지는 들고 갈 수 있는데, 그 이상은 신고해야 합니다. 예전에는 국경 넘기 전에 짐을
먼저 던져 놓고 나중에 주웠다는데, 누가 그걸 알고 훔쳐 가서 그것도 끝났대요. 돈을 비닐에 싸서
삼키고 간 사람도 있었는데, 하산 세관에서 설사약을 먹여서 다 찾아냈답니다. 그 말 듣고 나서는 다들
인편으로 보내지요.

질문: 가족은 회사에서 따로 돈을 받습니까?

답: 아닙니다. 여기서 부쳐 주지 않으면 집에서는 한 푼도 못 받아요. 처 리순희가 시장에서 장사를
하면서 애 둘을 키웁니다. 제가 여기 오려고 할 때 처가 살림살이를 팔아서 뇌물 돈을 보탰어요. 그거
갚으려면 아직 멀었습니다.

질문: 돈은 어디에 보관하십니까?

답: 작업복 안주머니에 조금, 나머지는 현장 창고 벽돌 밑에 나눠서 묻어 둡니다. 합숙소는 안전하지
않아요. 작년에 같은 방 동무가 모은 돈을 몽땅 잃어버렸는데, 누가 가져갔는지 끝내 몰랐습니다. 그
뒤로는 서로 얼마 있는지 묻지도 않아요.

질문: 러시아에서 물건도 사서 보내십니까?

답: 겨울 신발하고 아이들 옷을 사서 같이 보냅니다. 돈보다 물건이 덜 걸린다고들 해요. 집에서는
그걸 장마당에 팔아서 쌀을 삽니다.

질문: 1년에 얼마나 보내십니까?

답: 잘되는 해에 3천 달러쯤 됩니다. 그런데 국가에 바치는 건 그 세 배가 넘어요. 처음엔 그게 당연한
줄 알았어요. 나라 일이니까. 여기 와서 러시아 사람들 사는 걸 보니까 생각이 좀 달라집니다. 이런
말은 여기서만 하는 겁니다.

질문: 연락은 어떻게 하십니까?

답: 편지를 인편으로 보내고, 가끔 명수 동무 러시아 전화 +7 914 227-65-13으로 소식을 듣습니다.
아이들 목소리를 들은 건 3년 동안 한 번도 없습니다. 큰애가 올해 소학교에 들어갔다는데, 가방 하나
사 보내는 것도 인편이 있어야 됩니다.

질문: 돈을 보낼 때 제일 걱정되는 것은 무엇입니까?

답: 전하는 사람이 중간에 쓰거나, 세관에서 걸리거나, 집에 가서 얼마를 줬는지 말이 안 맞는 거지요.
그래서 처한테 편지로 금액을 따로 알려 줍니다. 믿을 사람은 고향 사람밖에 없어요.

질문: 계약이 끝나면 어떻게 하실 생각입니까?

답: 들어가서 처하고 애들 얼굴부터 봐야지요. 그다음 일은 그때 생각하겠습니다. 여기 있는 동안은 한
달이라도 더 보내는 게 중요합니다.
""",
        codes=(
            Code("return.couriers", "집에 보낼 때는 귀국하는 동무 편에 보냅니다."),
            Code(
                "return.couriers",
                "보통 10프로 줍니다.",
                coder=SECOND_CODER,
                memo="Commission halved for a friend from home.",
            ),
            Code("return.cash_limits", "하산 세관에서 설사약을 먹여서 다 찾아냈답니다"),
            Code("dispatch.bribes", "처가 살림살이를 팔아서 뇌물 돈을 보탰어요"),
            Code("agency.duty", "처음엔 그게 당연한 줄 알았어요. 나라 일이니까."),
            Code(
                "agency.regime_critique",
                "여기 와서 러시아 사람들 사는 걸 보니까 생각이 좀 달라집니다.",
                coder=SECOND_CODER,
            ),
            Code("return.family_separation", "아이들 목소리를 들은 건 3년 동안 한 번도 없습니다."),
        ),
        memos=("Courier's departure date and phone kept out of the case notes.",),
        people=(
            Person("worker", "박금철", ("Pak Kum-chol", "Пак Кым Чхоль")),
            Person("worker", "한명수", ("Han Myong-su", "Хан Мён Су", "명수")),
            Person("family", "리순희", ("Ri Sun-hui", "Ри Сун Хи")),
        ),
    ),
    # ------------------------------------------------------------------ PK-008 (ko)
    Interview(
        case_code="PK-008",
        title="작업반장이 말하는 총화와 검열 (블라디보스토크)",
        languages=("ko",),
        interview_date="2015-04-11",
        interviewer="Park Ji-won (fictional)",
        attributes={
            "sector": "construction",
            "employer_type": "North Korean construction company",
            "year_of_arrival": 2011,
            "status": "manager",
            "role": "platoon commander",
            "city": "Vladivostok",
        },
        text="""
[가상 데모 인터뷰 — 실존 인물이 아닙니다]

2015년 4월 블라디보스토크 외곽의 주택 현장. 구술자 조영삼(Jo Yong-sam, Чо Ён Сам), 1969년 1월
23일생, 룡문건설회사(러시아 등록명 ООО «Рёнмун») 소속 작업반장(소대장)으로 노동자 열세 명을 맡고
있다.

질문: 소대장은 무슨 일을 합니까?

답: 일감 나눠 주고, 사람들 챙기고, 매주 계획 총화를 합니다. 토요일 저녁 7시에 합숙소 큰방에
모여서 누가 계획분을 냈는지 하나하나 이름을 부릅니다. 못 낸 사람은 다음 달까지 채우겠다고 말해야
해요. 다들 제일 무서워하는 게 그 총화입니다.

질문: 당생활총화는 따로 합니까?

답: 그건 세포비서가 합니다. 남조선 드라마를 봤는지, 인터넷을 했는지 묻고, 로동신문 읽은 걸
말하게 하지요. 호상비판 시간도 있는데, 여기서는 조선에서처럼 세게 하지 않아요. 다 같이 고생하는
처지니까 "늦잠 잤다" 정도로 한두 마디 하고 끝냅니다.

질문: 부지배인은 어떤 사람입니까?

답: 안성국 부지배인이라고 하는데, 다들 보위부에서 나온 사람인 줄 압니다. 예고 없이 현장에 와서
전화기를 다 거둬 가요. 중국산 폰만 허가되는데, 일감 찾느라 스마트폰 쓰는 사람이 많습니다. 걸리면
자기 일을 시키거나 수수료를 더 떼고 봐주기도 하고, 심하면 소환입니다.

질문: 소대장은 수입이 더 많습니까?

답: 제 몫은 따로 있지요. 일 잘되는 달은 3천 달러도 남습니다. 지배인은 더하고요. 차도 좋은 거
탑니다. 그 돈이 다 어디서 나오겠습니까. 밑에서 올라오는 거지요.

질문: 러시아 회사와는 어떻게 일합니까?

답: 러시아 회사하고 계약은 지배인하고 주통역이 합니다. 저는 현장에서 러시아 감독이 시키는 대로
사람을 배치하고, 일이 끝나면 작업량을 적어서 올립니다. 돈이 얼마 들어왔는지는 저도 정확히
모릅니다.

질문: 반원이 도망가면 어떻게 됩니까?

답: 소대장이 제일 먼저 불려 갑니다. 작년에 우리 반에서 한 명이 토끼가 됐는데, 그 뒤로 석 달 동안
총화 때마다 제가 비판을 받았어요. 보위부 사람들이 우수리스크 쪽 농장까지 찾으러 다녔는데 못
찾았습니다. 그 사람 가족이 어떻게 됐는지는 모릅니다.

질문: 반원들을 조별로 다니게 합니까?

답: 네, 현장 갈 때나 시장 갈 때나 서너 명씩 묶어서 보냅니다. 한 사람이 사고 치면 같이 책임지니까
서로 봐 주지요. 밤에는 강도도 많아서 어차피 혼자는 위험합니다.

질문: 힘든 점은 무엇입니까?

답: 술입니다. 처음엔 잠이 안 와서 한 잔씩 했는데, 이제는 낮에도 안 마시면 손이 떨려요. 이가 다
상해서 조선에서 몇 개 빼고 왔는데, 여기서는 치과 갈 돈이 아깝지요. 현장까지 공구를 들고 버스로
다니는 것도 이 나이에는 힘듭니다.

질문: 반원들과의 관계는 어떻습니까?

답: 겉으로는 다 동무지요. 그래도 누가 어디서 밤일을 하는지는 서로 말을 안 합니다. 저도 모르는
척합니다. 계획분만 제때 들어오면 됩니다.

질문: 이 대화가 알려지면 곤란하지 않습니까?

답: 곤란하지요. 안성국 부지배인 전화번호가 +7 902 506-37-81인데, 이 번호로 전화 오면 저는 무조건
받아야 합니다. 오늘 이야기한 건 모르게 해 주십시오.
""",
        codes=(
            Code("meeting.quota_review", "누가 계획분을 냈는지 하나하나 이름을 부릅니다"),
            Code("meeting.party_life", "남조선 드라마를 봤는지, 인터넷을 했는지 묻고"),
            Code(
                "meeting.mutual_criticism", "여기서는 조선에서처럼 세게 하지 않아요", coder=SECOND_CODER
            ),
            Code("surveillance.minders", "다들 보위부에서 나온 사람인 줄 압니다"),
            Code("surveillance.phone_inspection", "예고 없이 현장에 와서 전화기를 다 거둬 가요."),
            Code(
                "work.cadre_income",
                "그 돈이 다 어디서 나오겠습니까. 밑에서 올라오는 거지요.",
                memo="Team head admits his own share comes from below.",
            ),
            Code("living.alcohol_gambling", "이제는 낮에도 안 마시면 손이 떨려요"),
            Code(
                "flight_conflict.coyotes",
                "누가 어디서 밤일을 하는지는 서로 말을 안 합니다",
                coder=SECOND_CODER,
            ),
        ),
        memos=(
            "Same company as PK-003; the deputy manager named here may be the 'deputy "
            "director' the interpreter mentions.",
        ),
        people=(
            Person("manager", "조영삼", ("Jo Yong-sam", "Чо Ён Сам")),
            Person("manager", "안성국", ("An Song-guk", "Ан Сон Гук", "안성국 부지배인")),
        ),
    ),
    # ------------------------------------------------------------------ PK-009 (ko)
    Interview(
        case_code="PK-009",
        title="식당 접대원의 하루와 접촉 금지 (블라디보스토크)",
        languages=("ko",),
        interview_date="2015-06-07",
        interviewer="Seo Hana (fictional)",
        attributes={
            "sector": "restaurant",
            "employer_type": "North Korean restaurant",
            "year_of_arrival": 2014,
            "status": "worker",
            "city": "Vladivostok",
        },
        text="""
[가상 데모 인터뷰 — 실존 인물이 아닙니다]

2015년 6월 블라디보스토크. 구술자 한은정(Han Un-jong, Хан Ын Чжон), 1993년 7월 11일생,
해당화식당(러시아 등록명 ООО «Хэданхва») 접대원. 식당 휴무일 오후에 시장 근처에서 잠깐 만났다.

질문: 식당 일은 어떻습니까?

답: 점심에는 식사만 하고, 저녁에는 식사하고 공연도 합니다. 아침 9시에 나와서 밤 11시 넘어
끝나요. 공연 연습은 쉬는 시간에 하고요. 한 달에 쉬는 날은 이틀입니다.

질문: 공연은 어떤 걸 합니까?

답: 노래하고 가야금 연주를 합니다. 러시아 손님들은 빠른 노래를 제일 좋아해요. 남쪽 손님들은 같이
따라 부르기도 하는데, 그럴 때는 웃기만 하고 말은 안 섞습니다. 끝나면 책임자 동지가 누가 어느
손님하고 말을 했는지 물어봐요.

질문: 월급은 얼마나 받습니까?

답: 월급이라는 게 따로 손에 들어오지는 않아요. 식당에서 먹고 자는 건 해결되고, 한 달에 몇십
달러를 용돈처럼 받습니다. 손님들이 주는 팁도 다 모아서 책임자 동지한테 내요. 귀국할 때 한꺼번에
정산한다고 하는데, 얼마가 될지는 아무도 모릅니다.

질문: 어디서 지내십니까?

답: 식당 위층 방에서 여덟 명이 같이 삽니다. 밖에 나갈 때는 꼭 셋 이상 같이 나가야 하고, 책임자
동지한테 어디 가는지 말해야 해요. 오늘도 동무 둘이 저기 가게 안에 있어요.

질문: 남한 손님도 옵니까?

답: 옵니다. 그런데 필요한 말 말고는 하면 안 됩니다. 한 번은 남조선 손님이 명함을 주면서 +82
10-5837-2291, 무슨 일 있으면 연락하라고 했는데, 바로 책임자 동지한테 갖다 드렸어요. 김경애
책임자 동지 전화가 +7 914 318-90-27인데, 손님이 뭘 주면 그 자리에서 보고해야 합니다.

질문: 신문이나 텔레비전은 볼 수 있습니까?

답: 고려신문도 못 봅니다. 남쪽 기사가 실린다고요. 그래도 손님들 휴대폰 화면이나 식당
텔레비전에서 나오는 걸 보면 서울이 어떤지 조금은 압니다. 생각했던 것하고 많이 다르더라고요.

질문: 이 일은 본인이 원해서 하신 겁니까?

답: 네, 제가 하고 싶어서 했어요. 해외 식당은 아무나 못 나옵니다. 성분도 좋아야 하고, 노래도 해야
하고. 어머니가 여기저기 부탁을 많이 했어요. 그래도 나와 보니 돈이 생각만큼 남지는 않아요. 4월
명절 때는 충성자금이라고 해서 50달러씩 따로 냈습니다.

질문: 러시아 생활에서 좋은 점도 있습니까?

답: 전기가 끊기지 않는 것, 더운 물이 나오는 것이요. 처음 왔을 때는 밤에도 거리가 밝아서
놀랐어요. 동생한테 보낼 화장품을 조금씩 사 모으고 있습니다. 들어갈 때 세관에서 너무 많다고 할까
봐 걱정이에요.

질문: 러시아 사람들과는 이야기를 합니까?

답: 손님한테 주문받을 때만 합니다. 러시아 말은 메뉴하고 인사말 정도밖에 못 해요. 이웃 가게
아주머니가 가끔 사과를 주는데, 고맙다는 말만 하고 들어옵니다. 오래 서 있으면 누가 볼까 봐서요.

질문: 가족이 보고 싶지 않습니까?

답: 어머니가 아프시다는 편지를 받았는데 갈 수가 없어요. 3년 계약이 끝나야 들어갑니다. 밤에
방에서 다들 조용히 웁니다. 그래도 아침이 되면 화장하고 웃으면서 손님을 맞아야지요.
""",
        codes=(
            Code("living.quarters", "식당 위층 방에서 여덟 명이 같이 삽니다."),
            Code("work.wages", "월급이라는 게 따로 손에 들어오지는 않아요.", coder=SECOND_CODER),
            Code("surveillance.banned_contact", "필요한 말 말고는 하면 안 됩니다."),
            Code("surveillance.media_ban", "고려신문도 못 봅니다. 남쪽 기사가 실린다고요."),
            Code("agency.outside_world", "생각했던 것하고 많이 다르더라고요."),
            Code(
                "agency.voluntariness",
                "제가 하고 싶어서 했어요",
                memo="Chosen, but only open to applicants with the right background.",
            ),
            Code(
                "quota.loyalty_fund", "충성자금이라고 해서 50달러씩 따로 냈습니다", coder=SECOND_CODER
            ),
            Code("return.family_separation", "어머니가 아프시다는 편지를 받았는데 갈 수가 없어요."),
        ),
        memos=("Meeting lasted about fifteen minutes; two colleagues waited nearby.",),
        people=(
            Person("worker", "한은정", ("Han Un-jong", "Хан Ын Чжон")),
            Person("manager", "김경애", ("Kim Kyong-ae", "Ким Гён Э", "김경애 책임자")),
        ),
    ),
    # ------------------------------------------------------------------ PK-010 (ru)
    Interview(
        case_code="PK-010",
        title="Посредник корё сарам о продаже подрядов (Уссурийск)",
        languages=("ru",),
        interview_date="2014-10-19",
        interviewer="Irina Volkova (fictional)",
        attributes={
            "sector": "construction",
            "employer_type": "self-employed broker",
            "year_of_arrival": 1996,
            "status": "broker",
            "city": "Ussuriysk",
        },
        text="""
[ВЫМЫШЛЕННОЕ ДЕМО-ИНТЕРВЬЮ — не реальный человек]

Запись сделана в октябре 2014 года в Уссурийске, в машине респондента. Респондент — Виктор Ким
(Kim Viktor, 김빅토르), родился 2 марта 1968 г., корё сарам, переехал в Приморье из Ташкента в
1996 году. Работает как ИП, подбирает бригады для ремонта.

Вопрос: Как вы начали работать с северокорейскими рабочими?

Ответ: Через язык. Они по-русски почти не говорят, а я по-корейски понимаю, хоть и говорю
по-старому, по-нашему. Сначала помогал знакомым найти бригаду на ремонт квартиры, потом
втянулся. Сейчас у меня в телефоне человек двадцать бригадиров. Мой номер +7 914 655-20-31, его
все знают.

Вопрос: Как вы находите заказы?

Ответ: Даю объявления на местном сайте: ремонт под ключ, плитка, штукатурка, быстро и недорого.
Звонят русские, звонят южнокорейцы. Южнокорейцам напрямую с северными нельзя, поэтому они идут
через меня. Вот господин Ли Сан У, у него кафе во Владивостоке, сам мне звонит с +82
10-4417-0938, когда приезжает.

Вопрос: Сколько вы берёте?

Ответ: Десять процентов с объекта. Это честно. Есть такие, кто берёт деньги у заказчика и
пропадает, — про них северные говорят очень плохо, и правильно.

Вопрос: С кем вы договариваетесь с той стороны?

Ответ: С бригадиром. Со Чхоль Ман, 서철만, из «Манпхуна». Он у начальства отпрашивается «на
контракт», платит им свой план, а дальше работает сам. Если дела идут хорошо, его отпускают на
полгода.

Вопрос: Бывает, что заказчик не платит?

Ответ: Постоянно. Прошлой зимой один застройщик из Артёма не заплатил бригаде двести тысяч. В
полицию они пойти не могут: работа левая, по визе они должны быть на объекте своей компании.
Тогда я позвонил одному человеку, Рустаму. Он деньги вернул за неделю, но половину оставил себе.
Бригада всё равно была довольна — хоть что-то.

Вопрос: Вы общаетесь с ними не только по работе?

Ответ: Иногда. Привожу им кимчи от жены, лекарства. Один парень зовёт меня «аджосси». Но близко
нельзя: у них за каждым смотрят, и если заметят, что он часто со мной, его могут отправить
домой.

Вопрос: Вам самому не страшно?

Ответ: Чего мне бояться? У меня российский паспорт, паспорт 0507 482913, я здесь живу. Страшно
им.
""",
        codes=(
            Code("work.brokers", "Даю объявления на местном сайте"),
            Code(
                "surveillance.banned_contact",
                "Южнокорейцам напрямую с северными нельзя, поэтому они идут через меня.",
            ),
            Code("work.brokers", "Десять процентов с объекта.", coder=SECOND_CODER),
            Code(
                "work.contract",
                "Он у начальства отпрашивается «на контракт», платит им свой план, а дальше "
                "работает сам.",
            ),
            Code("work.arrears", "не заплатил бригаде двести тысяч"),
            Code(
                "dispatch.legal_status.illegal_work",
                "работа левая, по визе они должны быть на объекте своей компании",
                coder=SECOND_CODER,
            ),
            Code(
                "work.gang_collection",
                "Он деньги вернул за неделю, но половину оставил себе.",
                memo="Half-share commission, as described for gang collection generally.",
            ),
            Code("agency.local_ties", "Привожу им кимчи от жены, лекарства."),
        ),
        memos=(
            "Broker presents himself as fair; his 10% claim could not be checked with workers.",
        ),
        people=(
            Person("broker", "Виктор Ким", ("Kim Viktor", "Viktor Kim", "김빅토르")),
            Person("other", "Ли Сан У", ("Lee Sang-woo", "이상우", "господин Ли")),
            Person("manager", "Со Чхоль Ман", ("So Chol-man", "서철만")),
            Person("other", "Рустам", ("Rustam",)),
        ),
    ),
    # ------------------------------------------------------------------ PK-011 (ru)
    Interview(
        case_code="PK-011",
        title="Прораб о северокорейской бригаде (Артём)",
        languages=("ru",),
        interview_date="2015-03-28",
        interviewer="Irina Volkova (fictional)",
        attributes={
            "sector": "construction",
            "employer_type": "Russian construction firm",
            "year_of_arrival": 1993,
            "status": "manager",
            "role": "site foreman",
            "city": "Artyom",
        },
        text="""
[ВЫМЫШЛЕННОЕ ДЕМО-ИНТЕРВЬЮ — не реальный человек]

Беседа записана в марте 2015 года в Артёме, в прорабской на стройке жилого дома. Респондент —
Андрей Викторович Савченко, прораб ООО «Восток-Фасад», 14.09.1971 г. р., родом из Хабаровска, в
Артёме с 1993 года. Телефон: 8 (423) 260-14-77.

Вопрос: Давно работаете с северокорейцами?

Ответ: С 2009 года. Сейчас у меня на объекте бригада из «Пэксоля», четырнадцать человек.
Нанимаем их через их же компанию, ООО «Пэксоль»: договор с фирмой, а не с людьми.

Вопрос: Чем они отличаются от других бригад?

Ответ: Скоростью. Наши в шесть вечера ушли, в выходные их нет. Узбеки работают нормально, но
медленнее. Корейцы берут объект целиком за фиксированную сумму и делают за неделю то, что наши
делали бы месяц. Работают без перекуров, до ночи, с прожекторами.

Вопрос: Где они живут?

Ответ: Официально — в общежитии компании в Артёме. По факту половина ночует здесь, в бытовке и в
подвале. Я им запретил обогреватели в закрытых помещениях после того, как в соседнем посёлке
двое задохнулись от генератора. Но зимой всё равно включают.

Вопрос: Им платят вовремя?

Ответ: Мы платим их фирме. А нам генподрядчик задерживает по три-четыре месяца. Значит, и им
задерживают. Я видел, как бригадир считал на бумажке и чуть не плакал. Сколько из этих денег
доходит до рабочих, я не знаю, думаю, мало.

Вопрос: Кто у них старший?

Ответ: Бригадир, с ним я и решаю вопросы. Но есть ещё Ким Ён Хо, их замдиректора. Приезжает без
предупреждения, проверяет телефоны, с рабочими говорит отдельно. При нём бригада сразу молчит.
Мои ребята зовут его «комиссаром».

Вопрос: А документы у них в порядке?

Ответ: Визы рабочие, по приглашению фирмы, миграционная служба проверяет нас раз в год. Но
вечером они уходят на свои подработки: квартиры, дачи. Это уже не моё дело, хотя формально
нарушение.

Вопрос: Что вы о них думаете?

Ответ: Мужики хорошие, работящие. Дочка моя учит их русским словам, они ей за это яблоки
приносят. Жалко их. Домой они уезжают с мешками: кастрюли, куртки, телевизоры.
""",
        codes=(
            Code(
                "work.contract",
                "Корейцы берут объект целиком за фиксированную сумму",
                coder=SECOND_CODER,
            ),
            Code("living.hours", "Работают без перекуров, до ночи, с прожекторами."),
            Code(
                "living.sleeping_on_site", "По факту половина ночует здесь, в бытовке и в подвале."
            ),
            Code("living.carbon_monoxide", "двое задохнулись от генератора"),
            Code("work.arrears", "А нам генподрядчик задерживает по три-четыре месяца."),
            Code(
                "surveillance.minders",
                "Приезжает без предупреждения, проверяет телефоны, с рабочими говорит отдельно.",
                coder=SECOND_CODER,
                memo="Outsider's view of the deputy director's surprise visits.",
            ),
            Code("agency.local_ties", "Дочка моя учит их русским словам"),
            Code("return.goods", "Домой они уезжают с мешками: кастрюли, куртки, телевизоры."),
        ),
        memos=("Russian employer's perspective; he sees only the official side of pay.",),
        people=(
            Person(
                "manager",
                "Андрей Викторович Савченко",
                ("Andrei Savchenko", "Савченко", "안드레이 사브첸코"),
            ),
            Person("manager", "Ким Ён Хо", ("Kim Yong-ho", "김영호")),
        ),
    ),
    # ------------------------------------------------------------------ PK-012 (ru)
    Interview(
        case_code="PK-012",
        title="Сотрудница миграционной службы о статусе рабочих (Уссурийск)",
        languages=("ru",),
        interview_date="2015-11-12",
        interviewer="Irina Volkova (fictional)",
        attributes={
            "sector": "public administration",
            "employer_type": "Russian state agency",
            "year_of_arrival": 2004,
            "status": "official",
            "city": "Ussuriysk",
        },
        text="""
[ВЫМЫШЛЕННОЕ ДЕМО-ИНТЕРВЬЮ — не реальный человек]

Интервью записано в ноябре 2015 года в Уссурийске, в кафе рядом с отделом по вопросам миграции.
Респондент — Марина Олеговна Лысенко, специалист отдела, живёт в Уссурийске с 2004 года;
говорила как частное лицо. Рабочий телефон отдела: 8 (4234) 32-15-90.

Вопрос: Сколько граждан КНДР сейчас работает в крае?

Ответ: Точно не скажу, цифры у всех разные. Квота на край меньше, чем реально зарегистрировано:
приезжают по межправительственному соглашению, по приглашению конкретной фирмы, визы рабочие,
обычно на длительный срок. Продление подают заранее, примерно за полгода до окончания.

Вопрос: Как проходит регистрация?

Ответ: Фирма приносит паспорта пачкой. Мы ставим людей на учёт по адресу общежития. Налог на
доходы они платят, а с 2012 года ещё и пенсионные взносы, как все иностранцы. Всё это фирма
делает за них, сами рабочие ко мне не приходят никогда.

Вопрос: А работа вне фирмы?

Ответ: Это нарушение условий визы: пригласила одна компания — работай в ней. Но ловить каждого
на ремонте квартиры никто не будет. Пока нет жалоб, закрываем глаза. Если человек погибнет на
такой подработке, никто за него не отвечает — вот в чём беда.

Вопрос: Бывают пропавшие?

Ответ: Бывают. Вот в прошлом месяце «Сольмэ» сама сообщила, что у них пропал рабочий — Пак Сон
Иль, 12.04.1980 г. р., паспорт 745330912. Через неделю его «нашли», и он улетел домой. Что там
было на самом деле, я не знаю. Говорят, таких беглых по району сотни, живут по деревням, у
местных женщин.

Вопрос: Как вы оцениваете их условия?

Ответ: Пожарные приходили в одно общежитие: по сорок человек на этаже, проводка страшная.
Санэпидемстанция тоже задавала вопросы. Но мы понимаем, что люди в тяжёлом положении, и без
нужды не давим.

Вопрос: Они сами хотят здесь работать?

Ответ: Судя по тому, как держатся за место, — хотят. Для них это шанс. А насколько это свободный
выбор, когда за тобой смотрит свой же начальник, — это другой вопрос.
""",
        codes=(
            Code(
                "dispatch.legal_status.visa_quota",
                "Квота на край меньше, чем реально зарегистрировано",
            ),
            Code(
                "dispatch.legal_status.registration_tax",
                "а с 2012 года ещё и пенсионные взносы",
                coder=SECOND_CODER,
            ),
            Code("dispatch.legal_status.illegal_work", "Это нарушение условий визы"),
            Code(
                "flight_conflict.rabbits",
                "у них пропал рабочий",
                memo="Company reported the disappearance itself; outcome unclear.",
            ),
            Code("flight_conflict.hiding", "живут по деревням, у местных женщин", coder=SECOND_CODER),
            Code("living.quarters", "по сорок человек на этаже, проводка страшная"),
            Code("agency.voluntariness", "Судя по тому, как держатся за место, — хотят."),
            Code(
                "agency.coercion",
                "насколько это свободный выбор, когда за тобой смотрит свой же начальник",
            ),
        ),
        memos=("Official spoke off the record; nothing here should be attributed to her office.",),
        people=(
            Person("official", "Марина Олеговна Лысенко", ("Marina Lysenko", "Лысенко")),
            Person("worker", "Пак Сон Иль", ("Pak Song-il", "박성일")),
        ),
    ),
    # ------------------------------------------------------------------ PK-013 (ko+ru)
    Interview(
        case_code="PK-013",
        title="청부 나온 노동자와 고려인 안내인 (아르툠)",
        languages=("ko", "ru"),
        interview_date="2014-10-25",
        interviewer="Park Ji-won (fictional)",
        attributes={
            "sector": "construction",
            "employer_type": "North Korean construction company",
            "year_of_arrival": 2011,
            "status": "worker",
            "city": "Artyom",
        },
        text="""
[가상 데모 인터뷰 — 실존 인물이 아닙니다] [ВЫМЫШЛЕННОЕ ДЕМО-ИНТЕРВЬЮ — не реальный человек]

2014년 10월 아르툠에서 아파트 수리 현장. 구술자 림광혁(Rim Kwang-hyok, Рим Гван Хёк), 1982년
12월 1일생, 솔매대외건설 소속. 안내: 고려인 Елена Пак(박옐레나), тел. +7 924 530-44-18.

Елена: Это профессор из Кореи, из Южной. Он хочет просто поговорить, не бойся.

질문: 지금 하시는 일은 무엇입니까?

림광혁: 청부로 나왔습니다. 회사에 계획분 내고 나머지는 제 몫이에요. 이 집은 창틀 바꾸고 부엌
새로 짜는 일인데, 러시아 사람들은 한 달 달라는 걸 우리는 보름에 합니다. Хозяйка, Нина
Степановна, довольна.

질문: 회사 합숙소에는 얼마나 자주 들어가십니까?

림광혁: 청부 나와 있을 때는 일주일에 한 번, 토요일 총화 때만 들어갑니다. 나머지는 이 집 창고에서
잡니다. Нина Степановна가 담요를 줬어요. 일이 끝나면 Елена 아주머니가 다음 집을 알아봐 줍니다.

Елена: Он хорошо работает, я его всем рекомендую. Комиссию беру маленькую.

질문: 계획분은 얼마나 냅니까?

림광혁: 한 달에 러시아 돈으로 몇만 루블 됩니다. 정확히 얼마가 나라 몫이고 얼마가 회사 몫인지는
모릅니다. 못 내면 다음 달로 넘어가는데, 석 달 밀리면 들어가야 한다고들 합니다.

Елена: Я беру десять процентов, не больше. Другие берут и двадцать, а потом ещё деньги
задерживают. Поэтому ко мне и идут.

질문: 혼자 일하십니까?

림광혁: 둘이 합니다. 다른 동무들한테는 어디서 일하는지 말 안 해요. 말하면 다음 날 그 집에 가서
더 싸게 하겠다고 합니다. 일감이 적으니까 남의 일을 뺏어야 내가 산다고들 생각해요. 코요테라고
하지요.

질문: 일하면서 텔레비전도 보십니까?

림광혁: 주인집에서 틀어 놓으면 봅니다. Новости도 보고, 한국 드라마도 러시아 말로 나오고요. 그걸
보고 전쟁을 누가 먼저 일으켰는지도 다시 생각하게 됐습니다. 우리가 배운 거하고 다르더라고요.

질문: 남한에 대해서는 어떻게 생각하십니까?

림광혁: 교수님 대학이 서울입니까? 연세대학, 고려대학... 그 정도는 압니다. 거기는 교수가 월급을
얼마나 받습니까? 여기 와서 보니 조선에서 말하는 거하고 세상이 많이 달라요.

Елена: Он не дурак, всё понимает. Но вслух нельзя — в общежитии собрания каждую субботу.

질문: 회사에서는 텔레비전 보는 걸 압니까?

림광혁: 총화 때 물어보면 안 봤다고 하지요. 고려신문도 금지인데 텔레비전이야 말할 것도 없습니다.

Елена: Я ему иногда привожу лекарства, носки. Муж передаёт кимчи. Они же здесь как дети, ничего
не знают.
""",
        codes=(
            Code("work.contract", "청부로 나왔습니다. 회사에 계획분 내고 나머지는 제 몫이에요."),
            Code("work.brokers", "Комиссию беру маленькую.", coder=SECOND_CODER),
            Code(
                "flight_conflict.coyotes",
                "일감이 적으니까 남의 일을 뺏어야 내가 산다고들 생각해요.",
            ),
            Code(
                "agency.outside_world",
                "그걸 보고 전쟁을 누가 먼저 일으켰는지도 다시 생각하게 됐습니다.",
                memo="TV in a client's home as the channel.",
            ),
            Code("meeting.party_life", "총화 때 물어보면 안 봤다고 하지요.", coder=SECOND_CODER),
            Code("surveillance.media_ban", "고려신문도 금지인데"),
            Code("agency.local_ties", "Я ему иногда привожу лекарства, носки."),
        ),
        memos=(
            "Guide translated some answers into Russian for the client; only the Korean "
            "answers are transcribed.",
        ),
        people=(
            Person("worker", "림광혁", ("Rim Kwang-hyok", "Рим Гван Хёк")),
            Person("broker", "Елена Пак", ("Yelena Pak", "박옐레나", "Елена")),
            Person("other", "Нина Степановна", ("Nina Stepanovna",)),
        ),
    ),
    # ------------------------------------------------------------------ PK-014 (en+ko)
    Interview(
        case_code="PK-014",
        title="An older worker on waiting, paying and choosing to come (Vladivostok)",
        languages=("en", "ko"),
        interview_date="2014-08-30",
        interviewer="Seo Hana (fictional)",
        attributes={
            "sector": "construction",
            "employer_type": "North Korean construction company",
            "year_of_arrival": 2014,
            "status": "worker",
            "city": "Vladivostok",
        },
        text="""
[FICTIONAL DEMO INTERVIEW — not a real person] [가상 데모 인터뷰 — 실존 인물이 아닙니다]

Notes: recorded in August 2014 at a family house being built for South Korean clients outside
Vladivostok. Questions were put in Korean and are given here in English; answers are transcribed
in Korean. Interviewee: Choe Pong-su (최봉수; Чхве Бон Су on the site list), born April 30, 1961
(1961년 4월 30일), Chongryu Construction Trading (청류건설무역, ООО «Чхонрю»).

Q: How long did it take you to get here?

A: 7년 걸렸습니다. 처음 3년은 리창남이라는 사람한테 돈을 줬는데, 명단에 올려 준다더니 소식이
끊겼어요. 두 번째 사람도 마찬가지였고요. 세 번째에야 됐습니다.

Q: What work do you do here?

A: 미장하고 타일 붙이는 일입니다. 나이가 있어서 무거운 건 젊은 동무들이 들어 줍니다. 하루 열두
시간 일하고 밤에는 현장 창고에서 잡니다. 무릎이 아파서 약을 먹으면서 합니다.

Q: What happens if someone falls ill?

A: 큰 병이면 들어가야 하고, 작은 병은 참습니다. 러시아 병원은 비싸서 회사에서 잘 안 보내 줘요.
여기 온 지 석 달 만에 같은 방 동무가 허리를 다쳤는데, 한 달 누워 있다가 결국 먼저 들어갔습니다.

Q: How did you pay for it?

A: 처가 집에 있던 재봉틀이랑 텔레비전을 팔았어요. 우리 처 김옥순이 고생 많이 했습니다. 그
생각하면 지금도 미안합니다.

Q: Why Russia and not somewhere else?

A: 중동은 월급은 꼬박꼬박 준다는데 가서 병 얻어 온 사람이 많다고 들었어요. 중국은 돈이 안
남고요. 러시아는 밤에 따로 일해서 벌 수 있으니까 다들 러시아로 오고 싶어 합니다.

Q: Did anyone force you to come?

A: 아니요, 제가 오고 싶어서 왔습니다. 조선에서는 한 달 일해도 쌀 몇 킬로 값인데, 여기서는
조금이라도 집에 부칠 수 있잖습니까.

Q: And the money you pay to the state?

A: 그건 당연히 내는 거지요. 나라에서 보내 줬으니까. 다만 나라에 바치는 게 내가 집에 보내는 것의
열 배쯤 됩니다. 여기 와서야 그게 좀 이상하다는 걸 알았습니다.

Q: What do you hope for?

A: 손녀가 작년에 태어났는데 사진으로만 봤어요. 딸 결혼식에도 못 갔고요. 건강하게 돌아가서 처한테
목돈이라도 쥐여 주는 게 소원입니다.

Q: Is there a number where your family can be reached?

A: 평양에 있는 사위 집 전화, +850 2 381 7715. 제 러시아 전화는 +7 914 118-02-96인데 일할 때만
켭니다.

(The client's wife asked us not to record her name; she is not named here.)
""",
        codes=(
            Code("dispatch.waiting_fraud", "명단에 올려 준다더니 소식이 끊겼어요"),
            Code(
                "dispatch.bribes", "처가 집에 있던 재봉틀이랑 텔레비전을 팔았어요", coder=SECOND_CODER
            ),
            Code("dispatch.destination", "러시아는 밤에 따로 일해서 벌 수 있으니까"),
            Code("agency.voluntariness", "제가 오고 싶어서 왔습니다"),
            Code("agency.duty", "그건 당연히 내는 거지요. 나라에서 보내 줬으니까."),
            Code(
                "agency.regime_critique",
                "여기 와서야 그게 좀 이상하다는 걸 알았습니다.",
                coder=SECOND_CODER,
                memo="Duty and doubt in the same answer.",
            ),
            Code("return.family_separation", "딸 결혼식에도 못 갔고요."),
        ),
        memos=(
            "Respondent insists the decision was his own; weigh against the seven years of "
            "payments that preceded it.",
        ),
        people=(
            Person("worker", "Choe Pong-su", ("최봉수", "Чхве Бон Су")),
            Person("family", "Kim Ok-sun", ("김옥순", "Ким Ок Сун")),
            Person("broker", "Ri Chang-nam", ("리창남", "Ри Чхан Нам")),
        ),
    ),
)


if __name__ == "__main__":
    main()
