"""write_export: redacted document -> checked, signed export folder, or nothing at all.

Order of work (each step fails closed, removing whatever this call wrote):

1. validate the document against its profile; glyph pre-flight (MissingGlyph names the char);
2. lay out and render the PDF in memory from the redacted document only;
3. leak check on those bytes: two extractors, metadata whitelist, one revision;
4. write the PDF (atomically) and confirm the file on disk has the checked bytes;
5. sign, write minisign.pub, manifest.json (schema-validated, leak-checked), signatures,
   SHA256SUMS; finally ``verify_dir`` on the result.

Threading: synchronous and UI-free; run it on a worker thread. ``progress(done, 100)`` is
called from that thread; ``cancel()`` is polled between pages and steps.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldvault import __version__
from fieldvault.core import hardening
from fieldvault.core.export import leakcheck, minisign
from fieldvault.core.export.compose import CoverFacts, check_glyphs, compose
from fieldvault.core.export.fonts import FontSet
from fieldvault.core.export.layout import paginate
from fieldvault.core.export.manifest import (
    MANIFEST_NAME,
    PUBKEY_NAME,
    SIG_SUFFIX,
    SUMS_NAME,
    file_entry,
    manifest_bytes,
    sha256_hex,
    sums_text,
)
from fieldvault.core.export.model import (
    ExportCancelled,
    ExportDocument,
    ExportError,
    content_digest,
    validate_document,
)
from fieldvault.core.export.profiles import PROFILES, Profile
from fieldvault.core.export.render import Chrome, info_for, render_pdf
from fieldvault.core.export.verify import verify_dir
from fieldvault.core.progress import Cancel, Progress


@dataclass(frozen=True)
class ExportResult:
    directory: Path
    pdf: Path
    manifest: Path
    files: tuple[str, ...]
    pages: int
    content_sha256: str
    pdf_sha256: str
    key_id: str
    public_key: str
    values_checked: int
    values_too_short: int


def today_utc() -> str:
    """The export date as printed: UTC, date only."""
    return dt.datetime.now(dt.UTC).date().isoformat()


def pdf_name(export_id: str) -> str:
    return f"fieldvault-export-{export_id}.pdf"


class _Steps:
    """Maps phase-local progress onto 0..100 and polls the cancel flag."""

    def __init__(self, progress: Progress | None, cancel: Cancel | None) -> None:
        self.progress = progress
        self.cancel = cancel

    def check(self) -> None:
        if self.cancel is not None and self.cancel():
            raise ExportCancelled("The export was cancelled; nothing was kept.")

    def phase(self, start: int, end: int) -> Progress:
        def tick(done: int, total: int) -> None:
            self.check()
            if self.progress is not None and total > 0:
                self.progress(start + (end - start) * min(done, total) // total, 100)

        return tick


def resolve_profile(doc: ExportDocument, profile: Profile | None) -> Profile:
    """The profile named by the document, checked against what the document carries."""
    chosen = profile if profile is not None else PROFILES.get(doc.profile)
    if chosen is None or chosen.name != doc.profile:
        raise ExportError(f"Profile {doc.profile!r} is unknown; pass the custom Profile.")
    for case in doc.cases:
        if case.memos and not chosen.include_memos:
            raise ExportError(
                f"Profile {chosen.name} excludes memos, but case {case.code} has some."
            )
        if case.codings and not chosen.include_codings:
            raise ExportError(
                f"Profile {chosen.name} excludes codings, but case {case.code} has some."
            )
    if doc.passages and not chosen.include_codings:
        raise ExportError(
            f"Profile {chosen.name} excludes codings, so it cannot carry a theme report."
        )
    if chosen.identity_statement and not doc.identity_statement:
        raise ExportError(
            f"Profile {chosen.name} requires the statement about the withheld identity key."
        )
    return chosen


def build_pdf(
    doc: ExportDocument,
    profile: Profile | None,
    facts: CoverFacts,
    fonts: FontSet,
    steps: _Steps | None = None,
    images: Mapping[str, bytes] | None = None,
) -> tuple[bytes, int]:
    """Render the PDF in memory; returns (bytes, page count). Sees redacted material only,
    and the JPEG bytes of the photos the document lists (``images``, by attachment id)."""
    steps = steps or _Steps(None, None)
    check_glyphs(doc, fonts)
    blocks = compose(doc, profile, facts)
    pages, anchors = paginate(blocks, fonts, steps.phase(0, 20))
    chrome = Chrome(doc.export_id, doc.profile, facts.content_sha256, doc.language)
    missing = [p.id[:8] for p in doc.photos if p.id not in (images or {})]
    if missing:
        raise ExportError(f"The picture of photo {missing[0]} was not given to the export.")
    return render_pdf(pages, anchors, chrome, fonts, steps.phase(20, 40), images), len(pages)


def _pictures(doc: ExportDocument, images: Mapping[str, bytes] | None) -> int:
    """How many image XObjects the PDF holds: one per distinct picture (reportlab draws two
    identical photos from one object)."""
    return len({(images or {})[photo.id] for photo in doc.photos})


class _Output:
    """Files written by this call, removed again on any failure. Private to the user (0700
    folder, 0600 files) unless ``shared`` (0755 / 0644: other accounts may read it)."""

    def __init__(self, directory: Path, shared: bool = False) -> None:
        self.directory = directory
        self.created_dir = False
        self.written: list[Path] = []
        self.dir_mode = 0o755 if shared else hardening.PRIVATE_DIR
        self.file_mode = 0o644 if shared else hardening.PRIVATE_FILE

    def open(self) -> None:
        if self.directory.exists():
            if not self.directory.is_dir() or any(self.directory.iterdir()):
                raise ExportError(f"{self.directory} is not an empty folder; choose a new one.")
        else:
            try:
                self.directory.mkdir(mode=self.dir_mode)
                os.chmod(self.directory, self.dir_mode)
            except OSError as error:
                raise ExportError(f"The folder {self.directory} cannot be created.") from error
            self.created_dir = True

    def write(self, name: str, data: bytes) -> Path:
        final = self.directory / name
        part = self.directory / f".{name}.part"
        self.written.append(part)
        with hardening.open_private(part, self.file_mode) as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(part, final)
        self.written.append(final)
        if sha256_hex(final.read_bytes()) != sha256_hex(data):
            raise ExportError(f"{name} on disk differs from what was checked; refused.")
        return final

    def sync(self) -> None:
        if hasattr(os, "O_DIRECTORY"):
            descriptor = os.open(self.directory, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(descriptor)
            finally:
                os.close(descriptor)

    def remove(self) -> None:
        for path in reversed(self.written):
            path.unlink(missing_ok=True)
        if self.created_dir:
            try:
                self.directory.rmdir()
            except OSError:
                pass


def write_export(
    doc: ExportDocument,
    out_dir: Path,
    signing_key: Ed25519PrivateKey,
    withheld_values: Iterable[str],
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    *,
    profile: Profile | None = None,
    fonts: FontSet | None = None,
    shared: bool = False,
    images: Mapping[str, bytes] | None = None,
) -> ExportResult:
    """Write the export folder for ``doc`` into the new or empty ``out_dir``: private to
    the user (0700 / 0600), or readable by other accounts when ``shared`` (0755 / 0644).

    ``withheld_values`` (originals and identity variants) are used only by the leak check
    after rendering; the renderer never receives them. ``images``: the JPEG bytes of each
    photo ``doc`` lists (by attachment id), drawn as pages of Appendix C. Raises ExportError
    (MissingGlyph, LeakFound, ExportCancelled, ...) with one sentence, leaving nothing behind.
    """
    steps = _Steps(progress, cancel)
    validate_document(doc)
    chosen = resolve_profile(doc, profile)
    needles, too_short = leakcheck.prepare_needles(withheld_values)
    key = minisign.key_for(signing_key)
    facts = CoverFacts(content_digest(doc), key.key_id_hex, key.base64, pdf_name(doc.export_id))
    data, pages = build_pdf(doc, chosen, facts, fonts or FontSet(), steps, images)
    leakcheck.check_pdf(data, needles, info_for(doc.export_id), doc.export_id,
                        steps.phase(40, 90), _pictures(doc, images))
    output = _Output(out_dir, shared)
    output.open()
    try:
        result = _write_files(doc, output, signing_key, key, facts, data, pages, needles,
                              too_short, steps)
    except BaseException:
        output.remove()
        raise
    if progress is not None:
        progress(100, 100)
    return result


def _write_files(
    doc: ExportDocument,
    output: _Output,
    signing_key: Ed25519PrivateKey,
    key: minisign.MinisignKey,
    facts: CoverFacts,
    data: bytes,
    pages: int,
    needles: list[leakcheck.Needle],
    too_short: int,
    steps: _Steps,
) -> ExportResult:
    comment = f"fieldvault export {doc.export_id} file:{facts.pdf_name} date:{doc.date_utc}"
    files: dict[str, bytes] = {
        facts.pdf_name: data,
        facts.pdf_name + SIG_SUFFIX: minisign.sign(data, signing_key, comment).encode("ascii"),
        PUBKEY_NAME: key.file_text().encode("ascii"),
    }
    steps.check()
    manifest = _manifest(doc, key, facts, pages, files, len(needles), too_short)
    text = manifest_bytes(manifest)
    leakcheck.check_plain_text(MANIFEST_NAME, text.decode("utf-8"), needles)
    files[MANIFEST_NAME] = text
    manifest_comment = f"fieldvault export {doc.export_id} file:{MANIFEST_NAME}"
    files[MANIFEST_NAME + SIG_SUFFIX] = minisign.sign(text, signing_key, manifest_comment).encode(
        "ascii"
    )
    files[SUMS_NAME] = sums_text(files.items()).encode("ascii")
    for name, content in files.items():
        steps.check()
        output.write(name, content)
    output.sync()
    report = verify_dir(output.directory, key.base64)
    if not report.ok:
        raise ExportError(f"The written export does not verify: {report.failures[0]}")
    return ExportResult(
        output.directory, output.directory / facts.pdf_name, output.directory / MANIFEST_NAME,
        tuple(sorted(files)), pages, facts.content_sha256, sha256_hex(data), key.key_id_hex,
        key.base64, len(needles), too_short,
    )


def _manifest(
    doc: ExportDocument,
    key: minisign.MinisignKey,
    facts: CoverFacts,
    pages: int,
    files: dict[str, bytes],
    checked: int,
    too_short: int,
) -> dict[str, Any]:
    return {
        "format": "fieldvault-export-manifest",
        "format_version": 1,
        "export_id": doc.export_id,
        "profile": doc.profile,
        "recipient": doc.recipient,
        "date_utc": doc.date_utc,
        "language": doc.language,
        "content_sha256": facts.content_sha256,
        "producer": f"Fieldvault {__version__}",
        "signing_key": {"algorithm": "Ed25519", "format": "minisign",
                        "key_id": key.key_id_hex, "public_key": key.base64},
        "pdf": facts.pdf_name,
        "pages": pages,
        "cases": [case.code for case in doc.cases],
        "redactions": sum(len(case.redactions) for case in doc.cases),
        "leak_check": {"extractors": list(leakcheck.extractors()), "values_checked": checked,
                       "values_too_short": too_short},
        "files": [file_entry(name, content) for name, content in sorted(files.items())],
    }
