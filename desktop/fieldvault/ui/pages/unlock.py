"""The unlock page: pick a key slot, type the passphrase (or the recovery code).

The page only collects the secret; the main window derives the key on a worker thread and
calls :meth:`UnlockPage.set_busy` / :meth:`UnlockPage.show_problem` meanwhile.

Failed unlocks within one run of the app make the next try wait longer: none after the first
:data:`FREE_TRIES` failures, then 2, 4, 8 ... seconds, at most :data:`MAX_WAIT_SECONDS`. A
successful unlock (:meth:`UnlockPage.clear`) starts the count again. This slows a person
guessing at the keyboard; copies of the files are guarded by Argon2id, not by this. While
waiting, the Unlock button counts down the seconds left, read from :attr:`UnlockPage.clock`
(``time.monotonic``; tests put their own clock there).
"""

from __future__ import annotations

import math
import time
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.errors import FieldvaultError, RecoveryCodeTypo, WrongSecret
from fieldvault.core.vault import Passphrase, RecoveryCode, SlotChoice, Unlock

FREE_TRIES = 2
MAX_WAIT_SECONDS = 60


def wait_after(failures: int) -> int:
    """Seconds before the next try after ``failures`` failed unlocks in this run."""
    if failures <= FREE_TRIES:
        return 0
    return int(min(2 ** (failures - FREE_TRIES), MAX_WAIT_SECONDS))


class UnlockPage(QWidget):
    unlock_requested = Signal(object)  # a core Unlock (Passphrase or RecoveryCode)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlock-page")
        self.path: Path | None = None
        self.failures = 0
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(self._allow_retry)
        self.clock = time.monotonic
        self.retry_at = 0.0
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._count_down)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.use_passphrase = QRadioButton(self.tr("&Passphrase"))
        self.use_recovery = QRadioButton(self.tr("&Recovery code"))
        self.use_passphrase.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.use_passphrase)
        group.addButton(self.use_recovery)
        self.use_recovery.toggled.connect(self._mode_changed)
        self.slot = QComboBox()
        self.slot.setAccessibleName(self.tr("Key slot"))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Passphrase"))
        self.secret.returnPressed.connect(self._submit)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setObjectName("unlock-problem")
        self.problem.setAccessibleName(self.tr("Unlock message"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.busy.hide()
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.clicked.connect(self.back_requested.emit)
        modes = QHBoxLayout()
        modes.addWidget(self.use_passphrase)
        modes.addWidget(self.use_recovery)
        modes.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Unlock with:"), modes)
        form.addRow(self.tr("&Slot:"), self.slot)
        form.addRow(self.tr("&Secret:"), self.secret)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.title)
        column.addLayout(form)
        for widget in (self.hint, self.busy, self.problem):
            column.addWidget(widget)
        column.addLayout(buttons)
        column.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 2)
        outer.addStretch(1)

    def prepare(self, path: Path, slots: list[SlotChoice], hint: str = "") -> None:
        """Show the page for ``path`` with its passphrase slots (no secret is read)."""
        self.path = path
        self.title.setText(self.tr("Unlock {name}").format(
            name=path.name.removesuffix(".fieldvault")))
        self.slot.clear()
        self.slot.addItem(self.tr("Any passphrase slot"), None)
        for choice in slots:
            if choice.kind == "passphrase":
                self.slot.addItem(choice.label, choice.label)
        self.use_recovery.setEnabled(any(c.kind == "recovery" for c in slots))
        self.use_passphrase.setChecked(True)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.secret.clear()
        self.problem.clear()
        self.set_busy(False)
        self.secret.setFocus()

    def _mode_changed(self, recovery: bool) -> None:
        self.slot.setEnabled(not recovery)
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if recovery
                                else QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Recovery code") if recovery
                                      else self.tr("Passphrase"))
        self.secret.clear()
        self.secret.setFocus()

    def _submit(self) -> None:
        text = self.secret.text()
        if not text or self.busy.isVisible() or self.retry_timer.isActive():
            return
        unlock: Unlock
        if self.use_recovery.isChecked():
            unlock = RecoveryCode(text)
        else:
            unlock = Passphrase(text, self.slot.currentData())
        self.problem.clear()
        self.unlock_requested.emit(unlock)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.secret, self.unlock_button, self.back_button, self.slot,
                       self.use_passphrase, self.use_recovery):
            widget.setEnabled(not busy and (widget is not self.slot
                                            or not self.use_recovery.isChecked()))
        if busy:
            self.problem.setText(self.tr("Deriving the key…"))

    def show_problem(self, exc: FieldvaultError) -> None:
        """One calm sentence in place; the secret field is cleared for another try, except
        a mistyped recovery code, which stays with the faulty group selected (a typo is
        found by the code's own checksum before any key is tried, so it costs no wait)."""
        self.set_busy(False)
        if isinstance(exc, RecoveryCodeTypo):
            self.problem.setText(self.typo_sentence(exc))
            self._select_group(exc.group)
            return
        if isinstance(exc, WrongSecret):
            what = (self.tr("That recovery code does not open this vault.")
                    if self.use_recovery.isChecked()
                    else self.tr("That passphrase does not open this vault."))
            self.problem.setText(what + " " + self.tr(
                "Check the keyboard layout and Caps Lock, then try again."))
            self.failures += 1
            self._hold_off(wait_after(self.failures))
        else:
            self.problem.setText(str(exc))
        self.secret.clear()
        self.secret.setFocus()

    def typo_sentence(self, typo: RecoveryCodeTypo) -> str:
        """Where the recovery code is mistyped, in the interface language."""
        group, place = typo.group, typo.place
        if typo.problem == "foreign" and group is not None:
            return self.tr("“{char}” in group {group} is not used in recovery codes; they "
                           "use digits and the letters A to Z without I, L, O and U.").format(
                char=typo.char, group=group)
        if typo.problem == "missing":
            return (self.tr("One character is missing in group {group} of the recovery "
                            "code.").format(group=group) if group is not None else
                    self.tr("One character of the recovery code is missing; check each "
                            "group."))
        if typo.problem == "extra":
            return (self.tr("Group {group} of the recovery code has one character too "
                            "many.").format(group=group) if group is not None else
                    self.tr("The recovery code has one character too many; check each "
                            "group."))
        if typo.problem == "wrong" and group is not None and place is not None:
            return self.tr("Typing error in the recovery code: character {place} of group "
                           "{group} is wrong. Check that group against the printed "
                           "code.").format(place=place, group=group)
        if typo.problem == "wrong" and group is not None:
            return self.tr("Typing error in the recovery code in group {group}. Check that "
                           "group against the printed code.").format(group=group)
        if typo.problem == "wrong":
            return self.tr("The recovery code has a typing error; check each group against "
                           "the printed code.")
        return self.tr("That is not a recovery code: it has %n letter(s) and digit(s), and a "
                       "code has 36.", "", typo.length)

    def _select_group(self, group: int | None) -> None:
        """Select the characters of ``group`` (counting from 1, separators skipped)."""
        self.secret.setFocus()
        if group is None:
            return
        text = self.secret.text()
        places = [i for i, ch in enumerate(text) if ch not in " -\t"]
        inside = places[(group - 1) * 4:group * 4]
        if inside:
            self.secret.setSelection(inside[0], inside[-1] + 1 - inside[0])

    def _hold_off(self, seconds: int) -> None:
        """Refuse another try for ``seconds`` (none when 0)."""
        if seconds <= 0:
            return
        self.secret.setEnabled(False)
        self.unlock_button.setEnabled(False)
        self.problem.setText(self.problem.text() + " " + self.tr(
            "Wait {seconds} seconds before the next try.").format(seconds=seconds))
        self.retry_timer.start(seconds * 1000)
        self.retry_at = self.clock() + seconds
        self.countdown.start()
        self._count_down()

    def _count_down(self) -> None:
        """Show the whole seconds left on the button; allow the next try when none are."""
        left = math.ceil(self.retry_at - self.clock())
        if left <= 0:
            self._allow_retry()
            return
        self.unlock_button.setText(self.tr("Unlock in {seconds} s").format(seconds=left))

    def _allow_retry(self) -> None:
        self.countdown.stop()
        self.retry_timer.stop()
        self.unlock_button.setText(self.tr("&Unlock"))
        self.secret.setEnabled(True)
        self.unlock_button.setEnabled(True)
        self.secret.setFocus()

    def clear(self) -> None:
        """After a successful unlock: empty fields, and failed tries count from zero."""
        self.secret.clear()
        self.problem.clear()
        self.failures = 0
        self.retry_timer.stop()
        self.countdown.stop()
