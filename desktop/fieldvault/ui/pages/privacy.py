"""The Privacy page: review what identifies people in one case's transcript.

The header says the case's privacy state (``vault.privacy.state``): a case never scanned
says "Not scanned yet" with a Scan button beside it, never "0 suggestions". A scan (on a
worker, with progress and Cancel) stores *suggestions* only; the user accepts,
rejects or re-categorises each, accepts a whole category, withholds a selection by hand or
tells every later scan to treat a term as a category. Pseudonymise then replaces the
accepted names by their codes in a new version (on a worker, after a confirmation). Nothing
is replaced without acceptance. Decisions are small core writes on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.errors import FieldvaultError, NotFound
from fieldvault.core.privacy import CATEGORIES
from fieldvault.core.privacy.service import PseudonymiseResult, RedactionView
from fieldvault.core.privacy.state import PrivacyState
from fieldvault.core.progress import Cancelled
from fieldvault.core.vault import Change
from fieldvault.ui.messages import ask, busy, show_error
from fieldvault.ui.models.privacy import (
    CATEGORY_COLORS,
    RedactionColumn,
    RedactionModel,
    person_role_label,
)
from fieldvault.ui.session import VaultSession
from fieldvault.ui.tasks import TaskHandle, TaskRunner
from fieldvault.ui.widgets.privacy_text import PrivacyView
from fieldvault.ui.widgets.tables import record_table

WATCHED = ("redaction.", "privacy.", "gazetteer.", "person.", "identity.", "transcript.",
           "bundle.")


def legend() -> str:
    chips = " ".join(f"<span style='background:{color};color:#ffffff'>&nbsp;{name}&nbsp;</span>"
                     for name, color in CATEGORY_COLORS.items())
    return chips


class PrivacyPage(QWidget):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacy-page")
        self.runner = runner
        self.session: VaultSession | None = None
        self.code: str | None = None
        self.task: TaskHandle | None = None
        self.progress: QProgressDialog | None = None
        self.state: PrivacyState | None = None
        self.model = RedactionModel(self)
        self._build()
        self._enable()

    # --- layout ---------------------------------------------------------------------------

    def _button(self, text: str, keys: str, slot: Callable[[], object]) -> QPushButton:
        native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        button = QPushButton(f"{text} ({native})")
        button.setAccessibleName(text)
        button.clicked.connect(lambda _checked=False: slot())
        QShortcut(QKeySequence(keys), self, slot,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return button

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        for category in CATEGORIES:
            combo.addItem(category, category)
        return combo

    def _build(self) -> None:
        self.header = QLabel(self.tr("Open a case in the workbench, then come here to review "
                                     "what identifies people in it."))
        self.header.setWordWrap(True)
        self.header.setObjectName("privacy-header")
        self.banner = self._banner()
        self.scan_button = self._button(self.tr("Scan"), "Ctrl+D", self.scan)
        self.scan_button.setToolTip(self.tr("Suggest names, places, numbers and other "
                                            "identifying details. Nothing is replaced."))
        self.all_category = self._combo(self.tr("Category to accept"))
        self.all_button = QPushButton(self.tr("Accept all of this category"))
        self.all_button.clicked.connect(self.accept_category)
        self.pseudonymise_button = self._button(self.tr("Pseudonymise names…"), "Ctrl+Shift+P",
                                                self.pseudonymise)
        top = QHBoxLayout()
        for widget in (self.scan_button, self.all_category, self.all_button):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.pseudonymise_button)
        self.legend = QLabel(legend() + "&nbsp;&nbsp;" + self.tr(
            "dashed: suggested · solid: accepted (withheld) · dotted: rejected"))
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.view = PrivacyView()
        self.view.cursorPositionChanged.connect(self._cursor_moved)
        self.table = record_table(self.model, self.tr("Identifying details"),
                                  "redaction-table", RedactionColumn.TEXT)
        self.table.selectionModel().selectionChanged.connect(self._picked)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(self._side())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([720, 540])
        self.note = QLabel()
        self.note.setObjectName("privacy-note")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.legend)
        layout.addWidget(split, 1)
        layout.addWidget(self.note)

    def _banner(self) -> QFrame:
        """Shown while the case is not scanned or changed since its scan."""
        banner = QFrame()
        banner.setObjectName("privacy-banner")
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        font = self.banner_text.font()
        font.setBold(True)
        self.banner_text.setFont(font)
        self.scan_now = QPushButton(self.tr("Scan &now"))
        self.scan_now.setObjectName("privacy-scan-now")
        self.scan_now.clicked.connect(lambda _checked=False: self.scan())
        row = QHBoxLayout(banner)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.scan_now)
        banner.hide()
        return banner

    def _side(self) -> QWidget:
        self.accept_button = self._button(self.tr("Accept"), "Ctrl+Return", self.accept_current)
        self.reject_button = self._button(self.tr("Reject"), "Ctrl+Backspace",
                                          self.reject_current)
        self.category = self._combo(self.tr("Category of the selected detail"))
        self.category_button = self._button(self.tr("Change category"), "Ctrl+K",
                                            self.change_category)
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role of newly named people"))
        self.manual_category = self._combo(self.tr("Category for the text selection"))
        self.manual_button = self._button(self.tr("Withhold selection"), "Ctrl+H",
                                          self.add_from_selection)
        self.always_button = self._button(self.tr("Always treat as this"), "Ctrl+Shift+H",
                                          self.always_treat)
        self.always_button.setToolTip(self.tr("Remember the selected text (or the selected "
                                              "detail's text) for every later scan."))
        rows = [(QLabel(self.tr("Selected detail:")), self.accept_button, self.reject_button),
                (QLabel(self.tr("Category:")), self.category, self.category_button),
                (QLabel(self.tr("Text selection:")), self.manual_category, self.manual_button,
                 self.always_button),
                (QLabel(self.tr("New people are:")), self.role)]
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        for widgets in rows:
            row = QHBoxLayout()
            for widget in widgets:
                row.addWidget(widget)
            row.addStretch(1)
            layout.addLayout(row)
        return side

    def _enable(self) -> None:
        has_case = self.session is not None and self.code is not None
        idle = self.task is None
        for widget in (self.scan_button, self.scan_now, self.all_button,
                       self.pseudonymise_button,
                       self.accept_button, self.reject_button, self.category_button,
                       self.manual_button, self.always_button):
            widget.setEnabled(has_case and idle)

    # --- vault lifecycle ------------------------------------------------------------------

    def attach(self, session: VaultSession) -> None:
        self.session = session
        session.changed.connect(self._changed)
        self.role.clear()
        for role in session.vault.people.roles():
            self.role.addItem(person_role_label(role), role)
        self.role.setCurrentIndex(max(0, self.role.findData("worker")))
        self._enable()

    def detach(self) -> None:
        if self.task is not None:
            self.task.cancel()
        self._end_progress()
        self.session, self.code, self.state = None, None, None
        self.model.clear()
        self.view.clear_all()
        self.banner.hide()
        self.role.clear()
        self.note.clear()
        self.header.setText(self.tr("Open a case in the workbench first."))
        self._enable()

    def _changed(self, change: Change) -> None:
        if self.session is not None and self.code is not None and self.task is None and (
                change.action.startswith(WATCHED)):
            self.reload()

    # --- showing --------------------------------------------------------------------------

    def open_case(self, code: str) -> bool:
        if self.session is None:
            return False
        if code != self.code:
            self.note.clear()
        self.code = code
        self._enable()
        return self.reload()

    def reload(self) -> bool:
        if self.session is None or self.code is None:
            return False
        vault = self.session.vault
        try:
            case = vault.cases.get(self.code)
            transcript = vault.transcripts.current(self.code)
            rows = vault.privacy.for_case(self.code)
            self.state = vault.privacy.state(self.code)
        except NotFound:  # deleted or purged meanwhile
            self.code, self.state = None, None
            self.banner.hide()
            self.model.clear()
            self.view.clear_all()
            self.header.setText(self.tr("That case is no longer in this vault."))
            self._enable()
            return False
        except FieldvaultError as exc:
            show_error(self, exc)
            return False
        current = self.current()
        title = self.tr("{code} — {title} (version {version})").format(
            code=self.code, title=case.title, version=transcript.version)
        self.header.setText(self._state_sentence(title, self.state, rows))
        self._show_banner(self.state)
        self.model.set_rows(rows)
        self.view.set_content(transcript.text, rows)
        if current is not None:
            self.select(current.id)
        return True

    def _state_sentence(self, title: str, state: PrivacyState,
                        rows: list[RedactionView]) -> str:
        if state.state == "not_scanned":
            return self.tr("{title}: not scanned yet.").format(title=title)
        counts = self.tr("{open} suggestions to decide, {accepted} accepted.").format(
            open=sum(1 for r in rows if r.placed and r.status == "suggested"),
            accepted=sum(1 for r in rows if r.placed and r.status == "accepted"))
        if state.state == "reviewed":
            return self.tr("{title}: reviewed; {counts}").format(title=title, counts=counts)
        if state.state == "changed":
            return self.tr("{title}: changed since the last scan; {counts}").format(
                title=title, counts=counts)
        return f"{title}: {counts}"

    def _show_banner(self, state: PrivacyState) -> None:
        texts = {"not_scanned": self.tr("Not scanned yet: nothing in this case has been looked "
                                        "at for names, places and numbers. Exports scan it "
                                        "first and withhold everything found."),
                 "changed": self.tr("The text changed since the last scan: scan again so "
                                    "the new text is reviewed too.")}
        self.banner_text.setText(texts.get(state.state, ""))
        self.scan_now.setText(self.tr("Scan &now") if state.state == "not_scanned"
                              else self.tr("Scan &again"))
        self.banner.setVisible(state.state in texts)

    def current(self) -> RedactionView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select(self, redaction_id: str) -> bool:
        row = self.model.row_of(redaction_id)
        if row is not None:
            self.table.selectRow(row)
        return row is not None

    def _picked(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        view = self.current()
        self.view.focus(view.id if view else None)
        if view is not None:
            self.category.setCurrentIndex(max(0, self.category.findData(view.category)))
            if view.placed and not self.view.textCursor().hasSelection():
                self.view.blockSignals(True)
                self.view.select_range(view.start, view.start)
                self.view.blockSignals(False)

    def _cursor_moved(self) -> None:
        if self.view.textCursor().hasSelection():
            return
        here = self.view.redactions_at(self.view.cursorRect().center())
        if here:
            self.select(here[0].id)

    # --- decisions ------------------------------------------------------------------------

    def _do(self, action: Callable[[], object], done: str) -> bool:
        try:
            action()
        except FieldvaultError as exc:
            show_error(self, exc)
            return False
        self.note.setText(done)
        return True

    def _need_current(self) -> RedactionView | None:
        view = self.current()
        if view is None:
            self.note.setText(self.tr("Select a detail in the list (or click it in the text) "
                                      "first."))
        return view

    def accept_current(self) -> bool:
        view = self._need_current()
        if view is None or self.session is None:
            return False
        privacy, role = self.session.vault.privacy, self.role.currentData() or "other"
        return self._do(lambda: privacy.accept(view.id, role=role),
                        self.tr("Accepted “{t}” as {c}.").format(t=view.text, c=view.category))

    def reject_current(self) -> bool:
        view = self._need_current()
        if view is None or self.session is None:
            return False
        privacy = self.session.vault.privacy
        return self._do(lambda: privacy.reject(view.id),
                        self.tr("Rejected “{t}”: it stays in the text.").format(t=view.text))

    def change_category(self) -> bool:
        view = self._need_current()
        if view is None or self.session is None:
            return False
        privacy, category = self.session.vault.privacy, self.category.currentData()
        role = self.role.currentData() or "other"
        return self._do(lambda: privacy.set_category(view.id, category, role=role),
                        self.tr("“{t}” is now {c}.").format(t=view.text, c=category))

    def accept_category(self) -> bool:
        if self.session is None or self.code is None:
            return False
        category, role = self.all_category.currentData(), self.role.currentData() or "other"
        try:
            accepted = self.session.vault.privacy.accept_all(self.code, [category], role)
        except FieldvaultError as exc:
            show_error(self, exc)
            return False
        self.note.setText(self.tr("Accepted %n suggested {c} detail(s).", "",
                                  len(accepted)).format(c=category))
        return True

    def add_from_selection(self) -> bool:
        span = self.view.selection_range()
        if self.session is None or self.code is None or span is None:
            self.note.setText(self.tr("Select the text to withhold in the transcript first."))
            return False
        privacy, code = self.session.vault.privacy, self.code
        category, role = self.manual_category.currentData(), self.role.currentData() or "other"
        return self._do(lambda: privacy.add_manual(code, span[0], span[1], category, role=role),
                        self.tr("Withholding “{t}” as {c}.").format(
                            t=self.view.selected_text().strip(), c=category))

    def always_treat(self) -> bool:
        view = self.current()
        term = self.view.selected_text().strip() or (view.text if view else "")
        if self.session is None or not term:
            self.note.setText(self.tr("Select a term in the transcript (or a detail in the "
                                      "list) first."))
            return False
        privacy = self.session.vault.privacy
        category, role = self.manual_category.currentData(), self.role.currentData() or "other"
        return self._do(lambda: privacy.always_treat(term, category, role=role), self.tr(
            "From now on every scan treats “{t}” as {c}. Scan again to apply it here.").format(
            t=term, c=category))

    # --- long work ------------------------------------------------------------------------

    def scan(self) -> QProgressDialog | None:
        """Detect on a worker; progress counts characters; Cancel leaves everything as is."""
        if self.session is None or self.code is None or self.task is not None:
            return None
        privacy, code = self.session.vault.privacy, self.code
        progress = QProgressDialog(self.tr("Looking for names, places and numbers in {code}…")
                                   .format(code=code), self.tr("Cancel"), 0, 0, self)
        progress.setObjectName("scan-progress")
        progress.setWindowTitle(self.tr("Scan"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self._cancel_scan)
        self.progress = progress
        self.note.setText(self.tr("Scanning… (the first scan loads the language models)"))
        self.task = self.runner.run(lambda p, c: privacy.scan(code, p, c), self._scanned,
                                    self._scan_failed, self._scan_progress)
        self._enable()
        progress.show()
        return progress

    def _scan_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _cancel_scan(self) -> None:
        if self.task is not None:
            self.task.cancel()
            if self.progress is not None:
                self.progress.setLabelText(self.tr("Cancelling…"))

    def _end_progress(self) -> None:
        self.task = None
        if self.progress is not None:
            self.progress.canceled.disconnect(self._cancel_scan)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self._enable()

    def _scanned(self, found: list[object]) -> None:
        self._end_progress()
        self.reload()
        notices = self.session.vault.privacy.notices if self.session is not None else []
        self.note.setText(" ".join([self.tr("%n suggestion(s). Accept, reject or correct "
                                            "each; nothing is replaced until you pseudonymise.",
                                            "", len(found)), *notices]))

    def _scan_failed(self, exc: BaseException) -> None:
        self._end_progress()
        if isinstance(exc, Cancelled):
            self.note.setText(self.tr("Scan cancelled; nothing was changed."))
        else:
            show_error(self, exc)

    def pseudonymise(self) -> bool:
        """Ask, naming how many accepted names will become codes; then run on a worker."""
        if self.session is None or self.code is None:
            return False
        names = [r for r in self.model.rows()
                 if r.placed and r.status == "accepted" and r.category == "PERSON"]
        if not names:
            self.note.setText(self.tr("Accept at least one PERSON detail first: nothing is "
                                      "replaced without acceptance."))
            return False
        shown = ", ".join(sorted({f"{r.text} → {r.person}" for r in names}))
        text = self.tr("Replace %n accepted name(s) in {code} by their pseudonym codes "
                       "({pairs})?\n\nA new transcript version is saved with the codes and "
                       "codings follow the text. Earlier versions, which hold the names, are "
                       "sealed under the identity key and blanked.", "", len(names)).format(
            code=self.code, pairs=shown) + "\n\n" + self._undecided_sentence()
        ask(self, self.tr("Pseudonymise names"), text, [self.tr("Replace names")],
            lambda answer: self._pseudonymise() if answer == 0 else None)
        return True

    def _undecided_sentence(self) -> str:
        if self.state is not None and self.state.state == "not_scanned":
            return self.tr("This case was never scanned: names nobody accepted stay in the "
                           "text as they are.")
        undecided = sum(1 for r in self.model.rows() if r.placed and r.status == "suggested")
        if not undecided:
            return self.tr("Every suggestion in this case is decided.")
        return self.tr("{n} suggestions in this case are still undecided: the names among "
                       "them stay in the text as they are.").format(n=undecided)

    def _pseudonymise(self) -> None:
        if self.session is None or self.code is None:
            return
        privacy, code = self.session.vault.privacy, self.code
        progress = busy(self, self.tr("Pseudonymise names"), self.tr("Replacing names…"))

        def done(result: PseudonymiseResult) -> None:
            progress.close()
            self.reload()
            self.note.setText(self.tr("Replaced %n name(s); version {v} is current. "
                                      "Sealed earlier versions: {sealed}.", "",
                                      result.replaced).format(
                v=result.transcript.version,
                sealed=", ".join(map(str, result.sealed_versions)) or "–"))

        def failed(exc: BaseException) -> None:
            progress.close()
            show_error(self, exc)

        self.runner.run(lambda _p, _c: privacy.pseudonymise(code), done, failed)
