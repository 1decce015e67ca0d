"""The Cases page: a filterable, sortable table of every case, with add, edit and import.

The case table and privacy states load on a worker thread, which also prepares the
model's filter haystacks and sort orders (at 50,000 cases a few seconds in all); the table
model then formats only the rows on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.errors import FieldvaultError
from fieldvault.core.memory import release_free_memory
from fieldvault.core.progress import Cancelled
from fieldvault.core.records.cases import STATUSES, CaseInput, CaseSummary
from fieldvault.core.records.importer import ImportReport, import_jsonl
from fieldvault.ui.dialogs.case import CaseDialog, CaseForm
from fieldvault.ui.dialogs.documents import DocumentImporter, choose_documents, importable
from fieldvault.ui.messages import inform, show_error
from fieldvault.ui.models.cases import (
    CaseColumn,
    CaseFilter,
    CaseTableModel,
    PreparedCases,
    prepare,
)
from fieldvault.ui.models.privacy_state import STATES, state_label
from fieldvault.ui.models.review import status_label
from fieldvault.ui.models.themes import display_name
from fieldvault.ui.session import VaultSession
from fieldvault.ui.tasks import TaskRunner
from fieldvault.ui.widgets.tables import compact_table

RELOAD_DELAY_MS = 150


class CasesPage(QWidget):
    case_activated = Signal(str)  # case code
    workflow_requested = Signal(str)  # case code
    loaded = Signal()  # the table holds the current summaries

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cases-page")
        self.runner = runner
        self.session: VaultSession | None = None
        self.model = CaseTableModel(self)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        self._theme_codes: dict[str, frozenset[str]] = {}
        self._pending_select: str | None = None
        self.documents = DocumentImporter(
            runner, lambda: self.session.vault if self.session else None, self)
        self.setAcceptDrops(True)  # documents dropped on the page are imported
        self._build()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.filter_text = QLineEdit()
        self.filter_text.setPlaceholderText(self.tr("Filter by code, title, place, person…"))
        self.filter_text.setClearButtonEnabled(True)
        self.filter_text.setAccessibleName(self.tr("Filter cases"))
        self.filter_text.textChanged.connect(self._apply_filter)
        self.status = self._combo(self.tr("Status filter"), self.tr("Any status"),
                                  self._apply_filter)
        for status in STATUSES:
            self.status.addItem(status_label(status), status)
        self.privacy = self._combo(self.tr("Privacy filter"), self.tr("Any privacy state"),
                                   self._apply_filter)
        for state in STATES:
            self.privacy.addItem(state_label(state), state)
        self.theme = self._combo(self.tr("Theme filter"), self.tr("Any theme"),
                                 self._theme_changed)
        self.theme.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.theme.setMinimumContentsLength(16)  # long theme names must not squeeze the rest
        self.attribute = self._combo(self.tr("Attribute filter"), self.tr("Any attribute"),
                                     self._fill_attribute_values)
        self.attribute_value = QComboBox()
        self.attribute_value.setEditable(True)
        self.attribute_value.setAccessibleName(self.tr("Attribute value"))
        self.attribute_value.setMinimumContentsLength(10)
        line = self.attribute_value.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("value"))
        self.attribute_value.currentTextChanged.connect(self._apply_filter)
        self.table = QTableView()
        self.table.setObjectName("case-table")
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CaseColumn.CODE, Qt.SortOrder.AscendingOrder)
        compact_table(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        em = self.fontMetrics().horizontalAdvance("M")
        for column, width in ((CaseColumn.CODE, 7), (CaseColumn.TITLE, 26),
                              (CaseColumn.DATE, 8), (CaseColumn.LANGUAGES, 9),
                              (CaseColumn.INTERVIEWER, 13), (CaseColumn.STATUS, 7),
                              (CaseColumn.CODINGS, 6), (CaseColumn.PRIVACY, 11)):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            # never narrower than the header text (Russian headers are longer)
            header.resizeSection(column, max(width * em, header.fontMetrics()
                                             .horizontalAdvance(title) + 2 * em))
        self.table.activated.connect(self._activated)
        self.count = QLabel()
        self.new_button = QPushButton(self.tr("&New case…"))
        self.new_button.setToolTip(self.tr("New case (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_case)
        self.edit_button = QPushButton(self.tr("&Edit case…"))
        self.edit_button.setToolTip(self.tr("Edit the selected case (F2)"))
        self.edit_button.clicked.connect(self.edit_case)
        self.open_button = QPushButton(self.tr("&Code this case"))
        self.open_button.setToolTip(self.tr("Open the selected case in the workbench (Enter)"))
        self.open_button.clicked.connect(lambda: self._activated(self.table.currentIndex()))
        self.workflow_button = QPushButton(self.tr("&Workflow…"))
        self.workflow_button.setToolTip(self.tr("Submit, review, return or approve the selected "
                                                "case (Ctrl+Shift+W)"))
        self.workflow_button.clicked.connect(self._workflow)
        self.documents_button = QPushButton(self.tr("Import &documents…"))
        self.documents_button.setObjectName("import-documents")
        self.documents_button.setToolTip(self.tr("Import .txt, .docx, .odt, .hwpx, .rtf or "
                                                 ".pdf files, or drop them on this page"))
        self.documents_button.clicked.connect(self.choose_documents)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_case,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("F2"), self, self.edit_case,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter_text.setFocus,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        filters = QHBoxLayout()
        for widget in (self.filter_text, self.status, self.privacy, self.theme,
                       self.attribute, self.attribute_value):
            filters.addWidget(widget)
        filters.setStretch(0, 2)
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.open_button,
                       self.workflow_button, self.documents_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    def _combo(self, name: str, anything: str, slot: Callable[[], object]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.addItem(anything, None)
        combo.currentIndexChanged.connect(slot)
        return combo

    # --- vault lifecycle ------------------------------------------------------------------

    def attach(self, session: VaultSession) -> None:
        self.session = session
        session.changed.connect(self._changed)
        self.refresh_filters()
        self.reload()

    def detach(self) -> None:
        self._reload_timer.stop()
        self.session = None
        self._theme_codes.clear()
        self.model.clear()
        self.filter_text.clear()
        for combo in (self.status, self.privacy, self.theme, self.attribute):
            combo.setCurrentIndex(0)
        for combo in (self.theme, self.attribute):
            while combo.count() > 1:
                combo.removeItem(1)
        self.attribute_value.clear()
        self._update_count()

    def _changed(self, _change: object) -> None:
        if self.session is not None:
            self._theme_codes.clear()
            self._reload_timer.start()

    def reload(self) -> None:
        """Fetch the case table and privacy states on a worker thread, prepare them for
        the model there too, then show them."""
        if self.session is None:
            return
        cases, privacy = self.session.vault.cases, self.session.vault.privacy

        def job(_p: Any, _c: Any) -> PreparedCases:
            prepared = prepare(cases.table(), privacy.states())
            release_free_memory()  # the rows read are freed: give their heap back
            return prepared

        self.runner.run(job, self._loaded, lambda exc: show_error(self, exc))

    def _loaded(self, prepared: PreparedCases) -> None:
        if self.session is None:
            return
        current = self._pending_select or self.current_code()
        self.model.set_prepared(prepared)
        self._update_count()
        if current is not None and self.select(current):
            self._pending_select = None
        self.loaded.emit()
        if self.theme.currentData() is not None:
            self._theme_changed()

    def refresh_filters(self) -> None:
        if self.session is None:
            return
        vault = self.session.vault
        chosen_theme, chosen_attr = self.theme.currentData(), self.attribute.currentData()
        for combo in (self.theme, self.attribute):
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
        for node in self.session.theme_tree():
            self.theme.addItem("  " * node.depth + display_name(node.theme), node.theme.id)
        for definition in vault.cases.attribute_defs():
            self.attribute.addItem(definition.name, definition.name)
        for combo, chosen in ((self.theme, chosen_theme), (self.attribute, chosen_attr)):
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    # --- filtering ------------------------------------------------------------------------

    def _theme_changed(self) -> None:
        theme_id = self.theme.currentData()
        if theme_id is None or self.session is None:
            self._apply_filter()
            return
        if theme_id in self._theme_codes:
            self._apply_filter()
            return
        cases = self.session.vault.cases

        def job(_p: Any, _c: Any) -> frozenset[str]:
            return frozenset(cases.codes_with_theme(theme_id))

        def done(codes: frozenset[str]) -> None:
            self._theme_codes[theme_id] = codes
            self._apply_filter()

        self.runner.run(job, done, lambda exc: show_error(self, exc))

    def _fill_attribute_values(self) -> None:
        name = self.attribute.currentData()
        self.attribute_value.blockSignals(True)
        self.attribute_value.clear()
        self.attribute_value.addItem("")
        if name is not None:
            self.attribute_value.addItems(self.model.attribute_values(name))
        self.attribute_value.blockSignals(False)
        self._apply_filter()

    def _apply_filter(self) -> None:
        theme_id = self.theme.currentData()
        attribute = self.attribute.currentData()
        codes = self._theme_codes.get(theme_id) if theme_id is not None else None
        if theme_id is not None and codes is None:
            return  # the theme's cases are still loading
        case_filter = CaseFilter(
            status=self.status.currentData(),
            attribute=(attribute, self.attribute_value.currentText().strip())
            if attribute is not None else None,
            codes=codes, text=self.filter_text.text().strip(),
            privacy=self.privacy.currentData())
        if case_filter != self.model.case_filter:
            current = self.current_code()
            self.model.set_filter(replace(case_filter))
            if current is not None:
                self.select(current)
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("{shown} of %n case(s)", "", self.model.total).format(
            shown=self.model.rowCount()))

    # --- selection and actions ------------------------------------------------------------

    def current_code(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(CaseTableModel.CodeRole) if index.isValid() else None

    def select(self, code: str) -> bool:
        row = self.model.row_of(code)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _workflow(self) -> None:
        code = self.current_code()
        if code is not None:
            self.workflow_requested.emit(code)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.case_activated.emit(index.data(CaseTableModel.CodeRole))

    def new_case(self) -> CaseDialog | None:
        if self.session is None:
            return None
        vault = self.session.vault

        def submit(form: CaseForm) -> None:
            case = vault.cases.create(CaseInput(
                title=form.title, transcript=form.transcript, languages=form.languages,
                interview_date=form.interview_date, interviewer=form.interviewer,
                location=form.location, attributes=form.attributes, code=form.code))
            self._pending_select = case.code

        dialog = CaseDialog(submit, vault.cases.attribute_defs(), None, self)
        dialog.accepted.connect(self.refresh_filters)
        dialog.open()
        return dialog

    def edit_case(self) -> CaseDialog | None:
        index = self.table.currentIndex()
        if self.session is None or not index.isValid():
            return None
        vault = self.session.vault
        case: CaseSummary = index.data(CaseTableModel.SummaryRole)

        def submit(form: CaseForm) -> None:
            changes = {"title": form.title, "interview_date": form.interview_date,
                       "location": form.location, "languages": form.languages,
                       "status": form.status}
            old = {"title": case.title, "interview_date": case.interview_date,
                   "location": case.location, "languages": case.languages,
                   "status": case.status}
            changed = {k: v for k, v in changes.items() if old[k] != v}
            if changed:
                vault.cases.update(case.code, **changed)
            for name, value in form.attributes.items():
                if case.attributes.get(name) != value:
                    vault.cases.set_attribute(case.code, name, value)

        dialog = CaseDialog(submit, vault.cases.attribute_defs(), case, self)
        dialog.accepted.connect(self.refresh_filters)
        dialog.open()
        return dialog

    # --- import ---------------------------------------------------------------------------

    def choose_documents(self) -> None:
        if self.session is not None:
            choose_documents(self, self.documents.start)

    def _dropped_files(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[Path]:
        data = event.mimeData()
        if self.session is None or data is None or not data.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if any(importable(path) for path in self._dropped_files(event)):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        if any(importable(path) for path in self._dropped_files(event)):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        """Every dropped file goes to the reader, so one it refuses is named, not lost."""
        paths = self._dropped_files(event)
        if paths:
            event.acceptProposedAction()
            self.documents.start(paths)

    def import_file(self, path: Path) -> QProgressDialog | None:
        """Import a JSON Lines file on a worker, with a progress bar and Cancel."""
        if self.session is None:
            return None
        vault = self.session.vault
        progress = QProgressDialog(self.tr("Importing {name}…").format(name=path.name),
                                   self.tr("Cancel"), 0, 0, self)
        progress.setObjectName("import-progress")
        progress.setWindowTitle(self.tr("Import"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(0)

        def on_progress(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        def finished(report: ImportReport) -> None:
            progress.close()
            self.refresh_filters()
            inform(self, self.tr("Import"), self.tr(
                "Imported {cases} cases with {codings} codings and {memos} memos.").format(
                cases=len(report.cases), codings=report.codings, memos=report.memos))

        def failed(exc: BaseException) -> None:
            progress.close()
            if isinstance(exc, Cancelled):
                inform(self, self.tr("Import"), self.tr(
                    "Import cancelled; nothing was imported."))
            elif isinstance(exc, FieldvaultError):
                show_error(self, exc)
            else:
                raise exc

        handle = self.runner.run(lambda p, c: import_jsonl(vault, path, p, c), finished,
                                 failed, on_progress)
        progress.canceled.connect(handle.cancel)
        progress.show()
        self.import_progress = progress
        return progress
