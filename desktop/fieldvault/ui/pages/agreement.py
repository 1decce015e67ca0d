"""The Agreement page: the user ticks two or more coders; agreement per theme and overall;
a per-case table of where those coders differ; a click on a case shows its transcript once
per coder, side by side, with each coder's codings and the disagreements on the text.

Agreement over many cases runs on a worker behind a progress dialog whose Cancel drops the
result (the computation only reads); so does the per-case table when a theme is chosen. One
case's comparison is read on the UI thread. A coder working blind sees only their own
codings on cases not yet revealed, so no disagreement shows there.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.analysis.agreement import Agreement, UnitName, to_csv
from fieldvault.core.analysis.compare import (
    CaseDifference,
    case_differences,
    coders_in,
    compare,
)
from fieldvault.core.analysis.service import UNITS
from fieldvault.core.errors import FieldvaultError, InputError
from fieldvault.core.vault import Change
from fieldvault.ui.deferred import WhenShown
from fieldvault.ui.messages import file_dialog, inform, show_error
from fieldvault.ui.models.agreement import CaseColumn, CaseDifferenceModel
from fieldvault.ui.models.review import AgreementColumn, AgreementModel
from fieldvault.ui.models.themes import display_name
from fieldvault.ui.session import VaultSession
from fieldvault.ui.tasks import TaskHandle, TaskRunner
from fieldvault.ui.widgets.side_by_side import SideBySide
from fieldvault.ui.widgets.tables import record_table

Result = tuple[list[Agreement], list[CaseDifference]]


def differing_first(rows: list[CaseDifference]) -> list[CaseDifference]:
    """Cases where the coders differ, most stretches first, then the others by code."""
    return sorted(rows, key=lambda r: (-r.stretches, len(r.coders) < 2, r.code))


class AgreementPage(QWidget):
    passage_activated = Signal(str, int, int)  # case code, start, end
    computed = Signal(int)  # rows in the theme table
    cases_shown = Signal(int)  # rows in the case table
    copied = Signal(str)  # text copied from a transcript pane

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreement-page")
        self.runner = runner
        self.session: VaultSession | None = None
        self.task: TaskHandle | None = None
        self.progress: QProgressDialog | None = None
        self._names: dict[str, str] = {}
        self._colours: dict[str, str] = {}
        self._unit: UnitName = "char"
        self._compared: list[str] = []  # the coders of the last computation
        self.model = AgreementModel(self, self._label)
        self.cases = CaseDifferenceModel(self, self._label)
        self._coders_when_shown = WhenShown(self, self._load_coders)
        self._build()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Unit of agreement"))
        for unit, label in zip(UNITS, (self.tr("characters"), self.tr("sentences"),
                                       self.tr("paragraphs")), strict=True):
            self.unit.addItem(label, unit)
        self.scope = QLineEdit()
        self.scope.setAccessibleName(self.tr("Cases to compare"))
        self.scope.setPlaceholderText(self.tr("Case codes, e.g. W-001 W-002 (empty: all cases)"))
        self.scope.setClearButtonEnabled(True)
        self.scope.returnPressed.connect(self.compute)
        self.compute_button = QPushButton(self.tr("&Compute"))
        self.compute_button.setToolTip(self.tr("Compare the ticked coders (Ctrl+Enter)"))
        self.compute_button.clicked.connect(self.compute)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.compute,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.csv_button = QPushButton(self.tr("Export &CSV…"))
        self.csv_button.clicked.connect(self.choose_csv)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Unit:")))
        controls.addWidget(self.unit)
        controls.addWidget(self.scope, 1)
        controls.addWidget(self.compute_button)
        controls.addWidget(self.csv_button)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(self._coders_row())
        layout.addWidget(self.note)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self._tables())
        split.addWidget(self._comparison_box())
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([420, 640])
        layout.addWidget(split, 1)
        self.note.setText(self._start_text())

    def _coders_row(self) -> QHBoxLayout:
        self.coders = QListWidget()
        self.coders.setObjectName("agreement-coders")
        self.coders.setAccessibleName(self.tr("Coders to compare"))
        self.coders.setFlow(QListView.Flow.LeftToRight)
        self.coders.setWrapping(True)
        self.coders.setSpacing(2)
        self.coders.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        line = self.fontMetrics().height()
        self.coders.setFixedHeight(int(line * 1.9) + 10)
        self.coders.itemChanged.connect(lambda _item: self._coders_changed())
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Coders:")))
        row.addWidget(self.coders, 1)
        return row

    def _tables(self) -> QWidget:
        self.table = record_table(self.model, self.tr("Agreement per theme"),
                                  "agreement-table", AgreementColumn.THEME)
        self.table.setColumnHidden(AgreementColumn.CODERS, True)  # named in the note above
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AgreementColumn.THEME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(AgreementColumn.THEME, 16 * self.fontMetrics().averageCharWidth())
        header.setStretchLastSection(True)
        self.table.setToolTip(self.tr("Percent agreement, Cohen's kappa (two coders) and "
                                      "Krippendorff's alpha over units coded by at least two "
                                      "coders. A dash: undefined (one coder, or nobody applied "
                                      "the theme)."))
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self._theme_chosen())
        self.case_table = record_table(self.cases, self.tr("Where the coders differ, per case"),
                                       "agreement-cases", CaseColumn.THEMES)
        self.case_table.selectionModel().selectionChanged.connect(self._case_chosen)
        self.case_note = QLabel()
        self.case_note.setWordWrap(True)
        cases = QWidget()
        box = QVBoxLayout(cases)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.case_note)
        box.addWidget(self.case_table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(cases)
        split.setSizes([260, 300])
        return split

    def _comparison_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The case side by side"))
        self.side = SideBySide()
        self.side.setObjectName("agreement-side-by-side")
        self.side.stretch_activated.connect(self.passage_activated)
        self.side.copied.connect(self.copied)
        self.side_empty = QLabel(self._side_text())
        self.side_empty.setWordWrap(True)
        self.side_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.side_stack = QStackedWidget()
        self.side_stack.addWidget(self.side_empty)
        self.side_stack.addWidget(self.side)
        legend = QLabel(self.tr("Theme colour: coded by that coder. Red wavy underline: the "
                                "coders differ; pink: that coder did not code it there. "
                                "Double-click opens the place in the workbench."))
        legend.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(self.side_stack, 1)
        layout.addWidget(legend)
        return box

    # --- vault lifecycle ------------------------------------------------------------------

    def attach(self, session: VaultSession) -> None:
        self.session = session
        session.changed.connect(self._changed)
        self._load_themes()
        self._coders_when_shown.request()  # a query over every coding: not on unlock

    def detach(self) -> None:
        if self.task is not None:
            self.task.cancel()
        self.task = None
        self._coders_when_shown.cancel()
        self._close_progress()
        self.session = None
        self._names, self._colours, self._compared = {}, {}, []
        self.model.clear()
        self.cases.clear()
        self.coders.clear()
        self.scope.clear()
        self.case_note.clear()
        self.side.clear()
        self.side_stack.setCurrentWidget(self.side_empty)
        self.note.setText(self._start_text())

    def _changed(self, change: Change) -> None:
        if self.session is None:
            return
        if change.action.startswith(("theme.", "codebook.")):
            self._load_themes()
        elif change.action.startswith(("coding.", "bundle.", "import", "member.", "refi.")):
            self._coders_when_shown.request()

    def _load_themes(self) -> None:
        if self.session is not None:
            nodes = self.session.theme_tree()
            self._names = {n.theme.id: display_name(n.theme) for n in nodes}
            self._colours = {n.theme.id: n.theme.color for n in nodes}

    def _load_coders(self) -> None:
        """Every coder the owner may see, ticked as before (new ones ticked)."""
        if self.session is None:
            return
        before = {self.coders.item(i).text(): self.coders.item(i).checkState()
                  for i in range(self.coders.count())}
        self.coders.blockSignals(True)
        self.coders.clear()
        for name in coders_in(self.session.vault):
            item = QListWidgetItem(name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(before.get(name, Qt.CheckState.Checked))
            self.coders.addItem(item)
        self.coders.blockSignals(False)
        self._coders_changed()

    def chosen_coders(self) -> list[str]:
        return [self.coders.item(i).text() for i in range(self.coders.count())
                if self.coders.item(i).checkState() == Qt.CheckState.Checked]

    def _coders_changed(self) -> None:
        enough = len(self.chosen_coders()) >= 2
        self.compute_button.setEnabled(enough)
        if self.coders.count() < 2:
            self.note.setText(self._few_coders_text())
        elif not enough:
            self.note.setText(self.tr("Tick two or more coders to compare them."))
        elif not self.model.rowCount():
            self.note.setText(self._start_text())

    def _label(self, theme_id: str) -> str:
        return self._names.get(theme_id, theme_id)

    def _colour(self, theme_id: str) -> str:
        colour = QColor(self._colours.get(theme_id, "#dddddd"))
        return (colour if colour.isValid() else QColor("#dddddd")).name()

    def _start_text(self) -> str:
        return self.tr("Tick the coders to compare and press Compute: agreement per theme, "
                       "the cases where they differ, and each case side by side.")

    def _few_coders_text(self) -> str:
        return self.tr("Agreement compares two or more coders, and {n} coded in this vault. "
                       "Send cases to a second coder (Exchange menu), merge the bundle they "
                       "send back, then compute here.").format(n=self.coders.count())

    def _side_text(self) -> str:
        return self.tr("Click a case in the table on the left to see its transcript once per "
                       "coder, side by side, with the places where they differ marked.")

    # --- computing ------------------------------------------------------------------------

    def codes(self) -> list[str] | None:
        codes = [c for c in re.split(r"[\s,;]+", self.scope.text().strip()) if c]
        return codes or None

    def compute(self) -> QProgressDialog | None:
        if self.session is None or self.task is not None:
            return None
        self._coders_when_shown.flush()
        coders = self.chosen_coders()
        if len(coders) < 2:
            self._coders_changed()
            return None
        vault, codes = self.session.vault, self.codes()
        unit: UnitName = self.unit.currentData()

        def job(_p: object, _c: object) -> Result:
            rows = vault.agreement.compute(codes, unit, coders=coders)
            return rows, case_differences(vault, coders, codes, unit)

        progress = QProgressDialog(self.tr("Comparing the coders…"), self.tr("Cancel"), 0, 0,
                                   self)
        progress.setObjectName("agreement-progress")
        progress.setWindowTitle(self.tr("Agreement"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        self.progress = progress
        self.task = self.runner.run(job, lambda result: self._computed(result, unit, coders),
                                    self._failed)
        progress.canceled.connect(self._cancel)
        progress.show()
        return progress

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()  # the worker only reads: its result is simply dropped
        self.task = None
        self._close_progress()
        self.note.setText(self.tr("Cancelled; the table shows the previous result."))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self._cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _computed(self, result: Result, unit: UnitName, coders: list[str]) -> None:
        if self.task is None or self.task.cancelled() or self.session is None:
            return
        self.task = None
        self._close_progress()
        rows, cases = result
        self._unit, self._compared = unit, coders
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        self.table.selectionModel().blockSignals(False)
        overall = rows[-1] if rows else None
        self.note.setText(self.tr("{coders}: {themes} themes over {cases} cases coded by two "
                                  "or more of them, unit: {unit}. Select a theme to see only "
                                  "its differences.").format(
            coders=", ".join(coders), themes=len(rows) - 1,
            cases=overall.cases if overall else 0, unit=self.unit.currentText()))
        self._show_cases(cases, None)
        self.computed.emit(len(rows))

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._close_progress()
        show_error(self, exc)

    # --- cases ----------------------------------------------------------------------------

    def selected_theme(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()).theme if rows else None

    def _theme_chosen(self) -> None:
        """Recount the per-case table for the chosen theme (Overall: every theme)."""
        if self.session is None or len(self._compared) < 2:
            return
        vault, coders, codes = self.session.vault, self._compared, self.codes()
        unit, theme = self._unit, self.selected_theme()
        self.case_note.setText(self.tr("Counting…"))
        self.runner.run(lambda _p, _c: case_differences(vault, coders, codes, unit, theme),
                        lambda rows: self._show_cases(rows, theme),
                        lambda exc: show_error(self, exc))

    def _show_cases(self, rows: list[CaseDifference], theme: str | None) -> None:
        if self.session is None:
            return
        chosen = self.selected_case()
        ordered = differing_first(rows)
        self.cases.set_rows(ordered)
        alike = len({r.coders for r in rows if len(r.coders) >= 2}) <= 1
        self.case_table.setColumnHidden(CaseColumn.CODERS, alike)  # the note names them
        differ = sum(1 for r in rows if r.stretches)
        compared = sum(1 for r in rows if len(r.coders) >= 2)
        what = self._label(theme) if theme else self.tr("any theme")
        if not compared:
            text = self.tr("No case was coded by two of the chosen coders yet: each case "
                           "needs codings from at least two of them.")
        else:
            text = self.tr("They differ on {what} in {differ} of the {compared} cases "
                           "both coded. Click a case to compare it.").format(
                what=what, differ=differ, compared=compared)
        self.case_note.setText(text)
        row = self.cases.row_of(chosen) if chosen else None
        if row is not None:
            self.case_table.selectRow(row)  # shows it again, for the new theme
        self.cases_shown.emit(len(ordered))

    def selected_case(self) -> str | None:
        rows = self.case_table.selectionModel().selectedRows()
        return self.cases.row(rows[0].row()).code if rows else None

    def _case_chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        code = self.selected_case()
        if code is not None:
            self.show_case(code)

    def show_case(self, code: str | None) -> bool:
        """Show ``code`` side by side for the compared coders and the chosen theme."""
        if self.session is None or code is None or len(self._compared) < 2:
            return False
        theme = self.selected_theme()
        try:
            case = compare(self.session.vault, code, self._compared, self._unit, theme)
        except FieldvaultError as exc:
            self.side.clear(str(exc))
            return False
        if len(case.coders) < 2:
            caption = self.tr("Fewer than two of the chosen coders coded {code}; its codings "
                              "are shown, but there is nothing to compare.")
        elif case.stretches:
            caption = self.tr("{code}: %n place(s) where the coders differ on {what}.", "",
                              len(case.stretches))
        else:
            caption = self.tr("{code}: the coders agree on {what} everywhere.")
        what = self._label(theme) if theme else self.tr("any theme")
        self.side.show_case(case, self._colour, self._label, caption.format(
            code=code, what=what))
        self.side_stack.setCurrentWidget(self.side)
        return True

    # --- CSV ------------------------------------------------------------------------------

    def choose_csv(self) -> None:
        if not self.model.rowCount():
            inform(self, self.tr("Agreement"), self.tr("Compute the agreement first."))
            return
        file_dialog(self, self.tr("Save the agreement table as CSV"), self.write_csv,
                    mode="save", name_filter=self.tr("CSV files (*.csv)"))

    def write_csv(self, path: Path) -> bool:
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        try:
            path.write_text(to_csv(self.model.rows()), encoding="utf-8")
        except OSError as exc:
            show_error(self, InputError(self.tr("Cannot write {name}: {why}.").format(
                name=path.name, why=exc.strerror or exc)))
            return False
        self.note.setText(self.tr("Saved the table to {path}.").format(path=path))
        return True
