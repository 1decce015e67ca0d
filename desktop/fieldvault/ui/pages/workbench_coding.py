"""The workbench's coding actions: applying, changing and removing themes on passages of
the transcript and on segments of its recordings, each an undoable step of the page's
history (:class:`~fieldvault.ui.pages.workbench_history.UndoHistory`), and the theme
picker they open. UI thread only. Strings keep the ``WorkbenchPage`` translation context
they had before this part moved out of ``workbench.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QLabel, QTabWidget

from fieldvault.core.attachments.segments import AudioSegment
from fieldvault.core.errors import FieldvaultError
from fieldvault.core.records.codings import CodingView
from fieldvault.core.store.models import Theme
from fieldvault.ui import undo
from fieldvault.ui.messages import show_error
from fieldvault.ui.models.records import position_text
from fieldvault.ui.models.themes import display_name
from fieldvault.ui.pages.workbench_history import UndoHistory
from fieldvault.ui.widgets.ime import commit_composition
from fieldvault.ui.widgets.picker import ThemePicker

if TYPE_CHECKING:
    from fieldvault.ui.widgets.memo_panel import MemoPanel

RECENT_THEMES = 9
INVIVO_NAME = 80  # characters of the selection kept as an in-vivo theme's name


class CodingActions(UndoHistory):
    """The coding part of :class:`~fieldvault.ui.pages.workbench.WorkbenchPage` (its
    base); the page provides the attributes and methods declared here."""

    themes: list[Theme]
    recent: list[str]
    picker: ThemePicker | None
    note: QLabel
    memo_tabs: QTabWidget
    case_memos: MemoPanel
    coding_memos: MemoPanel

    def current_coding(self) -> CodingView | None:
        raise NotImplementedError

    def current_segment(self) -> AudioSegment | None:
        raise NotImplementedError

    def _play(self, milliseconds: int, attachment_id: str | None = None,
              until: int | None = None) -> None:
        raise NotImplementedError

    def _remember(self, theme_id: str) -> None:
        """Put ``theme_id`` first among the recent themes (Ctrl+1..9)."""
        self.recent = [theme_id] + [t for t in self.recent if t != theme_id][:RECENT_THEMES - 1]

    def _theme_label(self, theme_id: str) -> str:
        for theme in self.themes:
            if theme.id == theme_id:
                return display_name(theme)
        return theme_id

    def _open_picker(self, prompt: str, on_chosen: Callable[[str], object]) -> ThemePicker:
        picker = ThemePicker(self.themes, prompt, self)
        picker.chosen.connect(on_chosen)
        picker.create_requested.connect(lambda name: self._create_then(name, "own", on_chosen))
        picker.destroyed.connect(lambda *_: setattr(self, "picker", None))
        self.picker = picker
        rect = self.view.cursorRect()
        picker.popup(self.view.viewport().mapToGlobal(rect.bottomLeft() + QPoint(0, 4)))
        return picker

    def pick_theme(self) -> ThemePicker | None:
        commit_composition(self.view)
        span = self.view.selection_range()
        if span is None:
            self.note.setText(QCoreApplication.translate(
                "WorkbenchPage", "Select a passage first, then apply a theme (Ctrl+T)."))
            return None
        prompt = QCoreApplication.translate("WorkbenchPage",
                                            "Apply a theme to the selected passage")
        return self._open_picker(prompt, lambda theme_id: self.apply_theme(theme_id, span))

    def apply_theme(self, theme_id: str, span: tuple[int, int] | None = None) -> bool:
        commit_composition(self.view)
        span = span or self.view.selection_range()
        if self.session is None or self.code is None or span is None:
            return False
        codings = self.session.vault.codings
        label = self._theme_label(theme_id)
        place = self._place()
        if not self._push(lambda: undo.add_coding(codings, place, theme_id, *span,
                                                  label, self._undo_failed)):
            return False
        self._remember(theme_id)
        self.note.setText(QCoreApplication.translate(
            "WorkbenchPage", "Coded as {theme}. Recent themes: {recent}").format(
            theme=label, recent="  ".join(f"Ctrl+{n + 1} {self._theme_label(t)}"
                                          for n, t in enumerate(self.recent[:4]))))
        return True

    def code_dropped(self, theme_id: str, code: str, start: int, end: int) -> bool:
        """A passage dragged from the transcript and dropped on a theme (Codebook page)."""
        if self.session is None or self.view.editing:
            return False
        if code != self.code:
            self.open_case(code)
        return self.apply_theme(theme_id, (start, end))

    def code_in_vivo(self) -> bool:
        """Make a theme named with the selected words and code the selection with it."""
        commit_composition(self.view)
        span = self.view.selection_range()
        if self.session is None or self.code is None or span is None:
            self.note.setText(QCoreApplication.translate(
                "WorkbenchPage",
                "Select the words that name the new theme first, then press Ctrl+Shift+V."))
            return False
        name = " ".join(self.view.text[span[0]:span[1]].split())[:INVIVO_NAME]
        return self._create_then(name, "invivo", lambda theme_id: self.apply_theme(theme_id,
                                                                                  span))

    def _create_then(self, name: str, prefix: str, then: Callable[[str], object]) -> bool:
        """Add a top-level theme ``name`` (id ``prefix.N``), then ``then(theme_id)``."""
        if self.session is None:
            return False
        taken = {node.theme.id for node in self.session.theme_tree()}
        theme_id = next(f"{prefix}.{n}" for n in range(1, len(taken) + 2)
                        if f"{prefix}.{n}" not in taken)
        try:
            self.session.vault.codebook.add(theme_id, name)
        except FieldvaultError as exc:
            show_error(self, exc)
            return False
        self.themes = [node.theme for node in self.session.theme_tree()]
        return bool(then(theme_id))

    def apply_recent(self, number: int) -> None:
        if number < len(self.recent):
            self.apply_theme(self.recent[number])

    def pick_retheme(self) -> ThemePicker | None:
        segment = self.current_segment()
        if segment is not None:
            prompt = QCoreApplication.translate("WorkbenchPage",
                                                "New theme for this audio segment")
            return self._open_picker(
                prompt, lambda theme_id: self.retheme_segment(segment.id, theme_id))
        coding = self.current_coding()
        if coding is None:
            self.note.setText(QCoreApplication.translate(
                "WorkbenchPage", "Select a coding in the list first."))
            return None
        prompt = QCoreApplication.translate("WorkbenchPage", "New theme for this coding")
        return self._open_picker(prompt, lambda theme_id: self.retheme(coding.id, theme_id))

    def retheme(self, coding_id: str, theme_id: str) -> bool:
        if self.session is None:
            return False
        codings, place, label = self.session.vault.codings, self._place(), \
            self._theme_label(theme_id)
        if not self._push(lambda: undo.retheme_coding(codings, place, coding_id, theme_id,
                                                      label, self._undo_failed)):
            return False
        self.note.setText(QCoreApplication.translate(
            "WorkbenchPage", "Coding changed to {theme}.").format(theme=label))
        return True

    def remove_current(self) -> bool:
        segment = self.current_segment()
        if segment is not None:
            return self.uncode_segment(segment)
        coding = self.current_coding()
        if self.session is None or coding is None:
            return False
        codings, place = self.session.vault.codings, self._place()
        if not self._push(lambda: undo.remove_coding(codings, place, coding.id,
                                                     self._undo_failed)):
            return False
        self.note.setText(QCoreApplication.translate(
            "WorkbenchPage", "Removed the coding “{text}” ({theme}).").format(
            text=coding.text[:40], theme=self._theme_label(coding.theme_id)))
        return True

    # --- coded audio segments (undoable like text codings) -----------------------------------

    def play_segment(self, segment: AudioSegment) -> None:
        """Play a coded segment from its start to its end (Attachments tab)."""
        self._play(segment.start_ms, segment.attachment_id, until=segment.end_ms)

    def code_segment(self, attachment_id: str, theme_id: str, start: int,
                     end: int) -> AudioSegment | None:
        """Code a span of a recording (marked in the attachments panel), undoably."""
        if self.session is None:
            return None
        segments, label = self.session.vault.attachments.segments, self._theme_label(theme_id)
        if not self._push(lambda: undo.add_segment(segments, attachment_id, theme_id, start,
                                                   end, label, self._undo_failed)):
            return None
        step = self.undo_stack.command(self.undo_stack.index() - 1)
        assert isinstance(step, undo.AddSegment)
        self._remember(theme_id)
        return step.added

    def uncode_segment(self, segment: AudioSegment) -> bool:
        if self.session is None:
            return False
        segments = self.session.vault.attachments.segments
        if not self._push(lambda: undo.remove_segment(segments, segment, self._undo_failed)):
            return False
        self.note.setText(QCoreApplication.translate(
            "WorkbenchPage", "Removed the audio segment {start} – {end} ({theme}).").format(
            start=position_text(segment.start_ms), end=position_text(segment.end_ms),
            theme=self._theme_label(segment.theme_id)))
        return True

    def retheme_segment(self, segment_id: str, theme_id: str) -> bool:
        if self.session is None:
            return False
        segments, label = self.session.vault.attachments.segments, self._theme_label(theme_id)
        if not self._push(lambda: undo.retheme_segment(segments, segment_id, theme_id, label,
                                                       self._undo_failed)):
            return False
        self.note.setText(QCoreApplication.translate(
            "WorkbenchPage", "Audio segment changed to {theme}.").format(theme=label))
        return True
