"""Where chosen coders differ: per case (how many stretches, on which themes) and, for one
case, each coder's codings and the disagreements on the text, for a side-by-side view.

A stretch is a run of text (or a sentence or paragraph, by ``unit``) on which the coders
present made different decisions about one theme (:func:`agreement.disagreements`). Only
placed codings on the current transcript count, as in agreement; a coder working blind sees
only their own codings on cases not yet revealed, so they see no disagreement there.
Reads run in one session; safe from any thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from fieldvault.core.analysis.agreement import CaseCodings, UnitName, disagreements
from fieldvault.core.analysis.service import UNITS, _fetch, _only, case_codings
from fieldvault.core.errors import InputError
from fieldvault.core.records.cases import get_case
from fieldvault.core.records.members import UNKNOWN_CODER
from fieldvault.core.records.review import is_revealed_in
from fieldvault.core.store.models import Case, Member

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault


@dataclass(frozen=True)
class CaseDifference:
    """One case: the chosen coders who coded it, how many stretches differ, on which themes
    (sorted ids). ``stretches`` is 0 when they agree or fewer than two coded it."""

    code: str
    coders: tuple[str, ...]
    stretches: int
    themes: tuple[str, ...]


@dataclass(frozen=True)
class Stretch:
    start: int
    end: int
    theme: str
    applied_by: tuple[str, ...]  # the coders who applied the theme there


@dataclass(frozen=True)
class Comparison:
    """One case for the side-by-side view: its text, each coder's (start, end, theme)
    codings and the stretches where they differ, in text order."""

    code: str
    text: str
    coders: tuple[str, ...]
    codings: dict[str, list[tuple[int, int, str]]]
    stretches: list[Stretch]


def coders_in(vault: Vault) -> list[str]:
    """Everyone with a placed coding the owner may see, by name; codings without a coder
    count as UNKNOWN_CODER (a blind coder sees others only on revealed cases)."""
    me = vault.me
    blind = "" if me.role != "coder" else \
        "AND (cd.coder_id = :me OR cd.case_id IN (SELECT case_id FROM case_reveals))"
    with vault.session() as session:
        rows = _fetch(session, "SELECT DISTINCT COALESCE(m.name, :unknown) FROM codings cd "
                               "LEFT JOIN members m ON m.id = cd.coder_id "
                               f"WHERE cd.placed = 1 {blind}",
                      {"unknown": UNKNOWN_CODER, "me": me.id})
    return sorted(row[0] for row in rows)


def case_differences(vault: Vault, coders: Sequence[str], codes: Sequence[str] | None = None,
                     unit: UnitName = "char", theme: str | None = None) -> list[CaseDifference]:
    """Per case (by code): where ``coders`` differ, on ``theme`` or on every theme."""
    _check(coders, unit)
    with vault.session() as session:
        names = {m.id: m.name for m in session.exec(select(Member))}
        chosen = list(codes) if codes else [
            c.code for c in session.exec(select(Case).order_by(col(Case.code)))]
        out = []
        for code in chosen:
            case = _case(vault, session, code, names, set(coders))
            out.append(_difference(case, unit, theme))
    return out


def compare(vault: Vault, code: str, coders: Sequence[str], unit: UnitName = "char",
            theme: str | None = None) -> Comparison:
    """One case's text, each chosen coder's codings (of ``theme`` only, if given) and the
    stretches where they differ."""
    _check(coders, unit)
    with vault.session() as session:
        names = {m.id: m.name for m in session.exec(select(Member))}
        case = _case(vault, session, code, names, set(coders))
    themes = sorted({t for _c, t in case.spans} if theme is None else {theme})
    codings: dict[str, list[tuple[int, int, str]]] = {c: [] for c in case.coders}
    for (coder, name), spans in case.spans.items():
        if name in themes:
            codings[coder] += [(start, end, name) for start, end in spans]
    for placed in codings.values():
        placed.sort()
    return Comparison(code, case.text or "", tuple(case.coders), codings,
                      _stretches(case, themes, unit))


def _check(coders: Sequence[str], unit: str) -> None:
    if unit not in UNITS:
        raise InputError(f"The agreement unit is char, sentence or paragraph, not '{unit}'.")
    if len(set(coders)) < 2:
        raise InputError("Choose two or more coders to compare.")


def _case(vault: Vault, session: Session, code: str, names: dict[str, str],
          coders: set[str] | None) -> CaseCodings:
    """The case's codings by ``coders`` (None: everyone the owner may see)."""
    case = get_case(session, code)
    full = case_codings(session, case, names)
    me = vault.me
    visible = None if me.role != "coder" or is_revealed_in(session, case.id) else {me.name}
    wanted = coders if visible is None else (visible if coders is None else coders & visible)
    return full if wanted is None else _only(full, wanted)


def _stretches(case: CaseCodings, themes: list[str], unit: UnitName) -> list[Stretch]:
    if len(case.coders) < 2:
        return []
    out = []
    for theme in themes:
        for start, end, applied in disagreements(case, theme, unit):
            out.append(Stretch(start, end, theme, tuple(c for c, on in applied.items() if on)))
    return sorted(out, key=lambda s: (s.start, s.end, s.theme))


def _difference(case: CaseCodings, unit: UnitName, theme: str | None) -> CaseDifference:
    themes = sorted({t for _c, t in case.spans} if theme is None else {theme})
    stretches = _stretches(case, themes, unit)
    return CaseDifference(case.case, tuple(case.coders), len(stretches),
                          tuple(sorted({s.theme for s in stretches})))


__all__ = ["CaseDifference", "Comparison", "Stretch", "case_codings", "case_differences",
           "coders_in", "compare"]
