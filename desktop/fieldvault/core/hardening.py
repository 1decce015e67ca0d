"""Process hardening and private files: what a crash, another user or a core dump may see.

:func:`harden_process` is called once at start-up by both programs (``fieldvault`` and
``fieldvault-app``), before any secret is read:

* the process is not dumpable (Linux ``prctl(PR_SET_DUMPABLE, 0)``): no core file, and other
  processes of the same user cannot attach a debugger or read ``/proc/PID/mem``;
* the core-file size limit is 0 (soft and hard) on every POSIX system;
* the umask is ``0o077``, so whatever the program or a library writes (SQLite's WAL, temp
  files) is private to the user.

Independently of the umask, the core creates what it writes with explicit private modes
(:func:`private_dir`, :func:`open_private`), so a library caller without the start-up
hardening gets 0700 folders and 0600 files too.

:func:`lock_memory` pins a key buffer in RAM (``mlock``) where the OS allows it, so it is not
written to swap; it is best effort and reports whether it worked.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
UMASK = 0o077
PR_SET_DUMPABLE = 4


@dataclass(frozen=True)
class Hardening:
    """What :func:`harden_process` achieved on this system."""

    not_dumpable: bool
    no_core_files: bool
    umask: int


def harden_process() -> Hardening:
    """Make this process private (see the module docstring). Safe to call more than once."""
    os.umask(UMASK)
    return Hardening(_not_dumpable(), _no_core_files(), UMASK)


def _libc() -> ctypes.CDLL | None:
    if os.name != "posix":
        return None
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
    except OSError:
        return None


def _not_dumpable() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    libc = _libc()
    if libc is None:
        return False
    return int(libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)) == 0


def _no_core_files() -> bool:
    try:
        import resource
    except ImportError:  # Windows: no core files in the POSIX sense
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError):
        return False
    return True


def lock_memory(buffer: bytearray) -> bool:
    """Pin ``buffer``'s pages in RAM (no swap) where allowed; ``True`` if it worked.

    The buffer must not be resized afterwards (key buffers never are: they are zeroed in
    place). Fails quietly under a small ``RLIMIT_MEMLOCK`` or on systems without ``mlock``.
    """
    libc = _libc()
    if libc is None or not buffer:
        return False
    view = (ctypes.c_char * len(buffer)).from_buffer(buffer)
    try:
        address = ctypes.addressof(view)
        return int(libc.mlock(ctypes.c_void_p(address), ctypes.c_size_t(len(buffer)))) == 0
    finally:
        del view


def private_dir(path: Path, exist_ok: bool = False) -> None:
    """``mkdir`` with mode 0700 whatever the umask."""
    path.mkdir(mode=PRIVATE_DIR, exist_ok=exist_ok)
    os.chmod(path, PRIVATE_DIR)


def open_private(path: Path, mode: int = PRIVATE_FILE) -> IO[bytes]:
    """A new file opened for binary writing, created (or truncated) with ``mode``."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        os.fchmod(descriptor, mode)
    except (AttributeError, OSError):  # Windows has no fchmod; the mode there is advisory
        pass
    return os.fdopen(descriptor, "wb")


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all: a private ``.NAME.partial`` beside it,
    synced, then renamed over it. On OSError the partial file is gone and the error raised
    (the caller turns it into its own sentence)."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        with open_private(partial) as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)
        raise


def make_private(path: Path) -> None:
    """Mode 0600 for an existing file someone else's code created (SQLite's database)."""
    os.chmod(path, PRIVATE_FILE)
