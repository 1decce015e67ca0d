"""Fixtures: vaults with content to export, fresh vaults to import into."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldvault.core.records.cases import CaseInput
from fieldvault.core.vault import Passphrase, Vault
from vaulthelp import FAST, PASSPHRASE

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))

from refihelp import EN_TEXT, KO_TEXT, RU_TEXT, span  # noqa: E402


@pytest.fixture
def filled(vault: Vault) -> Vault:
    """Three cases in three languages, codings by two coders, memos on all three targets."""
    themes = [node.theme.id for node in vault.codebook.tree()]
    en = vault.cases.create(CaseInput(
        title="Plan and review meetings", transcript=EN_TEXT, languages=["en"],
        interview_date="2016-04-02", interviewer="Seo Hana", location="Nakhodka",
        attributes={"sector": "construction", "year_of_arrival": 2013, "returned": False,
                    "share_sent_home": 0.25}, code="PK-101"))
    ko = vault.cases.create(CaseInput(title="여권", transcript=KO_TEXT, languages=["ko"],
                                      interviewer="Seo Hana", code="PK-102"))
    ru = vault.cases.create(CaseInput(title="Зарплата", transcript=RU_TEXT, languages=["ru"],
                                      code="PK-103"))
    first = vault.codings.add(en.code, themes[1], *span(EN_TEXT, "earn 800 dollars a month"),
                              coder="Kim Coder")
    vault.codings.add(en.code, themes[2], *span(EN_TEXT, "A review meeting every Saturday"))
    vault.codings.add(en.code, themes[3], *span(EN_TEXT, "earn 800 dollars"), coder="Kim Coder")
    vault.codings.add(ko.code, themes[4], *span(KO_TEXT, "여권을 모두 걷어 갔습니다"))
    vault.codings.add(ru.code, themes[5], *span(RU_TEXT, "Зарплату отправляли домой"))
    vault.memos.add("case", en.code, "Second meeting; the worker was calmer.")
    vault.memos.add("coding", first.id, "The plan figure matches Table 3-3.")
    vault.memos.add("theme", themes[2], "Watch for overlap with surveillance.")
    return vault


@pytest.fixture
def other_vault(template_vault: Path, tmp_path: Path) -> Iterator[Vault]:
    """A second fresh vault seeded with the same codebook."""
    target = tmp_path / "other.fieldvault"
    shutil.copytree(template_vault, target)
    opened = Vault.open(target, Passphrase(PASSPHRASE))
    yield opened
    opened.lock()


@pytest.fixture(scope="session")
def bare_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    created, _code = Vault.create(tmp_path_factory.mktemp("bare") / "bare", PASSPHRASE,
                                  owner="tester", cost=FAST, codebook=False)
    created.lock()
    return created.path


@pytest.fixture
def bare_vault(bare_template: Path, tmp_path: Path) -> Iterator[Vault]:
    """A fresh vault with an empty codebook."""
    target = tmp_path / "bare.fieldvault"
    shutil.copytree(bare_template, target)
    opened = Vault.open(target, Passphrase(PASSPHRASE))
    yield opened
    opened.lock()
