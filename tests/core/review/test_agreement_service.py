"""Agreement through the vault service against figures worked out by hand."""

from __future__ import annotations

import csv
import io

import pytest
from reviewkit import new_case, theme_ids

from fieldvault.core.analysis.agreement import to_csv
from fieldvault.core.errors import InputError
from fieldvault.core.vault import Vault

TWENTY = "abcdefghij" + "klmnopqrst"  # 20 code points, one sentence, one paragraph


def test_character_agreement_matches_the_hand_computed_figures(vault: Vault) -> None:
    """ann codes 0-10, bob 5-10 of a 20-character text.

    Units 20; agreed 15 (5-10 both coded, 10-20 neither): percent 0.75.
    kappa: p_o = 0.75, p_e = (10*5 + 10*15) / 400 = 0.5, so (0.75 - 0.5) / 0.5 = 0.5.
    alpha: 40 values, 15 ones and 25 zeros, 5 units each give one 1-0 pair:
    1 - (40 - 1) * 5 / (15 * 25) = 0.48.
    """
    code = new_case(vault, TWENTY)
    theme = theme_ids(vault)[0]
    vault.codings.add(code, theme, 0, 10, coder="ann")
    vault.codings.add(code, theme, 5, 10, coder="bob")
    rows = vault.agreement.compute()
    by_theme = {r.theme: r for r in rows}
    row = by_theme[theme]
    assert (row.units, row.agreed, row.cases) == (20, 15, 1)
    assert row.percent == pytest.approx(0.75)
    assert row.kappa == pytest.approx(0.5)
    assert row.alpha == pytest.approx(0.48)
    assert row.coders == ["ann", "bob"] and row.applied == {"ann": 10, "bob": 5}
    assert rows[-1].theme is None and rows[-1].percent == pytest.approx(0.75)


def test_sentence_units_and_two_themes(vault: Vault) -> None:
    """Three sentences. Theme A: ann codes sentence 1, bob sentences 1 and 2 -> agree on
    1 and 3 of 3: percent 2/3. Theme B: both code sentence 3 -> percent 1. Pooled: 6
    units, 5 agreed."""
    text = "One is here. Two is there. Three is last."
    code = new_case(vault, text)
    first, second = theme_ids(vault)
    vault.codings.add(code, first, 0, 5, coder="ann")
    vault.codings.add(code, first, 2, 20, coder="bob")
    vault.codings.add(code, second, 30, 35, coder="ann")
    vault.codings.add(code, second, 27, 41, coder="bob")
    rows = {r.theme: r for r in vault.agreement.compute(unit="sentence")}
    assert (rows[first].units, rows[first].agreed) == (3, 2)
    assert (rows[second].units, rows[second].agreed) == (3, 3)
    assert (rows[None].units, rows[None].agreed) == (6, 5)
    # the same codings on character units give other figures
    chars = {r.theme: r for r in vault.agreement.compute(unit="char")}
    assert chars[first].units == len(text)
    table = list(csv.DictReader(io.StringIO(to_csv(vault.agreement.compute(unit="sentence")))))
    assert [r["scope"] for r in table] == ["theme", "theme", "overall"]
    assert table[-1]["agreed"] == "5"


def test_only_chosen_cases_and_unplaced_codings_are_left_out(vault: Vault) -> None:
    one, two = new_case(vault, TWENTY), new_case(vault, TWENTY)
    theme = theme_ids(vault)[0]
    vault.codings.add(one, theme, 0, 10, coder="ann")
    vault.codings.add(one, theme, 0, 10, coder="bob")
    vault.codings.add(two, theme, 0, 10, coder="ann")
    vault.codings.add(two, theme, 10, 20, coder="bob")
    assert vault.agreement.compute([one])[0].percent == pytest.approx(1.0)
    assert vault.agreement.compute([two])[0].percent == pytest.approx(0.0)
    assert vault.agreement.compute()[0].percent == pytest.approx(0.5)
    vault.transcripts.save_version(two, "completely different words now")
    # bob's and ann's codings on the old text cannot be placed: case two drops out
    assert vault.agreement.compute()[0].units == 20
    with pytest.raises(InputError, match="char, sentence or paragraph"):
        vault.agreement.compute(unit="word")  # type: ignore[arg-type]
