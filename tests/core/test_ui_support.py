"""Core additions the desktop app needs: slot choices before unlock, reading one coding."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldvault.core.errors import NotFound, VaultFileError
from fieldvault.core.vault import SlotChoice, Vault, unlock_choices


def test_unlock_choices_lists_kinds_and_labels_without_a_secret(vault_path: Path) -> None:
    choices = unlock_choices(vault_path)
    assert SlotChoice("passphrase", "passphrase") in choices
    assert {c.kind for c in choices} == {"passphrase", "recovery"}


def test_unlock_choices_refuses_a_folder_that_is_no_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultFileError, match="not a Fieldvault vault"):
        unlock_choices(tmp_path)


def test_get_returns_the_stored_coding_for_restore(vault: Vault) -> None:
    from fieldvault.core.records.cases import CaseInput

    theme = vault.codebook.tree()[0].theme.id
    vault.cases.create(CaseInput("t", "Some words here.", ["en"], code="C-001"))
    added = vault.codings.add("C-001", theme, 5, 10)
    stored = vault.codings.get(added.id)
    assert (stored.start, stored.end, stored.theme_id) == (5, 10, theme)
    vault.codings.remove(added.id)
    with pytest.raises(NotFound):
        vault.codings.get(added.id)
    vault.codings.restore(stored)
    assert [c.id for c in vault.codings.for_case("C-001")] == [added.id]
