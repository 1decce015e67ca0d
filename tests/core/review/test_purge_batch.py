"""Purging and deleting many cases at once: one merge of the search index, same guarantees."""

from __future__ import annotations

from pathlib import Path

import pytest
from reviewkit import MakeVault, decrypted_files, introduce, new_case, theme_ids

from fieldvault.core.errors import NotFound, Refused
from fieldvault.core.search import index as fts
from fieldvault.core.vault import Vault

CASES = 12  # above the batch threshold and 1/200 of the index (themes included)


def marker(number: int) -> str:
    return f"qzxbatchmark{chr(ord('a') + number)}word"


def batch_text(number: int) -> str:
    return (f"[FICTIONAL] The foreman {marker(number)} kept the passports. "
            f"그는 {number}번 도망갔습니다. Он уехал в Уссурийск.")


def removals_in_batches(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count documents that went through the batch removal (the real function runs)."""
    seen: list[int] = []
    real = fts.remove_documents

    def counting(conn: object, doc_ids: list[str]) -> int:
        seen.append(len(doc_ids))
        return real(conn, doc_ids)  # type: ignore[arg-type]

    monkeypatch.setattr(fts, "remove_documents", counting)
    return seen


def secure_delete_settings(vault: Vault) -> list[object]:
    with vault.engine.connect() as conn:
        return [conn.exec_driver_sql(f"SELECT v FROM {t}_config WHERE k = 'secure-delete'")
                .scalar_one() for t in fts.FTS_TABLES]


def test_batch_purge_leaves_no_text_in_any_file(make_vault: MakeVault, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    ira, sam = make_vault("ira", "interviewer"), make_vault("sam", "supervisor")
    introduce(ira, sam)
    codes = [new_case(ira, batch_text(n)) for n in range(CASES)]
    kept = new_case(ira, "[FICTIONAL] another interview that stays, keptword")
    theme = theme_ids(ira)[0]
    coding = ira.codings.add(codes[0], theme, 0, 11)
    ira.memos.add("coding", coding.id, f"memo on {marker(1)}")
    ira.memos.add("case", codes[2], f"case memo {marker(2)}")
    for code in codes:
        ira.review.move(code, "submitted")
    ira.bundles.export(["sam"], codes, tmp_path / "out.fvbundle")
    key = bytes(ira.data_key)
    assert all(marker(n).encode() in decrypted_files(ira.path, key) for n in range(CASES))
    batches = removals_in_batches(monkeypatch)
    done = ira.bundles.purge(codes)
    assert batches == [2 * CASES + 2]  # each case's text and details, both memos: one merge
    assert (done.transcripts, done.codings, done.memos) == (CASES, 1, 2)
    assert [c.code for c in ira.cases.summaries()] == [kept]
    assert ira.search.query("keptword")[0].case_code == kept
    plain = decrypted_files(ira.path, key) + b"".join(
        p.read_bytes() for p in ira.path.rglob("*") if p.is_file())
    assert [n for n in range(CASES) if marker(n).encode() in plain] == []
    assert all(ira.search.query(marker(n)) == [] for n in range(CASES))
    assert secure_delete_settings(ira) == [1, 1]
    assert ira.verify_audit().ok and ira.integrity_problems() == []


def test_one_changed_case_refuses_the_whole_batch(make_vault: MakeVault,
                                                  tmp_path: Path) -> None:
    ira, sam = make_vault("ira", "interviewer"), make_vault("sam", "supervisor")
    introduce(ira, sam)
    codes = [new_case(ira, batch_text(n)) for n in range(3)]
    coding = ira.codings.add(codes[1], theme_ids(ira)[0], 0, 11)
    for code in codes:
        ira.review.move(code, "submitted")
    ira.bundles.export(["sam"], codes, tmp_path / "out.fvbundle")
    ira.memos.add("coding", coding.id, "a thought after the export")
    with pytest.raises(Refused, match=f"Case {codes[1]} changed after its last export"):
        ira.bundles.purge(codes)
    assert len(ira.cases.summaries()) == 3
    ira.bundles.export(["sam"], codes, tmp_path / "again.fvbundle")
    assert ira.bundles.purge(codes).cases == codes


def test_delete_many_removes_every_case_in_one_audited_write(
        make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch) -> None:
    ira = make_vault("ira", "interviewer")
    codes = [new_case(ira, batch_text(n)) for n in range(CASES)]
    kept = new_case(ira, "[FICTIONAL] stays here, keptword")
    ira.memos.add("case", codes[3], f"memo {marker(3)}")
    batches = removals_in_batches(monkeypatch)
    ira.cases.delete_many(codes)
    assert batches == [2 * CASES + 1]  # each case's text and details, the memo
    assert [c.code for c in ira.cases.summaries()] == [kept]
    with pytest.raises(NotFound):
        ira.cases.get(codes[0])
    assert all(ira.search.query(marker(n)) == [] for n in range(CASES))
    assert ira.search.query("keptword")[0].case_code == kept
    with ira.engine.connect() as conn:  # postings gone from the index, not just hidden
        blocks = b"".join(r[0] for r in conn.exec_driver_sql(
            "SELECT block FROM search_norm_data WHERE block IS NOT NULL"))
    assert b"keptword" in blocks and b"qzxbatchmark" not in blocks
    assert [e.target for e in ira.audit_entries() if e.action == "case.delete"] == ["cases"]
    assert secure_delete_settings(ira) == [1, 1]
