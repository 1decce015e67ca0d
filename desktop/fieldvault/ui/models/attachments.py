"""The attachments of one case as a table: name, kind, size, duration."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from fieldvault.core.attachments.service import AttachmentInfo
from fieldvault.ui.i18n import QT_TRANSLATE_NOOP
from fieldvault.ui.models.records import RowTableModel


def size_text(size: int) -> str:
    if size < 1024:
        return QCoreApplication.translate("AttachmentModel", "{0} B").format(size)
    if size < 1024 * 1024:
        return QCoreApplication.translate("AttachmentModel", "{0} KB").format(
            f"{size / 1024:.1f}")
    return QCoreApplication.translate("AttachmentModel", "{0} MB").format(
        f"{size / 1024 / 1024:.1f}")


def duration_text(seconds: float | None) -> str:
    if seconds is None:
        return ""
    whole = round(seconds)
    return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"


def kind_text(kind: str) -> str:
    if kind == "audio":
        return QCoreApplication.translate("AttachmentModel", "recording")
    if kind == "image":
        return QCoreApplication.translate("AttachmentModel", "photo")
    return QCoreApplication.translate("AttachmentModel", "document")


class AttachmentModel(RowTableModel[AttachmentInfo]):
    IdRole = Qt.ItemDataRole.UserRole + 2
    headers = (QT_TRANSLATE_NOOP("AttachmentModel", "Name"),
               QT_TRANSLATE_NOOP("AttachmentModel", "Kind"),
               QT_TRANSLATE_NOOP("AttachmentModel", "Size"),
               QT_TRANSLATE_NOOP("AttachmentModel", "Length"))

    def cell(self, item: AttachmentInfo, column: int, role: int) -> Any:
        if role == self.IdRole:
            return item.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (item.name, kind_text(item.kind), size_text(item.size),
                    duration_text(item.duration))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
