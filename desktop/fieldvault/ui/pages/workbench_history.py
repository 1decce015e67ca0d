"""The workbench's undo history: one :class:`QUndoStack` for the whole vault session.

Undo/Redo follow the stack (disabled when it has nothing; the keys then say "Nothing to
undo."). Undoing a step of another case opens that case first and says so. The stack moves
to the rebuilt page when the interface language changes (:meth:`take_history`,
:meth:`adopt_history`). UI thread only. Strings keep the ``WorkbenchPage`` translation
context they had before this part moved out of ``workbench.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLabel, QToolBar, QWidget

from fieldvault.core.errors import FieldvaultError
from fieldvault.ui import undo
from fieldvault.ui.messages import show_error

if TYPE_CHECKING:
    from fieldvault.ui.session import VaultSession
    from fieldvault.ui.widgets.transcript import TranscriptView


class UndoHistory(QWidget):
    """The undo part of :class:`~fieldvault.ui.pages.workbench.WorkbenchPage` (its base)."""

    undo_stack: QUndoStack
    note: QLabel
    toolbar: QToolBar
    view: TranscriptView
    session: VaultSession | None
    code: str | None
    version: int

    def open_case(self, code: str, select: tuple[int, int] | None = None) -> None:
        raise NotImplementedError

    def _undo_actions(self) -> None:
        """Undo/Redo follow the stack (disabled when it has nothing); the same keys pressed
        then say so in the status line instead of doing nothing."""
        undo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)
        redo = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        redo_keys = redo + [k for k in (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))
                            if k not in redo]
        self.undo_action = QAction(QCoreApplication.translate("WorkbenchPage", "Undo"), self)
        self.undo_action.setShortcuts(undo_keys)
        self.undo_action.triggered.connect(lambda _checked=False: self.undo())
        self.redo_action = QAction(QCoreApplication.translate("WorkbenchPage", "Redo"), self)
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.triggered.connect(lambda _checked=False: self.redo())
        self._nothing_keys: list[QShortcut] = []
        nothing_undo = QCoreApplication.translate("WorkbenchPage", "Nothing to undo.")
        nothing_redo = QCoreApplication.translate("WorkbenchPage", "Nothing to redo.")
        for keys, message in ((undo_keys, nothing_undo), (redo_keys, nothing_redo)):
            for key in keys:
                shortcut = QShortcut(key, self, lambda m=message: self.note.setText(m),
                                     context=Qt.ShortcutContext.WindowShortcut)
                self._nothing_keys.append(shortcut)
        for action in (self.undo_action, self.redo_action):
            self.toolbar.addAction(action)
        self._watch(self.undo_stack)

    def _signals(self, stack: QUndoStack) -> tuple[SignalInstance, ...]:
        return (stack.canUndoChanged, stack.canRedoChanged, stack.undoTextChanged,
                stack.redoTextChanged)

    def _watch(self, stack: QUndoStack) -> None:
        for signal in self._signals(stack):
            signal.connect(self._stack_changed)

    def _stack_changed(self, *_args: object) -> None:
        self.enable_undo()

    def take_history(self) -> QUndoStack:
        """Hand the undo history to the caller (the window rebuilds its pages in another
        language); this page keeps an empty one. Pass it to :meth:`adopt_history`."""
        stack, self.undo_stack = self.undo_stack, QUndoStack(self)
        for signal in self._signals(stack):
            signal.disconnect(self._stack_changed)
        stack.setParent(None)
        self._watch(self.undo_stack)
        return stack

    def adopt_history(self, stack: QUndoStack) -> None:
        """Continue ``stack`` (from :meth:`take_history`) as this page's undo history."""
        old, self.undo_stack = self.undo_stack, stack
        old.deleteLater()
        stack.setParent(self)
        for n in range(stack.count()):
            command = stack.command(n)
            if isinstance(command, undo.Step):
                command.on_error = self._undo_failed  # the old page is gone
        self._watch(stack)
        self.enable_undo()

    def enable_undo(self) -> None:
        """Called whenever the stack or the editing state changes."""
        usable = self.session is not None and not self.view.editing
        can_undo = usable and self.undo_stack.canUndo()
        can_redo = usable and self.undo_stack.canRedo()
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        # short labels keep the toolbar within 1024 pixels; the step is in the tooltip
        undo_label = QCoreApplication.translate("WorkbenchPage", "Undo {step}")
        redo_label = QCoreApplication.translate("WorkbenchPage", "Redo {step}")
        for action, label, step in (
                (self.undo_action, undo_label, self.undo_stack.undoText()),
                (self.redo_action, redo_label, self.undo_stack.redoText())):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = label.format(step=step) if action.isEnabled() else action.text()
            action.setToolTip(f"{tip} ({keys})")
        undo_count = len(self.undo_action.shortcuts())
        for n, shortcut in enumerate(self._nothing_keys):
            # only while the action is off, so a key never has two live owners
            shortcut.setEnabled(not (can_undo if n < undo_count else can_redo)
                                and not self.view.editing)

    def _place(self) -> undo.Place:
        return undo.Place(self.code or "", self.version)

    def undo(self) -> bool:
        """Undo the last step, opening its case first when another one is open."""
        if not self.undo_stack.canUndo() or self.view.editing:
            self.note.setText(QCoreApplication.translate("WorkbenchPage", "Nothing to undo."))
            return False
        step = self.undo_stack.command(self.undo_stack.index() - 1)
        here = QCoreApplication.translate("WorkbenchPage", "Undone: {step}.")
        there = QCoreApplication.translate("WorkbenchPage", "Undone in case {code}: {step}.")
        return self._travel(step, self.undo_stack.undo, here, there)

    def redo(self) -> bool:
        if not self.undo_stack.canRedo() or self.view.editing:
            self.note.setText(QCoreApplication.translate("WorkbenchPage", "Nothing to redo."))
            return False
        step = self.undo_stack.command(self.undo_stack.index())
        here = QCoreApplication.translate("WorkbenchPage", "Redone: {step}.")
        there = QCoreApplication.translate("WorkbenchPage", "Redone in case {code}: {step}.")
        return self._travel(step, self.undo_stack.redo, here, there)

    def _travel(self, step: QUndoCommand, move: Callable[[], None], here: str,
                there: str) -> bool:
        code = getattr(step, "case_code", None)
        text = step.text()
        switched = isinstance(code, str) and code != self.code
        if isinstance(code, str) and switched:
            self.open_case(code)
        move()
        self.note.setText((there if switched else here).format(code=code, step=text))
        return True

    def _push(self, make: Callable[[], QUndoCommand]) -> bool:
        try:
            command = make()
        except FieldvaultError as exc:
            show_error(self, exc)
            return False
        self.undo_stack.push(command)
        return True

    def _undo_failed(self, exc: FieldvaultError) -> None:
        show_error(self, exc)

