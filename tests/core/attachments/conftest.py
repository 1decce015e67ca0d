"""Attachment tests: a vault with one case, and media files built here (see mediakit)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # mediakit
sys.path.insert(0, str(Path(__file__).parents[1] / "review"))  # reviewkit.decrypted_files


@pytest.fixture
def case(vault: object) -> str:
    from reviewkit import new_case

    return new_case(vault)  # type: ignore[arg-type]
