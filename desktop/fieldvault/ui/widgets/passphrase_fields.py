"""A new passphrase typed twice, with a strength meter and one hint line.

Used by the create-vault dialog and the new-passphrase dialog. The floor is the core's
(:mod:`fieldvault.core.passphrase`, via :mod:`fieldvault.ui.widgets.strength`). "The two
passphrases differ" appears only once the second field has content that cannot be the start
of the first (so never while the first is being typed, nor while the second is on its way).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from fieldvault.ui.widgets.strength import assess


class PassphraseFields(QObject):
    changed = Signal()

    def __init__(self, parent: QWidget, context: Callable[[], tuple[str, ...]] = tuple) -> None:
        super().__init__(parent)
        self._context = context
        self.passphrase = QLineEdit(parent)
        self.repeat = QLineEdit(parent)
        for field, name in ((self.passphrase, self.tr("Passphrase")),
                            (self.repeat, self.tr("Repeat passphrase"))):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(name)
            field.textChanged.connect(self.refresh)
        self.meter = QProgressBar(parent)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.hint = QLabel(parent)
        self.hint.setWordWrap(True)

    def add_rows(self, form: QFormLayout, first: str, second: str) -> None:
        for text, field in ((first, self.passphrase), (second, self.repeat)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.meter)

    def differ(self) -> bool:
        """The second field has content and is not on its way to match the first."""
        first, second = self.passphrase.text(), self.repeat.text()
        return bool(second) and second != first and not first.startswith(second)

    def problem(self) -> str | None:
        """Why the pair cannot be used yet (None when it can)."""
        strength = assess(self.passphrase.text(), self._context())
        if not strength.acceptable:
            return strength.label
        if self.differ():
            return self.tr("The two passphrases differ.")
        if self.repeat.text() != self.passphrase.text():
            return self.tr("Type the passphrase again in the second field.")
        return None

    def hint_text(self) -> str:
        if self.differ():
            return self.tr("The two passphrases differ.")
        if not self.passphrase.text():
            return ""
        return assess(self.passphrase.text(), self._context()).label

    def refresh(self) -> None:
        strength = assess(self.passphrase.text(), self._context())
        self.meter.setValue(strength.score if self.passphrase.text() else 0)
        self.hint.setText(self.hint_text())
        self.changed.emit()

    def clear(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()
