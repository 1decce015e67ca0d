"""Memos on one target (a case, a theme or a coding): list, write, edit, delete."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.errors import FieldvaultError
from fieldvault.core.store.models import Memo
from fieldvault.ui.messages import show_error
from fieldvault.ui.models.records import MemoModel
from fieldvault.ui.session import VaultSession
from fieldvault.ui.widgets.ime import commit_composition, track_preedit
from fieldvault.ui.widgets.tables import record_table


class MemoPanel(QWidget):
    changed = Signal()

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: VaultSession | None = None
        self.kind: str | None = None
        self.target: str | None = None
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.model = MemoModel(self)
        self.table = record_table(self.model, heading)
        self.table.selectionModel().selectionChanged.connect(self._picked)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Memo text"))
        self.editor.setPlaceholderText(self.tr("Write a memo…"))
        self.editor.setMaximumHeight(110)
        track_preedit(self.editor)
        self.add_button = QPushButton(self.tr("Add memo"))
        self.add_button.clicked.connect(self.add)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.editor)
        layout.addLayout(buttons)
        self._enable()

    def set_target(self, session: VaultSession | None, kind: str | None, target: str | None,
                   heading: str | None = None, rows: list[Memo] | None = None) -> None:
        """Show the memos on ``target``: ``rows`` when the caller has just read them."""
        self.session, self.kind, self.target = session, kind, target
        if heading is not None:
            self.heading.setText(heading)
        self.reload(rows)

    def reload(self, rows: list[Memo] | None = None) -> None:
        if self.session is None or self.kind is None or self.target is None:
            self.model.clear()
        else:
            self.model.set_rows(rows if rows is not None
                                else self.session.vault.memos.for_target(self.kind, self.target))
        self.editor.clear()
        self._enable()

    def clear(self) -> None:
        self.set_target(None, None, None)

    def select_memo(self, memo_id: str) -> bool:
        """Select the memo ``memo_id`` in the list (its text goes to the editor); False if
        this panel does not show it."""
        for number, memo in enumerate(self.model.rows()):
            if memo.id == memo_id:
                self.table.selectRow(number)
                self.table.scrollTo(self.model.index(number, 0))
                return True
        return False

    def _current(self) -> Memo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _picked(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        memo = self._current()
        self.editor.setPlainText(memo.text if memo else "")
        self._enable()

    def _enable(self) -> None:
        ready = self.target is not None
        self.editor.setEnabled(ready)
        self.add_button.setEnabled(ready)
        selected = self._current() is not None
        self.save_button.setEnabled(ready and selected)
        self.delete_button.setEnabled(ready and selected)

    def _run(self, action: str) -> None:
        if self.session is None or self.kind is None or self.target is None:
            return
        memos = self.session.vault.memos
        memo = self._current()
        try:
            if action == "add":
                memos.add(self.kind, self.target, self.editor.toPlainText())
            elif action == "save" and memo is not None:
                memos.edit(memo.id, self.editor.toPlainText())
            elif action == "delete" and memo is not None:
                memos.delete(memo.id)
        except FieldvaultError as exc:
            show_error(self, exc)
            return
        self.reload()
        self.changed.emit()

    def add(self) -> None:
        commit_composition(self.editor)
        self._run("add")

    def save(self) -> None:
        commit_composition(self.editor)
        self._run("save")

    def delete(self) -> None:
        self._run("delete")
