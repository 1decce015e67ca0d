"""Lock the vault when the desktop says the screen locks or the machine goes to sleep.

What is listened to, by platform (only what the system announces; the idle lock covers the
rest):

* Linux, session D-Bus: ``ActiveChanged(true)`` of ``org.freedesktop.ScreenSaver`` (KDE,
  Xfce, Cinnamon, MATE and others) and of ``org.gnome.ScreenSaver`` (GNOME).
* Linux, system D-Bus (systemd-logind): ``PrepareForSleep(true)`` of
  ``org.freedesktop.login1.Manager`` before suspend or hibernation, and ``Lock`` of this
  login session (``loginctl lock-session``, and lock screens that go through logind).
* Windows: ``WM_POWERBROADCAST`` / ``PBT_APMSUSPEND`` and ``WM_WTSSESSION_CHANGE`` /
  ``WTS_SESSION_LOCK`` through a native event filter, after the window registers for session
  notifications (``WTSRegisterSessionNotification``).
* macOS: Qt announces neither; not covered (the idle lock still applies).

Every source ends in one of the slots :meth:`SystemLockWatcher.screen_locked` /
:meth:`SystemLockWatcher.going_to_sleep`, which emit :attr:`SystemLockWatcher.lock_requested`;
the main window connects that to its ``lock``. All slots run on the UI thread (D-Bus signals
and native events are delivered by the event loop).
"""

from __future__ import annotations

import os
import sys
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

SCREENSAVERS = (("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
                ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"))
LOGIN1 = "org.freedesktop.login1"

WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0


def windows_lock_reason(message: int, wparam: int) -> str | None:
    """``"sleep"``/``"screen"`` for the Windows messages that should lock, else None."""
    if message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return "sleep"
    if message == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK:
        return "screen"
    return None


def login1_session_path(session_id: str) -> str:
    """The logind object path of a session id (systemd's ``sd_bus_path_encode``)."""
    encoded = "".join(ch if ch.isascii() and ch.isalnum() and not (i == 0 and ch.isdigit())
                      else f"_{ord(ch):02x}" for i, ch in enumerate(session_id))
    return f"/org/freedesktop/login1/session/{encoded}"


class SystemLockWatcher(QObject):
    lock_requested = Signal(str)  # "screen" or "sleep"

    def __init__(self, parent: QObject | None = None, session_bus: Any = None,
                 system_bus: Any = None) -> None:
        """``session_bus``/``system_bus``: QDBusConnection objects to listen on (tests pass
        a private bus); by default the desktop's own, on Linux only."""
        super().__init__(parent)
        self.listening: list[str] = []
        self._filter: _WindowsFilter | None = None
        if session_bus is not None or system_bus is not None or sys.platform.startswith(
                "linux"):
            self._listen_dbus(session_bus, system_bus)

    @Slot()
    def screen_locked(self) -> None:
        self.lock_requested.emit("screen")

    @Slot()
    def going_to_sleep(self) -> None:
        self.lock_requested.emit("sleep")

    @Slot(bool)
    def screensaver_active(self, active: bool) -> None:
        if active:
            self.screen_locked()

    @Slot(bool)
    def prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            self.going_to_sleep()

    # --- Linux ----------------------------------------------------------------------------

    def _listen_dbus(self, session_bus: Any, system_bus: Any) -> None:
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt build without D-Bus
            return
        # Any: PySide6's stubs want bytes for the SLOT() text, its runtime wants str
        session: Any = QDBusConnection.sessionBus() if session_bus is None else session_bus
        system: Any = QDBusConnection.systemBus() if system_bus is None else system_bus
        if session.isConnected():
            for service, path in SCREENSAVERS:
                if session.connect(service, path, service, "ActiveChanged", self,
                                   SLOT("screensaver_active(bool)")):
                    self.listening.append(service)
        if not system.isConnected():
            return
        if system.connect(LOGIN1, "/org/freedesktop/login1", LOGIN1 + ".Manager",
                          "PrepareForSleep", self, SLOT("prepare_for_sleep(bool)")):
            self.listening.append(LOGIN1 + ".Manager")
        session_id = os.environ.get("XDG_SESSION_ID")
        if session_id and system.connect(LOGIN1, login1_session_path(session_id),
                                         LOGIN1 + ".Session", "Lock", self,
                                         SLOT("screen_locked()")):
            self.listening.append(LOGIN1 + ".Session")

    # --- Windows --------------------------------------------------------------------------

    def watch_window(self, window: QWidget) -> None:
        """On Windows: register ``window`` for session notifications and filter the
        messages that announce a lock or suspend. Elsewhere nothing happens."""
        if sys.platform != "win32" or self._filter is not None:
            return
        import ctypes

        window_id = int(window.winId())
        try:
            wtsapi = getattr(ctypes, "windll").wtsapi32  # noqa: B009 - Windows only
            wtsapi.WTSRegisterSessionNotification(window_id, NOTIFY_FOR_THIS_SESSION)
        except (AttributeError, OSError):
            pass  # no session notifications; suspend is still seen
        self._filter = _WindowsFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self._filter)
        self.listening.append("windows")


class _WindowsFilter(QAbstractNativeEventFilter):
    def __init__(self, watcher: SystemLockWatcher) -> None:
        super().__init__()
        self._watcher = watcher

    def nativeEventFilter(self, event_type: Any, message: Any) -> tuple[bool, int]:
        if bytes(event_type) == b"windows_generic_MSG":
            import ctypes.wintypes

            msg = ctypes.wintypes.MSG.from_address(int(message))
            reason = windows_lock_reason(msg.message, msg.wParam or 0)
            if reason == "sleep":
                self._watcher.going_to_sleep()
            elif reason == "screen":
                self._watcher.screen_locked()
        return False, 0
