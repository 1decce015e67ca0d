"""The whole flow a user runs from the command line: demo → pii apply → export → verify."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from fieldvault.cli import main
from fieldvault.core.demo import DEMO_PASSPHRASE, open_or_build
from fieldvault.core.vault import Passphrase, Vault

CASES = ["PK-001", "PK-008", "PK-010"]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


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


NUMBER = re.compile(r"[+\d][\d \-()]{6,}\d")


def demo_numbers(vault: object) -> list[str]:
    """Every phone and passport number written in the demo transcripts, as written."""
    found = []
    for summary in vault.cases.summaries():  # type: ignore[attr-defined]
        text = vault.transcripts.current(summary.code).text  # type: ignore[attr-defined]
        found += [m.group() for m in NUMBER.finditer(text) if sum(c.isdigit()
                                                                  for c in m.group()) >= 8]
    return found


def test_legal_export_of_every_case_without_any_review_withholds_names_and_numbers(
        capsys: pytest.CaptureFixture[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", DEMO_PASSPHRASE)
    demo = open_or_build(tmp_path / "demo.fieldvault")
    with demo.vault as vault:
        names = [v for p in vault.people.list() if p.identity
                 for v in p.identity.all_names()]
        numbers = demo_numbers(vault)
        codes = [s.code for s in vault.cases.summaries()]
    assert len(numbers) >= 15 and len(names) >= 30
    vault_path = str(tmp_path / "demo.fieldvault")
    code, out, _ = run(capsys, "pii", "status", vault_path)
    assert code == 0 and out.count("not scanned yet") == len(codes)
    out_dir = tmp_path / "out"
    code, out, err = run(capsys, "export", vault_path, "--case", *codes, "--profile", "legal",
                         "--recipient", "Legal team", "--out", str(out_dir))
    assert code == 0, err
    assert "Withheld after review: 0; by default" in out
    pdf = next(out_dir.glob("*.pdf"))
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    squeezed = "".join(text.split()).casefold()
    leaked = [n for n in names if len(n) > 3 and "".join(n.split()).casefold() in squeezed]
    assert not leaked
    assert [n for n in numbers if "".join(n.split()) in squeezed] == []
    code, out, err = run(capsys, "verify", str(out_dir), "--json")
    assert code == 0 and json.loads(out)["ok"] is True


def test_demo_exports_as_qdpx_after_accepting_every_suggestion(
        capsys: pytest.CaptureFixture[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", DEMO_PASSPHRASE)
    demo = open_or_build(tmp_path / "demo.fieldvault")
    with demo.vault as vault:
        codes = [s.code for s in vault.cases.summaries()]
    vault_path = str(tmp_path / "demo.fieldvault")
    for case in codes:
        code, _out, err = run(capsys, "pii", "apply", vault_path, case, "--accept-all")
        assert code == 0, err
    target = tmp_path / "demo.qdpx"
    code, out, err = run(capsys, "refi", vault_path, "export", str(target), "--yes")
    assert code == 0, err
    with zipfile.ZipFile(target) as archive:
        sources = [archive.read(n).decode() for n in archive.namelist()
                   if n.startswith("sources/")]
    assert len(sources) == len(codes)
    with Vault.open(tmp_path / "demo.fieldvault", Passphrase(DEMO_PASSPHRASE)) as vault:
        names = [v for p in vault.people.list() if p.identity
                 for v in p.identity.all_names()]
    joined = "".join("".join(sources).split()).casefold()
    assert [n for n in names if len(n) > 3 and "".join(n.split()).casefold() in joined] == []
