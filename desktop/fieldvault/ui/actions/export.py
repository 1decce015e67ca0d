"""Import/Export menu actions: the redacted PDF export, the export signing key, REFI-QDA.

REFI-QDA import and export run on workers. Before a project file is written the user sees
:func:`~fieldvault.core.refi.describe_export`'s summary and confirms; the file name is then
chosen in Qt's own dialog. Before a project is imported, codes that match existing themes by
name only (:func:`~fieldvault.core.refi.proposed_name_matches`) are listed and the user
chooses to merge them or add them as new themes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.errors import FieldvaultError
from fieldvault.core.export import MinisignKey
from fieldvault.core.refi import (
    ExportSummary,
    ImportReport,
    NameMatch,
    describe_export,
    export_project,
    import_project,
    proposed_name_matches,
)
from fieldvault.ui.dialogs.export import ExportDialog, ExportResultDialog
from fieldvault.ui.messages import ask, busy, file_dialog, inform, show_error

if TYPE_CHECKING:
    from fieldvault.ui.mainwindow import MainWindow

T = TypeVar("T")


class KeyDialog(QDialog):
    """The vault's export public key (minisign format) to hand to recipients."""

    def __init__(self, key: MinisignKey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export-key-dialog")
        self.setWindowTitle(self.tr("Export signing key"))
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        intro = QLabel(self.tr("Recipients check that an export comes from this vault and is "
                               "unchanged with this public key (key ID {id}). Give it to them "
                               "by a different way than the export itself, e.g. read it out "
                               "by phone or hand it over in person.").format(id=key.key_id_hex))
        intro.setWordWrap(True)
        self.line = QLineEdit(key.base64)
        self.line.setObjectName("export-public-key")
        self.line.setAccessibleName(self.tr("Public key for minisign -P"))
        self.line.setReadOnly(True)
        self.line.setFont(fixed)
        self.file_text = QPlainTextEdit(key.file_text())
        self.file_text.setAccessibleName(self.tr("Public key file (minisign.pub)"))
        self.file_text.setReadOnly(True)
        self.file_text.setFont(fixed)
        self.file_text.setMaximumHeight(self.fontMetrics().height() * 4)
        self.copy_button = QPushButton(self.tr("&Copy public key"))
        self.copy_button.clicked.connect(self.copy)
        self.note = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.line, 1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("As a minisign.pub file:")))
        layout.addWidget(self.file_text)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(680, self.sizeHint().height())

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.line.text())
            self.note.setText(self.tr("The public key is on the clipboard."))


class ExportActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- redacted PDF ---------------------------------------------------------------------

    def export_pdf(self, codes: list[str] | None = None) -> ExportDialog | None:
        session = self.window.session
        if session is None:
            return None
        current = self.window.current_code()
        chosen = codes if codes is not None else ([current] if current else [])
        dialog = ExportDialog(session, self.window.runner, chosen, self.window)
        dialog.exported.connect(lambda result: self._open(ExportResultDialog(result,
                                                                             self.window)))
        self._open(dialog)
        return dialog

    def show_key(self) -> KeyDialog | None:
        session = self.window.session
        if session is None:
            return None
        try:
            key = session.vault.exports.public_key()
        except FieldvaultError as exc:
            show_error(self.window, exc)
            return None
        dialog = KeyDialog(key, self.window)
        self._open(dialog)
        return dialog

    # --- REFI-QDA -------------------------------------------------------------------------

    def import_refi(self) -> None:
        if self.window.session is not None:
            file_dialog(self.window, self.tr("Import a REFI-QDA project"), self.import_refi_file,
                        mode="open", name_filter=self.tr("REFI-QDA projects (*.qdpx)"))

    def import_refi_file(self, path: Path) -> None:
        """Look for name-only matches first; ask about them if there are any; import."""
        session = self.window.session
        if session is None:
            return
        vault = session.vault
        progress = busy(self.window, self.tr("REFI-QDA import"),
                        self.tr("Reading {name}…").format(name=path.name))

        def checked(matches: list[NameMatch]) -> None:
            progress.close()
            if not matches:
                self._import_refi(path, False)
                return
            text = "\n".join([self.tr("These codes in {name} have the same name as themes "
                                      "in this vault's codebook:").format(name=path.name),
                              *[f"• {m.line()}" for m in matches]])
            ask(self.window, self.tr("REFI-QDA import"), text,
                [self.tr("Merge into those themes"), self.tr("Add as new themes")],
                lambda answer: None if answer is None else self._import_refi(path, answer == 0))

        self.runner_run(lambda: proposed_name_matches(vault, path), checked, progress)

    def _import_refi(self, path: Path, merge_by_name: bool) -> None:
        session = self.window.session
        if session is None:
            return
        vault = session.vault
        progress = busy(self.window, self.tr("REFI-QDA import"),
                        self.tr("Reading {name}…").format(name=path.name))

        def done(report: ImportReport) -> None:
            progress.close()
            inform(self.window, self.tr("REFI-QDA import"),
                   "\n".join([report.line(), *report.notices]))

        self.runner_run(lambda: import_project(vault, path, merge_by_name), done, progress)

    def export_refi(self) -> None:
        """Describe what would leave, ask, then choose the file and write it."""
        session = self.window.session
        if session is None:
            return
        vault = session.vault
        progress = busy(self.window, self.tr("REFI-QDA export"),
                        self.tr("Preparing the project…"))
        self.runner_run(lambda: describe_export(vault), self._confirm_refi, progress)

    def _confirm_refi(self, summary: ExportSummary) -> None:
        text = "\n".join([self.tr("The project file will contain:"),
                          *[f"• {line}" for line in summary.lines()]])
        buttons = [self.tr("Choose the file…")]
        if summary.recordings:  # coded recordings: their files go only when chosen
            text += "\n\n" + self.tr("%n coded recording(s) can go into the file too, with "
                                     "metadata removed but not encrypted; voices can identify "
                                     "people.", "", summary.recordings)
            buttons.append(self.tr("Include the recordings…"))
        ask(self.window, self.tr("REFI-QDA export"), text, buttons,
            lambda answer: self._choose_refi_file(answer == 1) if answer in (0, 1) else None)

    def _choose_refi_file(self, recordings: bool = False) -> None:
        file_dialog(self.window, self.tr("Write the REFI-QDA project"),
                    lambda path: self.export_refi_file(path, recordings),
                    mode="save", name_filter=self.tr("REFI-QDA projects (*.qdpx)"))

    def export_refi_file(self, path: Path, recordings: bool = False) -> None:
        session = self.window.session
        if session is None:
            return
        if path.suffix.lower() != ".qdpx":
            path = path.with_name(path.name + ".qdpx")
        vault = session.vault
        progress = busy(self.window, self.tr("REFI-QDA export"),
                        self.tr("Writing {name}…").format(name=path.name))

        def done(summary: ExportSummary) -> None:
            progress.close()
            inform(self.window, self.tr("REFI-QDA export"), self.tr(
                "Wrote {path}: {cases} cases, {codings} codings, {memos} memos.").format(
                path=path, cases=summary.cases, codings=summary.codings, memos=summary.memos))

        self.runner_run(lambda: export_project(vault, path, recordings=recordings), done,
                        progress)

    def runner_run(self, work: Callable[[], T], done: Callable[[T], object],
                   progress: QWidget) -> None:
        """Run ``work`` on a worker; a refusal closes ``progress`` and shows one sentence."""
        def failed(exc: BaseException) -> None:
            progress.close()
            show_error(self.window, exc)

        self.window.runner.run(lambda _p, _c: work(), done, failed)
