"""``fieldvault wipe VAULT``: the panic wipe, after the vault's name is typed back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fieldvault.cli.common import Sub, command, emit
from fieldvault.core.errors import InputError

CONFIRM_FLAG = "--yes-destroy-everything"


def add_all(sub: Sub) -> None:
    p = command(sub, "wipe", run_wipe, help="destroy a vault for good: overwrite and remove "
                                            "its key files, database and inner backups")
    p.add_argument("vault", help="the vault folder (NAME.fieldvault)")
    p.add_argument(CONFIRM_FLAG, dest="confirmed", action="store_true",
                   help="do not ask for the vault's name (for scripts)")
    p.add_argument("--json", action="store_true", help="print JSON")


def run_wipe(args: argparse.Namespace) -> int:
    from fieldvault.core.vault import resolve_path
    from fieldvault.core.wipe import STORAGE_NOTE, is_vault_folder, wipe_vault

    path = resolve_path(Path(args.vault))
    if not is_vault_folder(path):
        raise InputError(f"{path} is not a Fieldvault vault folder; nothing was wiped.")
    if not args.confirmed:
        _confirm(path, STORAGE_NOTE)
    report = wipe_vault(path)
    emit(args, report, lambda: "\n".join([
        f"Wiped {report.vault}: {len(report.key_files)} key file(s) and "
        f"{len(report.other_files)} database file(s) overwritten with random bytes and "
        "removed. The vault cannot be opened any more, with any passphrase or recovery code.",
        *([f"Left in place (not Fieldvault's): {', '.join(report.left)}"] if report.left
          else []),
        report.note]))
    return 0


def confirmation_word(path: Path) -> str:
    return path.name.removesuffix(".fieldvault")


def _confirm(path: Path, note: str) -> None:
    """Ask on the terminal for the vault's name; refuse without one (no silent default)."""
    word = confirmation_word(path)
    if not sys.stdin.isatty():
        raise InputError(f"Wiping needs a confirmation: run it in a terminal, or add "
                         f"{CONFIRM_FLAG}; nothing was wiped.")
    print(f"This destroys the vault {path} for good: every key slot, the recovery code, "
          "the identity key and every record. Nothing can bring it back.", file=sys.stderr)
    print(note, file=sys.stderr)
    answer = input(f"Type the vault's name ({word}) to wipe it: ")
    if answer.strip() != word:
        raise InputError("The name typed does not match; nothing was wiped.")
