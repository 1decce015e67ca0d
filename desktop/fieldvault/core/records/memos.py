"""Memos on a case, a theme or a coding."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from fieldvault.core.errors import InputError, NotFound
from fieldvault.core.records.cases import get_case
from fieldvault.core.store.models import Coding, Memo, Theme, utc_now

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

TARGETS = ("case", "theme", "coding")


class MemoService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def add(self, kind: str, target: str, text: str) -> Memo:
        """``target`` is a case code, a theme id or a coding id, by ``kind``."""
        if not text.strip():
            raise InputError("A memo cannot be empty.")
        with self.vault.write("memo.add", f"{kind}:{target}", text) as session:
            return add_memo_in(session, kind, target, text, self.vault.me.id)

    def edit(self, memo_id: str, text: str) -> Memo:
        if not text.strip():
            raise InputError("A memo cannot be empty.")
        with self.vault.write("memo.edit", f"memo:{memo_id}", text) as session:
            memo = _get(session, memo_id)
            memo.text, memo.updated = text, utc_now()
            session.add(memo)
        return memo

    def delete(self, memo_id: str) -> None:
        with self.vault.write("memo.delete", f"memo:{memo_id}", {}) as session:
            session.delete(_get(session, memo_id))

    def for_target(self, kind: str, target: str) -> list[Memo]:
        with self.vault.session() as session:
            target_id = resolve_target(session, kind, target)
            query = select(Memo).where(Memo.target_kind == kind, Memo.target_id == target_id)
            return list(session.exec(query.order_by(col(Memo.created))))


def resolve_target(session: Session, kind: str, target: str) -> str:
    if kind == "case":
        return get_case(session, target).id
    if kind == "theme" and session.get(Theme, target) is not None:
        return target
    if kind == "coding" and session.get(Coding, target) is not None:
        return target
    if kind not in TARGETS:
        raise InputError(f"Memos attach to a case, a theme or a coding, not a '{kind}'.")
    raise NotFound(f"There is no {kind} '{target}' to attach a memo to.")


def add_memo_in(session: Session, kind: str, target: str, text: str, author_id: str) -> Memo:
    memo = Memo(target_kind=kind, target_id=resolve_target(session, kind, target), text=text,
                author_id=author_id)
    session.add(memo)
    session.flush()
    return memo


def _get(session: Session, memo_id: str) -> Memo:
    memo = session.get(Memo, memo_id)
    if memo is None:
        raise NotFound(f"There is no memo {memo_id}.")
    return memo
