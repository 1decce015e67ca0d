"""A privacy pass (scan, decisions, pseudonymisation, shred) leaves no name on disk: not in
any file, and not in any decrypted page of the database or its WAL (free pages included)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from core.privacy_service.privacyhelp import import_demo
from core.review.reviewkit import decrypted_files
from fieldvault.core.vault import Passphrase, Vault
from vaulthelp import FAST, PASSPHRASE

NAMES = ["Ri Myong-chol", "리명철", "Ри Мён Чхоль", "림광혁", "Елена Пак", "Нина Степановна",
         "Sea Star Fisheries"]


def found_on_disk(folder: Path) -> list[str]:
    hits = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits += [f"{path.name}: {name}" for name in NAMES
                     if any(name.encode(enc) in data
                            for enc in ("utf-8", "utf-16-le", "utf-16-be"))]
    return hits


def workload(vault: Vault, key: bytes) -> list[str]:
    """Pseudonymise two demo cases; return the names they held that no other case holds."""
    cases = import_demo(vault)
    pages = decrypted_files(vault.path, key)
    assert [n for n in NAMES[:6] if n.encode() in pages] == NAMES[:6]  # the check sees them
    others = "\n".join(vault.transcripts.current(c).text for c in cases
                       if c not in ("PK-001", "PK-013"))
    vault.privacy.always_treat("Sea Star Fisheries", "ORG")
    for code in ("PK-001", "PK-013"):
        rows = vault.privacy.scan(code)
        vault.privacy.reject(next(r.id for r in rows if r.category == "LOCATION"))
        vault.privacy.accept_all(code, ["PERSON", "PHONE"])
    names = [r.text for c in ("PK-001", "PK-013") for r in vault.privacy.for_case(c)
             if r.category == "PERSON" and r.status == "accepted" and r.text not in others]
    for code in ("PK-001", "PK-013"):
        vault.privacy.pseudonymise(code)
    assert vault.privacy.original("PK-001", 1).count("Ri Myong-chol") >= 1
    vault.backup(vault.path.parent)
    return sorted(set(names))


def test_no_name_reaches_the_disk_in_any_file(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    scratch = tmp_path / "tmpdir"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setenv("SQLITE_TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    vault, _code = Vault.create(tmp_path / "v", PASSPHRASE, cost=FAST)
    key = bytes(vault.data_key)
    names = workload(vault, key)
    assert len(names) > 10 and set(NAMES[:4]) <= set(names)
    assert found_on_disk(tmp_path) == [], "while open (WAL and SHM included)"
    pages = decrypted_files(vault.path, key)
    assert [n for n in {*names, *NAMES[:6]} if n.encode() in pages] == [], "in pages"
    vault.people.shred()
    vault.lock()
    assert found_on_disk(tmp_path) == [], "after shred and lock"
    with Vault.open(vault.path, Passphrase(PASSPHRASE)) as reopened:
        assert reopened.transcripts.versions("PK-001")[0].text == ""
        assert "Ri Myong-chol" not in reopened.transcripts.current("PK-001").text


def test_the_disk_check_would_see_a_name(tmp_path: Path) -> None:
    (tmp_path / "leak.txt").write_text(f"x {NAMES[1]} y", "utf-8")
    (tmp_path / "leak16.bin").write_bytes(NAMES[2].encode("utf-16-le"))
    assert len(found_on_disk(tmp_path)) == 2
