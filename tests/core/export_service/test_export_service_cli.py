"""``fieldvault export``, ``fieldvault verify`` (no vault needed) and the export public key,
checked against stock minisign where it is installed."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from clihelp import run
from fieldvault.core.export.minisign import parse_public_key
from vaulthelp import PASSPHRASE

MINISIGN = shutil.which("minisign")


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", PASSPHRASE)



def minisign_ok(path: Path, public_key: str) -> bool:
    """``minisign -Vm FILE -P KEY``: the check printed on every export's cover."""
    assert MINISIGN is not None
    done = subprocess.run([MINISIGN, "-Vm", str(path), "-P", public_key], capture_output=True)
    return done.returncode == 0


def test_export_verify_and_tamper(capsys: pytest.CaptureFixture[str], demo_path: Path,
                                  tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(capsys, "keys", str(demo_path), "export-key", "--public")
    key = parse_public_key(out)
    assert code == 0 and key.key_id_hex in out.splitlines()[0]
    key_file = tmp_path / "fieldvault-export.pub"
    key_file.write_text(out)
    folder = tmp_path / "for-lawyers"
    code, out, err = run(capsys, "export", str(demo_path), "--case", "PK-006", "PK-010",
                         "--profile", "legal", "--recipient", "Law firm", "--out", str(folder))
    assert code == 0, err
    assert f"Signed with export key {key.key_id_hex}" in out and "none found" in out
    pdf = next(folder.glob("*.pdf"))

    monkeypatch.delenv("FIELDVAULT_PASSPHRASE")  # verify needs no vault and no secret
    code, out, _ = run(capsys, "verify", str(folder), "--key", str(key_file))
    assert code == 0 and out.startswith("The export folder checks out.")
    code, out, _ = run(capsys, "verify", str(folder), "--key", key.base64, "--json")
    assert code == 0 and json.loads(out)["key_id"] == key.key_id_hex

    data = bytearray(pdf.read_bytes())
    data[len(data) // 2] ^= 0x01
    pdf.write_bytes(bytes(data))
    code, out, _ = run(capsys, "verify", str(folder), "--key", str(key_file))
    assert code == 2 and out.startswith("The export folder FAILED.")
    assert f"{pdf.name} does not match its SHA-256 in SHA256SUMS (changed)." in out
    assert f"The signature of {pdf.name} is not valid" in out


@pytest.mark.skipif(MINISIGN is None, reason="minisign binary not installed")
def test_stock_minisign_accepts_the_export_and_rejects_one_changed_byte(
        capsys: pytest.CaptureFixture[str], demo_path: Path, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "keys", str(demo_path), "export-key", "--public")
    key = out.splitlines()[1]  # the line minisign -P takes
    folder = tmp_path / "out"
    assert run(capsys, "export", str(demo_path), "--case", "PK-013", "--profile", "supervisor",
               "--recipient", "Supervisor", "--out", str(folder))[0] == 0
    pdf = next(folder.glob("*.pdf"))
    assert minisign_ok(pdf, key) and minisign_ok(folder / "manifest.json", key)
    data = bytearray(pdf.read_bytes())
    data[-100] ^= 0x20
    pdf.write_bytes(bytes(data))
    assert not minisign_ok(pdf, key)


def test_verify_with_another_key_or_a_missing_key_file(capsys: pytest.CaptureFixture[str],
                                                       demo_path: Path,
                                                       tmp_path: Path) -> None:
    folder = tmp_path / "out"
    assert run(capsys, "export", str(demo_path), "--case", "PK-001", "--profile", "legal",
               "--recipient", "Law firm", "--out", str(folder))[0] == 0
    other = "RWQBAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4fICEiIyQlJico"
    code, out, _ = run(capsys, "verify", str(folder), "--key", other)
    assert code == 2 and "not your key" in out
    code, _, err = run(capsys, "verify", str(folder), "--key", str(tmp_path / "none.pub"))
    assert code == 2 and "none.pub does not exist" in err
    code, out, _ = run(capsys, "verify", str(tmp_path / "elsewhere"))
    assert code == 2 and "is not a folder" in out


def test_theme_report_with_a_custom_profile(capsys: pytest.CaptureFixture[str],
                                            demo_path: Path, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "export", str(demo_path), "--theme", "return",
                       "--profile", "custom", "--withhold", "PERSON,PHONE", "--codings",
                       "--no-memos", "--recipient", "Supervisor", "--out",
                       str(tmp_path / "t"), "--json")
    assert code == 0
    result = json.loads(out)
    manifest = json.loads(Path(result["manifest"]).read_text())
    assert manifest["profile"] == "custom" and result["pages"] == manifest["pages"] >= 2
    assert Path(result["pdf"]).is_file() and result["omitted"] == []


@pytest.mark.parametrize(("args", "message"), [
    (("--case", "PK-001", "--profile", "legal", "--withhold", "PERSON"),
     "only for the custom profile"),
    (("--profile", "legal"), "Name the cases (--case) or the themes (--theme)"),
    (("--theme", "return", "--profile", "legal"), "cannot make a theme report"),
    (("--case", "PK-404", "--profile", "legal"), "There is no case PK-404"),
])
def test_export_mistakes_exit_2_with_one_sentence(capsys: pytest.CaptureFixture[str],
                                                  demo_path: Path, tmp_path: Path,
                                                  args: tuple[str, ...], message: str) -> None:
    code, _, err = run(capsys, "export", str(demo_path), *args, "--recipient", "x",
                       "--out", str(tmp_path / "out"))
    assert code == 2 and message in err and err.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_export_into_a_used_folder_is_refused(capsys: pytest.CaptureFixture[str],
                                              demo_path: Path, tmp_path: Path) -> None:
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "notes.txt").write_text("mine")
    code, _, err = run(capsys, "export", str(demo_path), "--case", "PK-001", "--profile",
                       "legal", "--recipient", "x", "--out", str(tmp_path / "used"))
    assert code == 2 and "is not an empty folder" in err
    assert [p.name for p in (tmp_path / "used").iterdir()] == ["notes.txt"]


def test_only_the_public_export_key_is_printed(capsys: pytest.CaptureFixture[str],
                                               demo_path: Path) -> None:
    code, out, err = run(capsys, "keys", str(demo_path), "export-key")
    assert code == 2 and "add --public" in err and out == ""
    code, out, _ = run(capsys, "keys", str(demo_path), "export-key", "--public", "--json")
    data = json.loads(out)
    assert parse_public_key(data["public_key"]).key_id_hex == data["key_id"]


def test_export_is_private_unless_readable_by_others_is_asked(
        capsys: pytest.CaptureFixture[str], demo_path: Path, tmp_path: Path) -> None:
    import stat

    for flag, folder_mode, file_mode in (([], 0o700, 0o600),
                                         (["--readable-by-others"], 0o755, 0o644)):
        folder = tmp_path / f"out{len(flag)}"
        code, _out, err = run(capsys, "export", str(demo_path), "--case", "PK-006",
                              "--profile", "legal", "--recipient", "Law firm", "--out",
                              str(folder), *flag)
        assert code == 0, err
        assert stat.S_IMODE(folder.stat().st_mode) == folder_mode
        assert {stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()} == {file_mode}
