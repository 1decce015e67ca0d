"""Help → Keyboard shortcuts (read from the window's own actions) and Help → About."""

from __future__ import annotations

from importlib import import_module, metadata

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldvault.ui.messages import fit_resize


def version_line() -> str:
    """``fieldvault.version.describe()`` in the interface language where that module exists,
    else the installed version."""
    try:
        info = import_module("fieldvault.version").build_info()
    except ImportError:
        try:
            return f"Fieldvault {metadata.version('fieldvault')}"
        except metadata.PackageNotFoundError:
            return "Fieldvault"
    unknown = QCoreApplication.translate("AboutDialog", "unknown")
    return QCoreApplication.translate(
        "AboutDialog", "Fieldvault {version} (commit {commit}, built {date})").format(
        version=info.version, commit=unknown if info.commit == "unknown" else info.commit,
        date=unknown if info.date == "unknown" else info.date)


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(what, keys) for every action with a shortcut, in menu order, without duplicates."""
    rows: list[tuple[str, str]] = []
    for action in actions:
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                         for k in action.shortcuts())
        what = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        what = what.rstrip("…").strip()
        if keys and what and (what, keys) not in rows:
            rows.append((what, keys))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts-dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcut-table")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        note = QLabel(self.tr("In the transcript: select a passage with the mouse or with "
                              "Shift and the arrow keys, then apply a theme."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        fit_resize(self, 560, 620)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about-dialog")
        self.setWindowTitle(self.tr("About Fieldvault"))
        title = QLabel(f"<h2>{version_line()}</h2>")
        title.setObjectName("about-version")
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body = QLabel(self.tr(
            "An offline, encrypted case book for field research on people at risk. Nothing "
            "leaves this computer: no network connection is ever made.") + "\n\n" + self.tr(
            "The codebook is derived from the KINU report on North Korean workers in "
            "Russia's Maritime Province (2016). The demo interviews are fiction.") + "\n\n"
            + self.tr("Free software under the GNU Affero General Public License, version 3 "
                      "or later. Fonts: NanumGothic (SIL Open Font License), DejaVu Sans."))
        body.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
