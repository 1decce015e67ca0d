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
from typing import TYPE_CHECKING, Any

from fieldvault.core.errors import InputError

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

EXIT_USAGE = 2
Handler = Callable[[argparse.Namespace], int]
Sub = Any  # argparse's private _SubParsersAction


def command(sub: Sub, name: str, handler: Handler, **kwargs: Any) -> argparse.ArgumentParser:
    """Add the sub-command ``name`` and bind its handler in the same place."""
    parser: argparse.ArgumentParser = sub.add_parser(name, **kwargs)
    parser.set_defaults(handler=handler)
    return parser


def need(value: Any, what: str) -> Any:
    """``value``, or the one-sentence refusal that the action needs ``what``."""
    if not value:
        raise InputError(f"This action needs {what}.")
    return value


# --- secrets and opening --------------------------------------------------------------------


def read_secret(args: argparse.Namespace, prompt: str = "Passphrase: ") -> str:
    if getattr(args, "passphrase_file", None):
        return read_secret_file(args.passphrase_file)
    if os.environ.get("FIELDVAULT_PASSPHRASE"):
        return os.environ["FIELDVAULT_PASSPHRASE"]
    return prompt_secret(prompt)


def read_secret_file(path: str, what: str = "passphrase file") -> str:
    """The first line of a secret file, or one sentence saying why it cannot be read."""
    try:
        return Path(path).read_text("utf-8").rstrip("\r\n")
    except OSError as exc:
        raise InputError(f"Cannot read the {what} {path}: {exc.strerror}.") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"The {what} {path} is not UTF-8 text.") from exc


def prompt_secret(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise InputError("No passphrase given: use --passphrase-file or FIELDVAULT_PASSPHRASE.")
    return getpass.getpass(prompt)


def open_vault(args: argparse.Namespace) -> Vault:
    from fieldvault.core.vault import Passphrase, RecoveryCode, Vault

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


def vault_args(parser: argparse.ArgumentParser, json_flag: bool = True) -> None:
    parser.add_argument("vault", help="the vault folder (NAME.fieldvault)")
    parser.add_argument("--passphrase-file", metavar="PATH", help="read the passphrase here")
    parser.add_argument("--slot", help="the passphrase slot to try (default: each)")
    parser.add_argument("--recovery", action="store_true", help="unlock with the recovery code")
    if json_flag:
        parser.add_argument("--json", action="store_true", help="print JSON")
