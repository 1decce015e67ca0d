"""Members: your identity text to share, the members you exchange with, adding one.

An identity text holds only public keys, so copying it needs no clipboard guard. Every
action is one small core call on the UI thread (creating the owner's keys the first time
takes a few milliseconds). Refusals are shown in the dialog as one sentence.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFontDatabase, QGuiApplication, QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.errors import FieldvaultError
from fieldvault.core.records.members import ALL_ROLES, MEMBER_ROLES, OwnIdentity
from fieldvault.ui.messages import fit_resize
from fieldvault.ui.models.review import MemberModel, role_label
from fieldvault.ui.session import VaultSession
from fieldvault.ui.widgets.tables import record_table


class MembersDialog(QDialog):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("members-dialog")
        self.setWindowTitle(self.tr("Members"))
        self.session = session
        self.identity: OwnIdentity | None = None
        self.model = MemberModel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._own_box())
        layout.addWidget(self._list_box(), 1)
        layout.addWidget(self._add_box())
        self.problem = QLabel()
        self.problem.setObjectName("members-problem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.finished.connect(self._forget)
        fit_resize(self, 760, 640)
        self.refresh()

    # --- layout ---------------------------------------------------------------------------

    def _own_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("You"))
        self.me_label = QLabel()
        self.me_label.setWordWrap(True)
        self.my_text = QPlainTextEdit()
        self.my_text.setObjectName("my-identity")
        self.my_text.setAccessibleName(self.tr("Your identity text"))
        self.my_text.setReadOnly(True)
        self.my_text.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.my_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.my_text.setMaximumHeight(self.fontMetrics().height() * 4 + 12)
        self.fingerprints = QLabel()
        self.fingerprints.setTextInteractionFlags(
            self.fingerprints.textInteractionFlags().TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("&Copy identity text"))
        self.copy_button.clicked.connect(self.copy_identity)
        self.my_role = QComboBox()
        self.my_role.setAccessibleName(self.tr("Your role in this vault"))
        for role in ALL_ROLES:
            self.my_role.addItem(role_label(role), role)
        self.my_role_button = QPushButton(self.tr("Set &my role"))
        self.my_role_button.clicked.connect(self.set_my_role)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("My role here:")))
        row.addWidget(self.my_role)
        row.addWidget(self.my_role_button)
        form = QVBoxLayout(box)
        form.addWidget(self.me_label)
        form.addWidget(QLabel(self.tr("Share this line with the members you exchange cases "
                                      "with; compare the fingerprint with them by phone or "
                                      "in person:")))
        form.addWidget(self.my_text)
        form.addWidget(self.fingerprints)
        form.addLayout(row)
        return box

    def _list_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Members of this vault"))
        self.table = record_table(self.model, self.tr("Members"), "member-table", stretch=None)
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role of the selected member"))
        for role in MEMBER_ROLES:
            self.role.addItem(role_label(role), role)
        self.role_button = QPushButton(self.tr("Set &role"))
        self.role_button.clicked.connect(self.set_role)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Selected member's role:")))
        row.addWidget(self.role)
        row.addWidget(self.role_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        return box

    def _add_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Add a member"))
        self.paste = QPlainTextEdit()
        self.paste.setObjectName("member-paste")
        self.paste.setAccessibleName(self.tr("Identity text to add"))
        self.paste.setPlaceholderText(self.tr("Paste the identity text the member sent you "
                                              "(one line starting with fieldvault-member:)"))
        self.paste.setMaximumHeight(self.fontMetrics().height() * 3 + 12)
        self.add_role = QComboBox()
        self.add_role.setAccessibleName(self.tr("Role of the new member"))
        self.add_role.addItem(self.tr("as their text says"), None)
        for role in MEMBER_ROLES:
            self.add_role.addItem(role_label(role), role)
        self.add_button = QPushButton(self.tr("&Add member"))
        self.add_button.clicked.connect(self.add_member)
        form = QFormLayout(box)
        form.addRow(self.paste)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Role:")))
        row.addWidget(self.add_role)
        row.addStretch(1)
        row.addWidget(self.add_button)
        form.addRow(row)
        return box

    # --- actions --------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.session.is_open:
            return
        try:
            self.identity = self.session.vault.members.me()
            members = self.session.vault.members.list()
        except FieldvaultError as exc:
            self.problem.setText(str(exc))
            return
        me = self.identity
        self.me_label.setText(self.tr("{name}, {role} in this vault.").format(
            name=me.name, role=role_label(me.role)))
        self.my_text.setPlainText(me.text)
        self.fingerprints.setText(self.tr("Signing key fingerprint: {s}\nEncryption key "
                                          "fingerprint: {e}").format(
            s=me.signing_fingerprint, e=me.encryption_fingerprint))
        self.my_role.setCurrentIndex(max(0, self.my_role.findData(me.role)))
        self.model.set_rows(sorted(members, key=lambda m: (not m.is_self,
                                                            m.signing_fingerprint is None,
                                                            m.name.casefold())))

    def copy_identity(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self.identity is not None and clipboard is not None:
            clipboard.setText(self.identity.text)
            self.problem.setText(self.tr("Your identity text is on the clipboard."))

    def _run(self, action: Callable[[], object], done: str) -> bool:
        try:
            result = action()
        except FieldvaultError as exc:
            self.problem.setText(str(exc))
            return False
        self.problem.setText(done.format(name=getattr(result, "name", ""),
                                         role=role_label(getattr(result, "role", ""))))
        self.refresh()
        return True

    def add_member(self) -> bool:
        text, role = self.paste.toPlainText().strip(), self.add_role.currentData()
        if not text:
            self.problem.setText(self.tr("Paste a member's identity text first."))
            return False
        added = self._run(lambda: self.session.vault.members.add(text, role),
                          self.tr("Added {name} as {role}."))
        if added:
            self.paste.clear()
        return added

    def set_role(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.problem.setText(self.tr("Select a member in the list first."))
            return False
        name, role = self.model.row(rows[0].row()).name, self.role.currentData()
        return self._run(lambda: self.session.vault.members.set_role(name, role),
                         self.tr("{name} is now {role}."))

    def set_my_role(self) -> bool:
        role = self.my_role.currentData()
        return self._run(lambda: self.session.vault.members.update_self(role=role),
                         self.tr("You are now {role} in this vault."))

    def _forget(self) -> None:
        self.model.clear()
        self.my_text.clear()
        self.paste.clear()
        self.identity = None
