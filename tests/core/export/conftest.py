"""Fixtures for the export tests."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from core.export.exporthelp import Sample, build_sample
from fieldvault.core.export import ExportResult, FontSet, write_export


@pytest.fixture(scope="session")
def fonts() -> FontSet:
    return FontSet()


@pytest.fixture(scope="session")
def signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture
def make_sample() -> Callable[..., Sample]:
    return build_sample


@pytest.fixture(scope="session")
def written_export(
    tmp_path_factory: pytest.TempPathFactory, signing_key: Ed25519PrivateKey, fonts: FontSet
) -> tuple[ExportResult, Sample]:
    """One real export (supervisor profile, codings, memos, theme passages), written once."""
    sample = build_sample("supervisor", codings=True, memos=True, passages=True)
    out = tmp_path_factory.mktemp("export") / "out"
    result = write_export(sample.doc, out, signing_key, sample.withheld, fonts=fonts)
    return result, sample


@pytest.fixture
def export_copy(tmp_path: Path, written_export: tuple[ExportResult, Sample]) -> Path:
    """A private copy of the written export folder, free to tamper with."""
    target = tmp_path / "copy"
    shutil.copytree(written_export[0].directory, target)
    return target
