"""Drafts kept at lock: stored encrypted, read back after unlock, gone with their case."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldvault.core.errors import InputError, NotFound
from fieldvault.core.records.cases import CaseInput
from fieldvault.core.records.drafts import DraftNote
from fieldvault.core.vault import Passphrase, Vault
from vaulthelp import PASSPHRASE

MEMO_MARKER = "QXDRAFTMEMO4412"
EDIT_MARKER = "Удостоверение-драфт-7731"


def _files_hold(folder: Path, marker: str) -> list[str]:
    forms = [marker.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    return [p.name for p in folder.rglob("*") if p.is_file()
            and any(form in p.read_bytes() for form in forms)]


def test_drafts_survive_lock_and_leave_no_plaintext(vault_path: Path) -> None:
    vault = Vault.open(vault_path, Passphrase(PASSPHRASE))
    vault.cases.create(CaseInput("Draft case", "Original words.", ["en"], code="C-0101"))
    notes = [DraftNote("place", "C-0101", cursor=4, anchor=2, scroll=0, tab=1),
             DraftNote("memo", "C-0101", MEMO_MARKER, target_kind="case", target_id="C-0101"),
             DraftNote("transcript", "C-0101", EDIT_MARKER, base_version=1, cursor=7)]
    vault.drafts.keep(notes)
    vault.checkpoint()
    vault.lock()
    assert _files_hold(vault_path, MEMO_MARKER) == []
    assert _files_hold(vault_path, EDIT_MARKER) == []
    vault = Vault.open(vault_path, Passphrase(PASSPHRASE))
    try:
        kept = vault.drafts.kept()
        assert [(n.kind, n.case_code, n.text, n.cursor) for n in kept] == [
            ("place", "C-0101", "", 4), ("memo", "C-0101", MEMO_MARKER, 0),
            ("transcript", "C-0101", EDIT_MARKER, 7)]
        assert kept[0].anchor == 2 and kept[0].tab == 1 and kept[2].base_version == 1
        assert vault.drafts.discard(kept[1].id)
        assert not vault.drafts.discard(kept[1].id)
        assert [n.kind for n in vault.drafts.kept()] == ["place", "transcript"]
        entries = vault.audit_entries()
        assert [e.action for e in entries][-2:] == ["draft.keep", "draft.discard"]
        vault.drafts.keep([])
        assert vault.drafts.kept() == []
    finally:
        vault.lock()


def test_deleting_a_case_takes_its_drafts(vault: Vault) -> None:
    vault.cases.create(CaseInput("Gone", "Words.", ["en"], code="C-0102"))
    vault.cases.create(CaseInput("Stays", "Words.", ["en"], code="C-0103"))
    vault.drafts.keep([DraftNote("memo", "C-0102", "memo on C-0102", target_kind="case",
                                 target_id="C-0102"),
                       DraftNote("memo", "C-0103", "memo on C-0103", target_kind="case",
                                 target_id="C-0103")])
    vault.cases.delete("C-0102")
    assert [n.text for n in vault.drafts.kept()] == ["memo on C-0103"]


def test_bad_drafts_are_refused_whole(vault: Vault) -> None:
    vault.cases.create(CaseInput("One", "Words.", ["en"], code="C-0104"))
    vault.drafts.keep([DraftNote("memo", "C-0104", "kept", target_kind="case", target_id="C-0104")])
    with pytest.raises(InputError, match="not 'note'"):
        vault.drafts.keep([DraftNote("note", "C-0104", "x")])
    with pytest.raises(NotFound, match="no case C-0109"):
        vault.drafts.keep([DraftNote("place", None), DraftNote("place", "C-0109")])
    assert [n.text for n in vault.drafts.kept()] == ["kept"]


def test_a_cancelled_backup_leaves_nothing(vault: Vault, tmp_path: Path) -> None:
    from fieldvault.core.progress import Cancelled

    folder = tmp_path / "backups"
    folder.mkdir()
    polls: list[int] = []

    def cancel() -> bool:  # says stop on the second poll, mid-copy
        polls.append(1)
        return len(polls) >= 2

    with pytest.raises(Cancelled, match="cancelled; nothing was written"):
        vault.backup(folder, cancel)
    assert list(folder.iterdir()) == [] and len(polls) >= 2
    copy = vault.backup(folder, lambda: False)
    assert [p.name for p in folder.iterdir()] == [copy.name]
    with Vault.open(copy, Passphrase(PASSPHRASE)) as opened:
        assert opened.verify_audit().ok
