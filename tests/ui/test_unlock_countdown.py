"""The wait after repeated failed unlocks counts down on the Unlock button, read from an
injected clock (no sleeping): 0, 0, then 2, 4 ... seconds, the button disabled meanwhile."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fieldvault.ui.mainwindow import MainWindow
from vaulthelp import PASSPHRASE


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _fail(qtbot: QtBot, window: MainWindow) -> None:
    page = window.unlock_page
    qtbot.keyClicks(page.secret, "not the passphrase")
    qtbot.keyClick(page.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.busy.isVisible(), timeout=10_000)


def test_the_button_counts_down_and_then_allows_a_try(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    page = window.unlock_page
    clock = Clock()
    page.clock = clock
    assert window.prepare_unlock(vault_path)
    _fail(qtbot, window)
    _fail(qtbot, window)
    assert page.unlock_button.isEnabled() and not page.countdown.isActive()
    _fail(qtbot, window)  # the third failure: wait 2 s
    assert page.countdown.isActive() and not page.unlock_button.isEnabled()
    assert page.unlock_button.text() == "Unlock in 2 s"
    clock.now += 0.4
    page.countdown.timeout.emit()
    assert page.unlock_button.text() == "Unlock in 2 s"  # 1.6 s left: whole seconds, rounded up
    clock.now += 0.7
    page.countdown.timeout.emit()
    assert page.unlock_button.text() == "Unlock in 1 s" and not page.secret.isEnabled()
    clock.now += 0.9
    page.countdown.timeout.emit()
    assert page.unlock_button.isEnabled() and page.secret.isEnabled()
    assert page.unlock_button.text() == "&Unlock"
    assert not page.countdown.isActive() and not page.retry_timer.isActive()
    _fail(qtbot, window)  # the fourth: 4 s
    assert page.unlock_button.text() == "Unlock in 4 s"
    clock.now += 4
    page.countdown.timeout.emit()
    qtbot.keyClicks(page.secret, PASSPHRASE)
    qtbot.keyClick(page.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    assert page.failures == 0 and not page.countdown.isActive()
