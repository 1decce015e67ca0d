"""write_export's folder, verify_dir's verdicts, profile rules, cancel and progress."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from core.export.exporthelp import Sample
from fieldvault.core.export import (
    ExportCancelled,
    ExportError,
    ExportResult,
    FontSet,
    ThemePassage,
    content_digest,
    custom_profile,
    key_for,
    verify_dir,
    write_export,
)
from fieldvault.core.export.manifest import SCHEMA_PATH

Written = tuple[ExportResult, Sample]
MINISIGN = shutil.which("minisign")


def _flip_byte(path: Path, offset: int = 2000) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def test_folder_has_pdf_manifest_sums_and_signatures(written_export: Written) -> None:
    result, sample = written_export
    names = sorted(path.name for path in result.directory.iterdir())
    assert names == sorted([
        "SHA256SUMS", "manifest.json", "manifest.json.minisig", "minisign.pub",
        "fieldvault-export-EX-2024-017.pdf", "fieldvault-export-EX-2024-017.pdf.minisig",
    ])
    manifest = json.loads(result.manifest.read_text(encoding="utf-8"))
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(manifest)
    assert manifest["content_sha256"] == content_digest(sample.doc) == result.content_sha256
    assert manifest["pages"] == result.pages
    assert manifest["signing_key"]["key_id"] == result.key_id
    assert len(manifest["leak_check"]["extractors"]) == 2
    for line in (result.directory / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split("  ")
        assert len(digest) == 64 and (result.directory / name).is_file()


def test_sha256sum_and_minisign_accept_the_folder(written_export: Written) -> None:
    result, _ = written_export
    check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=result.directory,
                           capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stdout + check.stderr
    if MINISIGN is None:
        pytest.skip("minisign binary not installed")
    for name in (result.pdf.name, "manifest.json"):
        run = subprocess.run([MINISIGN, "-Vm", name, "-P", result.public_key],
                             cwd=result.directory, capture_output=True, text=True, check=False)
        assert run.returncode == 0, run.stderr


def test_verify_dir_accepts_with_supplied_or_shipped_key(written_export: Written) -> None:
    result, _ = written_export
    report = verify_dir(result.directory, result.public_key)
    assert report.ok and report.failures == [] and report.key_id == result.key_id
    by_file = verify_dir(result.directory, result.directory / "minisign.pub")
    assert by_file.ok
    shipped = verify_dir(result.directory)
    assert shipped.ok and "shipped in the folder" in shipped.notes[0]


def test_one_flipped_byte_fails_verify_dir_and_minisign(
    export_copy: Path, written_export: Written
) -> None:
    result, _ = written_export
    pdf = export_copy / result.pdf.name
    _flip_byte(pdf)
    report = verify_dir(export_copy, result.public_key)
    assert not report.ok
    text = " ".join(report.failures)
    assert f"{pdf.name} does not match its SHA-256 in SHA256SUMS" in text
    assert f"{pdf.name} does not match its SHA-256 in manifest.json" in text
    assert f"The signature of {pdf.name} is not valid" in text
    assert all(sentence.endswith(".") for sentence in report.failures)
    sums = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=export_copy,
                          capture_output=True, check=False)
    assert sums.returncode != 0
    if MINISIGN is not None:
        run = subprocess.run([MINISIGN, "-Vm", pdf.name, "-P", result.public_key],
                             cwd=export_copy, capture_output=True, check=False)
        assert run.returncode != 0


def test_edited_manifest_fails_its_signature(export_copy: Path, written_export: Written) -> None:
    result, _ = written_export
    manifest = export_copy / "manifest.json"
    edited = manifest.read_text(encoding="utf-8").replace('"recipient": "', '"recipient": "X')
    manifest.write_text(edited, encoding="utf-8")
    report = verify_dir(export_copy, result.public_key)
    assert not report.ok
    assert any("signature of manifest.json is not valid" in f for f in report.failures)


def test_wrong_key_extra_file_and_missing_signature(
    export_copy: Path, written_export: Written
) -> None:
    result, _ = written_export
    stranger = key_for(Ed25519PrivateKey.generate())
    wrong = verify_dir(export_copy, stranger.base64)
    assert not wrong.ok and any("not your key" in f for f in wrong.failures)
    (export_copy / "notes.txt").write_text("added by someone")
    (export_copy / f"{result.pdf.name}.minisig").unlink()
    report = verify_dir(export_copy, result.public_key)
    text = " ".join(report.failures)
    assert "notes.txt is in the folder but not listed in SHA256SUMS" in text
    assert f"The signature {result.pdf.name}.minisig is missing" in text
    assert not verify_dir(export_copy / "nowhere").ok


def test_non_empty_folder_is_refused(
    make_sample: Callable[..., Sample], signing_key: Ed25519PrivateKey, fonts: FontSet,
    tmp_path: Path,
) -> None:
    sample = make_sample("legal")
    (tmp_path / "keep.txt").write_text("mine")
    with pytest.raises(ExportError, match="not an empty folder"):
        write_export(sample.doc, tmp_path, signing_key, sample.withheld, fonts=fonts)
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]


def test_profile_rules_are_enforced(
    make_sample: Callable[..., Sample], signing_key: Ed25519PrivateKey, fonts: FontSet,
    tmp_path: Path,
) -> None:
    with_memos = make_sample("legal", memos=True)
    with pytest.raises(ExportError, match="excludes memos, but case W-003"):
        write_export(with_memos.doc, tmp_path / "a", signing_key, [], fonts=fonts)
    coded = make_sample("legal", codings=True)
    with pytest.raises(ExportError, match="excludes codings"):
        write_export(coded.doc, tmp_path / "b", signing_key, [], fonts=fonts)
    plain = make_sample("legal")
    silent = dataclasses.replace(plain.doc, identity_statement=None)
    with pytest.raises(ExportError, match="identity key"):
        write_export(silent, tmp_path / "c", signing_key, [], fonts=fonts)
    custom = dataclasses.replace(plain.doc, profile="custom")
    with pytest.raises(ExportError, match="unknown"):
        write_export(custom, tmp_path / "d", signing_key, [], fonts=fonts)
    report = dataclasses.replace(plain.doc, passages=coded.doc.passages or [
        ThemePassage("W-003", "wages", "", "quota", "")])
    with pytest.raises(ExportError, match="cannot carry a theme report"):
        write_export(report, tmp_path / "f", signing_key, [], fonts=fonts)
    bad_date = dataclasses.replace(plain.doc, date_utc="2024-02-30")
    with pytest.raises(ExportError, match="not a UTC date"):
        write_export(bad_date, tmp_path / "g", signing_key, [], fonts=fonts)
    assert not any(tmp_path.iterdir())
    profile = custom_profile({"PERSON", "PHONE"}, include_codings=True, include_memos=False)
    result = write_export(custom, tmp_path / "e", signing_key, plain.withheld, profile=profile,
                          fonts=fonts)
    assert verify_dir(result.directory, result.public_key).ok


class _CancelAt:
    """A cancel flag that is raised on its n-th poll (and counts every poll)."""

    def __init__(self, at: int | None) -> None:
        self.at = at
        self.polls = 0

    def __call__(self) -> bool:
        self.polls += 1
        return self.at is not None and self.polls >= self.at


@pytest.mark.parametrize("polls_before_end", [None, 2])
def test_cancel_leaves_nothing(
    polls_before_end: int | None, make_sample: Callable[..., Sample],
    signing_key: Ed25519PrivateKey, fonts: FontSet, tmp_path: Path,
) -> None:
    """Cancel at the first poll, or at one of the last (while files are being written)."""
    sample = make_sample("legal")
    counter = _CancelAt(None)
    write_export(sample.doc, tmp_path / "count", signing_key, sample.withheld, fonts=fonts,
                 cancel=counter)
    at = 1 if polls_before_end is None else counter.polls - polls_before_end
    out = tmp_path / "cancelled"
    with pytest.raises(ExportCancelled, match="nothing was kept"):
        write_export(sample.doc, out, signing_key, sample.withheld, fonts=fonts,
                     cancel=_CancelAt(at))
    assert not out.exists()


def test_progress_rises_to_100(
    make_sample: Callable[..., Sample], signing_key: Ed25519PrivateKey, fonts: FontSet,
    tmp_path: Path,
) -> None:
    sample = make_sample("legal")
    seen: list[tuple[int, int]] = []
    write_export(sample.doc, tmp_path / "p", signing_key, sample.withheld, fonts=fonts,
                 progress=lambda done, total: seen.append((done, total)))
    values = [done for done, _ in seen]
    assert values == sorted(values) and values[-1] == 100 and len(values) > 5
    assert {total for _, total in seen} == {100}


def test_folder_and_files_are_private_to_the_user(written_export: Written) -> None:
    """0700 / 0600 whatever the umask: another local user cannot read an export."""
    import stat

    folder = written_export[0].directory
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert {p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in folder.iterdir()
            if stat.S_IMODE(p.stat().st_mode) != 0o600} == {}


def test_a_shared_export_is_readable_by_other_accounts(
        tmp_path: Path, signing_key: Ed25519PrivateKey, fonts: FontSet,
        make_sample: Callable[..., Sample]) -> None:
    import stat

    sample = make_sample("legal")
    result = write_export(sample.doc, tmp_path / "shared", signing_key, sample.withheld,
                          fonts=fonts, shared=True)
    assert stat.S_IMODE(result.directory.stat().st_mode) == 0o755
    assert {stat.S_IMODE(p.stat().st_mode) for p in result.directory.iterdir()} == {0o644}
