"""Running the ``fieldvault`` command in-process, for the CLI tests."""

from __future__ import annotations

import pytest

from fieldvault.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """The exit code, standard output and standard error of ``fieldvault ARGS``."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err
