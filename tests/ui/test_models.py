"""Every item model through pytest-qt's model tester, plus the behaviour views rely on."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from fieldvault.core.privacy.state import PrivacyState
from fieldvault.core.records.cases import CaseInput, CaseSummary
from fieldvault.core.records.codebook import ThemeNode
from fieldvault.core.records.codings import CodingView, Passage
from fieldvault.core.search.service import SearchResult
from fieldvault.core.store.models import Memo, Theme
from fieldvault.core.vault import Vault
from fieldvault.ui.models.cases import CaseColumn, CaseFilter, CaseTableModel
from fieldvault.ui.models.html import MARK_STYLE, HtmlRole
from fieldvault.ui.models.records import (
    CodingListModel,
    MemoModel,
    PassageModel,
    SearchModel,
)
from fieldvault.ui.models.themes import ThemeListModel, ThemeTreeModel


def summaries(n: int) -> list[CaseSummary]:
    statuses = ("draft", "submitted", "approved")
    return [CaseSummary(f"id{i}", f"C-{i:05d}", f"Interview {i} 노동자 Уссурийск",
                        f"2015-{1 + i % 12:02d}-10", None, ["en", "ko"][: 1 + i % 2],
                        f"Interviewer {i % 7}", statuses[i % 3], (i * 7) % 11,
                        {"sector": ["construction", "restaurant"][i % 2], "year": 2010 + i % 5})
            for i in range(n)]


def test_case_table_model(qtmodeltester: ModelTester) -> None:
    model = CaseTableModel()
    model.set_cases(summaries(60))
    qtmodeltester.check(model)
    model.sort(CaseColumn.CODINGS, Qt.SortOrder.DescendingOrder)
    counts = [model.summary(r).codings for r in range(model.rowCount())]
    assert counts == sorted(counts, reverse=True)
    model.set_filter(CaseFilter(status="approved", attribute=("sector", "construction")))
    assert {model.summary(r).status for r in range(model.rowCount())} == {"approved"}
    assert all(model.summary(r).attributes["sector"] == "construction"
               for r in range(model.rowCount()))
    model.set_filter(CaseFilter(text="c-00012"))
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["C-00012"]
    model.set_filter(CaseFilter(codes=frozenset({"C-00003", "C-00004"})))
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def privacy_states(cases: list[CaseSummary]) -> dict[str, PrivacyState]:
    """Every fourth case in each state; the last case has no known state."""
    kinds = ("not_scanned", "undecided", "reviewed", "changed")
    return {c.code: PrivacyState(kinds[n % 4], (n * 3) % 7 + 1 if n % 4 == 1 else 0, n % 5,
                                 n % 3, None if n % 4 == 0 else "2026-12-01T10:00:00Z")
            for n, c in enumerate(cases[:-1])}


def test_case_table_privacy_column_filter_and_sort(qtmodeltester: ModelTester) -> None:
    model = CaseTableModel()
    cases = summaries(41)
    states = privacy_states(cases)
    model.set_cases(cases, states)
    qtmodeltester.check(model)
    cell = {model.index(r, 0).data(): model.index(r, CaseColumn.PRIVACY).data()
            for r in range(model.rowCount())}
    assert cell["C-00000"] == "Not scanned" and cell["C-00002"] == "Reviewed"
    assert cell["C-00001"] == "4 undecided" and cell["C-00003"] == "Changed since review"
    assert cell["C-00040"] == ""  # unknown is empty, never a state
    tip = model.index(0, CaseColumn.PRIVACY).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Never scanned")
    model.set_filter(CaseFilter(privacy="not_scanned"))
    assert model.rowCount() == 10
    assert {states[model.summary(r).code].state for r in range(10)} == {"not_scanned"}
    model.set_filter(CaseFilter(privacy="undecided", status="submitted"))
    assert all(model.summary(r).status == "submitted" and
               states[model.summary(r).code].state == "undecided"
               for r in range(model.rowCount()))
    model.set_filter(CaseFilter())
    model.sort(CaseColumn.PRIVACY, Qt.SortOrder.AscendingOrder)
    order = [model.index(r, CaseColumn.PRIVACY).data() for r in range(model.rowCount())]
    assert order[:10] == ["Not scanned"] * 10 and order[10:20] == ["Changed since review"] * 10
    undecided = [int(text.split()[0]) for text in order[20:30]]
    assert undecided == sorted(undecided, reverse=True)  # the most undecided first
    assert order[30:40] == ["Reviewed"] * 10 and order[40] == ""
    qtmodeltester.check(model)


@pytest.mark.timing
def test_case_table_stays_cheap_at_ten_thousand_cases() -> None:
    model = CaseTableModel()
    cases = summaries(10_000)
    started = time.perf_counter()
    model.set_cases(cases)
    model.sort(CaseColumn.TITLE, Qt.SortOrder.DescendingOrder)
    model.set_filter(CaseFilter(text="interview 99"))
    model.set_filter(CaseFilter())
    spent = time.perf_counter() - started
    started = time.perf_counter()
    for row in range(5000, 5040):  # one screenful of cells
        for column in CaseColumn:
            model.index(row, column).data()
    screen = time.perf_counter() - started
    assert model.rowCount() == 10_000
    assert spent < 0.5 and screen < 0.02, (spent, screen)


def theme(tid: str, parent: str | None, color: str = "#ffd1a3") -> Theme:
    return Theme(id=tid, parent_id=parent, name_en=f"Theme {tid}", name_ko=f"주제 {tid}",
                 name_ru=f"Тема {tid} ёлка", color=color, refs='["Ch. II §1"]',
                 definition="What it covers.")


def tree() -> list[ThemeNode]:
    return [ThemeNode(theme("a", None), 0, 2, 5), ThemeNode(theme("a.x", "a"), 1, 3, 3),
            ThemeNode(theme("a.y", "a"), 1, 0, 0), ThemeNode(theme("b", None), 0, 1, 1),
            ThemeNode(theme("b.z", "b"), 1, 0, 0), ThemeNode(theme("b.z.q", "b.z"), 2, 0, 0)]


def test_theme_tree_model(qtmodeltester: ModelTester) -> None:
    model = ThemeTreeModel()
    model.set_tree(tree())
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    b_z = model.index_of("b.z")
    assert b_z.parent() == model.index_of("b")
    assert model.index_of("b.z.q").parent() == b_z
    assert model.index_of("a", 2).data() == "5"
    tip = model.index_of("a.x").data(Qt.ItemDataRole.ToolTipRole)
    assert "주제 a.x" in tip and "Ch. II §1" in tip and "What it covers." in tip
    model.clear()
    qtmodeltester.check(model)


def test_theme_list_model_filters_in_three_languages(qtmodeltester: ModelTester) -> None:
    model = ThemeListModel()
    model.set_themes([node.theme for node in tree()])
    qtmodeltester.check(model)
    for query, first in (("theme b.z", "b.z"), ("주제 a.y", "a.y"), ("ТЕМА B", "b"),
                         ("елка", "a")):
        model.set_query(query)
        assert model.rowCount() >= 1 and model.theme_id(0) == first, query
    model.set_query("주제 b.z.q")  # found by its Korean name; shown in the interface language
    assert model.index(0, 0).data() == "Theme b.z.q — 주제 b.z.q · Тема b.z.q ёлка"
    model.set_query("nothing like this")
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_record_models(qtmodeltester: ModelTester) -> None:
    codings = CodingListModel()
    codings.set_rows([CodingView("k1", "C-1", 0, 4, "a", "Quota", "#ffd1a3", "me", True, "text"),
                      CodingView("k2", "C-1", 5, 9, "a", "Quota", "#ffd1a3", None, False, "")])
    qtmodeltester.check(codings)
    assert codings.index(1, 1).data() == "(could not be placed)"
    passages = PassageModel()
    passages.set_rows([Passage("k1", "C-1", "a", 10, 14, "before <b>", "core", "after")])
    qtmodeltester.check(passages)
    html = passages.index(0, 2).data(HtmlRole)
    assert "&lt;b&gt;" in html and f"<span style='{MARK_STYLE}'>core</span>" in html
    search = SearchModel()
    search.set_rows([SearchResult("transcript", "C-1", "C-1", "in Уссурийске we", [(3, 13)],
                                  [(40, 50)])])
    qtmodeltester.check(search)
    assert f"<span style='{MARK_STYLE}'>Уссурийске</span>" in search.index(0, 2).data(HtmlRole)
    memos = MemoModel()
    memos.set_rows([Memo(id="m1", target_kind="case", target_id="c", text="line one\nline two",
                         updated="2025-01-02T03:04:05.000000Z")])
    qtmodeltester.check(memos)
    assert memos.index(0, 0).data() == "line one line two"
    assert memos.index(0, 1).data() == "2025-01-02 03:04"


def test_theme_tree_from_a_real_codebook(qtmodeltester: ModelTester, vault: Vault) -> None:
    vault.cases.create(CaseInput("t", "Some words here.", ["en"], code="C-001"))
    vault.codings.add("C-001", "quota.planned", 0, 4)
    model = ThemeTreeModel()
    model.set_tree(vault.codebook.tree())
    qtmodeltester.check(model)
    assert model.index_of("quota", 2).data() == "1"
    assert model.index_of("quota.planned", 1).data() == "1"


def test_attribute_filter_matches_values_as_shown() -> None:
    model = CaseTableModel()
    cases = summaries(4)
    flagged = [CaseSummary(c.id, c.code, c.title, c.interview_date, c.location, c.languages,
                           c.interviewer, c.status, c.codings,
                           {**c.attributes, "returned": n % 2 == 0})
               for n, c in enumerate(cases)]
    model.set_cases(flagged)
    assert model.attribute_values("returned") == ["no", "yes"]
    model.set_filter(CaseFilter(attribute=("returned", "yes")))
    assert [model.summary(r).code for r in range(model.rowCount())] == ["C-00000", "C-00002"]
    model.set_filter(CaseFilter(attribute=("year", "2012")))
    assert [model.summary(r).code for r in range(model.rowCount())] == ["C-00002"]
