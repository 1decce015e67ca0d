"""``fieldvault codebook`` and ``fieldvault refi``: REFI-QDA exchange from the command line.

``codebook VAULT {export,import} FILE [--yes]`` (FILE ends in .qdc or .json) and
``refi VAULT {export,import} FILE.qdpx [--case CODE ...] [--yes]``. A project export first
prints what the file will contain and asks before writing. An import whose codes match
existing themes by name only lists those matches and asks whether to merge them (no: they
become new themes). ``--yes`` answers for scripts; without a terminal and without ``--yes``
the command is refused.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from fieldvault.cli.common import Sub, command, emit, open_vault, vault_args
from fieldvault.core.errors import InputError

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

EXIT_DECLINED = 1


def add_all(sub: Sub) -> None:
    _codebook(sub)
    _refi(sub)


def _codebook(sub: Sub) -> None:
    p = command(sub, "codebook", run_codebook, help="export or import the codebook (.qdc or .json)")
    vault_args(p)
    p.add_argument("action", choices=["export", "import"])
    p.add_argument("file", help="a .qdc (REFI-QDA) or .json (Fieldvault) codebook file")
    p.add_argument("--yes", action="store_true",
                   help="merge codes that match existing themes by name only, without asking")


def run_codebook(args: argparse.Namespace) -> int:
    from fieldvault.core.refi import export_codebook, import_codebook

    path = _file(args.file, (".qdc", ".json"))
    with open_vault(args) as vault:
        if args.action == "export":
            count = export_codebook(vault, path)
            emit(args, {"file": str(path), "themes": count},
                 lambda: f"Wrote {count} themes to {path}.")
            return 0
        accept = _accept_name_matches(args, vault, path) if path.suffix.lower() == ".qdc" \
            else None
        report = import_codebook(vault, path, accept)
    emit(args, report, lambda: "\n".join([report.line(), *_notes(report.notices)]))
    return 0


def _refi(sub: Sub) -> None:
    p = command(sub, "refi", run_refi, help="export or import a REFI-QDA project (.qdpx)")
    vault_args(p)
    p.add_argument("action", choices=["export", "import"])
    p.add_argument("file", help="the .qdpx file")
    p.add_argument("--case", action="append", metavar="CODE",
                   help="export only this case (repeat for more; default: every case)")
    p.add_argument("--include-recordings", action="store_true",
                   help="export: put the coded recordings' files (metadata removed, not "
                   "encrypted) in the .qdpx; without it only their coded spans go")
    p.add_argument("--yes", action="store_true",
                   help="export: write without asking (the summary is still printed); "
                   "import: merge codes that match existing themes by name only")


def run_refi(args: argparse.Namespace) -> int:
    from fieldvault.core.refi import import_project

    path = _file(args.file, (".qdpx",))
    if args.action == "export":
        return _export(args, path)
    if args.case or args.include_recordings:
        raise InputError("--case and --include-recordings apply to export only; an import "
                         "takes the whole file.")
    with open_vault(args) as vault:
        report = import_project(vault, path, _accept_name_matches(args, vault, path))
    emit(args, report, lambda: "\n".join([report.line(), *_notes(report.notices)]))
    return 0


def _export(args: argparse.Namespace, path: Path) -> int:
    from fieldvault.core.refi import prepare_export, write_export
    from fieldvault.core.refi.export import check_target

    check_target(path, (".qdpx",))
    with open_vault(args) as vault:
        plan = prepare_export(vault, args.case, recordings=args.include_recordings)
        print(f"{path.name} will contain:", file=sys.stderr if args.json else sys.stdout)
        for line in plan.summary.lines():
            print(f"  {line}", file=sys.stderr if args.json else sys.stdout)
        if not args.yes and not _confirm(f"Write {path}? [y/N] "):
            print("Nothing was written.", file=sys.stderr)
            return EXIT_DECLINED
        write_export(vault, plan, path)
    emit(args, {"file": str(path), "summary": plan.summary}, lambda: f"Wrote {path}.")
    return 0


def _accept_name_matches(args: argparse.Namespace, vault: Vault, path: Path) -> bool:
    """Show the codes that match themes by name only and ask whether to merge them."""
    from fieldvault.core.refi import proposed_name_matches

    if args.yes:
        return True
    matches = proposed_name_matches(vault, path)
    if not matches:
        return False
    out = sys.stderr if args.json else sys.stdout
    print(f"{len(matches)} codes in {path.name} match existing themes by name only:", file=out)
    for match in matches:
        print(f"  {match.line()}", file=out)
    return _confirm("Merge them into those themes (no: add them as new themes)? [y/N] ",
                    "Not importing: some codes match themes by name only and there is no "
                    "terminal to confirm on; read the list above and run again with --yes.")


def _confirm(question: str, refusal: str = "Not writing the export: there is no terminal to "
             "confirm on; read the summary above and run again with --yes.") -> bool:
    if not sys.stdin.isatty():
        raise InputError(refusal)
    try:
        return input(question).strip().lower() in ("y", "yes")
    except EOFError:
        return False


def _file(name: str, suffixes: tuple[str, ...]) -> Path:
    path = Path(name)
    if path.suffix.lower() not in suffixes:
        raise InputError(f"{path.name} must end in {' or '.join(suffixes)}.")
    return path


def _notes(notices: list[str]) -> list[str]:
    return [f"note: {n}" for n in notices]
