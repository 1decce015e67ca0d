"""The export dialog's attachment choice through real widgets: none by default; a photo
ticked with the keyboard becomes the PDF's one picture, the recording stays withheld."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from fieldvault.core.export import verify_dir
from fieldvault.core.vault import Vault
from fieldvault.ui.dialogs.export import ExportDialog, ExportResultDialog
from fieldvault.ui.dialogs.export_attachments import AttachmentChoiceDialog
from fieldvault.ui.mainwindow import MainWindow
from ui.uihelp import new_case, shown, unnamed_inputs

sys.path.insert(0, str(Path(__file__).parents[1] / "core" / "attachments"))  # mediakit
import mediakit  # noqa: E402

MakeVault = Callable[[str, str], Vault]


def test_a_photo_chosen_in_the_dialog_is_the_one_picture_of_the_pdf(
        qtbot: QtBot, window: MainWindow, make_vault: MakeVault, tmp_path: Path) -> None:
    sam = make_vault("sam", "supervisor")
    new_case(sam, "W-001")
    sam.attachments.add("W-001", mediakit.wav(tmp_path / "talk.wav", mediakit.pcm(2.0)))
    photo = sam.attachments.add("W-001", mediakit.jpeg(tmp_path / "page.jpg"))
    window.attach(sam)
    qtbot.waitUntil(lambda: window.cases.select("W-001"), timeout=10_000)
    window.export_action.trigger()
    (dialog,) = shown(ExportDialog)
    qtbot.waitUntil(lambda: dialog.cases.count() == 1, timeout=10_000)
    assert dialog.attachments_summary.text() == "none chosen: all withheld"
    qtbot.mouseClick(dialog.attachments_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown(AttachmentChoiceDialog)), timeout=10_000)
    (chooser,) = shown(AttachmentChoiceDialog)
    assert unnamed_inputs(chooser) == []
    assert chooser.items.count() == 2
    assert [chooser.items.item(n).checkState() for n in range(2)] == [Qt.CheckState.Unchecked] * 2
    chooser.items.setFocus()
    chooser.items.setCurrentRow(1)
    QTest.keyClick(chooser.items, Qt.Key.Key_Space)
    assert chooser.items.item(1).checkState() == Qt.CheckState.Checked
    ok = chooser.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.attachments_summary.text() == "1 chosen, the others withheld"
    dialog.folder.setText(str(tmp_path / "out"))
    qtbot.keyClicks(dialog.recipient, "Legal team")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown(ExportResultDialog)), timeout=60_000)
    (result,) = shown(ExportResultDialog)
    assert "Attachments: 1 included, 1 withheld." in result.details.toPlainText()
    pdf = next((tmp_path / "out").glob("*.pdf"))
    reader = PdfReader(pdf)
    assert sum(len(page.images) for page in reader.pages) == 1
    text = " ".join("".join(page.extract_text() for page in reader.pages).split())
    assert photo.id in text and "1 included, 1 withheld" in text
    assert verify_dir(tmp_path / "out", sam.exports.public_key().base64).ok
