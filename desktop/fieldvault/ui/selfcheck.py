"""``fieldvault-app --check-media VAULT CASE``: play a case's recording and show its photo
in the real Attachments panel, without a window system, and report what happened as JSON.

Made for the installer's smoke test (installers/smoke.py): it proves that the frozen app
carries Qt Multimedia, its FFmpeg plugin and the libraries they load, on the same code path
the Attachments tab uses (a :class:`DecryptingDevice` fed to ``QMediaPlayer``). The
passphrase comes from ``FIELDVAULT_PASSPHRASE``, as for the command line. Exit 0 when the
recording played and the photo was shown, 1 when not, 2 for bad input (one sentence).

Runs on the UI thread; the panel's own task runner reads the photo on a worker thread.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from fieldvault.core.errors import FieldvaultError
from fieldvault.core.vault import Passphrase, Vault
from fieldvault.ui.session import VaultSession
from fieldvault.ui.widgets.attachments_panel import AttachmentsPanel
from fieldvault.ui.widgets.media_device import multimedia

WAIT_SECONDS = 60


def wait_until(condition: Callable[[], bool], seconds: float = WAIT_SECONDS) -> bool:
    """Run the event loop until ``condition()`` holds (True) or ``seconds`` pass (False)."""
    deadline = QDeadlineTimer(int(seconds * 1000))
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(25)
    timer.timeout.connect(lambda: loop.quit() if condition() or deadline.hasExpired()
                          else None)
    timer.start()
    if not condition():
        loop.exec()
    timer.stop()
    return condition()


def import_problem(name: str) -> str:
    """Why ``name`` does not import (the panel only learns that it does not)."""
    try:
        importlib.import_module(name)
    except ImportError as exc:
        return f"{name} cannot be imported: {exc}"
    return f"{name} imports now but did not for the panel"


def play(panel: AttachmentsPanel, attachment_id: str) -> dict[str, Any]:
    """Play the recording from its start until the position moves; what the player said."""
    media = multimedia()
    if media is None:
        return {"played": False, "problem": import_problem("PySide6.QtMultimedia")}
    started = panel.play_from(0, attachment_id)
    playing = media.QMediaPlayer.PlaybackState.PlayingState
    moved = started and wait_until(lambda: panel.player is not None
                                   and panel.player.playbackState() == playing
                                   and panel.player.position() > 0)
    player = panel.player
    report = {"played": bool(moved), "status": panel.status.text()}
    if player is not None:
        report.update(duration_ms=player.duration(), position_ms=player.position(),
                      media_status=player.mediaStatus().name, error=player.errorString())
    panel.stop()
    return report


def show_photo(panel: AttachmentsPanel, attachment_id: str) -> dict[str, Any]:
    """Select the photo and wait for the preview to hold its picture."""
    rows = panel.model.rows()
    panel.table.selectRow(next(i for i, a in enumerate(rows) if a.id == attachment_id))
    shown = wait_until(lambda: panel.image is not None and not panel.preview.pixmap().isNull())
    image = panel.image
    return {"shown": shown, "status": panel.status.text(),
            "size": [image.width(), image.height()] if image is not None else None}


def check(vault_path: Path, code: str) -> dict[str, Any]:
    """Open the vault, put the case in a panel, play its first recording, show its first
    photo. Raises FieldvaultError for a vault or case that cannot be opened."""
    vault = Vault.open(vault_path, Passphrase(os.environ.get("FIELDVAULT_PASSPHRASE", "")))
    session = VaultSession(vault)
    panel = AttachmentsPanel()
    panel.resize(800, 600)
    panel.show()
    try:
        panel.set_case(session, code)
        rows = panel.model.rows()
        audio = next((a for a in rows if a.kind == "audio"), None)
        photo = next((a for a in rows if a.kind == "image"), None)
        report: dict[str, Any] = {"attachments": len(rows)}
        report["audio"] = play(panel, audio.id) if audio else {"played": False,
                                                                  "problem": "no recording"}
        report["photo"] = show_photo(panel, photo.id) if photo else {"shown": False,
                                                                       "problem": "no photo"}
        wait_until(lambda: False, 0.2)  # let the stopped player go (deleteLater)
        return report
    finally:
        panel.set_case(None, None)
        session.lock()


def main(vault_path: str, code: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    try:
        report = check(Path(vault_path), code)
    except FieldvaultError as exc:
        print(f"fieldvault-app: {exc}", file=sys.stderr)
        return 2
    if sys.stdout is not None:  # None in a windowed program on Windows: the exit code says it
        print(json.dumps(report, ensure_ascii=False))
    app.processEvents()
    return 0 if report["audio"].get("played") and report["photo"].get("shown") else 1
