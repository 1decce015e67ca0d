"""Exchange → Receive a bundle: verify and merge it on a worker, then say what happened.

The core checks everything (signature, known sender, addressed to this vault, replay,
format, schema) before it writes, and merges in one transaction, so the progress dialog
has no Cancel: the import finishes or changes nothing. A refusal is one sentence in a
message box; a success opens :class:`ImportResultDialog`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.errors import FieldvaultError
from fieldvault.core.exchange.service import ImportReport
from fieldvault.ui.messages import busy, show_error
from fieldvault.ui.session import VaultSession
from fieldvault.ui.tasks import TaskRunner


def import_headline(report: ImportReport) -> str:
    return QCoreApplication.translate(
        "ImportBundle", "Imported the bundle from {sender}: {new} new cases, {updated} updated."
    ).format(sender=report.sender, new=len(report.new_cases), updated=len(report.updated_cases))


def import_details(report: ImportReport) -> list[str]:
    """One line per kind of thing the bundle added or changed, then conflicts."""
    lines = []
    if report.new_cases:
        lines.append(QCoreApplication.translate(
                "ImportBundle", "New cases: {codes}").format(codes=", ".join(report.new_cases)))
    if report.updated_cases:
        lines.append(QCoreApplication.translate("ImportBundle", "Updated cases: {codes}").format(
            codes=", ".join(report.updated_cases)))
    lines += [QCoreApplication.translate(
            "ImportBundle", "Case {old} arrived, but that code was taken here: it is {new} in this "
                  "vault.").format(old=old, new=new) for old, new in report.renamed.items()]
    counts = ((report.transcripts,
               QCoreApplication.translate("ImportBundle", "transcript versions")),
              (report.codings, QCoreApplication.translate("ImportBundle", "codings")),
              (report.memos, QCoreApplication.translate("ImportBundle", "memos")),
              (report.verdicts, QCoreApplication.translate("ImportBundle", "verdicts")),
              (report.events, QCoreApplication.translate("ImportBundle", "review moves")),
              (report.people, QCoreApplication.translate("ImportBundle", "people")),
              (report.identities, QCoreApplication.translate("ImportBundle", "real identities")),
              (report.themes, QCoreApplication.translate("ImportBundle", "new themes")),
              (report.attachments, QCoreApplication.translate("ImportBundle", "attachments")))
    added = ", ".join(f"{n} {what}" for n, what in counts if n)
    lines.append(QCoreApplication.translate(
            "ImportBundle", "Added or changed: {what}.").format(what=added) if added
                 else QCoreApplication.translate(
                         "ImportBundle", "Nothing in it was new to this vault."))
    if report.conflicts:
        lines.append(QCoreApplication.translate(
                "ImportBundle", "{n} conflicts: records were changed on both sides. Both versions "
                "are "
                         "kept; see Review → Conflicts to reconcile them.").format(
            n=report.conflicts))
    else:
        lines.append(QCoreApplication.translate("ImportBundle", "No conflicts."))
    return lines


class ImportResultDialog(QDialog):
    show_conflicts = Signal()

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import-result-dialog")
        self.setWindowTitle(self.tr("Bundle imported"))
        self.report = report
        self.headline = QLabel(import_headline(report))
        self.headline.setObjectName("import-headline")
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.details = QPlainTextEdit("\n".join(import_details(report)))
        self.details.setObjectName("import-details")
        self.details.setAccessibleName(self.tr("What the bundle added"))
        self.details.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        if report.conflicts:
            conflicts = buttons.addButton(self.tr("Show &conflicts"),
                                          QDialogButtonBox.ButtonRole.ActionRole)
            conflicts.clicked.connect(self.show_conflicts)
            conflicts.clicked.connect(self.accept)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(560, 320)


def import_bundle(parent: QWidget, session: VaultSession, runner: TaskRunner, path: Path,
                  on_result: Callable[[ImportResultDialog], object] | None = None) -> None:
    """Import ``path`` on a worker; show the result dialog or one calm sentence."""
    bundles = session.vault.bundles
    progress = busy(parent, QCoreApplication.translate("ImportBundle", "Receive a bundle"),
                    QCoreApplication.translate("ImportBundle", "Checking and merging {name}…")
                    .format(name=path.name))

    def done(report: ImportReport) -> None:
        progress.close()
        dialog = ImportResultDialog(report, parent)
        if on_result is not None:
            on_result(dialog)
        dialog.open()

    def failed(exc: BaseException) -> None:
        progress.close()
        if not isinstance(exc, FieldvaultError):
            raise exc
        show_error(parent, exc)

    runner.run(lambda _p, _c: bundles.import_file(path), done, failed)
