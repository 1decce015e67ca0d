"""Unlocking attaches every page, but pages whose data is a query over every coding or
attribute (Review, Agreement's coders, Retrieve's filters) read it only when first shown;
and writes no page shows (the drafts kept across a lock) refresh no page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from fieldvault.core.records.drafts import DraftNote
from fieldvault.core.vault import Change, Vault
from fieldvault.ui.mainwindow import MainWindow
from ui.uihelp import new_case

MakeVault = Callable[[str, str], Vault]


def coded_by_two(vault: Vault) -> None:
    new_case(vault, "W-001")
    vault.cases.set_attribute("W-001", "sector", "fishery")
    vault.codings.add("W-001", "work.wages", 0, 10, coder="ann")
    vault.codings.add("W-001", "work.wages", 5, 10, coder="ben")


def click_tab(qtbot: QtBot, window: MainWindow, page: QWidget) -> None:
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                     pos=bar.tabRect(window.tabs.indexOf(page)).center())
    assert window.tabs.currentWidget() is page


def test_review_agreement_and_retrieve_filters_load_when_shown(
        qtbot: QtBot, window: MainWindow, make_vault: MakeVault) -> None:
    sam = make_vault("sam", "supervisor")
    coded_by_two(sam)
    window.attach(sam)
    qtbot.wait(50)  # let anything attach queued run
    assert window.tabs.currentWidget() is window.cases
    assert window.review.coders.rowCount() == 0
    assert window.agreement.coders.count() == 0
    assert window.retrieve.coder.count() == 0 and window.retrieve.attribute.count() == 0
    with qtbot.waitSignal(window.review.loaded, timeout=10_000):
        click_tab(qtbot, window, window.review)
    coders = {window.review.coders.index(r, 0).data()
              for r in range(window.review.coders.rowCount())}
    assert coders == {"ann", "ben"}
    click_tab(qtbot, window, window.agreement)
    assert sorted(window.agreement.coders.item(i).text()
                  for i in range(window.agreement.coders.count())) == ["ann", "ben"]
    click_tab(qtbot, window, window.retrieve)
    assert [window.retrieve.coder.itemData(i) for i in range(window.retrieve.coder.count())
            ] == [None, "ann", "ben"]
    assert window.retrieve.attribute.findData("sector") > 0


def test_a_change_while_hidden_reloads_when_shown_again(
        qtbot: QtBot, window: MainWindow, make_vault: MakeVault) -> None:
    sam = make_vault("sam", "supervisor")
    coded_by_two(sam)
    window.attach(sam)
    click_tab(qtbot, window, window.agreement)
    assert window.agreement.coders.count() == 2
    click_tab(qtbot, window, window.cases)
    sam.codings.add("W-001", "work.wages", 2, 8, coder="cy")  # agreement is hidden
    qtbot.wait(50)
    assert window.agreement.coders.count() == 2  # not read while hidden
    click_tab(qtbot, window, window.agreement)
    assert window.agreement.coders.count() == 3


def test_agreement_compute_reads_the_coders_it_has_not_shown(
        qtbot: QtBot, window: MainWindow, make_vault: MakeVault) -> None:
    sam = make_vault("sam", "supervisor")
    coded_by_two(sam)
    window.attach(sam)
    assert window.agreement.coders.count() == 0
    with qtbot.waitSignal(window.agreement.computed, timeout=20_000):
        assert window.agreement.compute() is not None
    assert window.agreement.chosen_coders() == ["ann", "ben"]
    assert window.agreement.model.rowCount() > 0


def test_kept_drafts_refresh_no_page(qtbot: QtBot, window: MainWindow,
                                     make_vault: MakeVault) -> None:
    sam = make_vault("sam", "supervisor")
    new_case(sam, "W-001")
    window.attach(sam)
    assert window.session is not None
    heard: list[str] = []

    def note(change: Change) -> None:
        heard.append(change.action)

    window.session.changed.connect(note)
    sam.drafts.keep([DraftNote(kind="place", case_code="W-001", tab=1)])
    [kept] = sam.drafts.kept()
    assert sam.drafts.discard(kept.id)
    sam.cases.update("W-001", title="Renamed")
    qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    assert heard == ["case.update"]
