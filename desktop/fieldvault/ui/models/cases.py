"""The case table: every case summary in memory, formatted only when a cell is shown.

The Privacy column shows each case's review state (``vault.privacy.states()``, loaded with
the summaries); a case without a known state shows an empty cell, never "clean".

Ten thousand :class:`CaseSummary` rows cost a few megabytes; the view asks ``data()`` only
for visible cells, so scrolling stays cheap. Filtering and sorting work on the list in
Python (about 10 ms at 10,000 rows). Loading the summaries is the page's job (off the UI
thread).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from fieldvault.core.privacy.state import PrivacyState
from fieldvault.core.records.cases import CaseSummary
from fieldvault.ui.i18n import QT_TRANSLATE_NOOP
from fieldvault.ui.models.privacy_state import (
    STATE_COLORS,
    state_detail,
    state_rank,
    state_text,
)
from fieldvault.ui.resources import swatch

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class CaseColumn(IntEnum):
    CODE = 0
    TITLE = 1
    DATE = 2
    LANGUAGES = 3
    INTERVIEWER = 4
    STATUS = 5
    CODINGS = 6
    PRIVACY = 7
    ATTRIBUTES = 8


_HEADERS = {
    CaseColumn.CODE: QT_TRANSLATE_NOOP("CaseTableModel", "Code"),
    CaseColumn.TITLE: QT_TRANSLATE_NOOP("CaseTableModel", "Title"),
    CaseColumn.DATE: QT_TRANSLATE_NOOP("CaseTableModel", "Date"),
    CaseColumn.LANGUAGES: QT_TRANSLATE_NOOP("CaseTableModel", "Languages"),
    CaseColumn.INTERVIEWER: QT_TRANSLATE_NOOP("CaseTableModel", "Interviewer"),
    CaseColumn.STATUS: QT_TRANSLATE_NOOP("CaseTableModel", "Status"),
    CaseColumn.CODINGS: QT_TRANSLATE_NOOP("CaseTableModel", "Codings"),
    CaseColumn.PRIVACY: QT_TRANSLATE_NOOP("CaseTableModel", "Privacy"),
    CaseColumn.ATTRIBUTES: QT_TRANSLATE_NOOP("CaseTableModel", "Key attributes"),
}


@dataclass(frozen=True)
class CaseFilter:
    status: str | None = None
    attribute: tuple[str, str] | None = None  # name, value as text
    codes: frozenset[str] | None = None  # e.g. the cases coded with a theme
    text: str = ""
    privacy: str | None = None  # a PrivacyState.state, e.g. "not_scanned"

    def accepts(self, case: CaseSummary, haystack: str,
                privacy: PrivacyState | None = None) -> bool:
        """``haystack`` is :func:`haystack` of ``case`` (cached by the model); ``privacy``
        its privacy state, if known."""
        if self.status and case.status != self.status:
            return False
        if self.privacy and (privacy is None or privacy.state != self.privacy):
            return False
        if self.codes is not None and case.code not in self.codes:
            return False
        if self.attribute is not None:
            name, value = self.attribute
            if name not in case.attributes or (value and _show(case.attributes[name]) != value):
                return False
        return not self.text or self.text.casefold() in haystack


def haystack(case: CaseSummary) -> str:
    """Everything the filter box searches, case-folded."""
    parts = [case.code, case.title, case.location or "", case.interviewer or "",
             *(str(v) for v in case.attributes.values())]
    return "\n".join(parts).casefold()


def format_attributes(attributes: dict[str, Any], limit: int = 3) -> str:
    items = [f"{name}: {_show(value)}" for name, value in sorted(attributes.items())]
    more = len(items) - limit
    return "; ".join(items[:limit]) + (f"; +{more}" if more > 0 else "")


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return (QCoreApplication.translate("CaseTableModel", "yes") if value
                else QCoreApplication.translate("CaseTableModel", "no"))
    return str(value)


def _sort_key(column: int, case: CaseSummary,
              privacy: PrivacyState | None = None) -> tuple[Any, ...]:
    value: Any
    if column == CaseColumn.PRIVACY:
        value = state_rank(privacy)
    elif column == CaseColumn.CODINGS:
        value = case.codings
    elif column == CaseColumn.LANGUAGES:
        value = ",".join(case.languages)
    elif column == CaseColumn.ATTRIBUTES:
        value = format_attributes(case.attributes, 99).casefold()
    else:
        value = (_text(column, case) or "").casefold()
    return (value, case.code)


def _text(column: int, case: CaseSummary) -> str | None:
    if column == CaseColumn.CODE:
        return case.code
    if column == CaseColumn.TITLE:
        return case.title
    if column == CaseColumn.DATE:
        return case.interview_date
    if column == CaseColumn.INTERVIEWER:
        return case.interviewer
    if column == CaseColumn.STATUS:
        return case.status
    return None


class CaseTableModel(QAbstractTableModel):
    CodeRole = Qt.ItemDataRole.UserRole + 1
    SummaryRole = Qt.ItemDataRole.UserRole + 2
    SortRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[CaseSummary] = []
        self._privacy: dict[str, PrivacyState] = {}
        self._hay: list[str] | None = None  # haystack() of each case, built on first use
        self._keys: dict[int, list[Any]] = {}  # sort keys per column, built on first use
        self._rows: list[CaseSummary] = []
        self._filter = CaseFilter()
        self._sort: tuple[int, Qt.SortOrder] = (CaseColumn.CODE, Qt.SortOrder.AscendingOrder)

    # --- feeding --------------------------------------------------------------------------

    def set_cases(self, cases: list[CaseSummary],
                  privacy: dict[str, PrivacyState] | None = None) -> None:
        """``privacy``: each case's privacy state by code (missing: shown empty)."""
        self.beginResetModel()
        self._all = list(cases)
        self._privacy = dict(privacy or {})
        self._hay, self._keys = None, {}
        self._rows = self._arranged()
        self.endResetModel()

    def clear(self) -> None:
        self.set_cases([])

    def set_filter(self, case_filter: CaseFilter) -> None:
        self.beginResetModel()
        self._filter = case_filter
        self._rows = self._arranged()
        self.endResetModel()

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    @property
    def total(self) -> int:
        return len(self._all)

    def _arranged(self) -> list[CaseSummary]:
        """The filtered cases in sort order; at 10,000 cases a few milliseconds once the
        haystacks and the column's keys are cached."""
        column, order = self._sort
        if self._filter.text and self._hay is None:
            self._hay = [haystack(c) for c in self._all]
        if self._filter == CaseFilter():
            keep = list(range(len(self._all)))
        else:
            hay = self._hay or [""] * len(self._all)
            keep = [n for n, case in enumerate(self._all)
                    if self._filter.accepts(case, hay[n], self._privacy.get(case.code))]
        if column not in self._keys:
            self._keys[column] = [_sort_key(column, c, self._privacy.get(c.code))
                                  for c in self._all]
        keys = self._keys[column]
        keep.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        return [self._all[n] for n in keep]

    def summary(self, row: int) -> CaseSummary:
        return self._rows[row]

    def privacy(self, code: str) -> PrivacyState | None:
        return self._privacy.get(code)

    def row_of(self, code: str) -> int | None:
        for row, case in enumerate(self._rows):
            if case.code == code:
                return row
        return None

    def attribute_values(self, name: str) -> list[str]:
        return sorted({_show(c.attributes[name]) for c in self._all if name in c.attributes})

    # --- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(CaseColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        case, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(column, case)
        if role == Qt.ItemDataRole.ToolTipRole and column == CaseColumn.ATTRIBUTES:
            return format_attributes(case.attributes, 99) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == CaseColumn.TITLE:
            return case.title
        if column == CaseColumn.PRIVACY and role in (Qt.ItemDataRole.ToolTipRole,
                                                     Qt.ItemDataRole.DecorationRole):
            return self._privacy_extra(case, role)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CaseColumn.CODINGS:
            return RIGHT
        if role == self.CodeRole:
            return case.code
        if role == self.SummaryRole:
            return case
        if role == self.SortRole:
            return _sort_key(column, case, self._privacy.get(case.code))[0]
        return None

    def _privacy_extra(self, case: CaseSummary, role: int) -> Any:
        state = self._privacy.get(case.code)
        if state is None:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch(STATE_COLORS.get(state.state, "#455a64"))
        return state_detail(state)

    def _display(self, column: int, case: CaseSummary) -> str:
        if column == CaseColumn.PRIVACY:
            return state_text(self._privacy.get(case.code))
        if column == CaseColumn.LANGUAGES:
            return ", ".join(case.languages)
        if column == CaseColumn.CODINGS:
            return str(case.codings)
        if column == CaseColumn.ATTRIBUTES:
            return format_attributes(case.attributes)
        if column == CaseColumn.STATUS:
            return QCoreApplication.translate("CaseStatus", case.status.replace("_", " "))
        return _text(column, case) or ""

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(CaseColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CaseTableModel", _HEADERS[CaseColumn(section)])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(CaseColumn):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        codes = [self._rows[i.row()].code if i.row() < len(self._rows) else None for i in old]
        self._sort = (column, order)
        self._rows = self._arranged()
        where = {case.code: row for row, case in enumerate(self._rows)}
        new = [self.index(where[c], i.column()) if c in where else QModelIndex()
               for c, i in zip(codes, old, strict=True)]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()
