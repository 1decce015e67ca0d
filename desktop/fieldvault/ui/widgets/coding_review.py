"""The supervisor's verdict on one coding, under the workbench's codings list.

Shown only when the vault owner may judge codings (supervisor or owner). A verdict is one
small core write on the UI thread; the vault's change signal then refreshes the list, whose
Review column shows the verdict.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.errors import FieldvaultError
from fieldvault.core.records.codings import CodingView
from fieldvault.core.records.review import REVIEWER_ROLES, VerdictView
from fieldvault.ui.messages import show_error
from fieldvault.ui.models.records import verdict_label
from fieldvault.ui.models.themes import display_name
from fieldvault.ui.session import VaultSession


def may_review(session: VaultSession | None) -> bool:
    return session is not None and session.is_open and session.vault.me.role in REVIEWER_ROLES


class VerdictPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Review of the selected coding"), parent)
        self.setObjectName("verdict-panel")
        self.session: VaultSession | None = None
        self.coding: CodingView | None = None
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.comment = QLineEdit()
        self.comment.setAccessibleName(self.tr("Review comment"))
        self.comment.setPlaceholderText(self.tr("Comment for the coder (optional)"))
        self.valid_button = QPushButton(self.tr("✔ Valid (F7)"))
        self.valid_button.setAccessibleName(self.tr("Mark the coding valid"))
        self.valid_button.clicked.connect(lambda: self.judge("valid"))
        self.invalid_button = QPushButton(self.tr("✘ Invalid (F8)"))
        self.invalid_button.setAccessibleName(self.tr("Mark the coding invalid"))
        self.invalid_button.clicked.connect(lambda: self.judge("invalid"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.comment, 1)
        buttons.addWidget(self.valid_button)
        buttons.addWidget(self.invalid_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        self.set_coding(None, None)

    def attach(self, session: VaultSession | None) -> None:
        self.session = session
        self.setVisible(may_review(session))

    def set_coding(self, coding: CodingView | None, verdict: VerdictView | None) -> None:
        changed = coding is None or self.coding is None or coding.id != self.coding.id
        self.coding = coding
        if changed:
            self.comment.setText(verdict.comment if verdict else "")
        for widget in (self.comment, self.valid_button, self.invalid_button):
            widget.setEnabled(coding is not None)
        if coding is None:
            self.state.setText(self.tr("Select a coding in the list to judge it."))
        elif verdict is None:
            self.state.setText(self.tr("“{text}” ({theme}, by {coder}): not reviewed yet.")
                               .format(text=coding.text[:50], theme=self._theme(coding),
                                       coder=coding.coder or self.tr("unknown")))
        else:
            self.state.setText(self.tr("“{text}” ({theme}, by {coder}): judged {verdict} by "
                                       "{who}.").format(
                text=coding.text[:50], theme=self._theme(coding),
                coder=coding.coder or self.tr("unknown"), verdict=verdict_label(verdict.verdict),
                who=verdict.reviewer or self.tr("unknown")))

    def _theme(self, coding: CodingView) -> str:
        if self.session is None or not self.session.is_open:
            return coding.theme_name
        for node in self.session.theme_tree():
            if node.theme.id == coding.theme_id:
                return display_name(node.theme)
        return coding.theme_name

    def judge(self, verdict: str) -> bool:
        """Record ``verdict`` ("valid"/"invalid") with the typed comment on the coding."""
        if self.coding is None or not may_review(self.session):
            return False
        assert self.session is not None
        try:
            self.session.vault.review.set_verdict(self.coding.id, verdict, self.comment.text())
        except FieldvaultError as exc:
            show_error(self, exc)
            return False
        return True

    def clear(self) -> None:
        self.session = None
        self.coding = None
        self.comment.clear()
        self.set_coding(None, None)
