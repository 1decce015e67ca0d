"""Workbench details: editing the transcript, overlaps, re-theming, recent themes, offsets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from fieldvault.core.records.cases import CaseInput
from fieldvault.core.vault import Passphrase, Vault
from fieldvault.ui.mainwindow import MainWindow
from fieldvault.ui.models.records import CodingListModel
from fieldvault.ui.widgets.picker import ThemePicker
from ui.uihelp import RU_TEXT, close_messages, message_texts, shown, type_committed
from vaulthelp import PASSPHRASE

TEXT = ("Q: Where were you?\nA: In Ussuriysk, at the quarters. 😀 We slept twelve to a room.\n"
        "Q: Wages?\nA: Three months late.")


def open_with_case(qtbot: QtBot, window: MainWindow, vault_path: Path, text: str = TEXT) -> Vault:
    vault = Vault.open(vault_path, Passphrase(PASSPHRASE))
    vault.cases.create(CaseInput("Edit test", text, ["en"], code="C-200"))
    window.attach(vault)
    window.open_case("C-200")
    return vault


def test_editing_the_transcript_saves_a_version_and_reports_lost_codings(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    vault = open_with_case(qtbot, window, vault_path)
    kept_at = TEXT.index("twelve to a room")
    lost_at = TEXT.index("Three months late")
    kept = vault.codings.add("C-200", "living.quarters", kept_at, kept_at + 16)
    lost = vault.codings.add("C-200", "work.arrears", lost_at, lost_at + 17)
    view, bench = window.workbench.view, window.workbench
    assert len(view.extraSelections()) == 2
    qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert view.editing and not view.isReadOnly() and bench.banner.isVisible()
    assert view.extraSelections() == []
    cursor = view.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    view.setTextCursor(cursor)
    qtbot.keyClicks(view, "[corrected] ")
    cursor = view.document().find("Three months late.")
    cursor.insertText("Paid on time, he says.")
    qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not view.editing and view.isReadOnly()
    current = vault.transcripts.current("C-200")
    assert current.version == 2 and current.text.startswith("[corrected] Q: Where")
    after = {c.id: c for c in vault.codings.for_case("C-200")}
    assert current.text[after[kept.id].start:after[kept.id].end] == "twelve to a room"
    assert not after[lost.id].placed
    texts = message_texts()
    assert len(texts) == 1 and "could not be placed" in texts[0]
    assert "Three months late" in texts[0] and "Wage arrears" in texts[0]
    close_messages()
    row = bench.side_model.row_of(lost.id)
    assert row is not None
    assert bench.side_model.index(row, 1).data() == "(could not be placed)"
    assert bench.side_model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "version 2" in bench.header.text()
    assert bench.undo_stack.count() == 0


def test_escape_discards_edits(qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    vault = open_with_case(qtbot, window, vault_path)
    view = window.workbench.view
    qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view, "junk")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.editing and view.toPlainText() == TEXT
    assert vault.transcripts.current("C-200").version == 1


def test_offsets_survive_characters_outside_the_bmp(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    """The emoji takes two UTF-16 positions in Qt but one code point in the core."""
    vault = open_with_case(qtbot, window, vault_path)
    view = window.workbench.view
    start = TEXT.index("We slept")
    view.select_range(start, start + 8)
    assert view.textCursor().selectedText() == "We slept"
    assert view.selection_range() == (start, start + 8)
    assert window.workbench.apply_theme("living.quarters")
    (coding,) = vault.codings.for_case("C-200")
    assert TEXT[coding.start:coding.end] == "We slept"


def test_overlaps_are_blended_and_underlined_and_retheme_is_undoable(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    vault = open_with_case(qtbot, window, vault_path)
    bench, view = window.workbench, window.workbench.view
    a = TEXT.index("In Ussuriysk")
    view.select_range(a, a + 30)
    assert bench.apply_theme("living.quarters")
    view.select_range(a + 16, a + 45)
    assert bench.apply_theme("work.wages")
    pieces = [(s.cursor.selectionStart(), s.cursor.selectionEnd(), s.format.underlineStyle())
              for s in view.extraSelections()]
    wave = pieces[1][2]
    assert [(p[0], p[1]) for p in pieces] == [(a, a + 16), (a + 16, a + 30), (a + 30, a + 46)]
    assert wave != pieces[0][2] and pieces[0][2] == pieces[2][2]  # only the overlap is marked
    assert "Ctrl+1 Wages" in bench.note.text()
    # Ctrl+1 re-applies the most recent theme to a new selection
    view.select_range(0, 2)
    qtbot.keyClick(view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert sorted(c.theme_id for c in vault.codings.for_case("C-200")) == [
        "living.quarters", "work.wages", "work.wages"]
    # change the theme of one coding through the picker, in Russian, then undo it
    first = next(c for c in vault.codings.for_case("C-200") if c.theme_id == "living.quarters")
    bench._select_in_side(first.id)
    qtbot.keyClick(view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    picker = shown(ThemePicker)[0]
    type_committed(picker.query, "задержка")
    assert picker.model.theme_id(0) == "work.arrears"
    qtbot.keyClick(picker.query, Qt.Key.Key_Return)
    assert vault.codings.get(first.id).theme_id == "work.arrears"
    bench.undo_stack.undo()
    assert vault.codings.get(first.id).theme_id == "living.quarters"


def test_side_list_follows_the_visible_text(qtbot: QtBot, window: MainWindow,
                                            vault_path: Path) -> None:
    long_text = "\n".join([RU_TEXT] * 60)
    vault = open_with_case(qtbot, window, vault_path, long_text)
    head = vault.codings.add("C-200", "work.arrears", 0, 7)
    tail = vault.codings.add("C-200", "work.arrears", len(long_text) - 7, len(long_text))
    window.resize(900, 500)
    bench = window.workbench
    bench.view.verticalScrollBar().setValue(0)
    model: CodingListModel = bench.side_model
    assert model.row_of(head.id) is not None and model.row_of(tail.id) is None
    bench.view.verticalScrollBar().setValue(bench.view.verticalScrollBar().maximum())
    assert model.row_of(head.id) is None and model.row_of(tail.id) is not None
    bench.show_all.setChecked(True)
    assert model.row_of(head.id) is not None and model.row_of(tail.id) is not None


def test_applying_without_a_selection_explains_instead(qtbot: QtBot, window: MainWindow,
                                                       vault_path: Path) -> None:
    vault = open_with_case(qtbot, window, vault_path)
    qtbot.keyClick(window.workbench.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert shown(ThemePicker) == []
    assert "Select a passage first" in window.workbench.note.text()
    assert vault.codings.for_case("C-200") == []
