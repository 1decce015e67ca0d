"""The start page (create, open, demo) and the create-vault dialog (the recovery-code
dialog it leads to lives in :mod:`fieldvault.ui.dialogs.recovery_code`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, Qt, Signal
from PySide6.QtGui import QFont
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

from fieldvault.ui.dialogs.recovery_code import RecoveryCodeDialog
from fieldvault.ui.messages import file_dialog
from fieldvault.ui.resources import icon
from fieldvault.ui.widgets.passphrase_fields import PassphraseFields
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


__all__ = ["CreateVaultDialog", "RecoveryCodeDialog", "StartPage"]
