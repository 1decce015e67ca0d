"""Retrieve: every coded passage of the chosen themes across cases, with context."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.records.codings import Passage
from fieldvault.core.vault import Change, Vault
from fieldvault.ui.messages import show_error
from fieldvault.ui.models.records import PassageColumn, PassageModel
from fieldvault.ui.models.themes import ThemeColumn, ThemeTreeModel, display_name
from fieldvault.ui.session import VaultSession
from fieldvault.ui.tasks import TaskRunner
from fieldvault.ui.widgets.html_delegate import HtmlDelegate
from fieldvault.ui.widgets.tables import compact_table


def visible_passages(vault: Vault, theme_ids: list[str], subthemes: bool) -> list[Passage]:
    """Retrieved passages, without other coders' codings of cases a blind coder may not see
    yet (any thread)."""
    passages = vault.codings.retrieve(theme_ids, subthemes)
    if vault.me.role != "coder":
        return passages
    allowed: dict[str, set[str]] = {}
    for code in {p.case_code for p in passages}:
        allowed[code] = {v.id for v in vault.review.visible_codings(code)}
    return [p for p in passages if p.coding_id in allowed[p.case_code]]


class RetrievePage(QWidget):
    passage_activated = Signal(str, int, int)  # case code, start, end
    retrieved = Signal(int)  # number of passages shown

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retrieve-page")
        self.runner = runner
        self.session: VaultSession | None = None
        self.themes = ThemeTreeModel(self)
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
        self.go.setToolTip(self.tr("Retrieve the passages of the selected themes (Ctrl+Enter)"))
        self.go.clicked.connect(self.retrieve)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.retrieve,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.model = PassageModel(self, self._theme_label)
        self.table = QTableView()
        self.table.setObjectName("passage-table")
        self.table.setAccessibleName(self.tr("Retrieved passages"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(PassageColumn.PASSAGE, HtmlDelegate(self.table))
        compact_table(self.table)
        header = self.table.horizontalHeader()
        header.resizeSection(PassageColumn.CASE, 80)
        header.resizeSection(PassageColumn.THEME, 180)
        header.setStretchLastSection(True)
        self.table.activated.connect(self._activated)
        self.count = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Themes (Ctrl+click for several)")))
        left_layout.addWidget(self.tree, 1)
        controls = QHBoxLayout()
        controls.addWidget(self.subthemes)
        controls.addWidget(self.go)
        left_layout.addLayout(controls)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.count)
        right_layout.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([360, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def attach(self, session: VaultSession) -> None:
        self.session = session
        session.changed.connect(self._changed)
        self._load_themes()

    def _changed(self, change: Change) -> None:
        if change.action.startswith(("theme.", "codebook.")):
            self._load_themes()

    def detach(self) -> None:
        self.session = None
        self.themes.clear()
        self.model.clear()
        self.count.clear()

    def _load_themes(self) -> None:
        if self.session is not None:
            self.themes.set_tree(self.session.theme_tree())
            self.tree.expandToDepth(0)

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

    def retrieve(self) -> None:
        theme_ids = self.chosen()
        if self.session is None or not theme_ids:
            self.count.setText(self.tr("Select one or more themes first."))
            return
        vault = self.session.vault
        subthemes = self.subthemes.isChecked()
        self.count.setText(self.tr("Retrieving…"))
        self.runner.run(lambda _p, _c: visible_passages(vault, theme_ids, subthemes),
                        self._show, lambda exc: show_error(self, exc))

    def _show(self, passages: list[Passage]) -> None:
        if self.session is None:
            return
        self.model.set_rows(passages)
        cases = len({p.case_code for p in passages})
        self.count.setText(" ".join((
            self.tr("%n passage(s)", "", len(passages)),
            self.tr("in %n case(s).", "", cases),
            self.tr("Enter or double-click opens one in the workbench."))))
        self.retrieved.emit(len(passages))

    def show_passages(self, caption: str, passages: list[Passage]) -> None:
        """Show passages found elsewhere (an Analysis cell) instead of a theme selection."""
        if self.session is None:
            return
        self.tree.selectionModel().clearSelection()
        self.model.set_rows(passages)
        cases = len({p.case_code for p in passages})
        self.count.setText(self.tr("{caption}: {n} passages in {cases} cases. Enter or "
                                   "double-click opens one in the workbench.").format(
            caption=caption, n=len(passages), cases=cases))
        self.retrieved.emit(len(passages))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            passage = self.model.row(index.row())
            self.passage_activated.emit(passage.case_code, passage.start, passage.end)
