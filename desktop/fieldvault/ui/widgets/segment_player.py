"""Plays one coded audio segment (from its start, pausing at its end) for the Retrieve page.

Same path as the attachments panel: a :class:`DecryptingDevice` over the vault's reader fed
to ``QMediaPlayer``, so nothing is decrypted to a file. Without Qt Multimedia,
:meth:`play` returns False. Shutting down follows the panel's rule (see
``AttachmentsPanel.stop``): stop, then ``deleteLater``; the device closes once the player
is gone, never synchronously from here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal

from fieldvault.core.attachments.segments import AudioSegment
from fieldvault.core.vault import Vault
from fieldvault.ui.widgets.attachments_panel import _close, _multimedia, _ready
from fieldvault.ui.widgets.media_device import DecryptingDevice, send


class SegmentPlayer(QObject):
    finished = Signal()  # the segment's end was reached

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.player: Any = None
        self.device: DecryptingDevice | None = None
        self.segment: AudioSegment | None = None
        self._pending: int | None = None

    def play(self, vault: Vault, segment: AudioSegment) -> bool:
        """Play ``segment``; raises the core's one-sentence errors (a damaged file)."""
        media = _multimedia()
        if media is None:
            return False
        self.stop()
        info = vault.attachments.get(segment.attachment_id)
        self.device = DecryptingDevice(vault.attachments.open(segment.attachment_id))
        self.device.open_for_reading()
        self.player = media.QMediaPlayer(self)
        self.output = media.QAudioOutput(self)
        self.player.setAudioOutput(self.output)
        self.player.mediaStatusChanged.connect(self._media_status)
        self.player.positionChanged.connect(self._moved)
        self.player.setSourceDevice(self.device, QUrl(f"attachment.{info.format}"))
        self.segment, self._pending = segment, segment.start_ms
        send(self.player, "play")
        return True

    def _media_status(self, status: Any) -> None:
        media = _multimedia()
        if self._pending is not None and media is not None and status in _ready(media):
            pending, self._pending = self._pending, None
            send(self.player, "setPosition", pending)

    def _moved(self, milliseconds: int) -> None:
        if (self.segment is not None and self._pending is None
                and milliseconds >= self.segment.end_ms and self.player is not None):
            send(self.player, "pause")
            self.finished.emit()

    def stop(self) -> None:
        player, device = self.player, self.device
        self.player, self.device, self.segment, self._pending = None, None, None, None
        if player is not None:
            send(player, "stop")
            if device is not None:
                player.destroyed.connect(lambda *_: _close(device))
            player.deleteLater()
        elif device is not None:
            _close(device)
