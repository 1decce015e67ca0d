"""The Review page: validity of codings per coder and per theme, and exchange conflicts.

The summary reads every coding and verdict, so it loads on a worker; conflicts are a short
list read on the UI thread. Both reload after changes that can affect them.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.errors import FieldvaultError
from fieldvault.core.records.review import ReviewSummary
from fieldvault.core.vault import Change
from fieldvault.ui.deferred import WhenShown
from fieldvault.ui.i18n import QT_TRANSLATE_NOOP
from fieldvault.ui.messages import show_error
from fieldvault.ui.models.review import ConflictModel, ValidityModel
from fieldvault.ui.models.themes import display_name
from fieldvault.ui.session import VaultSession
from fieldvault.ui.tasks import TaskRunner
from fieldvault.ui.widgets.tables import record_table

RELOAD_DELAY_MS = 200
WATCHED = ("coding.", "case.", "bundle.", "conflict.", "theme.", "codebook.", "member.")


class ReviewPage(QWidget):
    case_activated = Signal(str)  # case code
    loaded = Signal()  # the validity tables show the current summary

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review-page")
        self.runner = runner
        self.session: VaultSession | None = None
        self._names: dict[str, str] = {}
        self._request = 0
        self.coders = ValidityModel(self, "Coder")
        self.themes = ValidityModel(self, QT_TRANSLATE_NOOP("ValidityModel", "Theme"),
                                    self._theme_label)
        self.conflicts = ConflictModel(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RELOAD_DELAY_MS)
        self._when_shown = WhenShown(self, self.reload)  # not on unlock: when first shown
        self._timer.timeout.connect(self._when_shown.request)
        self._build()

    def _table(self, model: QAbstractItemModel, name: str) -> QTableView:
        return record_table(model, name, single=False)

    def _build(self) -> None:
        self.intro = QLabel(self.tr("How many codings a supervisor judged valid or invalid. "
                                    "The valid share leaves out codings not reviewed yet."))
        self.intro.setWordWrap(True)
        self.coder_table = self._table(self.coders, self.tr("Validity per coder"))
        self.coder_table.setObjectName("validity-coders")
        self.theme_table = self._table(self.themes, self.tr("Validity per theme"))
        self.theme_table.setObjectName("validity-themes")
        self.conflict_table = self._table(self.conflicts, self.tr("Exchange conflicts"))
        self.conflict_table.setObjectName("conflict-table")
        header = self.conflict_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.conflict_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflict_table.activated.connect(self._open_conflict_case)
        self.show_resolved = QCheckBox(self.tr("Show &resolved conflicts"))
        self.show_resolved.toggled.connect(self.load_conflicts)
        self.resolve_button = QPushButton(self.tr("Mark &resolved"))
        self.resolve_button.setToolTip(self.tr("After reconciling the case, mark the selected "
                                               "conflict resolved."))
        self.resolve_button.clicked.connect(self.resolve)
        self.conflict_note = QLabel()
        self.conflict_note.setWordWrap(True)
        tables = QSplitter(Qt.Orientation.Horizontal)
        for title, table in ((self.tr("By coder"), self.coder_table),
                             (self.tr("By theme"), self.theme_table)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(table)
            tables.addWidget(box)
        tables.setSizes([500, 500])  # equal: Russian headers of the coder table are long
        conflicts = QGroupBox(self.tr("Conflicts from imported bundles"))
        row = QHBoxLayout()
        row.addWidget(self.conflict_note, 1)
        row.addWidget(self.show_resolved)
        row.addWidget(self.resolve_button)
        box_layout = QVBoxLayout(conflicts)
        box_layout.addWidget(self.conflict_table, 1)
        box_layout.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(tables)
        split.addWidget(conflicts)
        split.setSizes([500, 180])
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(split, 1)

    # --- vault lifecycle ------------------------------------------------------------------

    def attach(self, session: VaultSession) -> None:
        self.session = session
        session.changed.connect(self._changed)
        self._when_shown.request()

    def detach(self) -> None:
        self._timer.stop()
        self._when_shown.cancel()
        self.session = None
        self._names = {}
        for model in (self.coders, self.themes, self.conflicts):
            model.clear()
        self.conflict_note.clear()

    def _changed(self, change: Change) -> None:
        if self.session is not None and change.action.startswith(WATCHED):
            self._timer.start()

    def _theme_label(self, theme_id: str) -> str:
        return self._names.get(theme_id, theme_id)

    def reload(self) -> None:
        if self.session is None:
            return
        self._names = {n.theme.id: display_name(n.theme) for n in self.session.theme_tree()}
        review = self.session.vault.review
        self._request += 1
        request = self._request
        self.runner.run(lambda _p, _c: review.summary(), lambda s: self._show(s, request),
                        lambda exc: show_error(self, exc))
        self.load_conflicts()

    def _show(self, summary: ReviewSummary, request: int) -> None:
        if self.session is None or request != self._request:
            return  # locked meanwhile, or a newer reload is on its way
        order = {theme_id: n for n, theme_id in enumerate(self._names)}  # codebook order
        self.coders.set_rows(summary.coders)
        self.themes.set_rows(sorted(summary.themes, key=lambda r: order.get(r.key, len(order))))
        self.loaded.emit()

    def load_conflicts(self) -> None:
        if self.session is None:
            return
        rows = self.session.vault.review.conflicts(self.show_resolved.isChecked())
        self.conflicts.set_rows(rows)
        open_rows = sum(1 for c in rows if not c.resolved)
        self.conflict_note.setText(self.tr("%n open conflict(s). Enter or double-click "
                                           "opens the case.", "", open_rows) if rows else
                                   self.tr("No conflicts: every import merged cleanly."))

    def resolve(self) -> bool:
        rows = self.conflict_table.selectionModel().selectedRows()
        if self.session is None or not rows:
            self.conflict_note.setText(self.tr("Select a conflict first."))
            return False
        try:
            self.session.vault.review.resolve(self.conflicts.row(rows[0].row()).id)
        except FieldvaultError as exc:
            show_error(self, exc)
            return False
        self.load_conflicts()
        return True

    def _open_conflict_case(self, index: QModelIndex) -> None:
        code = self.conflicts.row(index.row()).case_code if index.isValid() else None
        if code:
            self.case_activated.emit(code)
