"""``fieldvault pii`` and ``fieldvault people``: output, exit codes, notices."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clihelp import run
from core.privacy_service.privacyhelp import import_demo
from fieldvault.core.privacy import models
from fieldvault.core.vault import Passphrase, Vault
from vaulthelp import PASSPHRASE

TEXT = ("[FICTIONAL] 🙂 Kim Chol-su (김철수) called +7 914 123-45-67 from Nakhodka.\n"
        "김철수는 zorvak 씨와 같이 일했다.\n")


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", PASSPHRASE)



def text_file(tmp_path: Path, text: str = TEXT) -> Path:
    path = tmp_path / "interview.txt"
    path.write_text(text, "utf-8")
    return path


def test_scan_prints_suggestions_with_code_point_offsets(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "pii", "scan", str(text_file(tmp_path)), "--json")
    rows = json.loads(out)
    assert code == 0 and err == ""
    assert {(r["text"], r["category"]) for r in rows} >= {
        ("Kim Chol-su", "PERSON"), ("+7 914 123-45-67", "PHONE"), ("Nakhodka", "LOCATION")}
    for row in rows:
        assert TEXT[row["start"]:row["end"]] == row["text"]  # 🙂 counts as one
        assert set(row) == {"start", "end", "category", "text", "source"}
    code, out, _ = run(capsys, "pii", "scan", str(text_file(tmp_path)), "--categories",
                       "phone")
    assert code == 0 and out.split()[1:3] == ["PHONE", "+7"]


def test_scan_with_a_vault_uses_its_people(capsys: pytest.CaptureFixture[str],
                                           tmp_path: Path, vault_path: Path) -> None:
    path = str(text_file(tmp_path))
    _code, out, _ = run(capsys, "pii", "scan", path, "--json")
    assert "zorvak" not in {r["text"] for r in json.loads(out)}
    code, out, _ = run(capsys, "people", str(vault_path), "add", "--role", "broker",
                       "--name", "zorvak")
    assert code == 0 and out.strip().startswith("B-")
    code, out, _ = run(capsys, "pii", "scan", path, "--vault", str(vault_path), "--json")
    found = {r["text"]: (r["category"], r["source"]) for r in json.loads(out)}
    assert code == 0 and found["zorvak"] == ("PERSON", "gazetteer")


@pytest.mark.parametrize("args, message", [
    (["pii", "scan", "{missing}"], "Cannot read"),
    (["pii", "scan", "{latin1}"], "is not UTF-8 text"),
    (["pii", "scan", "{file}", "--categories", "NAME"], "'NAME' is not a redaction category"),
    (["pii", "apply", "{vault}", "PK-001", "--categories", "PERSON,FOO"],
     "'FOO' is not a redaction category"),
    (["pii", "apply", "{vault}", "C-999", "--accept-all"], "There is no case C-999"),
    (["pii", "list", "{vault}", "C-999"], "There is no case C-999"),
    (["people", "{vault}", "add", "--role", "spy", "--name", "x"], "not a person role"),
    (["people", "{vault}", "roles", "--set", "cook=k"], "capital letters"),
])
def test_bad_input_gets_one_sentence_and_exit_2(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, vault_path: Path,
        args: list[str], message: str) -> None:
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Müller".encode("latin-1"))
    names = {"{missing}": str(tmp_path / "nope.txt"), "{latin1}": str(latin1),
             "{file}": str(text_file(tmp_path)), "{vault}": str(vault_path)}
    code, out, err = run(capsys, *[names.get(a, a) for a in args])
    assert code == 2 and out == ""
    assert err.startswith("fieldvault: ") and message in err and err.count("\n") == 1


def test_a_model_that_cannot_load_is_named_and_the_rest_still_runs(
        capsys: pytest.CaptureFixture[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> None:
        raise OSError("model file is damaged")

    monkeypatch.setitem(models.LOADERS, "kiwi", broken)
    monkeypatch.delitem(models._cache, "kiwi", raising=False)
    code, out, err = run(capsys, "pii", "scan", str(text_file(tmp_path)), "--json")
    assert code == 0 and "Korean name recognition is unavailable" in err
    assert "model file is damaged" in err
    assert "+7 914 123-45-67" in {r["text"] for r in json.loads(out)}


def test_apply_pseudonymises_a_case_and_list_shows_the_codes(
        capsys: pytest.CaptureFixture[str], vault_path: Path) -> None:
    with Vault.open(vault_path, Passphrase(PASSPHRASE)) as vault:
        import_demo(vault)
    target = str(vault_path)
    code, out, err = run(capsys, "pii", "apply", target, "PK-001", "--categories",
                         "PERSON,phone", "--json")
    summary = json.loads(out)
    assert code == 0 and err == ""
    assert summary["replaced"] == summary["accepted"]["PERSON"] > 3
    assert summary["accepted"]["PHONE"] >= 1 and summary["sealed_versions"] == [1]
    _code, out, _ = run(capsys, "show", target, "PK-001", "--json")
    transcript = json.loads(out)["transcript"]
    assert "Ri Myong-chol" not in transcript and "리명철" not in transcript
    code, out, _ = run(capsys, "pii", "list", target, "PK-001", "--json")
    rows = json.loads(out)
    people = [r for r in rows if r["category"] == "PERSON" and r["status"] == "accepted"]
    assert code == 0 and people and all(r["text"] == r["person"] for r in people)
    assert {r["decided_by"] for r in people} == {"tester"}
    code, out, _ = run(capsys, "pii", "apply", target, "PK-002", "--accept-all")
    assert code == 0 and out.startswith("PK-002: ") and "replaced by codes in version 2" in out
    code, out, _ = run(capsys, "pii", "list", target, "PK-002")
    assert code == 0 and " accepted " in out and "Kang Song-hun" not in out


def test_people_add_list_and_roles(capsys: pytest.CaptureFixture[str],
                                   vault_path: Path) -> None:
    target = str(vault_path)
    code, out, _ = run(capsys, "people", target, "add", "--role", "worker", "--name",
                       "Kim Chol-su", "--variant", "김철수")
    person = out.strip()
    assert code == 0 and person.startswith("W-") and len(out.splitlines()) == 1
    _code, out, _ = run(capsys, "people", target, "list")
    assert out.split() == [person, "worker"]
    _code, out, _ = run(capsys, "people", target, "list", "--names", "--json")
    assert json.loads(out) == [{"code": person, "role": "worker", "name": "Kim Chol-su"}]
    code, out, _ = run(capsys, "people", target, "roles", "--set", "cook=K", "--drop",
                       "interpreter", "--json")
    roles = json.loads(out)
    assert code == 0 and roles["cook"] == "K" and "interpreter" not in roles
    _code, out, _ = run(capsys, "people", target, "add", "--role", "cook", "--name", "Pak")
    assert out.startswith("K-")
    with Vault.open(vault_path, Passphrase(PASSPHRASE)) as vault:
        vault.people.shred()
    code, out, err = run(capsys, "people", target, "list", "--names")
    assert code == 0 and "Kim Chol-su" not in out and person in out
    assert "identity key was destroyed" in err
