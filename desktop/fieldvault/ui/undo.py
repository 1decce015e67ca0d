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

from fieldvault.core.attachments.segments import AudioSegment, SegmentService
from fieldvault.core.errors import FieldvaultError, Refused
from fieldvault.core.records.codings import CodingService
from fieldvault.core.store.models import AudioCoding, Coding

ErrorSink = Callable[[FieldvaultError], None]


class Place:
    """Where a command's offsets belong: a case and its transcript version."""

    def __init__(self, case_code: str, version: int) -> None:
        self.case_code, self.version = case_code, version


class Step(QUndoCommand):
    """An undoable write of one case (``case_code``): performed before it is pushed, so its
    first ``redo`` does nothing; later failures go to ``on_error`` and make it obsolete."""

    def __init__(self, text: str, on_error: ErrorSink, case_code: str) -> None:
        super().__init__(text)
        self.on_error = on_error
        self.case_code = case_code
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
            self._check()
            action()
        except FieldvaultError as exc:
            self.setObsolete(True)
            self.on_error(exc)

    def _check(self) -> None:
        """Raise to refuse the step before it touches the vault (nothing by default)."""

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class CodingCommand(Step):
    def __init__(self, codings: CodingService, text: str, on_error: ErrorSink,
                 place: Place) -> None:
        super().__init__(text, on_error, place.case_code)
        self.codings = codings
        self.version = place.version

    def _check(self) -> None:
        self._check_version()

    def _check_version(self) -> None:
        current = self.codings.vault.transcripts.current(self.case_code).version
        if current != self.version:
            raise Refused(QCoreApplication.translate(
                "Undo", "Case {code} has a newer transcript version than this step "
                "(“{step}”), so it cannot be undone or redone any more.").format(
                code=self.case_code, step=self.text()))


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


# --- coded audio segments (no transcript version: a span of a recording, in milliseconds) ---

class SegmentCommand(Step):
    def __init__(self, segments: SegmentService, text: str, on_error: ErrorSink,
                 case_code: str) -> None:
        super().__init__(text, on_error, case_code)
        self.segments = segments


class AddSegment(SegmentCommand):
    """Pushed after ``segments.add``; undo removes, redo restores the same id."""

    def __init__(self, segments: SegmentService, added: AudioSegment, theme_label: str,
                 on_error: ErrorSink) -> None:
        super().__init__(segments, QCoreApplication.translate(
            "Undo", "Code segment as {theme}").format(theme=theme_label), on_error,
            added.case_code)
        self.added = added
        self.stored = segments.get(added.id)

    def apply(self) -> None:
        self.segments.restore(self.stored)

    def revert(self) -> None:
        self.segments.remove(self.stored.id)


class RemoveSegment(SegmentCommand):
    def __init__(self, segments: SegmentService, stored: AudioCoding, case_code: str,
                 on_error: ErrorSink) -> None:
        super().__init__(segments, QCoreApplication.translate("Undo", "Remove audio segment"),
                         on_error, case_code)
        self.stored = stored

    def apply(self) -> None:
        self.segments.remove(self.stored.id)

    def revert(self) -> None:
        self.segments.restore(self.stored)


class RethemeSegment(SegmentCommand):
    def __init__(self, segments: SegmentService, segment: AudioSegment, old_theme: str,
                 theme_label: str, on_error: ErrorSink) -> None:
        super().__init__(segments, QCoreApplication.translate(
            "Undo", "Re-theme segment as {theme}").format(theme=theme_label), on_error,
            segment.case_code)
        self.segment_id, self.old_theme, self.new_theme = segment.id, old_theme, segment.theme_id

    def apply(self) -> None:
        self.segments.retheme(self.segment_id, self.new_theme)

    def revert(self) -> None:
        self.segments.retheme(self.segment_id, self.old_theme)


def add_segment(segments: SegmentService, attachment_id: str, theme_id: str, start_ms: int,
                end_ms: int, theme_label: str, on_error: ErrorSink) -> AddSegment:
    added = segments.add(attachment_id, theme_id, start_ms, end_ms)
    return AddSegment(segments, added, theme_label, on_error)


def remove_segment(segments: SegmentService, segment: AudioSegment,
                   on_error: ErrorSink) -> RemoveSegment:
    stored = segments.get(segment.id)
    segments.remove(segment.id)
    return RemoveSegment(segments, stored, segment.case_code, on_error)


def retheme_segment(segments: SegmentService, segment_id: str, new_theme: str,
                    theme_label: str, on_error: ErrorSink) -> RethemeSegment:
    old_theme = segments.get(segment_id).theme_id
    changed = segments.retheme(segment_id, new_theme)
    return RethemeSegment(segments, changed, old_theme, theme_label, on_error)
