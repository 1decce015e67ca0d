"""A HEIC photo added through the attachments panel is shown (Qt cannot decode HEVC: the
core hands it over as PNG), upright, with what was removed."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from fieldvault.core.vault import Vault
from fieldvault.ui.session import VaultSession
from fieldvault.ui.widgets.attachments_panel import AttachmentsPanel

sys.path.insert(0, str(Path(__file__).parents[1] / "core" / "attachments"))  # mediakit
sys.path.insert(0, str(Path(__file__).parents[1] / "core" / "review"))  # reviewkit
import mediakit  # noqa: E402
from reviewkit import new_case  # noqa: E402


def test_a_heic_photo_is_shown_upright(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    code = new_case(vault)
    panel = AttachmentsPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 520)
    panel.show()
    panel.set_case(VaultSession(vault), code)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.findChild(QFileDialog) is not None)
    dialog = panel.findChild(QFileDialog)
    dialog.selectFile(str(mediakit.heic(tmp_path / "IMG_0002.HEIC")))
    dialog.accept()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: panel.image is not None, timeout=10_000)
    assert (panel.image.width(), panel.image.height()) == (48, 64)
    assert not panel.preview.pixmap().isNull()
    assert "GPS location" in panel.status.text() and "XMP metadata" in panel.status.text()
    panel.set_case(None, None)
