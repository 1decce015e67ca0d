"""``fieldvault ... | head -1``: a reader that goes away early ends the command quietly.

Each command runs in a real process whose stdout is a real pipe; the reading end is closed
before the command writes, so its first write (or the final flush) meets a closed pipe, as
with ``head -1`` after its first line.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import fieldvault
from vaulthelp import PASSPHRASE

REFI_FIXTURE = Path(__file__).parents[1] / "core" / "refi" / "fixtures" / "qualcoder_like"
EXIT_PIPE = 141


def run_into_closed_pipe(*args: str, cwd: Path, unbuffered: bool = False) -> tuple[int, str]:
    """Run ``fieldvault ARGS`` with stdout on a pipe nobody reads; return (exit code, stderr)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    env = {"FIELDVAULT_PASSPHRASE": PASSPHRASE, "PATH": os.environ.get("PATH", ""),
           "PYTHONPATH": str(Path(fieldvault.__file__).parents[1])}
    if unbuffered:  # every print writes at once, so the error meets the command mid-way
        env["PYTHONUNBUFFERED"] = "1"
    try:
        done = subprocess.run([sys.executable, "-m", "fieldvault.cli", *args], stdout=write_end,
                              stderr=subprocess.PIPE, env=env, cwd=cwd, check=False,
                              timeout=120)
    finally:
        os.close(write_end)
    return done.returncode, done.stderr.decode("utf-8", "replace")


def qdpx(tmp_path: Path) -> Path:
    target = tmp_path / "in.qdpx"
    with zipfile.ZipFile(target, "w") as archive:
        for path in sorted(REFI_FIXTURE.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(REFI_FIXTURE).as_posix())
    return target


@pytest.mark.parametrize("unbuffered", [False, True], ids=["buffered", "unbuffered"])
@pytest.mark.parametrize("command", ["cases", "codebook-export", "refi-import", "refi-export",
                                     "help"])
def test_a_closed_stdout_ends_the_command_quietly(command: str, unbuffered: bool,
                                                  vault_path: Path, tmp_path: Path) -> None:
    vault = str(vault_path)
    args = {"cases": ["cases", vault, "--json"],
            "codebook-export": ["codebook", vault, "export", str(tmp_path / "book.qdc")],
            "refi-import": ["refi", vault, "import", str(qdpx(tmp_path))],
            "refi-export": ["refi", vault, "export", str(tmp_path / "out.qdpx"), "--yes"],
            "help": ["refi", "--help"]}[command]
    code, err = run_into_closed_pipe(*args, cwd=tmp_path, unbuffered=unbuffered)
    assert "BrokenPipe" not in err and "internal error" not in err and "Traceback" not in err
    assert err == ""
    # argparse's --help swallows a failed write itself and exits 0; commands exit 141
    assert code == EXIT_PIPE or (command == "help" and code == 0)


def test_a_closed_stdout_before_a_refi_export_writes_nothing_half(vault_path: Path,
                                                                  tmp_path: Path) -> None:
    target = tmp_path / "out.qdpx"
    run_into_closed_pipe("refi", str(vault_path), "export", str(target), "--yes", cwd=tmp_path,
                         unbuffered=True)
    leftovers = [p.name for p in tmp_path.iterdir() if "partial" in p.name]
    assert leftovers == []
