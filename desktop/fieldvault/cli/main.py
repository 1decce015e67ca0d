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

from fieldvault.cli import analyse, export, privacy, records, refi, review
from fieldvault.cli.common import EXIT_USAGE
from fieldvault.core.errors import FieldvaultError

GROUPS = (records, refi, review, export, privacy, analyse)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fieldvault", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for group in GROUPS:
        group.add_all(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.handler(args)
        return code
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
