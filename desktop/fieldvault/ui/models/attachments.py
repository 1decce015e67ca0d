"""The attachments of one case as a table: name, kind, size, duration."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from fieldvault.core.attachments.service import AttachmentInfo
from fieldvault.ui.i18n import QT_TRANSLATE_NOOP
from fieldvault.ui.models.records import RowTableModel


def size_text(size: int) -> str:
    """A file size with units in the interface language (Qt's own data-size text stays in
    English units) and digits in the locale's style ("1,4 МБ")."""
    if size < 1024:
        return QCoreApplication.translate("AttachmentModel", "{0} B").format(size)
    if size < 1024 * 1024:
        return QCoreApplication.translate("AttachmentModel", "{0} KB").format(
            QLocale().toString(size / 1024, "f", 1))
    return QCoreApplication.translate("AttachmentModel", "{0} MB").format(
        QLocale().toString(size / 1024 / 1024, "f", 1))


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
    headers = (QT_TRANSLATE_NOOP("AttachmentModel", "Name"),
               QT_TRANSLATE_NOOP("AttachmentModel", "Kind"),
               QT_TRANSLATE_NOOP("AttachmentModel", "Size"),
               QT_TRANSLATE_NOOP("AttachmentModel", "Length"))

    def cell(self, item: AttachmentInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (item.name, kind_text(item.kind), size_text(item.size),
                    duration_text(item.duration))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


#: What stripping reports (core/attachments), for the translation tools. A phrase not
#: listed (an unusual chunk's name) is shown as the core wrote it.
REMOVED = (
    QT_TRANSLATE_NOOP("AttachmentRemoved", "LIST chunk"),
    QT_TRANSLATE_NOOP("AttachmentRemoved",
                      "broadcast extension (bext: originator, date, description)"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "iXML chunk"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "ID3 tags"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "XMP metadata"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "cue points"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "sampler chunk"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "padding (JUNK)"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "padding"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "LIST/INFO tags (title, artist, dates, comments)"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "text (tEXt)"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "text (iTXt, e.g. XMP)"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "text (zTXt)"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "EXIF metadata (eXIf)"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "modification time (tIME)"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "colour profile (iCCP)"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "data after the image end"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "EXIF metadata (camera, settings, dates)"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "GPS location"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "maker notes"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "embedded thumbnail"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "colour profile (ICC)"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "multi-picture index"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "IPTC/Photoshop metadata"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "JFIF thumbnail"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "JPEG comment"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "data after the image end (previews, depth maps)"),
    QT_TRANSLATE_NOOP("AttachmentRemoved",
                      "ID3v2 tags (title, artist, comments, pictures, dates)"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "ID3v1 tag"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "APE tags"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "Lyrics3 tag"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "GPS location (\u00a9xyz)"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "location (loci)"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "tags (meta/ilst: title, artist, comments)"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "user data (udta)"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "XMP or vendor data (uuid)"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "leftover bytes in free space"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "other metadata items"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "creation and modification dates"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "Vorbis comments"),
    QT_TRANSLATE_NOOP("AttachmentRemoved", "Opus tags"),
)


def removed_text(phrase: str) -> str:
    """One phrase of what stripping removed, in the interface language where known;
    "Vorbis comments (TITLE, ARTIST)" keeps its field names."""
    label, bracket, rest = phrase.partition(" (")
    if label in ("Vorbis comments", "Opus tags") and bracket:
        return f"{QCoreApplication.translate('AttachmentRemoved', label)} ({rest}"
    return QCoreApplication.translate("AttachmentRemoved", phrase)
