"""``fieldvault code-audio``, ``uncode-audio`` and ``audio-codings``: themes applied to time
spans of a case's recordings (the workbench's coded audio segments).

Times are ``HH:MM:SS`` with optional ``.mmm`` (``MM:SS`` and ``SS`` too); ids may be given
by their first 8 characters, as ``fieldvault attachments`` prints them.
"""

from __future__ import annotations

import argparse

from fieldvault.cli.common import Sub, command, emit, open_vault, vault_args
from fieldvault.core.attachments.segments import AudioSegment, parse_clock
from fieldvault.core.errors import InputError
from fieldvault.core.timestamps import clock


def add_all(sub: Sub) -> None:
    p = command(sub, "code-audio", run_code_audio,
                help="apply a theme to a time span of a case's recording")
    vault_args(p)
    p.add_argument("case", help="the case code")
    p.add_argument("attachment", help="the recording's id (or its first 8 characters)")
    p.add_argument("--theme", required=True, help="the theme's id")
    p.add_argument("--start", required=True, metavar="HH:MM:SS.mmm")
    p.add_argument("--end", required=True, metavar="HH:MM:SS.mmm")
    p.add_argument("--coder", help="member who coded (default: you)")
    p = command(sub, "uncode-audio", run_uncode_audio, help="remove a coded audio segment")
    vault_args(p, json_flag=False)
    p.add_argument("segment", help="the segment's id (or its first 8 characters)")
    p = command(sub, "audio-codings", run_list,
                help="list coded audio segments (of a case, or of chosen themes)")
    vault_args(p)
    p.add_argument("case", nargs="?", help="only this case's segments")
    p.add_argument("--theme", action="append", default=[], metavar="ID",
                   help="only segments of this theme (repeatable; with its subthemes)")
    p.add_argument("--no-subthemes", action="store_true", help="a theme without its subthemes")


def run_code_audio(args: argparse.Namespace) -> int:
    start, end = parse_clock(args.start, "start time"), parse_clock(args.end, "end time")
    with open_vault(args) as vault:
        owner = vault.attachments.segments.case_of(args.attachment)
        if owner != args.case:
            raise InputError(f"Attachment {args.attachment[:40]} belongs to case {owner}, "
                             f"not {args.case[:40]}.")
        segment = vault.attachments.segments.add(args.attachment, args.theme, start, end,
                                                 args.coder)
    emit(args, segment, lambda: f"Coded {segment.attachment_name} {clock(start)}-{clock(end)} "
                                f"of {segment.case_code} as {segment.theme_id} "
                                f"({segment.id[:8]}).")
    return 0


def run_uncode_audio(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        gone = vault.attachments.segments.describe(args.segment)
        vault.attachments.segments.remove(gone.id)
    print(f"Removed the segment {clock(gone.start_ms)}-{clock(gone.end_ms)} of "
          f"{gone.attachment_name} ({gone.theme_id}) from {gone.case_code}.")
    return 0


def run_list(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        service = vault.attachments.segments
        found = service.for_case(args.case) if args.case else service.retrieve(None)
        if args.theme:
            wanted = {s.id for s in service.retrieve(args.theme, not args.no_subthemes)}
            found = [s for s in found if s.id in wanted]
    emit(args, found, lambda: _table(found))
    return 0


def _table(found: list[AudioSegment]) -> str:
    if not found:
        return "No coded audio segments."
    lines = [f"{'ID':8}  {'CASE':10}  {'FROM':12}  {'TO':12}  {'THEME':24}  {'CODER':10}  "
             "RECORDING"]
    lines += [f"{s.id[:8]}  {s.case_code:10}  {clock(s.start_ms):12}  {clock(s.end_ms):12}  "
              f"{s.theme_id:24}  {s.coder or '-':10}  {s.attachment_id[:8]} {s.attachment_name}"
              for s in found]
    return "\n".join(lines)
