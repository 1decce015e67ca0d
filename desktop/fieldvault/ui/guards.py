"""Idle lock and clipboard hygiene.

:class:`IdleWatcher` watches every input event of the application and emits ``idle`` when
none arrived for the configured time; it also turns the lock key (Ctrl+L) pressed in *any*
window, including an open dialog that blocks the main window's shortcuts, into
``lock_key_pressed``. :class:`ClipboardGuard` remembers text copied out of a
transcript and clears the clipboard after a delay, on lock and on quit, but only while the
clipboard still holds that text (so it never wipes something the user copied elsewhere).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress, QEvent.Type.Shortcut,
})


class IdleWatcher(QObject):
    idle = Signal()
    lock_key_pressed = Signal()
    LOCK_KEY = QKeySequence("Ctrl+L")

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.idle)
        self._armed = False

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timer.setInterval(max(10, timeout_ms))
        if self._armed:
            self._timer.start()

    def arm(self) -> None:
        """Start watching (the vault is open)."""
        app = QGuiApplication.instance()
        if app is not None and not self._armed:
            app.installEventFilter(self)
        self._armed = True
        self._timer.start()

    def disarm(self) -> None:
        app = QGuiApplication.instance()
        if app is not None and self._armed:
            app.removeEventFilter(self)
        self._armed = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _INPUT_EVENTS:
            self._timer.start()
            if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                    and QKeySequence(event.keyCombination()) == self.LOCK_KEY):
                event.accept()
                self.lock_key_pressed.emit()
                return True
        return False


class ClipboardGuard(QObject):
    cleared = Signal()

    def __init__(self, delay_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tracked: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.clear)

    def track(self, text: str) -> None:
        """Text from a transcript was just put on the clipboard."""
        self._tracked = text
        self._timer.start()

    def clear(self) -> None:
        self._timer.stop()
        tracked, self._tracked = self._tracked, None
        clipboard = QGuiApplication.clipboard()
        if tracked is not None and clipboard is not None and clipboard.text() == tracked:
            clipboard.clear()
            self.cleared.emit()
