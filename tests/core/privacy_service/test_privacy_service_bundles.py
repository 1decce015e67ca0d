"""A pseudonymised case still travels to a supervisor: sealed versions stay at home."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.review.reviewkit import exchange, ira_and_sam, new_case, theme_ids
from fieldvault.core.vault import Vault

TEXT = "[FICTIONAL] Kim Chol-su came in 2015. The quota was 90 tons a month."


@pytest.fixture
def pair(template_vault: Path, tmp_path: Path) -> Iterator[tuple[Vault, Vault]]:
    vaults = ira_and_sam(template_vault, tmp_path)
    yield vaults
    for vault in vaults:
        vault.lock()


def test_a_pseudonymised_case_travels_without_its_sealed_versions(
        pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    ira, sam = pair
    code = new_case(ira, TEXT)
    theme = theme_ids(ira)[0]
    tons = TEXT.index("90 tons")
    ira.codings.add(code, theme, tons, tons + 7)  # will not survive the correction
    kept = ira.codings.add(code, theme, 0, TEXT.index(" came"))
    ira.transcripts.save_version(code, TEXT.replace("90 tons", "many tons"))
    person = ira.people.add("worker", "Kim Chol-su")
    ira.privacy.scan(code)
    ira.privacy.accept_all(code, ["PERSON"])
    assert ira.privacy.pseudonymise(code).sealed_versions == [1, 2]
    exchange(ira, sam, [code], tmp_path)
    versions = sam.transcripts.versions(code)
    assert [v.text for v in versions] == [f"[FICTIONAL] {person.code} came in 2015. The quota "
                                          "was many tons a month."]
    codings = sam.codings.for_case(code)
    assert [(c.id, c.text) for c in codings] == [(kept.id, f"[FICTIONAL] {person.code}")]
    assert [p.code for p in sam.people.list()] == [person.code]
