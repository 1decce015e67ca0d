"""Analysis shots for scripts/screenshots.py, taken at 1024 x 640 (a small laptop screen).

22: themes x sector (top-level themes, codings, stacked bars); 23: themes coded in the same
paragraph (heatmap table and chart); 24: a cell's passages opened in Retrieve.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from fieldvault.ui.mainwindow import MainWindow
from fieldvault.ui.models.analysis import CellRole

Wait = Callable[[Callable[[], object]], None]
Save = Callable[[QWidget, Path, str], Path]
SMALL = (1024, 640)


def compute(window: MainWindow, wait_until: Wait, view: str, **combos: str) -> None:
    """Choose the view and each combo by its item data (the shown text is translated);
    the attribute combo's items are attribute names, with no data."""
    page = window.analysis
    page.view.setCurrentIndex(page.view.findData(view))
    for name, value in combos.items():
        combo = getattr(page, name)
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else combo.findText(value))
        assert combo.currentIndex() >= 0, f"no {value!r} in the {name} list"
    page.result = None
    page.compute()
    wait_until(lambda: page.result is not None)


def shoot_analysis(window: MainWindow, out: Path, save: Save, wait_until: Wait) -> None:
    size = window.size()
    window.resize(QSize(*SMALL))
    page = window.analysis
    window.tabs.setCurrentWidget(page)
    page.top_level.setChecked(True)
    compute(window, wait_until, "attribute", attribute="sector", chart_kind="stacked")
    save(window, out, "22-analysis-crosstab")
    page.top_level.setChecked(False)
    compute(window, wait_until, "cooccur", mode="paragraph", chart_kind="heatmap")
    save(window, out, "23-analysis-cooccurrence")
    page.top_level.setChecked(True)
    compute(window, wait_until, "attribute", attribute="sector", chart_kind="bar")
    model = page.table.model()
    index = next(model.index(r, c) for r in range(model.rowCount())
                 for c in range(model.columnCount())
                 if model.index(r, c).data(CellRole) == ("work", "construction"))
    shown = len(window.retrieve.model.rows())
    page.open_cell(index)
    wait_until(lambda: window.tabs.currentWidget() is window.retrieve
               and len(window.retrieve.model.rows()) != shown)
    save(window, out, "24-analysis-passages")
    window.resize(size)
