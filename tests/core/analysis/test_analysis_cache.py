"""vault.analysis keeps each view until the vault's next write, from any program."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from fieldvault.core.analysis import service as analysis_service
from fieldvault.core.analysis.service import Filters
from fieldvault.core.vault import Passphrase, Vault
from patternhelp import small
from vaulthelp import PASSPHRASE

MakeVault = Callable[[str, str], Any]


def computed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Names of the views actually computed (the real computation runs)."""
    seen: list[str] = []
    for name in ("_table", "_cooccur", "_near", "_cell"):
        real = getattr(analysis_service.AnalysisService, name)

        def spy(self: Any, *args: Any, _real: Any = real, _name: str = name) -> Any:
            seen.append(_name)
            return _real(self, *args)

        monkeypatch.setattr(analysis_service.AnalysisService, name, spy)
    return seen


def arrears_construction(vault: Vault) -> int:
    return int(vault.analysis.table("sector").by_column["construction"]["work.arrears"][0])


def test_a_view_is_computed_once_per_write_generation(make_vault: MakeVault,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    vault = make_vault("sup", "supervisor")
    small(vault)
    seen = computed(monkeypatch)
    first = vault.analysis.table("sector")
    assert vault.analysis.table("sector") is first
    assert vault.analysis.table("sector", Filters(coders=("c1",))) is not first
    assert vault.analysis.cooccur() is vault.analysis.cooccur()
    assert seen == ["_table", "_table", "_cooccur"]
    assert arrears_construction(vault) == 1
    vault.codings.add("A-003", "work.arrears", 0, 7, coder="c2")
    assert arrears_construction(vault) == 2  # the write made it compute again
    assert seen == ["_table", "_table", "_cooccur", "_table"]


def test_a_write_by_another_program_is_seen(make_vault: MakeVault) -> None:
    vault = make_vault("sup", "supervisor")
    small(vault)
    assert arrears_construction(vault) == 1
    with Vault.open(vault.path, Passphrase(PASSPHRASE)) as other:  # its own engine and pool
        other.codings.add("A-003", "work.arrears", 0, 7, coder="c2")
    assert arrears_construction(vault) == 2


def test_passage_lists_are_fresh_copies(make_vault: MakeVault,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    vault = make_vault("sup", "supervisor")
    small(vault)
    seen = computed(monkeypatch)
    passages = vault.analysis.cell_passages("sector", "work.arrears", "construction")
    assert [p.case_code for p in passages] == ["A-001"]
    passages.clear()
    again = vault.analysis.cell_passages("sector", "work.arrears", "construction")
    assert [p.case_code for p in again] == ["A-001"] and seen == ["_cell"]
    near = vault.analysis.near("work", "surveillance", distance=100)
    near.append(near[0])
    assert len(vault.analysis.near("work", "surveillance", distance=100)) == len(near) - 1
    assert seen == ["_cell", "_near"]


def test_the_cache_holds_a_bounded_number_of_views(make_vault: MakeVault,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    vault = make_vault("sup", "supervisor")
    small(vault)
    monkeypatch.setattr(analysis_service, "CACHED_RESULTS", 2)
    seen = computed(monkeypatch)
    for distance in (10, 20, 30, 10):
        vault.analysis.cooccur(mode="near", distance=distance)
    assert seen == ["_cooccur"] * 4  # 10 was dropped when 30 came in
    vault.analysis.cooccur(mode="near", distance=30)
    assert seen == ["_cooccur"] * 4
