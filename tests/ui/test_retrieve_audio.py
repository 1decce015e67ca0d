"""Retrieve lists coded audio segments beside the passages and plays one from start to end
(Enter on the list; Qt Multimedia headless through FFmpeg, as in test_attachments_panel)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fieldvault.core.vault import Vault
from fieldvault.ui.mainwindow import MainWindow
from fieldvault.ui.pages.retrieve import RetrievePage

sys.path.insert(0, str(Path(__file__).parents[1] / "core" / "attachments"))  # mediakit
sys.path.insert(0, str(Path(__file__).parents[1] / "core" / "review"))  # reviewkit
import mediakit  # noqa: E402
from reviewkit import new_case, theme_ids  # noqa: E402

quiet_audio = pytest.mark.qt_log_ignore(
    "PulseAudioService", "No audio device detected", "Couldn't (load|resolve) ",
    "propagateSizeHints", "QXcbConnection", "Could not connect to any X display",
    "This plugin does not support")


def _retrieve(qtbot: QtBot, page: RetrievePage) -> None:
    with qtbot.waitSignal(page.retrieved, timeout=20_000):
        qtbot.mouseClick(page.go, Qt.MouseButton.LeftButton)
    page.runner.wait(10_000)


@quiet_audio
def test_audio_segments_are_listed_and_play_from_start_to_end(
        qtbot: QtBot, window: MainWindow, vault: Vault, tmp_path: Path) -> None:
    media = pytest.importorskip("PySide6.QtMultimedia")
    code = new_case(vault)
    talk = vault.attachments.add(code, mediakit.wav(tmp_path / "talk.wav", mediakit.pcm(20.0)))
    first, second = theme_ids(vault)
    wanted = vault.attachments.segments.add(talk.id, first, 12_000, 13_500)
    vault.attachments.segments.add(talk.id, second, 1_000, 2_000)
    window.attach(vault)
    page = window.retrieve
    window.tabs.setCurrentWidget(page)
    page.choose([first])
    _retrieve(qtbot, page)
    qtbot.waitUntil(lambda: page.audio_model.rowCount() == 1, timeout=10_000)
    assert page.audio_box.isVisible()
    assert page.audio_model.row(0).id == wanted.id
    assert page.audio_model.index(0, 1).data() == "0:00:12.0"
    assert page.audio_model.index(0, 4).data() == code
    table = page.audio_table
    table.setFocus()
    table.setCurrentIndex(page.audio_model.index(0, 0))
    ends: list[bool] = []
    page.audio_player.finished.connect(lambda: ends.append(True))
    with qtbot.waitSignal(page.audio_player.finished, timeout=15_000):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    player = page.audio_player.player
    paused = media.QMediaPlayer.PlaybackState.PausedState
    qtbot.waitUntil(lambda: player.playbackState() == paused, timeout=10_000)  # sent queued
    assert ends == [True]  # the end is announced once, not at every later position
    assert 13_500 <= player.position() < 16_000
    page.audio_player.stop()
    page.verdict.setCurrentIndex(page.verdict.findData("valid"))
    _retrieve(qtbot, page)
    qtbot.waitUntil(lambda: page.audio_model.rowCount() == 0, timeout=10_000)
    assert not page.audio_box.isVisible()
    page.verdict.setCurrentIndex(page.verdict.findData("unreviewed"))  # a segment has no verdict
    _retrieve(qtbot, page)
    qtbot.waitUntil(lambda: page.audio_model.rowCount() == 1, timeout=10_000)
    assert page.audio_model.row(0).id == wanted.id


def test_the_export_of_what_is_shown_lists_the_audio_segments(
        qtbot: QtBot, window: MainWindow, vault: Vault, tmp_path: Path) -> None:
    import csv

    code = new_case(vault)
    talk = vault.attachments.add(code, mediakit.wav(tmp_path / "talk.wav", mediakit.pcm(8.0)))
    first, _second = theme_ids(vault)
    vault.attachments.segments.add(talk.id, first, 1_500, 4_000)
    window.attach(vault)
    page = window.retrieve
    window.tabs.setCurrentWidget(page)
    page.choose([first])
    _retrieve(qtbot, page)
    qtbot.waitUntil(lambda: page.audio_model.rowCount() == 1, timeout=10_000)
    assert page.model.rowCount() == 0  # no text passage of that theme: audio alone exports
    with qtbot.waitSignal(page.exported, timeout=60_000) as done:
        page.export_to(tmp_path / "shown.csv")
    assert (done.args[0].passages, done.args[0].audio) == (1, 1)
    with open(tmp_path / "shown.csv", encoding="utf-8-sig", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    assert (row["case"], row["recording"], row["from"], row["to"]) == (
        code, talk.id[:8], "00:00:01.500", "00:00:04.000")
