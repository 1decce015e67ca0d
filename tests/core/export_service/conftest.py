"""The demo vault with accepted redactions, built once, and its exports in each profile."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from core.export_service.demohelp import Span, person_names, prepare_demo
from fieldvault.core.export.service import VaultExportResult
from fieldvault.core.vault import Passphrase, Vault
from vaulthelp import PASSPHRASE

PROFILES = ("legal", "supervisor", "custom")
RECIPIENT = "Advocates for Workers (법률팀, юристы)"
CUSTOM = {"withhold": ["PERSON", "PHONE"], "include_codings": True, "include_memos": False}


@dataclass
class DemoVault:
    path: Path
    spans: dict[str, list[Span]]
    texts: dict[str, str]  # case code -> original transcript
    names: list[tuple[str, str]]  # every identity name and variant -> person code


@dataclass
class Written:
    profile: str
    withheld: frozenset[str]
    result: VaultExportResult
    pages: list[str]  # pypdf text per page


@pytest.fixture(scope="session")
def demo_template(template_vault: Path, tmp_path_factory: pytest.TempPathFactory) -> DemoVault:
    """The demo records imported and redacted, once; tests copy it before changing it."""
    target = tmp_path_factory.mktemp("demo") / "demo.fieldvault"
    shutil.copytree(template_vault, target)
    with Vault.open(target, Passphrase(PASSPHRASE)) as vault:
        spans = prepare_demo(vault)
        texts = {code: vault.transcripts.current(code).text for code in spans}
        names = person_names(vault)
    return DemoVault(target, spans, texts, names)


@pytest.fixture
def demo(demo_template: DemoVault, tmp_path: Path) -> Iterator[tuple[Any, DemoVault]]:
    """A private, open copy of the redacted demo vault."""
    target = tmp_path / "demo.fieldvault"
    shutil.copytree(demo_template.path, target)
    vault = Vault.open(target, Passphrase(PASSPHRASE))
    yield vault, demo_template
    vault.lock()


@pytest.fixture
def demo_path(demo_template: DemoVault, tmp_path: Path) -> Path:
    """A private, locked copy of the redacted demo vault (for the CLI)."""
    target = tmp_path / "demo.fieldvault"
    shutil.copytree(demo_template.path, target)
    return target


def make_profile(vault: Any, name: str) -> Any:
    return vault.exports.profile(name, **CUSTOM) if name == "custom" else vault.exports.profile(
        name)


@pytest.fixture(scope="session")
def demo_exports(demo_template: DemoVault,
                 tmp_path_factory: pytest.TempPathFactory) -> dict[str, Written]:
    """Every demo case exported once in each profile, from one copy of the demo vault."""
    from fieldvault.core.export.leakcheck import pypdf_pages

    folder = tmp_path_factory.mktemp("exports")
    shutil.copytree(demo_template.path, folder / "v.fieldvault")
    out: dict[str, Written] = {}
    with Vault.open(folder / "v.fieldvault", Passphrase(PASSPHRASE)) as vault:
        for name in PROFILES:
            profile = make_profile(vault, name)
            result = vault.exports.export(codes=sorted(demo_template.spans), profile=profile,
                                          recipient=RECIPIENT, out_dir=folder / name)
            out[name] = Written(name, profile.withheld, result,
                                list(pypdf_pages(result.pdf.read_bytes())))
    return out
