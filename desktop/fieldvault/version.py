"""Version, commit and build date, for ``fieldvault --version`` and the app's About box.

The version number has one home: ``fieldvault.__version__`` (pyproject.toml reads it from
there). A frozen build adds ``fieldvault/_build_info.json`` (written by
``installers/stamp.py``: commit and the build's ``SOURCE_DATE_EPOCH`` as date). Without it,
in a source checkout, the commit comes from git; otherwise both read "unknown".

No Qt here: the CLI and the app both call :func:`describe`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from fieldvault import __version__

BUILD_INFO = "_build_info.json"
UNKNOWN = "unknown"


@dataclass(frozen=True)
class BuildInfo:
    version: str
    commit: str
    date: str  # ISO date (YYYY-MM-DD) of the build, or "unknown"


@cache
def build_info() -> BuildInfo:
    """The stamped build info if present, else what git says about this checkout."""
    stamped = read_stamp(resources.files("fieldvault"))
    return stamped or BuildInfo(__version__, _git_commit(), UNKNOWN)


def describe() -> str:
    """One line: ``Fieldvault 0.1.0 (commit 1a2b3c4d5e6f, built 2026-12-03)``."""
    info = build_info()
    return f"Fieldvault {info.version} (commit {info.commit}, built {info.date})"


def read_stamp(package: Traversable) -> BuildInfo | None:
    """The build info stamped into ``package`` (a folder), or None if absent or unreadable."""
    try:
        data = json.loads(package.joinpath(BUILD_INFO).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    return BuildInfo(__version__, str(data.get("commit", UNKNOWN)), str(data.get("date", UNKNOWN)))


def _git_commit() -> str:
    """Short commit of a source checkout, "-dirty" if it has local changes; else unknown."""
    here = str(Path(__file__).resolve().parent)
    try:
        commit = _git(here, "rev-parse", "--short=12", "HEAD")
        dirty = _git(here, "status", "--porcelain", "--untracked-files=no")
    except (OSError, subprocess.SubprocessError):
        return UNKNOWN
    return commit + ("-dirty" if dirty else "") if commit else UNKNOWN


def _git(folder: str, *args: str) -> str:
    done = subprocess.run(["git", "-C", folder, *args], capture_output=True, text=True,
                          timeout=5, check=True)
    return done.stdout.strip()


class VersionAction(argparse.Action):
    """``--version`` for both programs: print :func:`describe` and exit 0 (git runs only then)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS,
                 **kwargs: Any) -> None:
        kwargs.setdefault("help", "print version, commit and build date, then exit")
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> None:
        print(describe())
        parser.exit()
