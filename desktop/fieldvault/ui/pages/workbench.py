"""The coding workbench: one case's transcript, its codings, memos and undoable actions.

Coding actions are small core writes run on the UI thread (a few milliseconds each); each
becomes a command on :attr:`WorkbenchPage.undo_stack`. The stack is one history for the
whole vault session, across cases: undoing a step of another case opens that case first and
says so. A step whose case has a newer transcript version since refuses (see
:mod:`fieldvault.ui.undo`). The stack is emptied on lock.

Everything can be done from the keyboard: the transcript takes focus and is selected with
Shift+arrows, Ctrl+Shift+S (sentence) or Ctrl+Shift+P (paragraph); the coding under the
cursor becomes the current one, so Delete and Ctrl+Shift+T uncode and recode it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.attachments.segments import AudioSegment
from fieldvault.core.errors import FieldvaultError, NotFound
from fieldvault.core.records.codings import CodingView
from fieldvault.core.store.models import Theme
from fieldvault.core.vault import Change
from fieldvault.ui.messages import inform, show_error
from fieldvault.ui.models.records import CodingColumn, CodingListModel
from fieldvault.ui.models.review import status_label
from fieldvault.ui.pages.workbench_coding import RECENT_THEMES, CodingActions
from fieldvault.ui.pages.workbench_reading import CaseReading, read_case
from fieldvault.ui.session import VaultSession
from fieldvault.ui.tasks import TaskRunner
from fieldvault.ui.widgets.attachments_panel import AttachmentsPanel
from fieldvault.ui.widgets.coding_review import VerdictPanel, may_review
from fieldvault.ui.widgets.ime import commit_composition
from fieldvault.ui.widgets.memo_panel import MemoPanel
from fieldvault.ui.widgets.picker import ThemePicker
from fieldvault.ui.widgets.stripes import CodingMargin
from fieldvault.ui.widgets.tables import compact_table
from fieldvault.ui.widgets.timestamp_links import TimestampLinks
from fieldvault.ui.widgets.transcript import TranscriptView

SIDE_ROWS = 6  # codings always visible in the list, whatever the window height


class WorkbenchPage(CodingActions):
    privacy_requested = Signal(str)  # case code

    def __init__(self, runner: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workbench-page")
        self.runner = runner or TaskRunner(self)
        self.session: VaultSession | None = None
        self._opening = 0  # the latest request to open a case; older readings are dropped
        self._changes = 0  # vault changes seen (a reading from before one is read again)
        self.code: str | None = None
        self.version = 0
        self.codings: list[CodingView] = []
        self.segments: list[AudioSegment] = []  # coded audio segments, listed after the text
        self.themes: list[Theme] = []
        self.recent: list[str] = []
        self.picker: ThemePicker | None = None
        self.undo_stack = QUndoStack(self)
        self._build()
        self._enable()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.header = QLabel(self.tr("Open a case from the Cases page (Enter or double-click)."))
        self.header.setWordWrap(True)
        self.view = TranscriptView()
        self.view.visible_changed.connect(self._update_side_list)
        self.view.cursorPositionChanged.connect(self._cursor_moved)
        self.banner = QLabel(self.tr("Editing the transcript. Ctrl+S saves a new version; "
                                     "Escape discards the changes."))
        self.banner.setObjectName("edit-banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.note = QLabel()
        self.note.setObjectName("workbench-note")
        self.note.setWordWrap(True)
        self.side_model = CodingListModel(self, lambda view: self._theme_label(view.theme_id))
        self.view.theme_label = lambda view: self._theme_label(view.theme_id)
        self.margin = CodingMargin(self.view)
        self.margin.label = self.view.theme_label
        self.margin.coding_clicked.connect(self._stripe_clicked)
        self.side = QTableView()
        self.side.setObjectName("coding-list")
        self.side.setAccessibleName(self.tr("Codings in view"))
        self.side.setModel(self.side_model)
        compact_table(self.side)
        self.side.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # six rows stay visible on a 1024 x 640 screen: rows, header, a horizontal scroll bar
        bar = self.side.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.side.setMinimumHeight(self.side.verticalHeader().defaultSectionSize() * SIDE_ROWS
                                   + self.side.fontMetrics().height() + 12 + bar
                                   + 2 * self.side.frameWidth())
        header = self.side.horizontalHeader()
        header.setSectionResizeMode(CodingColumn.TEXT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(CodingColumn.THEME, 170)
        self.side.selectionModel().selectionChanged.connect(self._side_picked)
        self.side.activated.connect(lambda index: self._go_to(self.side_model.row(index.row())))
        self.show_all = QCheckBox(self.tr("Show all codings of the case"))
        self.show_all.toggled.connect(self._update_side_list)
        self.verdict_panel = VerdictPanel()
        self.case_memos = MemoPanel(self.tr("Memos on this case"))
        self.coding_memos = MemoPanel(self.tr("Select a coding to see its memos."))
        memos = QTabWidget()
        memos.addTab(self.case_memos, self.tr("Case memos"))
        memos.addTab(self.coding_memos, self.tr("Coding memos"))
        self.attachments = AttachmentsPanel()
        memos.addTab(self.attachments, self.tr("Attachments"))
        self.memo_tabs = memos
        self.timestamp_links = TimestampLinks(self.view, self.play_timestamp)
        self.attachments.segment_requested.connect(self.pick_segment_theme)
        self.attachments.theme_label = lambda segment: self._theme_label(segment.theme_id)
        self.attachments.add_segment = self.code_segment
        self.attachments.drop_segment = self.uncode_segment
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Codings")))
        side_layout.addWidget(self.side, 3)
        side_layout.addWidget(self.show_all)
        side_layout.addWidget(self.verdict_panel)
        side_layout.addWidget(memos, 2)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.header)
        left_layout.addWidget(self.banner)
        text_row = QHBoxLayout()
        text_row.setSpacing(0)
        text_row.addWidget(self.view, 1)
        text_row.addWidget(self.margin)
        left_layout.addLayout(text_row, 1)
        left_layout.addWidget(self.note)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.toolbar = QToolBar(self.tr("Coding"))
        self._actions()
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

    def _action(self, text: str, shortcut: str | QKeySequence | QKeySequence.StandardKey,
                slot: Callable[[], object],
                toolbar: bool = True) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.rstrip('…')} ({keys})" if keys else text)
        self.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        return action

    def _actions(self) -> None:
        self.apply_action = self._action(self.tr("Apply theme…"), "Ctrl+T", self.pick_theme)
        self.retheme_action = self._action(self.tr("Change theme…"), "Ctrl+Shift+T",
                                           self.pick_retheme)
        self.remove_action = self._action(self.tr("Remove coding"), QKeySequence.StandardKey.Delete,
                                          self.remove_current)
        self.memo_action = self._action(self.tr("Memo"), "Ctrl+M", self.write_memo)
        self.toolbar.addSeparator()
        self._undo_actions()
        self.toolbar.addSeparator()
        self.edit_action = self._action(self.tr("Edit text"), "Ctrl+E", self.start_editing)
        self.save_action = self._action(self.tr("Save version"), QKeySequence.StandardKey.Save,
                                        self.save_version)
        self.cancel_action = self._action(self.tr("Discard edits"), "Escape",
                                          self.cancel_editing, toolbar=False)
        self.toolbar.addSeparator()
        self.privacy_action = self._action(self.tr("Privacy review"), "Ctrl+Shift+I",
                                           lambda: self.privacy_requested.emit(self.code)
                                           if self.code else None)
        self.valid_action = self._action(self.tr("Valid"), "F7",
                                         lambda: self.verdict_panel.judge("valid"), False)
        self.invalid_action = self._action(self.tr("Invalid"), "F8",
                                           lambda: self.verdict_panel.judge("invalid"), False)
        self.sentence_action = self._action(self.tr("Select sentence"), "Ctrl+Shift+S",
                                            self.select_sentence, toolbar=False)
        self.paragraph_action = self._action(self.tr("Select paragraph"), "Ctrl+Shift+P",
                                             self.select_paragraph, toolbar=False)
        self.invivo_action = self._action(self.tr("Code in vivo"), "Ctrl+Shift+V",
                                          self.code_in_vivo, toolbar=False)
        self.next_here_action = self._action(self.tr("Next coding at the cursor"),
                                             "Ctrl+Shift+N", self.next_coding_here,
                                             toolbar=False)
        self.timestamp_action = self._action(self.tr("Play from the timestamp at the cursor"),
                                             "Ctrl+Shift+A", self.play_timestamp_here,
                                             toolbar=False)
        for number in range(RECENT_THEMES):
            self._action(self.tr("Recent theme {n}").format(n=number + 1), f"Ctrl+{number + 1}",
                         partial(self.apply_recent, number), toolbar=False)

    def _enable(self) -> None:
        open_case = self.code is not None
        editing = self.view.editing
        for action in (self.apply_action, self.retheme_action, self.remove_action,
                       self.memo_action):
            action.setEnabled(open_case and not editing)
        self.edit_action.setEnabled(open_case and not editing)
        self.privacy_action.setEnabled(open_case and not editing)
        self.save_action.setEnabled(editing)
        self.cancel_action.setEnabled(editing)
        self.banner.setVisible(editing)
        reviewer = may_review(self.session)
        self.verdict_panel.setVisible(reviewer)
        for action in (self.valid_action, self.invalid_action):
            action.setEnabled(reviewer and open_case and not editing)
        for action in (self.sentence_action, self.paragraph_action, self.invivo_action,
                       self.next_here_action, self.timestamp_action):
            action.setEnabled(open_case and not editing)
        self.enable_undo()

    def play_timestamp(self, milliseconds: int) -> None:
        """Play the case's recording from a transcript timestamp (Attachments tab)."""
        self._play(milliseconds)

    def _play(self, milliseconds: int, attachment_id: str | None = None,
              until: int | None = None) -> None:
        """Show the Attachments tab and play there; the panel's sentence if it cannot."""
        self.memo_tabs.setCurrentWidget(self.attachments)
        if not self.attachments.play_from(milliseconds, attachment_id, until=until):
            self.note.setText(self.attachments.status.text())

    def pick_segment_theme(self, attachment_id: str, start: int, end: int) -> ThemePicker:
        """The theme picker for a span marked in the attachments panel."""
        return self._open_picker(
            self.tr("Apply a theme to the marked segment"),
            lambda theme_id: self.attachments.code_segment(attachment_id, theme_id, start, end))

    def play_timestamp_here(self) -> None:
        if not self.timestamp_links.at_cursor():
            self.note.setText(self.tr("Put the cursor on a timestamp such as [00:12:31] "
                                      "first."))

    # --- vault lifecycle ------------------------------------------------------------------

    def attach(self, session: VaultSession) -> None:
        self.session = session
        session.changed.connect(self._changed)
        self.themes = [node.theme for node in session.theme_tree()]
        self.verdict_panel.attach(session)
        self._enable()

    def detach(self) -> None:
        """Forget the case, its text and the undo history (called on lock)."""
        if self.picker is not None:
            self.picker.close()
        self.session, self.code, self.codings, self.themes = None, None, [], []
        self.segments = []
        self.undo_stack.clear()
        self.view.set_editing(False)
        self.view.clear_all()
        self.side_model.clear()
        self.verdict_panel.clear()
        self.case_memos.clear()
        self.coding_memos.clear()
        self.attachments.set_case(None, None)
        self.header.setText(self.tr("Open a case from the Cases page."))
        self.note.clear()
        self._enable()

    def _changed(self, change: Change) -> None:
        self._changes += 1
        if self.session is None:
            return
        if change.action.startswith(("theme.", "codebook.")):
            self.themes = [node.theme for node in self.session.theme_tree()]
        if change.action.startswith("member."):
            self._role_changed()
        if self.code is not None and not self.view.editing:
            if not self._still_there():
                return
            if self._version_moved():  # saved, pseudonymised or merged from a bundle
                self.open_case(self.code)  # older steps of this case refuse (see undo.py)
            else:
                self._reload_codings()
            if change.target == f"case:{self.code}" and change.action.startswith("case."):
                case = self.session.vault.cases.get(self.code)  # status or title moved
                self._set_header(case.title, case.status)

    def _still_there(self) -> bool:
        """False (and the case closed) when the open case was deleted or purged."""
        assert self.session is not None and self.code is not None
        try:
            self.session.vault.cases.get(self.code)
        except NotFound:
            gone = self.code
            self.code, self.codings, self.segments = None, [], []
            self.view.clear_all()
            self.side_model.clear()
            self.case_memos.clear()
            self.coding_memos.clear()
            self.verdict_panel.set_coding(None, None)
            self.header.setText(self.tr("Case {code} is no longer in this vault.").format(
                code=gone))
            self._enable()
            return False
        return True

    def _version_moved(self) -> bool:
        assert self.session is not None and self.code is not None
        try:
            return self.session.vault.transcripts.current(self.code).version != self.version
        except FieldvaultError:
            return False

    def _role_changed(self) -> None:
        if self.session is not None:
            self.verdict_panel.attach(self.session)
            self._enable()

    # --- opening --------------------------------------------------------------------------

    def open_case(self, code: str, select: tuple[int, int] | None = None) -> None:
        """Show ``code`` now, reading it on the UI thread; the undo history (of every case)
        is kept. Raises NotFound (nothing changed) when the case is gone."""
        if self.session is None:
            return
        self._opening += 1  # a reading still on its way for another case is dropped
        self.show_case(read_case(self.session.vault, code, code != self.attachments.code),
                       select)

    def open_case_later(self, code: str, select: tuple[int, int] | None = None,
                        then: Callable[[], object] | None = None) -> None:
        """Read ``code`` on a worker, then show it and call ``then`` (UI thread), unless
        another case was opened meanwhile or the vault locked. A change written meanwhile
        makes the case be read again, here; a failure is shown in a dialog."""
        if self.session is None:
            return
        self._opening += 1
        session, vault, opening, changes = (self.session, self.session.vault, self._opening,
                                            self._changes)
        attachments = code != self.attachments.code

        def read(_progress: object, _cancelled: object) -> CaseReading:  # worker
            return read_case(vault, code, attachments)

        def done(reading: CaseReading) -> None:
            if self.session is not session or self._opening != opening:
                return
            try:
                if self._changes != changes:
                    reading = read_case(session.vault, code, code != self.attachments.code)
                self.show_case(reading, select)
            except FieldvaultError as exc:
                show_error(self, exc)
                return
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            if self.session is not session or self._opening != opening:
                return
            if not isinstance(exc, FieldvaultError):
                raise exc
            show_error(self, exc)

        self.runner.run(read, done, failed)

    def show_case(self, reading: CaseReading, select: tuple[int, int] | None = None) -> None:
        """Put a case read by :func:`read_case` on screen (UI thread)."""
        if self.session is None:
            return
        commit_composition()
        if self.view.editing:
            self.cancel_editing()
        code = reading.code
        self.code, self.version = code, reading.version
        self.codings, self.segments = reading.codings, reading.segments
        self.side_model.set_verdicts(reading.verdicts)
        self._set_header(reading.title, reading.status, reading.blind)
        self.view.set_transcript(reading.text, self.codings)
        self.view.case_code = code
        self.margin.refresh()
        self.case_memos.set_target(self.session, "case", code, rows=reading.memos)
        if code != self.attachments.code:
            listed = (None if reading.attachments is None
                      else (reading.attachments, reading.segments))
            self.attachments.set_case(self.session, code, listed)
        self.coding_memos.set_target(self.session, None, None,
                                     self.tr("Select a coding to see its memos."))
        if select is not None:
            self.view.select_range(*select)
        self.note.clear()
        self._update_side_list()
        self._enable()

    def _reload_codings(self) -> None:
        if self.session is None or self.code is None:
            return
        self.codings = self.session.vault.review.visible_codings(self.code)
        self.segments = self.session.vault.attachments.segments.visible(self.code)
        self.attachments.reload_segments(self.segments)
        self.side_model.set_verdicts(self.session.vault.review.verdicts(self.code))
        scroll = self.view.verticalScrollBar().value()
        self.view.set_codings(self.codings)
        self.view.verticalScrollBar().setValue(scroll)
        self.margin.refresh()
        self._update_side_list()

    def _update_side_list(self) -> None:
        current = self.current_row()
        rows: list[CodingView | AudioSegment]
        if self.show_all.isChecked():
            rows = list(self.codings)
        else:
            start, end = self.view.visible_range()
            rows = [c for c in self.codings if c.placed and c.start < end and c.end > start]
            rows += [c for c in self.codings if not c.placed]
        rows += self.segments  # a recording's span has no place in the text: always listed
        if rows != self.side_model.rows():
            self.side_model.set_rows(rows)
        if current is not None:
            self._select_in_side(current.id)
        self._show_verdict()

    def _set_header(self, title: str, status: str, blind: bool | None = None) -> None:
        """``blind``: whether the owner codes this case blind; None reads it."""
        self.header.setText(self.tr("{code} — {title} (version {version}, {status})").format(
            code=self.code, title=title, version=self.version, status=status_label(status))
            + self._blind_note(self.code or "", blind))

    def _blind_note(self, code: str, blind: bool | None = None) -> str:
        if blind is None:
            blind = self._is_blind(code)
        if not blind:
            return ""
        return "\n" + self.tr("Blind coding: you see only your own codings on this case until "
                               "a supervisor reveals it.")

    def _is_blind(self, code: str) -> bool:
        if self.session is None or self.session.vault.me.role != "coder":
            return False
        return not self.session.vault.review.is_revealed(code)

    def _show_verdict(self) -> None:
        coding = self.current_coding()
        self.verdict_panel.set_coding(coding, self.side_model.verdict(coding.id)
                                      if coding else None)

    # --- selection ------------------------------------------------------------------------

    def current_row(self) -> CodingView | AudioSegment | None:
        rows = self.side.selectionModel().selectedRows()
        return self.side_model.row(rows[0].row()) if rows else None

    def current_coding(self) -> CodingView | None:
        """The selected text coding (None when nothing or an audio segment is selected)."""
        row = self.current_row()
        return row if isinstance(row, CodingView) else None

    def current_segment(self) -> AudioSegment | None:
        row = self.current_row()
        return row if isinstance(row, AudioSegment) else None

    def select_coding(self, coding_id: str) -> None:
        """Select a coding of the open case (its memos show in the coding memo tab)."""
        self._select_in_side(coding_id)

    def _select_in_side(self, coding_id: str) -> None:
        row = self.side_model.row_of(coding_id)
        if row is not None:
            self.side.selectRow(row)

    def _side_picked(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        coding = self.current_coding()
        self.view.focus_coding(coding.id if coding else None)
        self._show_verdict()
        if self.current_segment() is not None:
            self.coding_memos.set_target(self.session, None, None, self.tr(
                "An audio segment has no memos of its own; write them on the case."))
        elif coding is None:
            self.coding_memos.set_target(self.session, None, None,
                                         self.tr("Select a coding to see its memos."))
        else:
            self.coding_memos.set_target(self.session, "coding", coding.id, self.tr(
                "Memos on “{text}” ({theme})").format(text=coding.text[:60],
                                                      theme=coding.theme_name))

    def _cursor_moved(self) -> None:
        if self.view.editing or self.view.textCursor().hasSelection():
            return
        here = self.view.codings_at(self.view.position_at(self.view.cursorRect().center()))
        if here:
            self._select_in_side(here[0].id)

    def _stripe_clicked(self, coding_id: str) -> None:
        self._select_in_side(coding_id)
        self.view.setFocus()

    def next_coding_here(self) -> None:
        """Make the next of the overlapping codings at the cursor the current one."""
        here = self.view.codings_at(self.view.cursor_position())
        if not here:
            self.note.setText(self.tr("No coding at the cursor."))
            return
        current = self.current_coding()
        ids = [c.id for c in here]
        after = (ids.index(current.id) + 1) % len(ids) if current and current.id in ids else 0
        self._select_in_side(ids[after])
        self.note.setText(self.tr("Coding {n} of {count} here: {theme}.").format(
            n=after + 1, count=len(ids), theme=self._theme_label(here[after].theme_id)))

    def select_sentence(self) -> None:
        if not self.view.select_sentence():
            self.note.setText(self.tr("There is no sentence at the cursor."))

    def select_paragraph(self) -> None:
        if not self.view.select_paragraph():
            self.note.setText(self.tr("There is no paragraph at the cursor."))

    def _go_to(self, coding: CodingView | AudioSegment) -> None:
        if isinstance(coding, AudioSegment):
            self.play_segment(coding)
        elif coding.placed:
            self.view.select_range(coding.start, coding.end)

    def write_memo(self) -> None:
        target = self.coding_memos if self.current_coding() else self.case_memos
        self.memo_tabs.setCurrentWidget(target)
        target.editor.setFocus()

    # --- editing the transcript -----------------------------------------------------------

    def start_editing(self) -> None:
        if self.code is None:
            return
        self.view.set_editing(True)
        self.view.setFocus()
        self._enable()

    def cancel_editing(self) -> None:
        self.view.set_editing(False)
        self.view.set_codings(self.codings)
        self._enable()

    def save_version(self) -> bool:
        if self.session is None or self.code is None or not self.view.editing:
            return False
        commit_composition(self.view)
        before = {c.id: c for c in self.codings}
        try:
            result = self.session.vault.transcripts.save_version(self.code,
                                                                 self.view.edited_text())
        except FieldvaultError as exc:
            show_error(self, exc)
            return False
        self.view.set_editing(False)
        self.open_case(self.code)
        if result.unplaced:
            lines = [f"• {self._theme_label(before[c.id].theme_id)}: “{before[c.id].text[:80]}”"
                     for c in result.unplaced if c.id in before]
            inform(self, self.tr("Codings not carried over"), self.tr(
                "Version {version} is saved. %n coding(s) could not be placed in the new "
                "text and are listed greyed in the codings list:", "", len(result.unplaced))
                .format(version=result.transcript.version)
                + "\n" + "\n".join(lines), warning=True)
        self.note.setText(self.tr("Saved version {version}; {carried} codings carried over, "
                                  "{lost} not placed.").format(
            version=result.transcript.version, carried=result.carried,
            lost=len(result.unplaced)))
        return True
