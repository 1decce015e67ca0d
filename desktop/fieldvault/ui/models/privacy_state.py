"""A case's privacy state in words, shared by the Cases table, the Privacy page and the
export and bundle dialogs.

The states come from ``vault.privacy.state(code)`` / ``states()``; this module only names
them. A case that was never scanned is never described as clean: it says "Not scanned".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldvault.core.privacy.state import PrivacyState

# Worst first: the order of the Cases filter and of an ascending sort on the column.
STATES = ("not_scanned", "changed", "undecided", "reviewed")
STATE_COLORS = {
    "not_scanned": "#c62828",
    "changed": "#e65100",
    "undecided": "#f9a825",
    "reviewed": "#2e7d32",
}


def state_label(state: str) -> str:
    """The filter's name for a whole state ("Undecided suggestions", not a count)."""
    return {
        "not_scanned": QCoreApplication.translate("PrivacyState", "Not scanned"),
        "changed": QCoreApplication.translate("PrivacyState", "Changed since review"),
        "undecided": QCoreApplication.translate("PrivacyState", "Undecided suggestions"),
        "reviewed": QCoreApplication.translate("PrivacyState", "Reviewed"),
    }[state]


def state_text(state: PrivacyState | None) -> str:
    """One cell: "Not scanned", "3 undecided", "Reviewed", "Changed since review"."""
    if state is None:
        return ""
    if state.state == "undecided":
        return QCoreApplication.translate("PrivacyState", "{n} undecided").format(n=state.undecided)
    return state_label(state.state)


def state_detail(state: PrivacyState | None) -> str:
    """A longer sentence for tooltips: counts and when the last scan was."""
    if state is None:
        return ""
    if state.state == "not_scanned":
        return QCoreApplication.translate(
            "PrivacyState",
            "Never scanned for names, places and numbers. An export scans it first and "
            "withholds everything found.",
        )
    when = (state.scanned_at or "")[:10]
    return QCoreApplication.translate(
        "PrivacyState", "{u} undecided, {a} accepted, {r} rejected; last scanned {when}."
    ).format(u=state.undecided, a=state.accepted, r=state.rejected, when=when or "–")


def state_rank(state: PrivacyState | None) -> tuple[int, int]:
    """Sort key: worst state first, then the most undecided first."""
    if state is None:
        return (len(STATES), 0)
    return (STATES.index(state.state) if state.state in STATES else len(STATES), -state.undecided)
