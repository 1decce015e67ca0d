"""The ``fieldvault`` command: the core's services for scripts, CI and legal teams.

Contract: a problem with input, files or state prints one sentence to stderr and exits 2;
nothing is half-written. Each command group's module adds its parsers and binds their
handlers in one place (:func:`fieldvault.cli.common.command`).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from fieldvault.cli import (
    analyse,
    attachments,
    audio,
    check,
    export,
    privacy,
    records,
    refi,
    review,
    segments,
    wipe,
)
from fieldvault.cli.common import EXIT_USAGE
from fieldvault.core.errors import FieldvaultError
from fieldvault.core.hardening import harden_process
from fieldvault.version import VersionAction

GROUPS = (records, refi, review, export, privacy, analyse, segments, check, wipe, attachments,
          audio)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fieldvault", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action=VersionAction)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for group in GROUPS:
        group.add_all(sub)
    return parser


EXIT_PIPE = 141  # 128 + SIGPIPE


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. If whoever reads stdout stops early (``fieldvault ... | head -1``),
    stop quietly with 141 (128 + SIGPIPE, what a shell reports for ``yes | head -1``).
    As the program's entry (``argv`` None) the process is hardened first; in-process
    callers passing ``argv`` (tests, scripts) keep their own settings."""
    if argv is None:
        harden_process()
    try:
        try:
            args = build_parser().parse_args(argv)
        except SystemExit:  # --help, or a usage error already printed
            sys.stdout.flush()
            raise
        code = _run(args)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        return _reader_gone()


def _reader_gone() -> int:
    """Point stdout at the null device so the interpreter's last flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # stdout has no file descriptor (embedded or replaced)
        pass
    return EXIT_PIPE


def _run(args: argparse.Namespace) -> int:
    try:
        code: int = args.handler(args)
        return code
    except BrokenPipeError:
        raise
    except FieldvaultError as exc:
        print(f"fieldvault: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("fieldvault: interrupted; nothing was written.", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: say so in one line, keep details for debugging
        if os.environ.get("FIELDVAULT_DEBUG"):
            raise
        print(f"fieldvault: internal error ({type(exc).__name__}); set FIELDVAULT_DEBUG=1 "
              "for details.", file=sys.stderr)
        return 1
