"""The Review and Exchange menus of the main window, and the dialogs they open.

Every dialog is a child of the main window, so locking closes it (and each dialog drops its
rows when it finishes). Actions are enabled only while a vault is open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

from fieldvault.core.exchange.service import PurgeReport
from fieldvault.ui.dialogs.bundle_export import ExportBundleDialog, show_export_result
from fieldvault.ui.dialogs.bundle_import import ImportResultDialog, import_bundle
from fieldvault.ui.dialogs.members import MembersDialog
from fieldvault.ui.dialogs.purge import PurgeDialog
from fieldvault.ui.dialogs.workflow import CaseWorkflowDialog
from fieldvault.ui.messages import file_dialog, inform

if TYPE_CHECKING:
    from fieldvault.ui.mainwindow import MainWindow


class ReviewActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        bar = window.menuBar()
        self.review_menu = bar.addMenu(self.tr("&Review"))
        self.exchange_menu = bar.addMenu(self.tr("E&xchange"))
        self.actions: list[QAction] = []
        add = self._add
        self.members_action = add(self.review_menu, self.tr("&Members…"), "Ctrl+Shift+M",
                                  self.members)
        self.workflow_action = add(self.review_menu, self.tr("Case &workflow…"),
                                   "Ctrl+Shift+W", self.workflow)
        self.review_menu.addSeparator()
        self.validity_action = add(self.review_menu, self.tr("&Validity and conflicts"), None,
                                   lambda: window.tabs.setCurrentWidget(window.review))
        self.agreement_action = add(self.review_menu, self.tr("&Agreement"), None,
                                    lambda: window.tabs.setCurrentWidget(window.agreement))
        self.send_action = add(self.exchange_menu, self.tr("&Send cases (write a bundle)…"),
                               "Ctrl+Shift+E", self.send)
        self.receive_action = add(self.exchange_menu, self.tr("&Receive a bundle…"),
                                  "Ctrl+Shift+R", self.receive)
        self.exchange_menu.addSeparator()
        self.purge_action = add(self.exchange_menu,
                                self.tr("&Purge submitted cases (field mode)…"), None,
                                self.purge)
        self.conflicts_action = add(self.exchange_menu, self.tr("&Conflicts"), None,
                                    self.show_conflicts)

    def _add(self, menu: QMenu, text: str, shortcut: str | None,
             slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.actions.append(action)
        return action

    def enable(self, open_vault: bool) -> None:
        for action in self.actions:
            action.setEnabled(open_vault)

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- review ---------------------------------------------------------------------------

    def members(self) -> MembersDialog | None:
        session = self.window.session
        if session is None:
            return None
        dialog = MembersDialog(session, self.window)
        self._open(dialog)
        return dialog

    def workflow(self, code: str | None = None) -> CaseWorkflowDialog | None:
        session = self.window.session
        code = code or self.window.current_code()
        if session is None:
            return None
        if code is None:
            inform(self.window, self.tr("Case workflow"), self.tr(
                "Select a case on the Cases page (or open one in the workbench) first."))
            return None
        dialog = CaseWorkflowDialog(session, code, self.window)
        self._open(dialog)
        return dialog

    # --- exchange -------------------------------------------------------------------------

    def send(self, codes: list[str] | None = None) -> ExportBundleDialog | None:
        session = self.window.session
        if session is None:
            return None
        current = self.window.current_code()
        chosen = codes if codes is not None else ([current] if current else [])
        dialog = ExportBundleDialog(session, self.window.runner, chosen, self.window)
        dialog.exported.connect(lambda report: show_export_result(self.window, report))
        self._open(dialog)
        return dialog

    def receive(self) -> None:
        if self.window.session is not None:
            file_dialog(self.window, self.tr("Receive a bundle"), self.import_file, mode="open",
                        name_filter=self.tr("Fieldvault bundles (*.fvbundle *.fvb);;"
                                            "All files (*)"))

    def import_file(self, path: Path) -> None:
        session = self.window.session
        if session is not None:
            import_bundle(self.window, session, self.window.runner, path, self._imported)

    def _imported(self, dialog: ImportResultDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show_conflicts.connect(self.show_conflicts)

    def show_conflicts(self) -> None:
        self.window.tabs.setCurrentWidget(self.window.review)
        self.window.review.load_conflicts()

    def purge(self) -> PurgeDialog | None:
        session = self.window.session
        if session is None:
            return None
        dialog = PurgeDialog(session, self.window.runner, self.window)
        dialog.purged.connect(self._purged)
        self._open(dialog)
        return dialog

    def _purged(self, report: PurgeReport) -> None:
        inform(self.window, self.tr("Purged"), self.tr(
            "Purged {codes}: {t} transcript versions, {c} codings and {m} memos are gone from "
            "this laptop, and the vault files were scrubbed.").format(
            codes=", ".join(report.cases), t=report.transcripts, c=report.codings,
            m=report.memos))
