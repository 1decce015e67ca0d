"""Search page through the real widgets: one town in three scripts, case details and memo
hits, each opened with a real double-click on its row."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fieldvault.core.records.cases import CaseInput
from fieldvault.core.vault import Passphrase, Vault
from fieldvault.ui.mainwindow import MainWindow
from fieldvault.ui.models.html import MARK_STYLE, HtmlRole
from ui.uihelp import type_committed
from vaulthelp import PASSPHRASE

TEXT = "[FICTIONAL] We worked on a site near the port. The brigade leader kept our passports."


def opened(window: MainWindow, vault_path: Path) -> Vault:
    vault = Vault.open(vault_path, Passphrase(PASSPHRASE))
    for code, title, text in (
            ("C-0001", "Port workers", TEXT + " Later we were sent to Ussuriysk."),
            ("C-0002", "Dormitory life", "[FICTIONAL] Потом нас отправили в Уссурийске."),
            ("C-0003", "Returnee", "[FICTIONAL] 우수리스크에서 일했습니다."),
            ("C-0004", "Logging near Chuguyevka", "[FICTIONAL] Timber all winter.")):
        vault.cases.create(CaseInput(title=title, transcript=text, languages=["en"],
                                     interview_date="2016-03-01", code=code,
                                     attributes={"sector": "construction"}))
    window.attach(vault)
    return vault


def search(qtbot: QtBot, window: MainWindow, query: str) -> list[tuple[str, str]]:
    window.tabs.setCurrentWidget(window.search)
    window.search.query.clear()
    type_committed(window.search.query, query)
    with qtbot.waitSignal(window.search.searched, timeout=10_000):
        qtbot.keyClick(window.search.query, Qt.Key.Key_Return)
    model = window.search.model
    return [(model.index(r, 0).data(), model.index(r, 1).data())
            for r in range(model.rowCount())]


def double_click_row(qtbot: QtBot, window: MainWindow, row: int) -> None:
    table = window.search.table
    rect = table.visualRect(window.search.model.index(row, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_town_in_three_scripts_lists_the_same_hits(qtbot: QtBot, window: MainWindow,
                                                     vault_path: Path) -> None:
    opened(window, vault_path)
    latin = search(qtbot, window, "Ussuriysk")
    assert sorted(code for _kind, code in latin) == ["C-0001", "C-0002", "C-0003"]
    assert search(qtbot, window, "Уссурийск") == latin
    assert search(qtbot, window, "우수리스크") == latin
    html = [window.search.model.index(r, 2).data(HtmlRole) for r in range(3)]
    assert any(f"<span style='{MARK_STYLE}'>Уссурийске</span>" in h for h in html)
    assert any(f"<span style='{MARK_STYLE}'>Ussuriysk</span>" in h for h in html)


def test_a_case_details_hit_opens_the_case(qtbot: QtBot, window: MainWindow,
                                           vault_path: Path) -> None:
    opened(window, vault_path)
    assert search(qtbot, window, "Чугуевка") == [("case details", "C-0004")]
    double_click_row(qtbot, window, 0)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.workbench)
    assert window.workbench.code == "C-0004"


def test_a_case_memo_hit_shows_the_memo_and_a_click_opens_it(qtbot: QtBot, window: MainWindow,
                                                            vault_path: Path) -> None:
    vault = opened(window, vault_path)
    vault.memos.add("case", "C-0002", "First memo: nothing to search here.")
    memo = vault.memos.add("case", "C-0002", "Ask about the remittances sent from Nakhodka.")
    hits = search(qtbot, window, "Находка")
    assert hits == [("memo", "C-0002")]
    snippet = window.search.model.index(0, 2).data(HtmlRole)
    assert f"sent from <span style='{MARK_STYLE}'>Nakhodka</span>" in snippet
    double_click_row(qtbot, window, 0)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.workbench)
    workbench = window.workbench
    assert workbench.code == "C-0002"
    assert workbench.memo_tabs.currentWidget() is workbench.case_memos
    panel = workbench.case_memos
    assert panel.editor.toPlainText() == memo.text
    (selected,) = panel.table.selectionModel().selectedRows()
    assert panel.model.row(selected.row()).id == memo.id


def test_coding_and_theme_memo_hits_open_where_they_were_written(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    vault = opened(window, vault_path)
    start = TEXT.index("brigade leader")
    coding = vault.codings.add("C-0001", "quota", start, start + len("brigade leader"))
    on_coding = vault.memos.add("coding", coding.id, "The leader also held the Vladivostok visas.")
    on_theme = vault.memos.add("theme", "quota", "Quotas rose after the Vladivostok meeting.")
    hits = search(qtbot, window, "블라디보스토크")
    assert sorted(hits) == [("memo", ""), ("memo", "C-0001")]
    row = [code for _kind, code in hits].index("C-0001")
    double_click_row(qtbot, window, row)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.workbench)
    workbench = window.workbench
    assert workbench.current_coding() is not None and workbench.current_coding().id == coding.id
    assert workbench.memo_tabs.currentWidget() is workbench.coding_memos
    assert workbench.coding_memos.editor.toPlainText() == on_coding.text
    search(qtbot, window, "블라디보스토크")
    double_click_row(qtbot, window, 1 - row)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.codebook)
    assert window.codebook.current() is not None and window.codebook.current().id == "quota"
    assert window.codebook.memos.editor.toPlainText() == on_theme.text
