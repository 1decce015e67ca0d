"""``fieldvault attach``, ``attachments`` and ``attachment``: a case's encrypted recordings
and photos. Metadata is stripped on intake and the command says what went."""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldvault.cli.common import Sub, command, emit, open_vault, vault_args
from fieldvault.core.attachments.service import AttachmentInfo


def add_all(sub: Sub) -> None:
    p = command(sub, "attach", run_attach,
                help="keep recordings and photos with a case, encrypted, metadata removed")
    vault_args(p)
    p.add_argument("case", help="the case code")
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="WAV, MP3, M4A, OGG, JPEG, PNG or HEIC files (read, never changed)")
    p = command(sub, "attachments", run_list, help="list a case's attachments")
    vault_args(p)
    p.add_argument("case", help="the case code")
    p = command(sub, "attachment", run_save,
                help="write a stripped copy of an attachment where you ask")
    vault_args(p, json_flag=False)
    p.add_argument("id", help="the attachment's id (or its first 8 characters)")
    p.add_argument("--save", required=True, metavar="FILE",
                   help="the new file to write (refused if it exists)")


def run_attach(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        vault.attachments.cases_id(args.case)
        for name in args.files:  # every file is checked before any is kept
            vault.attachments.check(Path(name))
        added = [vault.attachments.add(args.case, Path(name)) for name in args.files]
    emit(args, added, lambda: "\n".join(_added_line(info) for info in added))
    return 0


def _added_line(info: AttachmentInfo) -> str:
    removed = "; ".join(info.removed) if info.removed else "nothing"
    if info.kind == "document":
        removed = "nothing (documents are kept as they are)"
    return (f"{info.name}: attached as {info.id[:8]} ({info.format}, {_size(info.size)}); "
            f"removed: {removed}")


def run_list(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        found = vault.attachments.list(args.case)
    emit(args, found, lambda: _table(found, args.case))
    return 0


def _table(found: list[AttachmentInfo], case: str) -> str:
    if not found:
        return f"Case {case} has no attachments."
    lines = [f"{'ID':8}  {'KIND':8}  {'FORMAT':6}  {'SIZE':>9}  {'DURATION':>8}  NAME"]
    lines += [f"{i.id[:8]}  {i.kind:8}  {i.format:6}  {_size(i.size):>9}  "
              f"{_duration(i.duration):>8}  {i.name}" for i in found]
    return "\n".join(lines)


def run_save(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        target = vault.attachments.save_copy(args.id, Path(args.save))
    print(f"Wrote a copy without metadata to {target}; it is not encrypted.")
    return 0


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    whole = round(seconds)
    return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"
