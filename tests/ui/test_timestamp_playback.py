"""Transcript timestamps play the case's recording from their position (workbench).

Real Ctrl+clicks and key presses on the transcript view; the player is Qt Multimedia's own,
headless through FFmpeg (see test_attachments_panel.py), so its position is the proof.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from fieldvault.core.records.cases import CaseInput
from fieldvault.core.vault import Passphrase, Vault
from fieldvault.ui.mainwindow import MainWindow
from vaulthelp import PASSPHRASE

sys.path.insert(0, str(Path(__file__).parents[1] / "core" / "attachments"))  # mediakit
import mediakit  # noqa: E402

quiet_audio = pytest.mark.qt_log_ignore(
    "PulseAudioService", "No audio device detected", "Couldn't (load|resolve) ",
    "propagateSizeHints", "QXcbConnection", "Could not connect to any X display",
    "This plugin does not support")

TEXT = ("[00:00:01] Q: Where were you?\n"
        "[00:00:20] A: In Ussuriysk, at the quarters.\n"
        "Q: And then? [0:05] A: 그는 매달 돈을 보냈습니다.")


@pytest.fixture
def direct_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The player commands called directly from Python (each still runs). The app must
    send them through the event loop instead (``media_device.send``): a direct call holds
    Python's lock while Qt may wait for a backend thread that waits for that lock."""
    media = pytest.importorskip("PySide6.QtMultimedia")
    called: list[str] = []
    for name in ("play", "pause", "stop", "setPosition"):
        real = getattr(media.QMediaPlayer, name)

        def spy(self: object, *args: object, _real: object = real, _name: str = name) -> object:
            called.append(_name)
            return _real(self, *args)  # type: ignore[operator]

        monkeypatch.setattr(media.QMediaPlayer, name, spy)
    return called


def _open(window: MainWindow, vault_path: Path, tmp_path: Path, audio: bool = True) -> Vault:
    vault = Vault.open(vault_path, Passphrase(PASSPHRASE))
    vault.cases.create(CaseInput("Stamps", TEXT, ["en"], code="C-300"))
    if audio:
        vault.attachments.add("C-300", mediakit.jpeg(tmp_path / "page.jpg"))
        vault.attachments.add("C-300", mediakit.wav(tmp_path / "talk.wav", mediakit.pcm(30.0)))
    window.attach(vault)
    window.open_case("C-300")
    return vault


def _point(window: MainWindow, needle: str, into: int = 3) -> object:
    view = window.workbench.view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.toPlainText().index(needle) + into)
    return view.cursorRect(cursor).center()


@quiet_audio
def test_ctrl_click_and_the_key_play_from_the_timestamp(qtbot: QtBot, window: MainWindow,
                                                        vault_path: Path,
                                                        tmp_path: Path) -> None:
    pytest.importorskip("PySide6.QtMultimedia")
    _open(window, vault_path, tmp_path)
    bench = window.workbench
    view, panel = bench.view, bench.attachments
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     _point(window, "[00:00:20]"))
    assert panel.player is None  # a plain click only places the cursor
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, _point(window, "[00:00:20]"))
    assert bench.memo_tabs.currentWidget() is panel
    assert panel.selected() is not None and panel.selected().name == "talk.wav"
    qtbot.waitUntil(lambda: panel.player.position() >= 20_000, timeout=10_000)
    assert panel.player.position() < 29_000
    assert not view.textCursor().hasSelection()
    cursor = view.textCursor()
    cursor.setPosition(TEXT.index("[0:05]") + 6)  # just after "]"
    view.setTextCursor(cursor)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: 5_000 <= panel.player.position() < 15_000, timeout=10_000)
    cursor.setPosition(TEXT.index("Ussuriysk"))
    view.setTextCursor(cursor)
    qtbot.keyClick(view, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "Put the cursor on a timestamp" in bench.note.text()
    panel.stop()


@quiet_audio
def test_play_from_pauses_at_the_end_of_a_segment(qtbot: QtBot, window: MainWindow,
                                                  vault_path: Path, tmp_path: Path) -> None:
    media = pytest.importorskip("PySide6.QtMultimedia")
    _open(window, vault_path, tmp_path)
    panel = window.workbench.attachments
    assert panel.play_from(2_000, until=3_000)
    paused = media.QMediaPlayer.PlaybackState.PausedState
    qtbot.waitUntil(lambda: panel.player.playbackState() == paused, timeout=10_000)
    assert 3_000 <= panel.player.position() < 6_000
    panel.stop()


def test_a_case_without_a_recording_says_so(qtbot: QtBot, window: MainWindow,
                                            vault_path: Path, tmp_path: Path) -> None:
    _open(window, vault_path, tmp_path, audio=False)
    bench = window.workbench
    qtbot.mouseClick(bench.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, _point(window, "[0:05]"))
    assert "no recording" in bench.note.text()
    assert bench.attachments.player is None


@quiet_audio
def test_mark_in_mark_out_code_and_replay_a_segment(qtbot: QtBot, window: MainWindow,
                                                    vault_path: Path, tmp_path: Path,
                                                    direct_calls: list[str]) -> None:
    media = pytest.importorskip("PySide6.QtMultimedia")
    from fieldvault.ui.widgets.picker import ThemePicker
    from ui.uihelp import shown

    vault = _open(window, vault_path, tmp_path)
    bench = window.workbench
    panel = bench.attachments
    bench.memo_tabs.setCurrentWidget(panel)
    assert not panel.in_button.isEnabled() and not panel.code_button.isEnabled()
    panel.table.selectRow(1)  # talk.wav
    qtbot.mouseClick(panel.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.player.position() >= 1_000, timeout=10_000)
    qtbot.mouseClick(panel.in_button, Qt.MouseButton.LeftButton)
    start = panel.mark_in
    assert start is not None and start >= 1_000
    qtbot.waitUntil(lambda: panel.player.position() >= start + 1_000, timeout=10_000)
    qtbot.mouseClick(panel.out_button, Qt.MouseButton.LeftButton)
    end = panel.mark_out
    assert end is not None and end >= start + 1_000
    assert panel.code_button.isEnabled()
    qtbot.mouseClick(panel.code_button, Qt.MouseButton.LeftButton)
    picker = shown(ThemePicker)[0]
    qtbot.keyClicks(picker.query, "quarters")
    qtbot.keyClick(picker.query, Qt.Key.Key_Return)
    segments = vault.attachments.segments.for_case("C-300")
    assert [(s.theme_id, s.start_ms, s.end_ms) for s in segments] == [
        ("living.quarters", start, end)]
    assert panel.segment_model.rowCount() == 1
    assert "quarters" in panel.segment_model.index(0, 0).data().lower()
    panel.stop()
    table = panel.segment_table
    table.setFocus()
    table.setCurrentIndex(panel.segment_model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    paused = media.QMediaPlayer.PlaybackState.PausedState
    qtbot.waitUntil(lambda: panel.player is not None
                    and panel.player.playbackState() == paused, timeout=10_000)
    assert end <= panel.player.position() < end + 3_000
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert vault.attachments.segments.for_case("C-300") == []
    panel.stop()
    assert direct_calls == []  # every command went through the event loop
