"""Table models for review and exchange: members, case history, validity, agreement,
disagreements and conflicts. Rows are the core's frozen dataclasses; nothing here reads the
vault."""

from __future__ import annotations

import json
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QFont, QFontDatabase

from fieldvault.core.analysis.agreement import Agreement
from fieldvault.core.records.members import MemberInfo
from fieldvault.core.records.review import ConflictView, HistoryEntry, ValidityRow
from fieldvault.ui.i18n import QT_TRANSLATE_NOOP
from fieldvault.ui.models.records import Index, RowTableModel

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)


# Every case status and member role, for the translation tools (translated where shown).
STATUS_NAMES = (QT_TRANSLATE_NOOP("CaseStatus", "draft"),
                QT_TRANSLATE_NOOP("CaseStatus", "submitted"),
                QT_TRANSLATE_NOOP("CaseStatus", "in review"),
                QT_TRANSLATE_NOOP("CaseStatus", "returned"),
                QT_TRANSLATE_NOOP("CaseStatus", "approved"),
                QT_TRANSLATE_NOOP("CaseStatus", "exported"))
ROLE_NAMES = (QT_TRANSLATE_NOOP("Roles", "interviewer"), QT_TRANSLATE_NOOP("Roles", "coder"),
              QT_TRANSLATE_NOOP("Roles", "supervisor"), QT_TRANSLATE_NOOP("Roles", "owner"))


def status_label(status: str) -> str:
    """A case status as people read it (``in_review`` -> ``in review``), translated."""
    return QCoreApplication.translate("CaseStatus", status.replace("_", " "))


def role_label(role: str) -> str:
    return QCoreApplication.translate("Roles", role)


def number(value: float | None, digits: int = 3) -> str:
    """A figure for a table cell; undefined values show as a dash, never NaN."""
    return "–" if value is None else QLocale().toString(value, "f", digits)


def share(value: float | None, digits: int = 0) -> str:
    """A percentage in the interface locale's digits (``98.1 %``, ``98,1 %``)."""
    return "–" if value is None else f"{QLocale().toString(100 * value, 'f', digits)} %"


class MemberModel(RowTableModel[MemberInfo]):
    headers = (QT_TRANSLATE_NOOP("MemberModel", "Name"),
               QT_TRANSLATE_NOOP("MemberModel", "Role"),
               QT_TRANSLATE_NOOP("MemberModel", "Signing key"),
               QT_TRANSLATE_NOOP("MemberModel", "Encryption key"))

    def cell(self, item: MemberInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return item.name + (QCoreApplication.translate(
                        "ReviewModels", " (you)") if item.is_self else "")
            if column == 1:
                return role_label(item.role)
            if item.signing_fingerprint is None:
                return QCoreApplication.translate(
                        "ReviewModels", "known by name only") if column == 2 else ""
            return item.signing_fingerprint if column == 2 else item.encryption_fingerprint
        if role == Qt.ItemDataRole.ToolTipRole and column >= 2 and item.signing_fingerprint is None:
            return QCoreApplication.translate(
                    "ReviewModels", "Known by name only (from imported data). Add their identity "
                    "text to "
                       "exchange bundles with them.")
        if role == Qt.ItemDataRole.FontRole and column >= 2:
            return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        return None


class HistoryModel(RowTableModel[HistoryEntry]):
    headers = (QT_TRANSLATE_NOOP("HistoryModel", "When"),
               QT_TRANSLATE_NOOP("HistoryModel", "Move"),
               QT_TRANSLATE_NOOP("HistoryModel", "By"),
               QT_TRANSLATE_NOOP("HistoryModel", "Comment"))

    def cell(self, item: HistoryEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return item.at[:16].replace("T", " ")
            if column == 1:
                return f"{status_label(item.from_status)} → {status_label(item.to_status)}"
            if column == 2:
                return item.actor or QCoreApplication.translate("ReviewModels", "(unknown)")
            return " ".join(item.comment.split())
        if role == Qt.ItemDataRole.ToolTipRole and column == 3 and item.comment:
            return item.comment
        return None


class ValidityModel(RowTableModel[ValidityRow]):
    """Validity per coder or per theme; ``label`` turns a key (theme id) into a name."""

    headers = (QT_TRANSLATE_NOOP("ValidityModel", "Coder"),
               QT_TRANSLATE_NOOP("ValidityModel", "Codings"),
               QT_TRANSLATE_NOOP("ValidityModel", "Valid"),
               QT_TRANSLATE_NOOP("ValidityModel", "Invalid"),
               QT_TRANSLATE_NOOP("ValidityModel", "Unreviewed"),
               QT_TRANSLATE_NOOP("ValidityModel", "Valid share"))

    def __init__(self, parent: Any = None, key_header: str = "Coder",
                 label: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self.headers = (key_header, *ValidityModel.headers[1:])
        self.label = label or (lambda key: key)

    def cell(self, item: ValidityRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = (self.label(item.key), str(item.codings), str(item.valid),
                      str(item.invalid), str(item.unreviewed), share(item.valid_share))
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return RIGHT
        return None


class AgreementColumn(IntEnum):
    THEME = 0
    CODERS = 1
    CASES = 2
    UNITS = 3
    PERCENT = 4
    KAPPA = 5
    ALPHA = 6


class AgreementModel(RowTableModel[Agreement]):
    headers = (QT_TRANSLATE_NOOP("AgreementModel", "Theme"),
               QT_TRANSLATE_NOOP("AgreementModel", "Coders"),
               QT_TRANSLATE_NOOP("AgreementModel", "Cases"),
               QT_TRANSLATE_NOOP("AgreementModel", "Units"),
               QT_TRANSLATE_NOOP("AgreementModel", "Percent agreement"),
               QT_TRANSLATE_NOOP("AgreementModel", "Cohen's kappa"),
               QT_TRANSLATE_NOOP("AgreementModel", "Krippendorff's alpha"))

    def __init__(self, parent: Any = None, label: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self.label = label or (lambda key: key)

    def cell(self, item: Agreement, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= AgreementColumn.CASES:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and item.theme is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == AgreementColumn.KAPPA:
            return QCoreApplication.translate(
                    "ReviewModels", "Cohen's kappa needs exactly two coders; a dash means it is "
                       "undefined here.")
        if role == Qt.ItemDataRole.ToolTipRole and column == AgreementColumn.THEME:
            applied = ", ".join(f"{coder}: {n}" for coder, n in item.applied.items())
            return QCoreApplication.translate(
                "ReviewModels", "Units applied per coder: {applied}").format(applied=applied or "–")
        return None

    def _display(self, item: Agreement, column: int) -> str:
        if column == AgreementColumn.THEME:
            return self.label(item.theme) if item.theme else QCoreApplication.translate(
                    "ReviewModels", "Overall (all themes)")
        if column == AgreementColumn.CODERS:
            return ", ".join(item.coders)
        if column == AgreementColumn.CASES:
            return str(item.cases)
        if column == AgreementColumn.UNITS:
            return str(item.units)
        if column == AgreementColumn.PERCENT:
            return share(item.percent, 1)
        return number(item.kappa if column == AgreementColumn.KAPPA else item.alpha)


Stretch = tuple[int, int, dict[str, bool]]


class DisagreementModel(RowTableModel[Stretch]):
    """Stretches of one case where coders differ on one theme: the text, then one column
    per coder saying whether they applied the theme there."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.coders: list[str] = []

    def set_case(self, text: str, coders: list[str], rows: list[Stretch]) -> None:
        self.beginResetModel()
        self.text, self.coders, self._rows = text, list(coders), list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_case("", [], [])

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 2 + len(self.coders)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole
                or not 0 <= section < self.columnCount()):
            return None
        if section < 2:
            return (QCoreApplication.translate("ReviewModels", "Where"),
                    QCoreApplication.translate("ReviewModels", "Passage"))[section]
        return self.coders[section - 2]

    def cell(self, item: Stretch, column: int, role: int) -> Any:
        start, end, applied = item
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{start}–{end}"
            if column == 1:
                return " ".join(self.text[start:end].split())
            return QCoreApplication.translate(
                    "ReviewModels", "applied") if applied.get(self.coders[column - 2]) else "—"
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return self.text[start:end]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return CENTER
        return None


class ConflictModel(RowTableModel[ConflictView]):
    headers = (QT_TRANSLATE_NOOP("ConflictModel", "Found"),
               QT_TRANSLATE_NOOP("ConflictModel", "Case"),
               QT_TRANSLATE_NOOP("ConflictModel", "Kind"),
               QT_TRANSLATE_NOOP("ConflictModel", "What arrived"),
               QT_TRANSLATE_NOOP("ConflictModel", "State"))

    def cell(self, item: ConflictView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = (item.at[:16].replace("T", " "), item.case_code or "–",
                      _conflict_kind(item.kind), describe_conflict(item),
                      QCoreApplication.translate("ReviewModels", "resolved") if item.resolved
                      else QCoreApplication.translate("ReviewModels", "open"))
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return describe_conflict(item)
        return None


def _conflict_kind(kind: str) -> str:
    return {"transcript": QCoreApplication.translate("ReviewModels", "transcript"),
            "coding": QCoreApplication.translate("ReviewModels", "coding"),
            "person": QCoreApplication.translate("ReviewModels", "person")}.get(kind, kind)


def describe_conflict(conflict: ConflictView) -> str:
    """One sentence on what arrived and what the vault did with it."""
    try:
        detail = json.loads(conflict.detail)
    except ValueError:
        detail = {}
    if not isinstance(detail, dict):
        detail = {}
    if conflict.kind == "transcript":
        return QCoreApplication.translate(
            "ReviewModels", "The transcript was edited on both sides; the other edit is kept as "
            "side version {v}. Save a version that reconciles both, then resolve.").format(
            v=detail.get("side_version", "?"))
    if conflict.kind == "coding":
        return QCoreApplication.translate(
            "ReviewModels", "A coding was changed on both sides; the incoming one ({theme}, "
            "{start}–{end}) was not applied.").format(
            theme=detail.get("theme", "?"), start=detail.get("start", "?"),
            end=detail.get("end", "?"))
    if conflict.kind == "person":
        return QCoreApplication.translate(
            "ReviewModels", "Person code {code} is used by someone else here; the incoming "
            "person was skipped.").format(code=detail.get("code", "?"))
    return conflict.detail
