"""Vault → Check vault…: the core check on a worker, then a plain result dialog; on the
unlock page it uses the secret typed there, so a vault too damaged to open can be checked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from fieldvault.core.check import check_vault
from fieldvault.core.vault import Passphrase
from fieldvault.ui.dialogs.check import CheckDialog
from fieldvault.ui.mainwindow import MainWindow
from ui.uihelp import shown
from vaulthelp import PASSPHRASE

PAGE = 4096  # SQLCipher 4's page size


def _rows(dialog: CheckDialog) -> list[str]:
    return [dialog.findings.item(i).text() for i in range(dialog.findings.count())]


def _result(qtbot: QtBot, window: MainWindow) -> CheckDialog:
    window.checks.action.trigger()
    qtbot.waitUntil(lambda: bool(shown(CheckDialog)), timeout=20_000)
    return shown(CheckDialog)[0]


def test_a_whole_vault_is_reported_intact(qtbot: QtBot, window: MainWindow,
                                          vault_path: Path) -> None:
    assert window.prepare_unlock(vault_path)
    qtbot.keyClicks(window.unlock_page.secret, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    dialog = _result(qtbot, window)
    assert dialog.summary.text() == "Nothing is damaged."
    rows = _rows(dialog)
    assert [r.split(" — ")[0] for r in rows] == ["Key file", "Copy of the key file",
                                                "Database pages", "Database structure",
                                                "Audit chain"]
    assert all(" — intact: " in r for r in rows)
    assert dialog.backups.text() == "The vault's backups folder holds no copies."


def test_a_damaged_vault_is_checked_from_the_unlock_page(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    data = bytearray((vault_path / "vault.db").read_bytes())
    data[2 * PAGE + 500] ^= 0x01  # inside page 3
    (vault_path / "vault.db").write_bytes(bytes(data))
    assert window.prepare_unlock(vault_path)
    qtbot.keyClicks(window.unlock_page.secret, PASSPHRASE)  # typed, not submitted
    dialog = _result(qtbot, window)
    assert dialog.summary.text().startswith("Something is damaged.")
    rows = _rows(dialog)
    assert any(r.startswith("Database pages — DAMAGED: 1 page(s) of vault.db") for r in rows)
    assert rows[0].startswith("Key file — intact")
    assert dialog.advice.text().startswith("What to do: The database is damaged")
    assert "fieldvault backup" in dialog.advice.text()
    assert window.session is None  # checking opened nothing


def test_the_unlock_page_needs_a_secret_first(qtbot: QtBot, window: MainWindow,
                                              vault_path: Path) -> None:
    assert window.prepare_unlock(vault_path)
    assert window.checks.action.isEnabled()
    window.checks.action.trigger()
    boxes = shown(QMessageBox)
    assert len(boxes) == 1 and "passphrase or recovery code on the unlock page" in boxes[0].text()
    assert shown(CheckDialog) == []


def test_the_action_needs_a_vault(window: MainWindow) -> None:
    assert not window.checks.action.isEnabled()


def test_the_check_reports_each_step(vault_path: Path) -> None:
    steps: list[tuple[int, int]] = []
    check_vault(vault_path, Passphrase(PASSPHRASE), lambda done, total: steps.append(
        (done, total)))
    assert steps == [(0, 3), (1, 3), (2, 3), (3, 3)]
