"""``fieldvault attach / attachments / attachment``: what the user sees, and exit 2 on bad
input with one sentence."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from clihelp import run
from vaulthelp import PASSPHRASE

sys.path.insert(0, str(Path(__file__).parents[1] / "core" / "attachments"))  # mediakit
sys.path.insert(0, str(Path(__file__).parents[1] / "core" / "review"))  # reviewkit
import mediakit  # noqa: E402
from reviewkit import new_case  # noqa: E402


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def case(vault_path: Path) -> str:
    from fieldvault.core.vault import Passphrase, Vault

    with Vault.open(vault_path, Passphrase(PASSPHRASE)) as vault:
        return new_case(vault)


def test_attach_list_and_save(capsys: pytest.CaptureFixture[str], vault_path: Path,
                              case: str, tmp_path: Path) -> None:
    recording = mediakit.wav(tmp_path / "rec.wav", mediakit.pcm(65.0))
    photo = mediakit.jpeg(tmp_path / "photo.jpg")
    code, out, err = run(capsys, "attach", str(vault_path), case, str(recording), str(photo))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("rec.wav: attached as ")
    assert lines[0].endswith("(wav, 1015.7 KB); removed: broadcast extension (bext: "
                             "originator, date, description); LIST/INFO tags (title, artist, "
                             "dates, comments); iXML chunk")
    assert "GPS location; maker notes" in lines[1]
    code, out, _ = run(capsys, "attachments", str(vault_path), case)
    assert code == 0
    table = out.splitlines()
    assert table[0].split() == ["ID", "KIND", "FORMAT", "SIZE", "DURATION", "NAME"]
    assert table[1].split()[1:] == ["audio", "wav", "1015.7", "KB", "0:01:05", "rec.wav"]
    assert table[2].split()[1:3] == ["image", "jpeg"] and table[2].split()[-2:] == ["-",
                                                                                   "photo.jpg"]
    code, out, _ = run(capsys, "attachments", str(vault_path), case, "--json")
    listed = json.loads(out)
    assert [(a["kind"], a["format"], a["duration"]) for a in listed] == [
        ("audio", "wav", 65.0), ("image", "jpeg", None)]
    assert "file_key" not in listed[0]
    target = tmp_path / "copy.jpg"
    code, out, _ = run(capsys, "attachment", str(vault_path), listed[1]["id"][:8],
                       "--save", str(target))
    assert code == 0 and out == f"Wrote a copy without metadata to {target}; it is not " \
                                "encrypted.\n"
    assert target.read_bytes().startswith(b"\xff\xd8") and mediakit.MARKER not in \
        target.read_bytes()


def test_bad_input_exits_2_with_one_sentence_and_keeps_nothing(
        capsys: pytest.CaptureFixture[str], vault_path: Path, case: str,
        tmp_path: Path) -> None:
    good = mediakit.wav(tmp_path / "ok.wav", mediakit.pcm(0.5))
    text = tmp_path / "notes.bin"
    text.write_bytes(b"not media")
    code, out, err = run(capsys, "attach", str(vault_path), case, str(good), str(text))
    assert (code, out) == (2, "")
    assert err == ("fieldvault: The file notes.bin cannot be attached: it is not one of the "
                   "formats Fieldvault keeps (WAV, MP3, M4A, OGG, JPEG, PNG, HEIC, or a document "
                   "kept as its original).\n")
    code, out, _ = run(capsys, "attachments", str(vault_path), case)
    assert out == f"Case {case} has no attachments.\n"  # the good file was not kept either
    code, _, err = run(capsys, "attach", str(vault_path), "NOPE", str(good))
    assert (code, err) == (2, "fieldvault: There is no case NOPE in this vault.\n")
    code, _, err = run(capsys, "attachment", str(vault_path), "abcdef12", "--save",
                       str(tmp_path / "x"))
    assert (code, err) == (2, "fieldvault: There is no attachment abcdef12 in this vault.\n")
    run(capsys, "attach", str(vault_path), case, str(good))
    listed = json.loads(run(capsys, "attachments", str(vault_path), case, "--json")[1])
    code, _, err = run(capsys, "attachment", str(vault_path), listed[0]["id"], "--save",
                       str(good))
    assert (code, err) == (2, f"fieldvault: {good} already exists; choose another name.\n")
