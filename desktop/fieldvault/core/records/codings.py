"""Codings: a theme applied to a span of a case's current transcript."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from fieldvault.core.errors import InputError, NotFound
from fieldvault.core.records.cases import get_case, member_id
from fieldvault.core.records.codebook import descendants
from fieldvault.core.records.transcripts import current_transcript
from fieldvault.core.store.models import Case, Coding, Theme, Transcript

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

CONTEXT = 120  # code points of context shown around a retrieved passage


@dataclass(frozen=True)
class CodingView:
    id: str
    case_code: str
    start: int
    end: int
    theme_id: str
    theme_name: str
    color: str
    coder: str | None
    placed: bool
    text: str


@dataclass(frozen=True)
class Passage:
    """A coded passage with its context, as retrieval shows it."""

    coding_id: str
    case_code: str
    theme_id: str
    start: int
    end: int
    before: str
    text: str
    after: str


class CodingService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def add(self, code: str, theme_id: str, start: int, end: int,
            coder: str | None = None) -> Coding:
        payload = {"theme": theme_id, "start": start, "end": end}
        with self.vault.write("coding.add", f"case:{code}", payload) as session:
            return add_coding_in(session, code, theme_id, start, end,
                                 coder or self.vault.actor_name)

    def remove(self, coding_id: str) -> None:
        with self.vault.write("coding.remove", f"coding:{coding_id}", {}) as session:
            session.delete(_get(session, coding_id))

    def retheme(self, coding_id: str, theme_id: str) -> Coding:
        with self.vault.write("coding.retheme", f"coding:{coding_id}", theme_id) as session:
            coding = _get(session, coding_id)
            _theme(session, theme_id)
            coding.theme_id = theme_id
            session.add(coding)
        return coding

    def get(self, coding_id: str) -> Coding:
        """One coding as stored (what :meth:`restore` needs to undo a removal)."""
        with self.vault.session() as session:
            return _get(session, coding_id)

    def restore(self, coding: Coding) -> Coding:
        """Put back a removed coding with its original id (used by undo)."""
        payload = {"id": coding.id, "theme": coding.theme_id}
        with self.vault.write("coding.restore", f"coding:{coding.id}", payload) as session:
            restored = Coding(**coding.model_dump())
            session.add(restored)
        return restored

    def for_case(self, code: str, include_unplaced: bool = True,
                 viewer: str | None = None) -> list[CodingView]:
        """``viewer``: a member name; unless the case is revealed, only their codings."""
        with self.vault.session() as session:
            case = get_case(session, code)
            text = current_transcript(session, case.id).text
            rows = session.exec(select(Coding, Theme).join(Theme)
                                .where(Coding.case_id == case.id)
                                .order_by(col(Coding.start), col(Coding.end))).all()
            names = _member_names(session)
            views = [_view(case.code, text, c, t, names) for c, t in rows
                     if include_unplaced or c.placed]
            if viewer is None or _revealed(session, case.id):
                return views
            return [v for v in views if v.coder == viewer]

    def retrieve(self, theme_ids: list[str], subthemes: bool = True) -> list[Passage]:
        """Every placed coding of the given themes across cases, with context."""
        with self.vault.session() as session:
            wanted = descendants(session, theme_ids) if subthemes else set(theme_ids)
            rows = session.exec(select(Coding, Case).join(Case)
                                .where(col(Coding.theme_id).in_(wanted), Coding.placed == True)  # noqa: E712
                                .order_by(col(Case.code), col(Coding.start))).all()
            texts = {t.id: t.text for t in session.exec(select(Transcript).where(
                col(Transcript.id).in_({coding.transcript_id for coding, _case in rows})))}
            return [_passage(coding, case.code, texts[coding.transcript_id])
                    for coding, case in rows]


def add_coding_in(session: Session, code: str, theme_id: str, start: int, end: int,
                  coder: str | None) -> Coding:
    """Validate and insert one coding inside the caller's write transaction."""
    case = get_case(session, code)
    _theme(session, theme_id)
    transcript = current_transcript(session, case.id)
    return insert_coding(session, case, transcript, theme_id, (start, end),
                         member_id(session, coder, "coder"))


def insert_coding(session: Session, case: Case, transcript: Transcript, theme_id: str,
                  span: tuple[int, int], coder_id: str | None) -> Coding:
    """Insert a coding on a known case and transcript; the theme must exist."""
    start, end = span
    if not 0 <= start < end <= len(transcript.text):
        raise InputError(f"Offsets {start}-{end} are outside case {case.code}'s transcript, "
                         f"which has {len(transcript.text)} characters.")
    coding = Coding(case_id=case.id, transcript_id=transcript.id, start=start, end=end,
                    theme_id=theme_id, coder_id=coder_id)
    session.add(coding)
    return coding


def _get(session: Session, coding_id: str) -> Coding:
    coding = session.get(Coding, coding_id)
    if coding is None:
        raise NotFound(f"There is no coding {coding_id}.")
    return coding


def _theme(session: Session, theme_id: str) -> Theme:
    theme = session.get(Theme, theme_id)
    if theme is None:
        raise NotFound(f"There is no theme '{theme_id}' in this vault's codebook.")
    return theme


def _revealed(session: Session, case_id: str) -> bool:
    from fieldvault.core.store.models import CaseReveal

    return session.get(CaseReveal, case_id) is not None


def _member_names(session: Session) -> dict[str, str]:
    from fieldvault.core.store.models import Member

    return {m.id: m.name for m in session.exec(select(Member))}


def _view(code: str, text: str, coding: Coding, theme: Theme,
          names: dict[str, str]) -> CodingView:
    covered = text[coding.start:coding.end] if coding.placed else ""
    return CodingView(coding.id, code, coding.start, coding.end, theme.id, theme.name_en,
                      theme.color, names.get(coding.coder_id or ""), coding.placed, covered)


def _passage(coding: Coding, code: str, text: str) -> Passage:
    return Passage(coding.id, code, coding.theme_id, coding.start, coding.end,
                   text[max(0, coding.start - CONTEXT):coding.start],
                   text[coding.start:coding.end], text[coding.end:coding.end + CONTEXT])
