"""Unlocking (passphrase, wrong passphrase, recovery code), locking, clipboard hygiene."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from fieldvault.core.records.cases import CaseInput
from fieldvault.ui.guards import ClipboardGuard
from fieldvault.ui.mainwindow import MainWindow
from ui.uihelp import shown
from vaulthelp import PASSPHRASE


def unlock(qtbot: QtBot, window: MainWindow, path: Path, secret: str = PASSPHRASE) -> None:
    assert window.prepare_unlock(path)
    qtbot.keyClicks(window.unlock_page.secret, secret)
    qtbot.mouseClick(window.unlock_page.unlock_button, Qt.MouseButton.LeftButton)


def test_wrong_passphrase_gets_a_calm_sentence_then_recovery_code_opens(
        qtbot: QtBot, window: MainWindow, vault_path: Path, recovery_code: str) -> None:
    page = window.unlock_page
    assert window.prepare_unlock(vault_path)
    assert [page.slot.itemData(i) for i in range(page.slot.count())] == [None, "passphrase"]
    qtbot.keyClicks(page.secret, "not the passphrase")
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert page.busy.isVisible() and not page.secret.isEnabled()  # key derivation is running
    qtbot.waitUntil(lambda: not page.busy.isVisible(), timeout=10_000)
    message = page.problem.text()
    assert message.startswith("That passphrase does not open this vault.")
    assert "Traceback" not in message and "Error" not in message
    assert shown(QMessageBox) == [] and window.session is None
    assert page.secret.text() == "" and page.secret.isEnabled()
    page.use_recovery.setChecked(True)
    assert not page.slot.isEnabled()
    qtbot.keyClicks(page.secret, recovery_code)
    qtbot.keyClick(page.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    assert window.stack.currentWidget() is window.tabs


def test_a_folder_that_is_no_vault_is_refused_in_a_dialog(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    assert not window.prepare_unlock(tmp_path)
    boxes = shown(QMessageBox)
    assert len(boxes) == 1 and "is not a Fieldvault vault" in boxes[0].text()
    assert window.stack.currentWidget() is window.start


def test_ctrl_l_locks_closes_dialogs_and_clears_copied_text(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    unlock(qtbot, window, vault_path)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    vault = window.session.vault
    vault.cases.create(CaseInput("Copy test", "Secret words of the interviewee.", ["en"],
                                 code="C-100"))
    window.open_case("C-100", 0, 6)
    window.workbench.view.copy()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "Secret"
    qtbot.keyPress(window.workbench.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session is None and clipboard.text() == ""
    unlock(qtbot, window, vault_path)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    vault = window.session.vault
    dialog = window.cases.new_case()  # a window-modal dialog blocks the window's shortcuts
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.title, "typed case data")
    qtbot.keyPress(dialog.title, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session is None
    qtbot.waitUntil(lambda: vault.locked, timeout=10_000)  # the closing thread zeroes the key
    assert clipboard.text() == ""
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert window.workbench.view.toPlainText() == ""
    assert window.stack.currentWidget() is window.unlock_page


def test_clipboard_is_cleared_after_the_delay_only_if_it_still_holds_our_text(
        qtbot: QtBot) -> None:
    clipboard = QGuiApplication.clipboard()
    guard = ClipboardGuard(30)
    clipboard.setText("from the transcript")
    guard.track("from the transcript")
    with qtbot.waitSignal(guard.cleared, timeout=2000):
        pass
    assert clipboard.text() == ""
    clipboard.setText("from the transcript")
    guard.track("from the transcript")
    clipboard.setText("something the user copied elsewhere")
    qtbot.wait(80)
    assert clipboard.text() == "something the user copied elsewhere"


def test_idle_timer_is_reset_by_input(qtbot: QtBot, window: MainWindow,
                                      vault_path: Path) -> None:
    unlock(qtbot, window, vault_path)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    window.idle.set_timeout_ms(400)
    for _ in range(4):
        qtbot.wait(150)
        qtbot.keyClick(window.cases.table, Qt.Key.Key_Down)
    assert window.session is not None  # 600 ms passed, but never 400 ms without input
    qtbot.waitUntil(lambda: window.session is None, timeout=3000)


def test_failed_unlocks_make_the_next_try_wait_longer(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    """No wait after the first two failures, then 2, 4 ... seconds (checked on the timer,
    not by waiting); a successful unlock starts the count again."""
    page = window.unlock_page
    assert window.prepare_unlock(vault_path)
    waits = []
    for _ in range(4):
        qtbot.keyClicks(page.secret, "not the passphrase")
        qtbot.keyClick(page.secret, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not page.busy.isVisible(), timeout=10_000)
        waits.append(page.retry_timer.interval() if page.retry_timer.isActive() else 0)
        if page.retry_timer.isActive():
            assert not page.unlock_button.isEnabled() and not page.secret.isEnabled()
            assert "before the next try" in page.problem.text()
            qtbot.keyClicks(page.secret, PASSPHRASE)  # ignored while waiting
            assert page.secret.text() == ""
            page.retry_timer.stop()
            page.retry_timer.timeout.emit()  # the wait is over
        assert page.unlock_button.isEnabled() and page.secret.isEnabled()
    assert waits == [0, 0, 2000, 4000]
    qtbot.keyClicks(page.secret, PASSPHRASE)
    qtbot.keyClick(page.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    assert page.failures == 0
