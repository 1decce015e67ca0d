"""Coding without the mouse: select with keys, code, recode, uncode, in-vivo; undo across cases.

Every step is a real key event on the focused widget; results are read back from the vault.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldvault.core.records.cases import CaseInput
from fieldvault.core.vault import Passphrase, Vault
from fieldvault.ui.mainwindow import MainWindow
from fieldvault.ui.widgets.picker import ThemePicker
from ui.uihelp import close_messages, message_texts, shown
from vaulthelp import PASSPHRASE

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
TEXT = ("Q: Where were you?\nA: In Ussuriysk, at the quarters. We slept twelve to a room. "
        "Nobody paid.\nQ: Wages?\nA: Three months late.")
OTHER = "Q: And the plan?\nA: Two hundred and forty dollars a month."


def open_cases(window: MainWindow, vault_path: Path) -> Vault:
    vault = Vault.open(vault_path, Passphrase(PASSPHRASE))
    vault.cases.create(CaseInput("Keyboard", TEXT, ["en"], code="K-101"))
    vault.cases.create(CaseInput("Other", OTHER, ["en"], code="K-102"))
    window.attach(vault)
    window.open_case("K-101")
    return vault


def keys(qtbot: QtBot, widget: object, key: Qt.Key, times: int = 1,
         modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    for _ in range(times):
        qtbot.keyClick(widget, key, modifier)


def pick(qtbot: QtBot, typed: str) -> None:
    picker = shown(ThemePicker)[0]
    assert picker.query.hasFocus()
    qtbot.keyClicks(picker.query, typed)
    qtbot.keyClick(picker.query, Qt.Key.Key_Return)


def coded(vault: Vault, code: str) -> list[tuple[str, str]]:
    return [(c.theme_id, c.text) for c in vault.codings.for_case(code)]


def test_the_transcript_takes_focus_and_is_selected_with_shift_arrows(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    vault = open_cases(window, vault_path)
    view = window.workbench.view
    assert view.focusPolicy() == Qt.FocusPolicy.StrongFocus and view.hasFocus()
    keys(qtbot, view, Qt.Key.Key_Home, modifier=CTRL)
    keys(qtbot, view, Qt.Key.Key_Down)
    keys(qtbot, view, Qt.Key.Key_Home)
    keys(qtbot, view, Qt.Key.Key_Right, 6)  # past "A: In "
    keys(qtbot, view, Qt.Key.Key_Right, 9, SHIFT)
    assert view.textCursor().selectedText() == "Ussuriysk"
    keys(qtbot, view, Qt.Key.Key_T, modifier=CTRL)
    pick(qtbot, "quarters")
    assert coded(vault, "K-101") == [("living.quarters", "Ussuriysk")]
    assert window.workbench.note.text().startswith("Coded as Company quarters")


def test_sentence_and_paragraph_at_the_cursor_are_coded_from_the_keyboard(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    vault = open_cases(window, vault_path)
    view = window.workbench.view
    keys(qtbot, view, Qt.Key.Key_Home, modifier=CTRL)
    keys(qtbot, view, Qt.Key.Key_Down)
    keys(qtbot, view, Qt.Key.Key_Right, 40)  # inside "We slept twelve to a room."
    keys(qtbot, view, Qt.Key.Key_S, modifier=CTRL | SHIFT)
    assert view.textCursor().selectedText() == "We slept twelve to a room."
    keys(qtbot, view, Qt.Key.Key_T, modifier=CTRL)
    pick(qtbot, "quarters")
    keys(qtbot, view, Qt.Key.Key_Down, 3)  # onto "A: Three months late."
    keys(qtbot, view, Qt.Key.Key_P, modifier=CTRL | SHIFT)
    assert view.textCursor().selectedText() == "Three months late."
    keys(qtbot, view, Qt.Key.Key_T, modifier=CTRL)
    pick(qtbot, "arrears")
    assert sorted(coded(vault, "K-101")) == [("living.quarters", "We slept twelve to a room."),
                                           ("work.arrears", "Three months late.")]
    # a recent theme by number, on the next paragraph selected by keys
    keys(qtbot, view, Qt.Key.Key_Up)
    keys(qtbot, view, Qt.Key.Key_P, modifier=CTRL | SHIFT)
    keys(qtbot, view, Qt.Key.Key_2, modifier=CTRL)  # Ctrl+2: the second most recent theme
    assert ("living.quarters", "Wages?") in coded(vault, "K-101")


def test_the_coding_under_the_cursor_is_recoded_and_uncoded_from_the_keyboard(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    vault = open_cases(window, vault_path)
    at = TEXT.index("Nobody paid.")
    coding = vault.codings.add("K-101", "work.wages", at, at + 12)
    bench, view = window.workbench, window.workbench.view
    keys(qtbot, view, Qt.Key.Key_Home, modifier=CTRL)
    keys(qtbot, view, Qt.Key.Key_Down)
    keys(qtbot, view, Qt.Key.Key_End)
    keys(qtbot, view, Qt.Key.Key_Left, 4)  # inside "Nobody paid.", no selection
    current = bench.current_coding()
    assert current is not None and current.id == coding.id
    assert view.focused == coding.id
    keys(qtbot, view, Qt.Key.Key_T, modifier=CTRL | SHIFT)
    pick(qtbot, "arrears")
    assert coded(vault, "K-101") == [("work.arrears", "Nobody paid.")]
    assert bench.note.text() == "Coding changed to Wage arrears."
    assert view.hasFocus()
    keys(qtbot, view, Qt.Key.Key_Delete)
    assert coded(vault, "K-101") == []
    assert "Removed the coding" in bench.note.text()
    keys(qtbot, view, Qt.Key.Key_Z, modifier=CTRL)
    assert coded(vault, "K-101") == [("work.arrears", "Nobody paid.")]


def test_in_vivo_makes_a_theme_from_the_selected_words_and_codes_them(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    vault = open_cases(window, vault_path)
    view = window.workbench.view
    keys(qtbot, view, Qt.Key.Key_Home, modifier=CTRL)
    keys(qtbot, view, Qt.Key.Key_Down)
    keys(qtbot, view, Qt.Key.Key_Right, 40)
    keys(qtbot, view, Qt.Key.Key_S, modifier=CTRL | SHIFT)
    keys(qtbot, view, Qt.Key.Key_V, modifier=CTRL | SHIFT)
    theme = vault.codebook.get("invivo.1")
    assert theme.name_en == "We slept twelve to a room." and theme.parent_id is None
    assert coded(vault, "K-101") == [("invivo.1", "We slept twelve to a room.")]
    assert theme.color not in {n.theme.color for n in vault.codebook.tree()
                               if n.theme.id != "invivo.1"}
    keys(qtbot, view, Qt.Key.Key_V, modifier=CTRL | SHIFT)  # same words again: a second theme
    assert vault.codebook.get("invivo.2").name_en == "We slept twelve to a room."


def test_one_undo_history_across_cases(qtbot: QtBot, window: MainWindow,
                                       vault_path: Path) -> None:
    vault = open_cases(window, vault_path)
    bench, view = window.workbench, window.workbench.view
    assert not bench.undo_action.isEnabled() and not bench.redo_action.isEnabled()
    keys(qtbot, view, Qt.Key.Key_Z, modifier=CTRL)
    assert bench.note.text() == "Nothing to undo."
    keys(qtbot, view, Qt.Key.Key_Home, modifier=CTRL)
    keys(qtbot, view, Qt.Key.Key_Right, 3)
    keys(qtbot, view, Qt.Key.Key_S, modifier=CTRL | SHIFT)
    keys(qtbot, view, Qt.Key.Key_T, modifier=CTRL)
    pick(qtbot, "quarters")
    assert coded(vault, "K-101") == [("living.quarters", "Where were you?")]
    assert bench.undo_action.isEnabled() and bench.undo_action.text() == "Undo"
    assert bench.undo_action.toolTip() == "Undo Code as Company quarters (Ctrl+Z)"
    window.open_case("K-102")
    assert bench.code == "K-102" and bench.undo_stack.count() == 1 and bench.undo_action.isEnabled()
    keys(qtbot, view, Qt.Key.Key_Z, modifier=CTRL)
    assert bench.code == "K-101"  # the step's case was opened to undo it there
    assert coded(vault, "K-101") == []
    assert bench.note.text() == "Undone in case K-101: Code as Company quarters."
    assert "Coded as" not in bench.note.text()
    assert not bench.undo_action.isEnabled() and bench.redo_action.isEnabled()
    keys(qtbot, view, Qt.Key.Key_Z, modifier=CTRL)
    assert bench.note.text() == "Nothing to undo."
    window.open_case("K-102")
    keys(qtbot, view, Qt.Key.Key_Z, modifier=CTRL | SHIFT)
    assert bench.code == "K-101" and coded(vault, "K-101") == [("living.quarters",
                                                            "Where were you?")]
    assert bench.note.text() == "Redone in case K-101: Code as Company quarters."
    keys(qtbot, view, Qt.Key.Key_Z, modifier=CTRL | SHIFT)
    assert bench.note.text() == "Nothing to redo."
    keys(qtbot, view, Qt.Key.Key_L, modifier=CTRL)  # lock drops the history
    qtbot.waitUntil(lambda: window.session is None)
    assert bench.undo_stack.count() == 0
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()


def test_a_step_of_a_case_with_a_newer_version_refuses_and_is_dropped(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    vault = open_cases(window, vault_path)
    bench, view = window.workbench, window.workbench.view
    at = TEXT.index("Three months")
    view.select_range(at, at + 12)
    assert bench.apply_theme("work.arrears")
    window.open_case("K-102")
    vault.transcripts.save_version("K-101", "[checked] " + TEXT)
    keys(qtbot, view, Qt.Key.Key_Z, modifier=CTRL)
    texts = message_texts()
    assert len(texts) == 1 and "newer transcript version" in texts[0]
    close_messages()
    assert coded(vault, "K-101") == [("work.arrears", "Three months")]  # untouched
    assert bench.undo_stack.count() == 0 and not bench.undo_action.isEnabled()
    assert QApplication.activeModalWidget() is None


def test_ctrl_shift_n_steps_through_overlapping_codings_at_the_cursor(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    vault = open_cases(window, vault_path)
    at = TEXT.index("We slept")
    wide = vault.codings.add("K-101", "living.quarters", at, at + 26)
    narrow = vault.codings.add("K-101", "living.hours", at + 3, at + 8)
    bench, view = window.workbench, window.workbench.view
    keys(qtbot, view, Qt.Key.Key_Home, modifier=CTRL)
    keys(qtbot, view, Qt.Key.Key_Down)
    keys(qtbot, view, Qt.Key.Key_Home)
    keys(qtbot, view, Qt.Key.Key_Right, at + 5 - TEXT.index("A: In"))  # inside both
    first = bench.current_coding()
    assert first is not None and first.id == wide.id
    keys(qtbot, view, Qt.Key.Key_N, modifier=CTRL | SHIFT)
    assert bench.current_coding().id == narrow.id and view.focused == narrow.id
    assert bench.note.text() == "Coding 2 of 2 here: Working hours and rest."
    keys(qtbot, view, Qt.Key.Key_Delete)  # uncodes the one chosen, not the other
    assert [c.id for c in vault.codings.for_case("K-101")] == [wide.id]
    keys(qtbot, view, Qt.Key.Key_N, modifier=CTRL | SHIFT)
    assert bench.current_coding().id == wide.id


def test_the_undo_history_survives_a_change_of_interface_language(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    vault = open_cases(window, vault_path)
    view = window.workbench.view
    at = TEXT.index("Three months")
    view.select_range(at, at + 12)
    assert window.workbench.apply_theme("work.arrears")
    window.open_case("K-102")
    try:
        old = window.workbench
        with qtbot.waitSignal(old.destroyed):  # the old pages go on the next loop turn
            assert window.set_language("ru")
        bench = window.workbench  # a new page, built in Russian
        assert bench.undo_stack.count() == 1 and bench.undo_action.isEnabled()
        assert window.undo_action is bench.undo_action
        vault.transcripts.save_version("K-101", "[checked] " + TEXT)
        qtbot.keyClick(bench.view, Qt.Key.Key_Z, CTRL)  # refused: reported by the new page
        texts = message_texts()
        assert len(texts) == 1 and "K-101" in texts[0]
        close_messages()
        assert coded(vault, "K-101") == [("work.arrears", "Three months")]
        assert bench.undo_stack.count() == 0
        qtbot.keyClick(bench.view, Qt.Key.Key_Z, CTRL)
        assert bench.note.text() == "Нечего отменять."
    finally:
        window.set_language("en")  # the translators are process-wide
