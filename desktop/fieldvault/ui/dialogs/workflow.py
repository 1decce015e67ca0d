"""A case's review workflow: its history, and buttons for exactly the moves your role allows.

The allowed moves come from :func:`fieldvault.core.records.review.may_move`; the core checks again
when the move is made, so a stale dialog can only get a calm refusal. Returning a case needs
a comment. A supervisor can also reveal a case to blind coders here.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.errors import FieldvaultError
from fieldvault.core.records.review import REVIEWER_ROLES, TRANSITIONS, may_move
from fieldvault.core.vault import Change
from fieldvault.ui.models.review import HistoryModel, role_label, status_label
from fieldvault.ui.session import VaultSession
from fieldvault.ui.widgets.tables import compact_table

MOVE_ORDER = ("submitted", "in_review", "returned", "approved", "exported")


class CaseWorkflowDialog(QDialog):
    def __init__(self, session: VaultSession, code: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workflow-dialog")
        self.setWindowTitle(self.tr("Review workflow — {code}").format(code=code))
        self.session, self.code = session, code
        self.model = HistoryModel(self)
        self.state = QLabel()
        self.state.setObjectName("workflow-state")
        self.state.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("history-table")
        self.table.setAccessibleName(self.tr("Review history"))
        self.table.setModel(self.model)
        compact_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 130), (1, 190), (2, 120)):
            header.resizeSection(column, width)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("workflow-comment")
        self.comment.setAccessibleName(self.tr("Comment on the move"))
        self.comment.setPlaceholderText(self.tr("Comment (needed when returning a case: say "
                                                "what to change)"))
        self.comment.setMaximumHeight(self.fontMetrics().height() * 4 + 12)
        self.buttons: dict[str, QPushButton] = {}
        labels = {"submitted": self.tr("&Submit for review"),
                  "in_review": self.tr("S&tart review"),
                  "returned": self.tr("&Return with comment"),
                  "approved": self.tr("&Approve"), "exported": self.tr("Mark e&xported")}
        moves = QHBoxLayout()
        for status in MOVE_ORDER:
            button = QPushButton(labels[status])
            button.setAccessibleName(labels[status].replace("&", ""))
            button.clicked.connect(partial(self.move_case, status))
            moves.addWidget(button)
            self.buttons[status] = button
        self.reveal_button = QPushButton(self.tr("Re&veal codings to coders"))
        self.reveal_button.setToolTip(self.tr("End blind coding on this case: every coder "
                                              "sees every coding."))
        self.reveal_button.clicked.connect(self.reveal)
        moves.addStretch(1)
        moves.addWidget(self.reveal_button)
        self.problem = QLabel()
        self.problem.setObjectName("workflow-problem")
        self.problem.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.comment)
        layout.addLayout(moves)
        layout.addWidget(self.problem)
        layout.addWidget(close)
        session.changed.connect(self._changed)
        self.finished.connect(self._forget)
        self.resize(820, 480)
        self.refresh()

    def _changed(self, change: Change) -> None:
        if change.target == f"case:{self.code}" or change.action.startswith(
                ("bundle.", "member.")):
            self.refresh()

    def refresh(self) -> None:
        if not self.session.is_open:
            return
        vault = self.session.vault
        try:
            case = vault.cases.get(self.code)
            history = vault.review.history(self.code)
            revealed = vault.review.is_revealed(self.code)
        except FieldvaultError as exc:
            self.problem.setText(str(exc))
            return
        role = vault.me.role
        self.model.set_rows(history)
        allowed = [to for to in MOVE_ORDER if may_move(role, case.status, to)]
        for status, button in self.buttons.items():
            button.setVisible(status in allowed)
        self.reveal_button.setVisible(role in REVIEWER_ROLES and not revealed)
        lines = [self.tr("{code} “{title}” is {status}. You are {role} here.").format(
            code=self.code, title=case.title, status=status_label(case.status),
            role=role_label(role))]
        if not allowed:
            lines.append(self._no_move(case.status, role))
        if revealed:
            lines.append(self.tr("Codings on this case are revealed to every coder."))
        self.state.setText("\n".join(lines))

    def _no_move(self, status: str, role: str) -> str:
        onward = [to for (frm, to) in TRANSITIONS if frm == status]
        if not onward:
            return self.tr("A case that is {status} does not move any further.").format(
                status=status_label(status))
        return self.tr("As {role} you cannot move it from here; next it goes to {next}, which "
                       "another member does.").format(
            role=role_label(role), next=", ".join(status_label(s) for s in onward))

    def move_case(self, to_status: str) -> bool:
        comment = self.comment.toPlainText()
        try:
            entry = self.session.vault.review.move(self.code, to_status, comment)
        except FieldvaultError as exc:
            self.problem.setText(str(exc))
            return False
        self.comment.clear()
        self.problem.setText(self.tr("Moved from {a} to {b}.").format(
            a=status_label(entry.from_status), b=status_label(entry.to_status)))
        self.refresh()
        return True

    def reveal(self) -> bool:
        try:
            self.session.vault.review.reveal(self.code)
        except FieldvaultError as exc:
            self.problem.setText(str(exc))
            return False
        self.problem.setText(self.tr("Every coder may now see all codings of this case."))
        self.refresh()
        return True

    def _forget(self) -> None:
        self.session.changed.disconnect(self._changed)
        self.model.clear()
        self.comment.clear()
