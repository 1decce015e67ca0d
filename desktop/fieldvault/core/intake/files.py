"""Reading one file to import: a regular file only, bounded in size, read once into memory.

Symbolic links, FIFOs, devices and folders are refused before anything is read, and the
file is opened with ``O_NOFOLLOW | O_NONBLOCK`` and checked again on its descriptor, so a
swap after the check can neither follow a link nor block on a FIFO. Nothing is copied to
disk: every reader works on the bytes returned here.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from fieldvault.core.errors import InputError

MAX_FILE_BYTES = 128 * 2**20  # far above any interview document


def read_file(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of the regular file ``path`` (at most ``limit``), or one sentence why not."""
    name = path.name
    try:
        info = path.lstat()
    except FileNotFoundError as exc:
        raise InputError(f"There is no file {name} to import.") from exc
    except OSError as exc:
        raise InputError(f"Cannot read {name}: {exc.strerror}.") from exc
    _check_kind(name, info.st_mode)
    if info.st_size > limit:
        raise InputError(f"{name} is larger than {limit // 2**20} MiB, more than any "
                         "interview document; it was not read.")
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as exc:
        raise InputError(f"Cannot read {name}: {exc.strerror}.") from exc
    with os.fdopen(descriptor, "rb") as handle:
        _check_kind(name, os.fstat(handle.fileno()).st_mode)
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"{name} is larger than {limit // 2**20} MiB, more than any "
                         "interview document; it was not read.")
    return data


def _check_kind(name: str, mode: int) -> None:
    if stat.S_ISLNK(mode):
        raise InputError(f"{name} is a symbolic link; choose the file it points to.")
    if stat.S_ISDIR(mode):
        raise InputError(f"{name} is a folder, not a document.")
    if not stat.S_ISREG(mode):
        raise InputError(f"{name} is not a regular file (a FIFO, socket or device); it was "
                         "not read.")
