"""Sub-commands ``export`` and ``verify``; and the ``keys ... export-key`` action's printer.

``verify`` opens no vault: legal teams run it on the folder they received. It exits 0 when
the folder checks out and 2 (with each failure as one sentence) when it does not.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fieldvault.cli.common import (
    EXIT_USAGE,
    Sub,
    command,
    emit,
    open_vault,
    to_jsonable,
    vault_args,
)
from fieldvault.core.errors import InputError

PROFILE_NAMES = ("legal", "supervisor", "custom")
PDF_LANGUAGES = ("en", "ko", "ru")  # as core/export/model.py; kept literal so --help stays light


def add_all(sub: Sub) -> None:
    for add in (_export, _verify):
        add(sub)


# --- export -----------------------------------------------------------------------------------


def _export(sub: Sub) -> None:
    p = command(sub, "export", run_export,
                help="write a redacted, signed PDF export into a new folder")
    vault_args(p)
    p.add_argument("--case", action="extend", nargs="+", metavar="CODE", default=[],
                   help="cases to export (with --theme: only passages from these cases)")
    p.add_argument("--theme", action="extend", nargs="+", metavar="ID", default=[],
                   help="make a theme report of these themes (and the themes below them)")
    p.add_argument("--profile", required=True, choices=PROFILE_NAMES)
    p.add_argument("--recipient", required=True, help="who the export is for (on the cover)")
    p.add_argument("--out", required=True, metavar="DIR", help="a new or empty folder")
    p.add_argument("--withhold", metavar="CATS",
                   help="custom profile: categories to withhold, e.g. PERSON,PHONE,ID")
    p.add_argument("--codings", action=argparse.BooleanOptionalAction, default=None,
                   help="custom profile: include codings")
    p.add_argument("--memos", action=argparse.BooleanOptionalAction, default=None,
                   help="custom profile: include memos")
    p.add_argument("--mark-exported", action="store_true",
                   help="move approved cases to 'exported' (review workflow)")
    p.add_argument("--require-review", action="store_true",
                   help="refuse while a finding is undecided (default: withhold it)")
    p.add_argument("--readable-by-others", action="store_true",
                   help="let other accounts on this machine read the export (default: only "
                        "you: folder 0700, files 0600)")
    p.add_argument("--strict", action="store_true",
                   help="also withhold every word, number and date not known to be safe")
    p.add_argument("--language", choices=PDF_LANGUAGES, default="en",
                   help="language of the PDF: cover, headings, redaction log (default en; "
                        "tokens stay [R1 · PERSON] in every language)")
    p.add_argument("--attachment", action="extend", nargs="+", metavar="ID", default=[],
                   help="include these attachments of the exported cases (ids as 'fieldvault "
                        "attachments' lists them, or 'all'): photos as pages, recordings "
                        "listed with their SHA-256 (default: all withheld)")


def run_export(args: argparse.Namespace) -> int:
    if not args.case and not args.theme:
        raise InputError("Name the cases (--case) or the themes (--theme) to export.")
    withhold = args.withhold.split(",") if args.withhold is not None else None
    with open_vault(args) as vault:
        profile = vault.exports.profile(args.profile, withhold, args.codings, args.memos)
        result = vault.exports.export(
            codes=args.case or None, themes=args.theme or None, profile=profile,
            recipient=args.recipient, out_dir=Path(args.out),
            mark_exported=args.mark_exported, require_review=args.require_review,
            strict=args.strict, language=args.language, shared=args.readable_by_others,
            attachments=args.attachment)
    data = {**to_jsonable(result), "directory": str(result.directory), "pdf": str(result.pdf),
            "manifest": str(result.manifest)}
    emit(args, data, lambda: _export_text(result))
    return 0


def _export_text(result: Any) -> str:
    lines = [
        f"Export written to {result.directory} ({result.pages} pages).",
        f"PDF: {result.pdf.name}",
        f"Content digest (SHA-256): {result.content_sha256}",
        f"Signed with export key {result.key_id}; give recipients its public key "
        "separately (fieldvault keys VAULT export-key --public).",
        f"Withheld after review: {_counted(result.withheld_after_review)}; by default "
        f"(detected, not reviewed): {_counted(result.withheld_by_default)}.",
        f"Leak check: {result.values_checked} withheld values searched with two text "
        f"extractors, none found ({result.values_too_short} too short to search).",
    ]
    if result.attachments_included or result.attachments_withheld:
        lines.append(f"Attachments: {len(result.attachments_included)} included, "
                     f"{result.attachments_withheld} withheld.")
    if result.scanned:
        lines.insert(1, f"Scanned first (never scanned or changed): {', '.join(result.scanned)}.")
    lines += [f"Left out: {sentence}" for sentence in result.omitted]
    if result.marked_exported:
        lines.append(f"Moved to exported: {', '.join(result.marked_exported)}.")
    return "\n".join(lines)


def _counted(counts: dict[str, int]) -> str:
    total = sum(counts.values())
    parts = ", ".join(f"{name} {count}" for name, count in sorted(counts.items()))
    return f"{total} ({parts})" if total else "0"


# --- verify -----------------------------------------------------------------------------------


def _verify(sub: Sub) -> None:
    p = command(sub, "verify", run_verify, help="check an export folder (no vault needed)")
    p.add_argument("folder")
    p.add_argument("--key", metavar="PUBFILE",
                   help="the minisign public key received separately (file or base64 line)")
    p.add_argument("--json", action="store_true", help="print JSON")


def run_verify(args: argparse.Namespace) -> int:
    from fieldvault.core.export import verify_dir

    report = verify_dir(Path(args.folder), _key_argument(args.key))
    emit(args, report, lambda: str(report))
    return 0 if report.ok else EXIT_USAGE


def _key_argument(value: str | None) -> str | Path | None:
    """A key file's path, or the bare base64 line ``minisign -P`` takes."""
    from fieldvault.core.export import SignatureInvalid
    from fieldvault.core.export.minisign import parse_public_key

    if value is None:
        return None
    path = Path(value)
    if path.is_file():
        return path
    try:
        parse_public_key(value)
    except SignatureInvalid:
        raise InputError(f"The public key file {value} does not exist.") from None
    return value


# --- keys VAULT export-key --public ------------------------------------------------------------


def print_export_key(args: argparse.Namespace, vault: Any) -> int:
    """Print the export public key as a minisign .pub file (its comment names the key ID)."""
    if not getattr(args, "public", False):
        raise InputError("Only the public half of the export key can be shown; add --public.")
    key = vault.exports.public_key()
    data = {"key_id": key.key_id_hex, "public_key": key.base64, "file": key.file_text()}
    emit(args, data, lambda: key.file_text().rstrip("\n"))
    return 0
