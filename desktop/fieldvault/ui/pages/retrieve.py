"""Retrieve: every coded passage of the chosen themes across cases, whole and wrapped, with
context, its case, theme, coder and review verdict; filters by case attribute value, coder
and verdict; export of the passages shown to CSV, .docx or .odt (pseudonymised, withheld
values as the redacted PDF's tokens).

Retrieval and export run on the task runner (they only read, and export writes the chosen
file); results that arrive after the vault was locked are dropped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.analysis.coded import (
    Segment,
    coded_audio,
    coded_segments,
    filter_choices,
    from_passages,
)
from fieldvault.core.analysis.service import Filters
from fieldvault.core.attachments.segments import AudioSegment
from fieldvault.core.errors import FieldvaultError
from fieldvault.core.export.segments import SegmentExport, export_segments
from fieldvault.core.memory import release_free_memory
from fieldvault.core.records.codings import Passage
from fieldvault.core.vault import Change, Vault
from fieldvault.ui.i18n import current_language
from fieldvault.ui.messages import file_dialog, inform, show_error
from fieldvault.ui.models.audio_segments import AudioSegmentModel
from fieldvault.ui.models.segments import SegmentModel
from fieldvault.ui.models.themes import ThemeColumn, ThemeTreeModel, display_name
from fieldvault.ui.session import VaultSession
from fieldvault.ui.tasks import TaskRunner
from fieldvault.ui.widgets.segment_delegate import SegmentDelegate
from fieldvault.ui.widgets.segment_player import SegmentPlayer
from fieldvault.ui.widgets.tables import record_table

VERDICTS = ("valid", "invalid", "unreviewed")
SUFFIXES = {"csv": ".csv", "docx": ".docx", "odt": ".odt"}


def retrieved(vault: Vault, theme_ids: list[str], filters: Filters,
              subthemes: bool) -> tuple[list[Segment], int]:
    """The segments, and how many codings the vault holds in all (any thread)."""
    segments = coded_segments(vault, theme_ids or None, filters, subthemes)
    release_free_memory()  # the transcripts read for the context are freed by now
    return segments, vault.cases.coding_total()


def audio_retrieved(vault: Vault, theme_ids: list[str], filters: Filters,
                    subthemes: bool) -> list[AudioSegment]:
    """Coded audio segments of the themes (every theme: none chosen) that pass the filters,
    any thread. A segment has no verdict: it counts as unreviewed (see coded_audio)."""
    return coded_audio(vault, theme_ids or None, filters, subthemes)


class RetrievePage(QWidget):
    passage_activated = Signal(str, int, int)  # case code, start, end
    retrieved = Signal(int)  # number of passages shown
    exported = Signal(object)  # the SegmentExport written

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retrieve-page")
        self.runner = runner
        self.session: VaultSession | None = None
        self.exporting = False
        self._has_retrieved = False
        self._last_filters = Filters()
        self._filters_stale = False
        self._values: dict[str, list[str]] = {}
        self.themes = ThemeTreeModel(self)
        self.model = SegmentModel(self, self._theme_label)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self._theme_side())
        split.addWidget(self._passage_side())
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([330, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.retrieve,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._show_empty(self._start_text())

    # --- building -------------------------------------------------------------------------

    def _theme_side(self) -> QWidget:
        self.tree = QTreeView()
        self.tree.setAccessibleName(self.tr("Themes to retrieve"))
        self.tree.setModel(self.themes)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.setColumnHidden(ThemeColumn.CODINGS, True)
        digits = self.fontMetrics().horizontalAdvance("0")
        self.tree.header().resizeSection(ThemeColumn.TOTAL, 8 * digits)
        self.tree.activated.connect(lambda _index: self.retrieve())
        self.subthemes = QCheckBox(self.tr("Include &subthemes"))
        self.subthemes.setChecked(True)
        self.go = QPushButton(self.tr("&Retrieve"))
        self.go.setToolTip(self.tr("Retrieve the passages of the selected themes, or of every "
                                   "theme when none is selected (Ctrl+Enter)"))
        self.go.clicked.connect(self.retrieve)
        hint = QLabel(self.tr("Themes (Ctrl+click for several; none: every theme)"))
        hint.setWordWrap(True)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(self.tree, 1)
        controls = QHBoxLayout()
        controls.addWidget(self.subthemes)
        controls.addWidget(self.go)
        layout.addLayout(controls)
        return side

    def _combo(self, name: str, tip: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(tip)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        return combo

    def _filters_row(self) -> QHBoxLayout:
        self.attribute = self._combo(self.tr("Case attribute"),
                                     self.tr("Only cases with this attribute value"))
        self.value = self._combo(self.tr("Attribute value"), self.tr("The value it must have"))
        self.coder = self._combo(self.tr("Coder"), self.tr("Only this coder's codings"))
        self.verdict = self._combo(self.tr("Review verdict"),
                                   self.tr("Only codings with this review verdict"))
        self.attribute.currentIndexChanged.connect(lambda _i: self._fill_values())
        for combo in (self.value, self.coder, self.verdict):
            combo.activated.connect(lambda _i: self._refilter())
        self.attribute.activated.connect(lambda _i: self._refilter())
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Filter:")))
        for combo in (self.attribute, self.value, self.coder, self.verdict):
            row.addWidget(combo, 1)
        return row

    def _passage_side(self) -> QWidget:
        self.table = QListView()
        self.table.setObjectName("segment-list")
        self.table.setAccessibleName(self.tr("Retrieved passages"))
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setResizeMode(QListView.ResizeMode.Adjust)
        # Lay out in batches: the first screen paints at once, the rest follows between
        # events, so thousands of passages never freeze the window (bench/retrieve_bench.py).
        self.table.setLayoutMode(QListView.LayoutMode.Batched)
        self.table.setBatchSize(40)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(False)
        self.delegate = SegmentDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.activated.connect(self._activated)
        self.empty = QLabel()
        self.empty.setObjectName("retrieve-empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(24)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.count = QLabel()
        self.count.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setToolTip(self.tr("Save the passages shown as CSV, Word (.docx) or "
                                              "OpenDocument (.odt): pseudonymised, withheld "
                                              "values as tokens"))
        self.export_button.clicked.connect(self.choose_export)
        status = QHBoxLayout()
        status.addWidget(self.count, 1)
        status.addWidget(self.export_button)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._filters_row())
        layout.addLayout(status)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self._audio_side())
        return side

    def _audio_side(self) -> QWidget:
        """Coded audio segments of the chosen themes; Enter or double-click plays one."""
        self.audio_model = AudioSegmentModel(self, with_case=True,
                                             theme_label=lambda s: self._theme_label(s.theme_id))
        self.audio_table = record_table(self.audio_model, self.tr("Coded audio segments"),
                                        "audio-segment-list")
        self.audio_table.activated.connect(self._audio_activated)
        self.audio_player = SegmentPlayer(self)
        self.audio_label = QLabel()
        self.audio_label.setWordWrap(True)
        box = QWidget()
        box.setObjectName("audio-segments")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.audio_label)
        layout.addWidget(self.audio_table)
        box.setVisible(False)
        self.audio_box = box
        return box

    # --- vault lifecycle ------------------------------------------------------------------

    def attach(self, session: VaultSession) -> None:
        self.session = session
        session.changed.connect(self._changed)
        self._load_themes()
        self._filters_stale = True  # read when the page is first shown, not on unlock
        if self.isVisible():
            self._load_filters()
        self._show_empty(self._start_text())

    def _changed(self, change: Change) -> None:
        if change.action.startswith(("theme.", "codebook.")):
            self._load_themes()
        else:
            self._filters_stale = True  # attributes or coders may have changed
            if self.isVisible():
                self._load_filters()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self._filters_stale:
            self._load_filters()
        super().showEvent(event)

    def detach(self) -> None:
        self.session = None
        self.audio_player.stop()
        self.audio_model.clear()
        self.audio_box.setVisible(False)
        self.themes.clear()
        self.model.clear()
        self.count.clear()
        for combo in (self.attribute, self.value, self.coder, self.verdict):
            combo.clear()
        self._show_empty(self._start_text())

    def _load_themes(self) -> None:
        if self.session is not None:
            self.themes.set_tree(self.session.theme_tree())
            self.tree.expandToDepth(0)

    def _load_filters(self) -> None:
        if self.session is None:
            return
        self._filters_stale = False
        choices = filter_choices(self.session.vault)
        self._values = choices.attributes
        self._refill(self.attribute, self.tr("Any case"), list(choices.attributes))
        self._refill(self.coder, self.tr("Any coder"), choices.coders)
        labels = (self.tr("valid"), self.tr("invalid"), self.tr("not reviewed"))
        self._refill(self.verdict, self.tr("Any review"), list(VERDICTS), labels)
        self._fill_values()

    @staticmethod
    def _refill(combo: QComboBox, anything: str, data: list[str],
                labels: tuple[str, ...] | None = None) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(anything, None)
        for number, value in enumerate(data):
            combo.addItem(labels[number] if labels else value, value)
        found = combo.findData(chosen)
        combo.setCurrentIndex(max(0, found))
        combo.blockSignals(False)

    def _fill_values(self) -> None:
        name = self.attribute.currentData()
        values = self._values.get(name, []) if name else []
        self._refill(self.value, self.tr("any value") if name else "—", values)
        self.value.setEnabled(bool(name))

    # --- choosing and retrieving ------------------------------------------------------------

    def _theme_label(self, theme_id: str) -> str:
        """A theme's name; "a+b" (a pair from Analysis) names both."""
        names = []
        for part in theme_id.split("+"):
            theme = self.themes.theme(part)
            names.append(display_name(theme) if theme else part)
        return " + ".join(names)

    def choose(self, theme_ids: list[str]) -> None:
        selection = self.tree.selectionModel()
        selection.clearSelection()
        for theme_id in theme_ids:
            index = self.themes.index_of(theme_id)
            if index.isValid():
                selection.select(index, selection.SelectionFlag.Select
                                 | selection.SelectionFlag.Rows)
                self.tree.scrollTo(index)

    def chosen(self) -> list[str]:
        rows = self.tree.selectionModel().selectedRows()
        return [index.data(ThemeTreeModel.ThemeIdRole) for index in rows]

    def filters(self) -> Filters:
        name, value = self.attribute.currentData(), self.value.currentData()
        where = ((name, value),) if name and value is not None else ()
        coder, verdict = self.coder.currentData(), self.verdict.currentData()
        return Filters(coders=(coder,) if coder else (),
                       verdicts=(verdict,) if verdict else (), where=where)

    def _refilter(self) -> None:
        """Retrieve again when a filter changed what a retrieval would ask for."""
        if self.session is not None and self._has_retrieved and \
                self.filters() != self._last_filters:
            self.retrieve()

    def retrieve(self) -> None:
        if self.session is None:
            return
        vault, theme_ids = self.session.vault, self.chosen()
        filters, subthemes = self.filters(), self.subthemes.isChecked()
        self._has_retrieved, self._last_filters = True, filters
        self.count.setText(self.tr("Retrieving…"))
        self.runner.run(lambda _p, _c: retrieved(vault, theme_ids, filters, subthemes),
                        self._show, lambda exc: show_error(self, exc))
        self.runner.run(lambda _p, _c: audio_retrieved(vault, theme_ids, filters, subthemes),
                        self._show_audio, lambda exc: show_error(self, exc))

    def _show_audio(self, segments: list[AudioSegment]) -> None:
        if self.session is None:
            return
        self.audio_model.set_rows(segments)
        self.audio_box.setVisible(bool(segments))
        self.audio_label.setText(self.tr("%n coded audio segment(s). Enter or double-click "
                                         "plays one from its start to its end.", "",
                                         len(segments)))

    def _audio_activated(self, index: QModelIndex) -> None:
        if self.session is None or not index.isValid():
            return
        segment = self.audio_model.row(index.row())
        try:
            if not self.audio_player.play(self.session.vault, segment):
                self.audio_label.setText(self.tr("Playing recordings needs Qt Multimedia, "
                                                 "which this installation lacks."))
        except FieldvaultError as exc:
            show_error(self, exc)

    def _show(self, result: tuple[list[Segment], int]) -> None:
        if self.session is None:
            return
        segments, total = result
        self.model.set_rows(segments)
        cases = len({s.case_code for s in segments})
        if not segments:
            self._show_empty(self._nothing_text(total))
            self.count.setText(self.tr("No passages."))
        else:
            self.stack.setCurrentWidget(self.table)
            self.count.setText(" ".join((
                self.tr("%n passage(s)", "", len(segments)),
                self.tr("in %n case(s).", "", cases),
                self.tr("Enter or double-click opens one in the workbench."))))
        self.retrieved.emit(len(segments))

    def _start_text(self) -> str:
        return self.tr("Choose themes on the left (or none for every theme), narrow the "
                       "passages with the filters above if you like, and press Retrieve.")

    def _nothing_text(self, total: int) -> str:
        if total == 0:
            return self.tr("Nothing is coded yet. Open a case in the Workbench, select a "
                           "passage and give it a theme; coded passages appear here.")
        return self.tr("No coded passage matches these themes and filters. Choose other "
                       "themes, or set a filter back to \"Any\".")

    def _show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)

    def show_passages(self, caption: str, passages: list[Passage]) -> None:
        """Show passages found elsewhere (an Analysis cell) instead of a theme selection."""
        if self.session is None:
            return
        self.tree.selectionModel().clearSelection()
        segments = from_passages(self.session.vault, passages)
        self.model.set_rows(segments)
        self._has_retrieved = False
        if segments:
            self.stack.setCurrentWidget(self.table)
        else:
            self._show_empty(self.tr("No passage in this cell."))
        cases = len({s.case_code for s in segments})
        self.count.setText(self.tr("{caption}: {n} passages in {cases} cases. Enter or "
                                   "double-click opens one in the workbench.").format(
            caption=caption, n=len(segments), cases=cases))
        self.retrieved.emit(len(segments))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            segment = self.model.row(index.row())
            self.passage_activated.emit(segment.case_code, segment.start, segment.end)

    # --- export -----------------------------------------------------------------------------

    def choose_export(self) -> None:
        if self.session is None or not (self.model.rowCount() or self.audio_model.rowCount()):
            inform(self, self.tr("Export passages"),
                   self.tr("Retrieve passages first: the export writes the passages shown."))
            return
        filters = [self.tr("CSV table (*.csv)"), self.tr("Word document (*.docx)"),
                   self.tr("OpenDocument text (*.odt)")]
        dialog = file_dialog(self, self.tr("Export the passages shown"),
                             lambda path: self.export_to(self._with_suffix(path, dialog)),
                             mode="save", name_filter=";;".join(filters))
        dialog.setObjectName("segment-export-dialog")

    @staticmethod
    def _with_suffix(path: Path, dialog: QFileDialog) -> Path:
        if path.suffix.lower() in SUFFIXES.values():
            return path
        chosen = dialog.selectedNameFilter()
        suffix = next((s for s in SUFFIXES.values() if f"*{s}" in chosen), ".csv")
        return path.with_name(path.name + suffix)

    def export_to(self, path: Path) -> None:
        """Write the passages shown to ``path`` (format from its extension), off the UI
        thread; :attr:`exported` is emitted when the file is written."""
        if self.session is None or self.exporting:
            return
        vault, segments, language = self.session.vault, self.model.rows(), current_language()
        audio = self.audio_model.rows()  # the coded audio segments shown beside them
        self.exporting = True
        self.export_button.setEnabled(False)
        self.count.setText(self.tr("Exporting {n} passages…").format(n=len(segments)))
        self.runner.run(
            lambda progress, cancel: export_segments(vault, segments, path, None, language,
                                                     progress, cancel, audio),
            self._exported, self._export_failed)

    def _exported(self, result: SegmentExport) -> None:
        self._export_done()
        self.count.setText(self.tr("Saved {n} passages to {path}; {tokens} withheld values "
                                   "appear as tokens.").format(
            n=result.passages, path=result.path, tokens=result.tokens))
        self.exported.emit(result)

    def _export_failed(self, exc: BaseException) -> None:
        self._export_done()
        self.count.setText(self.tr("Nothing was exported."))
        show_error(self, exc)

    def _export_done(self) -> None:
        self.exporting = False
        self.export_button.setEnabled(True)
