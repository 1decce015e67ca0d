"""Field mode: after a recorded submission the interviewer can remove the local copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from reviewkit import MakeVault, decrypted_files, introduce, new_case, theme_ids

from fieldvault.core.errors import NotFound, Refused
from fieldvault.core.vault import Passphrase, Vault
from vaulthelp import PASSPHRASE

MARKERS = ["zqxjpurgemarker", "토끼마커들", "маркерович"]
SECRET_TEXT = (f"[FICTIONAL] The foreman {MARKERS[0]} kept the passports. "
               f"{MARKERS[1]} 도망갔습니다. {MARKERS[2]} уехал в Уссурийск.")


def leaks(vault_path: Path, key: bytes) -> list[str]:
    plain = decrypted_files(vault_path, key)
    raw = b"".join(p.read_bytes() for p in vault_path.rglob("*") if p.is_file())
    return [m for m in MARKERS if m.encode() in plain or m.encode() in raw]


def test_purge_removes_the_text_from_every_file(make_vault: MakeVault, tmp_path: Path) -> None:
    ira, sam = make_vault("ira", "interviewer"), make_vault("sam", "supervisor")
    introduce(ira, sam)
    code = new_case(ira, SECRET_TEXT)
    kept = new_case(ira, "[FICTIONAL] another interview that stays")
    coding = ira.codings.add(code, theme_ids(ira)[0], 0, 11)
    ira.memos.add("coding", coding.id, f"memo on {MARKERS[0]}")
    ira.memos.add("case", code, f"case memo {MARKERS[2]}")
    ira.transcripts.save_version(code, SECRET_TEXT + " Second version.")
    ira.review.move(code, "submitted")
    ira.bundles.export(["sam"], [code], tmp_path / "out.fvbundle")
    key = bytes(ira.data_key)
    assert leaks(ira.path, key) == MARKERS  # the scan does see the text while it is there
    done = ira.bundles.purge([code])
    assert (done.cases, done.transcripts, done.codings, done.memos) == ([code], 2, 1, 2)
    with pytest.raises(NotFound):
        ira.cases.get(code)
    assert ira.search.query(MARKERS[0]) == []
    assert leaks(ira.path, key) == []
    path = ira.path
    ira.lock()
    assert leaks(path, key) == []
    with Vault.open(path, Passphrase(PASSPHRASE)) as reopened:
        assert [c.code for c in reopened.cases.summaries()] == [kept]
        assert reopened.verify_audit().ok
    sam.bundles.import_file(tmp_path / "out.fvbundle")  # the supervisor still has it all
    assert MARKERS[0] in sam.transcripts.current(code).text


def test_purge_only_after_a_recorded_submission(make_vault: MakeVault, tmp_path: Path) -> None:
    ira, sam = make_vault("ira", "interviewer"), make_vault("sam", "supervisor")
    introduce(ira, sam)
    draft = new_case(ira)
    with pytest.raises(Refused, match="is draft; only submitted"):
        ira.bundles.purge([draft])
    ira.bundles.export(["sam"], [draft], tmp_path / "draft.fvbundle")
    ira.review.move(draft, "submitted")
    with pytest.raises(Refused, match="export it before purging"):
        ira.bundles.purge([draft])  # the bundle carried it as a draft
    ira.bundles.export(["sam"], [draft], tmp_path / "sub.fvbundle")
    ira.memos.add("case", draft, "one more thought")
    with pytest.raises(Refused, match="changed after its last export"):
        ira.bundles.purge([draft])
    ira.bundles.export(["sam"], [draft], tmp_path / "sub2.fvbundle")
    other = new_case(ira)
    with pytest.raises(Refused):
        ira.bundles.purge([draft, other])  # all or nothing
    assert ira.cases.get(draft).status == "submitted"
    assert ira.bundles.purge([draft]).cases == [draft]


def test_backup_copy_is_untouched_by_purge(make_vault: MakeVault, tmp_path: Path) -> None:
    """Purge scrubs the vault folder only; an older backup still holds the case."""
    ira, sam = make_vault("ira", "interviewer"), make_vault("sam", "supervisor")
    introduce(ira, sam)
    code = new_case(ira)
    ira.review.move(code, "submitted")
    ira.bundles.export(["sam"], [code], tmp_path / "b.fvbundle")
    backups = tmp_path / "backups"
    backups.mkdir()
    copy = ira.backup(backups)
    ira.bundles.purge([code])
    with Vault.open(copy, Passphrase(PASSPHRASE)) as old:
        assert old.cases.get(code).status == "submitted"
