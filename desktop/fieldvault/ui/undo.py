"""Undoable coding actions for QUndoStack.

Each action is performed once *before* its command is pushed (so a refusal from the core is
shown as a message and nothing lands on the stack); the command's first ``redo`` is then a
no-op. Later undo/redo calls go to the core again; a failure there (say the case was deleted
meanwhile) is reported through ``on_error`` and the command is marked obsolete (QUndoStack
then drops it).

One stack serves the whole vault session, across cases: each command knows its case and the
transcript version its offsets belong to. Once that case has a newer transcript version, the
command refuses (reported, and dropped) instead of writing offsets of the old text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from fieldvault.core.errors import FieldvaultError, Refused
from fieldvault.core.records.codings import CodingService
from fieldvault.core.store.models import Coding

ErrorSink = Callable[[FieldvaultError], None]


class Place:
    """Where a command's offsets belong: a case and its transcript version."""

    def __init__(self, case_code: str, version: int) -> None:
        self.case_code, self.version = case_code, version


class CodingCommand(QUndoCommand):
    def __init__(self, codings: CodingService, text: str, on_error: ErrorSink,
                 place: Place) -> None:
        super().__init__(text)
        self.codings = codings
        self.on_error = on_error
        self.case_code, self.version = place.case_code, place.version
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._guard(self.apply)

    def undo(self) -> None:
        self._guard(self.revert)

    def _guard(self, action: Callable[[], None]) -> None:
        try:
            self._check_version()
            action()
        except FieldvaultError as exc:
            self.setObsolete(True)
            self.on_error(exc)

    def _check_version(self) -> None:
        current = self.codings.vault.transcripts.current(self.case_code).version
        if current != self.version:
            raise Refused(QCoreApplication.translate(
                "Undo", "Case {code} has a newer transcript version than this step "
                "(“{step}”), so it cannot be undone or redone any more.").format(
                code=self.case_code, step=self.text()))

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class AddCoding(CodingCommand):
    """Pushed after ``codings.add`` succeeded; undo removes, redo restores the same id."""

    def __init__(self, codings: CodingService, added: Coding, theme_label: str,
                 on_error: ErrorSink, place: Place) -> None:
        super().__init__(codings, QCoreApplication.translate(
                "Undo", "Code as {theme}").format(theme=theme_label), on_error, place)
        self.coding = codings.get(added.id)

    def apply(self) -> None:
        self.codings.restore(self.coding)

    def revert(self) -> None:
        self.codings.remove(self.coding.id)


class RemoveCoding(CodingCommand):
    """Pushed after ``codings.remove``; undo puts the stored coding back."""

    def __init__(self, codings: CodingService, removed: Coding, on_error: ErrorSink,
                 place: Place) -> None:
        super().__init__(codings, QCoreApplication.translate("Undo", "Remove coding"), on_error,
                         place)
        self.coding = removed

    def apply(self) -> None:
        self.codings.remove(self.coding.id)

    def revert(self) -> None:
        self.codings.restore(self.coding)


class RethemeCoding(CodingCommand):
    def __init__(self, codings: CodingService, coding_id: str, old_theme: str, new_theme: str,
                 theme_label: str, on_error: ErrorSink, place: Place) -> None:
        super().__init__(codings, QCoreApplication.translate(
                "Undo", "Re-theme as {theme}").format(theme=theme_label), on_error, place)
        self.coding_id, self.old_theme, self.new_theme = coding_id, old_theme, new_theme

    def apply(self) -> None:
        self.codings.retheme(self.coding_id, self.new_theme)

    def revert(self) -> None:
        self.codings.retheme(self.coding_id, self.old_theme)


def add_coding(codings: CodingService, place: Place, theme_id: str, start: int, end: int,
               theme_label: str, on_error: ErrorSink) -> AddCoding:
    added = codings.add(place.case_code, theme_id, start, end)
    return AddCoding(codings, added, theme_label, on_error, place)


def remove_coding(codings: CodingService, place: Place, coding_id: str,
                  on_error: ErrorSink) -> RemoveCoding:
    stored = codings.get(coding_id)
    codings.remove(coding_id)
    return RemoveCoding(codings, stored, on_error, place)


def retheme_coding(codings: CodingService, place: Place, coding_id: str, new_theme: str,
                   theme_label: str, on_error: ErrorSink) -> RethemeCoding:
    old_theme = codings.get(coding_id).theme_id
    codings.retheme(coding_id, new_theme)
    return RethemeCoding(codings, coding_id, old_theme, new_theme, theme_label, on_error, place)
