"""Each case's privacy review state, read in one query for every case.

A case is ``not_scanned`` (no scan record), ``changed`` (its current transcript is not the
version last scanned), ``undecided`` (scanned, at least one suggestion nobody accepted or
rejected) or ``reviewed`` (scanned on the current text, nothing undecided). Counts are of
the redaction rows placed on the current transcript. Exports withhold undecided suggestions
by default, so "undecided" never means "shown".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, func, select

from fieldvault.core.store.models import Case, PrivacyScan, Redaction, Transcript

NOT_SCANNED, UNDECIDED, REVIEWED, CHANGED = "not_scanned", "undecided", "reviewed", "changed"
STATES = (NOT_SCANNED, UNDECIDED, REVIEWED, CHANGED)


@dataclass(frozen=True)
class PrivacyState:
    """Where a case stands in the privacy review (see the module docstring)."""

    state: str
    undecided: int
    accepted: int
    rejected: int
    scanned_at: str | None

    @property
    def needs_scan(self) -> bool:
        return self.state in (NOT_SCANNED, CHANGED)

    def sentence(self) -> str:
        """A short English description for lists ("3 undecided", "not scanned yet")."""
        if self.state == NOT_SCANNED:
            return "not scanned yet"
        if self.state == CHANGED:
            return "changed since the last scan"
        if self.state == UNDECIDED:
            return f"{self.undecided} undecided"
        return "reviewed"


def states_in(session: Session, case_ids: list[str] | None = None) -> dict[str, PrivacyState]:
    """Case id -> state for ``case_ids`` (all cases when None)."""
    current = current_versions(session, case_ids)
    scans = {row.case_id: row for row in session.exec(_filtered(select(PrivacyScan),
                                                               PrivacyScan.case_id, case_ids))}
    counts = _counts(session, list(current.values()))
    out = {}
    for case_id, transcript_id in current.items():
        scan = scans.get(case_id)
        by_status = counts.get(transcript_id, {})
        out[case_id] = PrivacyState(
            _state(scan, transcript_id, by_status.get("suggested", 0)),
            by_status.get("suggested", 0), by_status.get("accepted", 0),
            by_status.get("rejected", 0), scan.scanned_at if scan else None)
    return out


def _state(scan: PrivacyScan | None, transcript_id: str, undecided: int) -> str:
    if scan is None:
        return NOT_SCANNED
    if scan.transcript_id != transcript_id:
        return CHANGED
    return UNDECIDED if undecided else REVIEWED


def _filtered(query: Any, column: Any, case_ids: list[str] | None) -> Any:
    return query if case_ids is None else query.where(col(column).in_(case_ids))


def current_versions(session: Session, case_ids: list[str] | None) -> dict[str, str]:
    """Case id -> id of its current (highest-numbered) transcript."""
    latest = (select(Transcript.case_id, func.max(Transcript.version).label("version"))
              .group_by(col(Transcript.case_id)).subquery())
    query = select(Transcript.case_id, Transcript.id).join(
        latest, (col(Transcript.case_id) == latest.c.case_id)
        & (col(Transcript.version) == latest.c.version))
    query = _filtered(query, Transcript.case_id, case_ids)
    return {case_id: transcript_id for case_id, transcript_id in session.exec(query).all()}


def _counts(session: Session, transcript_ids: list[str]) -> dict[str, dict[str, int]]:
    query = (select(Redaction.transcript_id, Redaction.status, func.count())
             .where(col(Redaction.transcript_id).in_(transcript_ids),
                    Redaction.placed == True)  # noqa: E712
             .group_by(col(Redaction.transcript_id), col(Redaction.status)))
    out: dict[str, dict[str, int]] = {}
    for transcript_id, status, count in session.exec(query).all():
        out.setdefault(transcript_id, {})[status] = count
    return out


def case_ids_by_code(session: Session, codes: list[str] | None = None) -> dict[str, str]:
    query = select(Case.code, Case.id)
    if codes is not None:
        query = query.where(col(Case.code).in_(codes))
    return dict(session.exec(query).all())
