"""The export dialog (redacted PDF) through the real widgets: result, cancel, refusal; the
export signing key; REFI-QDA export (summary first) and import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from fieldvault.core.export import verify_dir
from fieldvault.core.vault import Vault
from fieldvault.ui.dialogs.export import ExportDialog, ExportResultDialog
from fieldvault.ui.mainwindow import MainWindow
from ui.uihelp import EN_TEXT, close_messages, new_case, shown, unnamed_inputs, wait_message

MakeVault = Callable[[str, str], Vault]
NAME = "Kim Chol-su"
TEXT = f"Q: Who kept the passports?\nA: {NAME} kept them in his safe in Artyom.\n" + EN_TEXT


def redacted_case(vault: Vault) -> str:
    """A case whose interviewee name is an accepted PERSON redaction."""
    new_case(vault, "W-001", TEXT, title="Passports")
    start = TEXT.index(NAME)
    vault.privacy.add_manual("W-001", start, start + len(NAME), "PERSON", role="manager")
    return "W-001"


def open_dialog(qtbot: QtBot, window: MainWindow) -> ExportDialog:
    dialog = window.exports.export_pdf()
    assert isinstance(dialog, ExportDialog)
    qtbot.waitUntil(lambda: dialog.cases.count() > 0, timeout=10_000)
    return dialog


def test_export_writes_a_checked_signed_folder_and_says_how_to_verify(
        qtbot: QtBot, window: MainWindow, make_vault: MakeVault, tmp_path: Path) -> None:
    sam = make_vault("sam", "supervisor")
    redacted_case(sam)
    window.attach(sam)
    qtbot.waitUntil(lambda: window.cases.select("W-001"), timeout=10_000)
    window.export_action.trigger()
    (dialog,) = shown(ExportDialog)
    qtbot.waitUntil(lambda: dialog.cases.count() == 1, timeout=10_000)
    assert unnamed_inputs(dialog) == []
    assert dialog.cases.item(0).checkState() == Qt.CheckState.Checked
    assert dialog.profile.currentData() == "legal"
    assert all(box.isChecked() and not box.isEnabled() for box in dialog.categories.values())
    (tmp_path / "exports").mkdir()
    (tmp_path / "exports" / "older.txt").write_text("something else")
    dialog.choose_folder()
    (chooser,) = shown(QFileDialog)
    assert chooser.testOption(QFileDialog.Option.DontUseNativeDialog)
    chooser.setDirectory(str(tmp_path))
    chooser.selectFile(str(tmp_path / "exports"))
    chooser.accept()
    folder = Path(dialog.folder.text())
    assert folder.parent == tmp_path / "exports"  # a fresh folder inside the non-empty one
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.problem.text() == "Say who the export is for."
    qtbot.keyClicks(dialog.recipient, "Legal team")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown(ExportResultDialog)), timeout=60_000)
    (result,) = shown(ExportResultDialog)
    text = result.details.toPlainText()
    pdf = next(folder.glob("*.pdf"))
    assert f"Folder: {folder}" in text and "sha256sum -c SHA256SUMS" in text
    assert f"minisign -Vm {pdf.name} -P {sam.exports.public_key().base64}" in text
    assert verify_dir(folder, sam.exports.public_key().base64).ok
    pages = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert NAME not in pages and "passports" in pages


def test_export_cancel_and_refusal_leave_nothing(qtbot: QtBot, window: MainWindow,
                                                 make_vault: MakeVault, tmp_path: Path) -> None:
    sam = make_vault("sam", "supervisor")
    redacted_case(sam)
    window.attach(sam)
    dialog = open_dialog(qtbot, window)
    dialog.cases.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.recipient.setText(f"Lawyer of {NAME}")
    assert dialog.export()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
    assert dialog.problem.text() == ("The recipient text contains a value this export "
                                     "withholds; describe the recipient without it.")
    assert not (tmp_path / "out").exists() and shown(QMessageBox) == []
    dialog.recipient.setText("Legal team")
    assert dialog.export()
    assert dialog.progress is not None
    dialog.progress.canceled.emit()  # Cancel, before the worker can finish
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
    assert dialog.problem.text() == "Export cancelled; nothing was written."
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    dialog.profile.setCurrentIndex(dialog.profile.findData("custom"))
    assert all(box.isEnabled() for box in dialog.categories.values())
    for box in dialog.categories.values():
        box.setChecked(False)
    dialog.categories["PERSON"].setChecked(True)
    dialog.include_codings.setChecked(True)
    assert dialog.export()
    qtbot.waitUntil(lambda: bool(shown(ExportResultDialog)), timeout=60_000)
    manifest = (tmp_path / "out" / "manifest.json").read_text(encoding="utf-8")
    assert '"profile": "custom"' in manifest
    pdf = next((tmp_path / "out").glob("*.pdf"))
    cover = PdfReader(pdf).pages[0].extract_text()
    assert "Withheld categories: PERSON." in " ".join(cover.split())


def test_signing_key_dialog_shows_and_copies_the_public_key(
        qtbot: QtBot, window: MainWindow, make_vault: MakeVault) -> None:
    sam = make_vault("sam", "supervisor")
    window.attach(sam)
    window.key_action.trigger()
    dialog = window.exports.show_key()
    assert dialog is not None
    key = sam.exports.public_key()
    assert dialog.line.text() == key.base64 and key.key_id_hex in dialog.findChildren(
        type(dialog.note))[0].text()
    assert dialog.file_text.toPlainText() == key.file_text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == key.base64


def test_refi_export_shows_the_summary_first_and_import_reads_it_back(
        qtbot: QtBot, window: MainWindow, make_vault: MakeVault, tmp_path: Path) -> None:
    ira, ann = make_vault("ira", "interviewer"), make_vault("ann", "coder")
    new_case(ira, "W-001")
    ira.codings.add("W-001", "work.wages", 0, 10)
    window.attach(ira)
    window.export_refi_action.trigger()
    qtbot.waitUntil(lambda: bool(shown(QMessageBox)), timeout=20_000)
    (question,) = shown(QMessageBox)
    assert question.text().startswith("The project file will contain:\n• 1 cases")
    assert "1 codings" in question.text()
    choose = next(b for b in question.buttons() if b.text() == "Choose the file…")
    qtbot.mouseClick(choose, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown(QFileDialog)), timeout=5000)
    (chooser,) = shown(QFileDialog)
    assert chooser.testOption(QFileDialog.Option.DontUseNativeDialog)
    chooser.setDirectory(str(tmp_path))
    chooser.selectFile(str(tmp_path / "project"))
    chooser.accept()
    assert wait_message(qtbot).startswith(f"Wrote {tmp_path / 'project.qdpx'}: 1 cases")
    close_messages()
    window.attach(ann)
    window.exports.import_refi_file(tmp_path / "project.qdpx")
    assert wait_message(qtbot).startswith("Imported 1 cases, 1 codings")
    close_messages()
    assert [s.code for s in ann.cases.summaries()] == ["W-001"]
    bad = tmp_path / "bad.qdpx"
    bad.write_bytes(b"not a zip")
    window.exports.import_refi_file(bad)
    refusal = wait_message(qtbot)
    assert "Traceback" not in refusal and refusal.endswith(".")
