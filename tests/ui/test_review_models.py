"""The review and exchange models through pytest-qt's model tester, with what views use."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from fieldvault.core.analysis.agreement import Agreement
from fieldvault.core.records.codings import CodingView
from fieldvault.core.records.members import MemberInfo
from fieldvault.core.records.review import ConflictView, HistoryEntry, ValidityRow, VerdictView
from fieldvault.ui.models.records import CodingColumn, CodingListModel
from fieldvault.ui.models.review import (
    AgreementColumn,
    AgreementModel,
    ConflictModel,
    DisagreementModel,
    HistoryModel,
    MemberModel,
    ValidityModel,
)


def test_member_and_history_models(qtmodeltester: ModelTester) -> None:
    members = MemberModel()
    members.set_rows([MemberInfo("1", "ira", "interviewer", True, "AB12", "CD34"),
                      MemberInfo("2", "ann", "coder", False, None, None)])
    qtmodeltester.check(members)
    assert members.index(0, 0).data() == "ira (you)"
    assert members.index(1, 2).data() == "known by name only"
    history = HistoryModel()
    history.set_rows([HistoryEntry("2025-01-02T03:04:05Z", "in_review", "returned", None,
                                   "line one\nline two")])
    qtmodeltester.check(history)
    assert [history.index(0, c).data() for c in range(4)] == [
        "2025-01-02 03:04", "in review → returned", "(unknown)", "line one line two"]


def test_validity_and_agreement_models(qtmodeltester: ModelTester) -> None:
    validity = ValidityModel(None, "Theme", lambda key: key.upper())
    validity.set_rows([ValidityRow("work", 4, 1, 1, 2, 0.5),
                       ValidityRow("quota", 1, 0, 0, 1, None)])
    qtmodeltester.check(validity)
    assert validity.headerData(0, Qt.Orientation.Horizontal) == "Theme"
    assert [validity.index(1, c).data() for c in (0, 5)] == ["QUOTA", "–"]
    agreement = AgreementModel(None, lambda key: f"<{key}>")
    agreement.set_rows([Agreement("a", 10, 0.9, 0.4, 0.41, ["x", "y"], 9, 1, {"x": 3}),
                        Agreement(None, 10, 1.0, None, None, ["x", "y"], 10, 1, {})])
    qtmodeltester.check(agreement)
    assert agreement.index(0, AgreementColumn.THEME).data() == "<a>"
    assert agreement.index(0, AgreementColumn.KAPPA).data() == "0.400"
    assert agreement.index(1, AgreementColumn.ALPHA).data() == "–"
    assert agreement.index(1, AgreementColumn.THEME).data(Qt.ItemDataRole.FontRole).bold()


def test_disagreement_and_conflict_models(qtmodeltester: ModelTester) -> None:
    differences = DisagreementModel()
    qtmodeltester.check(differences)
    differences.set_case("Он жил в Уссурийске.", ["ann", "ben", "cy"],
                         [(0, 7, {"ann": True, "ben": False, "cy": True})])
    qtmodeltester.check(differences)
    assert differences.columnCount() == 5
    assert [differences.index(0, c).data() for c in range(5)] == [
        "0–7", "Он жил", "applied", "—", "applied"]
    conflicts = ConflictModel()
    conflicts.set_rows([
        ConflictView("c1", "W-1", "coding", "r", "b", json.dumps({"theme": "t", "start": 1,
                                                                 "end": 4}), False, "2025-01-01"),
        ConflictView("c2", None, "person", "r", "b", "not json", True, "2025-01-02")])
    qtmodeltester.check(conflicts)
    assert "(t, 1–4)" in conflicts.index(0, 3).data()
    assert conflicts.index(1, 1).data() == "–" and conflicts.index(1, 4).data() == "resolved"


def test_coding_list_shows_verdicts(qtmodeltester: ModelTester) -> None:
    model = CodingListModel()
    model.set_rows([CodingView("k1", "C-1", 0, 4, "a", "Quota", "#ffd1a3", "ann", True, "text"),
                    CodingView("k2", "C-1", 5, 9, "a", "Quota", "#ffd1a3", "ben", True, "more")])
    changed: list[int] = []
    model.dataChanged.connect(lambda top, bottom, _roles: changed.append(bottom.row()))
    model.set_verdicts([VerdictView("k2", "invalid", "too short", "sam", "2025-02-01T00:00Z")])
    qtmodeltester.check(model)
    assert changed == [1]
    assert model.index(0, CodingColumn.REVIEW).data() is None
    assert model.index(1, CodingColumn.REVIEW).data() == "✘ invalid — too short"
    assert "invalid by sam on 2025-02-01" in model.index(1, CodingColumn.REVIEW).data(
        Qt.ItemDataRole.ToolTipRole)
