from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fieldvault.core.errors import InputError
from fieldvault.core.progress import Cancelled
from fieldvault.core.records.importer import import_jsonl
from fieldvault.core.vault import Vault

TRANSCRIPT = "[FICTIONAL] Q: Did you pay the plan? A: Yes, every month, 토끼들이 도망갔다."


def record(theme: str, **changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "title": "Imported", "languages": ["en", "ko"], "interview_date": "2016-03-01",
        "interviewer": "field-a", "attributes": {"status": "worker"},
        "transcript": TRANSCRIPT,
        "codings": [{"theme": theme, "start": 30, "end": 38}],
        "memos": ["first memo"],
        "people": [{"role": "worker", "name": "Kim Chol-su", "variants": ["김철수"]}]}
    base.update(changes)
    return base


def write(tmp_path: Path, records: list[Any], raw_lines: list[str] | None = None) -> Path:
    path = tmp_path / "in.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + (raw_lines or [])
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def theme(vault: Vault) -> str:
    return next(n.theme.id for n in vault.codebook.tree() if n.depth == 1)


def test_valid_file_imports_everything(vault: Vault, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    path = write(tmp_path, [record(theme(vault)), record(theme(vault), case_code="W-1234")])
    report = import_jsonl(vault, path, progress=lambda d, t: seen.append((d, t)))
    assert len(report.cases) == 2 and report.codings == 2 and report.people == 2
    assert seen[-1] == (2, 2)
    assert "W-1234" in report.cases
    [coding] = vault.codings.for_case("W-1234")
    assert coding.text == TRANSCRIPT[30:38]
    assert vault.search.query("토끼")


@pytest.mark.parametrize("change, message", [
    ({"languages": ["de"]}, "line 2"),
    ({"interview_date": "1.3.2016"}, "line 2"),
    ({"transcript": ""}, "line 2"),
    ({"codings": [{"theme": "no.such.theme", "start": 0, "end": 3}]}, "unknown theme"),
    ({"codings": [{"theme": "THEME", "start": 5, "end": 999}]}, "outside the transcript"),
    ({"case_code": "C-0001", "extra_field": 1}, "line 2"),
])
def test_one_bad_line_rejects_the_whole_file(vault: Vault, tmp_path: Path,
                                             change: dict[str, Any], message: str) -> None:
    bad = record(theme(vault), **change)
    for coding in bad.get("codings", []):
        coding["theme"] = theme(vault) if coding["theme"] == "THEME" else coding["theme"]
    path = write(tmp_path, [record(theme(vault)), bad])
    entries = vault.verify_audit().entries
    with pytest.raises(InputError, match=message):
        import_jsonl(vault, path)
    assert vault.cases.summaries() == [] and vault.verify_audit().entries == entries


def test_malformed_json_and_duplicate_codes_are_named(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="line 2 is not valid JSON"):
        import_jsonl(vault, write(tmp_path, [record(theme(vault))], ["{not json"]))
    dup = [record(theme(vault), case_code="C-0002"), record(theme(vault), case_code="C-0002")]
    with pytest.raises(InputError, match="line 2: case code C-0002 already exists"):
        import_jsonl(vault, write(tmp_path, dup))
    assert vault.cases.summaries() == []


def test_not_utf8_and_empty_files(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(b'{"title": "\xe9"}\n')
    with pytest.raises(InputError, match="line 1 is not UTF-8"):
        import_jsonl(vault, path)
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n")
    with pytest.raises(InputError, match="holds no interviews"):
        import_jsonl(vault, empty)


def test_cancel_rolls_everything_back(vault: Vault, tmp_path: Path) -> None:
    path = write(tmp_path, [record(theme(vault)) for _ in range(3)])
    calls = iter([False, True])
    with pytest.raises(Cancelled):
        import_jsonl(vault, path, cancel=lambda: next(calls))
    assert vault.cases.summaries() == []


NAME = "Pak Yong-ho"


@pytest.mark.parametrize("change", [
    {"transcript": 12345, "title": NAME},                    # wrong type beside a name
    {"title": {"whole": TRANSCRIPT * 40 + NAME}},            # an object where text belongs
    {"people": [{"role": "worker", "name": NAME, "variants": [NAME, NAME]}]},  # duplicates
    {"languages": [NAME]},                                   # not one of the allowed values
    {"interview_date": NAME},                                # wrong form
    {NAME: TRANSCRIPT},                                      # a field the schema has not
    {"attributes": {NAME: [TRANSCRIPT]}},                    # a list under a named key
])
def test_refusals_never_quote_the_rejected_value(vault: Vault, tmp_path: Path,
                                                 change: dict[str, Any]) -> None:
    path = write(tmp_path, [record(theme(vault), **change)])
    with pytest.raises(InputError) as caught:
        import_jsonl(vault, path)
    message = str(caught.value)
    assert message.startswith("in.jsonl line 1") and "is invalid at $" in message
    assert "FICTIONAL" not in message and len(message) < 200
    assert NAME not in message or f'"{NAME}"' in message  # a field name: quoted, short
    assert "Yong" not in message.replace(f'"{NAME}"', "")
