"""The recovery code, shown once after it is made: three unbroken lines, printable, and
confirmed by typing it again before the dialog may close."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.store.keys import same_recovery_code
from fieldvault.ui.widgets.recovery_code import RecoveryCodeView, print_code


class RecoveryCodeDialog(QDialog):
    """Shows the recovery code once; Continue needs the code typed again (and so does
    closing the dialog). The code can be printed; it is dropped from the widgets when the
    dialog is done."""

    def __init__(self, code: str, parent: QWidget | None = None, vault_name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery code"))
        self.setObjectName("recovery-code-dialog")
        self.vault_name = vault_name
        explain = QLabel(self.tr(
            "Write this code on paper (or print it) and keep it apart from the computer. It "
            "opens the vault if the passphrase is forgotten. It is shown only now and is not "
            "stored anywhere."))
        explain.setWordWrap(True)
        self.code = RecoveryCodeView(code)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_code)
        retype_label = QLabel(self.tr("&Type the code again to confirm that you have it:"))
        retype_label.setWordWrap(True)
        self.retype = QLineEdit()
        self.retype.setAccessibleName(self.tr("Recovery code, typed again"))
        self.retype.setPlaceholderText("XXXX-XXXX-XXXX-…")
        retype_label.setBuddy(self.retype)
        self.retype.textChanged.connect(self._compare)
        self.mismatch = QLabel()
        self.mismatch.setWordWrap(True)
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setEnabled(False)
        self.continue_button.clicked.connect(self.accept)
        self.retype.returnPressed.connect(self.continue_button.click)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        for widget in (explain, self.code, retype_label, self.retype, self.mismatch):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)

    @property
    def confirmed(self) -> bool:
        return bool(self.code.code) and same_recovery_code(self.retype.text(), self.code.code)

    def _compare(self) -> None:
        self.continue_button.setEnabled(self.confirmed)
        typed = "".join(ch for ch in self.retype.text() if ch.isalnum())
        self.mismatch.setText(self.tr("That is not the same code; compare it group by group.")
                              if len(typed) >= 36 and not self.confirmed else "")

    def print_code(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        chooser = QPrintDialog(printer, self)
        chooser.setWindowTitle(self.tr("Print the recovery code"))
        if chooser.exec() == QDialog.DialogCode.Accepted:
            print_code(self.code.code, printer, self.vault_name)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and not self.confirmed:
            event.ignore()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if self.confirmed:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.confirmed:
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.code.wipe()  # drop the code from the widgets once it is dismissed
        self.retype.clear()
        super().done(result)
