"""End to end through the real widgets: create → import → code → memo → undo/redo → search →
retrieve → idle lock → unlock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldvault.ui.mainwindow import MainWindow
from fieldvault.ui.models.html import MARK_STYLE, HtmlRole
from fieldvault.ui.pages.start import CreateVaultDialog, RecoveryCodeDialog
from fieldvault.ui.widgets.picker import ThemePicker
from ui.uihelp import (
    KO_TEXT,
    activate,
    close_messages,
    message_texts,
    shown,
    three_records,
    type_committed,
    write_jsonl,
)
from vaulthelp import PASSPHRASE

QUOTA_KO = "국가 계획분"  # Korean name of quota.planned in the seeded codebook


def create_vault(qtbot: QtBot, window: MainWindow, folder: Path) -> None:
    qtbot.mouseClick(window.start.create_button, Qt.MouseButton.LeftButton)
    dialog = shown(CreateVaultDialog)[0]
    assert not dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.name, "field-2015")
    dialog.folder.setText(str(folder))
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    assert "differ" not in dialog.hint.text() and not dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.repeat, PASSPHRASE[:5])  # on its way: no warning yet
    assert "differ" not in dialog.hint.text() and not dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.repeat, "X")
    assert "differ" in dialog.hint.text()
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.repeat, PASSPHRASE[5:])
    assert dialog.create_button.isEnabled()
    assert dialog.meter.value() >= 2
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown(RecoveryCodeDialog)), timeout=20_000)
    recovery = shown(RecoveryCodeDialog)[0]
    code = recovery.code.code
    assert recovery.code.text() == "\n".join(["-".join(code.split("-")[i:i + 3])
                                             for i in (0, 3, 6)])  # three unbroken lines
    assert not recovery.continue_button.isEnabled()
    qtbot.keyClick(recovery.retype, Qt.Key.Key_Escape)  # Escape / close do nothing yet
    assert recovery.isVisible()
    qtbot.keyClicks(recovery.retype, code.lower().replace("-", " ")[:-1])
    assert not recovery.continue_button.isEnabled()
    qtbot.keyClicks(recovery.retype, code[-1])
    assert recovery.continue_button.isEnabled()
    qtbot.mouseClick(recovery.continue_button, Qt.MouseButton.LeftButton)
    assert not recovery.isVisible() and recovery.code.text() == ""


def test_full_flow(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    create_vault(qtbot, window, tmp_path)
    assert window.session is not None
    assert (tmp_path / "field-2015.fieldvault" / "vault.db").exists()
    vault = window.session.vault

    # import with a progress dialog, then the report
    source = write_jsonl(tmp_path / "three.jsonl", three_records())
    with qtbot.waitSignal(window.cases.loaded, timeout=20_000):
        window.cases.import_file(source)
        qtbot.waitUntil(lambda: any("Imported 3 cases" in t for t in message_texts()),
                        timeout=20_000)
    close_messages()
    activate(qtbot, window)
    qtbot.waitUntil(lambda: window.cases.model.rowCount() == 3)

    # open the Korean case from the table with Enter
    assert window.cases.select("T-002")
    qtbot.keyClick(window.cases.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.workbench)  # read on a worker
    view = window.workbench.view
    assert view.text == KO_TEXT

    # select a passage and code it through the picker, typing the theme's Korean name
    start = KO_TEXT.index("국가 계획분은")
    end = KO_TEXT.index("달러인데") + len("달러인데")
    view.select_range(start, end)
    qtbot.keyClick(view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    picker = shown(ThemePicker)[0]
    type_committed(picker.query, QUOTA_KO)
    assert picker.model.theme_id(0) == "quota.planned"
    qtbot.keyClick(picker.query, Qt.Key.Key_Return)
    codings = vault.codings.for_case("T-002")
    assert [(c.theme_id, c.start, c.end) for c in codings] == [("quota.planned", start, end)]
    coding_id = codings[0].id
    painted = view.extraSelections()
    assert [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in painted] == [(start, end)]
    assert window.workbench.side_model.row_of(coding_id) is not None

    # a memo on that coding
    window.workbench._select_in_side(coding_id)
    qtbot.keyClick(view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    memos = window.workbench.coding_memos
    assert memos.editor.hasFocus()
    qtbot.keyClicks(memos.editor, "Quota named precisely: 240 dollars.")
    qtbot.mouseClick(memos.add_button, Qt.MouseButton.LeftButton)
    assert [m.text for m in vault.memos.for_target("coding", coding_id)] == [
        "Quota named precisely: 240 dollars."]

    # undo and redo the coding; remove it and undo the removal (same id comes back)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert vault.codings.for_case("T-002") == []
    assert view.extraSelections() == []
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert [c.id for c in vault.codings.for_case("T-002")] == [coding_id]
    window.workbench._select_in_side(coding_id)
    qtbot.keyClick(window.workbench.side, Qt.Key.Key_Delete)
    assert vault.codings.for_case("T-002") == []
    window.workbench.undo_action.trigger()
    assert [c.id for c in vault.codings.for_case("T-002")] == [coding_id]

    # search from the Search page; the snippet is highlighted; opening jumps to the hit
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert window.tabs.currentWidget() is window.search
    type_committed(window.search.query, "Уссурийск")
    with qtbot.waitSignal(window.search.searched, timeout=10_000):
        qtbot.keyClick(window.search.query, Qt.Key.Key_Return)
    hits = window.search.model.rows()  # the transcript, and the title ("case details")
    assert sorted((h.kind, h.case_code) for h in hits) == [("case", "T-003"),
                                                            ("transcript", "T-003")]
    row = [h.kind for h in hits].index("transcript")
    html = window.search.model.index(row, 2).data(HtmlRole)
    assert MARK_STYLE in html and "Уссурийск" in html
    window.search.table.setCurrentIndex(window.search.model.index(row, 0))
    qtbot.keyClick(window.search.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workbench.code == "T-003")  # read on a worker
    chosen = view.selection_range()
    assert chosen is not None and view.text[chosen[0]:chosen[1]].startswith("Уссурийск")

    # retrieve every passage of the quota group across cases, then jump back to one
    window.retrieve.choose(["quota"])
    with qtbot.waitSignal(window.retrieve.retrieved, timeout=10_000) as got:
        window.retrieve.retrieve()
    assert got.args == [2]
    assert {p.case_code for p in window.retrieve.model.rows()} == {"T-001", "T-002"}
    row = [p.case_code for p in window.retrieve.model.rows()].index("T-002")
    window.retrieve.table.setCurrentIndex(window.retrieve.model.index(row, 0))
    qtbot.keyClick(window.retrieve.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workbench.code == "T-002")  # read on a worker
    assert view.selection_range() == (start, end)

    # lock on idle: everything dropped; then unlock again with the passphrase
    window.idle.set_timeout_ms(50)
    qtbot.waitUntil(lambda: window.session is None, timeout=5_000)
    assert window.stack.currentWidget() is window.unlock_page
    assert window.cases.model.rowCount() == 0
    assert view.toPlainText() == "" and window.workbench.side_model.rowCount() == 0
    assert window.search.model.rowCount() == 0 and window.retrieve.model.rowCount() == 0
    assert window.workbench.undo_stack.count() == 0
    qtbot.waitUntil(lambda: vault.locked, timeout=10_000)  # the closing thread zeroes the key
    window.idle.set_timeout_ms(10 * 60_000)  # or the 50 ms idle lock strikes again
    qtbot.keyClicks(window.unlock_page.secret, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    qtbot.waitUntil(lambda: window.cases.model.rowCount() == 3, timeout=10_000)
    assert QApplication.clipboard() is not None
