"""Shared fixtures for the detection tests: one detector with its models loaded once."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[3] / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

from fieldvault.core.privacy import Detector  # noqa: E402


@pytest.fixture(scope="session")
def detector() -> Detector:
    """A detector without a vault gazetteer; models load on first use."""
    return Detector()
