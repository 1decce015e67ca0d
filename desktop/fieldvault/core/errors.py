"""Errors the user may see. Every message is one plain sentence: what went wrong and where.

The CLI prints ``str(error)`` and exits 2; the app shows it in a dialog. Never put secrets,
passphrases or case text into a message.
"""

from __future__ import annotations

import json


def excerpt(text: object, limit: int = 40) -> str:
    """At most ``limit`` characters of a rejected value, quoted, anything unusual escaped:
    the most of a value a message may show (it may be a name or a whole interview)."""
    value = str(text)
    quoted = json.dumps(value[:limit], ensure_ascii=True)
    return quoted if len(value) <= limit else quoted[:-1] + '..."'


class FieldvaultError(Exception):
    """Base class for failures caused by input, files or state, not by bugs."""


class WrongSecret(FieldvaultError):
    """A passphrase or recovery code did not open any slot."""


class RecoveryCodeTypo(WrongSecret):
    """A recovery code that fails its own checksum, so it was mistyped; where, when known.

    ``group`` and ``place`` count from 1 over the nine groups of four as printed (None when
    the typo cannot be pinned to one group); ``problem`` is ``"wrong"`` (a character
    differs), ``"missing"``, ``"extra"`` or ``"foreign"`` (a character no code uses, kept in
    ``char``), or ``"length"`` when the count of characters is off by more than one.
    """

    def __init__(self, message: str, problem: str, group: int | None = None,
                 place: int | None = None, char: str = "", length: int = 0) -> None:
        super().__init__(message)
        self.problem, self.group, self.place = problem, group, place
        self.char, self.length = char, length


class KeyFileError(FieldvaultError):
    """The key-slot file is missing, damaged, altered or belongs elsewhere."""


class VaultFileError(FieldvaultError):
    """The vault folder or its database is missing, damaged or does not match its keys."""


class SchemaTooNew(FieldvaultError):
    """The vault was written by a newer Fieldvault."""


class VaultLocked(FieldvaultError):
    """An operation was attempted on a locked vault."""


class InputError(FieldvaultError):
    """A file, argument or value supplied by the user is invalid."""


class NotFound(FieldvaultError):
    """A case, theme, person or slot named by the user does not exist."""


class Refused(FieldvaultError):
    """The operation is not allowed in the current state (for example a last slot)."""
