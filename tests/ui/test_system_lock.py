"""Locking when the desktop announces a screen lock or a suspend: the handler path on the
real window, and the D-Bus path end to end on a private bus (dbus-daemon) where one exists."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from fieldvault.ui.mainwindow import MainWindow
from fieldvault.ui.system_lock import (
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    SystemLockWatcher,
    login1_session_path,
    windows_lock_reason,
)
from vaulthelp import PASSPHRASE


def _open(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    assert window.prepare_unlock(path)
    qtbot.keyClicks(window.unlock_page.secret, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)


@pytest.mark.parametrize("announce", ["screensaver", "sleep", "session-lock"])
def test_each_announcement_locks_the_open_vault(qtbot: QtBot, window: MainWindow,
                                                vault_path: Path, announce: str) -> None:
    _open(qtbot, window, vault_path)
    vault = window.session.vault if window.session else None
    watcher = window.system_lock
    watcher.screensaver_active(False)  # the screensaver ending, or waking up: nothing
    watcher.prepare_for_sleep(False)
    assert window.session is not None
    {"screensaver": lambda: watcher.screensaver_active(True),
     "sleep": lambda: watcher.prepare_for_sleep(True),
     "session-lock": watcher.screen_locked}[announce]()
    assert window.session is None and vault is not None
    qtbot.waitUntil(lambda: vault.locked, timeout=10_000)  # the closing thread zeroes the key
    assert window.stack.currentWidget() is window.unlock_page


def test_windows_messages_that_lock() -> None:
    assert windows_lock_reason(WM_POWERBROADCAST, PBT_APMSUSPEND) == "sleep"
    assert windows_lock_reason(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK) == "screen"
    assert windows_lock_reason(WM_WTSSESSION_CHANGE, 0x8) is None  # unlock
    assert windows_lock_reason(WM_POWERBROADCAST, 0x12) is None  # resume


def test_the_windows_filter_decodes_a_real_msg_struct(qtbot: QtBot) -> None:
    """The filter as Qt would call it on Windows: a pointer to a MSG (built with ctypes)."""
    import ctypes
    import ctypes.wintypes

    from fieldvault.ui.system_lock import _WindowsFilter

    watcher = SystemLockWatcher(session_bus=_NoBus(), system_bus=_NoBus())
    reasons: list[str] = []
    watcher.lock_requested.connect(reasons.append)
    native = _WindowsFilter(watcher)
    for message, wparam in ((WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK), (0x0100, 0x41),
                            (WM_POWERBROADCAST, PBT_APMSUSPEND)):
        msg = ctypes.wintypes.MSG()
        msg.message, msg.wParam = message, wparam
        assert native.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(msg)) == (
            False, 0)  # never swallowed
    assert native.nativeEventFilter(b"xcb_generic_event_t", 0) == (False, 0)
    assert reasons == ["screen", "sleep"]


class _NoBus:
    def isConnected(self) -> bool:  # noqa: N802 - QDBusConnection's name
        return False


def test_login1_session_paths_are_escaped_like_systemd() -> None:
    assert login1_session_path("2") == "/org/freedesktop/login1/session/_32"
    assert login1_session_path("c1") == "/org/freedesktop/login1/session/c1"
    assert login1_session_path("a-b") == "/org/freedesktop/login1/session/a_2db"


@pytest.fixture
def private_bus(tmp_path: Path) -> Iterator[str]:
    """The address of a fresh dbus-daemon (skipped where the machine has none)."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    yield address
    daemon.terminate()
    daemon.wait(10)
    daemon.stdout.close()


def _send(bus: QDBusConnection, path: str, interface: str, name: str,
          *args: object) -> None:
    message = QDBusMessage.createSignal(path, interface, name)
    message.setArguments(list(args))
    assert bus.send(message)


def test_dbus_signals_reach_the_watcher(qtbot: QtBot, private_bus: str,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_SESSION_ID", "2")
    listener = QDBusConnection.connectToBus(private_bus, "fv-listener")
    sender = QDBusConnection.connectToBus(private_bus, "fv-sender")
    try:
        for name in ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver",
                     "org.freedesktop.login1"):
            assert sender.registerService(name)
        watcher = SystemLockWatcher(session_bus=listener, system_bus=listener)
        assert sorted(watcher.listening) == [
            "org.freedesktop.ScreenSaver", "org.freedesktop.login1.Manager",
            "org.freedesktop.login1.Session", "org.gnome.ScreenSaver"]
        reasons: list[str] = []
        watcher.lock_requested.connect(reasons.append)
        _send(sender, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
              "ActiveChanged", False)
        _send(sender, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged",
              True)
        qtbot.waitUntil(lambda: reasons == ["screen"], timeout=5000)
        _send(sender, "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
              "PrepareForSleep", True)
        qtbot.waitUntil(lambda: reasons == ["screen", "sleep"], timeout=5000)
        _send(sender, "/org/freedesktop/login1/session/_33", "org.freedesktop.login1.Session",
              "Lock")  # another user's session: ignored
        _send(sender, "/org/freedesktop/login1/session/_32", "org.freedesktop.login1.Session",
              "Lock")
        qtbot.waitUntil(lambda: reasons == ["screen", "sleep", "screen"], timeout=5000)
    finally:
        QDBusConnection.disconnectFromBus("fv-listener")
        QDBusConnection.disconnectFromBus("fv-sender")
