"""A small Korean/Russian/English export built the way the lead will build it:
original text + accepted redactions -> redact_text -> ExportDocument."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from fieldvault.core.export import (
    PROFILES,
    CustodyEvent,
    ExportCase,
    ExportDocument,
    Profile,
    SourceSpan,
    Theme,
    identity_statement,
    redact_text,
    theme_passage,
)

KO_RU_TEXT = (
    "면담자: 김철수 씨는 언제 블라디보스토크에 왔습니까?\n"
    "노동자: 2016년에 남강무역회사 통해 왔어요. 여권은 반장이 가져갔어요.\n"
    "Бригадир Иван Петров забрал паспорт в Уссурийске. Телефон +7 914 555 12 34."
)
KO_RU_SPANS = [
    ("김철수", "PERSON", "W-017"),
    ("남강무역회사", "ORG", None),
    ("Иван Петров", "PERSON", "W-018"),
    ("Уссурийске", "LOCATION", None),
    ("+7 914 555 12 34", "PHONE", None),
]
EN_TEXT = (
    "The worker Pak Song-il said the overseer took his passport 836104221 at the Namgang "
    "site.\nHe was born 1987-04-12 and wrote to pak.songil@example.org about the quota."
)
EN_SPANS = [
    ("Pak Song-il", "PERSON", "W-021"),
    ("836104221", "ID", None),
    ("Namgang", "ORG", None),
    ("1987-04-12", "DOB", None),
    ("pak.songil@example.org", "EMAIL", None),
]
# Identity variants of the people that the vault knows but that do not occur in the text.
VARIANTS = ["Kim Chol-su", "Ким Чхоль Су", "Pak Song Il", "박성일"]
THEMES = [
    Theme("passport", "Passport confiscation / 여권 압수", "#d62728"),
    Theme("wages", "Wages / Зарплата", "#1f77b4"),
]


@dataclass
class Sample:
    doc: ExportDocument
    withheld: list[str]
    redacted_texts: dict[str, str]  # case code -> joined redacted text


def _spans(text: str, found: Sequence[tuple[str, str, str | None]]) -> list[SourceSpan]:
    spans = []
    for value, category, pseudonym in found:
        start = text.index(value)
        spans.append(SourceSpan(start, start + len(value), category, pseudonym,
                                f"{category.lower()} detected", "I-004", "2024-05-02"))
    return spans


def _codings(text: str) -> list[tuple[int, int, str]]:
    """Codings on the original text (the lead moves them with RedactedText.map_codings)."""
    if "여권은" in text:
        return [
            (text.index("여권은"), text.index("Телефон"), "passport"),
            (text.index("노동자"), text.index("여권은") + 3, "wages"),
        ]
    return [(text.index("He was"), len(text), "wages")]


def build_sample(
    profile: str = "legal",
    codings: bool = False,
    memos: bool = False,
    passages: bool = False,
    extra_text: str = "",
) -> Sample:
    chosen: Profile = PROFILES[profile]
    cases: list[ExportCase] = []
    withheld: list[str] = []
    texts: dict[str, str] = {}
    number = 1
    for code, text, found in (("W-003", KO_RU_TEXT + extra_text, KO_RU_SPANS),
                              ("W-004", EN_TEXT, EN_SPANS)):
        redacted = redact_text(text, _spans(text, found), chosen, first_number=number)
        number += len(redacted.log)
        coded = _codings(text) if codings else []
        case = ExportCase(
            code=code,
            metadata=[("Site", "Construction, Primorsky Krai / 연해주"),
                      ("Language", "ko, ru, en")],
            segments=list(redacted.segments),
            codings=redacted.map_codings(coded),
            memos=["Supervisor memo: 반장 — бригадир, check the quota."] if memos else [],
            redactions=list(redacted.log),
            custody=[
                CustodyEvent("2024-05-01", "I-004 (collector)", "interview recorded"),
                CustodyEvent("2024-05-03", "C-002 (coder)", "coded 3 passages"),
                CustodyEvent("2024-05-09", "S-001 (reviewer)", "approved the case"),
            ],
        )
        cases.append(case)
        withheld.extend(redacted.withheld)
        texts[code] = case.text
    theme_passages = []
    if passages:
        theme_passages = [
            theme_passage(case, coding, context=16) for case in cases for coding in case.codings
        ]
    doc = ExportDocument(
        export_id="EX-2024-017",
        profile=profile,
        recipient="Advokat Partners — адвокатское бюро (법률 사무소)",
        date_utc="2024-06-01",
        identity_statement=identity_statement("project lead") if chosen.identity_statement
        else None,
        themes=THEMES,
        cases=cases,
        passages=theme_passages,
    )
    return Sample(doc, withheld + VARIANTS, texts)
