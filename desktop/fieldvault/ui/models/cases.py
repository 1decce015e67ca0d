"""The case table: every case in memory as columns, formatted only when a cell is shown.

The Privacy column shows each case's review state (``vault.privacy.states()``, loaded with
the summaries); a case without a known state shows an empty cell, never "clean".

The model holds a :class:`CaseTable` (parallel columns, no object per case) and the rows
shown as an array of positions into it. :func:`prepare` (run off the UI thread by the page)
adds what filtering and sorting need: each case's filter haystack and, per column, the
positions in ascending order. Sorting then copies an array, filtering is one pass over the
columns, and at 50,000 cases neither builds an object per case nor gives the garbage
collector 50,000 objects to walk. The view asks ``data()`` only for visible cells.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, TypeAlias

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from fieldvault.core.privacy.state import PrivacyState
from fieldvault.core.records.cases import CaseSummary, CaseTable
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


Positions: TypeAlias = "array[int]"  # 'i': positions into a CaseTable


@dataclass(frozen=True, eq=False)
class PreparedCases:
    """A case table with what filtering and sorting need, built by :func:`prepare`."""

    table: CaseTable
    privacy: list[PrivacyState | None]  # by position in the table
    haystacks: list[str]  # :func:`table_haystack` of each case
    orders: dict[int, Positions]  # column -> positions in ascending order


def prepare(table: CaseTable, privacy: dict[str, PrivacyState] | None = None
            ) -> PreparedCases:
    """Everything the model would otherwise compute on the UI thread (about a second at
    50,000 cases). Threading: pure Python over plain data, meant for a worker thread; the
    only Qt call is ``QCoreApplication.translate`` (thread-safe) for yes/no attributes."""
    states = aligned_privacy(table, privacy or {})
    return PreparedCases(table, states, [table_haystack(table, n) for n in range(len(table))],
                         {column: column_order(table, states, column) for column in CaseColumn})


def aligned_privacy(table: CaseTable, privacy: dict[str, PrivacyState]
                    ) -> list[PrivacyState | None]:
    """Each case's privacy state by position; equal states share one object."""
    shared: dict[PrivacyState, PrivacyState] = {}
    found = (privacy.get(code) for code in table.codes)
    return [None if state is None else shared.setdefault(state, state) for state in found]


def table_haystack(table: CaseTable, n: int) -> str:
    """:func:`haystack` of the case at position ``n``."""
    parts = [table.codes[n], table.titles[n], table.locations[n] or "",
             table.interviewers[n] or "", *(str(v) for v in table.attributes[n].values())]
    return "\n".join(parts).casefold()


def column_order(table: CaseTable, privacy: Sequence[PrivacyState | None],
                 column: int) -> Positions:
    """Positions sorted by the column's key, ascending; equal keys stay in code order (the
    table's order), as :func:`_sort_key` breaks ties."""
    if column == CaseColumn.CODE:
        return array("i", range(len(table)))
    keys = column_keys(table, privacy, column)
    return array("i", sorted(range(len(table)), key=keys.__getitem__))


def column_keys(table: CaseTable, privacy: Sequence[PrivacyState | None],
                column: int) -> Sequence[Any]:
    """The first element of :func:`_sort_key` for every case, by position."""
    if column == CaseColumn.PRIVACY:
        return [state_rank(state) for state in privacy]
    if column == CaseColumn.CODINGS:
        return table.codings
    if column == CaseColumn.LANGUAGES:
        return [",".join(langs) for langs in table.languages]
    if column == CaseColumn.ATTRIBUTES:
        shown: dict[int, str] = {}  # attribute dicts are shared between cases
        return [shown.get(id(a)) or shown.setdefault(id(a), format_attributes(a, 99).casefold())
                for a in table.attributes]
    by_column: dict[int, Sequence[str | None]] = {
        CaseColumn.TITLE: table.titles, CaseColumn.DATE: table.dates,
        CaseColumn.INTERVIEWER: table.interviewers, CaseColumn.STATUS: table.statuses}
    texts = by_column.get(column, table.codes)
    return [(text or "").casefold() for text in texts]


class CaseTableModel(QAbstractTableModel):
    CodeRole = Qt.ItemDataRole.UserRole + 1
    SummaryRole = Qt.ItemDataRole.UserRole + 2
    SortRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._table = CaseTable.of([])
        self._privacy: list[PrivacyState | None] = []
        self._hay: list[str] | None = None  # built on first use unless prepared
        self._orders: dict[int, Positions] = {}  # per column, built on first use
        self._rows: Positions = array("i")  # positions into the table, as shown
        self._filter = CaseFilter()
        self._sort: tuple[int, Qt.SortOrder] = (CaseColumn.CODE, Qt.SortOrder.AscendingOrder)

    # --- feeding --------------------------------------------------------------------------

    def set_cases(self, cases: Iterable[CaseSummary] | CaseTable,
                  privacy: dict[str, PrivacyState] | None = None) -> None:
        """``privacy``: each case's privacy state by code (missing: shown empty). Haystacks
        and sort orders are computed when first needed; :meth:`set_prepared` takes them
        ready-made."""
        table = cases if isinstance(cases, CaseTable) else CaseTable.of(cases)
        self._load(table, aligned_privacy(table, privacy or {}), None, {})

    def set_prepared(self, prepared: PreparedCases) -> None:
        self._load(prepared.table, prepared.privacy, prepared.haystacks, prepared.orders)

    def _load(self, table: CaseTable, privacy: list[PrivacyState | None],
              hay: list[str] | None, orders: dict[int, Positions]) -> None:
        self.beginResetModel()
        self._table, self._privacy, self._hay, self._orders = table, privacy, hay, dict(orders)
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
        return len(self._table)

    def _arranged(self) -> Positions:
        """The positions of the filtered cases in sort order: one pass over the column's
        ascending order (backwards when descending), keeping the cases the filter accepts."""
        column, order = self._sort
        if column not in self._orders:
            self._orders[column] = column_order(self._table, self._privacy, column)
        ordered = self._orders[column]
        descending = order == Qt.SortOrder.DescendingOrder
        keep = self._accepted()
        if keep is None:
            return ordered[::-1] if descending else array("i", ordered)
        mask = bytearray(len(self._table))
        for n in keep:
            mask[n] = 1
        walk = reversed(ordered) if descending else ordered
        return array("i", [n for n in walk if mask[n]])

    def _accepted(self) -> list[int] | None:
        """Positions the filter accepts, in table order (None: no filter, all of them).
        Same rules as :meth:`CaseFilter.accepts`, applied a column at a time."""
        f, table = self._filter, self._table
        if f == CaseFilter():
            return None
        keep: Iterable[int] = range(len(table))
        if f.status:
            keep = [n for n in keep if table.statuses[n] == f.status]
        if f.privacy:
            states = self._privacy
            keep = [n for n in keep if (s := states[n]) is not None and s.state == f.privacy]
        if f.codes is not None:
            keep = [n for n in keep if table.codes[n] in f.codes]
        if f.attribute is not None:
            name, value = f.attribute
            attrs = table.attributes
            keep = [n for n in keep if name in attrs[n]
                    and (not value or _show(attrs[n][name]) == value)]
        if f.text:
            if self._hay is None:
                self._hay = [table_haystack(table, n) for n in range(len(table))]
            hay, needle = self._hay, f.text.casefold()
            keep = [n for n in keep if needle in hay[n]]
        return list(keep)

    def summary(self, row: int) -> CaseSummary:
        return self._table.summary(self._rows[row])

    def privacy(self, code: str) -> PrivacyState | None:
        n = self._table.index_of(code)
        return None if n is None else self._privacy[n]

    def row_of(self, code: str) -> int | None:
        n = self._table.index_of(code)
        return None if n is None else self._row_of_position(n)

    def _row_of_position(self, n: int) -> int | None:
        try:
            return self._rows.index(n)
        except ValueError:
            return None

    def attribute_values(self, name: str) -> list[str]:
        shown = {_show(a[name]) for a in {id(a): a for a in self._table.attributes}.values()
                 if name in a}
        return sorted(shown)

    # --- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(CaseColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        n, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(column, n)
        table = self._table
        if role == Qt.ItemDataRole.ToolTipRole and column == CaseColumn.ATTRIBUTES:
            return format_attributes(table.attributes[n], 99) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == CaseColumn.TITLE:
            return table.titles[n]
        if column == CaseColumn.PRIVACY and role in (Qt.ItemDataRole.ToolTipRole,
                                                     Qt.ItemDataRole.DecorationRole):
            return self._privacy_extra(self._privacy[n], role)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CaseColumn.CODINGS:
            return RIGHT
        if role == self.CodeRole:
            return table.codes[n]
        if role == self.SummaryRole:
            return table.summary(n)
        if role == self.SortRole:
            return _sort_key(column, table.summary(n), self._privacy[n])[0]
        return None

    def _privacy_extra(self, state: PrivacyState | None, role: int) -> Any:
        if state is None:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch(STATE_COLORS.get(state.state, "#455a64"))
        return state_detail(state)

    def _display(self, column: int, n: int) -> str:
        table = self._table
        if column == CaseColumn.PRIVACY:
            return state_text(self._privacy[n])
        if column == CaseColumn.LANGUAGES:
            return ", ".join(table.languages[n])
        if column == CaseColumn.CODINGS:
            return str(table.codings[n])
        if column == CaseColumn.ATTRIBUTES:
            return format_attributes(table.attributes[n])
        if column == CaseColumn.STATUS:
            return QCoreApplication.translate("CaseStatus", table.statuses[n].replace("_", " "))
        texts: dict[int, Sequence[str | None]] = {
            CaseColumn.CODE: table.codes, CaseColumn.TITLE: table.titles,
            CaseColumn.DATE: table.dates, CaseColumn.INTERVIEWER: table.interviewers}
        return texts[column][n] or ""

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
        positions = [self._rows[i.row()] if i.row() < len(self._rows) else None for i in old]
        self._sort = (column, order)
        self._rows = self._arranged()
        rows = self._rows_of(positions)
        new = [self.index(row, i.column()) if row is not None else QModelIndex()
               for row, i in zip(rows, old, strict=True)]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _rows_of(self, positions: list[int | None]) -> list[int | None]:
        """Where each position is shown now (a selection keeps a handful of indexes: a
        scan each; a large number gets one inverse map)."""
        if len(positions) <= 32:
            return [None if n is None else self._row_of_position(n) for n in positions]
        where = {n: row for row, n in enumerate(self._rows)}
        return [None if n is None else where.get(n) for n in positions]
