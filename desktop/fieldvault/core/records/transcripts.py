"""Transcripts: immutable, numbered versions of a case's text (NFC, offsets in code points).

Saving a corrected text adds a version and carries every coding and redaction over (see
:mod:`fieldvault.core.records.textmap`); spans that cannot be placed are kept on the old version,
marked ``placed = False`` and returned so the user can see them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from sqlmodel import Session, col, select

from fieldvault.core.errors import InputError, NotFound
from fieldvault.core.records.cases import get_case, normalise_text
from fieldvault.core.records.textmap import OffsetMap
from fieldvault.core.store.models import Coding, Redaction, Transcript

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault


class SpanMap(Protocol):
    """Maps a span of the old version to the new one, or None when it cannot be placed."""

    def span(self, start: int, end: int) -> tuple[int, int] | None: ...


@dataclass(frozen=True)
class SaveResult:
    transcript: Transcript
    carried: int
    unplaced: list[Coding]
    unplaced_redactions: list[Redaction] = field(default_factory=list)


def current_transcript(session: Session, case_id: str) -> Transcript:
    query = (select(Transcript).where(Transcript.case_id == case_id)
             .order_by(col(Transcript.version).desc()))
    transcript = session.exec(query).first()
    if transcript is None:
        raise NotFound("This case has no transcript.")
    return transcript


class TranscriptService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def current(self, code: str) -> Transcript:
        with self.vault.session() as session:
            return current_transcript(session, get_case(session, code).id)

    def versions(self, code: str) -> list[Transcript]:
        with self.vault.session() as session:
            case = get_case(session, code)
            query = select(Transcript).where(Transcript.case_id == case.id)
            return list(session.exec(query.order_by(col(Transcript.version))))

    def save_version(self, code: str, text: str, author: str | None = None) -> SaveResult:
        text = normalise_text(text)
        if not text.strip():
            raise InputError("A transcript cannot be saved empty.")
        with self.vault.write("transcript.save", f"case:{code}", {"text": text}) as session:
            case = get_case(session, code)
            old = current_transcript(session, case.id)
            if old.text == text:
                return SaveResult(old, 0, [])
            return add_version_in(self.vault, session, old, text,
                                  author or self.vault.actor_name)


def add_version_in(vault: Vault, session: Session, old: Transcript, text: str, author: str,
                   mapping: SpanMap | None = None) -> SaveResult:
    """Add ``text`` (NFC) as the version after ``old`` (the current one) inside the caller's
    write transaction: carry codings and redactions with ``mapping`` (default: a diff of the
    two texts) and re-index the case."""
    new = Transcript(case_id=old.case_id, version=old.version + 1, text=text, author=author)
    session.add(new)
    session.flush()
    mapping = mapping if mapping is not None else OffsetMap(old.text, text)
    carried, unplaced = _carry_codings(session, old, new, mapping)
    lost = _carry_redactions(session, old, new, mapping)
    return SaveResult(new, carried, unplaced, lost)


def _carry_redactions(session: Session, old: Transcript, new: Transcript,
                      mapping: SpanMap) -> list[Redaction]:
    """The same rule as codings: each placed redaction moves, or stays flagged unplaced."""
    unplaced = []
    query = select(Redaction).where(Redaction.transcript_id == old.id,
                                    Redaction.placed == True)  # noqa: E712
    for row in session.exec(query).all():
        span = mapping.span(row.start, row.end)
        if span is None:
            row.placed = False
            unplaced.append(row)
        else:
            row.transcript_id, (row.start, row.end) = new.id, span
        session.add(row)
    return unplaced


def _carry_codings(session: Session, old: Transcript, new: Transcript,
                   mapping: SpanMap) -> tuple[int, list[Coding]]:
    carried, unplaced = 0, []
    query = select(Coding).where(Coding.transcript_id == old.id, Coding.placed == True)  # noqa: E712
    for coding in session.exec(query).all():
        span = mapping.span(coding.start, coding.end)
        if span is None:
            coding.placed = False
            unplaced.append(coding)
        else:
            coding.transcript_id, (coding.start, coding.end) = new.id, span
            carried += 1
        session.add(coding)
    return carried, unplaced
