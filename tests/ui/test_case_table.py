"""The case table's prepared columns: sorting and filtering agree with the per-case rules
(CaseFilter.accepts, the column sort key) and the page keeps the chosen case across them."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPersistentModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fieldvault.core.privacy.state import PrivacyState
from fieldvault.core.records.cases import CaseSummary, CaseTable
from fieldvault.core.vault import Passphrase, Vault
from fieldvault.ui.mainwindow import MainWindow
from fieldvault.ui.models.cases import (
    CaseColumn,
    CaseFilter,
    CaseTableModel,
    _sort_key,
    haystack,
    prepare,
)
from ui.uihelp import close_messages, record, write_jsonl
from vaulthelp import PASSPHRASE

ORDERS = (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder)
FILTERS = (CaseFilter(), CaseFilter(status="submitted"), CaseFilter(text="river"),
           CaseFilter(text="ira"), CaseFilter(privacy="undecided"),
           CaseFilter(attribute=("sector", "")), CaseFilter(attribute=("sector", "fishery")),
           CaseFilter(attribute=("returned", "yes"), status="draft"),
           CaseFilter(codes=frozenset({"C-0007", "C-0100", "C-0042", "C-9999"})),
           CaseFilter(status="approved", text="노동", privacy="reviewed"))


def mixed_cases(count: int) -> tuple[list[CaseSummary], dict[str, PrivacyState]]:
    """Cases with many equal sort keys (ties are where orders differ) and gaps: no
    interviewer, no attributes, no privacy state."""
    rng = random.Random(11)
    cases, states = [], {}
    for n in range(count):
        code = f"C-{n:04d}"
        attributes: dict[str, Any] = {}
        if n % 5:
            attributes = {"sector": rng.choice(["fishery", "logging"]), "year": 2010 + n % 3}
        if n % 7 == 0:
            attributes["returned"] = n % 2 == 0
        cases.append(CaseSummary(
            f"id{n}", code, rng.choice(["River crossing", "노동자 quota", "Ira's night",
                                        "Уссурийск"]),
            rng.choice([None, "2015-01-02", "2016-03-01"]), rng.choice([None, "Artyom"]),
            rng.choice([["en"], ["ko", "ru"], ["en", "ko", "ru"]]),
            rng.choice([None, "Ira", "Sam"]), rng.choice(["draft", "submitted", "approved"]),
            rng.randint(0, 3), attributes))
        if n % 6:
            kind = rng.choice(["not_scanned", "undecided", "reviewed", "changed"])
            states[code] = PrivacyState(kind, rng.randint(1, 3) if kind == "undecided" else 0,
                                        0, 0, None)
    rng.shuffle(cases)  # the model puts them in code order itself
    return cases, states


def expected(cases: list[CaseSummary], states: dict[str, PrivacyState], column: int,
             order: Qt.SortOrder, case_filter: CaseFilter) -> list[str]:
    """The rule case by case: the filter's accepts(), then the column's key, ties by code."""
    kept = [c for c in cases if case_filter.accepts(c, haystack(c), states.get(c.code))]
    kept.sort(key=lambda c: _sort_key(column, c, states.get(c.code)),
              reverse=order == Qt.SortOrder.DescendingOrder)
    return [c.code for c in kept]


def shown_codes(model: CaseTableModel) -> list[str]:
    return [model.index(r, CaseColumn.CODE).data() for r in range(model.rowCount())]


def test_prepared_and_lazy_models_sort_and_filter_by_the_per_case_rules(
        qtmodeltester: ModelTester) -> None:
    cases, states = mixed_cases(240)
    lazy, ready = CaseTableModel(), CaseTableModel()
    lazy.set_cases(cases, states)
    ready.set_prepared(prepare(CaseTable.of(cases), states))
    qtmodeltester.check(ready)
    for case_filter in FILTERS:
        for model in (lazy, ready):
            model.set_filter(case_filter)
        for column in CaseColumn:
            for order in ORDERS:
                want = expected(cases, states, column, order, case_filter)
                for model in (lazy, ready):
                    model.sort(column, order)
                    assert shown_codes(model) == want, (case_filter, column, order)
    assert len(expected(cases, states, 0, ORDERS[0], FILTERS[-1])) > 0  # not vacuous
    qtmodeltester.check(ready)


def test_rows_know_their_case_after_sorting_and_filtering() -> None:
    cases, states = mixed_cases(60)
    model = CaseTableModel()
    model.set_prepared(prepare(CaseTable.of(cases), states))
    model.sort(CaseColumn.TITLE, Qt.SortOrder.DescendingOrder)
    model.set_filter(CaseFilter(status="submitted"))
    by_code = {c.code: c for c in cases}
    for row in range(model.rowCount()):
        code = model.index(row, CaseColumn.CODE).data()
        assert model.summary(row) == by_code[code]
        assert model.row_of(code) == row
        assert model.privacy(code) == states.get(code)
        assert model.index(row, 0).data(CaseTableModel.SummaryRole) == by_code[code]
    hidden = next(c.code for c in cases if c.status != "submitted")
    assert model.row_of(hidden) is None and model.row_of("Z-999") is None
    assert model.attribute_values("returned") == ["no", "yes"]
    assert model.attribute_values("sector") == ["fishery", "logging"]
    model.clear()
    assert model.rowCount() == 0 and model.total == 0 and model.row_of(cases[0].code) is None


def test_sorting_keeps_persistent_indexes_on_their_case() -> None:
    cases, states = mixed_cases(100)
    model = CaseTableModel()
    model.set_cases(cases, states)
    few = [model.index(r, 1) for r in (3, 50)]
    many = [model.index(r, 2) for r in range(40)]  # more than a selection: the inverse map
    held = [QPersistentModelIndex(i) for i in few + many]
    codes = [i.data(CaseTableModel.CodeRole) for i in held]
    model.sort(CaseColumn.LANGUAGES, Qt.SortOrder.DescendingOrder)
    assert [i.data(CaseTableModel.CodeRole) for i in held] == codes
    assert [i.column() for i in held] == [1, 1] + [2] * 40
    model.set_filter(CaseFilter(status="draft"))  # a reset: persistent indexes go
    assert not held[0].isValid()


@pytest.fixture
def many_records(tmp_path: Path) -> Path:
    records = [record(f"M-{n:03d}", f"{'BA'[n % 2]} interview {n % 4}", "[FICTIONAL] words",
                      ["en"], attributes={"sector": ["fishery", "logging"][n % 2]})
               for n in range(30)]
    return write_jsonl(tmp_path / "many.jsonl", records)


def header_click(window: MainWindow, column: int) -> None:
    header = window.cases.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_page_sorts_by_header_clicks_and_keeps_the_chosen_case(
        qtbot: QtBot, window: MainWindow, vault_path: Path, many_records: Path) -> None:
    vault = Vault.open(vault_path, Passphrase(PASSPHRASE))
    window.attach(vault)
    page = window.cases
    page.import_file(many_records)
    qtbot.waitUntil(lambda: page.model.total == 30, timeout=20_000)
    close_messages()
    assert page.select("M-013")
    header_click(window, CaseColumn.TITLE)  # the code column was sorted: title ascending
    titles = [page.model.index(r, CaseColumn.TITLE).data() for r in range(30)]
    assert titles == sorted(titles) and titles[0].startswith("A interview 1")
    assert page.current_code() == "M-013"
    assert page.table.currentIndex().row() == page.model.row_of("M-013")
    header_click(window, CaseColumn.TITLE)  # again: descending
    assert page.model.index(0, CaseColumn.TITLE).data().startswith("B interview 2")
    assert page.current_code() == "M-013"
    page.filter_text.setFocus()
    QTest.keyClicks(page.filter_text, "a interview 3")
    assert sorted(page.model.index(r, 0).data() for r in range(page.model.rowCount())) == [
        f"M-{n:03d}" for n in range(30) if n % 4 == 3 and n % 2 == 1]
    assert page.count.text() == f"{page.model.rowCount()} of 30 cases"
    assert page.current_code() is None  # M-013 (13 % 4 == 1) is filtered out
