"""The ``fieldvault`` command: the core's services for scripts, CI and legal teams.

Contract: a problem with input, files or state prints one sentence to stderr and exits 2;
nothing is half-written. Secrets come from a prompt, ``--passphrase-file`` or the
``FIELDVAULT_PASSPHRASE`` / ``FIELDVAULT_RECOVERY_CODE`` environment variables.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any

from .core.errors import FieldvaultError, InputError

EXIT_USAGE = 2
Handler = Callable[[argparse.Namespace], int]
HANDLERS: dict[str, Handler] = {}


def command(name: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        HANDLERS[name] = fn
        return fn
    return register


# --- secrets and opening --------------------------------------------------------------------


def read_secret(args: argparse.Namespace, prompt: str = "Passphrase: ") -> str:
    if getattr(args, "passphrase_file", None):
        try:
            return Path(args.passphrase_file).read_text("utf-8").rstrip("\r\n")
        except OSError as exc:
            raise InputError(f"Cannot read the passphrase file {args.passphrase_file}: "
                             f"{exc.strerror}.") from exc
    if os.environ.get("FIELDVAULT_PASSPHRASE"):
        return os.environ["FIELDVAULT_PASSPHRASE"]
    return prompt_secret(prompt)


def prompt_secret(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise InputError("No passphrase given: use --passphrase-file or FIELDVAULT_PASSPHRASE.")
    return getpass.getpass(prompt)


def open_from_args(args: argparse.Namespace) -> Any:
    from .core.vault.vault import Passphrase, RecoveryCode, Vault

    path = Path(args.vault)
    if getattr(args, "recovery", False) or os.environ.get("FIELDVAULT_RECOVERY_CODE"):
        code = os.environ.get("FIELDVAULT_RECOVERY_CODE") or prompt_secret("Recovery code: ")
        return Vault.open(path, RecoveryCode(code))
    return Vault.open(path, Passphrase(read_secret(args), getattr(args, "slot", None)))


def emit(args: argparse.Namespace, data: Any, text: Callable[[], str]) -> None:
    if getattr(args, "json", False):
        print(json.dumps(to_jsonable(data), ensure_ascii=False, indent=2))
    else:
        print(text())


def to_jsonable(data: Any) -> Any:
    if is_dataclass(data) and not isinstance(data, type):
        return to_jsonable(asdict(data))
    if hasattr(data, "model_dump"):
        return to_jsonable(data.model_dump())
    if isinstance(data, dict):
        return {str(k): to_jsonable(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [to_jsonable(v) for v in data]
    if isinstance(data, bytes):
        return data.hex()
    return data


def parse_pairs(pairs: Sequence[str] | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for pair in pairs or []:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise InputError(f"'{pair}' is not NAME=VALUE.")
        out[name] = value
    return out


# --- the parser -----------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    from . import cli_commands, cli_export, cli_privacy, cli_refi, cli_review

    parser = argparse.ArgumentParser(prog="fieldvault", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in (cli_commands, cli_refi, cli_review, cli_export, cli_privacy):
        module.add_all(sub)
    return parser


def vault_args(parser: argparse.ArgumentParser, json_flag: bool = True) -> None:
    parser.add_argument("vault", help="the vault folder (NAME.fieldvault)")
    parser.add_argument("--passphrase-file", metavar="PATH", help="read the passphrase here")
    parser.add_argument("--slot", help="the passphrase slot to try (default: each)")
    parser.add_argument("--recovery", action="store_true", help="unlock with the recovery code")
    if json_flag:
        parser.add_argument("--json", action="store_true", help="print JSON")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return HANDLERS[args.command](args)
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


if __name__ == "__main__":  # python -m fieldvault.cli: use the one registered module
    from fieldvault.cli import main as registered_main

    sys.exit(registered_main())
