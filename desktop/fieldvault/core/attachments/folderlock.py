"""A lock on the attachments folder shared by every process that opens the vault.

Writers (an attachment being added, a bundle's attachments being staged) hold it *shared*
from the moment their pending ``.ID.partial`` file is created until the row that owns the
sealed file has committed (or the file is gone). A sweep takes it *exclusive* without
waiting: if anyone is writing, in this process or another, it sweeps nothing this time
rather than remove a file whose row is about to commit. So a sweep at open or after a delete
is safe while a second window or the CLI works on the same vault.

POSIX only: ``flock`` on the folder itself (opened read-only), so no lock file appears
beside the sealed files. Where ``fcntl`` is missing (Windows) or the file system refuses
locks, the lock is a no-op and only the in-process lock of the attachment service protects a
sweep.

Threading: one instance per service; :meth:`shared` is re-entrant across threads (a count
of holders keeps one shared lock on one descriptor).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

class FolderLock:
    def __init__(self, folder: Path) -> None:
        self._path = folder
        self._mutex = threading.Lock()
        self._holders = 0
        self._descriptor: int | None = None

    @contextmanager
    def shared(self) -> Iterator[None]:
        """Held while a pending file may exist; waits while a sweep runs (briefly)."""
        with self._mutex:
            if self._holders == 0 and fcntl is not None:
                descriptor = self._open()
                try:
                    fcntl.flock(descriptor, fcntl.LOCK_SH)
                    self._descriptor = descriptor
                except OSError:  # a file system without locks: in-process protection only
                    os.close(descriptor)
                except BaseException:
                    os.close(descriptor)
                    raise
            self._holders += 1
        try:
            yield
        finally:
            with self._mutex:
                self._holders -= 1
                if self._holders == 0 and self._descriptor is not None:
                    os.close(self._descriptor)  # closing releases the lock
                    self._descriptor = None

    @contextmanager
    def exclusive_if_free(self) -> Iterator[bool]:
        """True (and held) if nobody writes now, else False at once."""
        if fcntl is None:
            yield True
            return
        descriptor = self._open()
        try:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                yield False
                return
            except OSError:  # no locks on this file system: as where fcntl is missing
                pass
            yield True
        finally:
            os.close(descriptor)

    def _open(self) -> int:
        return os.open(self._path, os.O_RDONLY)
