"""Exchange → Purge submitted cases (field mode): delete sent cases from this laptop.

The dialog lists the submitted cases and when each was last sent. Before anything is
deleted, a confirmation names every case and how many transcript versions, codings and
memos go with it (counted on a worker). The purge itself runs on a worker without Cancel:
the core deletes in one transaction, then scrubs the files.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.errors import FieldvaultError
from fieldvault.core.exchange.service import PurgeReport
from fieldvault.core.records.cases import CaseSummary
from fieldvault.core.vault import Vault
from fieldvault.ui.dialogs.bundle_export import checked
from fieldvault.ui.messages import ask, busy
from fieldvault.ui.session import VaultSession
from fieldvault.ui.tasks import TaskRunner


@dataclass(frozen=True)
class DoomedCase:
    """What purging one case destroys."""

    code: str
    title: str
    transcripts: int
    codings: int
    memos: int


def count_doomed(vault: Vault, summaries: list[CaseSummary]) -> list[DoomedCase]:
    """Count what each case holds (any thread)."""
    out = []
    for case in summaries:
        codings = vault.codings.for_case(case.code)
        memos = len(vault.memos.for_target("case", case.code))
        memos += sum(len(vault.memos.for_target("coding", c.id)) for c in codings)
        out.append(DoomedCase(case.code, case.title, len(vault.transcripts.versions(case.code)),
                              len(codings), memos))
    return out


def last_sent(vault: Vault) -> dict[str, str]:
    """Case id -> date of the latest bundle written from here that carried it submitted."""
    sent: dict[str, str] = {}
    for record in vault.bundles.history():
        if record.direction != "out":
            continue
        for case_id, status in json.loads(record.cases).items():
            if status == "submitted":
                sent[case_id] = max(sent.get(case_id, ""), record.at[:10])
    return sent


class PurgeDialog(QDialog):
    purged = Signal(object)  # PurgeReport

    def __init__(self, session: VaultSession, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("purge-dialog")
        self.setWindowTitle(self.tr("Purge submitted cases"))
        self.session, self.runner = session, runner
        self.summaries: dict[str, CaseSummary] = {}
        self.confirmation: QWidget | None = None
        self.closed = False  # set when finished: late worker results are then dropped
        intro = QLabel(self.tr("Field mode: once a case is submitted and sent, delete it from "
                               "this laptop so a search at a border finds nothing. Only cases "
                               "sent as submitted, and unchanged since, can be purged."))
        intro.setWordWrap(True)
        self.cases = QListWidget()
        self.cases.setObjectName("purge-cases")
        self.cases.setAccessibleName(self.tr("Submitted cases"))
        self.problem = QLabel()
        self.problem.setObjectName("purge-problem")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.purge_button = buttons.addButton(self.tr("&Purge…"),
                                              QDialogButtonBox.ButtonRole.DestructiveRole)
        self.purge_button.clicked.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.cases, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.finished.connect(self._forget)
        self.resize(620, 460)
        self._load()

    def _load(self) -> None:
        vault = self.session.vault

        def job(_p: object, _c: object) -> tuple[list[CaseSummary], dict[str, str]]:
            return vault.cases.summaries(status="submitted"), last_sent(vault)

        self.runner.run(job, self._show, self._failed)

    def _show(self, result: tuple[list[CaseSummary], dict[str, str]]) -> None:
        if self.closed:
            return
        summaries, sent = result
        self.summaries = {s.code: s for s in summaries}
        for case in summaries:
            when = sent.get(case.id)
            note = (self.tr("sent {date}").format(date=when) if when
                    else self.tr("not sent yet: cannot be purged"))
            item = QListWidgetItem(f"{case.code} — {case.title} ({note})")
            item.setData(Qt.ItemDataRole.UserRole, case.code)
            item.setCheckState(Qt.CheckState.Checked if when else Qt.CheckState.Unchecked)
            self.cases.addItem(item)
        if not summaries:
            self.problem.setText(self.tr("No case is submitted, so there is nothing to purge."))

    def confirm(self) -> bool:
        """Count what the chosen cases hold, then ask with the exact list."""
        codes = checked(self.cases)
        if not codes:
            self.problem.setText(self.tr("Tick the cases to purge first."))
            return False
        vault, chosen = self.session.vault, [self.summaries[c] for c in codes]
        self.purge_button.setEnabled(False)
        self.runner.run(lambda _p, _c: count_doomed(vault, chosen), self._ask, self._failed)
        return True

    def confirmation_text(self, doomed: list[DoomedCase]) -> str:
        lines = [self.tr("This permanently destroys on this laptop:")]
        lines += [self.tr("• {code} “{title}”: {t} transcript versions, {c} codings, {m} memos")
                  .format(code=d.code, title=d.title, t=d.transcripts, c=d.codings, m=d.memos)
                  for d in doomed]
        lines.append(self.tr("Their text is then scrubbed from the vault files and cannot be "
                             "recovered here. Copies remain only in the bundles you sent and "
                             "in the recipients' vaults. People and themes are kept."))
        return "\n".join(lines)

    def _ask(self, doomed: list[DoomedCase]) -> None:
        if self.closed:
            return
        self.purge_button.setEnabled(True)
        label = self.tr("Destroy %n case(s)", "", len(doomed))
        self.confirmation = ask(self, self.tr("Purge submitted cases"),
                                self.confirmation_text(doomed), [label],
                                lambda answer: self._purge([d.code for d in doomed])
                                if answer == 0 else None)

    def _purge(self, codes: list[str]) -> None:
        if self.closed or not self.session.is_open:
            return
        bundles = self.session.vault.bundles
        self.purge_button.setEnabled(False)
        progress = busy(self, self.tr("Purge"), self.tr("Deleting and scrubbing %n case(s)…",
                                                        "", len(codes)))

        def done(report: PurgeReport) -> None:
            progress.close()
            if not self.closed:  # closed only by a lock, whose worker results are dropped
                self.purged.emit(report)
                self.accept()

        def failed(exc: BaseException) -> None:
            progress.close()
            self._failed(exc)

        self.runner.run(lambda _p, _c: bundles.purge(codes), done, failed)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, FieldvaultError):
            raise exc
        if self.closed:
            return
        self.purge_button.setEnabled(True)
        self.problem.setText(str(exc))

    def _forget(self) -> None:
        self.closed = True
        self.cases.clear()
        self.summaries = {}
