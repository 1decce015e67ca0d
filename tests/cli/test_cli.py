from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from clihelp import run
from vaulthelp import PASSPHRASE


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", PASSPHRASE)



def records(path: Path, theme: str) -> Path:
    lines = [{"title": f"Interview {n}", "languages": ["en", "ru"],
              "interview_date": "2015-05-0" + str(n + 1), "interviewer": "field-a",
              "attributes": {"status": "runaway" if n else "worker"},
              "transcript": f"[FICTIONAL] Он жил в Уссурийске и платил план {n}.",
              "codings": [{"theme": theme, "start": 12, "end": 30}]} for n in range(3)]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines), "utf-8")
    return path


def theme_of(capsys: pytest.CaptureFixture[str], vault: Path) -> str:
    from fieldvault.core.vault import Passphrase, Vault

    with Vault.open(vault, Passphrase(PASSPHRASE)) as opened:
        return next(n.theme.id for n in opened.codebook.tree() if n.depth == 1)


def test_init_import_cases_show_search_code_audit(capsys: pytest.CaptureFixture[str],
                                                  tmp_path: Path) -> None:
    code, out, _ = run(capsys, "init", str(tmp_path / "v"), "--owner", "field-a")
    assert code == 0 and "Recovery code" in out
    vault = str(tmp_path / "v.fieldvault")
    theme = theme_of(capsys, Path(vault))
    code, out, _ = run(capsys, "import", vault, str(records(tmp_path / "r.jsonl", theme)))
    assert code == 0 and "Imported 3 cases, 3 codings" in out
    code, out, _ = run(capsys, "cases", vault, "--json", "--attr", "status=runaway")
    cases = json.loads(out)
    assert code == 0 and len(cases) == 2
    case = cases[0]["code"]
    code, out, _ = run(capsys, "show", vault, case, "--json")
    shown = json.loads(out)
    assert shown["transcript"].startswith("[FICTIONAL]") and len(shown["codings"]) == 1
    code, out, _ = run(capsys, "search", vault, "Уссурийск", "--json")
    assert code == 0 and {h["case_code"] for h in json.loads(out)} >= {case}
    code, out, _ = run(capsys, "code", vault, case, "--theme", theme, "--start", "0",
                       "--end", "11")
    assert code == 0
    code, out, _ = run(capsys, "audit", vault, "--verify", "--json")
    assert code == 0 and json.loads(out)["ok"] is True


@pytest.mark.parametrize("args, message", [
    (["cases", "{vault}"], None),
    (["show", "{vault}", "C-999"], "no case C-999"),
    (["code", "{vault}", "C-999", "--theme", "x", "--start", "0", "--end", "1"],
     "no case C-999"),
    (["import", "{vault}", "{missing}"], "Cannot read"),
    (["cases", "{tmp}/nowhere"], "not a Fieldvault vault"),
])
def test_bad_input_exits_2_with_one_sentence(capsys: pytest.CaptureFixture[str],
                                             vault_path: Path, tmp_path: Path,
                                             args: list[str], message: str | None) -> None:
    filled = [a.format(vault=vault_path, missing=tmp_path / "missing.jsonl", tmp=tmp_path)
              for a in args]
    code, _out, err = run(capsys, *filled)
    if message is None:
        assert code == 0
        return
    assert code == 2 and message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_wrong_passphrase_exits_2(capsys: pytest.CaptureFixture[str], vault_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", "not it at all")
    code, _out, err = run(capsys, "cases", str(vault_path))
    assert code == 2 and err == "fieldvault: The passphrase is wrong for this vault.\n"


def test_passphrase_file_and_recovery_code(capsys: pytest.CaptureFixture[str],
                                           vault_path: Path, tmp_path: Path,
                                           recovery_code: str,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FIELDVAULT_PASSPHRASE")
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    assert run(capsys, "cases", str(vault_path), "--passphrase-file", str(secret))[0] == 0
    monkeypatch.setenv("FIELDVAULT_RECOVERY_CODE", recovery_code.replace("-", " "))
    assert run(capsys, "cases", str(vault_path))[0] == 0


def test_keys_commands(capsys: pytest.CaptureFixture[str], vault_path: Path,
                       tmp_path: Path) -> None:
    new = tmp_path / "new.txt"
    new.write_text("second passphrase here")
    vault = str(vault_path)
    assert run(capsys, "keys", vault, "add", "--label", "laptop", "--new-passphrase-file",
               str(new))[0] == 0
    code, out, _ = run(capsys, "keys", vault, "list", "--json")
    assert [s["label"] for s in json.loads(out)] == ["passphrase", "recovery", "laptop"]
    code, out, _ = run(capsys, "keys", vault, "remove", "laptop")
    assert code == 0 and "dropped: laptop" in out and "New recovery code" in out
    code, out, _ = run(capsys, "keys", vault, "rotate")
    assert code == 0 and "kept: passphrase, recovery" in out
    code, _, err = run(capsys, "keys", vault, "remove", "passphrase")
    assert code == 2 and "No passphrase slot would remain" in err


def test_backup_command(capsys: pytest.CaptureFixture[str], vault_path: Path,
                        tmp_path: Path) -> None:
    dest = tmp_path / "b"
    dest.mkdir()
    code, out, _ = run(capsys, "backup", str(vault_path), str(dest), "--json")
    target = Path(json.loads(out)["backup"])
    assert code == 0 and (target / "vault.db").exists()
    assert run(capsys, "cases", str(target))[0] == 0


def test_subprocess_has_no_traceback_on_bad_input(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "fieldvault.cli", "cases",
                          str(tmp_path / "nothing")], capture_output=True, text=True,
                         env={"FIELDVAULT_PASSPHRASE": "x", "PATH": ""}, check=False)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.startswith("fieldvault: ")
