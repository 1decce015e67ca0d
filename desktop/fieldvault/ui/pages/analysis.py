"""The Analysis page: where themes concentrate across cases, as heatmap tables and charts.

Views: themes x cases, themes x a case attribute, themes over interview years or months,
themes by interviewer, and theme co-occurrence. Every computation runs on the TaskRunner
(the core reads in its own session); a double-click on a cell fetches that cell's passages
the same way and hands them to Retrieve through :attr:`AnalysisPage.passages_ready`.
Exports go only to a file the user chooses.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.analysis.cooccur import CooccurTable, sorted_pairs
from fieldvault.core.analysis.crosstab import CrossTable
from fieldvault.core.analysis.running import load_pair_counter
from fieldvault.core.analysis.service import Filters
from fieldvault.core.errors import InputError
from fieldvault.core.memory import release_free_memory
from fieldvault.core.records.cases import STATUSES
from fieldvault.core.records.codings import Passage
from fieldvault.core.vault import Change, Vault
from fieldvault.ui.messages import file_dialog, inform, show_error
from fieldvault.ui.models.analysis import CooccurModel, CrossTableModel
from fieldvault.ui.models.review import status_label
from fieldvault.ui.models.themes import display_name
from fieldvault.ui.session import VaultSession
from fieldvault.ui.tasks import TaskHandle, TaskRunner
from fieldvault.ui.widgets.charts import MAX_CATEGORIES, ChartData, ChartView, Series
from fieldvault.ui.widgets.heatmap import HeatmapDelegate
from fieldvault.ui.widgets.tables import compact_table

ATTRIBUTE = "attribute"
COOCCUR = "cooccur"


@dataclass(frozen=True)
class Request:
    """What was computed, so a cell's passages are fetched with the same settings."""

    view: str  # "case", ATTRIBUTE, "date:year", "date:month", "interviewer", COOCCUR
    by: str
    filters: Filters
    subthemes: bool
    top_level: bool
    mode: str = "overlap"
    distance: int = 0


def compute_and_trim(vault: Vault, request: Request) -> CrossTable | CooccurTable:
    """:func:`compute`, then the rows it read and freed go back to the system (a worker)."""
    try:
        return compute(vault, request)
    finally:
        release_free_memory()


def compute(vault: Vault, request: Request) -> CrossTable | CooccurTable:
    """Any thread."""
    if request.view == COOCCUR:
        return vault.analysis.cooccur(request.filters, request.mode,  # type: ignore[arg-type]
                                      request.distance, request.top_level)
    return vault.analysis.table(request.by, request.filters, request.subthemes,
                                request.top_level)


def passages(vault: Vault, request: Request, cell: tuple[str, str]) -> list[Passage]:
    """The passages behind one cell (any thread)."""
    if request.view == COOCCUR:
        return vault.analysis.near(cell[0], cell[1], request.filters,
                                   request.mode, request.distance,  # type: ignore[arg-type]
                                   subthemes=request.top_level)
    return vault.analysis.cell_passages(request.by, cell[0], cell[1], request.filters,
                                        request.subthemes)


def parse_where(text: str) -> tuple[tuple[str, str], ...]:
    """``sector=construction; city=Artyom`` -> pairs; one sentence for anything else."""
    pairs = []
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        name, sep, value = part.partition("=")
        if not sep or not name.strip() or not value.strip():
            raise InputError(f"'{part}' is not NAME=VALUE (separate several with ';').")
        pairs.append((name.strip(), value.strip()))
    return tuple(pairs)


class AnalysisPage(QWidget):
    passages_ready = Signal(str, object)  # caption, list[Passage]
    computed = Signal(str)  # the view that is now shown

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("analysis-page")
        self.runner = runner
        self.session: VaultSession | None = None
        self.task: TaskHandle | None = None
        self.request: Request | None = None
        self.result: CrossTable | CooccurTable | None = None
        self.cross = CrossTableModel(self)
        self.pairs = CooccurModel(self)
        self._colors: dict[str, str] = {}
        self._depth: dict[str, int] = {}
        self._counter_loaded = False
        self._build()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._view_row())
        layout.addLayout(self._filter_row())
        self._view_changed()
        self.note = QLabel(self.tr("Choose a view and press Compute (Ctrl+Enter). "
                                   "Double-click a cell to read its passages in Retrieve."))
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.table = QTableView()
        self.table.setObjectName("analysis-table")
        self.table.setAccessibleName(self.tr("Analysis table"))
        self.table.setModel(self.cross)
        self.table.setItemDelegate(HeatmapDelegate(self.table))
        compact_table(self.table)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.horizontalHeader().setDefaultSectionSize(
            self.fontMetrics().horizontalAdvance("0") * 11)
        self.table.activated.connect(self.open_cell)  # a double-click, or Enter
        self.table.clicked.connect(lambda _index: self.redraw_chart())
        self.chart = ChartView()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self._chart_box())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.compute,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _combo(self, name: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        for label, data in items:
            combo.addItem(label, data)
        return combo

    def _view_row(self) -> QHBoxLayout:
        self.view = self._combo(self.tr("View"), [
            (self.tr("Themes × cases"), "case"), (self.tr("Themes × attribute"), ATTRIBUTE),
            (self.tr("Themes by interview year"), "date:year"),
            (self.tr("Themes by interview month"), "date:month"),
            (self.tr("Themes by interviewer"), "interviewer"),
            (self.tr("Co-occurrence of themes"), COOCCUR)])
        self.view.currentIndexChanged.connect(lambda _i: self._view_changed())
        self.attribute = QComboBox()
        self.attribute.setAccessibleName(self.tr("Attribute"))
        self.attribute.setMinimumContentsLength(10)
        self.measure = self._combo(self.tr("Count"), [
            (self.tr("codings"), "codings"), (self.tr("cases"), "cases"),
            (self.tr("coded characters"), "chars")])
        self.percent = self._combo(self.tr("Show"), [
            (self.tr("counts"), "none"), (self.tr("% of row"), "row"),
            (self.tr("% of column"), "column")])
        for combo in (self.measure, self.percent):
            combo.currentIndexChanged.connect(lambda _i: self._restyle())
        self.mode = self._combo(self.tr("Co-occurrence"), [
            (self.tr("overlapping"), "overlap"), (self.tr("within N characters"), "near"),
            (self.tr("same paragraph"), "paragraph")])
        self.distance = QSpinBox()
        self.distance.setAccessibleName(self.tr("Characters apart"))
        self.distance.setRange(0, 100_000)
        self.distance.setValue(200)
        self.distance.setSuffix(self.tr(" chars"))
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self._mode_changed()
        self.compute_button = QPushButton(self.tr("&Compute"))
        self.compute_button.setToolTip(self.tr("Compute the view (Ctrl+Enter)"))
        self.compute_button.clicked.connect(self.compute)
        row = QHBoxLayout()
        for widget in (self.view, self.attribute, QLabel(self.tr("Count:")), self.measure,
                       self.percent, self.mode, self.distance):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.compute_button)
        return row

    def _filter_row(self) -> QHBoxLayout:
        self.status = self._combo(self.tr("Case status"), [(self.tr("all statuses"), "")]
                                  + [(status_label(status), status) for status in STATUSES])
        self.verdict = self._combo(self.tr("Review verdict"), [
            (self.tr("all codings"), ()), (self.tr("not judged invalid"), ("valid",
                                                                             "unreviewed")),
            (self.tr("judged valid"), ("valid",)), (self.tr("not reviewed"), ("unreviewed",))])
        self.coder = QLineEdit()
        self.coder.setAccessibleName(self.tr("Coder"))
        self.coder.setPlaceholderText(self.tr("coder (all)"))
        self.coder.setClearButtonEnabled(True)
        self.where = QLineEdit()
        self.where.setAccessibleName(self.tr("Cases where"))
        self.where.setPlaceholderText(self.tr("cases where, e.g. sector=construction"))
        self.where.setClearButtonEnabled(True)
        for edit in (self.coder, self.where):
            edit.returnPressed.connect(self.compute)
        self.subthemes = QCheckBox(self.tr("Include &subthemes"))
        self.subthemes.setChecked(True)
        self.top_level = QCheckBox(self.tr("&Top-level only"))
        row = QHBoxLayout()
        for widget in (self.status, self.verdict, self.coder):
            row.addWidget(widget)
        row.addWidget(self.where, 1)
        row.addWidget(self.subthemes)
        row.addWidget(self.top_level)
        return row

    def _chart_box(self) -> QWidget:
        self.chart_kind = self._combo(self.tr("Chart"), [
            (self.tr("Bar chart"), "bar"), (self.tr("Stacked bars"), "stacked"),
            (self.tr("Heatmap"), "heatmap")])
        self.chart_kind.currentIndexChanged.connect(lambda _i: self.redraw_chart())
        self.csv_button = QPushButton(self.tr("Export table as CS&V…"))
        self.csv_button.clicked.connect(self.choose_csv)
        self.image_button = QPushButton(self.tr("Export chart as PNG/S&VG…"))
        self.image_button.clicked.connect(self.choose_image)
        row = QHBoxLayout()
        row.addWidget(self.chart_kind)
        row.addStretch(1)
        row.addWidget(self.csv_button)
        row.addWidget(self.image_button)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.chart, 1)
        return box

    def _mode_changed(self) -> None:
        """The distance counts only for "within N characters": greyed out otherwise."""
        self.distance.setEnabled(self.mode.currentData() == "near")

    def _view_changed(self) -> None:
        view = self.view.currentData()
        self.attribute.setVisible(view == ATTRIBUTE)
        cooccur = view == COOCCUR
        self.mode.setVisible(cooccur)
        self.distance.setVisible(cooccur)
        self.subthemes.setVisible(not cooccur)
        self.percent.setVisible(not cooccur)
        self.measure.setItemText(2, self.tr("c-coefficient") if cooccur
                                 else self.tr("coded characters"))
        if cooccur and not self._counter_loaded:
            self._counter_loaded = True  # the user is choosing a mode: load it meanwhile
            self.runner.run(lambda _p, _c: load_pair_counter(), lambda _r: None,
                            lambda _exc: None)

    # --- vault lifecycle ------------------------------------------------------------------

    def attach(self, session: VaultSession) -> None:
        self.session = session
        session.changed.connect(self._changed)
        self._load_choices()

    def detach(self) -> None:
        if self.task is not None:
            self.task.cancel()
        self.task = None
        self.session = None
        self.request = None
        self.result = None
        self.cross.clear()
        self.pairs.clear()
        self.chart.set_chart(ChartData("bar", "", ()))
        self.attribute.clear()
        self.coder.clear()
        self.where.clear()

    def _changed(self, change: Change) -> None:
        reloads = ("case.", "attribute.", "import.", "refi.import", "bundle.import", "theme.",
                   "codebook.")
        if self.session is not None and change.action.startswith(reloads):
            self._load_choices()

    def _load_choices(self) -> None:
        if self.session is None:
            return
        tree = self.session.theme_tree()
        self._depth = {n.theme.id: n.depth for n in tree}
        self._colors = {n.theme.id: n.theme.color for n in tree}
        chosen = self.attribute.currentText()
        self.attribute.clear()
        self.attribute.addItems(self.session.vault.analysis.attributes())
        self.attribute.setCurrentIndex(max(0, self.attribute.findText(chosen)))

    # --- computing ------------------------------------------------------------------------

    def current_request(self) -> Request:
        view = self.view.currentData()
        by = self.attribute.currentText() if view == ATTRIBUTE else view
        if view == ATTRIBUTE and not by:
            raise InputError(self.tr("No case has attributes yet; choose another view."))
        status = self.status.currentData()
        filters = Filters(coders=(self.coder.text().strip(),) if self.coder.text().strip()
                          else (), verdicts=tuple(self.verdict.currentData()),
                          statuses=(status,) if status else (),
                          where=parse_where(self.where.text()))
        return Request(view, by, filters, self.subthemes.isChecked(),
                       self.top_level.isChecked(), self.mode.currentData(),
                       self.distance.value() if self.mode.currentData() == "near" else 0)

    def compute(self) -> TaskHandle | None:
        if self.session is None:
            return None
        try:
            request = self.current_request()
        except InputError as exc:
            show_error(self, exc)
            return None
        if self.task is not None:
            self.task.cancel()
        vault = self.session.vault
        self.note.setText(self.tr("Computing…"))
        self.compute_button.setEnabled(False)
        task = self.runner.run(lambda _p, _c: compute_and_trim(vault, request),
                               lambda result: self._computed(task, request, result),
                               lambda exc: self._failed(task, exc))
        self.task = task
        return task

    def _computed(self, task: TaskHandle, request: Request,
                  result: CrossTable | CooccurTable) -> None:
        if task is not self.task or self.session is None:
            return
        self.task = None
        self.compute_button.setEnabled(True)
        self.request, self.result = request, result
        if isinstance(result, CooccurTable):
            self.pairs.set_table(result, self._labels())
            self.table.setModel(self.pairs)
            self.note.setText(self._cooccur_note(result))
        else:
            self.cross.set_table(result, self._depth, self._labels())
            self.table.setModel(self.cross)
            self.note.setText(self.tr("{themes} themes × {columns} columns; {codings} codings "
                                      "in {cases} cases. Double-click a cell to read its "
                                      "passages.").format(
                themes=len(result.rows), columns=len(result.columns),
                codings=result.total.codings, cases=result.total.cases))
        self._restyle()
        self._fit_columns()
        self.computed.emit(request.view)

    def _labels(self) -> dict[str, str]:
        if self.session is None:
            return {}
        return {n.theme.id: display_name(n.theme) for n in self.session.theme_tree()}

    def _cooccur_note(self, result: CooccurTable) -> str:
        kind = {"overlap": self.tr("overlapping"), "paragraph": self.tr("in one paragraph"),
                "near": self.tr("within {n} characters").format(n=result.distance)}
        return self.tr("{pairs} pairs of themes coded {how}. Cells: pairs of codings "
                       "(or c = n12 / (n1 + n2 − n12)); the diagonal: a theme's codings. "
                       "Double-click a cell to read the passages.").format(
            pairs=len(result.counts), how=kind[result.mode])

    def _fit_columns(self) -> None:
        """Columns as wide as their header and numbers when there are few of them (a
        matrix over thousands of cases keeps the fixed default width: no measuring)."""
        header = self.table.horizontalHeader()
        model = self.table.model()
        if model.columnCount() <= MAX_CATEGORIES:
            self.table.resizeColumnsToContents()
            widest = self.fontMetrics().horizontalAdvance("0") * 18
            for column in range(1, model.columnCount()):
                header.resizeSection(column, min(header.sectionSize(column), widest))
        header.resizeSection(0, min(300, max(header.sectionSize(0), 160)))

    def _failed(self, task: TaskHandle, exc: BaseException) -> None:
        if task is not self.task:
            return
        self.task = None
        self.compute_button.setEnabled(True)
        self.note.setText(self.tr("Nothing computed."))
        show_error(self, exc)

    def _restyle(self) -> None:
        self.cross.set_view(self.measure.currentData(), self.percent.currentData())
        self.pairs.set_coefficient(self.measure.currentData() == "chars")
        self.redraw_chart()

    # --- cells and passages ---------------------------------------------------------------

    def open_cell(self, index: QModelIndex) -> TaskHandle | None:
        model = self.table.model()
        cell = (self.pairs.pair_at(index) if model is self.pairs
                else self.cross.cell_at(index))
        if cell is None or self.session is None or self.request is None:
            return None
        vault, request = self.session.vault, self.request
        caption = self._caption(cell)
        self.note.setText(self.tr("Fetching the passages of {cell}…").format(cell=caption))
        return self.runner.run(lambda _p, _c: passages(vault, request, cell),
                               lambda found: self._passages_found(caption, found),
                               lambda exc: show_error(self, exc))

    def _caption(self, cell: tuple[str, str]) -> str:
        labels = self._labels()
        first = labels.get(cell[0], cell[0])
        if self.request is not None and self.request.view == COOCCUR:
            return self.tr("{a} with {b}").format(a=first, b=labels.get(cell[1], cell[1]))
        return self.tr("{theme} in {key}").format(theme=first, key=cell[1])

    def _passages_found(self, caption: str, found: list[Passage]) -> None:
        if self.session is None:
            return
        self.note.setText(self.tr("{n} passages of {cell} are in Retrieve.").format(
            n=len(found), cell=caption))
        self.passages_ready.emit(caption, found)

    # --- charts ---------------------------------------------------------------------------

    def chart_data(self) -> ChartData:
        kind = self.chart_kind.currentData()
        if isinstance(self.result, CooccurTable):
            return self._cooccur_chart(kind, self.result)
        if isinstance(self.result, CrossTable):
            return self._cross_chart(kind, self.result)
        return ChartData(kind, "", ())

    def _cross_chart(self, kind: Any, table: CrossTable) -> ChartData:
        measure, percent = self.measure.currentData(), self.percent.currentData()
        columns = table.columns[:MAX_CATEGORIES]
        title = self.tr("{measure} by {by}").format(measure=self.measure.currentText(),
                                                   by=self._by_text())
        if len(table.columns) > len(columns):
            title += " " + self.tr("(first {n} of {total} columns)").format(
                n=len(columns), total=len(table.columns))
        rows = self._chart_rows(table, kind)

        def values(theme: str) -> tuple[float, ...]:
            return tuple(table.value(theme, c, measure, percent) or 0.0 for c in columns)

        series = tuple(Series(self.cross.label(t), values(t), self._colors.get(t, ""))
                       for t in rows)
        if kind == "bar" and series:
            title = self.tr("{title}: {theme} (select a row to chart another)").format(
                title=title, theme=series[0].name)
        return ChartData(kind, title, columns, series)

    def _chart_rows(self, table: CrossTable, kind: Any) -> list[str]:
        selected = self.table.selectionModel().selectedIndexes() if self.table.model() is \
            self.cross else []
        if kind == "bar" and selected:
            return [table.rows[selected[0].row()]]
        top = [t for t in table.rows if self._depth.get(t, 0) == 0] or list(table.rows)
        ranked = sorted(top if kind != "heatmap" else table.rows,
                        key=lambda t: -table.row_totals[t].codings)
        return ranked[:1 if kind == "bar" else 10 if kind == "stacked" else 40]

    def _cooccur_chart(self, kind: Any, result: CooccurTable) -> ChartData:
        labels = self._labels()
        title = self.tr("Pairs of codings by pair of themes")
        if kind == "heatmap":
            busiest = sorted(self.pairs.themes, key=lambda t: -sum(
                p.pairs for p in result.counts.values() if t in (p.a, p.b)))
            themes = tuple(t for t in self.pairs.themes if t in busiest[:12])
            series = tuple(Series(labels.get(a, a), tuple(
                float(p.pairs) if (p := result.pair(a, b)) and a != b else 0.0
                for b in themes)) for a in themes)
            return ChartData(kind, title, tuple(labels.get(t, t) for t in themes), series)
        top = sorted_pairs(result)[:20]
        names = tuple(f"{labels.get(p.a, p.a)} + {labels.get(p.b, p.b)}" for p in top)
        return ChartData("bar", title, names,
                         (Series(self.tr("pairs"), tuple(float(p.pairs) for p in top)),))

    def _by_text(self) -> str:
        view = self.request.view if self.request else ""
        if view == ATTRIBUTE and self.request is not None:
            return self.request.by
        return {"case": self.tr("case"), "date:year": self.tr("interview year"),
                "date:month": self.tr("interview month"),
                "interviewer": self.tr("interviewer")}.get(view, view)

    def redraw_chart(self) -> None:
        self.chart.set_chart(self.chart_data())

    # --- exports --------------------------------------------------------------------------

    def choose_csv(self) -> None:
        if self.result is None:
            inform(self, self.tr("Analysis"), self.tr("Compute a view first."))
            return
        file_dialog(self, self.tr("Save the table as CSV"), self.write_csv, mode="save",
                    name_filter=self.tr("CSV files (*.csv)"))

    def write_csv(self, path: Path) -> bool:
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        model = self.pairs if self.table.model() is self.pairs else self.cross
        try:
            path.write_text(model.to_csv(), encoding="utf-8")
        except OSError as exc:
            show_error(self, InputError(self.tr("Cannot write {name}: {why}.").format(
                name=path.name, why=exc.strerror or exc)))
            return False
        self.note.setText(self.tr("Saved the table to {path}.").format(path=path))
        return True

    def choose_image(self) -> None:
        if self.result is None:
            inform(self, self.tr("Analysis"), self.tr("Compute a view first."))
            return
        file_dialog(self, self.tr("Save the chart as PNG or SVG"), self.write_image,
                    mode="save", name_filter=self.tr("Images (*.png *.svg)"))

    def write_image(self, path: Path) -> bool:
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_name(path.name + ".png")
        saved = (self.chart.save_svg(path) if path.suffix.lower() == ".svg"
                 else self.chart.save_png(path))
        if not saved:
            show_error(self, InputError(self.tr("Cannot write {name}.").format(name=path.name)))
            return False
        self.note.setText(self.tr("Saved the chart to {path}.").format(path=path))
        return True
