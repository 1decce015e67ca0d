"""``fieldvault segments VAULT``: the coded passages Retrieve shows, written to a file.

``--theme`` (repeatable; with subthemes unless ``--no-subthemes``), ``--coder``,
``--verdict``, ``--attr NAME=VALUE`` (repeatable) choose the passages; exactly one of
``--csv``, ``--docx`` or ``--odt`` names the file. The text is pseudonymised and every value
the legal profile withholds appears as the redacted PDF's token.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldvault.cli.common import Sub, command, open_vault, parse_pairs, vault_args
from fieldvault.core.analysis.coded import coded_audio, coded_segments
from fieldvault.core.analysis.service import VERDICTS, Filters
from fieldvault.core.errors import InputError
from fieldvault.core.export.documents import FORMATS
from fieldvault.core.export.segments import export_segments


def add_all(sub: Sub) -> None:
    p = command(sub, "segments", run_segments,
                help="export coded passages (pseudonymised) to CSV, .docx or .odt")
    vault_args(p, json_flag=False)
    p.add_argument("--theme", action="append", default=[], metavar="ID",
                   help="only passages of this theme (repeatable; default: every theme)")
    p.add_argument("--no-subthemes", action="store_true",
                   help="a theme without its subthemes")
    p.add_argument("--coder", action="append", default=[], help="only this coder's codings")
    p.add_argument("--verdict", action="append", default=[], choices=VERDICTS,
                   help="only codings with this review verdict (repeatable)")
    p.add_argument("--attr", action="append", default=[], metavar="NAME=VALUE",
                   help="only cases whose attribute NAME has VALUE (repeatable)")
    p.add_argument("--language", default="en", choices=("en", "ko", "ru"),
                   help="the language of theme names and headings (default en)")
    out = p.add_mutually_exclusive_group(required=True)
    for fmt in FORMATS:
        out.add_argument(f"--{fmt}", metavar="FILE", help=f"write a .{fmt} file here")


def run_segments(args: argparse.Namespace) -> int:
    fmt = next(f for f in FORMATS if getattr(args, f))
    path = Path(getattr(args, fmt))
    if path.is_dir():
        raise InputError(f"{path} is a folder; name the .{fmt} file to write.")
    where = tuple(parse_pairs(args.attr).items())
    filters = Filters(tuple(args.coder), tuple(args.verdict), (), where)
    with open_vault(args) as vault:
        segments = coded_segments(vault, args.theme or None, filters, not args.no_subthemes)
        audio = coded_audio(vault, args.theme or None, filters, not args.no_subthemes)
        if not segments and not audio:
            raise InputError("No coded passage matches these filters; nothing was written.")
        result = export_segments(vault, segments, path, fmt, args.language, audio=audio)
    cases = len({s.case_code for s in segments} | {s.case_code for s in audio})
    sound = f" and {result.audio} coded audio segments" if result.audio else ""
    print(f"Wrote {result.passages - result.audio} passages{sound} from {cases} cases to "
          f"{result.path} ({result.tokens} withheld values shown as tokens).")
    return 0
