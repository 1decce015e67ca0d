"""Small fixes: the create dialog's Folder label, the mismatch warning, the strength floor,
the window title, the export dialog's folder request, one bundle extension everywhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from fieldvault.core.vault import Vault
from fieldvault.ui.dialogs.bundle_export import BUNDLE_SUFFIX
from fieldvault.ui.dialogs.export import ExportDialog
from fieldvault.ui.mainwindow import MainWindow
from fieldvault.ui.pages.start import CreateVaultDialog
from ui.uihelp import shown
from vaulthelp import PASSPHRASE

README = Path(__file__).resolve().parents[2] / "README.md"


def _dialog(qtbot: QtBot, window: MainWindow) -> CreateVaultDialog:
    qtbot.mouseClick(window.start.create_button, Qt.MouseButton.LeftButton)
    (dialog,) = shown(CreateVaultDialog)
    qtbot.waitActive(dialog)
    return dialog


def test_the_folder_label_is_a_mnemonic_not_a_literal_ampersand(
        qtbot: QtBot, window: MainWindow) -> None:
    dialog = _dialog(qtbot, window)
    (label,) = [w for w in dialog.findChildren(QLabel) if w.text() == "&Folder:"]
    assert label.buddy() is dialog.folder
    plain = QLabel("Folder:")  # a literal "&" would make the label wider than this
    plain.setFont(label.font())
    assert label.sizeHint().width() == plain.sizeHint().width()


def test_mismatch_shows_only_once_the_second_field_differs_and_weak_is_refused(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, window)
    dialog.folder.setText(str(tmp_path))
    qtbot.keyClicks(dialog.name, "field")
    qtbot.keyClicks(dialog.passphrase, "password1")
    qtbot.keyClicks(dialog.repeat, "password1")
    assert "easy to guess" in dialog.hint.text() and not dialog.create_button.isEnabled()
    dialog.passphrase.clear()
    dialog.repeat.clear()
    for typed in PASSPHRASE:  # every intermediate state of the first field
        qtbot.keyClicks(dialog.passphrase, typed)
        assert "differ" not in dialog.hint.text()
    qtbot.keyClicks(dialog.repeat, "correct horse")
    assert "differ" not in dialog.hint.text() and not dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.repeat, "!")
    assert dialog.hint.text() == "The two passphrases differ."
    assert not dialog.create_button.isEnabled()
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.repeat, PASSPHRASE.removeprefix("correct horse"))
    assert dialog.create_button.isEnabled() and dialog.hint.text() == "Strong."


def test_the_window_title_names_the_vault_and_leaves_the_app_name_to_the_platform(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    assert QGuiApplication.applicationDisplayName() == "Fieldvault"
    assert window.windowTitle() == ""  # shown as "Fieldvault"
    assert window.prepare_unlock(vault_path)
    assert window.windowTitle() == "case (locked)"
    qtbot.keyClicks(window.unlock_page.secret, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    assert window.windowTitle() == "case"  # shown as "case — Fieldvault", once


def test_the_export_dialog_stops_asking_for_a_folder_once_one_is_typed(
        qtbot: QtBot, window: MainWindow, vault: Vault, tmp_path: Path) -> None:
    from fieldvault.core.records.cases import CaseInput

    vault.cases.create(CaseInput("Export me", "Words to export.", ["en"], code="C-0601"))
    window.attach(vault)
    dialog = window.exports.export_pdf()
    assert isinstance(dialog, ExportDialog)
    qtbot.waitUntil(lambda: dialog.cases.count() == 1, timeout=10_000)
    dialog.cases.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dialog.recipient, "Legal team")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.problem.text() == "Choose the output folder."
    qtbot.keyClicks(dialog.folder, str(tmp_path / "out"))
    assert dialog.problem.text() == ""
    dialog.folder.clear()
    assert dialog.problem.text() == ""  # asked again only when Export is pressed
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.problem.text() == "Choose the output folder."
    qtbot.keyClicks(dialog.folder, "~/x")
    assert dialog.problem.text() == ""
    dialog.reject()


def test_the_readme_and_the_app_name_bundles_alike() -> None:
    text = README.read_text(encoding="utf-8")
    examples = [word for line in text.splitlines() if "fieldvault bundle" in line
                for word in line.split() if "." in word and not word.startswith("-")]
    assert examples and all(word.endswith(BUNDLE_SUFFIX) for word in examples)
