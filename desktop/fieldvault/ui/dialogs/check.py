"""Vault → Check vault…: the same check as ``fieldvault check`` (core/check.py), on a worker.

The check needs the vault's secret: an open vault is checked with the secret it was opened
with; on the unlock page (a damaged vault may not open) with the secret typed there. A
progress dialog without Cancel shows the three steps (key files, pages and structure, audit
chain); the result dialog lists each part as intact or damaged, what to do, and the copies
kept in the vault's ``backups/`` folder. The check writes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.check import STEPS, CheckReport, check_vault
from fieldvault.core.vault import Passphrase, RecoveryCode, Unlock
from fieldvault.ui.messages import busy, fit_resize, inform, show_error

if TYPE_CHECKING:
    from pathlib import Path

    from fieldvault.ui.mainwindow import MainWindow


def part_name(part: str) -> str:
    """The interface name of a part the core reports (its English name if unknown)."""
    names = {
        "key file": QCoreApplication.translate("CheckDialog", "Key file"),
        "key file copy": QCoreApplication.translate("CheckDialog", "Copy of the key file"),
        "database pages": QCoreApplication.translate("CheckDialog", "Database pages"),
        "database structure": QCoreApplication.translate("CheckDialog", "Database structure"),
        "audit": QCoreApplication.translate("CheckDialog", "Audit chain"),
    }
    return names.get(part, part)


class CheckDialog(QDialog):
    """The result of one check, in plain words."""

    def __init__(self, report: CheckReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("check-dialog")
        self.setWindowTitle(self.tr("Vault check"))
        self.summary = QLabel(self.tr("Nothing is damaged.") if report.ok else self.tr(
            "Something is damaged. Do not write to this vault until you have read what to "
            "do below."))
        self.summary.setWordWrap(True)
        self.findings = QListWidget()
        self.findings.setAccessibleName(self.tr("What was checked"))
        self.findings.setWordWrap(True)  # details are whole sentences: wrap, never clip
        self.findings.setResizeMode(QListView.ResizeMode.Adjust)
        self.findings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for finding in report.findings:
            mark = self.tr("intact") if finding.ok else self.tr("DAMAGED")
            self.findings.addItem(f"{part_name(finding.part)} — {mark}: {finding.detail}")
        self.advice = QLabel(self.tr("What to do: {advice}").format(advice=report.advice)
                             if not report.ok else report.advice)
        self.advice.setWordWrap(True)
        self.backups = QLabel(self.tr("Copies in the vault's backups folder, newest first: "
                                      "{names}").format(names=", ".join(report.backups))
                              if report.backups else self.tr(
                                  "The vault's backups folder holds no copies."))
        self.backups.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        for widget in (self.summary, self.findings, self.advice, self.backups, buttons):
            column.addWidget(widget)
        fit_resize(self, 640, 420)


class CheckActions(QObject):
    """The Check menu action of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = window._action("vault", self.tr("&Check vault…"), None, self.start)
        window.stack.currentChanged.connect(self.enable)
        self.enable()

    def enable(self, _index: int = 0) -> None:
        window = self.window
        self.action.setEnabled(window.session is not None or (
            window.stack.currentWidget() is window.unlock_page
            and window.unlock_page.path is not None))

    def _target(self) -> tuple[Path, Unlock] | None:
        window = self.window
        if window.session is not None:
            unlock = window.session.vault.unlocked_with
            return None if unlock is None else (window.session.path, unlock)
        page = window.unlock_page
        text = page.secret.text()
        if page.path is None or not text:
            return None
        if page.use_recovery.isChecked():
            return page.path, RecoveryCode(text)
        return page.path, Passphrase(text, page.slot.currentData())

    def start(self) -> QProgressDialog | None:
        target = self._target()
        if target is None:
            inform(self.window, self.tr("Vault check"), self.tr(
                "Type the vault's passphrase or recovery code on the unlock page first; the "
                "check needs it to read the vault."), warning=True)
            return None
        path, unlock = target
        progress = busy(self.window, self.tr("Vault check"), self.tr(
            "Checking the key files, every page of the database and the audit chain…"))
        progress.setMaximum(STEPS)

        def done(report: CheckReport) -> None:
            progress.close()
            CheckDialog(report, self.window).open()

        def failed(exc: BaseException) -> None:
            progress.close()
            show_error(self.window, exc)

        self.window.runner.run(lambda report, _c: check_vault(path, unlock, report), done,
                               failed, lambda step, _total: progress.setValue(step))
        return progress
