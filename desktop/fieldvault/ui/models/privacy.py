"""Table models for the privacy review (redactions of one case) and the People page.

Category colours are deliberately strong and unlike the pastel theme colours, so a
privacy span is never mistaken for a coding.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from fieldvault.core.privacy.service import RedactionView
from fieldvault.core.records.people import PersonView
from fieldvault.ui.i18n import QT_TRANSLATE_NOOP
from fieldvault.ui.models.records import RowTableModel
from fieldvault.ui.resources import swatch

CATEGORY_COLORS = {"PERSON": "#c62828", "ORG": "#6a1b9a", "LOCATION": "#1565c0",
                   "PHONE": "#e65100", "ID": "#2e7d32", "DOB": "#5d4037",
                   "EMAIL": "#00838f", "ADDRESS": "#ad1457"}
FALLBACK_COLOR = "#455a64"


# The roles every vault starts with (core.records.people.ROLE_PREFIXES); roles a user adds
# are shown as typed.
PERSON_ROLES = (QT_TRANSLATE_NOOP("PersonRoles", "worker"),
                QT_TRANSLATE_NOOP("PersonRoles", "manager"),
                QT_TRANSLATE_NOOP("PersonRoles", "broker"),
                QT_TRANSLATE_NOOP("PersonRoles", "official"),
                QT_TRANSLATE_NOOP("PersonRoles", "family"),
                QT_TRANSLATE_NOOP("PersonRoles", "interpreter"),
                QT_TRANSLATE_NOOP("PersonRoles", "other"))


def person_role_label(role: str) -> str:
    return QCoreApplication.translate("PersonRoles", role)


def category_color(category: str) -> str:
    return CATEGORY_COLORS.get(category, FALLBACK_COLOR)


def status_text(status: str) -> str:
    return {"suggested": QCoreApplication.translate("PrivacyModels", "suggested"),
            "accepted": QCoreApplication.translate("PrivacyModels", "accepted"),
            "rejected": QCoreApplication.translate("PrivacyModels", "rejected")}.get(status, status)


class RedactionColumn(IntEnum):
    TEXT = 0
    CATEGORY = 1
    STATUS = 2
    PERSON = 3
    SOURCE = 4


class RedactionModel(RowTableModel[RedactionView]):
    """Redactions of one case; rows not on the current transcript are greyed."""

    headers = (QT_TRANSLATE_NOOP("RedactionModel", "Text"),
               QT_TRANSLATE_NOOP("RedactionModel", "Category"),
               QT_TRANSLATE_NOOP("RedactionModel", "Status"),
               QT_TRANSLATE_NOOP("RedactionModel", "Person"),
               QT_TRANSLATE_NOOP("RedactionModel", "Found by"))

    def cell(self, item: RedactionView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.DecorationRole and column == RedactionColumn.CATEGORY:
            return swatch(category_color(item.category))
        if role == Qt.ItemDataRole.ToolTipRole and column == RedactionColumn.STATUS:
            if item.decided_by:
                return QCoreApplication.translate(
                        "PrivacyModels", "{status} by {who} on {when}").format(
                    status=status_text(item.status), who=item.decided_by,
                    when=(item.decided_at or "")[:10])
            return None
        if role == Qt.ItemDataRole.ForegroundRole and not item.placed:
            palette = QApplication.palette()
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and column == RedactionColumn.STATUS:
            if item.status == "suggested":
                font = QApplication.font()
                font.setItalic(True)
                return font
        return None

    @staticmethod
    def _display(item: RedactionView, column: int) -> str:
        if column == RedactionColumn.TEXT:
            return " ".join(item.text.split()) if item.placed else QCoreApplication.translate(
                    "PrivacyModels", "(on an older version)")
        if column == RedactionColumn.CATEGORY:
            return item.category
        if column == RedactionColumn.STATUS:
            return status_text(item.status)
        if column == RedactionColumn.PERSON:
            return item.person or ""
        return {"manual": QCoreApplication.translate("PrivacyModels", "you"),
                "pattern": QCoreApplication.translate("PrivacyModels", "pattern"),
                "gazetteer": QCoreApplication.translate("PrivacyModels", "known term")
                }.get(item.source, item.source)

    def row_of(self, redaction_id: str) -> int | None:
        for number, view in enumerate(self._rows):
            if view.id == redaction_id:
                return number
        return None


class PeopleModel(RowTableModel[PersonView]):
    """People by code; the name column shows names only for rows that carry an identity
    (the page passes identities only when the user asked to see them)."""

    headers = (QT_TRANSLATE_NOOP("PeopleModel", "Code"),
               QT_TRANSLATE_NOOP("PeopleModel", "Role"),
               QT_TRANSLATE_NOOP("PeopleModel", "Name"),
               QT_TRANSLATE_NOOP("PeopleModel", "Variants"),
               QT_TRANSLATE_NOOP("PeopleModel", "Contacts"))
    HIDDEN = "•••"

    def cell(self, item: PersonView, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return item.code
        if column == 1:
            return person_role_label(item.role)
        identity = item.identity
        if identity is None:
            return self.HIDDEN if column == 2 else ""
        if column == 2:
            return identity.name
        if column == 3:
            return ", ".join(v for v in identity.variants if v != identity.name)
        return ", ".join(identity.contacts)
