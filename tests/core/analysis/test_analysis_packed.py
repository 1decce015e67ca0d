"""Theme tables read each case's codings packed into one text (core/analysis/running.py):
theme ids holding the separators' characters still count right, from every case and
patched."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fieldvault.core.analysis.running import RECORD, UNIT, record_separator
from fieldvault.core.analysis.service import AnalysisService
from patternhelp import small

MakeVault = Callable[[str, str], Any]
ODD = f"odd{RECORD}one{UNIT}7"  # a theme id holding both separators (and digits after one)


def test_the_record_separator_avoids_every_theme_id() -> None:
    assert record_separator(["work", "work.wages"]) == RECORD
    chosen = record_separator(["work", ODD])
    assert chosen != RECORD and chosen not in ODD


def test_theme_ids_holding_the_separators_count_right(make_vault: MakeVault) -> None:
    vault = make_vault("sup", "supervisor")
    small(vault)
    vault.codebook.add(ODD, "Odd one", parent="work")
    kept = vault.analysis.table("sector")  # computed from every case, then kept
    vault.codings.add("A-003", ODD, 0, 7, coder="c1")
    vault.codings.add("A-001", ODD, 2, 5, coder="c2")
    for view in (vault.analysis, AnalysisService(vault)):  # patched, then from every case
        table = view.table("sector")
        assert table.cell(ODD, "construction") == (2, 2, 10)
        assert table.cell("work", "construction") == (4, 2, 30)  # 3 in A-001, 1 in A-003
        assert table.row_totals[ODD] == (2, 2, 10)
        matrix = view.matrix()
        assert matrix.cell(ODD, "A-003") == (1, 1, 7)
        assert matrix.cell("work", "A-001") == (3, 1, 23)
    assert kept.cell(ODD, "construction") == (0, 0, 0)
    assert vault.analysis.table("sector") == AnalysisService(vault).table("sector")
