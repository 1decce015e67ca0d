"""Search: hits in transcripts, memos and themes with highlighted snippets and filters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.search.service import SearchResult
from fieldvault.ui.messages import show_error
from fieldvault.ui.models.records import SearchColumn, SearchModel
from fieldvault.ui.models.search_cells import SnippetCells, prepare
from fieldvault.ui.models.themes import display_name
from fieldvault.ui.session import VaultSession
from fieldvault.ui.tasks import TaskHandle, TaskRunner
from fieldvault.ui.widgets.html_delegate import HtmlDelegate
from fieldvault.ui.widgets.tables import compact_table

LIMIT = 200


class SearchPage(QWidget):
    hit_activated = Signal(object)  # SearchResult
    searched = Signal(int)  # number of hits shown

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search-page")
        self.runner = runner
        self.session: VaultSession | None = None
        self._running: TaskHandle | None = None
        self.query = QLineEdit()
        self.query.setObjectName("search-query")
        self.query.setAccessibleName(self.tr("Search text"))
        self.query.setPlaceholderText(self.tr('Words, "a phrase" or a prefix* — any of '
                                              'English, 한국어, русский'))
        self.query.setClearButtonEnabled(True)
        self.query.returnPressed.connect(self.search)
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Only cases coded with theme"))
        self.attribute = QComboBox()
        self.attribute.setAccessibleName(self.tr("Only cases with attribute"))
        self.attribute_value = QLineEdit()
        self.attribute_value.setAccessibleName(self.tr("Attribute value"))
        self.attribute_value.setPlaceholderText(self.tr("value"))
        self.attribute_value.returnPressed.connect(self.search)
        self.go = QPushButton(self.tr("&Search"))
        self.go.clicked.connect(self.search)
        self.model = SearchModel(self)
        self.table = QTableView()
        self.table.setObjectName("search-results")
        self.table.setAccessibleName(self.tr("Search results"))
        self.table.setModel(self.model)
        self.snippets = HtmlDelegate(self.table)
        self.table.setItemDelegateForColumn(SearchColumn.SNIPPET, self.snippets)
        self.model.modelReset.connect(self.snippets.forget)  # new rows, or none (lock)
        compact_table(self.table)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)  # the kind and case columns: _fit_columns
        self.table.activated.connect(self._activated)
        self.count = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.query, 3)
        bar.addWidget(self.go)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Theme:")))
        filters.addWidget(self.theme, 2)
        filters.addWidget(QLabel(self.tr("Attribute:")))
        filters.addWidget(self.attribute, 1)
        filters.addWidget(self.attribute_value, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        self._reset_filters()

    def _reset_filters(self) -> None:
        self.theme.clear()
        self.theme.addItem(self.tr("Any theme"), None)
        self.attribute.clear()
        self.attribute.addItem(self.tr("Any attribute"), None)
        self.attribute_value.clear()

    def attach(self, session: VaultSession) -> None:
        self.session = session
        self.refresh_filters()

    def detach(self) -> None:
        self.session = None
        self._running = None
        self.model.clear()
        self.query.clear()
        self.count.clear()
        self._reset_filters()

    def refresh_filters(self) -> None:
        if self.session is None:
            return
        vault = self.session.vault
        self._reset_filters()
        for node in self.session.theme_tree():
            self.theme.addItem("  " * node.depth + display_name(node.theme), node.theme.id)
        for definition in vault.cases.attribute_defs():
            self.attribute.addItem(definition.name, definition.name)

    def filters(self) -> tuple[list[str] | None, dict[str, Any] | None]:
        theme = self.theme.currentData()
        name = self.attribute.currentData()
        value = self.attribute_value.text().strip()
        return ([theme] if theme else None,
                {name: value} if name is not None and value else None)

    def search(self) -> None:
        text = self.query.text().strip()
        if self.session is None or not text:
            return
        if self._running is not None:
            self._running.cancel()
        search = self.session.vault.search
        themes, attributes = self.filters()
        self.count.setText(self.tr("Searching…"))
        rows = self._rows_shown()

        def job(_p: object, _c: object) -> tuple[list[SearchResult], list[SnippetCells]]:
            # worker thread: the query, then the snippets of the rows shown first, so the
            # UI thread only paints strings (the core computes a snippet on first use)
            hits = search.query(text, themes=themes, attributes=attributes, limit=LIMIT)
            return hits, prepare(hits, rows)

        self._running = self.runner.run(
            job, lambda found: self._show(text, *found), lambda exc: show_error(self, exc))

    def _rows_shown(self) -> int:
        """How many rows the table shows at once, plus one screen more (UI thread)."""
        height = max(1, self.table.verticalHeader().defaultSectionSize())
        return 2 * (max(self.table.viewport().height(), 600) // height + 1)

    def _show(self, text: str, hits: list[SearchResult],
              prepared: list[SnippetCells] | None = None) -> None:
        if self.session is None or text != self.query.text().strip():
            return  # a newer query is on its way
        self._running = None
        self.model.set_rows(hits, prepared)
        self._fit_columns()
        more = self.tr(" (first {n})").format(n=LIMIT) if len(hits) >= LIMIT else ""
        self.count.setText(self.tr("%n hit(s){more}. Enter or double-click opens a hit.", "",
                                   len(hits)).format(more=more))
        self.searched.emit(len(hits))

    def _fit_columns(self) -> None:
        """The kind and case columns as wide as their widest text among all hits, or their
        header (UI thread). The distinct texts are few and measured here: sizing the columns
        to their contents asked the model for every cell of every hit, and sizing them from
        the rows in view cut a longer label ("case details" in Russian) further down."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        margin = 2 * (self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin)
                      + 1) + 8
        for column in (SearchColumn.KIND, SearchColumn.CASE):
            texts = {self.model.cell(hit, column, Qt.ItemDataRole.DisplayRole)
                     for hit in self.model.rows()}
            widest = max((metrics.horizontalAdvance(t) for t in texts), default=0) + margin
            header.resizeSection(column, max(widest, header.sectionSizeHint(column)))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.hit_activated.emit(self.model.row(index.row()))
