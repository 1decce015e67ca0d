"""Keys and backup: key slots, passphrase change, new recovery code, backup, audit check.

Every operation is a core call the CLI also uses (``vault.keys``, ``vault.backup``,
``vault.verify_audit``, ``vault.integrity_problems``), run on the window's
:class:`~fieldvault.ui.tasks.TaskRunner` because key derivation and re-keying take seconds;
results come back on the UI thread. Nothing here touches key material or SQL.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.errors import FieldvaultError
from fieldvault.core.progress import Cancel, Cancelled
from fieldvault.core.store.keys import SlotInfo
from fieldvault.ui.dialogs.recovery_code import RecoveryCodeDialog
from fieldvault.ui.messages import file_dialog, fit_resize
from fieldvault.ui.session import VaultSession
from fieldvault.ui.tasks import TaskHandle, TaskRunner
from fieldvault.ui.widgets.passphrase_fields import PassphraseFields


def _when(stamp: str) -> str:
    """``2026-12-03T11:30:12...Z`` as ``2026-12-03 11:30`` (the headers say UTC)."""
    return f"{stamp[:10]} {stamp[11:16]}" if len(stamp) >= 16 else stamp


class _Worker(QDialog):
    """A dialog that runs one core job at a time with a busy bar and a result line."""

    def __init__(self, session: VaultSession, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.result_line = QLabel()
        self.result_line.setWordWrap(True)
        self.result_line.setObjectName("keys-result")
        self.result_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # an explicit context: tr() in a base class is looked up under the subclass's name
        self.cancel_job = QPushButton(QCoreApplication.translate("KeysDialog", "Cancel"), self)
        self.cancel_job.setObjectName("keys-cancel-job")
        self.cancel_job.hide()
        self.task: TaskHandle | None = None
        self.cancel_job.clicked.connect(self._cancel)

    def run(self, job: Callable[[Cancel], Any], done: Callable[[Any], object], working: str,
            cancellable: bool = False) -> None:
        """Run ``job(cancelled)`` on the window's runner; Cancel is offered if asked."""
        self.set_busy(True)
        self.cancel_job.setVisible(cancellable)
        self.cancel_job.setEnabled(cancellable)
        self.result_line.setText(working)

        def finished(result: Any) -> None:
            self.set_busy(False)
            done(result)

        self.task = self.runner.run(lambda _p, cancelled: job(cancelled), finished,
                                    self._failed)

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_job.setEnabled(False)
            self.result_line.setText(QCoreApplication.translate("KeysDialog", "Cancelling…"))

    def _failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        if not isinstance(exc, FieldvaultError):
            raise exc
        self.result_line.setText(QCoreApplication.translate(
            "KeysDialog", "Cancelled; nothing was written.")
            if isinstance(exc, Cancelled) else str(exc))

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if not busy:
            self.task = None
            self.cancel_job.hide()
        for button in self.findChildren(QPushButton):
            if button is not self.cancel_job:
                button.setEnabled(not busy)


class NewPassphraseDialog(_Worker):
    """A new passphrase for one passphrase slot (the first, or the one chosen), typed twice
    and held to the strength floor; after a recovery unlock it is offered at once."""

    changed = Signal(str)  # the slot label

    def __init__(self, session: VaultSession, runner: TaskRunner, slot: str | None = None,
                 after_recovery: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(session, runner, parent)
        self.setWindowTitle(self.tr("Set a new passphrase"))
        self.setObjectName("new-passphrase-dialog")
        slots = [s for s in session.vault.keys.list() if s.kind == "passphrase"]
        self.intro = intro = QLabel(self.tr(
            "You opened the vault with the recovery code. Set a new passphrase now; it "
            "replaces the passphrase of the slot below, and the old passphrase stops "
            "opening this vault.") if after_recovery else self.tr(
            "The new passphrase replaces the old one of the slot below."))
        intro.setWordWrap(True)
        self.slot = QComboBox()
        self.slot.setAccessibleName(self.tr("Key slot"))
        for info in slots:
            self.slot.addItem(info.label, info.label)
        if slot is not None and self.slot.findData(slot) >= 0:
            self.slot.setCurrentIndex(self.slot.findData(slot))
        self.fields = PassphraseFields(self, lambda: (session.name, session.vault.me.name))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.set_button = self.buttons.addButton(self.tr("&Set passphrase"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("&Later") if after_recovery else self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.fields.changed.connect(self._check)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("S&lot:"), self.slot)
        self.fields.add_rows(form, self.tr("&New passphrase:"), self.tr("&Repeat:"))
        form.addRow("", self.fields.hint)
        form.addRow(self.busy)
        form.addRow(self.result_line)
        form.addRow(self.buttons)
        self.setMinimumWidth(480)
        self._check()
        self.fields.passphrase.setFocus()

    def _check(self) -> None:
        self.set_button.setEnabled(not self.busy.isVisible() and self.slot.count() > 0
                                   and self.fields.problem() is None)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self.fields.passphrase.setEnabled(not busy)
        self.fields.repeat.setEnabled(not busy)
        self._check()

    def submit(self) -> None:
        problem = self.fields.problem()
        if problem is not None or self.slot.count() == 0:
            self.result_line.setText(problem or "")
            return
        label, secret = self.slot.currentData(), self.fields.passphrase.text()
        keys = self.session.vault.keys
        self.fields.clear()
        self.run(lambda _c: keys.change_passphrase(label, secret), lambda _r: self._done(label),
                 self.tr("Deriving the new key…"))

    def _done(self, label: str) -> None:
        self.changed.emit(label)
        self.accept()


class KeepPassphrasesDialog(QDialog):
    """Before a key rotation: the passphrase of each passphrase slot that should stay.

    A slot left empty is removed by the rotation; the text says so, and the button names the
    action, so pressing it is the confirmation.
    """

    def __init__(self, title: str, text: str, action: str, slots: list[SlotInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("keep-passphrases-dialog")
        message = QLabel(text + " " + self.tr(
            "Type the passphrase of each passphrase slot that should keep working; a slot "
            "left empty is removed too."))
        message.setWordWrap(True)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        form.addRow(message)
        for info in slots:
            field = QLineEdit()
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(self.tr("Passphrase of slot {label}").format(
                label=info.label))
            self.fields[info.label] = field
            form.addRow(self.tr("Slot “{label}”:").format(label=info.label), field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def passphrases(self) -> dict[str, str]:
        return {label: field.text() for label, field in self.fields.items() if field.text()}

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            for field in self.fields.values():
                field.clear()
        super().done(result)


class KeysDialog(_Worker):
    def __init__(self, session: VaultSession, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, runner, parent)
        self.setWindowTitle(self.tr("Keys and backup"))
        self.setObjectName("keys-dialog")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("key-slots")
        self.table.setAccessibleName(self.tr("Key slots"))
        self.table.setHorizontalHeaderLabels([self.tr("Slot"), self.tr("Kind"),
                                              self.tr("Created (UTC)"),
                                              self.tr("Last used (UTC)")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._enable)
        self.passwd_button = QPushButton(self.tr("&Change passphrase…"))
        self.recovery_button = QPushButton(self.tr("New &recovery code…"))
        self.remove_button = QPushButton(self.tr("Re&move slot…"))
        self.backup_button = QPushButton(self.tr("Make a &backup…"))
        self.verify_button = QPushButton(self.tr("&Verify the audit log"))
        self.close_button = QPushButton(self.tr("Close"))
        for button, slot in ((self.passwd_button, self.change_passphrase),
                             (self.recovery_button, self.new_recovery_code),
                             (self.remove_button, self.remove_slot),
                             (self.backup_button, self.choose_backup_folder),
                             (self.verify_button, self.verify),
                             (self.close_button, self.reject)):
            button.clicked.connect(lambda _checked=False, s=slot: s())
        side = QVBoxLayout()
        for widget in (self.passwd_button, self.recovery_button, self.remove_button):
            side.addWidget(widget)
        side.addSpacing(12)
        side.addWidget(self.backup_button)
        side.addWidget(self.verify_button)
        side.addStretch(1)
        side.addWidget(self.close_button)
        top = QHBoxLayout()
        top.addWidget(self.table, 1)
        top.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        working = QHBoxLayout()
        working.addWidget(self.busy, 1)
        working.addWidget(self.cancel_job)
        layout.addLayout(working)
        layout.addWidget(self.result_line)
        self.reload()
        fit_resize(self, 900, 420)

    # --- slots ----------------------------------------------------------------------------

    def reload(self) -> None:
        keys = self.session.vault.keys
        self.slots = keys.list()
        used = keys.last_used()
        self.table.setRowCount(len(self.slots))
        for row, info in enumerate(self.slots):
            last = (self.tr("this session") if info.id == self.session.vault.unlocked_slot
                    else _when(used[info.id]) if info.id in used else self.tr("not recorded"))
            for column, text in enumerate((info.label, self.kind_name(info.kind),
                                           _when(info.created), last)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._enable()

    def kind_name(self, kind: str) -> str:
        names = {"passphrase": self.tr("Passphrase"), "recovery": self.tr("Recovery code"),
                 "escrow": self.tr("Organisation key")}
        return names.get(kind, kind)

    def selected(self) -> SlotInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.slots[rows[0].row()] if rows else None

    def _enable(self) -> None:
        if self.busy.isVisible():
            return
        chosen = self.selected()
        self.passwd_button.setEnabled(chosen is not None and chosen.kind == "passphrase")
        self.remove_button.setEnabled(chosen is not None and len(self.slots) > 1
                                      and chosen.id != self.session.vault.unlocked_slot)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if not busy:
            self._enable()

    def change_passphrase(self) -> NewPassphraseDialog | None:
        chosen = self.selected()
        if chosen is None or chosen.kind != "passphrase":
            self.result_line.setText(self.tr("Choose a passphrase slot in the list first."))
            return None
        dialog = NewPassphraseDialog(self.session, self.runner, chosen.label, parent=self)
        dialog.changed.connect(lambda label: self._after(self.tr(
            "The passphrase of slot “{label}” is changed.").format(label=label)))
        dialog.open()
        return dialog

    def _after(self, sentence: str) -> None:
        self.reload()
        self.result_line.setText(sentence)

    def _keep_dialog(self, title: str, text: str, action: str,
                     skip: str | None = None) -> KeepPassphrasesDialog:
        asked = [s for s in self.slots if s.kind == "passphrase" and s.id != skip]
        dialog = KeepPassphrasesDialog(title, text, action, asked, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def new_recovery_code(self) -> KeepPassphrasesDialog:
        dialog = self._keep_dialog(
            self.tr("New recovery code"),
            self.tr("A new recovery code replaces the old one, which stops working. The vault "
                    "gets a new data key, so copies of the old key file stop working too."),
            self.tr("Make a new code"))
        dialog.accepted.connect(lambda: self._rotate(dialog.passphrases(), None))
        return dialog

    def remove_slot(self) -> KeepPassphrasesDialog | None:
        chosen = self.selected()
        if chosen is None:
            self.result_line.setText(self.tr("Choose the slot to remove in the list first."))
            return None
        if chosen.id == self.session.vault.unlocked_slot:
            self.result_line.setText(self.tr("This slot opened the vault now; only other slots "
                                             "can be removed here."))
            return None
        dialog = self._keep_dialog(
            self.tr("Remove a key slot"),
            self.tr("Remove the slot “{label}”? Its secret stops opening this vault. The vault "
                    "gets a new data key and a new recovery code.").format(label=chosen.label),
            self.tr("Remove the slot"), skip=chosen.id)
        dialog.accepted.connect(lambda: self._rotate(dialog.passphrases(), chosen.label))
        return dialog

    def _rotate(self, keep: dict[str, str], remove: str | None) -> None:
        keys = self.session.vault.keys
        job = (lambda _c: keys.remove(remove, keep)) if remove is not None \
            else (lambda _c: keys.new_recovery_code(keep))
        self.run(job, self._rotated, self.tr("Making a new data key and re-encrypting the "
                                              "vault…"))

    def _rotated(self, result: Any) -> None:
        dropped = ", ".join(result.dropped)
        self._after(self.tr("New data key in place. Removed slots: {dropped}.").format(
            dropped=dropped) if dropped else self.tr("New data key in place."))
        if result.recovery_code:
            dialog = RecoveryCodeDialog(result.recovery_code, self, self.session.name)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
            self.code_dialog = dialog

    # --- backup and audit -----------------------------------------------------------------

    def choose_backup_folder(self) -> None:
        file_dialog(self, self.tr("Folder for the encrypted backup"), self.backup)

    def backup(self, folder: Path) -> None:
        vault = self.session.vault
        self.run(lambda cancelled: vault.backup(folder, cancelled),
                 lambda target: self.result_line.setText(self.tr(
                     "Encrypted backup written to {path}. It opens with the same passphrase "
                     "and recovery code.").format(path=str(target))),
                 self.tr("Writing the encrypted backup…"), cancellable=True)

    def verify(self) -> None:
        vault = self.session.vault
        self.run(lambda _c: (vault.verify_audit(), vault.integrity_problems()),
                 self._verified, self.tr("Checking the audit log and the database…"))

    def _verified(self, outcome: tuple[Any, list[str]]) -> None:
        report, damaged = outcome
        if not report.ok:
            text = self.tr("The audit log is damaged: {problem}").format(problem=report.problem)
        elif damaged:
            text = self.tr("The audit log of %n entries reads back whole, but the database "
                           "has integrity problems; use Check vault or a backup.", "",
                           report.entries)
        else:
            text = self.tr("The audit log is intact: %n entries, each linked to the one "
                           "before.", "", report.entries)
        self.result_line.setText(text)
