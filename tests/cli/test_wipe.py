"""``fieldvault wipe``: nothing happens without the typed name or the explicit flag."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from clihelp import run
from vaulthelp import PASSPHRASE


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _opens(vault: Path) -> bool:
    from fieldvault.core.vault import Passphrase, Vault

    Vault.open(vault, Passphrase(PASSPHRASE)).lock()
    return True


def test_without_a_terminal_or_the_flag_nothing_is_wiped(
        vault_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("case\n"))
    code, _out, err = run(capsys, "wipe", str(vault_path))
    assert code == 2 and "--yes-destroy-everything" in err and "nothing was wiped" in err
    assert _opens(vault_path)


def test_a_wrong_name_wipes_nothing(vault_path: Path, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", _Terminal("cas\n"))
    code, _out, err = run(capsys, "wipe", str(vault_path))
    assert code == 2 and "does not match" in err
    assert "wear levelling" in err  # the warning came before the question
    assert _opens(vault_path)


def test_typing_the_name_wipes(vault_path: Path, capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", _Terminal("case\n"))
    code, out, _err = run(capsys, "wipe", str(vault_path))
    assert code == 0 and "cannot be opened any more" in out
    assert not vault_path.exists()


def test_the_flag_wipes_and_json_lists_the_files(
        vault_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", PASSPHRASE)
    code, out, _err = run(capsys, "wipe", str(vault_path), "--yes-destroy-everything",
                          "--json")
    report = json.loads(out)
    assert code == 0 and "vault.keys" in report["key_files"] and "SSD" in report["note"]
    code, _out, err = run(capsys, "check", str(vault_path))
    assert code == 2 and "not a Fieldvault vault" in err


def test_a_folder_that_is_no_vault_is_refused(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "wipe", str(tmp_path), "--yes-destroy-everything")
    assert code == 2 and "nothing was wiped" in err
