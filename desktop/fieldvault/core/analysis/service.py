"""Inter-coder agreement over a vault's cases, through :func:`analysis.agreement.agreement`.

Per case, the units are those of the current transcript; only placed codings count (codings
left on an older version could not be carried over and are not decisions on this text).
A case's coders are the members with at least one such coding on it; a coding without a
coder counts as coder ``(unknown)``. Cases with fewer than two coders add no pairable unit.
Reads run in one session; safe from any thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from fieldvault.core.analysis.agreement import Agreement, CaseCodings, UnitName, agreement
from fieldvault.core.errors import InputError
from fieldvault.core.records.cases import get_case
from fieldvault.core.records.members import UNKNOWN_CODER
from fieldvault.core.records.transcripts import current_transcript
from fieldvault.core.store.models import Case, Coding, Member

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

UNITS: tuple[UnitName, ...] = ("char", "sentence", "paragraph")


class AgreementService:
    """``vault.agreement``: inter-coder agreement over the vault's cases."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def compute(self, codes: list[str] | None = None, unit: UnitName = "char",
                themes: list[str] | None = None) -> list[Agreement]:
        """Per theme (sorted ids, or ``themes`` order), then overall (analysis/agreement.py)."""
        return compute(self.vault, codes, unit, themes)


def compute(vault: Vault, codes: list[str] | None = None, unit: UnitName = "char",
            themes: list[str] | None = None) -> list[Agreement]:
    """Rows per theme (sorted ids, or ``themes`` order), then the overall row."""
    if unit not in UNITS:
        raise InputError(f"The agreement unit is char, sentence or paragraph, not '{unit}'.")
    with vault.session() as session:
        cases = _cases(session, codes)
        names = {m.id: m.name for m in session.exec(select(Member))}
        data = [case_codings(session, case, names) for case in cases]
    return agreement(data, themes, unit)


def case_codings(session: Session, case: Case, names: dict[str, str]) -> CaseCodings:
    transcript = current_transcript(session, case.id)
    query = select(Coding).where(Coding.case_id == case.id, Coding.placed == True,  # noqa: E712
                                 Coding.transcript_id == transcript.id)
    spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for coding in session.exec(query):
        coder = names.get(coding.coder_id or "", UNKNOWN_CODER)
        spans.setdefault((coder, coding.theme_id), []).append((coding.start, coding.end))
    coders = sorted({coder for coder, _theme in spans})
    return CaseCodings(case.code, len(transcript.text), coders, spans, text=transcript.text)


def _cases(session: Session, codes: list[str] | None) -> list[Case]:
    if codes:
        return [get_case(session, code) for code in codes]
    return list(session.exec(select(Case).order_by(col(Case.code))))
