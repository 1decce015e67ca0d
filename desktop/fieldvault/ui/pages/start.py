"""The start page (create, open, demo) and the create-vault and recovery-code dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.store.keys import same_recovery_code
from fieldvault.ui.messages import file_dialog
from fieldvault.ui.resources import icon
from fieldvault.ui.widgets.passphrase_fields import PassphraseFields
from fieldvault.ui.widgets.recovery_code import RecoveryCodeView, print_code
from fieldvault.ui.widgets.strength import assess


class StartPage(QWidget):
    create_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start-page")
        title = QLabel(self.tr("Fieldvault"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(self.tr("An encrypted case book for interviews. Everything stays on "
                               "this computer."))
        intro.setWordWrap(True)
        self.create_button = self._button(self.tr("&Create a new vault…"), "create",
                                          self.create_requested.emit)
        self.open_button = self._button(self.tr("&Open a vault folder…"), "open",
                                        self.open_requested.emit)
        self.demo_button = self._button(self.tr("Open the &demo vault"), "demo",
                                        self.demo_requested.emit)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.recent_label = QLabel(self.tr("Recent vaults"))
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent vaults"))
        self.recent.itemActivated.connect(
            lambda item: self.recent_chosen.emit(Path(item.data(Qt.ItemDataRole.UserRole))))
        column = QVBoxLayout()
        column.addStretch(1)
        for widget in (title, intro, self.create_button, self.open_button, self.demo_button,
                       self.busy, self.status, self.recent_label, self.recent):
            column.addWidget(widget)
        column.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 2)
        outer.addStretch(1)
        self.set_recent([])

    def _button(self, text: str, icon_name: str, slot: object) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setMinimumHeight(36)
        button.clicked.connect(slot)
        return button

    def set_recent(self, paths: list[Path]) -> None:
        """Shown only when the user turned on remembering recent vaults."""
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(path.name)
            item.setToolTip(str(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.recent_label.setVisible(bool(paths))

    def set_busy(self, message: str | None) -> None:
        self.busy.setVisible(message is not None)
        self.status.setText(message or "")
        for button in (self.create_button, self.open_button, self.demo_button):
            button.setEnabled(message is None)


class CreateVaultDialog(QDialog):
    """Name, place and passphrase (twice, with a strength hint) of a new vault."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a vault"))
        self.setObjectName("create-vault-dialog")
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. interviews-2025"))
        self.folder = QLineEdit(QDir.homePath())
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(self.tr("your name or initials, as shown to reviewers"))
        self.fields = PassphraseFields(self, self._context)
        self.passphrase, self.repeat = self.fields.passphrase, self.fields.repeat
        self.meter, self.hint = self.fields.meter, self.fields.hint
        self.fields.changed.connect(self._check)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(self.tr("Create"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for field, name in ((self.name, self.tr("Vault name")),
                            (self.folder, self.tr("Folder")),
                            (self.owner, self.tr("Your name"))):
            field.setAccessibleName(name)
        self.name.textChanged.connect(self._check)
        self.folder.textChanged.connect(self._check)
        place = QHBoxLayout()
        place.addWidget(self.folder)
        place.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        folder_label = QLabel(self.tr("&Folder:"))  # a row holding a layout gets no buddy
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, place)
        form.addRow(self.tr("&Your name:"), self.owner)
        self.fields.add_rows(form, self.tr("&Passphrase:"), self.tr("&Repeat:"))
        form.addRow("", self.hint)
        form.addRow(self.buttons)
        self.setMinimumWidth(480)
        self._check()

    def _browse(self) -> None:
        file_dialog(self, self.tr("Where to keep the vault"),
                    lambda path: self.folder.setText(str(path)))

    def target(self) -> Path:
        return Path(self.folder.text().strip()) / self.name.text().strip()

    def _place_problem(self) -> str | None:
        name = self.name.text().strip()
        if not name or any(c in name for c in "/\\:"):
            return self.tr("Give the vault a name (no slashes).")
        if not Path(self.folder.text().strip()).is_dir():
            return self.tr("Choose a folder that exists.")
        target = self.target()
        if target.exists() or target.with_name(target.name + ".fieldvault").exists():
            return self.tr("A vault with this name already exists in that folder.")
        return None

    def _problem(self) -> str | None:
        return self._place_problem() or self.fields.problem()

    def _context(self) -> tuple[str, ...]:
        """Words that make a passphrase guessable for this vault."""
        return (self.name.text().strip(), self.owner.text().strip())

    def _check(self) -> None:
        strength = assess(self.passphrase.text(), self._context())
        self.meter.setValue(strength.score if self.passphrase.text() else 0)
        self.hint.setText(self._place_problem() or self.fields.hint_text())
        self.create_button.setEnabled(self._problem() is None)


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
