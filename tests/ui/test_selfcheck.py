"""``fieldvault-app --check-media``: the installer smoke test's way into the Attachments panel.

Run here against a real vault in the source tree (installers/smoke.py runs the same mode in
the frozen app): the recording really plays through QMediaPlayer and the photo is decoded.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from fieldvault.core.vault import Passphrase, Vault
from fieldvault.ui import app as app_module
from fieldvault.ui import selfcheck

sys.path.insert(0, str(Path(__file__).parents[1] / "core" / "attachments"))  # mediakit
sys.path.insert(0, str(Path(__file__).parents[1] / "core" / "review"))  # reviewkit
import mediakit  # noqa: E402
from reviewkit import new_case  # noqa: E402

from vaulthelp import PASSPHRASE  # noqa: E402

quiet_audio = pytest.mark.qt_log_ignore(
    "PulseAudioService", "No audio device detected", "Couldn't (load|resolve) ",
    "propagateSizeHints", "QXcbConnection", "Could not connect to any X display",
    "This plugin does not support")


def case_with(vault_path: Path, tmp_path: Path, audio: bool, photo: bool) -> str:
    vault = Vault.open(vault_path, Passphrase(PASSPHRASE))
    try:
        code = new_case(vault)
        if audio:
            vault.attachments.add(code, mediakit.wav(tmp_path / "a.wav", mediakit.pcm(4.0)))
        if photo:
            vault.attachments.add(code, mediakit.png(tmp_path / "p.png"))
        return code
    finally:
        vault.lock()


@quiet_audio
def test_the_recording_plays_and_the_photo_shows(qtbot: QtBot, vault_path: Path,
                                                 tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    code = case_with(vault_path, tmp_path, audio=True, photo=True)
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(sys, "argv", ["fieldvault-app", "--check-media", str(vault_path),
                                      code])
    assert app_module.main() == 0
    report = json.loads(capsys.readouterr().out)
    assert report["attachments"] == 2
    assert report["audio"]["played"] and report["audio"]["duration_ms"] == 4000
    assert report["audio"]["position_ms"] > 0 and report["audio"]["error"] == ""
    assert report["photo"] == {"shown": True, "status": report["photo"]["status"],
                               "size": [64, 48]}  # mediakit.picture() size


@quiet_audio
def test_a_case_without_a_recording_fails_the_check(qtbot: QtBot, vault_path: Path,
                                                    tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    code = case_with(vault_path, tmp_path, audio=False, photo=True)
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", PASSPHRASE)
    assert selfcheck.main(str(vault_path), code) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["audio"] == {"played": False, "problem": "no recording"}
    assert report["photo"]["shown"]


def test_a_wrong_passphrase_is_one_sentence_and_exit_2(qtbot: QtBot, vault_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", "not the passphrase")
    assert selfcheck.main(str(vault_path), "AB-001") == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("fieldvault-app: ") and captured.err.count("\n") == 1
    assert "Traceback" not in captured.err
