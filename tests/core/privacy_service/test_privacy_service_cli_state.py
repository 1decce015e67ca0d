"""``pii status``, ``people ... not-a-person`` and ``export --require-review`` from the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.privacy_service.privacyhelp import add_case, import_demo
from fieldvault.cli import main
from fieldvault.core.vault import Passphrase, Vault
from vaulthelp import PASSPHRASE

TEXT = "[FICTIONAL] 면담자: 김철수는 어디 있습니까?\n노동자: 동지 전화가 없어요.\n"


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", PASSPHRASE)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_pii_status_lists_every_case_with_its_state(
        vault_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Vault.open(vault_path, Passphrase(PASSPHRASE)) as vault:
        codes = import_demo(vault)
    assert run(capsys, "pii", "apply", str(vault_path), codes[0], "--accept-all")[0] == 0
    code, out, _ = run(capsys, "pii", "status", str(vault_path), "--json")
    rows = {r["case"]: r for r in json.loads(out)}
    assert code == 0 and sorted(rows) == sorted(codes)
    assert rows[codes[0]]["state"] in ("reviewed", "undecided")
    assert rows[codes[0]]["accepted"] > 0 and rows[codes[0]]["scanned_at"]
    assert {rows[c]["state"] for c in codes[1:]} == {"not_scanned"}
    code, out, _ = run(capsys, "pii", "status", str(vault_path))
    lines = out.splitlines()
    assert code == 0 and len(lines) == len(codes)
    assert lines[1].split()[0] == codes[1] and "not scanned yet" in lines[1]


def test_not_a_person_from_the_cli(vault_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    with Vault.open(vault_path, Passphrase(PASSPHRASE)) as vault:
        case = add_case(vault, TEXT)
        start = TEXT.index("전화가")
        vault.privacy.add_manual(case, start, start + 3, "PERSON")
        vault.privacy.pseudonymise(case)
        person = vault.people.list()[0].code
    code, out, err = run(capsys, "people", str(vault_path), "not-a-person", person)
    assert (code, err) == (0, "")
    assert out.startswith(f"{person} is no longer a person: 1 mentions got their words back")
    code, _, err = run(capsys, "people", str(vault_path), "not-a-person", person)
    assert code == 2 and err == f"fieldvault: There is no person {person} in this vault.\n"
    code, _, err = run(capsys, "people", str(vault_path), "not-a-person")
    assert code == 2 and err.count("\n") == 1


def test_export_requires_review_only_when_asked(vault_path: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    with Vault.open(vault_path, Passphrase(PASSPHRASE)) as vault:
        case = add_case(vault, TEXT)
    base = ["export", str(vault_path), "--case", case, "--profile", "legal",
            "--recipient", "Law firm"]
    code, out, err = run(capsys, *base, "--out", str(tmp_path / "b"))
    assert code == 0, err
    assert f"Scanned first (never scanned or changed): {case}." in out
    assert "Withheld after review: 0; by default (detected, not reviewed): " in out
    assert "PERSON" in out.split("by default")[1].splitlines()[0]
    code, out, err = run(capsys, *base, "--out", str(tmp_path / "a"), "--require-review")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "of the 1 cases" in err and "still undecided" in err
    assert not (tmp_path / "a").exists()
