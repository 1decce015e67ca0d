"""The whole flow a user runs from the command line: demo → pii apply → export → verify."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from clihelp import run
from fieldvault.core.demo import DEMO_PASSPHRASE, open_or_build

CASES = ["PK-001", "PK-008", "PK-010"]



def test_pseudonymise_then_legal_export_then_verify(capsys: pytest.CaptureFixture[str],
                                                    tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", DEMO_PASSPHRASE)
    demo = open_or_build(tmp_path / "demo.fieldvault")
    with demo.vault as vault:
        names = [v for p in vault.people.list() if p.identity
                 for v in p.identity.all_names()]
    vault_path = str(tmp_path / "demo.fieldvault")
    for case in CASES:
        code, _out, err = run(capsys, "pii", "apply", vault_path, case, "--accept-all")
        assert code == 0, err
    out_dir = tmp_path / "out"
    code, _out, err = run(capsys, "export", vault_path, *sum((["--case", c] for c in CASES), []),
                          "--profile", "legal", "--recipient", "Legal team", "--out",
                          str(out_dir))
    assert code == 0, err
    pdf = next(out_dir.glob("*.pdf"))
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "PERSON W-" in text or "PERSON M-" in text or "PERSON B-" in text
    squeezed = "".join(text.split()).casefold()
    leaked = [n for n in names if len(n) > 3 and "".join(n.split()).casefold() in squeezed]
    assert not leaked
    code, out, err = run(capsys, "verify", str(out_dir), "--json")
    assert code == 0 and json.loads(out)["ok"] is True
