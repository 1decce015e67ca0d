"""Check an export folder the way a recipient would: SHA256SUMS, manifest, signatures, cover.

Every failure is one plain sentence. Reads only the folder; never raises for bad content.
"""

from __future__ import annotations

import io
import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldvault.core.export import minisign
from fieldvault.core.export.leakcheck import normalise, squeeze
from fieldvault.core.export.manifest import (
    MANIFEST_NAME,
    PUBKEY_NAME,
    SIG_SUFFIX,
    SUMS_NAME,
    parse_sums,
    schema_problem,
    sha256_hex,
)


@dataclass
class VerifyReport:
    ok: bool = True
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    key_id: str | None = None

    def fail(self, sentence: str) -> None:
        self.ok = False
        self.failures.append(sentence)

    def __str__(self) -> str:
        head = "The export folder checks out." if self.ok else "The export folder FAILED."
        return "\n".join([head, *self.failures, *self.notes])


MAX_FILE_BYTES = 256 * 1024 * 1024  # far above any export; a bound on what is read


class NotPlainFile(Exception):
    """A name in the folder is not something verify reads: str() is the sentence."""


def read_plain_file(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a regular file, never following a symbolic link, never waiting on a
    FIFO or device, never more than ``limit`` (default :data:`MAX_FILE_BYTES`) bytes;
    FileNotFoundError when absent."""
    limit = MAX_FILE_BYTES if limit is None else limit
    info = path.lstat()
    if stat.S_ISLNK(info.st_mode):
        raise NotPlainFile(f"{path.name} is a symbolic link; an export folder holds plain "
                           "files only.")
    if not stat.S_ISREG(info.st_mode):
        raise NotPlainFile(f"{path.name} is not a plain file (a folder, FIFO or device).")
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    descriptor = os.open(path, flags)  # O_NOFOLLOW/O_NONBLOCK: no swap-in race can block
    with os.fdopen(descriptor, "rb") as handle:
        opened = os.fstat(handle.fileno())
        if not stat.S_ISREG(opened.st_mode):
            raise NotPlainFile(f"{path.name} is not a plain file (a folder, FIFO or device).")
        data = handle.read(limit + 1)
    if len(data) > limit or opened.st_size > limit:
        raise NotPlainFile(f"{path.name} is larger than {limit:,} bytes, more "
                           "than any export; it was not read.")
    return data


class _Folder:
    def __init__(self, path: Path, report: VerifyReport) -> None:
        self.path = path
        self.report = report
        self._cache: dict[str, bytes | None] = {}
        self.refused: set[str] = set()

    def read(self, name: str) -> bytes | None:
        """The file's bytes, or None when it is missing or refused (refusals are reported
        here, once; :meth:`missing` tells callers whether to report it as missing)."""
        if name not in self._cache:
            self._cache[name] = None
            if Path(name).name != name or name in ("", ".", ".."):
                self._refuse(name, f"{name!r} names a file outside the folder.")
                return None
            try:
                self._cache[name] = read_plain_file(self.path / name)
            except NotPlainFile as problem:
                self._refuse(name, str(problem))
            except OSError:
                pass
        return self._cache[name]

    def _refuse(self, name: str, sentence: str) -> None:
        self.refused.add(name)
        self.report.fail(sentence)

    def missing(self, name: str) -> bool:
        return self.read(name) is None and name not in self.refused


def verify_dir(path: Path, public_key: str | Path | None = None) -> VerifyReport:
    """Verify an export folder. ``public_key`` is the minisign key the recipient got
    separately (base64 line, key file text, or a path to a .pub file); without it the key
    shipped in the folder is used and the report says so."""
    report = VerifyReport()
    if not path.is_dir():
        report.fail(f"{path} is not a folder.")
        return report
    folder = _Folder(path, report)
    _check_sums(folder)
    manifest = _load_manifest(folder)
    key = _choose_key(folder, manifest, public_key)
    if manifest is not None:
        _check_manifest_files(folder, manifest)
        if key is not None:
            _check_signature(folder, str(manifest["pdf"]), key)
            _check_cover(folder, manifest)
    if key is not None:
        _check_signature(folder, MANIFEST_NAME, key)
    return report


def _check_sums(folder: _Folder) -> None:
    raw = folder.read(SUMS_NAME)
    if raw is None:
        if folder.missing(SUMS_NAME):
            folder.report.fail("SHA256SUMS is missing.")
        return
    entries, problems = parse_sums(raw.decode("utf-8", "replace"))
    for problem in problems:
        folder.report.fail(problem)
    for name, digest in entries.items():
        data = folder.read(name)
        if folder.missing(name):
            folder.report.fail(f"{name} is listed in SHA256SUMS but missing from the folder.")
        elif data is not None and sha256_hex(data) != digest:
            folder.report.fail(f"{name} does not match its SHA-256 in SHA256SUMS (changed).")
    present = {entry.name for entry in folder.path.iterdir() if entry.is_file()}
    for name in sorted(present - set(entries) - {SUMS_NAME}):
        folder.report.fail(f"{name} is in the folder but not listed in SHA256SUMS.")


def _load_manifest(folder: _Folder) -> dict[str, Any] | None:
    raw = folder.read(MANIFEST_NAME)
    if raw is None:
        if folder.missing(MANIFEST_NAME):
            folder.report.fail("manifest.json is missing.")
        return None
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        folder.report.fail("manifest.json is not valid UTF-8 JSON.")
        return None
    problem = schema_problem(manifest)
    if problem is not None:
        folder.report.fail(problem)
        return None
    result: dict[str, Any] = manifest
    return result


def _check_manifest_files(folder: _Folder, manifest: dict[str, Any]) -> None:
    for entry in manifest["files"]:
        data = folder.read(entry["name"])
        if folder.missing(entry["name"]):
            folder.report.fail(f"{entry['name']} is listed in manifest.json but missing.")
        elif data is not None and (sha256_hex(data) != entry["sha256"]
                                   or len(data) != entry["bytes"]):
            folder.report.fail(f"{entry['name']} does not match its SHA-256 in manifest.json.")


def _choose_key(
    folder: _Folder, manifest: dict[str, Any] | None, supplied: str | Path | None
) -> minisign.MinisignKey | None:
    report = folder.report
    shipped = _shipped_key(folder, manifest)
    if supplied is None:
        if shipped is not None:
            report.notes.append(
                "Signatures were checked with the key shipped in the folder "
                f"({shipped.key_id_hex}); compare it with the key ID you received separately."
            )
            report.key_id = shipped.key_id_hex
        return shipped
    try:
        text = read_plain_file(supplied, 64 * 1024).decode("utf-8") \
            if isinstance(supplied, Path) else supplied
        key = minisign.parse_public_key(text)
    except (OSError, UnicodeDecodeError, NotPlainFile, minisign.SignatureInvalid):
        report.fail("The public key you supplied is not a readable minisign public key.")
        return None
    if shipped is not None and shipped.key_id != key.key_id:
        report.fail(
            f"The folder names signing key {shipped.key_id_hex}, not your key {key.key_id_hex}."
        )
    report.key_id = key.key_id_hex
    return key


def _shipped_key(folder: _Folder, manifest: dict[str, Any] | None) -> minisign.MinisignKey | None:
    raw = folder.read(PUBKEY_NAME)
    text = raw.decode("utf-8", "replace") if raw is not None else None
    if text is None and manifest is not None:
        text = str(manifest["signing_key"]["public_key"])
    if text is None:
        folder.report.fail("No public key was supplied and the folder has none.")
        return None
    try:
        return minisign.parse_public_key(text)
    except minisign.SignatureInvalid:
        folder.report.fail("The folder's minisign.pub is not a minisign public key.")
        return None


def _check_signature(folder: _Folder, name: str, key: minisign.MinisignKey) -> None:
    data = folder.read(name)
    signature = folder.read(name + SIG_SUFFIX)
    if data is None:
        return  # already reported as missing
    if signature is None:
        if folder.missing(name + SIG_SUFFIX):
            folder.report.fail(f"The signature {name}{SIG_SUFFIX} is missing.")
        return
    try:
        minisign.verify(data, signature.decode("utf-8", "replace"), key)
    except minisign.SignatureInvalid as error:
        folder.report.fail(f"The signature of {name} is not valid: {error}")


def _check_cover(folder: _Folder, manifest: dict[str, Any]) -> None:
    data = folder.read(str(manifest["pdf"]))
    if data is None:
        return
    from pypdf import PdfReader  # loaded on first use: not with the app

    try:
        cover = PdfReader(io.BytesIO(data)).pages[0].extract_text() or ""
    except Exception:  # a damaged PDF: pypdf raises many types
        folder.report.fail(f"{manifest['pdf']} cannot be read as a PDF.")
        return
    if squeeze(normalise(manifest["content_sha256"])) not in squeeze(normalise(cover)):
        folder.report.fail(
            f"The cover of {manifest['pdf']} does not show the content digest of manifest.json."
        )
