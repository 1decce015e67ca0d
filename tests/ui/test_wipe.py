"""Vault → Wipe this vault for good: the dialog's text, the typed name, and a vault that no
secret opens afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from fieldvault.core.errors import FieldvaultError
from fieldvault.core.vault import Passphrase, RecoveryCode, Vault
from fieldvault.ui.dialogs.wipe import WipeDialog
from fieldvault.ui.mainwindow import MainWindow
from ui.uihelp import shown
from vaulthelp import PASSPHRASE


def _open(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    assert window.prepare_unlock(path)
    qtbot.keyClicks(window.unlock_page.secret, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)


def _dialog(window: MainWindow) -> WipeDialog:
    window.wipes.action.trigger()
    dialogs = shown(WipeDialog)
    assert len(dialogs) == 1
    return dialogs[0]


def test_the_action_needs_a_vault(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.start
    assert not window.wipes.action.isEnabled()


def test_the_dialog_says_what_is_lost_and_what_a_drive_keeps(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    _open(qtbot, window, vault_path)
    dialog = _dialog(window)
    warning, storage = dialog.warning.text(), dialog.storage.text()
    assert "every key slot, the recovery code, the identity key and every record" in warning
    assert "No passphrase and no recovery code can bring it back" in warning
    assert "wear levelling" in storage and "full-disk encryption" in storage
    assert "Backups you wrote elsewhere" in storage
    assert dialog.prompt.text() == "Type the vault's name, case, to confirm:"
    assert not dialog.wipe_button.isEnabled()
    qtbot.keyClicks(dialog.name, "cas")
    assert not dialog.wipe_button.isEnabled()
    qtbot.keyClicks(dialog.name, "e")
    assert dialog.wipe_button.isEnabled()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Return cancels; only the button wipes
    assert not dialog.isVisible() and window.session is not None
    assert (vault_path / "vault.keys").exists()


def test_typing_the_name_wipes_the_open_vault(
        qtbot: QtBot, window: MainWindow, vault_path: Path, recovery_code: str) -> None:
    _open(qtbot, window, vault_path)
    vault = window.session.vault if window.session else None
    dialog = _dialog(window)
    qtbot.keyClicks(dialog.name, "case")
    assert dialog.wipe_button.isEnabled()
    qtbot.mouseClick(dialog.wipe_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown(QMessageBox)), timeout=10_000)
    box = shown(QMessageBox)[0]
    assert box.windowTitle() == "Vault wiped" and "cannot be opened any more" in box.text()
    assert vault is not None and vault.locked
    assert window.session is None and window.stack.currentWidget() is window.start
    assert not vault_path.exists()
    assert not window.wipes.action.isEnabled()
    for unlock in (Passphrase(PASSPHRASE), RecoveryCode(recovery_code)):
        with pytest.raises(FieldvaultError):
            Vault.open(vault_path, unlock)


def test_a_vault_on_the_unlock_page_can_be_wiped_without_its_passphrase(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    assert window.prepare_unlock(vault_path)
    dialog = _dialog(window)
    qtbot.keyClicks(dialog.name, "case")
    qtbot.mouseClick(dialog.wipe_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not vault_path.exists(), timeout=10_000)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.start, timeout=10_000)
