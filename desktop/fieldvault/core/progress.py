"""Progress and cancellation for long work (import, detection, export, agreement, search).

The core takes two plain callables and never knows who listens: ``progress(done, total)``
reports steps, ``cancelled()`` is polled between steps and, when it returns True, the work
stops by raising :class:`Cancelled` (or a subclass) with nothing written. Both are called on
the worker's thread; the UI turns them into signals at its edge (``fieldvault.ui.tasks``).
"""

from __future__ import annotations

from collections.abc import Callable

from fieldvault.core.errors import FieldvaultError

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class Cancelled(FieldvaultError):
    """The caller's cancel flag was raised; nothing was written."""


def check(cancel: Cancel | None, message: str) -> None:
    """Raise :class:`Cancelled` with ``message`` if ``cancel`` says so."""
    if cancel is not None and cancel():
        raise Cancelled(message)
