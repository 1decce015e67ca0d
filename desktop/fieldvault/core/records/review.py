"""Supervisor review: the case workflow, verdicts on codings, blind coding, conflicts.

Workflow. A case moves only along these edges, and only when the vault owner's role allows
it (``owner``, a solo researcher, may make every move):

=============  ============  ===========  ===================================
from           to            who          note
=============  ============  ===========  ===================================
draft          submitted     interviewer
returned       submitted     interviewer  after acting on the comments
submitted      in_review     supervisor
in_review      returned      supervisor   a comment is required
in_review      approved      supervisor
approved       exported      supervisor
=============  ============  ===========  ===================================

Every move is one audited write that also appends a ``review_events`` row (the case's
history). Events travel in bundles; the receiver checks each new event against its own
member table (see :mod:`fieldvault.core.exchange.merge`).

Blind coding: until a supervisor reveals a case, a vault owned by a coder shows that coder
only their own codings on it (:meth:`ReviewService.visible_codings`), and bundles addressed
to a coder carry only that coder's codings of unrevealed cases.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import Session, col, func, select

from fieldvault.core.errors import InputError, NotFound, Refused
from fieldvault.core.records.cases import get_case
from fieldvault.core.records.codings import CodingView
from fieldvault.core.records.members import UNKNOWN_CODER
from fieldvault.core.store.models import (
    Case,
    CaseReveal,
    Coding,
    Member,
    ReviewConflict,
    ReviewEvent,
    Verdict,
    utc_now,
)

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

TRANSITIONS: dict[tuple[str, str], frozenset[str]] = {
    ("draft", "submitted"): frozenset({"interviewer"}),
    ("returned", "submitted"): frozenset({"interviewer"}),
    ("submitted", "in_review"): frozenset({"supervisor"}),
    ("in_review", "returned"): frozenset({"supervisor"}),
    ("in_review", "approved"): frozenset({"supervisor"}),
    ("approved", "exported"): frozenset({"supervisor"}),
}
VERDICTS = ("valid", "invalid")
REVIEWER_ROLES = frozenset({"supervisor", "owner"})


def may_move(role: str, from_status: str, to_status: str) -> bool:
    roles = TRANSITIONS.get((from_status, to_status))
    return roles is not None and (role in roles or role == "owner")


@dataclass(frozen=True)
class HistoryEntry:
    at: str
    from_status: str
    to_status: str
    actor: str | None
    comment: str


@dataclass(frozen=True)
class VerdictView:
    coding_id: str
    verdict: str
    comment: str
    reviewer: str | None
    at: str


@dataclass(frozen=True)
class ValidityRow:
    """Codings of one coder or one theme, by verdict. ``valid_share`` ignores unreviewed."""

    key: str
    codings: int
    valid: int
    invalid: int
    unreviewed: int
    valid_share: float | None


@dataclass(frozen=True)
class ReviewSummary:
    coders: list[ValidityRow]
    themes: list[ValidityRow]


@dataclass(frozen=True)
class ConflictView:
    id: str
    case_code: str | None
    kind: str
    record_id: str
    bundle_id: str
    detail: str
    resolved: bool
    at: str


class ReviewService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    # --- workflow -------------------------------------------------------------------------

    def move(self, code: str, to_status: str, comment: str = "") -> HistoryEntry:
        """Move a case to ``to_status`` as the vault owner; raise Refused when not allowed."""
        me = self.vault.me
        payload = {"to": to_status, "comment": comment}
        with self.vault.write("case.review", f"case:{code}", payload) as session:
            case = get_case(session, code)
            _check_move(me.role, case, to_status, comment)
            event = ReviewEvent(case_id=case.id, from_status=case.status, to_status=to_status,
                                actor_id=me.id, comment=comment.strip())
            session.add(event)
            case.status, case.updated = to_status, utc_now()
            session.add(case)
        return HistoryEntry(event.at, event.from_status, event.to_status, me.name,
                            event.comment)

    def history(self, code: str) -> list[HistoryEntry]:
        with self.vault.session() as session:
            case = get_case(session, code)
            names = _names(session)
            query = (select(ReviewEvent).where(ReviewEvent.case_id == case.id)
                     .order_by(col(ReviewEvent.at), col(ReviewEvent.id)))
            return [HistoryEntry(e.at, e.from_status, e.to_status, names.get(e.actor_id or ""),
                                 e.comment) for e in session.exec(query)]

    # --- verdicts -------------------------------------------------------------------------

    def set_verdict(self, coding_id: str, verdict: str, comment: str = "") -> VerdictView:
        if verdict not in VERDICTS:
            raise InputError(f"A verdict is 'valid' or 'invalid', not '{verdict}'.")
        me = self.vault.me
        if me.role not in REVIEWER_ROLES:
            raise Refused(f"Only a supervisor may judge codings; you are {me.role}.")
        payload = {"verdict": verdict, "comment": comment}
        with self.vault.write("coding.verdict", f"coding:{coding_id}", payload) as session:
            if session.get(Coding, coding_id) is None:
                raise NotFound(f"There is no coding {coding_id}.")
            row = Verdict(coding_id=coding_id, verdict=verdict, comment=comment.strip(),
                          reviewer_id=me.id)
            session.merge(row)
        return VerdictView(coding_id, verdict, row.comment, me.name, row.at)

    def verdicts(self, code: str) -> list[VerdictView]:
        with self.vault.session() as session:
            case = get_case(session, code)
            names = _names(session)
            rows = session.exec(select(Verdict).join(Coding)
                                .where(Coding.case_id == case.id)
                                .order_by(col(Verdict.at))).all()
            return [VerdictView(v.coding_id, v.verdict, v.comment,
                                names.get(v.reviewer_id or ""), v.at) for v in rows]

    def summary(self, codes: list[str] | None = None) -> ReviewSummary:
        """Validity of codings per coder and per theme (over the given cases, or all)."""
        # counted in SQL per (coder, theme, verdict): no object per coding, which at
        # 150,000 codings would cost seconds of garbage collection and hundreds of MB
        with self.vault.session() as session:
            query = (select(Coding.coder_id, Coding.theme_id, Verdict.verdict,
                            func.count()).join(Verdict, isouter=True)
                     .group_by(Coding.coder_id, Coding.theme_id, Verdict.verdict))
            if codes is not None:
                ids = [get_case(session, code).id for code in codes]
                query = query.where(col(Coding.case_id).in_(ids))
            rows = session.exec(query).all()
            names = _names(session)
        by_coder = _tally((names.get(coder or "", UNKNOWN_CODER), verdict, count)
                          for coder, _theme, verdict, count in rows)
        by_theme = _tally((theme, verdict, count) for _coder, theme, verdict, count in rows)
        return ReviewSummary(by_coder, by_theme)

    # --- blind coding ---------------------------------------------------------------------

    def reveal(self, code: str) -> None:
        """Let every coder see every coding on the case (supervisor only; audited)."""
        me = self.vault.me
        if me.role not in REVIEWER_ROLES:
            raise Refused("Only a supervisor may reveal codings to the coders.")
        with self.vault.write("case.reveal", f"case:{code}", {}) as session:
            case = get_case(session, code)
            if session.get(CaseReveal, case.id) is None:
                session.add(CaseReveal(case_id=case.id, revealed_by=me.id))

    def is_revealed(self, code: str) -> bool:
        with self.vault.session() as session:
            return is_revealed_in(session, get_case(session, code).id)

    def visible_codings(self, code: str) -> list[CodingView]:
        """The codings the vault owner may see: only their own while a coder works blind."""
        me = self.vault.me
        viewer = me.name if me.role == "coder" else None
        return self.vault.codings.for_case(code, viewer=viewer)

    # --- conflicts from exchanges ---------------------------------------------------------

    def conflicts(self, include_resolved: bool = False) -> list[ConflictView]:
        with self.vault.session() as session:
            query = select(ReviewConflict, Case).join(Case, isouter=True)
            if not include_resolved:
                query = query.where(ReviewConflict.resolved == False)  # noqa: E712
            rows = session.exec(query.order_by(col(ReviewConflict.at))).all()
            return [ConflictView(c.id, case.code if case else None, c.kind, c.record_id,
                                 c.bundle_id, c.detail, c.resolved, c.at) for c, case in rows]

    def resolve(self, conflict_id: str) -> None:
        with self.vault.write("conflict.resolve", f"conflict:{conflict_id}", {}) as session:
            row = session.get(ReviewConflict, conflict_id)
            if row is None:
                raise NotFound(f"There is no conflict {conflict_id}.")
            row.resolved = True
            session.add(row)


def is_revealed_in(session: Session, case_id: str) -> bool:
    return session.get(CaseReveal, case_id) is not None


def _check_move(role: str, case: Case, to_status: str, comment: str) -> None:
    if (case.status, to_status) not in TRANSITIONS:
        raise Refused(f"Case {case.code} cannot go from {case.status} to {to_status}.")
    if not may_move(role, case.status, to_status):
        raise Refused(f"As {role} you may not move case {case.code} from {case.status} "
                      f"to {to_status}.")
    if to_status == "returned" and not comment.strip():
        raise InputError(f"Returning case {case.code} needs a comment saying what to change.")


def _names(session: Session) -> dict[str, str]:
    return {m.id: m.name for m in session.exec(select(Member))}


def _tally(groups: Iterable[tuple[str, str | None, int]]) -> list[ValidityRow]:
    """Rows per key from (key, verdict or None, how many codings) groups."""
    counts: dict[str, list[int]] = {}
    for key, verdict, number in groups:
        row = counts.setdefault(key, [0, 0, 0])
        row[0 if verdict is None else (1 if verdict == "valid" else 2)] += number
    out = []
    for key in sorted(counts):
        unreviewed, valid, invalid = counts[key]
        judged = valid + invalid
        out.append(ValidityRow(key, unreviewed + judged, valid, invalid, unreviewed,
                               valid / judged if judged else None))
    return out
