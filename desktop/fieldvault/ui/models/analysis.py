"""Table models for the Analysis page: a theme x column table and a theme x theme
co-occurrence matrix, each cell carrying its heat (0..1) for :class:`HeatmapDelegate`.

Column 0 is the theme (indented by depth); the last column of a cross table is the row
total. :data:`HeatRole` is None where no colour belongs (theme names, totals, the diagonal).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from fieldvault.core.analysis.cooccur import CooccurTable
from fieldvault.core.analysis.crosstab import CrossTable, Measure, Percent
from fieldvault.ui.models.records import Index

HeatRole = Qt.ItemDataRole.UserRole + 40
CellRole = Qt.ItemDataRole.UserRole + 41  # (theme, column key) or (theme a, theme b)


def number(value: float | None, percent: bool) -> str:
    if value is None:
        return "–"
    return f"{value:.1f} %" if percent else f"{int(value):,}".replace(",", " ")


class CrossTableModel(QAbstractTableModel):
    """One of a :class:`CrossTable`'s measures (codings, cases, characters) as counts or
    row/column percentages."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.table: CrossTable | None = None
        self.measure: Measure = "codings"
        self.percent: Percent = "none"
        self._depth: Mapping[str, int] = {}
        self._labels: Mapping[str, str] = {}
        self._max = 0.0

    def set_table(self, table: CrossTable | None, depth: Mapping[str, int] | None = None,
                  labels: Mapping[str, str] | None = None) -> None:
        """``labels``: theme names in the interface language (else the table's English)."""
        self.beginResetModel()
        self.table = table
        self._depth = depth or {}
        self._labels = labels or {}
        self._rescale()
        self.endResetModel()

    def clear(self) -> None:
        self.set_table(None)

    def set_view(self, measure: Measure, percent: Percent) -> None:
        self.measure, self.percent = measure, percent
        self._rescale()
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))

    def _rescale(self) -> None:
        self._max = self.table.maximum(self.measure, self.percent) if self.table else 0.0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.table is None else len(self.table.columns) + 2

    def label(self, theme: str) -> str:
        if theme in self._labels:
            return self._labels[theme]
        return self.table.labels.get(theme, theme) if self.table else theme

    def cell_at(self, index: Index) -> tuple[str, str] | None:
        """(theme, column key) of a data cell; None for the theme and total columns."""
        if self.table is None or not index.isValid():
            return None
        column = index.column() - 1
        if not 0 <= column < len(self.table.columns):
            return None
        return self.table.rows[index.row()], self.table.columns[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        table = self.table
        if table is None or not index.isValid() or not 0 <= index.row() < len(table.rows):
            return None
        theme = table.rows[index.row()]
        if index.column() == 0:
            return self._theme_data(theme, role)
        cell = self.cell_at(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return number(self._value(theme, cell), self.percent != "none")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == HeatRole and cell is not None:
            value = self._value(theme, cell)
            return (value or 0.0) / self._max if self._max else 0.0
        if role == CellRole:
            return cell
        if role == Qt.ItemDataRole.ToolTipRole and cell is not None:
            counts = table.cell(*cell)
            return QCoreApplication.translate(
                "AnalysisModels",
                "{theme} × {key}: {codings} codings in {cases} cases, {chars} coded "
                "characters. Double-click to read them.",
            ).format(
                theme=self.label(theme),
                key=cell[1],
                codings=counts.codings,
                cases=counts.cases,
                chars=counts.chars,
            )
        return None

    def _theme_data(self, theme: str, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return "    " * self._depth.get(theme, 0) + self.label(theme)
        if role == Qt.ItemDataRole.ToolTipRole:
            return theme
        return None

    def _value(self, theme: str, cell: tuple[str, str] | None) -> float | None:
        assert self.table is not None
        if cell is not None:
            return self.table.value(theme, cell[1], self.measure, self.percent)
        total = self.table.row_totals.get(theme)
        if total is None:
            return None
        if self.percent == "column":
            whole = self.table.total.get(self.measure)
            return 100.0 * total.get(self.measure) / whole if whole else None
        return 100.0 if self.percent == "row" else total.get(self.measure)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            self.table is None
            or orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.DisplayRole
        ):
            return None
        if section == 0:
            return QCoreApplication.translate("AnalysisModels", "Theme")
        if section == len(self.table.columns) + 1:
            return QCoreApplication.translate("AnalysisModels", "Total")
        if 1 <= section <= len(self.table.columns):
            key = self.table.columns[section - 1]
            total = self.table.column_totals.get(key)
            cases = total.cases if total else 0
            return f"{key}\n({cases})" if self.table.by != "case" else key
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def to_csv(self) -> str:
        """What the table shows, header and all, as CSV (theme ids, not names, first)."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        columns = range(1, self.columnCount())
        writer.writerow(
            [
                QCoreApplication.translate("AnalysisModels", "theme id"),
                QCoreApplication.translate("AnalysisModels", "theme"),
            ]
            + [
                str(self.headerData(c, Qt.Orientation.Horizontal)).replace("\n", " ")
                for c in columns
            ]
        )
        for row in range(self.rowCount()):
            theme = self.table.rows[row] if self.table else ""
            writer.writerow(
                [theme, self.label(theme)] + [self.index(row, c).data() for c in columns]
            )
        return out.getvalue()


class CooccurModel(QAbstractTableModel):
    """Themes x themes; a cell is the number of co-occurring coding pairs or the
    c-coefficient; the diagonal shows a theme's own number of codings, uncoloured."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.table: CooccurTable | None = None
        self.themes: tuple[str, ...] = ()
        self.labels: Mapping[str, str] = {}
        self.show_coefficient = False
        self._max = 0.0

    def set_table(
        self,
        table: CooccurTable | None,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        self.beginResetModel()
        self.table = table
        self.labels = labels or {}
        paired = {t for pair in (table.counts if table else {}) for t in pair}
        self.themes = tuple(t for t in (table.themes if table else ()) if t in paired)
        self._rescale()
        self.endResetModel()

    def clear(self) -> None:
        self.set_table(None)

    def set_coefficient(self, on: bool) -> None:
        self.beginResetModel()
        self.show_coefficient = on
        self._rescale()
        self.endResetModel()

    def _rescale(self) -> None:
        values = [self._value(p.a, p.b) for p in (self.table.counts.values() if self.table else ())]
        self._max = max((v for v in values if v is not None), default=0.0)

    def _value(self, a: str, b: str) -> float | None:
        pair = self.table.pair(a, b) if self.table else None
        if pair is None:
            return 0.0
        return pair.c if self.show_coefficient else float(pair.pairs)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.themes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or not self.themes else len(self.themes) + 1

    def pair_at(self, index: Index) -> tuple[str, str] | None:
        if not index.isValid() or index.column() == 0:
            return None
        a, b = self.themes[index.row()], self.themes[index.column() - 1]
        return None if a == b else (a, b)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.table is None or not index.isValid() or index.row() >= len(self.themes):
            return None
        a = self.themes[index.row()]
        if index.column() == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.labels.get(a, a)
            return a if role == Qt.ItemDataRole.ToolTipRole else None
        pair = self.pair_at(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if pair is None:
                return f"({self.table.frequencies.get(a, 0)})"
            value = self._value(*pair)
            if self.show_coefficient:
                return "–" if value is None else f"{value:.2f}"
            return number(value, False)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == HeatRole and pair is not None:
            value = self._value(*pair)
            return (value or 0.0) / self._max if self._max else 0.0
        if role == CellRole:
            return pair
        if role == Qt.ItemDataRole.ToolTipRole and pair is not None:
            count = self.table.pair(*pair)
            return QCoreApplication.translate(
                "AnalysisModels",
                "{a} with {b}: {pairs} pairs of codings in {cases} cases. "
                "Double-click to read them.",
            ).format(
                a=self.labels.get(pair[0], pair[0]),
                b=self.labels.get(pair[1], pair[1]),
                pairs=count.pairs if count else 0,
                cases=count.cases if count else 0,
            )
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        if section == 0:
            return QCoreApplication.translate("AnalysisModels", "Theme")
        if 1 <= section <= len(self.themes):
            theme = self.themes[section - 1]
            return theme if role == Qt.ItemDataRole.ToolTipRole else self.labels.get(theme, theme)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(
            [QCoreApplication.translate("AnalysisModels", "theme id")] + list(self.themes)
        )
        for row, theme in enumerate(self.themes):
            writer.writerow(
                [theme] + [self.index(row, c).data() for c in range(1, self.columnCount())]
            )
        return out.getvalue()
