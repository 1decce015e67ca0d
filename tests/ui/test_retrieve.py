"""Retrieve: whole passages wrapped with context, filters by attribute, coder and verdict,
empty states that say what to do, and export of what is shown (files read back)."""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog
from pytestqt.qtbot import QtBot

from demovault import build_demo, open_copy
from fieldvault.core.vault import Vault
from fieldvault.ui.mainwindow import MainWindow
from fieldvault.ui.pages.retrieve import RetrievePage
from ui.uihelp import message_texts, shown

PHONE = "+7 914 702-18-43"


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[Vault]:
    vault = open_copy(demo_template, tmp_path / "copy.fieldvault")
    yield vault
    vault.lock()


def retrieve_by_click(qtbot: QtBot, page: RetrievePage) -> int:
    with qtbot.waitSignal(page.retrieved, timeout=20_000) as got:
        qtbot.mouseClick(page.go, Qt.MouseButton.LeftButton)
    count: int = got.args[0]
    return count


def pick(qtbot: QtBot, page: RetrievePage, combo: QComboBox, data: str) -> int:
    """Choose ``data`` in ``combo`` with the keyboard as a user would; wait for the result."""
    combo.setFocus()
    target = combo.findData(data)
    assert target > 0
    with qtbot.waitSignal(page.retrieved, timeout=20_000) as got:
        for _ in range(target - combo.currentIndex()):
            qtbot.keyClick(combo, Qt.Key.Key_Down)
            if combo.currentIndex() != target:
                page.runner.wait(10_000)
    assert combo.currentIndex() == target
    count: int = got.args[0]
    return count


def test_passages_are_whole_wrapped_and_filtered(qtbot: QtBot, window: MainWindow,
                                                 demo: Vault) -> None:
    window.attach(demo)
    page = window.retrieve
    window.tabs.setCurrentWidget(page)
    assert page.stack.currentWidget() is page.empty and "press Retrieve" in page.empty.text()
    every = retrieve_by_click(qtbot, page)  # no theme selected: every theme
    assert every == sum(c.codings for c in demo.cases.summaries())
    assert page.stack.currentWidget() is page.table
    line = page.table.fontMetrics().height()
    for row in range(5):
        segment = page.model.row(row)
        shown_text = page.model.index(row, 0).data()
        assert segment.text in shown_text  # the whole passage, not a cut line
        assert segment.before in shown_text and segment.after in shown_text
        assert page.table.visualRect(page.model.index(row, 0)).height() >= 3 * line
    assert page.table.visualRect(page.model.index(0, 0)).width() <= \
        page.table.viewport().width()
    page.attribute.setFocus()
    qtbot.keyClicks(page.attribute, "city")  # type-ahead selects the attribute
    assert page.attribute.currentData() == "city" and page.value.isEnabled()
    in_artyom = pick(qtbot, page, page.value, "Artyom")
    assert 0 < in_artyom < every
    assert {s.case_code for s in page.model.rows()} == {
        "PK-001", "PK-004", "PK-007", "PK-011", "PK-013"}
    coder = page.coder.itemData(1)
    by_coder = pick(qtbot, page, page.coder, coder)
    assert 0 < by_coder < in_artyom and {s.coder for s in page.model.rows()} == {coder}
    valid = pick(qtbot, page, page.verdict, "valid")
    assert valid == 0 and page.stack.currentWidget() is page.empty
    assert "No coded passage matches" in page.empty.text()


def test_retrieve_in_an_empty_vault_says_how_to_code(qtbot: QtBot, window: MainWindow,
                                                    vault: Vault) -> None:
    window.attach(vault)
    page = window.retrieve
    window.tabs.setCurrentWidget(page)
    assert retrieve_by_click(qtbot, page) == 0
    assert "Nothing is coded yet" in page.empty.text() and page.empty.isVisible()
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert any("Retrieve passages first" in text for text in message_texts())


def test_export_button_writes_the_passages_shown(qtbot: QtBot, window: MainWindow,
                                                 demo: Vault, tmp_path: Path) -> None:
    window.attach(demo)
    page = window.retrieve
    window.tabs.setCurrentWidget(page)
    page.choose(["quota", "work"])
    count = retrieve_by_click(qtbot, page)
    raw = [s for s in page.model.rows() if PHONE in s.before + s.text + s.after]
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    (dialog,) = shown(QFileDialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.selectNameFilter(dialog.nameFilters()[2])  # OpenDocument text
    dialog.setDirectory(str(tmp_path))
    dialog.selectFile(str(tmp_path / "passages"))
    with qtbot.waitSignal(page.exported, timeout=60_000) as done:
        dialog.accept()
    target = tmp_path / "passages.odt"
    assert done.args[0].path == target and done.args[0].passages == count
    with zipfile.ZipFile(target) as package:
        content = package.read("content.xml").decode("utf-8")
    assert content.count("text:style-name=\"Coded\"") == count
    assert "Saved" in page.count.text()
    with qtbot.waitSignal(page.exported, timeout=60_000):
        page.export_to(tmp_path / "passages.csv")
    with open(tmp_path / "passages.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == count
    text = " ".join(" ".join(r.values()) for r in rows)
    assert PHONE not in text and PHONE not in content
    if raw:  # a shown passage had the phone number: the file has its token instead
        assert "· PHONE]" in text
