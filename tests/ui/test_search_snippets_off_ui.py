"""The search table's visible snippets are worked out on the worker, not the UI thread.

The hits' ``snippet`` / ``snippet_matches`` properties (where the core computes an excerpt
on first use) are wrapped to record which thread reads them; the search runs through the
real line edit and Return key, the table is painted, and the rows are compared with the
hits the core returns for the same query.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fieldvault.core.records.cases import CaseInput
from fieldvault.core.search.service import SearchResult
from fieldvault.core.vault import Passphrase, Vault
from fieldvault.ui.mainwindow import MainWindow
from fieldvault.ui.models.html import HtmlRole, marked
from ui.uihelp import type_committed
from vaulthelp import PASSPHRASE

CASES = 150


def _filled(window: MainWindow, vault_path: Path) -> Vault:
    vault = Vault.open(vault_path, Passphrase(PASSPHRASE))
    for number in range(CASES):
        filler = " ".join(f"word{(number * 7 + k) % 97}" for k in range(number % 40))
        text = (f"[FICTIONAL] Interview {number}. {filler} Later we were sent to Ussuriysk "
                f"and worked at the port, then Ussuriysk again.\nLine two {number}.")
        vault.cases.create(CaseInput(title=f"Case {number}", transcript=text, languages=["en"],
                                     code=f"S-{number:04d}"))
    window.attach(vault)
    return vault


def _reads_by_thread(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    reads = {"ui": 0, "worker": 0}
    ui_thread = threading.main_thread()
    for name in ("snippet", "snippet_matches"):
        original = getattr(SearchResult, name)

        def counted(hit: SearchResult, _get: Any = original.fget) -> Any:
            reads["ui" if threading.current_thread() is ui_thread else "worker"] += 1
            return _get(hit)

        monkeypatch.setattr(SearchResult, name, property(counted))
    return reads


def _visible_rows(window: MainWindow) -> range:
    table = window.search.table
    last = table.rowAt(table.viewport().height() - 1)
    return range(table.rowAt(0), (window.search.model.rowCount() - 1 if last < 0 else last) + 1)


def _row(window: MainWindow, row: int) -> tuple[Any, ...]:
    model = window.search.model
    snippet = model.index(row, 2)
    return (model.index(row, 0).data(), model.index(row, 1).data(), snippet.data(),
            snippet.data(HtmlRole), snippet.data(Qt.ItemDataRole.ToolTipRole))


def _expected(hit: SearchResult) -> tuple[Any, ...]:
    flat = " ".join(hit.snippet.split())
    return ("transcript", hit.case_code, flat if len(flat) <= 400 else flat[:399] + "…",
            marked(hit.snippet, hit.snippet_matches), hit.snippet)


def test_visible_snippets_need_no_ui_thread_work_and_match_the_core(
        qtbot: QtBot, window: MainWindow, vault_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    vault = _filled(window, vault_path)
    window.tabs.setCurrentWidget(window.search)
    reads = _reads_by_thread(monkeypatch)
    type_committed(window.search.query, "Ussuriysk")
    with qtbot.waitSignal(window.search.searched, timeout=20_000):
        qtbot.keyClick(window.search.query, Qt.Key.Key_Return)
    table = window.search.table
    table.viewport().repaint()  # paints now, on this (the UI) thread
    visible = _visible_rows(window)
    shown = [_row(window, row) for row in visible]
    assert len(visible) >= 5 and reads["ui"] == 0
    assert reads["worker"] >= 2 * len(visible)

    expected = [_expected(hit) for hit in vault.search.query("Ussuriysk", limit=200)]
    assert window.search.model.rowCount() == len(expected) == CASES
    assert shown == expected[visible.start:visible.stop]
    assert any("<span style=" in row[3] for row in shown)
    table.scrollToBottom()  # rows past the prepared ones: formatted on request, same text
    table.viewport().repaint()
    assert [_row(window, row) for row in range(CASES)] == expected


def test_the_kind_and_case_columns_fit_every_hit_not_only_those_in_view(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    vault = _filled(window, vault_path)
    padding = " ".join(f"filler{k}" for k in range(150))  # a long text ranks it last
    vault.cases.create(CaseInput(title=f"Ussuriysk {padding}", transcript="[FICTIONAL] None.",
                                 languages=["en"], code="S-9999"))
    window.tabs.setCurrentWidget(window.search)
    type_committed(window.search.query, "Ussuriysk")
    with qtbot.waitSignal(window.search.searched, timeout=20_000):
        qtbot.keyClick(window.search.query, Qt.Key.Key_Return)
    table, model = window.search.table, window.search.model
    kinds = [model.index(row, 0).data() for row in range(model.rowCount())]
    below = [row for row, kind in enumerate(kinds) if kind == "case details"]
    assert below and min(below) > _visible_rows(window).stop  # only further down
    metrics = table.fontMetrics()
    for column in (0, 1):
        widest = max(metrics.horizontalAdvance(model.index(row, column).data())
                     for row in range(model.rowCount()))
        assert table.horizontalHeader().sectionSize(column) > widest


def test_laid_out_snippets_do_not_outlive_the_results_or_the_lock(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    _filled(window, vault_path)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.search)
    kept = window.search.snippets._kept
    for query in ("Ussuriysk", "port"):
        window.search.query.clear()
        type_committed(window.search.query, query)
        with qtbot.waitSignal(window.search.searched, timeout=20_000):
            qtbot.keyClick(window.search.query, Qt.Key.Key_Return)
        window.search.table.viewport().repaint()
        assert kept and all(query in html for html, _font in kept)  # this search's rows only
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session is None and not kept  # interview excerpts gone with the lock
