"""``fieldvault codebook`` and ``fieldvault refi`` through the real CLI entry point."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from refihelp import fixture_qdpx

from clihelp import run
from fieldvault.cli import refi as cli_refi
from fieldvault.core.vault import Passphrase, Vault
from vaulthelp import PASSPHRASE


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", PASSPHRASE)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True



@pytest.fixture
def filled_path(filled: Vault) -> Path:
    path = filled.path
    filled.lock()
    return path


def test_export_prints_the_summary_and_refuses_without_a_terminal(
        filled_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    target = tmp_path / "out.qdpx"
    code, out, err = run(capsys, "refi", str(filled_path), "export", str(target))
    assert code == 2 and not target.exists()
    assert "3 cases" in out and "No identities" in out
    assert err.count("\n") == 1 and "--yes" in err


def test_export_with_yes_writes_and_a_terminal_answer_decides(
        filled_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _err = run(capsys, "refi", str(filled_path), "export", str(tmp_path / "a.qdpx"),
                          "--case", "PK-101", "--case", "PK-103", "--yes")
    assert code == 0 and "2 cases" in out
    with zipfile.ZipFile(tmp_path / "a.qdpx") as archive:
        assert len([n for n in archive.namelist() if n.startswith("sources/")]) == 2
    monkeypatch.setattr("sys.stdin", _Terminal("n\n"))
    code, _out, err = run(capsys, "refi", str(filled_path), "export", str(tmp_path / "b.qdpx"))
    assert code == cli_refi.EXIT_DECLINED and "Nothing was written" in err
    assert not (tmp_path / "b.qdpx").exists()
    monkeypatch.setattr("sys.stdin", _Terminal("yes\n"))
    code, out, _err = run(capsys, "refi", str(filled_path), "export", str(tmp_path / "b.qdpx"))
    assert code == 0 and (tmp_path / "b.qdpx").exists()


def test_import_prints_counts_and_notices(vault_path: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    archive = fixture_qdpx("atlas_like", tmp_path)
    code, out, _err = run(capsys, "refi", str(vault_path), "import", str(archive))
    assert code == 0
    assert out.startswith("Imported 1 cases, 2 codings, 2 memos, 3 themes")
    assert "note: Skipped 1 PDF source" in out
    code, out, _err = run(capsys, "refi", str(vault_path), "import", str(archive))
    assert code == 0 and "Imported 0 cases, 0 codings" in out


def test_codebook_export_and_import_by_extension(vault_path: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("book.qdc", "book.json"):
        code, out, _err = run(capsys, "codebook", str(vault_path), "export",
                              str(tmp_path / name))
        assert code == 0 and out.startswith("Wrote ") and (tmp_path / name).exists()
    code, out, _err = run(capsys, "codebook", str(vault_path), "import", str(tmp_path / "book.qdc"))
    assert code == 0 and out.startswith("Imported 0 themes")
    with Vault.open(vault_path, Passphrase(PASSPHRASE)) as opened:
        seeded = len(opened.codebook.tree())
    code, out, _err = run(capsys, "codebook", str(vault_path), "import",
                          str(Path(__file__).parent / "fixtures" / "maxqda_like.qdc"))
    assert code == 0 and "Imported 5 themes" in out
    with Vault.open(vault_path, Passphrase(PASSPHRASE)) as opened:
        assert len(opened.codebook.tree()) == seeded + 5


@pytest.mark.parametrize("args, message", [
    (["codebook", "{vault}", "export", "{tmp}/book.txt"], "book.txt must end in .qdc or .json"),
    (["refi", "{vault}", "export", "{tmp}/out.zip", "--yes"], "out.zip must end in .qdpx"),
    (["refi", "{vault}", "import", "{tmp}/none.qdpx"], "Cannot read none.qdpx"),
    (["refi", "{vault}", "import", "{tmp}/x.qdpx", "--case", "PK-101"], "export only"),
    (["refi", "{vault}", "export", "{tmp}/x.qdpx", "--case", "PK-404", "--yes"], "no case PK-404"),
    (["refi", "{vault}", "import", "{tmp}/junk.qdpx"], "not a ZIP archive"),
])
def test_bad_input_exits_2_with_one_sentence(args: list[str], message: str, vault_path: Path,
                                             tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "junk.qdpx").write_bytes(b"junk")
    argv = [a.format(vault=vault_path, tmp=tmp_path) for a in args]
    code, _out, err = run(capsys, *argv)
    assert code == 2
    assert err.startswith("fieldvault: ") and message in err and err.count("\n") == 1
