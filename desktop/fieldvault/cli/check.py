"""``fieldvault check VAULT``: what is damaged, and which backup to use."""

from __future__ import annotations

import argparse
import os
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from fieldvault.cli.common import Sub, command, emit, prompt_secret, read_secret, vault_args

if TYPE_CHECKING:
    from fieldvault.core.check import CheckReport

EXIT_DAMAGED = 3


def add_all(sub: Sub) -> None:
    p = command(sub, "check", run_check, help="check a vault's pages, structure, audit chain "
                                              "and key files")
    vault_args(p)


def run_check(args: argparse.Namespace) -> int:
    """Exit 0 when nothing is damaged, 3 when something is (like ``audit --verify``)."""
    from fieldvault.core.check import check_vault
    from fieldvault.core.vault import Passphrase, RecoveryCode

    if args.recovery or os.environ.get("FIELDVAULT_RECOVERY_CODE"):
        code = os.environ.get("FIELDVAULT_RECOVERY_CODE") or prompt_secret("Recovery code: ")
        report = check_vault(Path(args.vault), RecoveryCode(code))
    else:
        report = check_vault(Path(args.vault), Passphrase(read_secret(args), args.slot))
    emit(args, {**asdict(report), "ok": report.ok}, lambda: _text(report))
    return 0 if report.ok else EXIT_DAMAGED


def _text(report: CheckReport) -> str:
    lines = [f"Checked {report.vault}:"]
    lines += [f"  {'ok ' if f.ok else 'BAD'}  {f.part}: {f.detail}" for f in report.findings]
    if report.backups:
        lines.append("Copies in backups/: " + ", ".join(report.backups))
    lines.append(("Result: " if report.ok else "What to do: ") + report.advice)
    return "\n".join(lines)
