"""Preferences: idle lock time and whether to remember recent vaults."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from fieldvault.ui.settings import Settings


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("preferences-dialog")
        self.settings = settings
        self.idle = QSpinBox()
        self.idle.setRange(1, 240)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(settings.idle_lock_minutes)
        self.idle.setAccessibleName(self.tr("Lock after idle minutes"))
        self.recent = QCheckBox(self.tr("Remember recently opened vaults"))
        self.recent.setChecked(settings.remember_recent)
        self.recent.setAccessibleName(self.tr("Remember recent vaults"))
        warning = QLabel(self.tr("The list of recent vaults is kept in the settings file "
                                 "unencrypted; anyone who can read this computer sees the "
                                 "vault folder names. Turning it off forgets the list."))
        warning.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Lock after &idle time:"), self.idle)
        form.addRow(self.recent)
        form.addRow(warning)
        form.addRow(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        self.settings.idle_lock_minutes = self.idle.value()
        self.settings.remember_recent = self.recent.isChecked()
        self.settings.sync()
        super().accept()
