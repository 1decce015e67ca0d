"""A read-mostly text view whose offsets are code points of the transcript.

Shared by the coding workbench and the privacy review: Qt counts UTF-16 units, the core
counts code points; :class:`OffsetBridge` converts. Text copied or dragged out is tagged so
clipboard managers do not keep it, and announced through ``copied`` so the window can clear
the clipboard later. Subclasses say what a tooltip shows at a position.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QPoint, Signal
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QToolTip

from fieldvault.ui.widgets.offsets import OffsetBridge


class SpanTextView(QPlainTextEdit):
    copied = Signal(str)  # text put on the clipboard (or dragged) from the transcript

    _bridge: OffsetBridge

    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._bridge.to_qt(start))
        cursor.setPosition(self._bridge.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def selection_range(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._bridge.to_py(cursor.selectionStart())
        end = self._bridge.to_py(cursor.selectionEnd())
        return (start, end) if end > start else None

    def select_range(self, start: int, end: int) -> None:
        self.setTextCursor(self._cursor(start, end))
        self.centerCursor()

    def position_at(self, point: QPoint) -> int:
        return self._bridge.to_py(self.cursorForPosition(point).position())

    def tooltip_at(self, position: int) -> str:
        """What the tooltip says at a code-point position ('' for none)."""
        return ""

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802
        data = super().createMimeDataFromSelection()
        data.setData("x-kde-passwordManagerHint", b"secret")  # clipboard managers: do not keep
        if data.hasText():
            self.copied.emit(data.text())
        return data

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tooltip_at(self.position_at(event.pos()))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)
