"""REFI-QDA export from the app with coded recordings: the question offers to include them,
and the file then carries the recording (read back with an independent ZIP and WAV reader)."""

from __future__ import annotations

import io
import sys
import wave
import zipfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from fieldvault.core.vault import Vault
from fieldvault.ui.mainwindow import MainWindow
from ui.uihelp import close_messages, new_case, shown, wait_message

sys.path.insert(0, str(Path(__file__).parents[1] / "core" / "attachments"))  # mediakit
import mediakit  # noqa: E402

MakeVault = Callable[[str, str], Vault]


def _export(qtbot: QtBot, window: MainWindow, button: str, target: Path) -> str:
    window.export_refi_action.trigger()
    qtbot.waitUntil(lambda: bool(shown(QMessageBox)), timeout=20_000)
    (question,) = shown(QMessageBox)
    text = question.text()
    choose = next(b for b in question.buttons() if b.text() == button)
    qtbot.mouseClick(choose, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown(QFileDialog)), timeout=5000)
    (chooser,) = shown(QFileDialog)
    chooser.setDirectory(str(target.parent))
    chooser.selectFile(str(target))
    chooser.accept()
    assert wait_message(qtbot).startswith(f"Wrote {target}")
    close_messages()
    return text


def test_the_recordings_go_into_the_file_only_when_chosen(
        qtbot: QtBot, window: MainWindow, make_vault: MakeVault, tmp_path: Path) -> None:
    ira = make_vault("ira", "interviewer")
    new_case(ira, "W-001")
    talk = ira.attachments.add("W-001", mediakit.wav(tmp_path / "talk.wav", mediakit.pcm(6.0)))
    ira.attachments.segments.add(talk.id, "work.wages", 1_000, 2_500)
    window.attach(ira)
    question = _export(qtbot, window, "Choose the file…", tmp_path / "plain.qdpx")
    assert "1 coded audio segments on 1 recordings" in question
    assert "1 coded recording can go into the file too" in question
    with zipfile.ZipFile(tmp_path / "plain.qdpx") as archive:
        assert [n for n in archive.namelist() if not n.endswith((".txt", ".qde"))] == []
    _export(qtbot, window, "Include the recordings…", tmp_path / "with.qdpx")
    with zipfile.ZipFile(tmp_path / "with.qdpx") as archive:
        [audio] = [n for n in archive.namelist() if n.endswith(".wav")]
        data = archive.read(audio)
    with wave.open(io.BytesIO(data)) as reader:
        assert reader.getnframes() == 6 * 8000
    assert b"LIST" not in data and b"bext" not in data  # stripped on intake, as kept
