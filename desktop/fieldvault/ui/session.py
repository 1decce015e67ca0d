"""The open vault as the UI sees it: the core :class:`Vault` plus a Qt change signal.

The core calls subscribers on the writing thread; :attr:`VaultSession.changed` is emitted
through a queued hop when that is not the UI thread, so views always refresh on the UI
thread. Views receive the session and read services from it; nothing here is global.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal

from fieldvault.core.errors import VaultLocked
from fieldvault.core.records.codebook import ThemeNode
from fieldvault.core.vault import Change, Vault

# writes that change nothing a page shows: the drafts kept across a lock
UNSHOWN = ("draft.",)


def _nothing() -> None:
    pass


class VaultSession(QObject):
    changed = Signal(object)  # Change, on the UI thread
    locked = Signal()
    _relay = Signal(object)

    def __init__(self, vault: Vault, demo: bool = False, parent: QObject | None = None,
                 tree: list[ThemeNode] | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = vault
        self.path: Path = vault.path
        self.demo = demo
        self._tree: list[ThemeNode] | None = tree  # given: read on the unlock worker
        self._relay.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = vault.subscribe(self._on_change)

    def _on_change(self, change: Change) -> None:  # any thread
        if QThread.currentThread() == self.thread():
            self._deliver(change)
        else:
            self._relay.emit(change)

    def _deliver(self, change: Change) -> None:
        if change.action.startswith(UNSHOWN):
            return  # no page shows it: refreshing them (the case table!) would be wasted
        self._tree = None  # coding counts or themes may have changed
        self.changed.emit(change)

    def theme_tree(self) -> list[ThemeNode]:
        """The codebook with coding counts, fetched once per change (pages share it)."""
        if self._tree is None:
            self._tree = self.vault.codebook.tree()
        return self._tree

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            raise VaultLocked("The vault is locked; unlock it first.")
        return self._vault

    @property
    def is_open(self) -> bool:
        return self._vault is not None

    @property
    def name(self) -> str:
        return self.path.name.removesuffix(".fieldvault")

    def lock(self) -> None:
        """Close the vault (zeroes its key) and tell the views. Idempotent."""
        vault = self.release()
        if vault is not None:
            vault.lock()

    def release(self) -> Vault | None:
        """Let go of the vault without closing it and tell the views; the caller closes it
        (the main window does on its closing thread, see :mod:`fieldvault.ui.closing`).
        None when it was let go already."""
        if self._vault is None:
            return None
        vault, self._vault = self._vault, None
        self._tree = None
        unsubscribe, self._unsubscribe = self._unsubscribe, _nothing  # it refers to the vault
        unsubscribe()
        self.locked.emit()
        return vault
