"""``fieldvault code-audio / uncode-audio / audio-codings``: coded time spans of recordings
from the command line, against a real vault; bad input is one sentence and exit 2."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from clihelp import run
from fieldvault.core.attachments.segments import parse_clock
from fieldvault.core.errors import InputError
from fieldvault.core.timestamps import clock
from fieldvault.core.vault import Passphrase, Vault
from vaulthelp import PASSPHRASE

sys.path.insert(0, str(Path(__file__).parents[1] / "core" / "attachments"))  # mediakit
sys.path.insert(0, str(Path(__file__).parents[1] / "core" / "review"))  # reviewkit
import mediakit  # noqa: E402
from reviewkit import new_case, theme_ids  # noqa: E402


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def setup(vault_path: Path, tmp_path: Path) -> tuple[str, str, str, list[str]]:
    with Vault.open(vault_path, Passphrase(PASSPHRASE)) as vault:
        case, other = new_case(vault), new_case(vault)
        talk = vault.attachments.add(case, mediakit.wav(tmp_path / "talk.wav",
                                                        mediakit.pcm(75.0)))
        return case, other, talk.id, theme_ids(vault)


def test_times_read_and_print_as_clock_times() -> None:
    assert parse_clock("00:01:05.250") == 65_250
    assert parse_clock("1:05") == 65_000 and parse_clock("7") == 7_000
    assert parse_clock("1:02:03.4") == 3_723_400 and parse_clock(" 00:00:00.05 ") == 50
    assert clock(3_723_400) == "01:02:03.400" and clock(0) == "00:00:00.000"
    for bad in ("", "1:75", "a:00", "00:00:01,5", "1:2:3:4", "00:00:01.2345", "-5"):
        with pytest.raises(InputError, match="is not a time like"):
            parse_clock(bad)


def test_code_list_and_uncode(capsys: pytest.CaptureFixture[str], vault_path: Path,
                              setup: tuple[str, str, str, list[str]]) -> None:
    case, _other, talk, (first, second) = setup
    code, out, err = run(capsys, "code-audio", str(vault_path), case, talk[:8], "--theme",
                         first, "--start", "00:01:02.5", "--end", "00:01:04")
    assert (code, err) == (0, "")
    assert out.startswith(f"Coded talk.wav 00:01:02.500-00:01:04.000 of {case} as {first} (")
    code, out, _ = run(capsys, "code-audio", str(vault_path), case, talk, "--theme", second,
                       "--start", "5", "--end", "0:09.125", "--coder", "ann", "--json")
    made = json.loads(out)
    assert (made["start_ms"], made["end_ms"], made["coder"]) == (5_000, 9_125, "ann")
    code, out, _ = run(capsys, "audio-codings", str(vault_path), case)
    table = out.splitlines()
    assert table[0].split() == ["ID", "CASE", "FROM", "TO", "THEME", "CODER", "RECORDING"]
    assert table[1].split()[1:] == [case, "00:00:05.000", "00:00:09.125", second, "ann",
                                    talk[:8], "talk.wav"]
    assert table[2].split()[2:4] == ["00:01:02.500", "00:01:04.000"]
    code, out, _ = run(capsys, "audio-codings", str(vault_path), "--theme", first, "--json")
    [only] = json.loads(out)
    assert (only["theme_id"], only["start_ms"], only["case_code"]) == (first, 62_500, case)
    code, out, err = run(capsys, "uncode-audio", str(vault_path), made["id"][:8])
    assert (code, err) == (0, "")
    assert out.strip() == (f"Removed the segment 00:00:05.000-00:00:09.125 of talk.wav "
                           f"({second}) from {case}.")
    with Vault.open(vault_path, Passphrase(PASSPHRASE)) as vault:
        assert [s.id for s in vault.attachments.segments.for_case(case)] == [only["id"]]
    code, out, _ = run(capsys, "audio-codings", str(vault_path), "--theme", second)
    assert out.strip() == "No coded audio segments."


@pytest.mark.parametrize(("args", "sentence"), [
    (["--start", "1:75", "--end", "2"], "The start time '1:75' is not a time like 00:12:31"),
    (["--start", "3", "--end", "2"], "The span 3000-2000 ms is not inside recording"),
    (["--start", "0", "--end", "02:00"], "(75000 ms long)"),
    (["--start", "0", "--end", "1", "--theme", "no.such"], "There is no theme 'no.such'"),
])
def test_bad_input_is_one_sentence_and_exit_2(
        capsys: pytest.CaptureFixture[str], vault_path: Path,
        setup: tuple[str, str, str, list[str]], args: list[str], sentence: str) -> None:
    case, _other, talk, (first, _second) = setup
    theme = [] if "--theme" in args else ["--theme", first]
    code, out, err = run(capsys, "code-audio", str(vault_path), case, talk, *theme, *args)
    assert (code, out) == (2, "")
    assert sentence in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_wrong_case_or_unknown_ids_are_refused(
        capsys: pytest.CaptureFixture[str], vault_path: Path,
        setup: tuple[str, str, str, list[str]]) -> None:
    case, other, talk, (first, _second) = setup
    code, _out, err = run(capsys, "code-audio", str(vault_path), other, talk, "--theme", first,
                          "--start", "0", "--end", "1")
    assert code == 2 and err.strip() == (f"fieldvault: Attachment {talk} belongs to case {case}, "
                                         f"not {other}.")
    code, _out, err = run(capsys, "code-audio", str(vault_path), case, "ffffffff", "--theme",
                          first, "--start", "0", "--end", "1")
    assert code == 2 and "There is no attachment ffffffff" in err
    code, _out, err = run(capsys, "uncode-audio", str(vault_path), "abcdef12")
    assert code == 2 and "There is no coded segment abcdef12" in err
    with Vault.open(vault_path, Passphrase(PASSPHRASE)) as vault:
        assert vault.attachments.segments.retrieve(None) == []


def test_refi_export_carries_recordings_only_with_the_flag(
        capsys: pytest.CaptureFixture[str], vault_path: Path, tmp_path: Path,
        setup: tuple[str, str, str, list[str]]) -> None:
    import zipfile

    case, _other, talk, (first, _second) = setup
    run(capsys, "code-audio", str(vault_path), case, talk, "--theme", first, "--start", "1",
        "--end", "2")
    code, out, _ = run(capsys, "refi", str(vault_path), "export", str(tmp_path / "a.qdpx"),
                       "--yes")
    assert code == 0 and "not the recordings themselves" in out
    code, out, _ = run(capsys, "refi", str(vault_path), "export", str(tmp_path / "b.qdpx"),
                       "--yes", "--include-recordings")
    assert code == 0 and "the 1 recordings themselves (metadata removed, not encrypted" in out
    with zipfile.ZipFile(tmp_path / "a.qdpx") as plain, \
            zipfile.ZipFile(tmp_path / "b.qdpx") as full:
        assert not [n for n in plain.namelist() if n.endswith(".wav")]
        assert [n for n in full.namelist() if n.endswith(".wav")] == [f"sources/{talk}.wav"]
    code, _out, err = run(capsys, "refi", str(vault_path), "import", str(tmp_path / "b.qdpx"),
                          "--include-recordings")
    assert code == 2 and "apply to export only" in err


def test_fieldvault_segments_lists_coded_audio(
        capsys: pytest.CaptureFixture[str], vault_path: Path, tmp_path: Path,
        setup: tuple[str, str, str, list[str]]) -> None:
    import csv

    from fieldvault.cli import main

    case, _other, talk, (first, _second) = setup
    run(capsys, "code-audio", str(vault_path), case, talk, "--theme", first, "--start",
        "00:00:03.5", "--end", "00:00:07")
    target = tmp_path / "out.csv"
    code = main(["segments", str(vault_path), "--theme", first, "--csv", str(target)])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert out.startswith(f"Wrote 0 passages and 1 coded audio segments from 1 cases to {target}")
    with open(target, encoding="utf-8-sig", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    assert (row["case"], row["theme_id"], row["recording"], row["from"], row["to"]) == (
        case, first, talk[:8], "00:00:03.500", "00:00:07.000")
    code = main(["segments", str(vault_path), "--verdict", "valid", "--csv",
                 str(tmp_path / "none.csv")])
    assert code == 2 and "No coded passage matches" in capsys.readouterr().err
