"""Transcripts: immutable, numbered versions of a case's text (NFC, offsets in code points).

Saving a corrected text adds a version and carries every coding over (see
:mod:`fieldvault.core.textmap`); codings that cannot be placed are kept on the old version,
marked ``placed = False`` and returned so the user can see them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from .cases import get_case, normalise_text
from .errors import InputError, NotFound
from .models import Coding, Transcript
from .textmap import OffsetMap

if TYPE_CHECKING:
    from .vault.vault import Vault


@dataclass(frozen=True)
class SaveResult:
    transcript: Transcript
    carried: int
    unplaced: list[Coding]


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
            new = Transcript(case_id=case.id, version=old.version + 1, text=text,
                             author=author or self.vault.actor_name)
            session.add(new)
            session.flush()
            carried, unplaced = _carry_codings(session, old, new)
            self.vault.search.index_transcript(session, case.id, text)
        return SaveResult(new, carried, unplaced)


def _carry_codings(session: Session, old: Transcript,
                   new: Transcript) -> tuple[int, list[Coding]]:
    mapping = OffsetMap(old.text, new.text)
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
