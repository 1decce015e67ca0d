"""List and table models for codings, retrieved passages, search hits and memos."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from fieldvault.core.attachments.segments import AudioSegment
from fieldvault.core.records.codings import CodingView, Passage
from fieldvault.core.records.review import VerdictView
from fieldvault.core.search.service import SearchResult
from fieldvault.core.store.models import Memo
from fieldvault.ui.i18n import QT_TRANSLATE_NOOP
from fieldvault.ui.models.html import HtmlRole, in_context
from fieldvault.ui.models.search_cells import SnippetCells, cells_of
from fieldvault.ui.resources import swatch

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


def verdict_label(verdict: str) -> str:
    """``valid``/``invalid`` in the interface language."""
    if verdict == "valid":
        return QCoreApplication.translate("RecordModels", "valid")
    return QCoreApplication.translate("RecordModels", "invalid")


def position_text(milliseconds: int) -> str:
    """``1:02:03.4``: hours, minutes, seconds and tenths of a position in a recording."""
    tenths = milliseconds // 100
    seconds = tenths // 10
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}.{tenths % 10}"


def segment_text(segment: AudioSegment) -> str:
    """What the codings list shows for a coded audio segment: time range (first, as the
    narrow list shows the start of a cell), then the recording."""
    return QCoreApplication.translate("RecordModels", "♪ {start} – {end}, {recording}").format(
        recording=segment.attachment_name, start=position_text(segment.start_ms),
        end=position_text(segment.end_ms))


def _one_line(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """A table over a Python list; subclasses name their columns and format cells."""

    RowRole = Qt.ItemDataRole.UserRole + 1
    headers: Sequence[str] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row(self, number: int) -> Row:
        return self._rows[number]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == self.RowRole:
            return item
        if role == Qt.ItemDataRole.AccessibleTextRole:
            role = Qt.ItemDataRole.DisplayRole
        return self.cell(item, index.column(), role)

    def cell(self, item: Row, column: int, role: int) -> Any:
        raise NotImplementedError

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers)):
            return QCoreApplication.translate(type(self).__name__, self.headers[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class CodingColumn(IntEnum):
    THEME = 0
    TEXT = 1
    CODER = 2
    REVIEW = 3


class CodingListModel(RowTableModel[CodingView | AudioSegment]):
    """The codings of one case; unplaced ones (lost in a transcript edit) are greyed; coded
    audio segments are rows too (recording and time range in the Passage column).

    The Review column shows a supervisor's verdict (see :meth:`set_verdicts`)."""

    CodingIdRole = Qt.ItemDataRole.UserRole + 2
    headers = (QT_TRANSLATE_NOOP("CodingListModel", "Theme"),
               QT_TRANSLATE_NOOP("CodingListModel", "Passage"),
               QT_TRANSLATE_NOOP("CodingListModel", "Coder"),
               QT_TRANSLATE_NOOP("CodingListModel", "Review"))

    def __init__(self, parent: Any = None,
                 theme_label: Callable[[CodingView | AudioSegment], str] | None = None) -> None:
        super().__init__(parent)
        self.theme_label = theme_label or (lambda view: view.theme_name)
        self._verdicts: dict[str, VerdictView] = {}

    def set_verdicts(self, verdicts: Sequence[VerdictView]) -> None:
        self._verdicts = {v.coding_id: v for v in verdicts}
        if self._rows:
            self.dataChanged.emit(self.index(0, CodingColumn.REVIEW),
                                  self.index(len(self._rows) - 1, CodingColumn.REVIEW))

    def verdict(self, coding_id: str) -> VerdictView | None:
        return self._verdicts.get(coding_id)

    def clear(self) -> None:
        self._verdicts = {}
        super().clear()

    def cell(self, item: CodingView | AudioSegment, column: int, role: int) -> Any:
        if role == self.CodingIdRole:
            return item.id
        if isinstance(item, AudioSegment):
            return self._segment_cell(item, column, role)
        if column == CodingColumn.REVIEW:
            return self._review_cell(self._verdicts.get(item.id), role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == CodingColumn.THEME:
                return self.theme_label(item)
            if column == CodingColumn.TEXT:
                return _one_line(item.text) if item.placed else QCoreApplication.translate(
                        "RecordModels", "(could not be placed)")
            return item.coder or ""
        if role == Qt.ItemDataRole.DecorationRole and column == CodingColumn.THEME:
            return swatch(item.color)
        if role == Qt.ItemDataRole.ToolTipRole and column == CodingColumn.TEXT:
            return item.text or None
        if role == Qt.ItemDataRole.ForegroundRole and not item.placed:
            palette = QApplication.palette()
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def _segment_cell(self, item: AudioSegment, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.theme_label(item), segment_text(item), item.coder or "", None)[column]
        if role == Qt.ItemDataRole.DecorationRole and column == CodingColumn.THEME:
            return swatch(item.color)
        if role == Qt.ItemDataRole.ToolTipRole and column == CodingColumn.TEXT:
            return segment_text(item)
        return None

    def row_of(self, coding_id: str) -> int | None:
        for number, view in enumerate(self._rows):
            if view.id == coding_id:
                return number
        return None

    @staticmethod
    def _review_cell(verdict: VerdictView | None, role: int) -> Any:
        if verdict is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            mark = ("✔ " if verdict.verdict == "valid" else "✘ ") + verdict_label(verdict.verdict)
            return mark + (f" — {_one_line(verdict.comment, 60)}" if verdict.comment else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                    "RecordModels", "{verdict} by {who} on {when}").format(
                verdict=verdict_label(verdict.verdict),
                who=verdict.reviewer or QCoreApplication.translate("RecordModels", "(unknown)"),
                when=verdict.at[:10]) + (f"\n{verdict.comment}" if verdict.comment else "")
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#1b7a3a") if verdict.verdict == "valid" else QColor("#b3261e")
        return None


class PassageColumn(IntEnum):
    CASE = 0
    THEME = 1
    PASSAGE = 2


class PassageModel(RowTableModel[Passage]):
    headers = (QT_TRANSLATE_NOOP("PassageModel", "Case"),
               QT_TRANSLATE_NOOP("PassageModel", "Theme"),
               QT_TRANSLATE_NOOP("PassageModel", "Passage in context"))

    def __init__(self, parent: Any = None,
                 theme_label: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self.theme_label = theme_label or (lambda theme_id: theme_id)

    def cell(self, item: Passage, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == PassageColumn.CASE:
                return item.case_code
            if column == PassageColumn.THEME:
                return self.theme_label(item.theme_id)
            return _one_line(item.before + item.text + item.after, 400)
        if role == HtmlRole and column == PassageColumn.PASSAGE:
            return in_context(item.before[-40:], item.text, item.after[:120])
        if role == Qt.ItemDataRole.ToolTipRole and column == PassageColumn.PASSAGE:
            return item.text
        return None


class SearchColumn(IntEnum):
    KIND = 0
    CASE = 1
    SNIPPET = 2


class SearchModel(RowTableModel[SearchResult]):
    """Hits with their snippet cells: those :func:`search_cells.prepare` made on the worker,
    the rest formatted on first request and kept (UI thread)."""

    headers = (QT_TRANSLATE_NOOP("SearchModel", "Found in"),
               QT_TRANSLATE_NOOP("SearchModel", "Case"),
               QT_TRANSLATE_NOOP("SearchModel", "Snippet"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cells: list[SnippetCells | None] = []

    def set_rows(self, rows: list[SearchResult],
                 prepared: list[SnippetCells] | None = None) -> None:
        given = list(prepared or [])[:len(rows)]
        self._cells = given + [None] * (len(rows) - len(given))
        super().set_rows(rows)

    def cells(self, number: int) -> SnippetCells:
        known = self._cells[number]
        if known is None:
            known = self._cells[number] = cells_of(self._rows[number])
        return known

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == SearchColumn.SNIPPET \
                and 0 <= index.row() < len(self._rows):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.cells(index.row()).display
            if role == HtmlRole:
                return self.cells(index.row()).html
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.cells(index.row()).tooltip
        return super().data(index, role)

    def cell(self, item: SearchResult, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == SearchColumn.KIND:
                kinds = {"transcript": QCoreApplication.translate("RecordModels", "transcript"),
                         "case": QCoreApplication.translate("RecordModels", "case details"),
                         "memo": QCoreApplication.translate("RecordModels", "memo"),
                         "theme": QCoreApplication.translate("RecordModels", "theme")}
                return kinds.get(item.kind, item.kind)
            if column == SearchColumn.CASE:
                return item.case_code or ""
        return None


class MemoModel(RowTableModel[Memo]):
    MemoIdRole = Qt.ItemDataRole.UserRole + 2
    headers = (QT_TRANSLATE_NOOP("MemoModel", "Memo"),
               QT_TRANSLATE_NOOP("MemoModel", "Written"))

    def cell(self, item: Memo, column: int, role: int) -> Any:
        if role == self.MemoIdRole:
            return item.id
        if role == Qt.ItemDataRole.DisplayRole:
            return _one_line(item.text, 120) if column == 0 else item.updated[:16].replace("T", " ")
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return item.text
        return None
