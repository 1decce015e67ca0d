"""Messages and file dialogs that never block the event loop and leave no trace on disk.

Every box is opened with ``open()`` (window-modal, non-blocking) and answers through a
callback. File dialogs are Qt's own (``DontUseNativeDialog``: GTK's dialog records chosen
files in ``recently-used.xbel``); Qt's dialog in turn writes its folder history to the
``QtProject`` settings when destroyed, so that history is scrubbed afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from fieldvault.core.errors import FieldvaultError

_QT_HISTORY_KEYS = ("FileDialog/history", "FileDialog/lastVisited")


def inform(parent: QWidget | None, title: str, text: str,
           warning: bool = False) -> QMessageBox:
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setObjectName("fieldvault-message")
    box.open()
    return box


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """A calm one-sentence box for expected failures; anything else is a bug and re-raised."""
    if not isinstance(exc, FieldvaultError):
        raise exc
    return inform(parent, QCoreApplication.translate(
            "Dialogs", "Fieldvault"), str(exc), warning=True)


def ask(parent: QWidget | None, title: str, text: str, choices: list[str],
        on_answer: Callable[[int | None], object]) -> QMessageBox:
    """Offer ``choices`` plus Cancel; ``on_answer`` gets the chosen index or None."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setObjectName("fieldvault-question")
    buttons = [box.addButton(label, QMessageBox.ButtonRole.AcceptRole) for label in choices]
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered() -> None:
        clicked = box.clickedButton()
        on_answer(buttons.index(clicked) if clicked in buttons else None)

    box.finished.connect(answered)
    box.open()
    return box


def scrub_qt_dialog_history() -> None:
    """Forget the folders Qt's file dialog remembered (they name vaults and exports)."""
    store = QSettings(QSettings.Scope.UserScope, "QtProject")
    for key in _QT_HISTORY_KEYS:
        store.remove(key)
    store.sync()


def file_dialog(parent: QWidget | None, caption: str, on_chosen: Callable[[Path], object],
                mode: str = "directory", name_filter: str = "") -> QFileDialog:
    """Open Qt's own file dialog; ``mode`` is ``directory``, ``open`` or ``save``."""
    dialog = QFileDialog(parent, caption)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setObjectName("fieldvault-file-dialog")
    if mode == "directory":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    elif mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if name_filter:
        dialog.setNameFilter(name_filter)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.destroyed.connect(lambda *_: scrub_qt_dialog_history())

    def chosen(name: str) -> None:
        if name:
            on_chosen(Path(name))

    dialog.fileSelected.connect(chosen)
    dialog.open()
    return dialog


def busy(parent: QWidget | None, title: str, text: str,
         cancel: str | None = None) -> QProgressDialog:
    """A window-modal progress dialog (indeterminate until told a total).

    Without ``cancel`` it has no Cancel button: for work that writes in one transaction and
    therefore either finishes or changes nothing.
    """
    progress = QProgressDialog(text, cancel or "", 0, 0, parent)
    if cancel is None:
        progress.setCancelButton(None)
    progress.setObjectName("fieldvault-progress")
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setMinimumDuration(0)
    progress.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    progress.show()
    return progress


def fit_resize(widget: QWidget, width: int, height: int) -> None:
    """Resize to ``width`` x ``height``, but never beyond 95 % x 88 % of the available screen
    (a 1024x640 laptop screen must still show a dialog's buttons)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width() * 95 // 100), min(height, room.height() * 88 // 100)
    widget.resize(width, height)
