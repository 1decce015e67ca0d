"""The Agreement page's per-case table: which cases the chosen coders differ on."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from fieldvault.core.analysis.compare import CaseDifference
from fieldvault.ui.i18n import QT_TRANSLATE_NOOP
from fieldvault.ui.models.records import RowTableModel

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class CaseColumn(IntEnum):
    CASE = 0
    CODERS = 1
    DIFFERENCES = 2
    THEMES = 3


class CaseDifferenceModel(RowTableModel[CaseDifference]):
    """Rows in the order given (the page puts the cases that differ first)."""

    CodeRole = Qt.ItemDataRole.UserRole + 2
    headers = (QT_TRANSLATE_NOOP("CaseDifferenceModel", "Case"),
               QT_TRANSLATE_NOOP("CaseDifferenceModel", "Coders"),
               QT_TRANSLATE_NOOP("CaseDifferenceModel", "Differences"),
               QT_TRANSLATE_NOOP("CaseDifferenceModel", "Themes they differ on"))

    def __init__(self, parent: Any = None, label: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self.label = label or (lambda theme: theme)

    def cell(self, item: CaseDifference, column: int, role: int) -> Any:
        if role == self.CodeRole:
            return item.code
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CaseColumn.DIFFERENCES:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == CaseColumn.DIFFERENCES \
                and item.stretches:
            return QColor("#b3261e")
        if role == Qt.ItemDataRole.ToolTipRole and column == CaseColumn.THEMES and item.themes:
            return "\n".join(self.label(theme) for theme in item.themes)
        return None

    def _display(self, item: CaseDifference, column: int) -> str:
        if column == CaseColumn.CASE:
            return item.code
        if column == CaseColumn.CODERS:
            return ", ".join(item.coders) or "—"
        if column == CaseColumn.DIFFERENCES:
            if len(item.coders) < 2:
                return QCoreApplication.translate("CaseDifferenceModel", "one coder")
            return str(item.stretches) if item.stretches else QCoreApplication.translate(
                "CaseDifferenceModel", "agree")
        return ", ".join(self.label(theme) for theme in item.themes)

    def row_of(self, code: str) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row.code == code), None)
