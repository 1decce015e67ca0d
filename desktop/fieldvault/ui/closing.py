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
  nothing the window holds refers to it (the closer keeps an event per closing, not the
  thread, whose arguments hold the vault until it ends).
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
        self._ends: list[threading.Event] = []  # one per closing, set once the key is zeroed
        self._ended.connect(self._end, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        """True from :meth:`start` until :attr:`finished` is emitted (UI thread)."""
        return self._running > 0

    def start(self, vault: Vault, notes: list[DraftNote]) -> None:
        """Write ``notes`` into ``vault``, then lock it, on a new thread (UI thread)."""
        self._running += 1
        ended = threading.Event()
        self._ends = [e for e in self._ends if not e.is_set()] + [ended]
        # not a daemon: the interpreter waits for it even if the app ends without the window
        threading.Thread(target=self._close, args=(vault, notes, ended),
                         name="fieldvault-lock").start()

    def wait(self) -> None:
        """Block until every closing started so far has zeroed its key (any thread)."""
        for ended in list(self._ends):
            ended.wait()

    def _close(self, vault: Vault, notes: list[DraftNote],
               ended: threading.Event) -> None:  # closing thread
        problem = ""
        try:
            problem = _keep(vault, notes)
            _fold_wal(vault)
        finally:
            try:
                vault.lock()  # also when keeping failed: the key never outlives the lock
            finally:
                ended.set()
                self._announce(problem)

    def _announce(self, problem: str) -> None:  # closing thread
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
