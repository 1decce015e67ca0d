"""The Agreement page: inter-coder agreement per theme and overall, and where coders differ.

Agreement over many cases runs on a worker behind a progress dialog whose Cancel drops the
result (the computation only reads). The disagreements of one case and theme are computed
on the UI thread from the codings the vault owner may see (a coder working blind sees only
their own, so no disagreement shows until the case is revealed).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.analysis.agreement import (
    Agreement,
    CaseCodings,
    UnitName,
    disagreements,
    to_csv,
)
from fieldvault.core.analysis.service import UNITS
from fieldvault.core.errors import FieldvaultError, InputError
from fieldvault.core.records.codings import CodingView
from fieldvault.core.records.members import UNKNOWN_CODER
from fieldvault.core.vault import Change
from fieldvault.ui.messages import file_dialog, inform, show_error
from fieldvault.ui.models.review import AgreementColumn, AgreementModel, DisagreementModel
from fieldvault.ui.models.themes import display_name
from fieldvault.ui.session import VaultSession
from fieldvault.ui.tasks import TaskHandle, TaskRunner
from fieldvault.ui.widgets.tables import compact_table, record_table


def case_codings(code: str, text: str, views: list[CodingView]) -> CaseCodings:
    """One case's placed codings grouped by coder and theme, as the analysis expects."""
    spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for view in views:
        if view.placed:
            key = (view.coder or UNKNOWN_CODER, view.theme_id)
            spans.setdefault(key, []).append((view.start, view.end))
    coders = sorted({coder for coder, _theme in spans})
    return CaseCodings(code, len(text), coders, spans, text=text)


class AgreementPage(QWidget):
    passage_activated = Signal(str, int, int)  # case code, start, end
    computed = Signal(int)  # rows in the table

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreement-page")
        self.runner = runner
        self.session: VaultSession | None = None
        self.task: TaskHandle | None = None
        self.progress: QProgressDialog | None = None
        self._names: dict[str, str] = {}
        self._unit: UnitName = "char"
        self.model = AgreementModel(self, lambda theme_id: self._names.get(theme_id, theme_id))
        self.differences = DisagreementModel(self)
        self._build()

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
        self.compute_button.setToolTip(self.tr("Compute agreement (Ctrl+Enter)"))
        self.compute_button.clicked.connect(self.compute)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.compute,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.csv_button = QPushButton(self.tr("Export &CSV…"))
        self.csv_button.clicked.connect(self.choose_csv)
        self.table = record_table(self.model, self.tr("Agreement per theme"),
                                  "agreement-table", AgreementColumn.THEME)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_differences())
        self.note = QLabel(self.tr("Percent agreement, Cohen's kappa (two coders) and "
                                   "Krippendorff's alpha over units coded by at least two "
                                   "coders. A dash: undefined (one coder, or nobody applied "
                                   "the theme)."))
        self.note.setWordWrap(True)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Unit:")))
        controls.addWidget(self.unit)
        controls.addWidget(self.scope, 1)
        controls.addWidget(self.compute_button)
        controls.addWidget(self.csv_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self._differences_box())
        split.setSizes([380, 320])
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.note)
        layout.addWidget(split, 1)

    def _differences_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Where the coders differ (select a theme row above)"))
        self.case = QComboBox()
        self.case.setAccessibleName(self.tr("Case to compare"))
        self.case.setMinimumContentsLength(10)
        self.case.currentIndexChanged.connect(lambda _i: self.show_differences())
        self.difference_note = QLabel()
        self.difference_note.setWordWrap(True)
        self.difference_table = QTableView()
        self.difference_table.setObjectName("disagreement-table")
        self.difference_table.setAccessibleName(self.tr("Disagreements in the case"))
        self.difference_table.setModel(self.differences)
        compact_table(self.difference_table)
        header = self.difference_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.differences.modelReset.connect(
            lambda: header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            if self.differences.columnCount() > 1 else None)
        self.difference_table.activated.connect(self._open_difference)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Case:")))
        row.addWidget(self.case)
        row.addWidget(self.difference_note, 1)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.difference_table, 1)
        return box

    # --- vault lifecycle ------------------------------------------------------------------

    def attach(self, session: VaultSession) -> None:
        self.session = session
        session.changed.connect(self._changed)
        self._names = {n.theme.id: display_name(n.theme) for n in session.theme_tree()}

    def detach(self) -> None:
        if self.task is not None:
            self.task.cancel()
        self._close_progress()
        self.session = None
        self._names = {}
        self.model.clear()
        self.differences.clear()
        self.case.clear()
        self.scope.clear()
        self.difference_note.clear()

    def _changed(self, change: Change) -> None:
        if self.session is not None and change.action.startswith(("theme.", "codebook.")):
            self._names = {n.theme.id: display_name(n.theme) for n in self.session.theme_tree()}

    # --- computing ------------------------------------------------------------------------

    def codes(self) -> list[str] | None:
        codes = [c for c in re.split(r"[\s,;]+", self.scope.text().strip()) if c]
        return codes or None

    def compute(self) -> QProgressDialog | None:
        if self.session is None or self.task is not None:
            return None
        vault, codes = self.session.vault, self.codes()
        unit: UnitName = self.unit.currentData()

        def job(_p: object, _c: object) -> tuple[list[Agreement], list[str]]:
            rows = vault.agreement.compute(codes, unit)
            return rows, codes or [s.code for s in vault.cases.summaries()]

        progress = QProgressDialog(self.tr("Comparing the coders…"), self.tr("Cancel"), 0, 0,
                                   self)
        progress.setObjectName("agreement-progress")
        progress.setWindowTitle(self.tr("Agreement"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        self.progress = progress
        self.task = self.runner.run(job, lambda result: self._computed(result, unit),
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

    def _computed(self, result: tuple[list[Agreement], list[str]], unit: UnitName) -> None:
        if self.task is None or self.task.cancelled() or self.session is None:
            return
        self.task = None
        self._close_progress()
        rows, codes = result
        self._unit = unit
        self.model.set_rows(rows)
        chosen = self.case.currentText()
        self.case.blockSignals(True)
        self.case.clear()
        self.case.addItems(codes)
        self.case.setCurrentIndex(max(0, self.case.findText(chosen)))
        self.case.blockSignals(False)
        overall = rows[-1] if rows else None
        self.note.setText(self.tr("{themes} themes over {cases} cases, unit: {unit}. Select a "
                                  "theme to see where the coders differ.").format(
            themes=len(rows) - 1, cases=overall.cases if overall else 0,
            unit=self.unit.currentText()))
        self.show_differences()
        self.computed.emit(len(rows))

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._close_progress()
        show_error(self, exc)

    # --- disagreements --------------------------------------------------------------------

    def selected_theme(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()).theme if rows else None

    def show_differences(self) -> bool:
        theme, code = self.selected_theme(), self.case.currentText()
        if self.session is None or theme is None or not code:
            self.differences.clear()
            self.difference_note.setText(self.tr("Select a theme row (not Overall) and a case."))
            return False
        vault = self.session.vault
        try:
            text = vault.transcripts.current(code).text
            case = case_codings(code, text, vault.review.visible_codings(code))
        except FieldvaultError as exc:
            self.difference_note.setText(str(exc))
            return False
        stretches = disagreements(case, theme, self._unit)
        self.differences.set_case(text, case.coders, stretches)
        label = self._names.get(theme, theme)
        if len(case.coders) < 2:
            message = self.tr("Fewer than two coders coded {code}; nothing to compare.")
        elif stretches:
            message = self.tr("{n} stretches of {code} where the coders differ on {theme}. "
                              "Enter opens one in the workbench.")
        else:
            message = self.tr("The coders agree on {theme} everywhere in {code}.")
        self.difference_note.setText(message.format(n=len(stretches), code=code, theme=label))
        return True

    def _open_difference(self, index: QModelIndex) -> None:
        if index.isValid():
            start, end, _applied = self.differences.row(index.row())
            self.passage_activated.emit(self.case.currentText(), start, end)

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
