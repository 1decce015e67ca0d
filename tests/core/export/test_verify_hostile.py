"""`verify DIR` on a hostile folder: FIFOs, symbolic links and huge files are refused in one
sentence each, without waiting or reading without bound."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldvault.core.export import verify, verify_dir

DESKTOP = Path(__file__).resolve().parents[3] / "desktop"


def pdf_name(folder: Path) -> str:
    return next(p.name for p in folder.iterdir() if p.suffix == ".pdf")


def verify_cli(folder: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(DESKTOP))
    return subprocess.run([sys.executable, "-m", "fieldvault.cli", "verify", str(folder)],
                          capture_output=True, text=True, timeout=120, env=env)


def test_a_fifo_named_like_the_pdf_is_refused_without_waiting(export_copy: Path) -> None:
    name = pdf_name(export_copy)
    (export_copy / name).unlink()
    os.mkfifo(export_copy / name)
    done = verify_cli(export_copy)  # before the fix: blocked forever opening the FIFO
    assert done.returncode == 2, done.stderr
    assert f"{name} is not a plain file (a folder, FIFO or device)." in done.stdout
    assert "Traceback" not in done.stderr
    assert done.stdout.count(f"{name} is") == 1  # one sentence, not one per check


def test_a_symlink_to_dev_zero_is_refused_without_reading_it(export_copy: Path) -> None:
    (export_copy / "manifest.json").unlink()
    (export_copy / "manifest.json").symlink_to("/dev/zero")
    done = verify_cli(export_copy)  # before the fix: read /dev/zero until memory ran out
    assert done.returncode == 2, done.stderr
    assert "manifest.json is a symbolic link; an export folder holds plain files only." \
        in done.stdout


def test_a_symlink_to_a_real_file_is_refused_too(export_copy: Path, tmp_path: Path) -> None:
    name = pdf_name(export_copy)
    (export_copy / name).rename(tmp_path / "elsewhere.pdf")
    (export_copy / name).symlink_to(tmp_path / "elsewhere.pdf")
    report = verify_dir(export_copy)
    assert not report.ok
    assert report.failures == [f"{name} is a symbolic link; an export folder holds plain "
                               "files only."]


def test_a_file_over_the_size_cap_is_not_read(export_copy: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    name = pdf_name(export_copy)
    size = (export_copy / name).stat().st_size
    monkeypatch.setattr(verify, "MAX_FILE_BYTES", size - 1)
    report = verify_dir(export_copy)
    assert not report.ok
    assert [f for f in report.failures if name in f] == [
        f"{name} is larger than {size - 1:,} bytes, more than any export; it was not read."]
    monkeypatch.setattr(verify, "MAX_FILE_BYTES", size)
    assert verify_dir(export_copy).ok
