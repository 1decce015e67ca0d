"""Commit a half-typed (composing) Hangul syllable before an action reads the text.

With ibus or fcitx the syllable being composed is *preedit* text: shown, but not yet in the
widget's document. An action that reads or drops the text at that moment (code a selection,
save, lock, switch case) loses it. :func:`commit_composition` asks the platform input method
to commit; where it does not (some input contexts, the offscreen platform) the preedit
remembered by :func:`track_preedit` is committed by sending the widget the input-method event
a commit would have produced. UI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

PREEDIT = "fieldvaultPreedit"  # dynamic property: the watched widget's current preedit text


class _PreeditWatcher(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.InputMethod and isinstance(event, QInputMethodEvent):
            watched.setProperty(PREEDIT, event.preeditString())
        return False


def track_preedit(widget: QWidget) -> None:
    """Remember ``widget``'s preedit text so :func:`commit_composition` can commit it."""
    watcher = _PreeditWatcher(widget)
    widget.installEventFilter(watcher)
    widget.setProperty(PREEDIT, "")


def pending_preedit(widget: QWidget | None) -> str:
    value = widget.property(PREEDIT) if widget is not None else None
    return value if isinstance(value, str) else ""


def commit_composition(widget: QWidget | None = None) -> str:
    """Commit the composing text of ``widget`` (default: the focus widget); return it."""
    target = widget or QApplication.focusWidget()
    QGuiApplication.inputMethod().commit()
    text = pending_preedit(target)
    if target is not None and text:
        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        QCoreApplication.sendEvent(target, event)
    return text
