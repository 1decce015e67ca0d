"""Naming an attachment or coded segment by its id or the start of it (as the CLI prints
ids shortened to 8 characters)."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from fieldvault.core.errors import InputError
from fieldvault.core.store.models import Attachment, AudioCoding

SHORT_ID = 6  # the fewest leading characters of an id that name a segment or attachment


def by_prefix(session: Session, model: type[Attachment] | type[AudioCoding], wanted: str,
              what: str) -> Any:
    """The row whose id is ``wanted`` or starts with it (at least SHORT_ID characters), or
    None; InputError with one sentence when the start names more than one."""
    row = session.get(model, wanted)
    wanted = wanted.strip().lower()
    if row is None and len(wanted) >= SHORT_ID:
        rows = session.exec(select(model).where(col(model.id).startswith(wanted))).all()
        if len(rows) > 1:
            raise InputError(f"More than one {what} starts with {wanted[:40]}; give more of "
                             "its id.")
        row = rows[0] if rows else None
    return row
