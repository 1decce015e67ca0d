"""Bulk import in batches: worker processes, later batches failing, generated codes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fieldvault.core.errors import InputError
from fieldvault.core.records import cases, lines
from fieldvault.core.records.importer import import_jsonl
from fieldvault.core.vault import Vault


def theme(vault: Vault) -> str:
    return next(n.theme.id for n in vault.codebook.tree() if n.depth == 1)


def record(vault: Vault, number: int, **changes: Any) -> dict[str, Any]:
    text = (f"[FICTIONAL] Interview {number}: worker{number}word paid the agent; "
            f"그는 {number}번 돈을 보냈습니다. Он жил в Уссурийске.")
    base: dict[str, Any] = {
        "title": f"Imported {number}", "languages": ["en", "ko", "ru"],
        "interview_date": "2016-03-01", "interviewer": f"field-{number % 3}",
        "attributes": {"sector": ["logging", "building"][number % 2], "year": 2000 + number},
        "transcript": text, "codings": [{"theme": theme(vault), "start": 12, "end": 21}]}
    base.update(changes)
    return base


def write(path: Path, records: list[dict[str, Any]], bad: dict[int, str] | None = None) -> Path:
    rows = [json.dumps(r, ensure_ascii=False) for r in records]
    for number, line in (bad or {}).items():
        rows[number - 1] = line
    path.write_text("\n".join(rows) + "\n", "utf-8")
    return path


def contents(vault: Vault) -> list[tuple[Any, ...]]:
    """What an import leaves, without the random ids, codes and times."""
    out = []
    for summary in vault.cases.summaries():
        [coding] = vault.codings.for_case(summary.code)
        hits = vault.search.query(f"worker{summary.title.split()[-1]}word")
        out.append((summary.title, summary.interviewer, summary.attributes, coding.text,
                    [h.case_code for h in hits] == [summary.code]))
    return sorted(out)


@pytest.mark.parametrize("workers", [0, 1])
def test_batches_in_workers_import_the_same_as_in_process(
        make_vault: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int) -> None:
    monkeypatch.setattr(lines, "BATCH_LINES", 4)
    reference, vault = make_vault("ref", "interviewer"), make_vault("bulk", "interviewer")
    path = write(tmp_path / "in.jsonl", [record(vault, n) for n in range(11)])
    seen: list[tuple[int, int]] = []
    report = import_jsonl(vault, path, progress=lambda d, t: seen.append((d, t)),
                          workers=workers)
    assert len(report.cases) == 11 and report.codings == 11
    assert seen == [(n, 11) for n in range(1, 12)]
    import_jsonl(reference, path, workers=0)
    assert contents(vault) == contents(reference)
    assert all(found for *_rest, found in contents(vault))
    assert vault.integrity_problems() == [] and vault.verify_audit().ok


@pytest.mark.parametrize("workers", [0, 1])
def test_a_bad_line_in_a_later_batch_leaves_nothing(
        make_vault: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int) -> None:
    monkeypatch.setattr(lines, "BATCH_LINES", 3)
    vault = make_vault("bulk", "interviewer")
    records = [record(vault, n) for n in range(9)]
    records[7]["codings"] = [{"theme": theme(vault), "start": 5, "end": 9999}]
    with pytest.raises(InputError, match="in.jsonl line 8: coding offsets 5-9999"):
        import_jsonl(vault, write(tmp_path / "in.jsonl", records), workers=workers)
    good = [record(vault, n) for n in range(9)]
    with pytest.raises(InputError, match="in.jsonl line 9"):
        import_jsonl(vault, write(tmp_path / "in.jsonl", good, bad={9: "{not json"}),
                     workers=workers)
    assert vault.cases.summaries() == []
    assert vault.search.query("worker1word") == []
    with vault.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM search_doc WHERE kind = "
                                    "'transcript'").scalar_one() == 0


def test_generated_codes_avoid_codes_that_later_lines_ask_for(
        make_vault: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lines, "BATCH_LINES", 1)
    vault = make_vault("bulk", "interviewer")
    draws = iter([5, 7, 5, 8])  # the first draw of each line hits the code line 3 asks for
    monkeypatch.setattr(cases.secrets, "randbelow", lambda _n: next(draws))
    records = [record(vault, 0), record(vault, 1), record(vault, 2, case_code="C-005")]
    report = import_jsonl(vault, write(tmp_path / "in.jsonl", records), workers=0)
    assert report.cases == ["C-007", "C-008", "C-005"]
