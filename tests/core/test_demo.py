from __future__ import annotations

from pathlib import Path

from fieldvault.core.demo import (
    DEMO_OWNER,
    DEMO_QUERIES,
    DEMO_SECOND_CODER,
    open_or_build,
    walkthrough,
)


def test_demo_vault_codes_every_theme_group_and_answers_searches(tmp_path: Path) -> None:
    demo = open_or_build(tmp_path / "demo.fieldvault")
    assert demo.created and demo.recovery_code
    with demo.vault as vault:
        groups = [n for n in vault.codebook.tree() if n.depth == 0]
        assert len(groups) >= 6
        uncoded = [g.theme.id for g in groups if g.total == 0]
        assert not uncoded, f"theme groups without a demo coding: {uncoded}"
        summary = walkthrough(vault)
    assert summary["cases"] >= 12 and summary["audit_ok"]
    searches = summary["searches"]
    assert isinstance(searches, dict)
    for query in DEMO_QUERIES:
        assert searches[query], f"the demo search {query!r} found nothing"
    again = open_or_build(tmp_path / "demo.fieldvault")
    assert not again.created
    again.vault.lock()


def test_the_owner_codes_as_the_demo_first_coder(tmp_path: Path) -> None:
    """A coding by the user of the demo adds no third coder to agreement."""
    demo = open_or_build(tmp_path / "demo.fieldvault")
    with demo.vault as vault:
        assert vault.me.name == DEMO_OWNER
        before = vault.agreement.compute()[-1].coders
        assert before == sorted([DEMO_OWNER, DEMO_SECOND_CODER])
        vault.codings.add("PK-001", "quota.planned", 0, 20)
        after = vault.agreement.compute()[-1].coders
        assert after == before
        assert {m.name for m in vault.members.list()} >= {DEMO_OWNER, DEMO_SECOND_CODER}
