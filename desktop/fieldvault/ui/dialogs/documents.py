"""Importing documents: choose or drop files, preview their text, then store them.

:class:`DocumentImporter` runs the three steps, each off the UI thread: read every file
(progress and Cancel); if any file is refused, one dialog lists one sentence per file and
nothing is stored; otherwise :class:`DocumentPreview` shows each document's decoded text and,
for a .txt file, the detected encoding, which the person may change (the file is read again
in that encoding at once). Only "Import" stores anything (``vault.intake.store``), after
which the privacy detector's count of suggestions to review is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.errors import FieldvaultError
from fieldvault.core.intake.encoding import ENCODINGS
from fieldvault.core.intake.reader import SUFFIXES, Document, read_document
from fieldvault.core.intake.service import IntakeReport, ReadResult, read_files
from fieldvault.core.progress import Cancelled
from fieldvault.core.vault import Vault
from fieldvault.ui.messages import busy, fit_resize, inform, scrub_qt_dialog_history, show_error
from fieldvault.ui.tasks import TaskRunner

PREVIEW_LIMIT = 200_000  # characters shown per document; the whole text is stored


def importable(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def choose_documents(parent: QWidget, on_chosen: Callable[[list[Path]], object]) -> QFileDialog:
    """Qt's own multi-file dialog (see :func:`fieldvault.ui.messages.file_dialog`)."""
    dialog = QFileDialog(parent, QCoreApplication.translate("DocumentImport",
                                                            "Import documents"))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setObjectName("fieldvault-file-dialog")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    patterns = " ".join(f"*{suffix}" for suffix in SUFFIXES)
    dialog.setNameFilter(QCoreApplication.translate(
        "DocumentImport", "Documents ({patterns})").format(patterns=patterns))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.destroyed.connect(lambda *_: scrub_qt_dialog_history())
    dialog.filesSelected.connect(lambda names: on_chosen([Path(n) for n in names]) if names
                                 else None)
    dialog.open()
    return dialog


class DocumentPreview(QDialog):
    """The documents as they will be stored; nothing is stored until Import is pressed.

    Re-reading in another encoding runs on ``runner``; a result that arrives after a newer
    choice for the same file is dropped.
    """

    def __init__(self, runner: TaskRunner, paths: list[Path], documents: list[Document],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("document-preview")
        self.setWindowTitle(self.tr("Import documents"))
        self.runner = runner
        self.paths, self.documents = list(paths), list(documents)
        self.problems: dict[int, str] = {}
        self._asked: dict[int, int] = {}  # file index -> number of the latest re-read
        self._build()
        self.files.setCurrentRow(0)
        fit_resize(self, 900, 620)

    def _build(self) -> None:
        self.files = QListWidget()
        self.files.setObjectName("document-files")
        self.files.setAccessibleName(self.tr("Files"))
        for document in self.documents:
            self.files.addItem(document.name)
        self.files.currentRowChanged.connect(self._show)
        self.text = QPlainTextEdit()
        self.text.setObjectName("document-text")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Text to import"))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.encoding = QComboBox()
        self.encoding.setObjectName("document-encoding")
        self.encoding.setAccessibleName(self.tr("Encoding"))
        for codec, label in ENCODINGS.items():
            self.encoding.addItem(label, codec)
        self.encoding.activated.connect(self._encoding_chosen)
        self.problem = QLabel()
        self.problem.setObjectName("document-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        split = QSplitter()
        split.addWidget(self.files)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Encoding:")))
        row.addWidget(self.encoding)
        row.addWidget(self.details, 1)
        column.addLayout(row)
        column.addWidget(self.text, 1)
        column.addWidget(self.problem)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(self._options())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("document-import")
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _options(self) -> QVBoxLayout:
        self.each = QRadioButton(self.tr("A new case for each file"))
        self.each.setChecked(True)
        self.together = QRadioButton(self.tr("All files into one case:"))
        self.case_code = QLineEdit()
        self.case_code.setObjectName("document-case")
        self.case_code.setAccessibleName(self.tr("Case code"))
        self.case_code.setPlaceholderText(self.tr("empty: a new code; an existing code adds "
                                                  "the text to that case"))
        self.case_code.textEdited.connect(lambda _text: self.together.setChecked(True))
        self.keep = QCheckBox(self.tr("Keep the original files as encrypted attachments"))
        self.keep.setObjectName("document-keep")
        rows = QVBoxLayout()
        rows.addWidget(self.each)
        together = QHBoxLayout()
        together.addWidget(self.together)
        together.addWidget(self.case_code, 1)
        rows.addLayout(together)
        rows.addWidget(self.keep)
        return rows

    # --- showing --------------------------------------------------------------------------

    def _show(self, index: int) -> None:
        if not 0 <= index < len(self.documents):
            return
        document = self.documents[index]
        text = document.text
        if len(text) > PREVIEW_LIMIT:
            text = text[:PREVIEW_LIMIT] + "\n…"
        self.text.setPlainText(text)
        is_text = document.encoding is not None or index in self.problems
        self.encoding.setEnabled(is_text)
        if document.encoding is not None:
            self.encoding.setCurrentIndex(max(0, self.encoding.findData(document.encoding)))
        self.details.setText(self._details(document))
        self.problem.setText(self.problems.get(index, ""))
        self.import_button.setEnabled(not self.problems)

    def _details(self, document: Document) -> str:
        extra = "" if len(document.text) <= PREVIEW_LIMIT else self.tr(
            " (the first {shown:,} shown)").format(shown=PREVIEW_LIMIT)
        return self.tr("{format}, {count:,} characters{extra}, languages: {languages}").format(
            format=document.format.upper(), count=len(document.text), extra=extra,
            languages=", ".join(document.languages))

    # --- another encoding -----------------------------------------------------------------

    def _encoding_chosen(self, row: int) -> None:
        index = self.files.currentRow()
        codec = self.encoding.itemData(row)
        if index < 0 or codec is None:
            return
        ask = self._asked.get(index, 0) + 1
        self._asked[index] = ask
        path = self.paths[index]
        self.runner.run(lambda _p, _c: read_document(path, codec),
                        lambda document: self._decoded(index, ask, document),
                        lambda exc: self._refused(index, ask, exc))

    def _decoded(self, index: int, ask: int, document: Document) -> None:
        if self._asked.get(index) != ask:
            return
        self.documents[index] = document
        self.problems.pop(index, None)
        if self.files.currentRow() == index:
            self._show(index)
        self.import_button.setEnabled(not self.problems)

    def _refused(self, index: int, ask: int, exc: BaseException) -> None:
        if not isinstance(exc, FieldvaultError):
            raise exc
        if self._asked.get(index) != ask:
            return
        self.problems[index] = str(exc)
        if self.files.currentRow() == index:
            self.problem.setText(str(exc))
        self.import_button.setEnabled(False)

    # --- what was chosen ------------------------------------------------------------------

    def chosen_code(self) -> str | None:
        code = self.case_code.text().strip()
        return code if self.together.isChecked() and code else None

    def into_one(self) -> bool:
        return self.together.isChecked()

    def originals(self) -> list[Path] | None:
        return list(self.paths) if self.keep.isChecked() else None


class DocumentImporter(QObject):
    """Read, preview and store documents for the vault ``vault()`` returns (None: locked)."""

    imported = Signal(object)  # IntakeReport

    def __init__(self, runner: TaskRunner, vault: Callable[[], Vault | None],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.runner, self.vault, self.window = runner, vault, parent
        self.preview: DocumentPreview | None = None
        self.progress: Any = None

    def start(self, paths: list[Path]) -> None:
        if self.vault() is None or not paths:
            return
        progress = busy(self.window, self.tr("Import documents"),
                        self.tr("Reading {count} files…").format(count=len(paths)),
                        self.tr("Cancel"))
        progress.setObjectName("document-read-progress")

        def on_progress(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        handle = self.runner.run(lambda p, c: read_files(paths, None, p, c),
                                 lambda result: self._read(progress, paths, result),
                                 lambda exc: self._failed(progress, exc), on_progress)
        progress.canceled.connect(handle.cancel)
        self.progress = progress

    def _read(self, progress: Any, paths: list[Path], result: ReadResult) -> None:
        progress.close()
        if result.refusals:
            sentences = "\n".join(f"• {refusal.sentence}" for refusal in result.refusals)
            inform(self.window, self.tr("Import documents"), self.tr(
                "Nothing was imported: {refused} of {total} files could not be read.").format(
                refused=len(result.refusals), total=len(paths)) + "\n\n" + sentences,
                warning=True)
            return
        preview = DocumentPreview(self.runner, paths, result.documents, self.window)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.accepted.connect(lambda: self._store(preview))
        preview.open()
        self.preview = preview

    def _store(self, preview: DocumentPreview) -> None:
        vault = self.vault()
        if vault is None:
            return
        documents, code, together = preview.documents, preview.chosen_code(), \
            preview.into_one()
        originals = preview.originals()
        progress = busy(self.window, self.tr("Import documents"),
                        self.tr("Storing and scanning for identifying details…"),
                        self.tr("Cancel"))
        progress.setObjectName("document-store-progress")

        def on_progress(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        def job(p: Any, c: Any) -> IntakeReport:
            return vault.intake.store(documents, code, p, c, together=together,
                                      originals=originals)

        handle = self.runner.run(job, lambda report: self._stored(progress, report),
                                 lambda exc: self._failed(progress, exc), on_progress)
        progress.canceled.connect(handle.cancel)
        self.progress = progress

    def _stored(self, progress: Any, report: IntakeReport) -> None:
        progress.close()
        lines = [self.tr("Imported into {cases}.").format(cases=", ".join(report.cases))]
        if report.originals:
            lines.append(self.tr("{count} original files kept as encrypted "
                                 "attachments.").format(count=report.originals))
        if report.scanned:
            lines.append(self.tr("{count} suggestions of identifying details await your "
                                 "review.").format(count=report.suggestions))
        else:
            lines.append(self.tr("The scan for identifying details was cancelled; it runs "
                                 "again before any export."))
        inform(self.window, self.tr("Import documents"), "\n".join(lines))
        self.imported.emit(report)

    def _failed(self, progress: Any, exc: BaseException) -> None:
        progress.close()
        if isinstance(exc, Cancelled):
            inform(self.window, self.tr("Import documents"),
                   self.tr("Import cancelled; nothing was imported."))
        else:
            show_error(self.window, exc)
