"""Version, commit and build date: one source, read by the CLI, the app and the build stamp."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import fieldvault
from fieldvault import version
from fieldvault.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_pyproject_takes_the_version_from_the_package() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert "version" not in project["project"]
    assert project["project"]["dynamic"] == ["version"]
    attr = project["tool"]["setuptools"]["dynamic"]["version"]["attr"]
    assert attr == "fieldvault.__version__"


def test_a_stamp_written_by_the_build_is_read_back(tmp_path: Path) -> None:
    stamp = tmp_path / version.BUILD_INFO
    stamp.write_text(json.dumps({"commit": "0123456789ab", "date": "2026-11-28"}), "utf-8")
    info = version.read_stamp(tmp_path)
    assert info == version.BuildInfo(fieldvault.__version__, "0123456789ab", "2026-11-28")


def test_no_or_broken_stamp_reads_as_absent(tmp_path: Path) -> None:
    assert version.read_stamp(tmp_path) is None
    (tmp_path / version.BUILD_INFO).write_text("{not json", "utf-8")
    assert version.read_stamp(tmp_path) is None
    (tmp_path / version.BUILD_INFO).write_text("[1, 2]", "utf-8")
    assert version.read_stamp(tmp_path) is None


def test_stamp_script_writes_what_version_reads(tmp_path: Path) -> None:
    out = tmp_path / version.BUILD_INFO
    env = {"SOURCE_DATE_EPOCH": "1764288000", "PATH": "/usr/bin:/bin",
           "PYTHONPATH": str(ROOT / "desktop")}
    done = subprocess.run([sys.executable, str(ROOT / "installers" / "stamp.py"), str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == fieldvault.__version__
    info = version.read_stamp(tmp_path)
    assert info is not None and info.date == "2025-11-28"
    head = subprocess.run(["git", "rev-parse", "--short=12", "HEAD"], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout.strip()
    assert info.commit.removesuffix("-dirty") == head


def test_cli_version_prints_version_and_commit(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    out = capsys.readouterr().out.strip()
    assert out == version.describe()
    assert out.startswith(f"Fieldvault {fieldvault.__version__} (commit ")
    assert version.build_info().commit != version.UNKNOWN  # this suite runs in a checkout


def test_app_version_answers_before_any_window(capsys: pytest.CaptureFixture[str]) -> None:
    from fieldvault.ui import app

    with pytest.raises(SystemExit) as exited:
        app._parse(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == version.describe()
