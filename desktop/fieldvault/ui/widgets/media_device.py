"""A read-only, seekable QIODevice over an attachment, for QMediaPlayer.setSourceDevice.

The device holds a core reader (``vault.attachments.open(id)``) and asks it for
``read(offset, size)``; the reader decrypts only the chunks a read touches, so a 500 MB
recording plays and seeks without a decrypted copy anywhere. No key or cipher is seen here.

Threading: Qt's media backend may read from its own thread; the core reader serialises
reads. A chunk that fails its check ends the stream (the device reports end of data) and
its one-sentence message is kept in :attr:`problem` and the device's errorString().
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import Q_ARG, QIODevice, QMetaObject, QObject, Qt, QUrl

from fieldvault.core.errors import FieldvaultError


class RandomAccess(Protocol):
    size: int

    def read(self, offset: int, size: int) -> bytes: ...

    def close(self) -> None: ...


class DecryptingDevice(QIODevice):
    def __init__(self, reader: RandomAccess, parent: QObject | None = None) -> None:
        if parent is None:
            super().__init__()
        else:
            super().__init__(parent)
        self._reader: RandomAccess | None = reader
        self.problem: str | None = None

    def open_for_reading(self) -> bool:
        """Open read-only and unbuffered (the reader keeps the last chunk decrypted)."""
        return self.open(QIODevice.OpenModeFlag.ReadOnly | QIODevice.OpenModeFlag.Unbuffered)

    def isSequential(self) -> bool:  # noqa: N802
        return False

    def size(self) -> int:
        return self._reader.size if self._reader is not None else 0

    def readData(self, maxlen: int) -> bytes:  # noqa: N802
        if self._reader is None or self.problem is not None:
            return b""
        try:
            return self._reader.read(self.pos(), maxlen)
        except FieldvaultError as exc:
            self.problem = str(exc)
            self.setErrorString(self.problem)
            return b""

    def writeData(self, data: bytes | bytearray | memoryview, length: int = -1,  # noqa: N802
                  /) -> int:
        return -1

    def close(self) -> None:
        """Close the device and the reader behind it (the last decrypted chunk is dropped)."""
        super().close()
        if self._reader is not None:
            self._reader.close()
            self._reader = None


def send(player: QObject, slot: str, position: int | None = None) -> None:
    """Have ``player`` (a QMediaPlayer) run ``slot`` — play, pause, stop or setPosition
    (``position`` in ms) — from the event loop, never directly from Python.

    Threading: a player method called from Python runs holding Python's lock, and Qt's
    FFmpeg backend may at that moment be destroying objects on its own thread whose teardown
    calls back into the player's Python wrapper and so waits for that lock, while the call
    waits for the backend's thread: a deadlock (seen in ``stop()`` after a segment paused at
    its end). A queued call runs from the event loop as plain C++, without Python's lock;
    calls keep their order, and calls to a player deleted meanwhile are dropped by Qt.
    """
    queued = Qt.ConnectionType.QueuedConnection
    if position is None:
        QMetaObject.invokeMethod(player, slot, queued)
    else:
        QMetaObject.invokeMethod(player, slot, queued, Q_ARG("qint64", position))


def multimedia() -> Any:
    """PySide6.QtMultimedia, or None where this installation lacks it."""
    try:  # spelled out so that the installer's spec keeps PySide6.QtMultimedia
        import PySide6.QtMultimedia as module
    except ImportError:
        return None
    return module


def ready_states(media: Any) -> tuple[Any, ...]:
    """Media states in which a seek takes effect at once."""
    status = media.QMediaPlayer.MediaStatus
    return (status.LoadedMedia, status.BufferedMedia, status.BufferingMedia,
            status.StalledMedia, status.EndOfMedia)


def new_player(media: Any, parent: QObject, device: DecryptingDevice, fmt: str,
               **slots: Callable[..., object]) -> Any:
    """A QMediaPlayer (with an audio output, both children of ``parent``) reading the open
    ``device``; ``fmt`` (e.g. "wav") tells Qt the container. ``slots``: signal name ->
    callable, connected before the source is set so no status change is missed."""
    player = media.QMediaPlayer(parent)
    player.setAudioOutput(media.QAudioOutput(parent))
    for signal, slot in slots.items():
        getattr(player, signal).connect(slot)
    player.setSourceDevice(device, QUrl(f"attachment.{fmt}"))
    return player


def release(player: Any, device: DecryptingDevice | None) -> None:
    """Stop ``player`` and let it go; close ``device`` once the player is destroyed.

    Never call ``setSourceDevice(None)`` or delete the player synchronously: Qt waits for
    its demuxer thread, which may be inside the device's ``readData`` waiting for the
    Python lock this thread holds (a deadlock). The stop is sent (see :func:`send`) and
    ``deleteLater`` runs from the event loop, where no Python lock is held.
    """
    if player is None:
        if device is not None:
            _close(device)
        return
    send(player, "stop")
    if device is not None:
        player.destroyed.connect(lambda *_: _close(device))
    player.deleteLater()


def _close(device: DecryptingDevice) -> None:
    """Close the device once its player is gone; at shutdown Qt may have deleted it first."""
    if not shiboken6.isValid(device):
        return
    device.close()
    device.deleteLater()
