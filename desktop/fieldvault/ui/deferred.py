"""Loads a page's data when the page is on screen, not when the vault is unlocked.

Unlocking attaches every page at once. A page whose data costs a query over every coding or
attribute (Review, Agreement, Analysis, People, Retrieve's filters) would otherwise fetch it
on unlock, on the UI thread or on a worker whose garbage collections hold the interpreter
lock, and keep it in memory although the user may never open that page. With
:class:`WhenShown` the page asks for a load; it runs at once if the page is visible and
otherwise the next time the page is shown (a tab chosen, the window shown).

Threading: UI thread only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class WhenShown(QObject):
    """Runs ``load`` for ``page`` now if it is visible, else on its next show."""

    def __init__(self, page: QWidget, load: Callable[[], object]) -> None:
        super().__init__(page)
        self._page = page
        self._load = load
        self.pending = False
        page.installEventFilter(self)

    def request(self) -> None:
        """Load now if the page is visible; otherwise remember to load when it is shown."""
        if self._page.isVisible():
            self.pending = False
            self._load()
        else:
            self.pending = True

    def flush(self) -> None:
        """Run a load still waiting for the page to be shown (an action needs its data)."""
        if self.pending:
            self.pending = False
            self._load()

    def cancel(self) -> None:
        """Forget a load that has not run yet (the vault was locked)."""
        self.pending = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._page and event.type() == QEvent.Type.Show and self.pending:
            self.pending = False
            self._load()
        return False
