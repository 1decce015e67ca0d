"""Locking keeps unsaved memo text and transcript edits (encrypted) and the open case."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from fieldvault.core.records.cases import CaseInput
from fieldvault.core.records.codebook import CodebookService, ThemeNode
from fieldvault.core.records.drafts import DraftService
from fieldvault.core.vault import Passphrase, Vault
from fieldvault.ui.mainwindow import MainWindow
from vaulthelp import PASSPHRASE

MEMO_WORDS = "QXLOCKMEMO says the quota doubled"
EDIT_WORDS = "QXLOCKEDIT "
TEXT = "First line of the interview.\nSecond line about the plan.\nThird line."


def _on_disk(folder: Path, marker: str) -> list[str]:
    forms = [marker.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    return [p.name for p in folder.rglob("*") if p.is_file()
            and any(form in p.read_bytes() for form in forms)]


def _unlock_by_keys(qtbot: QtBot, window: MainWindow, after_lock: bool = True) -> None:
    """Unlock and wait until the drafts are back (the event-loop turn after the unlock) and,
    after a lock, until the kept place is removed from the vault (a worker's write)."""
    page = window.unlock_page
    assert window.stack.currentWidget() is page
    page.secret.setFocus()
    qtbot.keyClicks(page.secret, PASSPHRASE)
    signals = [window.drafts.restored] + ([window.drafts.discarded] if after_lock else [])
    with qtbot.waitSignals(signals, timeout=10_000):
        qtbot.keyClick(page.secret, Qt.Key.Key_Return)
    assert window.session is not None


def _open_case(qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    assert window.prepare_unlock(vault_path)
    _unlock_by_keys(qtbot, window, after_lock=False)
    assert window.session is not None
    window.session.vault.cases.create(CaseInput("Lock test", TEXT, ["en"], code="C-0501"))
    window.open_case("C-0501")


def test_ctrl_l_keeps_a_memo_draft_and_unlock_brings_it_back(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    _open_case(qtbot, window, vault_path)
    bench = window.workbench
    cursor = bench.view.textCursor()
    cursor.setPosition(TEXT.index("Second"))
    bench.view.setTextCursor(cursor)
    editor = bench.case_memos.editor
    editor.setFocus()
    qtbot.keyClicks(editor, MEMO_WORDS)
    qtbot.keyPress(editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session is None and editor.toPlainText() == ""
    assert _on_disk(vault_path, "QXLOCKMEMO") == []
    assert _on_disk(vault_path.parent, "QXLOCKMEMO") == []  # settings too

    _unlock_by_keys(qtbot, window)
    assert window.tabs.currentWidget() is bench and bench.code == "C-0501"
    assert bench.view.textCursor().position() == TEXT.index("Second")
    assert editor.toPlainText() == MEMO_WORDS and editor.document().isModified()
    assert "not saved yet" in bench.note.text()
    vault = window.session.vault  # type: ignore[union-attr]
    assert [n.kind for n in vault.drafts.kept()] == ["memo"]
    qtbot.mouseClick(bench.case_memos.add_button, Qt.MouseButton.LeftButton)
    assert [m.text for m in vault.memos.for_target("case", "C-0501")] == [MEMO_WORDS]
    assert vault.drafts.kept() == []


def test_transcript_edits_come_back_in_edit_mode_and_escape_drops_the_draft(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    _open_case(qtbot, window, vault_path)
    bench = window.workbench
    bench.view.setFocus()
    qtbot.keyClick(bench.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert bench.view.editing
    bench.view.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(bench.view, EDIT_WORDS)
    qtbot.keyPress(bench.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session is None and not bench.view.editing
    assert _on_disk(vault_path, "QXLOCKEDIT") == []

    _unlock_by_keys(qtbot, window)
    assert bench.code == "C-0501" and bench.view.editing
    assert bench.view.edited_text() == EDIT_WORDS + TEXT
    assert bench.view.document().isModified() and bench.save_action.isEnabled()
    assert bench.view.textCursor().position() == len(EDIT_WORDS)
    vault = window.session.vault  # type: ignore[union-attr]
    assert [n.kind for n in vault.drafts.kept()] == ["transcript"]
    bench.view.setFocus()
    qtbot.keyClick(bench.view, Qt.Key.Key_Escape)
    assert not bench.view.editing and bench.view.toPlainText() == TEXT
    assert vault.drafts.kept() == []
    qtbot.keyPress(bench.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    _unlock_by_keys(qtbot, window)
    assert not bench.view.editing and bench.code == "C-0501"


def test_saved_transcript_edits_are_not_restored_again(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    _open_case(qtbot, window, vault_path)
    bench = window.workbench
    bench.view.setFocus()
    qtbot.keyClick(bench.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(bench.view, EDIT_WORDS)
    qtbot.keyPress(bench.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    _unlock_by_keys(qtbot, window)
    qtbot.keyClick(bench.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    vault = window.session.vault  # type: ignore[union-attr]
    assert vault.transcripts.current("C-0501").text.startswith(EDIT_WORDS)
    assert vault.drafts.kept() == []


def test_the_idle_lock_keeps_a_coding_memo_draft_too(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    _open_case(qtbot, window, vault_path)
    vault = window.session.vault  # type: ignore[union-attr]
    theme = next(n.theme.id for n in vault.codebook.tree() if n.depth == 1)
    coding = vault.codings.add("C-0501", theme, 0, 10)
    bench = window.workbench
    bench.show_all.setChecked(True)
    bench.side.selectRow(bench.side_model.row_of(coding.id))
    editor = bench.coding_memos.editor
    editor.setFocus()
    qtbot.keyClicks(editor, MEMO_WORDS)
    window.idle.set_timeout_ms(50)  # the idle timer runs out with no further input
    qtbot.waitUntil(lambda: window.session is None, timeout=5_000)
    window.idle.set_timeout_ms(60_000)
    _unlock_by_keys(qtbot, window)
    assert bench.current_coding() is not None and bench.current_coding().id == coding.id
    assert editor.toPlainText() == MEMO_WORDS and bench.memo_tabs.currentWidget() is \
        bench.coding_memos
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    vault = window.session.vault  # type: ignore[union-attr]
    assert vault.drafts.kept() == []  # emptied by hand: thrown away


def test_quitting_keeps_the_draft_and_older_edits_are_flagged(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    _open_case(qtbot, window, vault_path)
    bench = window.workbench
    bench.view.setFocus()
    qtbot.keyClick(bench.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(bench.view, EDIT_WORDS)
    window.close()  # quitting locks, and locking keeps the edits
    assert window.session is None
    vault = Vault.open(vault_path, Passphrase(PASSPHRASE))
    try:
        assert [(n.kind, n.text) for n in vault.drafts.kept()][1] == ("transcript",
                                                                     EDIT_WORDS + TEXT)
        vault.transcripts.save_version("C-0501", TEXT + "\nA later line.")  # elsewhere
    finally:
        vault.lock()
    window.show()
    assert window.prepare_unlock(vault_path)
    _unlock_by_keys(qtbot, window)
    assert bench.view.editing and bench.view.edited_text() == EDIT_WORDS + TEXT
    assert ("made on version 1; the case is now at version 2" in bench.note.text())


def test_unlock_reads_on_workers_and_reopens_the_case_after_attaching(
        qtbot: QtBot, window: MainWindow, vault_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _open_case(qtbot, window, vault_path)
    threads: list[threading.Thread] = []
    original = DraftService.discard

    def noted(service: DraftService, draft_id: str) -> bool:
        threads.append(threading.current_thread())
        return original(service, draft_id)

    monkeypatch.setattr(DraftService, "discard", noted)
    tree_threads: list[threading.Thread] = []
    tree = CodebookService.tree

    def tree_noted(service: CodebookService) -> list[ThemeNode]:
        tree_threads.append(threading.current_thread())
        return tree(service)

    monkeypatch.setattr(CodebookService, "tree", tree_noted)
    open_when_unlocked: list[str | None] = []
    window.cases.table.setFocus()
    qtbot.keyPress(window.cases.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    unlocked = window._unlocked

    def unlocked_noting(opened: tuple[Vault, list[object]]) -> None:
        unlocked(opened)  # type: ignore[arg-type]
        open_when_unlocked.append(window.workbench.code)

    monkeypatch.setattr(window, "_unlocked", unlocked_noting)
    _unlock_by_keys(qtbot, window)
    assert open_when_unlocked == [None]  # the pages attached; the case came back a turn later
    assert window.workbench.code == "C-0501"
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert tree_threads and all(t is not threading.main_thread() for t in tree_threads)
    assert window.session is not None and window.session.vault.drafts.kept() == []
