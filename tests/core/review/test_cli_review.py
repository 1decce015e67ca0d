"""The review and exchange commands, end to end through ``fieldvault.cli.main``."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from reviewkit import MakeVault, new_case, theme_ids

from fieldvault.cli import main
from vaulthelp import PASSPHRASE


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", PASSPHRASE)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_members_workflow_review_agreement_and_bundles(
        make_vault: MakeVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ira_vault, sam_vault = make_vault("ira", "interviewer"), make_vault("sam", "supervisor")
    case = new_case(ira_vault)
    theme = theme_ids(ira_vault)[0]
    ira_vault.codings.add(case, theme, 0, 20)
    ira_vault.codings.add(case, theme, 5, 20, coder="second-coder")
    ira, sam = str(ira_vault.path), str(sam_vault.path)
    ira_vault.lock()
    sam_vault.lock()

    code, out, _ = run(capsys, "members", ira, "me", "--json")
    me = json.loads(out)
    assert code == 0 and me["text"].startswith("fieldvault-member:1:")
    code, out, _ = run(capsys, "members", sam, "me")
    assert code == 0 and "signing key" in out
    sam_text = out.splitlines()[0]
    assert run(capsys, "members", sam, "add", me["text"], "--role", "interviewer")[0] == 0
    code, out, _ = run(capsys, "members", ira, "add", sam_text)
    assert code == 0 and "Added sam as supervisor" in out
    code, out, _ = run(capsys, "members", ira, "list", "--json")
    assert {m["name"] for m in json.loads(out)} >= {"ira", "sam", "second-coder"}

    code, _, err = run(capsys, "case", ira, case, "--to", "approved")
    assert code == 2 and err.count("\n") == 1 and "cannot go from draft to approved" in err
    assert run(capsys, "case", ira, case, "--to", "submitted")[0] == 0
    code, _, err = run(capsys, "case", ira, case, "--to", "in_review")
    assert code == 2 and "As interviewer you may not move" in err
    bundle = tmp_path / "to-sam.fvbundle"
    code, out, _ = run(capsys, "bundle", ira, "export", "--to", "sam", "--case", case,
                       "--out", str(bundle))
    assert code == 0 and bundle.exists() and "Wrote" in out
    assert f"{case}: privacy review not scanned yet (the bundle carries" in out
    tampered = bytearray(bundle.read_bytes())
    tampered[-10] ^= 0xFF
    (tmp_path / "bad.fvbundle").write_bytes(bytes(tampered))
    code, _, err = run(capsys, "bundle", sam, "import", str(tmp_path / "bad.fvbundle"))
    assert code == 2 and "altered or damaged" in err and err.count("\n") == 1
    code, out, _ = run(capsys, "bundle", sam, "import", str(bundle), "--json")
    assert code == 0 and json.loads(out)["new_cases"] == [case]
    code, _, err = run(capsys, "bundle", sam, "import", str(bundle))
    assert code == 2 and "already imported" in err

    assert run(capsys, "case", sam, case, "--to", "in_review")[0] == 0
    code, out, _ = run(capsys, "show", sam, case, "--json")
    codings = json.loads(out)["codings"]
    assert len(codings) == 2
    coding_id = next(c["id"] for c in codings if c["coder"] == "ira")
    code, out, _ = run(capsys, "review", sam, "verdict", coding_id, "invalid",
                       "--comment", "too long")
    assert code == 0 and "invalid" in out
    code, out, _ = run(capsys, "review", sam, "summary", "--json")
    summary = json.loads(out)
    ira_row = next(r for r in summary["coders"] if r["key"] == "ira")
    assert (ira_row["invalid"], ira_row["valid_share"]) == (1, 0.0)
    code, out, _ = run(capsys, "agreement", sam, "--case", case, "--json",
                       "--csv", str(tmp_path / "agree.csv"))
    rows = json.loads(out)
    assert code == 0 and rows[0]["theme"] == theme and rows[0]["agreed"] == rows[0]["units"] - 5
    table = list(csv.DictReader((tmp_path / "agree.csv").read_text("utf-8").splitlines()))
    assert table[0]["theme"] == theme and table[-1]["scope"] == "overall"
    code, _, err = run(capsys, "case", sam, case, "--to", "returned")
    assert code == 2 and "needs a comment" in err
    assert run(capsys, "case", sam, case, "--to", "returned", "--comment", "shorten")[0] == 0
    code, out, _ = run(capsys, "history", sam, case, "--json")
    assert [h["to_status"] for h in json.loads(out)] == ["submitted", "in_review", "returned"]

    back = tmp_path / "to-ira.fvbundle"
    assert run(capsys, "bundle", sam, "export", "--to", "ira", "--case", case,
               "--out", str(back))[0] == 0
    code, out, _ = run(capsys, "bundle", ira, "import", str(back))
    assert code == 0 and "Imported bundle from sam" in out
    code, out, _ = run(capsys, "history", ira, case)
    assert "shorten" in out
    code, _, err = run(capsys, "bundle", ira, "purge", "--case", case)
    assert code == 2 and "is returned" in err
    code, out, _ = run(capsys, "bundle", ira, "list", "--json")
    assert [b["direction"] for b in json.loads(out)] == ["out", "in"]
