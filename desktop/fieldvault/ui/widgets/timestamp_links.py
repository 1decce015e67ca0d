"""Timestamps in the transcript (``[00:12:31]``, ``[12:31]``) as links into the recording.

Ctrl+click on a timestamp, or the workbench's "Play from timestamp" key with the text cursor
on one, calls ``play(milliseconds)``. While Ctrl is held over a timestamp the mouse pointer is
a pointing hand. A plain click keeps placing the cursor and selecting text as before. The
view's text is the core's; offsets are code points (:mod:`fieldvault.core.timestamps`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent

from fieldvault.core.timestamps import stamp_at
from fieldvault.ui.widgets.transcript import TranscriptView


class TimestampLinks(QObject):
    def __init__(self, view: TranscriptView, play: Callable[[int], object]) -> None:
        super().__init__(view)
        self.view, self.play = view, play
        view.viewport().installEventFilter(self)
        view.viewport().setMouseTracking(True)

    def at_cursor(self) -> bool:
        """Play from the timestamp at the text cursor; False if there is none."""
        stamp = stamp_at(self.view.text, self.view.cursor_position())
        if stamp is None:
            return False
        self.play(stamp.ms)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if not isinstance(event, QMouseEvent) or self.view.editing:
            return False
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        stamp = stamp_at(self.view.text, self.view.position_at(event.position().toPoint()))
        if kind == QEvent.Type.MouseMove:
            shape = (Qt.CursorShape.PointingHandCursor if ctrl and stamp is not None
                     else Qt.CursorShape.IBeamCursor)
            self.view.viewport().setCursor(shape)
            return False
        if (kind == QEvent.Type.MouseButtonPress and ctrl and stamp is not None
                and event.button() == Qt.MouseButton.LeftButton):
            self.play(stamp.ms)
            return True  # no cursor move or selection under the link
        return False
