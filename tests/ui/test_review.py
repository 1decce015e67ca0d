"""Review through the real widgets: members, the case workflow, verdicts in the workbench,
validity, blind coding, agreement (table, disagreements, CSV, cancel) and lock."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from fieldvault.core.vault import Vault
from fieldvault.ui.dialogs.members import MembersDialog
from fieldvault.ui.dialogs.workflow import CaseWorkflowDialog
from fieldvault.ui.mainwindow import MainWindow
from fieldvault.ui.models.records import CodingColumn
from fieldvault.ui.models.review import AgreementColumn
from fieldvault.ui.pages.agreement import AgreementPage
from ui.uihelp import EN_TEXT, new_case, shown, unnamed_inputs

MakeVault = Callable[[str, str], Vault]


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def visible_moves(dialog: CaseWorkflowDialog) -> list[str]:
    return [status for status, button in dialog.buttons.items() if not button.isHidden()]


def test_members_dialog_shows_copies_and_adds_identities(
        qtbot: QtBot, window: MainWindow, make_vault: MakeVault) -> None:
    ira, sam = make_vault("ira", "interviewer"), make_vault("sam", "supervisor")
    window.attach(ira)
    window.review_actions.members_action.trigger()
    (dialog,) = shown(MembersDialog)
    me = ira.members.me()
    assert dialog.my_text.toPlainText() == me.text
    assert me.signing_fingerprint in dialog.fingerprints.text()
    click(qtbot, dialog.copy_button)
    assert QGuiApplication.clipboard().text() == me.text
    dialog.paste.setPlainText("not an identity")
    click(qtbot, dialog.add_button)
    assert dialog.problem.text().endswith(".") and "Traceback" not in dialog.problem.text()
    assert [m.name for m in ira.members.list()] == ["ira"]
    dialog.paste.setPlainText(sam.members.me().text)
    dialog.add_role.setCurrentIndex(dialog.add_role.findData("coder"))
    click(qtbot, dialog.add_button)
    assert {m.name: m.role for m in ira.members.list()} == {"ira": "interviewer", "sam": "coder"}
    names = [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]
    assert names == ["ira (you)", "sam"] and dialog.paste.toPlainText() == ""
    dialog.table.selectRow(1)
    dialog.role.setCurrentIndex(dialog.role.findData("supervisor"))
    click(qtbot, dialog.role_button)
    assert {m.name: m.role for m in ira.members.list()}["sam"] == "supervisor"
    assert dialog.model.index(1, 1).data() == "supervisor"
    dialog.paste.setPlainText(sam.members.me().text)
    click(qtbot, dialog.add_button)
    assert "already known as member 'sam'" in dialog.problem.text()


def test_workflow_offers_only_the_moves_the_role_allows(
        qtbot: QtBot, window: MainWindow, make_vault: MakeVault) -> None:
    ira = make_vault("ira", "interviewer")
    new_case(ira, "W-001")
    window.attach(ira)
    qtbot.waitUntil(lambda: window.cases.select("W-001"), timeout=10_000)
    dialog = window.review_actions.workflow()
    assert isinstance(dialog, CaseWorkflowDialog) and dialog.isVisible()
    assert visible_moves(dialog) == ["submitted"] and dialog.reveal_button.isHidden()
    click(qtbot, dialog.buttons["submitted"])
    assert ira.cases.get("W-001").status == "submitted"
    assert dialog.model.index(0, 1).data() == "draft → submitted"
    assert dialog.model.index(0, 2).data() == "ira"
    assert visible_moves(dialog) == [] and "another member does" in dialog.state.text()
    ira.members.update_self(role="supervisor")  # the dialog follows the role change
    qtbot.waitUntil(lambda: visible_moves(dialog) == ["in_review"], timeout=5000)
    assert visible_moves(dialog) == ["in_review"] and not dialog.reveal_button.isHidden()
    click(qtbot, dialog.buttons["in_review"])
    assert visible_moves(dialog) == ["returned", "approved"]
    click(qtbot, dialog.buttons["returned"])
    assert "needs a comment" in dialog.problem.text()
    assert ira.cases.get("W-001").status == "in_review"
    dialog.comment.setPlainText("Ask again about the passports.")
    click(qtbot, dialog.buttons["returned"])
    assert ira.cases.get("W-001").status == "returned"
    assert ira.review.history("W-001")[-1].comment == "Ask again about the passports."
    assert dialog.model.rowCount() == 3 and dialog.comment.toPlainText() == ""
    click(qtbot, dialog.reveal_button)
    assert ira.review.is_revealed("W-001") and dialog.reveal_button.isHidden()


def test_supervisor_judges_codings_in_the_workbench_and_sees_validity(
        qtbot: QtBot, window: MainWindow, make_vault: MakeVault) -> None:
    sam = make_vault("sam", "supervisor")
    new_case(sam, "W-001")
    first = sam.codings.add("W-001", "work.wages", 0, 10, coder="ann")
    second = sam.codings.add("W-001", "work.wages", 20, 30, coder="ben")
    window.attach(sam)
    window.open_case("W-001")
    bench = window.workbench
    assert bench.verdict_panel.isVisible() and bench.valid_action.isEnabled()
    bench._select_in_side(first.id)
    qtbot.keyClicks(bench.verdict_panel.comment, "fits the definition")
    qtbot.keyClick(bench.view, Qt.Key.Key_F7)
    [verdict] = sam.review.verdicts("W-001")
    assert (verdict.coding_id, verdict.verdict, verdict.comment) == (
        first.id, "valid", "fits the definition")
    row = bench.side_model.row_of(first.id)
    assert row is not None
    assert bench.side_model.index(row, CodingColumn.REVIEW).data() == (
        "✔ valid — fits the definition")
    bench._select_in_side(second.id)
    assert bench.verdict_panel.comment.text() == ""
    assert "not reviewed yet" in bench.verdict_panel.state.text()
    qtbot.keyClick(bench.view, Qt.Key.Key_F8)
    assert {v.coding_id: v.verdict for v in sam.review.verdicts("W-001")} == {
        first.id: "valid", second.id: "invalid"}
    assert "judged invalid by sam" in bench.verdict_panel.state.text()
    page = window.review
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()
    coders = {page.coders.index(r, 0).data(): [page.coders.index(r, c).data()
                                               for c in range(1, 6)]
              for r in range(page.coders.rowCount())}
    assert coders == {"ann": ["1", "1", "0", "0", "100 %"], "ben": ["1", "0", "1", "0", "0 %"]}
    assert [page.themes.index(0, c).data() for c in range(6)] == [
        sam.codebook.get("work.wages").name_en, "2", "1", "1", "0", "50 %"]


def test_interviewers_cannot_judge(qtbot: QtBot, window: MainWindow,
                                   make_vault: MakeVault) -> None:
    ira = make_vault("ira", "interviewer")
    new_case(ira, "W-001")
    coding = ira.codings.add("W-001", "work.wages", 0, 10)
    window.attach(ira)
    window.open_case("W-001")
    bench = window.workbench
    assert bench.verdict_panel.isHidden() and not bench.valid_action.isEnabled()
    bench._select_in_side(coding.id)
    qtbot.keyClick(bench.view, Qt.Key.Key_F7)
    assert not bench.verdict_panel.judge("valid")
    assert ira.review.verdicts("W-001") == []


def test_a_blind_coder_sees_only_their_own_codings(
        qtbot: QtBot, window: MainWindow, make_vault: MakeVault) -> None:
    cora = make_vault("cora", "coder")
    new_case(cora, "W-001")
    mine = cora.codings.add("W-001", "work.wages", 0, 10)
    theirs = cora.codings.add("W-001", "work.wages", 5, 25, coder="dan")
    window.attach(cora)
    window.open_case("W-001")
    bench = window.workbench
    assert [c.id for c in bench.codings] == [mine.id]
    assert len(bench.view.extraSelections()) == 1
    assert "Blind coding" in bench.header.text()
    bench.show_all.setChecked(True)
    assert bench.side_model.row_of(theirs.id) is None
    cora.members.update_self(role="supervisor")
    cora.review.reveal("W-001")
    cora.members.update_self(role="coder")
    window.open_case("W-001")
    assert {c.id for c in bench.codings} == {mine.id, theirs.id}
    assert "Blind coding" not in bench.header.text()


def two_coders(vault: Vault) -> tuple[str, int]:
    """W-001 coded by ann on 0-10 and by ben on 5-10 with one theme; returns it and length."""
    new_case(vault, "W-001")
    vault.codings.add("W-001", "work.wages", 0, 10, coder="ann")
    vault.codings.add("W-001", "work.wages", 5, 10, coder="ben")
    return "W-001", len(EN_TEXT)


def compute(qtbot: QtBot, page: AgreementPage) -> None:
    with qtbot.waitSignal(page.computed, timeout=20_000):
        assert page.compute() is not None


def test_agreement_table_disagreements_and_csv(
        qtbot: QtBot, window: MainWindow, make_vault: MakeVault, tmp_path: Path) -> None:
    sam = make_vault("sam", "supervisor")
    code, length = two_coders(sam)
    window.attach(sam)
    window.review_actions.agreement_action.trigger()
    page = window.agreement
    assert window.tabs.currentWidget() is page
    compute(qtbot, page)
    assert page.model.rowCount() == 2  # the theme, then overall
    cells = [page.model.index(0, c).data() for c in AgreementColumn]
    assert cells[:4] == [sam.codebook.get("work.wages").name_en, "ann, ben", "1", str(length)]
    assert cells[4] == f"{100 * (length - 5) / length:.1f} %"  # they differ on 5 characters
    assert page.model.index(1, 0).data() == "Overall (all themes)"
    with qtbot.waitSignal(page.cases_shown, timeout=20_000):
        page.table.selectRow(0)
    assert page.cases.rowCount() == 1 and page.cases.row(0).code == code
    assert page.cases.row(0).stretches == 1
    page.case_table.selectRow(0)
    left, right = page.side.panes
    assert (left.coder, right.coder) == ("ann", "ben")
    assert left.toPlainText() == EN_TEXT and left.stretch_at(2) is not None
    assert right.stretch_at(2).applied_by == ("ann",)  # type: ignore[union-attr]
    assert left.stretch_at(7) is None  # both coded 5-10
    with qtbot.waitSignal(window.workbench.view.cursorPositionChanged, timeout=5000):
        page.side.stretch_activated.emit(code, 0, 5)
    assert window.tabs.currentWidget() is window.workbench
    assert window.workbench.view.selection_range() == (0, 5)
    target = tmp_path / "agreement"
    assert page.write_csv(target)
    with open(tmp_path / "agreement.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["theme"] for r in rows] == ["work.wages", ""]
    assert abs(float(rows[0]["percent"]) - (length - 5) / length) < 1e-4
    page.unit.setCurrentIndex(page.unit.findData("sentence"))
    compute(qtbot, page)
    assert page.model.index(0, AgreementColumn.UNITS).data() != str(length)


def test_agreement_can_be_cancelled(qtbot: QtBot, window: MainWindow,
                                    make_vault: MakeVault) -> None:
    sam = make_vault("sam", "supervisor")
    two_coders(sam)
    window.attach(sam)
    page = window.agreement
    progress = page.compute()
    assert progress is not None and progress.isVisible()
    progress.canceled.emit()  # what Cancel does; before the result can reach the UI thread
    assert page.progress is None and "Cancelled" in page.note.text()
    window.runner.wait(10_000)
    qtbot.wait(50)
    assert page.model.rowCount() == 0
    compute(qtbot, page)  # and a new run works
    assert page.model.rowCount() == 2


def test_lock_drops_review_state_and_dialogs(
        qtbot: QtBot, window: MainWindow, make_vault: MakeVault) -> None:
    sam = make_vault("sam", "supervisor")
    two_coders(sam)
    window.attach(sam)
    compute(qtbot, window.agreement)
    window.agreement.table.selectRow(0)
    with qtbot.waitSignal(window.review.loaded, timeout=10_000):
        window.review.reload()
    window.open_case("W-001")
    window.workbench._select_in_side(window.workbench.codings[0].id)
    members = window.review_actions.members()
    workflow = window.review_actions.workflow("W-001")
    assert members is not None and workflow is not None
    window.lock()
    assert window.session is None
    for dialog in (members, workflow):
        assert dialog.result() == QDialog.DialogCode.Rejected
    assert members.model.rowCount() == 0 and members.my_text.toPlainText() == ""
    assert workflow.model.rowCount() == 0
    assert window.agreement.model.rowCount() == 0 and window.agreement.cases.rowCount() == 0
    assert window.agreement.coders.count() == 0 and not window.agreement.side.panes
    assert window.review.coders.rowCount() == 0 and window.review.themes.rowCount() == 0
    assert window.workbench.verdict_panel.coding is None
    assert not window.review_actions.members_action.isEnabled()
    qtbot.waitUntil(lambda: sam.locked, timeout=10_000)  # the closing thread zeroes the key


def test_review_and_exchange_dialogs_name_every_input(
        qtbot: QtBot, window: MainWindow, make_vault: MakeVault) -> None:
    sam = make_vault("sam", "supervisor")
    new_case(sam, "W-001")
    window.attach(sam)
    actions = window.review_actions
    dialogs = [actions.members(), actions.workflow("W-001"), actions.send(["W-001"]),
               actions.purge()]
    for dialog in dialogs:
        assert dialog is not None
        assert unnamed_inputs(dialog) == [], type(dialog).__name__
        dialog.reject()
    for page in (window.review, window.agreement):
        assert unnamed_inputs(page) == []


def test_retrieve_hides_other_coders_passages_from_a_blind_coder(
        qtbot: QtBot, window: MainWindow, make_vault: MakeVault) -> None:
    cora = make_vault("cora", "coder")
    new_case(cora, "W-001")
    mine = cora.codings.add("W-001", "work.wages", 0, 10)
    cora.codings.add("W-001", "work.wages", 5, 25, coder="dan")
    window.attach(cora)
    page = window.retrieve
    page.choose(["work.wages"])
    with qtbot.waitSignal(page.retrieved, timeout=10_000) as blocker:
        page.retrieve()
    assert blocker.args == [1] and page.model.row(0).coding_id == mine.id
    cora.members.update_self(role="supervisor")
    cora.review.reveal("W-001")
    cora.members.update_self(role="coder")
    with qtbot.waitSignal(page.retrieved, timeout=10_000) as blocker:
        page.retrieve()
    assert blocker.args == [2]


def test_workbench_header_follows_status_moves(qtbot: QtBot, window: MainWindow,
                                               make_vault: MakeVault) -> None:
    ira = make_vault("ira", "interviewer")
    new_case(ira, "W-001")
    window.attach(ira)
    window.open_case("W-001")
    assert "(version 1, draft)" in window.workbench.header.text()
    dialog = window.review_actions.workflow()
    assert dialog is not None
    qtbot.mouseClick(dialog.buttons["submitted"], Qt.MouseButton.LeftButton)
    assert "(version 1, submitted)" in window.workbench.header.text()
