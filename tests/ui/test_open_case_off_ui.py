"""A case opened from a table (Return) or a search hit is read on a worker and then shown
exactly as before; a later choice, a lock or a change written meanwhile is respected."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fieldvault.core.attachments.service import AttachmentService
from fieldvault.core.records.cases import CaseInput, CaseService
from fieldvault.core.records.memos import MemoService
from fieldvault.core.records.review import ReviewService
from fieldvault.core.records.transcripts import TranscriptService
from fieldvault.core.vault import Passphrase, Vault
from fieldvault.ui.mainwindow import MainWindow
from fieldvault.ui.pages import workbench
from fieldvault.ui.pages.workbench_reading import CaseReading
from ui.uihelp import close_messages, wait_message
from vaulthelp import PASSPHRASE

sys.path.insert(0, str(Path(__file__).parents[1] / "core" / "attachments"))  # mediakit
import mediakit  # noqa: E402

TEXT = "Q: Where were you?\nA: In Ussuriysk, at the quarters.\nQ: Wages?\nA: Three months late."
OTHER = "Q: And the passports?\nA: The deputy kept them in his safe."


def _window_with_cases(window: MainWindow, vault_path: Path, tmp_path: Path) -> Vault:
    vault = Vault.open(vault_path, Passphrase(PASSPHRASE))
    vault.cases.create(CaseInput("Quarters", TEXT, ["en"], code="C-301"))
    vault.cases.create(CaseInput("Passports", OTHER, ["en"], code="C-302"))
    at = TEXT.index("Three months")
    vault.codings.add("C-301", "work.arrears", at, at + 17)
    vault.memos.add("case", "C-301", "Asked twice about the wages.")
    vault.attachments.add("C-301", mediakit.wav(tmp_path / "talk.wav", mediakit.pcm(2.0)))
    window.attach(vault)
    return vault


def _press_return_on(qtbot: QtBot, window: MainWindow, code: str) -> None:
    qtbot.waitUntil(lambda: window.cases.model.rowCount() == 2, timeout=10_000)
    assert window.cases.select(code)
    qtbot.keyClick(window.cases.table, Qt.Key.Key_Return)


def _threads_reading(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    """The threads that call the services the workbench reads a case through."""
    seen: list[threading.Thread] = []
    for service, name in ((CaseService, "get"), (TranscriptService, "current"),
                          (ReviewService, "visible_codings"), (ReviewService, "verdicts"),
                          (MemoService, "for_target"), (AttachmentService, "list")):
        original = getattr(service, name)

        def noted(*args: Any, _original: Callable[..., Any] = original) -> Any:
            seen.append(threading.current_thread())
            return _original(*args)

        monkeypatch.setattr(service, name, noted)
    return seen


def test_return_on_a_case_row_reads_the_case_on_a_worker_and_shows_all_of_it(
        qtbot: QtBot, window: MainWindow, vault_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _window_with_cases(window, vault_path, tmp_path)
    seen = _threads_reading(monkeypatch)
    _press_return_on(qtbot, window, "C-301")
    bench = window.workbench
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is bench, timeout=10_000)
    assert seen and all(t is not threading.main_thread() for t in seen)
    assert bench.code == "C-301" and bench.view.toPlainText() == TEXT
    assert bench.header.text().startswith("C-301 — Quarters (version 1,")
    assert [(c.theme_id, c.text) for c in bench.codings] == [("work.arrears",
                                                               "Three months late")]
    assert len(bench.view.extraSelections()) == 1
    assert [bench.case_memos.model.row(r).text
            for r in range(bench.case_memos.model.rowCount())] == [
        "Asked twice about the wages."]
    assert bench.attachments.code == "C-301" and bench.attachments.model.rowCount() == 1
    assert bench.view.hasFocus()


def test_the_last_case_chosen_wins_and_a_lock_drops_a_reading_on_its_way(
        qtbot: QtBot, window: MainWindow, vault_path: Path, tmp_path: Path) -> None:
    _window_with_cases(window, vault_path, tmp_path)
    _press_return_on(qtbot, window, "C-301")
    window.tabs.setCurrentWidget(window.cases)
    window.cases.table.setFocus()
    _press_return_on(qtbot, window, "C-302")
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)  # both readings back
    assert window.workbench.code == "C-302" and window.workbench.view.toPlainText() == OTHER

    window.tabs.setCurrentWidget(window.cases)
    window.cases.table.setFocus()
    _press_return_on(qtbot, window, "C-301")
    window.lock()
    qtbot.waitUntil(lambda: not window.runner.busy and not window.closer.busy,
                    timeout=10_000)
    assert window.workbench.code is None and window.workbench.view.toPlainText() == ""
    assert window.stack.currentWidget() is window.unlock_page


def test_a_change_written_while_the_case_is_read_is_shown_too(
        qtbot: QtBot, window: MainWindow, vault_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    vault = _window_with_cases(window, vault_path, tmp_path)
    read = workbench.read_case
    at = OTHER.index("deputy")

    def read_then_code(opened: Vault, code: str, attachments: bool = True) -> CaseReading:
        reading = read(opened, code, attachments)
        if threading.current_thread() is not threading.main_thread():
            opened.codings.add("C-302", "work.arrears", at, at + 6)  # just after the read
        return reading

    monkeypatch.setattr(workbench, "read_case", read_then_code)
    _press_return_on(qtbot, window, "C-302")
    bench = window.workbench
    qtbot.waitUntil(lambda: bench.code == "C-302", timeout=10_000)
    assert [c.text for c in bench.codings] == ["deputy"]
    assert [c.text for c in vault.codings.for_case("C-302")] == ["deputy"]


def test_a_case_gone_before_it_is_read_is_said_in_a_dialog(
        qtbot: QtBot, window: MainWindow, vault_path: Path, tmp_path: Path) -> None:
    _window_with_cases(window, vault_path, tmp_path)
    window.activate_case("C-999")
    assert "There is no case C-999" in wait_message(qtbot)
    close_messages()
    assert window.workbench.code is None and window.tabs.currentWidget() is window.cases
