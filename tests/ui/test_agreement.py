"""Agreement with real clicks on the demo vault: the demo's two coders stay two when the
user codes, coders are ticked in a list, a per-case table says which cases differ, and a
click on a case shows it side by side with the differences marked on the text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from pytestqt.qtbot import QtBot

from demovault import build_demo, open_copy
from fieldvault.core.demo import DEMO_OWNER, DEMO_SECOND_CODER
from fieldvault.core.vault import Vault
from fieldvault.ui.mainwindow import MainWindow
from fieldvault.ui.pages.agreement import AgreementPage
from fieldvault.ui.widgets.side_by_side import MISSING, CoderPane
from ui.uihelp import new_case


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[Vault]:
    vault = open_copy(demo_template, tmp_path / "copy.fieldvault")
    yield vault
    vault.lock()


def click_row(qtbot: QtBot, table: object, row: int, double: bool = False) -> None:
    view = table  # a QTableView
    index = view.model().index(row, 0)  # type: ignore[attr-defined]
    centre = view.visualRect(index).center()  # type: ignore[attr-defined]
    click = qtbot.mouseDClick if double else qtbot.mouseClick
    click(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # type: ignore[attr-defined]


def toggle(qtbot: QtBot, page: AgreementPage, name: str) -> None:
    """Tick or untick a coder from the keyboard: focus the list, move to them, Space."""
    row = next(i for i in range(page.coders.count()) if page.coders.item(i).text() == name)
    page.coders.setFocus()
    page.coders.setCurrentRow(row)
    qtbot.keyClick(page.coders, Qt.Key.Key_Space)


def compute_by_click(qtbot: QtBot, page: AgreementPage) -> None:
    with qtbot.waitSignal(page.cases_shown, timeout=30_000):
        qtbot.mouseClick(page.compute_button, Qt.MouseButton.LeftButton)


def point_of(pane: CoderPane, position: int) -> QPoint:
    cursor = QTextCursor(pane.document())
    cursor.setPosition(position)
    return pane.cursorRect(cursor).center()


def test_demo_coders_pick_cases_and_side_by_side(qtbot: QtBot, window: MainWindow,
                                                 demo: Vault) -> None:
    demo.codings.add("PK-001", "quota.planned", 0, 12)  # the user codes: still two coders
    window.attach(demo)
    window.review_actions.agreement_action.trigger()
    page = window.agreement
    names = [page.coders.item(i).text() for i in range(page.coders.count())]
    assert names == sorted([DEMO_OWNER, DEMO_SECOND_CODER])
    assert page.chosen_coders() == names and page.compute_button.isEnabled()
    toggle(qtbot, page, DEMO_SECOND_CODER)
    assert page.chosen_coders() == [DEMO_OWNER] and not page.compute_button.isEnabled()
    assert "Tick two or more coders" in page.note.text()
    toggle(qtbot, page, DEMO_SECOND_CODER)
    assert page.compute_button.isEnabled()
    compute_by_click(qtbot, page)
    assert page.model.row(page.model.rowCount() - 1).coders == names
    rows = page.cases.rows()
    assert len(rows) == len(demo.cases.summaries())
    assert [r.stretches for r in rows] == sorted((r.stretches for r in rows), reverse=True)
    assert "of the 14 cases" in page.case_note.text()
    click_row(qtbot, page.case_table, 0)
    code = rows[0].code
    assert page.side_stack.currentWidget() is page.side
    panes = page.side.panes
    assert [p.coder for p in panes] == names
    text = demo.transcripts.current(code).text
    assert all(p.toPlainText() == text for p in panes)
    assert f"{code}: {rows[0].stretches} places" in page.side.caption.text()
    stretch = next(s for s in panes[0].stretches if len(s.applied_by) == 1)
    missing = next(p for p in panes if p.coder not in stretch.applied_by)
    coded = next(p for p in panes if p.coder in stretch.applied_by)
    inside = (stretch.start + stretch.end) // 2
    for pane, background in ((missing, MISSING), (coded, None)):
        cursor = QTextCursor(pane.document())
        cursor.setPosition(inside + 1)
        fmt = cursor.charFormat()
        assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
        if background is not None:
            assert fmt.background().color() == background
        else:
            assert fmt.background().color() != MISSING
    with qtbot.waitSignal(page.passage_activated, timeout=5000) as opened:
        qtbot.mouseDClick(missing.viewport(), Qt.MouseButton.LeftButton,
                          pos=point_of(missing, inside))
    assert opened.args == [code, stretch.start, stretch.end]
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.workbench)  # read on a worker


def test_choosing_a_theme_recounts_the_cases(qtbot: QtBot, window: MainWindow,
                                             demo: Vault) -> None:
    window.attach(demo)
    page = window.agreement
    window.tabs.setCurrentWidget(page)
    compute_by_click(qtbot, page)
    every = {r.code: r.stretches for r in page.cases.rows()}
    row = next(r for r in range(page.model.rowCount())
               if page.model.row(r).theme == "quota.planned")
    page.table.scrollTo(page.model.index(row, 0))
    with qtbot.waitSignal(page.cases_shown, timeout=20_000):
        click_row(qtbot, page.table, row)
    only = {r.code: r.stretches for r in page.cases.rows()}
    assert sum(only.values()) < sum(every.values())
    assert all(set(r.themes) <= {"quota.planned"} for r in page.cases.rows())
    assert "Planned quota" in page.case_note.text()


def test_one_coder_says_how_to_get_a_second(qtbot: QtBot, window: MainWindow,
                                            vault: Vault) -> None:
    new_case(vault, "W-001")
    vault.codings.add("W-001", "work.wages", 0, 10)
    window.attach(vault)
    page = window.agreement
    window.tabs.setCurrentWidget(page)
    assert page.coders.count() == 1 and not page.compute_button.isEnabled()
    assert "two or more coders, and 1 coded" in page.note.text()
    assert "Click a case" in page.side_empty.text() and page.side_empty.isVisible()
