"""Exchange → Send cases: choose recipients and cases, write one signed, encrypted bundle.

Case summaries and privacy states load on a worker; each case says how many suggestions
are still undecided in it, and a line under the list adds them up for the ticked cases
(bundles carry the working text, so the sender should know before sending). The bundle
is written on a worker behind a progress dialog without Cancel (the core writes it and
records the export in one step, so it either finishes or leaves nothing). The file is
chosen with Qt's own dialog (no recent-files trace).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.errors import FieldvaultError
from fieldvault.core.exchange.service import ExportReport
from fieldvault.core.privacy.state import PrivacyState
from fieldvault.core.records.cases import CaseSummary
from fieldvault.ui.messages import busy, file_dialog, fit_resize, inform, show_error
from fieldvault.ui.models.attachments import size_text
from fieldvault.ui.models.privacy_state import state_text
from fieldvault.ui.models.review import role_label, status_label
from fieldvault.ui.session import VaultSession
from fieldvault.ui.tasks import TaskRunner

BUNDLE_SUFFIX = ".fvbundle"


def checked(widget: QListWidget) -> list[Any]:
    """The item data (UserRole) of every ticked item."""
    return [item.data(Qt.ItemDataRole.UserRole) for item in
            (widget.item(n) for n in range(widget.count()))
            if item.checkState() == Qt.CheckState.Checked]


class ExportBundleDialog(QDialog):
    exported = Signal(object)  # ExportReport

    def __init__(self, session: VaultSession, runner: TaskRunner, preselect: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export-bundle-dialog")
        self.setWindowTitle(self.tr("Send cases as a bundle"))
        self.session, self.runner = session, runner
        self.preselect = set(preselect)
        self.report: ExportReport | None = None
        self.states: dict[str, PrivacyState] = {}
        self.closed = False  # set when finished: late worker results are then dropped
        self._build()
        self.finished.connect(self._forget)
        fit_resize(self, 820, 600)
        self._load()

    def _build(self) -> None:
        self.recipients = QListWidget()
        self.recipients.setObjectName("bundle-recipients")
        self.recipients.setAccessibleName(self.tr("Recipients"))
        self.filter = QLineEdit()
        self.filter.setAccessibleName(self.tr("Filter cases"))
        self.filter.setPlaceholderText(self.tr("Filter by code, title or status…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.cases = QListWidget()
        self.cases.setObjectName("bundle-cases")
        self.cases.setAccessibleName(self.tr("Cases to send"))
        self.cases.itemChanged.connect(self._update_undecided)
        self.undecided = QLabel()
        self.undecided.setObjectName("bundle-undecided")
        self.undecided.setWordWrap(True)
        self.identities = QCheckBox(self.tr("Include the real &identities of the people in "
                                            "these cases (readable only by supervisors)"))
        self.out = QLineEdit()
        self.out.setObjectName("bundle-out")
        self.out.setAccessibleName(self.tr("Bundle file"))
        self.out.setPlaceholderText(self.tr("Where to write the bundle (…{s})").format(
            s=BUNDLE_SUFFIX))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self.choose_file)
        self.problem = QLabel()
        self.problem.setObjectName("bundle-problem")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = buttons.addButton(self.tr("&Write bundle"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        left = QGroupBox(self.tr("To"))
        QVBoxLayout(left).addWidget(self.recipients)
        right = QGroupBox(self.tr("Cases"))
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.filter)
        right_layout.addWidget(self.cases, 1)
        right_layout.addWidget(self.undecided)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([300, 500])
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File:")))
        file_row.addWidget(self.out, 1)
        file_row.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Only the chosen members can open the bundle; it is "
                                        "signed with your key so they know it comes from "
                                        "you.")))
        layout.addWidget(split, 1)
        layout.addWidget(self.identities)
        layout.addLayout(file_row)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _load(self) -> None:
        vault = self.session.vault
        members = [m for m in vault.members.list() if not m.is_self and m.signing_fingerprint]
        for member in members:
            item = QListWidgetItem(f"{member.name} — {role_label(member.role)}")
            item.setData(Qt.ItemDataRole.UserRole, member.name)
            item.setToolTip(self.tr("Signing key {f}").format(f=member.signing_fingerprint))
            item.setCheckState(Qt.CheckState.Checked if len(members) == 1
                               else Qt.CheckState.Unchecked)
            self.recipients.addItem(item)
        if not members:
            self.problem.setText(self.tr("No member can receive bundles yet: add their "
                                         "identity text under Review → Members first."))
        cases, privacy = vault.cases, vault.privacy

        def job(_p: object, _c: object) -> tuple[list[CaseSummary], dict[str, PrivacyState]]:
            return cases.summaries(), privacy.states()

        self.runner.run(job, self._show_cases, self._failed)

    def _show_cases(self, loaded: tuple[list[CaseSummary], dict[str, PrivacyState]]) -> None:
        if self.closed:
            return
        summaries, self.states = loaded
        self.cases.blockSignals(True)
        for case in summaries:
            state = state_text(self.states.get(case.code))
            item = QListWidgetItem(f"{case.code} — {case.title} ({status_label(case.status)})"
                                   + (f" · {state}" if state else ""))
            item.setData(Qt.ItemDataRole.UserRole, case.code)
            item.setCheckState(Qt.CheckState.Checked if case.code in self.preselect
                               else Qt.CheckState.Unchecked)
            self.cases.addItem(item)
        self.cases.blockSignals(False)
        self._filter()
        self._update_undecided()

    def _update_undecided(self, *_args: object) -> None:
        """Add up what is undecided in the ticked cases."""
        states = [self.states[c] for c in checked(self.cases) if c in self.states]
        undecided = sum(s.undecided for s in states)
        unscanned = sum(1 for s in states if s.state == "not_scanned")
        if not states:
            self.undecided.clear()
            return
        parts = [self.tr("{n} suggestions are undecided in the ticked cases.").format(
            n=undecided) if undecided else self.tr("No suggestion is undecided in the ticked "
                                                   "cases.")]
        if unscanned:
            parts.append(self.tr("{n} of them were never scanned.").format(n=unscanned))
        parts.append(self.tr("The bundle carries the working text as it is."))
        self.undecided.setText(" ".join(parts))

    def _failed(self, exc: BaseException) -> None:
        if not self.closed:
            show_error(self, exc)

    def _filter(self) -> None:
        text = self.filter.text().casefold().strip()
        for n in range(self.cases.count()):
            item = self.cases.item(n)
            item.setHidden(bool(text) and text not in item.text().casefold())

    def choose_file(self) -> None:
        file_dialog(self, self.tr("Write the bundle to"), self.set_file, mode="save",
                    name_filter=self.tr("Fieldvault bundles (*{s})").format(s=BUNDLE_SUFFIX))

    def set_file(self, path: Path) -> None:
        if path.suffix != BUNDLE_SUFFIX:
            path = path.with_name(path.name + BUNDLE_SUFFIX)
        self.out.setText(str(path))

    def export(self) -> bool:
        """Check the form, then write the bundle on a worker."""
        recipients, codes = checked(self.recipients), checked(self.cases)
        out = self.out.text().strip()
        missing = (self.tr("Choose at least one recipient.") if not recipients else
                   self.tr("Choose at least one case.") if not codes else
                   self.tr("Choose where to write the bundle.") if not out else "")
        if missing:
            self.problem.setText(missing)
            return False
        bundles, path = self.session.vault.bundles, Path(out)
        identities = self.identities.isChecked()
        self.send_button.setEnabled(False)
        progress = busy(self, self.tr("Send cases"), self.tr(
            "Encrypting and signing %n case(s)…", "", len(codes)))

        def job(_p: object, _c: object) -> ExportReport:
            return bundles.export(recipients, codes, path, with_identities=identities)

        def done(report: ExportReport) -> None:
            progress.close()
            if not self.closed:
                self.report = report
                self.exported.emit(report)
                self.accept()

        def failed(exc: BaseException) -> None:
            progress.close()
            if not isinstance(exc, FieldvaultError):
                raise exc
            if not self.closed:
                self.send_button.setEnabled(True)
                self.problem.setText(str(exc))

        self.runner.run(job, done, failed)
        return True

    def _forget(self) -> None:
        self.closed = True
        self.recipients.clear()
        self.cases.clear()


def export_summary(report: ExportReport) -> str:
    lines = [QCoreApplication.translate("ExportBundle", "Wrote {file} ({size}) for {to}.").format(
        file=report.path, size=size_text(report.bytes), to=", ".join(report.recipients)),
        QCoreApplication.translate(
                "ExportBundle", "Cases: {codes}.").format(codes=", ".join(report.cases))]
    if report.identities:
        lines.append(QCoreApplication.translate(
                "ExportBundle", "{n} real identities travel inside, readable only by the "
                "supervisors "
                        "among the recipients.").format(n=report.identities))
    lines.append(QCoreApplication.translate(
            "ExportBundle", "Carry the file by any means (USB stick, shared folder, e-mail); only "
            "the "
                    "recipients can open it, and they will see if it was altered."))
    return "\n".join(lines)


def show_export_result(parent: QWidget | None, report: ExportReport) -> None:
    inform(parent, QCoreApplication.translate(
            "ExportBundle", "Bundle written"), export_summary(report))
