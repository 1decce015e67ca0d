"""Export a redacted, signed PDF: cases or a theme report, under a profile, for a recipient.

The export runs on a worker behind a progress dialog with Cancel (the core polls the flag
between cases and steps and leaves nothing on disk when cancelled or refused). A refusal,
such as the leak check finding a withheld value, is one sentence in the dialog; success
closes it and :class:`ExportResultDialog` says where the files are and how to check them.

Before anything is written the dialog shows ``vault.exports.preview`` for the ticked cases
and the chosen profile (computed on a worker, again whenever either changes): which cases
are not reviewed, and per category how many values are withheld after review and how many
by default. Cases never scanned or changed since their scan are scanned by the core as part
of the export, inside the same worker, progress and Cancel. "Require review" maps to the
export's ``require_review`` option (the core refuses while anything is undecided).
"PDF language" is the export's ``language`` (en, ko, ru): by default the interface language,
but the recipient's language is often not the interviewer's. "Attachments…" chooses which
attachments of the ticked cases are included (export_attachments.py); by default none.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.attachments.service import AttachmentInfo
from fieldvault.core.errors import FieldvaultError
from fieldvault.core.export import PROFILES, ExportCancelled
from fieldvault.core.export.model import PDF_LANGUAGES
from fieldvault.core.export.profiles import ALL_CATEGORIES, Profile
from fieldvault.core.export.service import SCAN_SHARE, ExportPreview, VaultExportResult
from fieldvault.core.privacy import CATEGORIES
from fieldvault.core.progress import Cancel, Progress
from fieldvault.core.records.cases import CaseSummary
from fieldvault.core.records.review import may_move
from fieldvault.ui.dialogs.bundle_export import checked
from fieldvault.ui.dialogs.export_attachments import AttachmentChoiceDialog
from fieldvault.ui.i18n import NATIVE_NAMES, current_language
from fieldvault.ui.messages import file_dialog, fit_resize
from fieldvault.ui.models.privacy_state import state_text
from fieldvault.ui.models.review import status_label
from fieldvault.ui.models.themes import display_name
from fieldvault.ui.session import VaultSession
from fieldvault.ui.tasks import TaskHandle, TaskRunner

CATEGORY_ORDER = [c for c in CATEGORIES if c in ALL_CATEGORIES]
PREVIEW_DELAY_MS = 200


def fresh_folder(chosen: Path) -> Path:
    """``chosen`` when it is empty, else a new dated folder inside it."""
    if not chosen.exists() or not any(chosen.iterdir()):
        return chosen
    base = f"fieldvault-export-{date.today().isoformat()}"
    candidate, n = chosen / base, 2
    while candidate.exists():
        candidate, n = chosen / f"{base}-{n}", n + 1
    return candidate


def result_text(result: VaultExportResult) -> str:
    lines = [QCoreApplication.translate(
            "ExportDialog", "Folder: {folder}").format(folder=result.directory),
             QCoreApplication.translate(
                     "ExportDialog", "Files: {files}").format(files=", ".join(result.files)),
             QCoreApplication.translate(
                     "ExportDialog", "{pages} pages. Content digest (SHA-256): {digest}").format(
                 pages=result.pages, digest=result.content_sha256),
             QCoreApplication.translate(
                     "ExportDialog", "Leak check: {n} withheld values searched for in the "
                     "finished PDF with two "
                 "text extractors; none was found.").format(n=result.values_checked),
             QCoreApplication.translate(
                     "ExportDialog", "Signed with the vault's export key {key}. Give the "
                     "recipient its public key "
                 "separately (Import/Export → Export signing key).").format(key=result.key_id),
             "", QCoreApplication.translate(
                     "ExportDialog", "How the recipient checks it, in the folder:"),
             "  sha256sum -c SHA256SUMS",
             f"  minisign -Vm {result.pdf.name} -P {result.public_key}",
             QCoreApplication.translate(
                     "ExportDialog", "  or: fieldvault verify FOLDER --key PUBLIC_KEY")]
    if result.omitted:
        lines += ["", QCoreApplication.translate(
                "ExportDialog", "Left out:")] + [f"  • {sentence}" for sentence in result.omitted]
    if result.attachments_included or result.attachments_withheld:
        lines.append(QCoreApplication.translate(
                "ExportDialog", "Attachments: {included} included, {withheld} withheld.").format(
            included=len(result.attachments_included), withheld=result.attachments_withheld))
    if result.marked_exported:
        lines.append(QCoreApplication.translate(
                "ExportDialog", "Moved to exported: {codes}.").format(
            codes=", ".join(result.marked_exported)))
    return "\n".join(lines)


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER if counts.get(c))


def preview_text(preview: ExportPreview) -> str:
    """What the export will do about review, before writing: the cases not reviewed (and
    whether the export scans them first), then per category what is withheld."""
    cases = preview.cases
    if not cases:
        return ""
    open_cases = [c for c in cases if c.state.state != "reviewed"]
    if not open_cases:
        lines = [QCoreApplication.translate(
            "ExportPreview", "All {n} cases are reviewed.").format(n=len(cases))]
    else:
        lines = [QCoreApplication.translate(
            "ExportPreview", "{n} of {total} cases are not reviewed:").format(
            n=len(open_cases), total=len(cases))]
    for case in open_cases:
        note = {"not_scanned": QCoreApplication.translate(
                    "ExportPreview", " — the export scans it first"),
                "changed": QCoreApplication.translate(
                    "ExportPreview", " — the export scans it again")}.get(case.state.state, "")
        counts = _counts(case.by_default)
        if counts:
            note += QCoreApplication.translate(
                "ExportPreview", " — withheld by default: {counts}").format(counts=counts)
        lines.append(f"  {case.code}: {state_text(case.state)}{note}")
    reviewed, by_default = preview.totals()
    lines.append(QCoreApplication.translate(
        "ExportPreview", "Withheld by default (undecided): {counts}.").format(
        counts=_counts(by_default) or QCoreApplication.translate("ExportPreview", "nothing yet")))
    if preview.to_scan:
        lines.append(QCoreApplication.translate(
            "ExportPreview", "  (and whatever the scan finds in the cases not scanned yet)"))
    lines.append(QCoreApplication.translate(
        "ExportPreview", "Withheld after review (accepted): {counts}.").format(
        counts=_counts(reviewed) or QCoreApplication.translate("ExportPreview", "nothing")))
    if open_cases:
        lines.append(QCoreApplication.translate(
            "ExportPreview", "Undecided suggestions are withheld unless someone rejects them."))
    return "\n".join(lines)


class ExportResultDialog(QDialog):
    def __init__(self, result: VaultExportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export-result-dialog")
        self.setWindowTitle(self.tr("Export written"))
        self.headline = QLabel(self.tr("The export is written, checked and signed."))
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.details = QPlainTextEdit(result_text(result))
        self.details.setObjectName("export-result")
        self.details.setAccessibleName(self.tr("Where the export is and how to check it"))
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)


def _check_list(name: str) -> QListWidget:
    widget = QListWidget()
    widget.setAccessibleName(name)
    return widget


def _add_item(widget: QListWidget, text: str, key: str, ticked: bool) -> None:
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, key)
    item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
    widget.addItem(item)


class ExportDialog(QDialog):
    exported = Signal(object)  # VaultExportResult

    def __init__(self, session: VaultSession, runner: TaskRunner, preselect: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export-dialog")
        self.setWindowTitle(self.tr("Export a redacted PDF"))
        self.session, self.runner, self.preselect = session, runner, set(preselect)
        self.task: TaskHandle | None = None
        self.progress: QProgressDialog | None = None
        self.preview: ExportPreview | None = None
        self._scanning = False  # the progress label says the core is scanning first
        self._preview_request = 0
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self.closed = False  # set when finished: late worker results are then dropped
        self.chosen_attachments: dict[str, str] = {}  # attachment id -> case code
        self._build()
        self.finished.connect(self._forget)
        fit_resize(self, 960, 600)
        self._load()
        self._profile_changed()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.by_cases = QRadioButton(self.tr("&Cases (full redacted transcripts)"))
        self.by_themes = QRadioButton(self.tr("&Theme report (coded passages of the ticked "
                                              "themes)"))
        self.by_cases.setChecked(True)
        mode = QButtonGroup(self)
        for button in (self.by_cases, self.by_themes):
            mode.addButton(button)
        self.by_cases.toggled.connect(self._mode_changed)
        self.filter = QLineEdit()
        self.filter.setAccessibleName(self.tr("Filter cases"))
        self.filter.setPlaceholderText(self.tr("Filter cases…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.cases = _check_list(self.tr("Cases to export"))
        self.cases.setObjectName("export-cases")
        self.cases.itemChanged.connect(self._preview_later)
        self.themes = _check_list(self.tr("Themes to report"))
        self.themes.setObjectName("export-themes")
        lists = QHBoxLayout()
        cases_box = QVBoxLayout()
        self.cases_label = QLabel()
        cases_box.addWidget(self.cases_label)
        cases_box.addWidget(self.filter)
        cases_box.addWidget(self.cases, 1)
        lists.addLayout(cases_box, 3)
        themes_box = QVBoxLayout()
        themes_box.addWidget(QLabel(self.tr("Themes (for a theme report)")))
        themes_box.addWidget(self.themes, 1)
        lists.addLayout(themes_box, 2)
        modes = QHBoxLayout()
        modes.addWidget(self.by_cases)
        modes.addWidget(self.by_themes)
        modes.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self._preview_box(), 1)
        middle.addWidget(self._profile_box(), 1)
        layout = QVBoxLayout(self)
        layout.addLayout(modes)
        layout.addLayout(lists, 1)
        layout.addLayout(middle)
        layout.addLayout(self._target_form())
        self.cases.itemChanged.connect(lambda *_: self._show_attachments())
        self.problem = QLabel()
        self.problem.setObjectName("export-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("font-weight: bold")
        self._asked_for_missing = False
        for field in (self.folder, self.recipient):
            field.textChanged.connect(self._recheck)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("&Export"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._mode_changed()

    def _preview_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Review state of the ticked cases"))
        self.preview_view = QPlainTextEdit()
        self.preview_view.setObjectName("export-preview")
        self.preview_view.setAccessibleName(self.tr("What the export withholds, before "
                                                    "writing"))
        self.preview_view.setReadOnly(True)
        self.preview_view.setPlaceholderText(self.tr("Tick cases to see their review state."))
        self.preview_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        QVBoxLayout(box).addWidget(self.preview_view)
        return box

    def _profile_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What is withheld"))
        self.profile = QComboBox()
        self.profile.setAccessibleName(self.tr("Export profile"))
        self.profile.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.profile.setMinimumContentsLength(24)
        for name, label in (("legal", self.tr("legal: every identifying category withheld, no "
                                              "codings or memos")),
                            ("supervisor", self.tr("supervisor: direct identifiers withheld, "
                                                   "codings and memos included")),
                            ("custom", self.tr("custom: choose below"))):
            self.profile.addItem(label, name)
        self.profile.currentIndexChanged.connect(self._profile_changed)
        self.categories: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for n, category in enumerate(CATEGORY_ORDER):
            box_ = QCheckBox(category)
            box_.setAccessibleName(self.tr("Withhold {c}").format(c=category))
            self.categories[category] = box_
            grid.addWidget(box_, n // 4, n % 4)
            box_.toggled.connect(self._preview_later)
        self.include_codings = QCheckBox(self.tr("Include co&dings"))
        self.include_memos = QCheckBox(self.tr("Include &memos"))
        self.require_review = QCheckBox(self.tr("Re&quire review (refuse while anything is "
                                                "undecided)"))
        self.require_review.setObjectName("export-require-review")
        self.require_review.setToolTip(self.tr("Without this, undecided suggestions are "
                                               "withheld by default."))
        grid.addWidget(self.include_codings, 2, 0)
        grid.addWidget(self.include_memos, 2, 1)
        grid.addWidget(self.require_review, 3, 0, 1, 4)
        layout = QVBoxLayout(box)
        layout.addWidget(self.profile)
        layout.addLayout(grid)
        return box

    def _target_form(self) -> QFormLayout:
        self.recipient = QLineEdit()
        self.recipient.setObjectName("export-recipient")
        self.recipient.setAccessibleName(self.tr("Recipient"))
        self.recipient.setPlaceholderText(self.tr("Who it is for, as printed on the cover (no "
                                                  "real names of interviewees)"))
        self.folder = QLineEdit()
        self.folder.setObjectName("export-folder")
        self.folder.setAccessibleName(self.tr("Output folder"))
        self.folder.setPlaceholderText(self.tr("A new or empty folder"))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        self.pdf_language = QComboBox()
        self.pdf_language.setObjectName("export-pdf-language")
        self.pdf_language.setAccessibleName(self.tr("PDF language"))
        self.pdf_language.setToolTip(self.tr("Language of the PDF's cover, headings and "
                                             "redaction log: the recipient's, which may not be "
                                             "yours. Tokens such as [R1 · PERSON] stay the "
                                             "same in every language."))
        for code in PDF_LANGUAGES:
            self.pdf_language.addItem(NATIVE_NAMES[code], code)
        self.pdf_language.setCurrentIndex(PDF_LANGUAGES.index(current_language()))
        language_label = QLabel(self.tr("PDF &language:"))
        language_label.setBuddy(self.pdf_language)
        self.mark_exported = QCheckBox(self.tr("Move approved cases to “exported”"))
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)

        form = QFormLayout()
        form.addRow(self.tr("&Recipient:"), self.recipient)
        form.addRow(folder_label, row)
        form.addRow(language_label, self.pdf_language)
        form.addRow(self.tr("Attachments:"), self._attachments_row())
        form.addRow(self.mark_exported)
        return form

    def _attachments_row(self) -> QHBoxLayout:
        self.attachments_button = QPushButton(self.tr("&Attachments…"))
        self.attachments_button.setObjectName("export-attachments-button")
        self.attachments_button.clicked.connect(self.choose_attachments)
        self.attachments_summary = QLabel()
        self.attachments_summary.setObjectName("export-attachments-summary")
        self._show_attachments()
        row = QHBoxLayout()
        row.addWidget(self.attachments_button)
        row.addWidget(self.attachments_summary, 1)
        return row

    def _show_attachments(self) -> None:
        count = len(self._attachment_ids(checked(self.cases)))
        self.attachments_summary.setText(
            self.tr("none chosen: all withheld") if not count
            else self.tr("%n chosen, the others withheld", "", count))

    def _attachment_ids(self, codes: list[str]) -> list[str]:
        """The chosen attachments of the ticked cases (choices of unticked ones are kept
        for when they are ticked again, but not sent)."""
        return [i for i, code in self.chosen_attachments.items() if code in codes]

    def choose_attachments(self) -> None:
        """List the ticked cases' attachments (on a worker), then let the user tick some."""
        codes = checked(self.cases)
        if not codes:
            self.problem.setText(self.tr("Tick at least one case."))
            return
        attachments = self.session.vault.attachments
        self.runner.run(lambda _p, _c: [i for code in codes for i in attachments.list(code)],
                        self._attachments_listed, self._failed)

    def _attachments_listed(self, infos: list[AttachmentInfo]) -> None:
        if self.closed:
            return
        dialog = AttachmentChoiceDialog(infos, set(self.chosen_attachments), self)
        listed = {info.id for info in infos}

        def accepted() -> None:
            kept = {i: c for i, c in self.chosen_attachments.items() if i not in listed}
            self.chosen_attachments = {**kept, **dialog.chosen()}
            self._show_attachments()

        dialog.accepted.connect(accepted)
        dialog.open()

    # --- filling --------------------------------------------------------------------------

    def _load(self) -> None:
        vault = self.session.vault
        self.mark_exported.setVisible(may_move(vault.me.role, "approved", "exported"))
        for node in self.session.theme_tree():
            _add_item(self.themes, "   " * node.depth + display_name(node.theme), node.theme.id,
                      False)
        cases = vault.cases
        self.runner.run(lambda _p, _c: cases.summaries(), self._show_cases, self._failed)

    def _show_cases(self, summaries: list[CaseSummary]) -> None:
        if self.closed:
            return
        self.cases.blockSignals(True)
        for case in summaries:
            _add_item(self.cases, f"{case.code} — {case.title} ({status_label(case.status)})",
                      case.code, case.code in self.preselect)
        self.cases.blockSignals(False)
        self.refresh_preview()

    # --- preview --------------------------------------------------------------------------

    def _preview_later(self, *_args: object) -> None:
        self._preview_timer.start()

    def _preview_codes(self) -> list[str]:
        """The ticked cases; for a theme report without ticks, every case."""
        codes = checked(self.cases)
        if not codes and self.by_themes.isChecked():
            codes = [self.cases.item(n).data(Qt.ItemDataRole.UserRole)
                     for n in range(self.cases.count())]
        return codes

    def refresh_preview(self) -> None:
        """Ask the core, on a worker, what the export would withhold; stale answers drop."""
        self._preview_timer.stop()
        self._preview_request += 1
        request, codes = self._preview_request, self._preview_codes()
        profile = self._profile()
        if not codes or profile is None:
            self._show_preview(request, None)
            return
        exports = self.session.vault.exports
        self.runner.run(lambda _p, _c: exports.preview(codes, profile),
                        lambda preview: self._show_preview(request, preview),
                        lambda exc: self._preview_failed(request, exc))

    def _show_preview(self, request: int, preview: ExportPreview | None) -> None:
        if self.closed or request != self._preview_request:
            return
        self.preview = preview
        self.preview_view.setPlainText(preview_text(preview) if preview is not None else "")

    def _filter(self) -> None:
        text = self.filter.text().casefold().strip()
        for n in range(self.cases.count()):
            item = self.cases.item(n)
            item.setHidden(bool(text) and text not in item.text().casefold())

    def _preview_failed(self, request: int, exc: BaseException) -> None:
        if not isinstance(exc, FieldvaultError):
            raise exc
        if not self.closed and request == self._preview_request:
            self.preview = None
            self.preview_view.setPlainText(str(exc))

    def _mode_changed(self) -> None:
        self._preview_later()
        themes = self.by_themes.isChecked()
        self.themes.setEnabled(themes)
        self.cases_label.setText(self.tr("Only passages from these cases (none ticked: all "
                                         "cases)") if themes else self.tr("Cases to export"))

    def _profile_changed(self) -> None:
        name = self.profile.currentData()
        custom = name == "custom"
        preset = PROFILES.get(name)
        for category, box in self.categories.items():
            box.setEnabled(custom)
            if preset is not None:
                box.setChecked(category in preset.withheld)
        for box, on in ((self.include_codings, preset.include_codings if preset else None),
                        (self.include_memos, preset.include_memos if preset else None)):
            box.setEnabled(custom)
            if on is not None:
                box.setChecked(on)
        self._preview_later()

    def choose_folder(self) -> None:
        file_dialog(self, self.tr("Where to write the export"),
                    lambda path: self.folder.setText(str(fresh_folder(path))))

    # --- exporting ------------------------------------------------------------------------

    def export(self) -> bool:
        """Check the form, then write the export on a worker with progress and Cancel."""
        if self.task is not None:
            return False
        request = self._request()
        if request is None:
            return False
        exports, (codes, themes, out, recipient, mark) = self.session.vault.exports, request
        profile = self._profile(show_problem=True)
        if profile is None:
            return False
        strict = self.require_review.isChecked()
        language = str(self.pdf_language.currentData())
        attachments = self._attachment_ids(codes or [])

        def job(progress: Progress, cancelled: Cancel) -> VaultExportResult:
            return exports.export(codes=codes, themes=themes, profile=profile,
                                  recipient=recipient, out_dir=out, progress=progress,
                                  cancel=cancelled, mark_exported=mark, require_review=strict,
                                  language=language, attachments=attachments)

        self.problem.clear()
        self.export_button.setEnabled(False)
        self._start_progress()
        self.task = self.runner.run(job, self._done, self._failed, self._progressed)
        return True

    def _profile(self, show_problem: bool = False) -> Profile | None:
        """The chosen profile; None (and, if asked, one sentence) when it is not valid."""
        exports, name = self.session.vault.exports, self.profile.currentData()
        try:
            return (exports.profile(name, checked_categories(self),
                                    self.include_codings.isChecked(),
                                    self.include_memos.isChecked())
                    if name == "custom" else exports.profile(name))
        except FieldvaultError as exc:
            if show_problem:
                self.problem.setText(str(exc))
            return None

    def _missing(self) -> str:
        """What the form still lacks, as one sentence (empty when complete)."""
        codes, themes = checked(self.cases), checked(self.themes)
        by_themes = self.by_themes.isChecked()
        return (self.tr("Tick at least one theme.") if by_themes and not themes else
                self.tr("Tick at least one case.") if not by_themes and not codes else
                self.tr("Say who the export is for.") if not self.recipient.text().strip()
                else self.tr("Choose the output folder.") if not self.folder.text().strip()
                else "")

    def _recheck(self) -> None:
        """Once a missing field is filled in, its request goes away (it asked only once)."""
        if self.task is None and self.problem.text():
            missing = self._missing()
            if missing or self._asked_for_missing:
                self.problem.setText(missing)
            self._asked_for_missing = bool(missing)

    def _request(self) -> tuple[list[str] | None, list[str] | None, Path, str, bool] | None:
        codes, themes = checked(self.cases), checked(self.themes)
        missing = self._missing()
        self._asked_for_missing = bool(missing)
        if missing:
            self.problem.setText(missing)
            return None
        out = Path(self.folder.text().strip()).expanduser()
        return (codes or None, themes if self.by_themes.isChecked() else None, out,
                self.recipient.text(), self.mark_exported.isChecked())

    def _start_progress(self) -> None:
        progress = QProgressDialog(self._progress_label(), self.tr("Cancel"), 0, 100, self)
        progress.setObjectName("export-progress")
        progress.setWindowTitle(self.tr("Export"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(0)
        progress.canceled.connect(self.cancel)
        progress.show()
        self.progress = progress

    def _progress_label(self) -> str:
        """Says so when the core will scan cases first (as far as the preview knows)."""
        scans = [] if self.preview is None else self.preview.to_scan
        self._scanning = bool(scans)
        if scans:
            return self.tr("Scanning {n} cases for identifying details, then redacting, "
                           "writing and checking the PDF…").format(n=len(scans))
        return self._writing_label()

    def _writing_label(self) -> str:
        return self.tr("Redacting, writing and checking the PDF…")

    def _progressed(self, done: int, total: int) -> None:
        """The core gives scanning the first SCAN_SHARE per cent of the bar; past it the
        label stops saying "Scanning"."""
        if self.progress is not None and not self.closed:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
            if self._scanning and done * 100 >= SCAN_SHARE * max(total, 1):
                self._scanning = False
                self.progress.setLabelText(self._writing_label())

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self._scanning = False
            if self.progress is not None:
                self.progress.setLabelText(self.tr("Cancelling…"))

    def _end(self) -> bool:
        """Close the progress dialog; False when this dialog is gone (results dropped)."""
        self.task = None
        if self.progress is not None and not self.closed:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
        self.progress = None
        if self.closed:
            return False
        self.export_button.setEnabled(True)
        return True

    def _done(self, result: VaultExportResult) -> None:
        if self._end():
            self.exported.emit(result)
            self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, FieldvaultError):
            raise exc
        if not self._end():
            return
        if isinstance(exc, ExportCancelled):
            self.problem.setText(self.tr("Export cancelled; nothing was written."))
        else:
            self.problem.setText(str(exc))

    def _forget(self) -> None:
        self.closed = True
        self._preview_timer.stop()
        if self.task is not None:
            self.task.cancel()
        self.preview = None
        self.preview_view.clear()
        self.cases.clear()
        self.themes.clear()
        self.recipient.clear()


def checked_categories(dialog: ExportDialog) -> list[str]:
    return [c for c, box in dialog.categories.items() if box.isChecked()]
