"""Choose which attachments of the ticked cases a PDF export includes.

By default none: the export withholds every attachment and counts them on its cover. Ticked
photos become pages of the PDF, ticked recordings and documents are listed with their
SHA-256 (the core's ``exports.export(attachments=...)``, see core/export/attached.py).
The list is read on a worker; the choice is returned as attachment id -> case code, so the
export dialog can drop choices of cases the user unticks afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.attachments.service import AttachmentInfo
from fieldvault.ui.dialogs.bundle_export import checked
from fieldvault.ui.messages import fit_resize
from fieldvault.ui.models.attachments import kind_text


class AttachmentChoiceDialog(QDialog):
    def __init__(self, infos: list[AttachmentInfo], chosen: set[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export-attachments-dialog")
        self.setWindowTitle(self.tr("Attachments in the export"))
        note = QLabel(self.tr("Ticked attachments go into the PDF: photos as pages, "
                              "recordings and documents listed with their SHA-256. The others "
                              "are withheld and counted on the cover. The leak check reads "
                              "text only: it cannot see what a photo shows."))
        note.setWordWrap(True)
        self.items = QListWidget()
        self.items.setObjectName("export-attachments")
        self.items.setAccessibleName(self.tr("Attachments to include"))
        for info in infos:
            item = QListWidgetItem(f"{info.case_code} — {info.name} ({kind_text(info.kind)}, "
                                   f"{info.id[:8]})")
            item.setData(Qt.ItemDataRole.UserRole, (info.id, info.case_code))
            item.setCheckState(Qt.CheckState.Checked if info.id in chosen
                               else Qt.CheckState.Unchecked)
            self.items.addItem(item)
        if not infos:
            self.items.addItem(self.tr("The ticked cases have no attachments."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.items, 1)
        layout.addWidget(buttons)
        fit_resize(self, 560, 380)

    def chosen(self) -> dict[str, str]:
        """Attachment id -> case code of every ticked row."""
        return dict(checked(self.items))
