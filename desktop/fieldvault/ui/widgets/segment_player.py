"""Plays one coded audio segment (from its start, pausing at its end) for the Retrieve page.

Same path as the attachments panel (``media_device.new_player``): a
:class:`DecryptingDevice` over the vault's reader fed to ``QMediaPlayer``, so nothing is
decrypted to a file. Without Qt Multimedia, :meth:`play` returns False. Every command goes
through ``media_device.send`` and shutting down through ``media_device.release``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from fieldvault.core.attachments.segments import AudioSegment
from fieldvault.core.vault import Vault
from fieldvault.ui.widgets.media_device import (
    DecryptingDevice,
    multimedia,
    new_player,
    ready_states,
    release,
    send,
)


class SegmentPlayer(QObject):
    finished = Signal()  # the segment's end was reached

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.player: Any = None
        self.device: DecryptingDevice | None = None
        self.segment: AudioSegment | None = None
        self._pending: int | None = None
        self._until: int | None = None  # the end still to be reached (None once reached)

    def play(self, vault: Vault, segment: AudioSegment) -> bool:
        """Play ``segment``; raises the core's one-sentence errors (a damaged file)."""
        media = multimedia()
        if media is None:
            return False
        self.stop()
        info = vault.attachments.get(segment.attachment_id)
        self.device = DecryptingDevice(vault.attachments.open(segment.attachment_id))
        self.device.open_for_reading()
        self.player = new_player(media, self, self.device, info.format,
                                 mediaStatusChanged=self._media_status,
                                 positionChanged=self._moved)
        self.segment, self._pending, self._until = segment, segment.start_ms, segment.end_ms
        send(self.player, "play")
        return True

    def _media_status(self, status: Any) -> None:
        media = multimedia()
        if self._pending is not None and media is not None and status in ready_states(media):
            pending, self._pending = self._pending, None
            send(self.player, "setPosition", pending)

    def _moved(self, milliseconds: int) -> None:
        if (self._until is not None and self._pending is None
                and milliseconds >= self._until and self.player is not None):
            self._until = None  # once: positions keep coming until the pause takes effect
            send(self.player, "pause")
            self.finished.emit()

    def stop(self) -> None:
        player, device = self.player, self.device
        self.player, self.device, self.segment = None, None, None
        self._pending = self._until = None
        release(player, device)
