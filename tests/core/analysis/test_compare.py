"""Where chosen coders differ: per case and on one case's text (hand-counted vault)."""

from __future__ import annotations

import pytest

from fieldvault.core.analysis.compare import case_differences, coders_in, compare
from fieldvault.core.errors import InputError
from fieldvault.core.records.cases import CaseInput
from fieldvault.core.vault import Vault

TEXT = "Alpha beta gamma.\nDelta epsilon zeta.\nEta theta iota."


def coded(vault: Vault) -> None:
    """A-001: ann and ben agree on 0-5 (work.wages); ann alone codes 18-23; cid codes 6-10.
    A-002: only ann. A-003: ann and ben agree exactly."""
    for code in ("A-001", "A-002", "A-003"):
        vault.cases.create(CaseInput(title="t", transcript=TEXT, languages=["en"], code=code))
    vault.codings.add("A-001", "work.wages", 0, 5, coder="ann")
    vault.codings.add("A-001", "work.wages", 0, 5, coder="ben")
    vault.codings.add("A-001", "quota.planned", 18, 23, coder="ann")
    vault.codings.add("A-001", "work.wages", 6, 10, coder="cid")
    vault.codings.add("A-002", "work.wages", 0, 5, coder="ann")
    vault.codings.add("A-003", "quota.planned", 18, 23, coder="ann")
    vault.codings.add("A-003", "quota.planned", 18, 23, coder="ben")


def test_per_case_counts_only_the_chosen_coders(vault: Vault) -> None:
    coded(vault)
    assert coders_in(vault) == ["ann", "ben", "cid"]
    rows = {r.code: r for r in case_differences(vault, ["ann", "ben"])}
    assert rows["A-001"].coders == ("ann", "ben") and rows["A-001"].stretches == 1
    assert rows["A-001"].themes == ("quota.planned",)
    assert rows["A-002"].coders == ("ann",) and rows["A-002"].stretches == 0
    assert rows["A-003"].stretches == 0
    with_cid = {r.code: r for r in case_differences(vault, ["ann", "ben", "cid"])}
    assert with_cid["A-001"].stretches == 3  # cid left out 0-5 and alone coded 6-10
    only_wages = case_differences(vault, ["ann", "ben", "cid"], ["A-001"], theme="work.wages")
    assert [(r.code, r.stretches, r.themes) for r in only_wages] == [
        ("A-001", 2, ("work.wages",))]
    by_sentence = case_differences(vault, ["ann", "ben"], ["A-001"], unit="sentence")
    assert by_sentence[0].stretches == 1


def test_one_case_side_by_side(vault: Vault) -> None:
    coded(vault)
    case = compare(vault, "A-001", ["ann", "ben"])
    assert case.text == TEXT and case.coders == ("ann", "ben")
    assert case.codings == {"ann": [(0, 5, "work.wages"), (18, 23, "quota.planned")],
                            "ben": [(0, 5, "work.wages")]}
    (stretch,) = case.stretches
    assert (TEXT[stretch.start:stretch.end], stretch.theme, stretch.applied_by) == (
        "Delta", "quota.planned", ("ann",))
    wages = compare(vault, "A-001", ["ann", "cid"], theme="work.wages")
    assert [(TEXT[s.start:s.end], s.applied_by) for s in wages.stretches] == [
        ("Alpha", ("ann",)), ("beta", ("cid",))]


def test_fewer_than_two_coders_or_a_bad_unit_is_one_sentence(vault: Vault) -> None:
    coded(vault)
    with pytest.raises(InputError, match="two or more coders"):
        case_differences(vault, ["ann"])
    with pytest.raises(InputError, match="unit"):
        compare(vault, "A-001", ["ann", "ben"], unit="word")  # type: ignore[arg-type]


def test_a_blind_coder_sees_no_one_else(vault: Vault) -> None:
    coded(vault)
    vault.codings.add("A-001", "work.wages", 0, 5)  # by the owner, "tester"
    assert coders_in(vault) == ["ann", "ben", "cid", "tester"]
    vault.members.update_self(role="coder")
    assert coders_in(vault) == ["tester"]
    rows = case_differences(vault, ["ann", "tester"])
    assert [(r.code, r.coders, r.stretches) for r in rows] == [
        ("A-001", ("tester",), 0), ("A-002", (), 0), ("A-003", (), 0)]
