"""Unsaved work kept across a lock: memo text, transcript edits, the open case and position.

The app hands :meth:`DraftService.keep` what its editors hold just before it locks; the rows
live in the encrypted database like every other record (never in settings or temp files).
After the next unlock the app reads them back with :meth:`DraftService.kept`, puts them into
the editors and removes each one with :meth:`DraftService.discard` once it is saved or
thrown away. Drafts of a case go when the case is deleted or purged (foreign key cascade).
Audit entries name the kinds kept, never the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import Session, col, delete, select

from fieldvault.core.errors import InputError
from fieldvault.core.records.cases import get_case
from fieldvault.core.store.models import Case, Draft

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

KINDS = ("place", "transcript", "memo")


@dataclass(frozen=True)
class DraftNote:
    """One piece of unsaved work, as the app names things (case codes, coding ids).

    ``place``: the open case (``case_code``, may be None), ``tab``, ``cursor``/``anchor`` and
    ``scroll``. ``transcript``: edited ``text`` of ``case_code`` made on ``base_version``.
    ``memo``: editor ``text`` for a memo on (``target_kind``, ``target_id``), changing
    ``memo_id`` or a new memo when None.
    """

    kind: str
    case_code: str | None = None
    text: str = ""
    target_kind: str | None = None
    target_id: str | None = None
    memo_id: str | None = None
    base_version: int | None = None
    cursor: int = 0
    anchor: int = 0
    scroll: int = 0
    tab: int = 0
    id: str = ""


class DraftService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def keep(self, notes: list[DraftNote]) -> None:
        """Replace every kept draft with ``notes`` in one write (an empty list clears)."""
        for note in notes:
            if note.kind not in KINDS:
                raise InputError(f"A draft is a place, a transcript or a memo, not "
                                 f"'{note.kind}'.")
        with self.vault.write("draft.keep", "vault",
                              {"kinds": [n.kind for n in notes]}) as session:
            session.exec(delete(Draft))
            for note in notes:
                session.add(_row(session, note))

    def kept(self) -> list[DraftNote]:
        """The drafts kept at the last lock, oldest first."""
        with self.vault.session() as session:
            query = select(Draft, Case.code).join(Case, isouter=True)
            rows = session.exec(query.order_by(col(Draft.created))).all()
            return [_note(draft, code) for draft, code in rows]

    def discard(self, draft_id: str) -> bool:
        """Remove one draft (saved or thrown away); False when it was already gone."""
        with self.vault.session() as session:
            if session.get(Draft, draft_id) is None:
                return False
        with self.vault.write("draft.discard", f"draft:{draft_id}", {}) as session:
            row = session.get(Draft, draft_id)
            if row is not None:
                session.delete(row)
        return True


def _row(session: Session, note: DraftNote) -> Draft:
    case_id = get_case(session, note.case_code).id if note.case_code else None
    return Draft(kind=note.kind, case_id=case_id, target_kind=note.target_kind,
                 target_id=note.target_id, memo_id=note.memo_id,
                 base_version=note.base_version, text=note.text, cursor=note.cursor,
                 anchor=note.anchor, scroll=note.scroll, tab=note.tab)


def _note(draft: Draft, code: str | None) -> DraftNote:
    return DraftNote(kind=draft.kind, case_code=code, text=draft.text,
                     target_kind=draft.target_kind, target_id=draft.target_id,
                     memo_id=draft.memo_id, base_version=draft.base_version,
                     cursor=draft.cursor, anchor=draft.anchor, scroll=draft.scroll,
                     tab=draft.tab, id=draft.id)
