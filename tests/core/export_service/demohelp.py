"""The demo vault with accepted redactions, made the way a careful privacy pass would make
them: every name and variant of every person in every case, the demo places, the phones."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlmodel import select

from fieldvault.core.records import seeds
from fieldvault.core.records.importer import import_jsonl
from fieldvault.core.records.transcripts import current_transcript
from fieldvault.core.store.models import Case, Person, PrivacyScan, Redaction, utc_now

PLACES = ("Ussuriysk", "Vladivostok", "Artyom", "Nakhodka", "Уссурийск", "Владивосток",
          "Артём", "Находк", "블라디보스토크", "우수리스크", "아르툠", "나홋카")
PHONE = re.compile(r"(?:\+\d{1,3} ?|8 ?)(?:\(\d{3,4}\) ?)?\d{1,3}[ -]?\d{2,4}[ -]\d{2,4}"
                   r"(?:[ -]\d{2,4})?")
WORD_END = re.compile(r"\w*")
CHROME = re.compile(r"^(Fieldvault export EX-.*|.*content SHA-256 [0-9a-f]{16}….*|"
                    r"page \d+ of \d+|PK-\d{3}|Cover|Appendix [AB]|Theme report)$")


def squeeze(text: str) -> str:
    return "".join(text.split())


def fold(text: str) -> str:
    """NFKC, case-folded, whitespace collapsed: how a reader would search the text."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def body(pages: Iterable[str]) -> str:
    """All page text without the running header and footer, whitespace removed."""
    lines = [line for page in pages for line in page.splitlines()
             if not CHROME.match(line.strip())]
    return squeeze("".join(lines))


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    category: str
    person_code: str | None = None


def person_names(vault: Any) -> list[tuple[str, str]]:
    """(name or variant, person code) for every person in the identity store."""
    out = []
    for person in vault.people.list():
        out += [(name, person.code) for name in person.identity.all_names()]
    return out


def find_spans(text: str, names: list[tuple[str, str]]) -> list[Span]:
    """Non-overlapping spans: every occurrence of every name (overlapping mentions such as
    "господин Ли" in "господин Ли Сан У" merged into one), places (to the end of the word)
    and phone numbers."""
    taken = _people(text, names)

    def free(start: int, end: int) -> bool:
        return all(end <= s.start or start >= s.end for s in taken)

    for place in PLACES:
        for match in re.finditer(re.escape(place), text):
            end = WORD_END.match(text, match.end())
            stop = end.end() if end and place[0] < "\uac00" else match.end()
            if free(match.start(), stop):
                taken.append(Span(match.start(), stop, "LOCATION"))
    for match in PHONE.finditer(text):
        if free(match.start(), match.end()):
            taken.append(Span(match.start(), match.end(), "PHONE"))
    return sorted(taken, key=lambda s: s.start)


def _people(text: str, names: list[tuple[str, str]]) -> list[Span]:
    found = sorted((m.start(), m.end(), code) for name, code in names
                   for m in re.finditer(re.escape(name), text))
    merged: list[Span] = []
    for start, end, code in found:
        if merged and start < merged[-1].end:
            last = merged[-1]
            merged[-1] = Span(last.start, max(last.end, end), "PERSON", last.person_code)
        else:
            merged.append(Span(start, end, "PERSON", code))
    return merged


def add_redactions(vault: Any, code: str, spans: list[Span], reason: str = "") -> None:
    with vault.write("test.redactions", f"case:{code}", len(spans)) as session:
        case = session.exec(select(Case).where(Case.code == code)).one()
        transcript = current_transcript(session, case.id)
        people = {p.code: p.id for p in session.exec(select(Person))}
        for span in spans:
            session.add(Redaction(
                case_id=case.id, transcript_id=transcript.id, start=span.start, end=span.end,
                category=span.category, status="accepted", source="test",
                person_id=people.get(span.person_code or ""),
                reason=reason or f"{span.category.lower()} found in review",
                decided_by=vault.me.id, decided_at=utc_now()))


def mark_reviewed(vault: Any, code: str) -> None:
    """Record that the case's current text was scanned, as if a reviewer had decided every
    suggestion: exports then withhold exactly the accepted spans (and their other mentions)."""
    with vault.write("test.reviewed", f"case:{code}", {}) as session:
        case = session.exec(select(Case).where(Case.code == code)).one()
        session.merge(PrivacyScan(case_id=case.id,
                                  transcript_id=current_transcript(session, case.id).id))


def prepare_demo(vault: Any) -> dict[str, list[Span]]:
    """Import the demo records and accept redactions on every case (reviewed: no
    suggestion left undecided); spans by case code."""
    import_jsonl(vault, seeds.DEMO_PATH)
    names = person_names(vault)
    out = {}
    for summary in vault.cases.summaries():
        text = vault.transcripts.current(summary.code).text
        spans = find_spans(text, names)
        add_redactions(vault, summary.code, spans)
        mark_reviewed(vault, summary.code)
        out[summary.code] = spans
    return out
