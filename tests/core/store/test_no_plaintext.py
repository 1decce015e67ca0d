"""A full workload must leave no readable marker in any file it touches."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest

from fieldvault.core.records.importer import import_jsonl
from fieldvault.core.vault import Passphrase, Vault
from vaulthelp import FAST, PASSPHRASE

MARKERS = ["ZQXJMARKER7731", "토끼마커들", "Маркерович"]


def encodings(marker: str) -> list[bytes]:
    return [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be")]


def scan(folder: Path) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path.name}: {m}" for m in MARKERS
                      if any(e in data for e in encodings(m))]
    return found


def workload(vault: Vault, tmp_path: Path) -> None:
    theme = next(n.theme.id for n in vault.codebook.tree() if n.depth == 1)
    text = f"[FICTIONAL] {MARKERS[0]} paid the quota. {MARKERS[1]} 도망갔다. {MARKERS[2]} уехал."
    lines = [json.dumps({"title": f"t {n}", "languages": ["en", "ko", "ru"],
                         "interview_date": "2016-01-01", "interviewer": "a",
                         "attributes": {}, "transcript": text * 20, "memos": [MARKERS[2]],
                         "codings": [{"theme": theme, "start": 0, "end": 40}],
                         "people": [{"role": "worker", "name": MARKERS[0],
                                     "variants": [MARKERS[1]]}]}, ensure_ascii=False)
             for n in range(30)]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines), "utf-8")
    report = import_jsonl(vault, path)
    path.unlink()  # the user's own import file is theirs to keep; it is not ours to scan
    for code in report.cases[:10]:
        vault.codings.add(code, theme, 5, 30)
        vault.transcripts.save_version(code, text.replace("quota", "plan") * 20)
    for code in report.cases[10:20]:
        vault.cases.delete(code)
    vault.codebook.add("marker.theme", MARKERS[0] + " theme", None, name_ko=MARKERS[1])
    for marker in MARKERS:
        assert vault.search.query(marker), marker
    backups = tmp_path / "backups"
    backups.mkdir()
    vault.backup(backups)


def test_workload_leaves_no_marker_on_disk(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    scratch = tmp_path / "tmpdir"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setenv("SQLITE_TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    vault, _code = Vault.create(tmp_path / "v", PASSPHRASE, cost=FAST)
    workload(vault, tmp_path)
    assert scan(tmp_path) == [], "while open (WAL and SHM included)"
    vault.lock()
    assert scan(tmp_path) == [], "after lock"
    with Vault.open(vault.path, Passphrase(PASSPHRASE)) as reopened:
        assert reopened.search.query(MARKERS[0])  # the data really is there, encrypted


def test_the_scan_would_see_a_leak(tmp_path: Path) -> None:
    (tmp_path / "leak.txt").write_text(f"x {MARKERS[1]} y", "utf-8")
    (tmp_path / "leak16.bin").write_bytes(MARKERS[2].encode("utf-16-le"))
    assert len(scan(tmp_path)) == 2
