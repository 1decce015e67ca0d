"""Keep unsaved work across a lock: read it from the editors, put it back after unlock.

UI thread only. :meth:`DraftKeeper.capture` reads the workbench (open case, tab, cursor and
scroll, transcript edits, memo editor text that differs from the saved memo);
the main window hands the notes to the core (``vault.drafts.keep``) before the vault is
closed. After the next unlock :meth:`DraftKeeper.restore` reopens the case at that place and
puts the texts back into the editors, marked as unsaved. Each restored draft stays in the
vault until it is saved (a ``memo.add``/``memo.edit``/``transcript.save`` change for its
target) or thrown away (Escape on the edits, the memo editor emptied or moved to another
memo), so a crash after unlocking loses nothing either.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance
from PySide6.QtGui import QTextCursor

from fieldvault.core.errors import FieldvaultError
from fieldvault.core.records.drafts import DraftNote
from fieldvault.core.vault import Change
from fieldvault.ui.widgets.memo_panel import MemoPanel

if TYPE_CHECKING:
    from fieldvault.ui.mainwindow import MainWindow
    from fieldvault.ui.pages.workbench import WorkbenchPage


def _selected_memo_id(panel: MemoPanel) -> tuple[str | None, str]:
    rows = panel.table.selectionModel().selectedRows()
    memo = panel.model.row(rows[0].row()) if rows else None
    return (memo.id, memo.text) if memo is not None else (None, "")


def _cursor_of(bench: WorkbenchPage) -> tuple[int, int, int]:
    cursor = bench.view.textCursor()
    return cursor.position(), cursor.anchor(), bench.view.verticalScrollBar().value()


class DraftKeeper(QObject):
    restored = Signal(list)  # kinds put back after an unlock (emitted even when none)
    discarded = Signal(str)  # a draft id whose removal ran on a worker and is done

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.pending: dict[str, DraftNote] = {}  # restored, not yet saved or thrown away
        self._connections: list[tuple[SignalInstance, Callable[..., object]]] = []

    # --- before the lock ------------------------------------------------------------------

    def capture(self) -> list[DraftNote]:
        """What the editors hold now that is not saved, plus where the user is."""
        bench = self.window.workbench
        position, anchor, scroll = _cursor_of(bench)
        notes = [DraftNote("place", bench.code, tab=self.window.tabs.currentIndex(),
                           cursor=position, anchor=anchor, scroll=scroll)]
        if bench.code is None:
            return notes
        edited = bench.view.edited_text()
        if bench.view.editing and edited != bench.view.text:
            notes.append(DraftNote("transcript", bench.code, edited,
                                   base_version=bench.version, cursor=position,
                                   anchor=anchor, scroll=scroll))
        for panel in (bench.case_memos, bench.coding_memos):
            memo_id, saved = _selected_memo_id(panel)
            text = panel.editor.toPlainText()
            if panel.kind and panel.target and text.strip() and text != saved:
                notes.append(DraftNote("memo", bench.code, text, target_kind=panel.kind,
                                       target_id=panel.target, memo_id=memo_id,
                                       cursor=panel.editor.textCursor().position()))
        return notes

    def forget(self) -> None:
        """On lock: stop watching what was restored (the next capture replaces it)."""
        self.pending.clear()
        for signal, slot in self._connections:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass  # the widget was rebuilt (language change) or the signal is gone
        self._connections.clear()

    def _watch(self, signal: SignalInstance, slot: Callable[..., object]) -> None:
        signal.connect(slot)
        self._connections.append((signal, slot))

    # --- after the unlock -----------------------------------------------------------------

    def restore(self, notes: list[DraftNote]) -> list[str]:
        """Reopen the place and fill the editors; return what was restored, as kinds."""
        session = self.window.session
        if session is None:
            return []
        restored: list[str] = []
        place = next((n for n in notes if n.kind == "place"), None)
        if place is not None:
            self._reopen(place)
            self._drop_later(place)
        bench = self.window.workbench
        for note in notes:
            if note.kind == "place" or note.case_code != bench.code:
                continue
            done = self._edits(note) if note.kind == "transcript" else self._memo(note)
            if done:
                self.pending[note.id] = note
                restored.append(note.kind)
        if restored:
            self._watch(session.changed, self._changed)
            self._watch(bench.cancel_action.triggered, self._edits_thrown_away)
            bench.note.setText(self._sentence(restored) + self._moved(notes, bench.version))
        self.restored.emit(restored)
        return restored

    def _moved(self, notes: list[DraftNote], version: int) -> str:
        """A warning when the edits were made on an older version than the one now open."""
        base = next((n.base_version for n in notes if n.kind == "transcript"
                     and n.id in self.pending), None)
        if base is None or base == version:
            return ""
        return " " + self.tr("The edits were made on version {old}; the case is now at "
                             "version {new}, so compare before saving.").format(old=base,
                                                                            new=version)

    def _sentence(self, kinds: list[str]) -> str:
        parts = []
        if "transcript" in kinds:
            parts.append(self.tr("the transcript edits (Ctrl+S saves them, Escape discards "
                                 "them)"))
        if "memo" in kinds:
            parts.append(self.tr("the memo text (Add memo or Save changes keeps it)"))
        return self.tr("Restored from before the lock and not saved yet: {what}.").format(
            what="; ".join(parts))

    def _reopen(self, place: DraftNote) -> None:
        window, bench = self.window, self.window.workbench
        if place.case_code is not None:
            try:
                bench.open_case(place.case_code)
            except FieldvaultError:
                return
        if 0 <= place.tab < window.tabs.count():
            window.tabs.setCurrentIndex(place.tab)
        self._place_cursor(bench, place)

    @staticmethod
    def _place_cursor(bench: WorkbenchPage, note: DraftNote) -> None:
        end = max(0, bench.view.document().characterCount() - 1)
        cursor = bench.view.textCursor()
        cursor.setPosition(min(note.anchor, end))
        cursor.setPosition(min(note.cursor, end), QTextCursor.MoveMode.KeepAnchor)
        bench.view.setTextCursor(cursor)
        bar = bench.view.verticalScrollBar()
        bar.setValue(note.scroll)
        QTimer.singleShot(0, lambda: bar.setValue(note.scroll))  # once laid out

    def _edits(self, note: DraftNote) -> bool:
        bench = self.window.workbench
        bench.start_editing()
        bench.view.setPlainText(note.text)
        bench.view.document().setModified(True)
        self._place_cursor(bench, note)
        return True

    def _memo(self, note: DraftNote) -> bool:
        bench = self.window.workbench
        panel = bench.case_memos if note.target_kind == "case" else bench.coding_memos
        if note.target_kind == "coding" and not self._pick_coding(note.target_id or ""):
            return False
        if (panel.kind, panel.target) != (note.target_kind, note.target_id):
            return False
        if note.memo_id is not None:
            rows = [i for i in range(panel.model.rowCount())
                    if panel.model.row(i).id == note.memo_id]
            if rows:
                panel.table.selectRow(rows[0])
        panel.editor.setPlainText(note.text)
        panel.editor.document().setModified(True)
        bench.memo_tabs.setCurrentWidget(panel)
        self._watch(panel.editor.textChanged, lambda: self._memo_edited(note, panel))
        return True

    def _pick_coding(self, coding_id: str) -> bool:
        bench = self.window.workbench
        if bench.side_model.row_of(coding_id) is None:
            bench.show_all.setChecked(True)
        row = bench.side_model.row_of(coding_id)
        if row is None:
            return False
        bench.side.selectRow(row)
        return True

    # --- removing a draft once it is saved or thrown away ---------------------------------

    def _changed(self, change: Change) -> None:
        for note in list(self.pending.values()):
            if note.kind == "transcript" and change.action == "transcript.save" \
                    and change.target == f"case:{note.case_code}":
                self._drop(note)
            elif note.kind == "memo" and (
                    (change.action == "memo.add"
                     and change.target == f"{note.target_kind}:{note.target_id}")
                    or (change.action == "memo.edit" and note.memo_id is not None
                        and change.target == f"memo:{note.memo_id}")):
                self._drop(note)

    def _edits_thrown_away(self) -> None:
        for note in list(self.pending.values()):
            if note.kind == "transcript":
                self._drop(note)

    def _memo_edited(self, note: DraftNote, panel: MemoPanel) -> None:
        if note.id not in self.pending:
            return
        memo_id, _saved = _selected_memo_id(panel)
        moved = (panel.kind, panel.target, memo_id) != (note.target_kind, note.target_id,
                                                       note.memo_id)
        if moved or not panel.editor.toPlainText().strip():
            self._drop(note)

    def _drop_later(self, note: DraftNote) -> None:
        """Remove a draft on a worker (the write waits for the disk); ``discarded`` tells
        when it is done. A failure is ignored: the next lock replaces every draft."""
        session = self.window.session
        if session is None or not note.id:
            return
        drafts, draft_id = session.vault.drafts, note.id

        def failed(exc: BaseException) -> None:
            self.discarded.emit(draft_id)
            if not isinstance(exc, FieldvaultError):
                raise exc

        self.window.runner.run(lambda _p, _c: drafts.discard(draft_id),
                               lambda _gone: self.discarded.emit(draft_id), failed)

    def _drop(self, note: DraftNote) -> None:
        self.pending.pop(note.id, None)
        session = self.window.session
        if session is None or not note.id:
            return
        try:
            session.vault.drafts.discard(note.id)
        except FieldvaultError:
            pass  # the next lock replaces every draft anyway
