"""Preferences: interface language, idle lock time and whether to remember recent vaults."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from fieldvault.ui.i18n import LANGUAGES, NATIVE_NAMES, SYSTEM, system_language
from fieldvault.ui.settings import Settings


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("preferences-dialog")
        self.settings = settings
        self.language = QComboBox()
        self.language.setObjectName("preferences-language")
        self.language.addItem(self.tr("As the system ({language})").format(
            language=NATIVE_NAMES[system_language()]), SYSTEM)
        for code in LANGUAGES:
            self.language.addItem(NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setAccessibleName(self.tr("Interface language"))
        self.pseudo = QCheckBox(self.tr("Pseudo-localisation (longer, accented text, for "
                                        "testing layouts)"))
        self.pseudo.setChecked(settings.pseudo_l10n)
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
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.pseudo)
        form.addRow(self.tr("Lock after &idle time:"), self.idle)
        form.addRow(self.recent)
        form.addRow(warning)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def accept(self) -> None:
        self.settings.language = str(self.language.currentData())
        self.settings.pseudo_l10n = self.pseudo.isChecked()
        self.settings.idle_lock_minutes = self.idle.value()
        self.settings.remember_recent = self.recent.isChecked()
        self.settings.sync()
        super().accept()
