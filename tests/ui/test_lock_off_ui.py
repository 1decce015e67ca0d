"""Locking empties the window before it returns; the drafts are written and the key zeroed
on the closing thread just after (fieldvault.ui.closing); an unlock waits for them."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QPlainTextEdit, QTextEdit
from pytestqt.qtbot import QtBot

from fieldvault.core.errors import FieldvaultError
from fieldvault.core.records.cases import CaseInput
from fieldvault.core.records.codebook import ThemeNode
from fieldvault.core.records.drafts import DraftNote, DraftService
from fieldvault.core.store import connection
from fieldvault.core.vault import Unlock, Vault
from fieldvault.ui import mainwindow
from fieldvault.ui.mainwindow import MainWindow
from ui.uihelp import reachable
from vaulthelp import PASSPHRASE

WORDS = "QXOFFUIWORDS the brigade leader kept the passports"
MEMO = "QXOFFUIMEMO asked about the quota"


def _cells(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    found: list[str] = []
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            found.append(str(index.data()))
            if column == 0 and model.hasChildren(index):
                found += _cells(model, index)
    return found


def texts_in(window: MainWindow) -> list[str]:
    """Every text any widget of the window holds: labels, fields, editors, table cells."""
    texts: list[str] = []
    for line in window.findChildren(QLineEdit):
        texts.append(line.text())
    for label in window.findChildren(QLabel):
        texts.append(label.text())
    for editor in window.findChildren(QPlainTextEdit) + window.findChildren(QTextEdit):
        texts.append(editor.toPlainText())
    for view in window.findChildren(QAbstractItemView):
        if view.model() is not None:
            texts += _cells(view.model())
    return texts



def _unlock_by_keys(qtbot: QtBot, window: MainWindow) -> None:
    page = window.unlock_page
    assert window.stack.currentWidget() is page
    page.secret.setFocus()
    qtbot.keyClicks(page.secret, PASSPHRASE)
    with qtbot.waitSignals([window.drafts.restored, window.drafts.discarded],
                           timeout=20_000):
        qtbot.keyClick(page.secret, Qt.Key.Key_Return)
    assert window.session is not None


def _open_with_memo(qtbot: QtBot, window: MainWindow, vault_path: Path) -> Vault:
    """Unlock, open a case whose text carries a marker and type a memo (not saved)."""
    assert window.prepare_unlock(vault_path)
    page = window.unlock_page
    qtbot.keyClicks(page.secret, PASSPHRASE)
    with qtbot.waitSignal(window.drafts.restored, timeout=20_000):
        qtbot.keyClick(page.secret, Qt.Key.Key_Return)
    assert window.session is not None
    vault = window.session.vault
    vault.cases.create(CaseInput("Off the UI thread", WORDS + "\nSecond line.", ["en"],
                                 code="C-0601"))
    window.open_case("C-0601")
    editor = window.workbench.case_memos.editor
    editor.setFocus()
    qtbot.keyClicks(editor, MEMO)
    assert any("QXOFFUI" in text for text in texts_in(window))
    return vault


def _threads_of(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[threading.Thread]]:
    """Note which thread keeps the drafts and which closes the vault."""
    seen: dict[str, list[threading.Thread]] = {"keep": [], "lock": []}
    keep, lock = DraftService.keep, Vault.lock

    def keep_noted(service: DraftService, notes: list[DraftNote]) -> None:
        seen["keep"].append(threading.current_thread())
        keep(service, notes)

    def lock_noted(vault: Vault) -> None:
        seen["lock"].append(threading.current_thread())
        lock(vault)

    monkeypatch.setattr(DraftService, "keep", keep_noted)
    monkeypatch.setattr(Vault, "lock", lock_noted)
    return seen


def test_ctrl_l_empties_the_window_then_keeps_the_draft_and_zeroes_the_key_off_the_ui(
        qtbot: QtBot, window: MainWindow, vault_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    vault = _open_with_memo(qtbot, window, vault_path)
    key = vault.data_key  # the very bytes the vault holds
    assert any(key)
    seen = _threads_of(monkeypatch)
    editor = window.workbench.case_memos.editor
    with qtbot.waitSignal(window.closer.finished, timeout=20_000) as ended:
        qtbot.keyPress(editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert window.session is None and window.stack.currentWidget() is window.unlock_page
        assert not [text for text in texts_in(window) if "QXOFFUI" in text]
        assert all(page.session is None for page in window.pages())
        assert not reachable(window, vault) and not reachable(window, key)
    assert ended.args == [""]
    assert vault.locked and key == bytearray(len(key))
    assert seen["keep"] and seen["lock"]
    assert all(t is not threading.main_thread() for t in seen["keep"] + seen["lock"])
    _unlock_by_keys(qtbot, window)
    assert window.workbench.code == "C-0601" and editor.toPlainText() == MEMO


def test_an_unlock_waits_until_the_last_lock_has_written_its_drafts(
        qtbot: QtBot, window: MainWindow, vault_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    vault = _open_with_memo(qtbot, window, vault_path)
    opened: list[Path] = []
    open_for_pages = mainwindow._open_for_pages

    def noted(path: Path, unlock: Unlock) -> tuple[Vault, list[ThemeNode]]:
        opened.append(path)
        return open_for_pages(path, unlock)

    monkeypatch.setattr(mainwindow, "_open_for_pages", noted)
    holder = connection.connect(vault_path / "vault.db", bytearray(vault.data_key))
    holder.execute("BEGIN IMMEDIATE")  # another writer: the draft write has to wait
    try:
        editor = window.workbench.case_memos.editor
        qtbot.keyPress(editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert window.session is None and window.stack.currentWidget() is window.unlock_page
        assert window.closer.busy and not vault.locked  # the write waits for the holder
        key = vault.data_key
        assert reachable(vault, key)  # (the search reaches what it should)
        assert not reachable(window, vault) and not reachable(window, key)
        page = window.unlock_page
        started: list[object] = []
        run = window.runner.run
        monkeypatch.setattr(window.runner, "run", lambda *args: started.append(args) or run(
            *args))
        qtbot.keyClicks(page.secret, PASSPHRASE)
        qtbot.keyClick(page.secret, Qt.Key.Key_Return)
        assert not page.secret.isEnabled()  # busy, but no job opens the vault yet
        assert started == [] and window.session is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with qtbot.waitSignals([window.drafts.restored, window.drafts.discarded],
                           timeout=20_000):
        pass  # the draft is written, the vault closed, then the waiting unlock goes on
    assert vault.locked and window.session is not None and opened == [vault_path]
    assert window.workbench.code == "C-0601" and editor.toPlainText() == MEMO


def test_a_draft_that_cannot_be_kept_is_said_and_the_key_is_zeroed_anyway(
        qtbot: QtBot, window: MainWindow, vault_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    vault = _open_with_memo(qtbot, window, vault_path)
    key = vault.data_key

    def refuse(_service: DraftService, _notes: list[DraftNote]) -> None:
        raise FieldvaultError("The disk is full.")

    monkeypatch.setattr(DraftService, "keep", refuse)
    editor = window.workbench.case_memos.editor
    with qtbot.waitSignal(window.closer.finished, timeout=20_000):
        qtbot.keyPress(editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert vault.locked and key == bytearray(len(key))
    assert window.unlock_page.problem.text() == (
        "Unsaved work could not be kept: The disk is full.")
