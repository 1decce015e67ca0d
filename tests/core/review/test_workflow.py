from __future__ import annotations

import pytest
from reviewkit import MakeVault, new_case, theme_ids
from sqlmodel import select

from fieldvault.core.errors import InputError, Refused
from fieldvault.core.records.review import TRANSITIONS, may_move
from fieldvault.core.store.models import AuditEntry
from fieldvault.core.vault import Vault


def test_transition_table_by_role() -> None:
    assert may_move("interviewer", "draft", "submitted")
    assert may_move("interviewer", "returned", "submitted")
    assert not may_move("interviewer", "submitted", "in_review")
    assert not may_move("coder", "draft", "submitted")
    for edge in [("submitted", "in_review"), ("in_review", "returned"),
                 ("in_review", "approved"), ("approved", "exported")]:
        assert may_move("supervisor", *edge) and not may_move("interviewer", *edge)
    assert not may_move("supervisor", "draft", "approved")  # no such edge for anyone
    assert not may_move("owner", "draft", "exported")
    assert all(may_move("owner", *edge) for edge in TRANSITIONS)


def test_moves_are_checked_audited_and_kept_as_history(make_vault: MakeVault) -> None:
    ira = make_vault("ira", "interviewer")
    code = new_case(ira)
    with pytest.raises(Refused, match="cannot go from draft to approved"):
        ira.review.move(code, "approved")
    ira.review.move(code, "submitted", "first draft done")
    with pytest.raises(Refused, match="As interviewer you may not"):
        ira.review.move(code, "in_review")
    assert ira.cases.get(code).status == "submitted"
    ira.members.update_self(role="supervisor")
    ira.review.move(code, "in_review")
    with pytest.raises(InputError, match="needs a comment"):
        ira.review.move(code, "returned")
    ira.review.move(code, "returned", "Spell out the quota")
    history = ira.review.history(code)
    assert [(h.from_status, h.to_status) for h in history] == [
        ("draft", "submitted"), ("submitted", "in_review"), ("in_review", "returned")]
    assert history[0].comment == "first draft done" and history[-1].actor == "ira"
    assert history[-1].comment == "Spell out the quota"
    with ira.session() as session:
        actions = [e.action for e in session.exec(
            select(AuditEntry).where(AuditEntry.target == f"case:{code}"))]
    assert actions.count("case.review") == 3
    assert ira.verify_audit().ok


def test_verdicts_only_by_supervisors_and_summaries(make_vault: MakeVault) -> None:
    sam = make_vault("sam", "supervisor")
    code = new_case(sam)
    first, second = theme_ids(sam)
    a1 = sam.codings.add(code, first, 0, 10, coder="ann")
    a2 = sam.codings.add(code, second, 12, 20, coder="ann")
    b1 = sam.codings.add(code, first, 0, 8, coder="bob")
    sam.codings.add(code, second, 30, 40, coder="bob")
    sam.review.set_verdict(a1.id, "valid")
    sam.review.set_verdict(a2.id, "valid", "fine")
    sam.review.set_verdict(a2.id, "invalid", "second thoughts")  # the later one stands
    sam.review.set_verdict(b1.id, "valid")
    with pytest.raises(InputError):
        sam.review.set_verdict(b1.id, "maybe")
    summary = sam.review.summary()
    coders = {r.key: r for r in summary.coders}
    assert (coders["ann"].valid, coders["ann"].invalid, coders["ann"].unreviewed) == (1, 1, 0)
    assert coders["ann"].valid_share == 0.5
    assert (coders["bob"].valid, coders["bob"].unreviewed, coders["bob"].valid_share) == (1, 1, 1.0)
    themes = {r.key: r for r in summary.themes}
    assert (themes[first].codings, themes[first].valid) == (2, 2)
    assert (themes[second].invalid, themes[second].unreviewed) == (1, 1)
    comments = {v.coding_id: v.comment for v in sam.review.verdicts(code)}
    assert comments[a2.id] == "second thoughts"
    sam.members.update_self(role="interviewer")
    with pytest.raises(Refused, match="Only a supervisor"):
        sam.review.set_verdict(a1.id, "invalid")


def test_coders_see_only_their_own_codings_until_revealed(vault: Vault) -> None:
    vault.members.update_self(name="bob", role="coder")
    code = new_case(vault)
    theme = theme_ids(vault)[0]
    vault.codings.add(code, theme, 0, 10, coder="ann")
    vault.codings.add(code, theme, 5, 15)  # by the owner, bob
    assert {c.coder for c in vault.codings.for_case(code)} == {"ann", "bob"}
    assert {c.coder for c in vault.codings.for_case(code, viewer="ann")} == {"ann"}
    assert [c.coder for c in vault.review.visible_codings(code)] == ["bob"]
    with pytest.raises(Refused):
        vault.review.reveal(code)
    vault.members.update_self(role="supervisor")
    assert len(vault.review.visible_codings(code)) == 2  # supervisors see everything
    vault.members.update_self(role="coder")
    vault.members.update_self(role="supervisor")
    vault.review.reveal(code)
    vault.members.update_self(role="coder")
    assert vault.review.is_revealed(code)
    assert {c.coder for c in vault.review.visible_codings(code)} == {"ann", "bob"}
    assert {c.coder for c in vault.codings.for_case(code, viewer="ann")} == {"ann", "bob"}
