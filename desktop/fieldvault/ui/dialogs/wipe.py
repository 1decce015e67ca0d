"""Vault → Wipe this vault for good…: the panic wipe, confirmed by typing the vault's name.

The dialog says what is destroyed and what a drive may still keep, and enables its button
only when the typed name matches. :class:`WipeActions` then locks the vault (the key leaves
memory), runs :func:`fieldvault.core.wipe.wipe_vault` on a worker (no Cancel: the key files
go first, in milliseconds), forgets the vault in the recent list and shows the start page.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.wipe import WipeReport, wipe_vault
from fieldvault.ui.messages import fit_resize, inform, show_error

if TYPE_CHECKING:
    from fieldvault.ui.mainwindow import MainWindow


class WipeDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wipe-dialog")
        self.setWindowTitle(self.tr("Wipe this vault for good"))
        self.path = path
        self.word = path.name.removesuffix(".fieldvault")
        self.warning = QLabel(self.tr(
            "This destroys the vault “{name}” at once: every key slot, the recovery code, the "
            "identity key and every record. Its key files and database are overwritten with "
            "random bytes and removed, with the copies in its backups folder. No passphrase "
            "and no recovery code can bring it back.").format(name=self.word))
        self.storage = QLabel(self.tr(
            "What a drive may still keep: an SSD or flash drive writes to fresh cells (wear "
            "levelling), so old blocks of the key files may survive until the drive reuses "
            "them. They are encrypted and guarded by your passphrase; full-disk encryption "
            "(BitLocker, FileVault, LUKS) makes such leftovers useless, so keep it on. Backups "
            "you wrote elsewhere and exports are not touched."))
        self.prompt = QLabel(self.tr("Type the vault's name, {name}, to confirm:").format(
            name=self.word))
        for label in (self.warning, self.storage, self.prompt):
            label.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Vault name to confirm"))
        self.prompt.setBuddy(self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.wipe_button = QPushButton(self.tr("&Wipe for good"))
        self.wipe_button.setEnabled(False)
        self.wipe_button.setAutoDefault(False)
        buttons.addButton(self.wipe_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.wipe_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(
            lambda text: self.wipe_button.setEnabled(text.strip() == self.word))
        column = QVBoxLayout(self)
        for widget in (self.warning, self.storage, self.prompt, self.name, buttons):
            column.addWidget(widget)
        fit_resize(self, 560, 380)
        self.name.setFocus()


class WipeActions(QObject):
    """The Wipe menu action of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = window._action("vault", self.tr("&Wipe this vault for good…"), None,
                                     self.ask)
        window.stack.currentChanged.connect(self.enable)
        self.enable()

    def enable(self, _index: int = 0) -> None:
        self.action.setEnabled(self.target() is not None)

    def target(self) -> Path | None:
        """The open vault, or the one on the unlock page; None when there is none."""
        window = self.window
        if window.session is not None:
            return window.session.path
        if window.stack.currentWidget() is window.unlock_page:
            return window.unlock_page.path
        return None

    def ask(self) -> WipeDialog | None:
        path = self.target()
        if path is None:
            return None
        dialog = WipeDialog(path, self.window)
        dialog.accepted.connect(lambda: self.wipe(path))
        dialog.open()
        return dialog

    def wipe(self, path: Path) -> None:
        window = self.window
        window.lock()  # the key leaves memory before any file is touched:
        window.unlock_page.clear()
        closer = window.closer  # the worker waits until the closing thread has zeroed it

        def job(_progress: object, _cancelled: object) -> WipeReport:
            closer.wait()
            return wipe_vault(path)

        window.runner.run(job, self._wiped, self._failed)

    def _wiped(self, report: WipeReport) -> None:
        window = self.window
        window.settings.forget_recent(Path(report.vault))
        window.unlock_page.path = None
        window._show_start()
        left = self.tr(" These files are not Fieldvault's and were left in place: {files}."
                       ).format(files=", ".join(report.left)) if report.left else ""
        inform(window, self.tr("Vault wiped"), self.tr(
            "The vault “{name}” is destroyed: {keys} key file(s) and {data} database file(s) "
            "were overwritten with random bytes and removed. It cannot be opened any more."
            ).format(name=Path(report.vault).name.removesuffix(".fieldvault"),
                     keys=len(report.key_files), data=len(report.other_files)) + left)

    def _failed(self, exc: BaseException) -> None:
        self.window._show_start()
        show_error(self.window, exc)
