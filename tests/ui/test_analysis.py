"""The Analysis page on the hand-counted vault: heatmap models, a real double-click opening
Retrieve with the cell's passages, exports to the file chosen, Hangul and Cyrillic charts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage
from PySide6.QtWidgets import QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fieldvault.core.analysis.cooccur import Span, cooccurrence
from fieldvault.core.analysis.crosstab import CellRow, ThemeRow, crosstab
from fieldvault.ui.mainwindow import MainWindow
from fieldvault.ui.models.analysis import CellRole, CooccurModel, CrossTableModel, HeatRole
from fieldvault.ui.pages.analysis import AnalysisPage
from patternhelp import TEXT_1, TEXT_2, small
from ui.uihelp import close_messages, shown, unnamed_inputs, wait_message

MakeVault = Callable[[str, str], Any]
THEMES = [ThemeRow("a", None, 0), ThemeRow("a.x", "a", 0), ThemeRow("b", None, 1)]


def test_cross_table_model(qtmodeltester: ModelTester) -> None:
    table = crosstab([CellRow("C1", "x", "a.x", 2, 30), CellRow("C1", "x", "b", 1, 10),
                      CellRow("C2", "y", "a", 1, 5), CellRow("C3", "y", None)], THEMES)
    model = CrossTableModel()
    model.set_table(table, {"a": 0, "a.x": 1, "b": 0})
    qtmodeltester.check(model)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Theme", "x\n(1)", "y\n(2)", "Total"]
    assert [model.index(r, 0).data() for r in range(3)] == ["a", "    a.x", "b"]
    assert [model.index(0, c).data() for c in range(1, 4)] == ["2", "1", "3"]
    assert model.index(0, 1).data(HeatRole) == 1.0 and model.index(2, 2).data(HeatRole) == 0.0
    assert model.index(0, 3).data(HeatRole) is None  # totals stay uncoloured
    assert model.index(1, 1).data(CellRole) == ("a.x", "x")
    model.set_view("cases", "column")
    assert [model.index(0, c).data() for c in range(1, 3)] == ["100.0 %", "50.0 %"]
    qtmodeltester.check(model)
    assert model.to_csv().splitlines()[1] == "a,a,100.0 %,50.0 %,66.7 %"
    model.clear()
    assert model.rowCount() == 0 and model.columnCount() == 0


def test_cooccur_model(qtmodeltester: ModelTester) -> None:
    table = cooccurrence([Span("1", "C1", "a", 0, 10), Span("2", "C1", "b", 5, 15),
                          Span("3", "C1", "b", 8, 9), Span("4", "C2", "c", 0, 3)])
    model = CooccurModel()
    model.set_table(table, {"a": "Alpha"})
    qtmodeltester.check(model)
    assert model.themes == ("a", "b")  # c pairs with nothing
    assert model.index(0, 0).data() == "Alpha"
    assert model.index(0, 2).data() == "2" and model.index(0, 1).data() == "(1)"
    assert model.index(0, 1).data(HeatRole) is None and model.index(1, 1).data(HeatRole) == 1.0
    model.set_coefficient(True)
    assert model.index(0, 2).data() == f"{2 / (1 + 2 - 2):.2f}"
    qtmodeltester.check(model)


@pytest.fixture
def ready(window: MainWindow, make_vault: MakeVault) -> tuple[MainWindow, Any, dict[str, str]]:
    vault = make_vault("sup", "supervisor")
    ids = small(vault)
    window.attach(vault)
    window.tabs.setCurrentWidget(window.analysis)
    return window, vault, ids


def compute(qtbot: QtBot, page: AnalysisPage, view: str, **choices: str) -> None:
    page.view.setCurrentIndex(page.view.findData(view))
    for name, text in choices.items():
        combo = getattr(page, name)
        combo.setCurrentIndex(combo.findText(text))
    with qtbot.waitSignal(page.computed, timeout=20_000):
        qtbot.mouseClick(page.compute_button, Qt.MouseButton.LeftButton)


def index_of(page: AnalysisPage, cell: tuple[str, str]) -> QModelIndex:
    model = page.table.model()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            if model.index(row, column).data(CellRole) == cell:
                return model.index(row, column)
    raise AssertionError(f"no cell {cell}")


def double_click(qtbot: QtBot, page: AnalysisPage, index: QModelIndex) -> None:
    page.table.scrollTo(index)
    centre = page.table.visualRect(index).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_double_click_opens_the_cell_passages_in_retrieve(
        qtbot: QtBot, ready: tuple[MainWindow, Any, dict[str, str]]) -> None:
    window, _vault, ids = ready
    page = window.analysis
    compute(qtbot, page, "attribute", attribute="sector")
    index = index_of(page, ("work", "construction"))
    assert index.data() == "2" and index.data(HeatRole) == 1.0
    with qtbot.waitSignal(window.retrieve.retrieved, timeout=20_000) as shown_rows:
        double_click(qtbot, page, index)
    assert shown_rows.args == [2]
    assert window.tabs.currentWidget() is window.retrieve
    rows = window.retrieve.model.rows()
    assert [(p.coding_id, p.text) for p in rows] == [(ids["arrears1"], TEXT_1[0:10]),
                                                     (ids["wages1"], TEXT_1[5:15])]
    assert "in construction: 2 passages in 1 cases" in window.retrieve.count.text()


def test_cooccurrence_cell_opens_the_pair(
        qtbot: QtBot, ready: tuple[MainWindow, Any, dict[str, str]]) -> None:
    window, _vault, ids = ready
    page = window.analysis
    compute(qtbot, page, "cooccur")
    assert page.table.model() is page.pairs
    assert page.pairs.themes == ("surveillance.minders", "work.arrears", "work.wages")
    index = index_of(page, ("surveillance.minders", "work.arrears"))
    assert index.data() == "1"
    with qtbot.waitSignal(window.retrieve.retrieved, timeout=20_000):
        double_click(qtbot, page, index)
    (passage,) = window.retrieve.model.rows()
    assert (passage.case_code, passage.text) == ("A-002", TEXT_2[0:8])
    assert passage.coding_id == f"{ids['minders2']}+{ids['arrears2']}"


def test_csv_export_writes_the_file_chosen(
        qtbot: QtBot, ready: tuple[MainWindow, Any, dict[str, str]], tmp_path: Path) -> None:
    window, _vault, _ids = ready
    page = window.analysis
    compute(qtbot, page, "date:year")
    qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    (chooser,) = shown(QFileDialog)
    assert chooser.testOption(QFileDialog.Option.DontUseNativeDialog)
    chooser.setDirectory(str(tmp_path))
    chooser.selectFile(str(tmp_path / "by-year"))
    before = set(tmp_path.iterdir())
    chooser.accept()
    written = tmp_path / "by-year.csv"
    assert set(tmp_path.iterdir()) - before == {written}  # nothing written anywhere else
    lines = written.read_text("utf-8").splitlines()
    assert lines[0] == "theme id,theme,2015 (1),2016 (1),(none) (1),Total"
    work = next(line for line in lines if line.startswith("work,"))
    assert work.endswith(",2,1,0,3")


def test_charts_render_hangul_and_cyrillic_to_png_and_svg(
        qtbot: QtBot, ready: tuple[MainWindow, Any, dict[str, str]], tmp_path: Path) -> None:
    window, vault, _ids = ready
    vault.cases.set_attribute("A-001", "sector", "건설")
    vault.cases.set_attribute("A-002", "sector", "лесозаготовка")
    page = window.analysis
    compute(qtbot, page, "attribute", attribute="sector", chart_kind="Bar chart")
    for kind in ("Bar chart", "Stacked bars", "Heatmap"):
        page.chart_kind.setCurrentIndex(page.chart_kind.findText(kind))
        chart = page.chart.chart
        assert {"건설", "лесозаготовка"} <= set(chart.categories), kind
        for text in chart.labels():  # every character has a font in the fallback chain
            for char in text.replace(" ", ""):
                assert any(QFontMetrics(QFont(family)).inFontUcs4(ord(char))
                           for family in page.chart.font().families()), (kind, char)
    page.chart_kind.setCurrentIndex(page.chart_kind.findText("Bar chart"))
    index = index_of(page, ("surveillance", "лесозаготовка"))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualRect(index).center())
    (series,) = page.chart.chart.series  # the clicked row is charted
    assert series.name == vault.codebook.get("surveillance").name_en
    assert dict(zip(page.chart.chart.categories, series.values, strict=True)) == {
        "construction": 0.0, "건설": 1.0, "лесозаготовка": 1.0}
    assert page.write_image(tmp_path / "chart.svg")
    svg = (tmp_path / "chart.svg").read_text("utf-8")
    assert "건설" in svg and "лесозаготовка" in svg
    assert page.write_image(tmp_path / "chart")
    image = QImage(str(tmp_path / "chart.png"))
    assert image.width() >= 640 and image.height() >= 400
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 3  # bars and text, not a blank page


def test_bad_filter_is_one_sentence_and_lock_clears(
        qtbot: QtBot, ready: tuple[MainWindow, Any, dict[str, str]]) -> None:
    window, _vault, _ids = ready
    page = window.analysis
    page.where.setText("sector")
    qtbot.mouseClick(page.compute_button, Qt.MouseButton.LeftButton)
    assert "'sector' is not NAME=VALUE" in wait_message(qtbot)
    close_messages()
    page.where.setText("sector=logging")
    compute(qtbot, page, "case")
    assert page.cross.table is not None and page.cross.table.columns == ("A-002",)
    assert unnamed_inputs(page) == []
    window.lock()
    assert page.cross.rowCount() == 0 and page.result is None and page.where.text() == ""


def test_theme_names_follow_the_interface_language(
        qtbot: QtBot, ready: tuple[MainWindow, Any, dict[str, str]]) -> None:
    """In a Korean interface the heat table's rows and the chart's series carry the themes'
    Korean names, as on every other page."""
    window, vault, _ids = ready
    vault.codebook.rename("surveillance", ko="감시와 검열")
    assert window.set_language("ko")
    page = window.analysis
    window.tabs.setCurrentWidget(page)
    compute(qtbot, page, "attribute", attribute="sector")
    model = page.table.model()
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert "감시와 검열" in names
    assert vault.codebook.get("work").name_ko in names
    assert vault.codebook.get("surveillance").name_en not in names
    index = index_of(page, ("surveillance", "construction"))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualRect(index).center())
    page.chart_kind.setCurrentIndex(page.chart_kind.findData("bar"))
    (series,) = page.chart.chart.series
    assert series.name == "감시와 검열"


FRESH_PAGE = """
import sys
from PySide6.QtCore import QDeadlineTimer
from PySide6.QtWidgets import QApplication
from fieldvault.ui.pages.analysis import COOCCUR, AnalysisPage
from fieldvault.ui.tasks import TaskRunner
app = QApplication([])
page = AnalysisPage(TaskRunner())
before = "numpy" in sys.modules
page.view.setCurrentIndex(page.view.findData(COOCCUR))
deadline = QDeadlineTimer(120_000)  # a guard against hanging, not a timing claim
while "fieldvault.core.analysis.pairs" not in sys.modules and not deadline.hasExpired():
    app.processEvents()
page.runner.pool.waitForDone()
print(before, "fieldvault.core.analysis.pairs" in sys.modules)
"""


def test_choosing_cooccurrence_loads_the_pair_counter_in_the_background() -> None:
    # A fresh interpreter: the page alone does not load numpy; choosing the co-occurrence
    # view loads the array pair counter on a pool thread, so the first Compute does not.
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", FRESH_PAGE], env=env, capture_output=True,
                         text=True, timeout=300, check=True).stdout.split()
    assert out == ["False", "True"]


def test_the_distance_is_editable_only_within_n_characters(
        ready: tuple[MainWindow, Any, dict[str, str]]) -> None:
    page = ready[0].analysis
    page.view.setCurrentIndex(page.view.findData("cooccur"))
    states = {}
    for mode in ("overlap", "near", "paragraph"):
        page.mode.setCurrentIndex(page.mode.findData(mode))
        states[mode] = page.distance.isEnabled()
    assert states == {"overlap": False, "near": True, "paragraph": False}


def test_a_computed_view_gives_its_freed_rows_back_on_the_worker(
        qtbot: QtBot, ready: tuple[MainWindow, Any, dict[str, str]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # At 50,000 interviews a co-occurrence by paragraph left ~60 MB of freed rows in the
    # process (bench/ui_lag.py); the page hands them back after each compute, off the UI
    # thread, and whether the compute worked or failed.
    import threading

    from fieldvault.ui.pages import analysis

    threads: list[threading.Thread] = []
    monkeypatch.setattr(analysis, "release_free_memory",
                        lambda: threads.append(threading.current_thread()) or True)
    page = ready[0].analysis
    page.mode.setCurrentIndex(page.mode.findData("paragraph"))
    compute(qtbot, page, "cooccur")
    assert page.pairs.rowCount() > 0
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
