"""The second half of a lock, off the UI thread: keep the drafts, then close the vault.

:meth:`MainWindow.lock <fieldvault.ui.mainwindow.MainWindow.lock>` does on the UI thread
what a person sees: it reads the unsaved work out of the editors, empties every page, closes
the dialogs and clears the clipboard, lets go of the session and shows the unlock page. What
waits for the disk runs here, on one plain thread per lock: the drafts are written into the
vault (one write transaction, synced to disk) and the vault is closed (its connections
closed; the key zeroed). On a vault of 50,000 interviews the two took 120-560 ms of the UI
thread (bench/ui_lag.py, phase 'lock').

The WAL is folded into the database by a checkpoint statement before the connections close.
Closing the last connection would do it too, but the SQLite binding closes a connection
while holding the interpreter lock, so its write and disk sync would stop every Python
thread, the UI thread too (533 ms measured beside a 1 GB vault copied just before); a
statement releases the lock while SQLite works, and the close then has nothing to write.

Threading contract:

- :meth:`VaultCloser.start` runs on the UI thread after the window has dropped every page,
  model and its session: from then on only the closing thread uses that :class:`Vault`, and
  nothing the window holds refers to it (the thread's own frame does, until it ends).
- :attr:`VaultCloser.finished` is emitted on the UI thread once the key is zeroed, with the
  sentence of the error that kept the drafts from being written ("" when they were kept).
  :attr:`VaultCloser.busy` stays true until then: the window does not open a vault again
  before the drafts of the last lock are in it.
- :meth:`VaultCloser.wait` blocks the calling thread until every closing started so far has
  ended; quitting calls it (the drafts are written before the app ends) and so does a wipe
  before it touches a file.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal

from fieldvault.core.errors import FieldvaultError
from fieldvault.core.records.drafts import DraftNote
from fieldvault.core.vault import Vault


class VaultCloser(QObject):
    finished = Signal(str)  # on the UI thread: "" or why the drafts could not be kept
    _ended = Signal(str)  # from the closing thread, queued to the UI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running = 0  # closings started whose end the UI thread has not seen yet
        self._threads: list[threading.Thread] = []
        self._ended.connect(self._end, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        """True from :meth:`start` until :attr:`finished` is emitted (UI thread)."""
        return self._running > 0

    def start(self, vault: Vault, notes: list[DraftNote]) -> None:
        """Write ``notes`` into ``vault``, then lock it, on a new thread (UI thread)."""
        self._running += 1
        self._threads = [t for t in self._threads if t.is_alive()]
        thread = threading.Thread(target=self._close, args=(vault, notes),
                                  name="fieldvault-lock")
        self._threads.append(thread)
        thread.start()

    def wait(self) -> None:
        """Block until every closing started so far has ended (any thread)."""
        for thread in list(self._threads):
            thread.join()

    def _close(self, vault: Vault, notes: list[DraftNote]) -> None:  # closing thread
        problem = ""
        try:
            problem = _keep(vault, notes)
            _fold_wal(vault)
        finally:
            vault.lock()  # also when keeping failed: the key never outlives the lock
            try:
                self._ended.emit(problem)
            except RuntimeError:  # the window is gone (the app ended): nobody listens
                pass

    def _end(self, problem: str) -> None:  # UI thread
        self._running -= 1
        self.finished.emit(problem)


def _keep(vault: Vault, notes: list[DraftNote]) -> str:
    """Write the drafts; the error's sentence when that failed, else ""."""
    try:
        vault.drafts.keep(notes)
    except FieldvaultError as exc:
        return str(exc)
    return ""


def _fold_wal(vault: Vault) -> None:
    """Checkpoint before closing (see the module's note); if it cannot, the close does it.
    Passive: a reader still running (a cancelled search) is not waited for."""
    try:
        vault.checkpoint(passive=True)
    except FieldvaultError:
        pass
