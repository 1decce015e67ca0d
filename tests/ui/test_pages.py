"""Cases page (filters, add, edit, import with cancel and bad input) and Codebook page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from fieldvault.core.vault import Passphrase, Vault
from fieldvault.ui.dialogs.case import CaseDialog
from fieldvault.ui.mainwindow import MainWindow
from fieldvault.ui.pages.codebook import ThemeFormDialog
from ui.uihelp import (
    EN_TEXT,
    activate,
    close_messages,
    message_texts,
    record,
    shown,
    three_records,
    type_committed,
    write_jsonl,
)
from vaulthelp import PASSPHRASE


def opened(qtbot: QtBot, window: MainWindow, vault_path: Path, records: int = 3) -> Vault:
    vault = Vault.open(vault_path, Passphrase(PASSPHRASE))
    window.attach(vault)
    if records:
        source = write_jsonl(vault_path.parent / "three.jsonl", three_records())
        window.cases.import_file(source)
        qtbot.waitUntil(lambda: window.cases.model.total == records, timeout=10_000)
        close_messages()
    return vault


def codes(window: MainWindow) -> list[str]:
    model = window.cases.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_filters_by_text_status_attribute_and_theme(qtbot: QtBot, window: MainWindow,
                                                    vault_path: Path) -> None:
    vault = opened(qtbot, window, vault_path)
    page = window.cases
    assert codes(window) == ["T-001", "T-002", "T-003"]
    type_committed(page.filter_text, "уссур")
    assert codes(window) == ["T-003"] and page.count.text() == "1 of 3 cases"
    page.filter_text.clear()
    vault.cases.update("T-002", status="approved")
    qtbot.waitUntil(lambda: page.model.summary(1).status == "approved", timeout=5000)
    page.status.setCurrentIndex(page.status.findData("approved"))
    assert codes(window) == ["T-002"]
    page.status.setCurrentIndex(0)
    page.attribute.setCurrentIndex(page.attribute.findData("city"))
    assert page.attribute_value.findText("Vladivostok") >= 0
    page.attribute_value.setCurrentText("Artyom")
    assert codes(window) == ["T-001", "T-003"]
    page.attribute.setCurrentIndex(0)
    page.theme.setCurrentIndex(page.theme.findData("quota"))  # subthemes count too
    qtbot.waitUntil(lambda: codes(window) == ["T-001"], timeout=5000)
    page.theme.setCurrentIndex(0)
    assert codes(window) == ["T-001", "T-002", "T-003"]
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # by title
    assert codes(window)[0] == "T-002"  # Hangul sorts after Latin and Cyrillic


def test_add_and_edit_a_case_through_the_dialog(qtbot: QtBot, window: MainWindow,
                                                vault_path: Path) -> None:
    vault = opened(qtbot, window, vault_path, records=0)
    page = window.cases
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = shown(CaseDialog)[0]
    qtbot.keyClicks(dialog.code, "K-123")
    qtbot.keyClicks(dialog.title, "Night work")
    qtbot.keyClicks(dialog.date, "1.12.2015")
    dialog.languages["en"].setChecked(True)
    dialog.transcript.setPlainText(EN_TEXT)
    dialog.attributes.insertRow(0)
    dialog._add_attribute_row(dialog.attributes, "year_of_arrival", "2013")
    dialog.accept()
    assert dialog.isVisible() and "not a YYYY-MM-DD" in dialog.problem.text()
    dialog.date.setText("2015-12-01")
    dialog.accept()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: page.current_code() == "K-123", timeout=5000)
    summary = vault.cases.summaries(codes=["K-123"])[0]
    assert summary.attributes == {"year_of_arrival": 2013}
    activate(qtbot, window)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    edit = shown(CaseDialog)[0]
    assert edit.code.isReadOnly() and edit.title.text() == "Night work"
    edit.status.setCurrentIndex(edit.status.findData("submitted"))
    edit.attributes.item(0, 1).setText("2014")
    edit.accept()
    assert not edit.isVisible()
    summary = vault.cases.summaries(codes=["K-123"])[0]
    assert summary.status == "submitted" and summary.attributes["year_of_arrival"] == 2014


def test_import_can_be_cancelled_and_bad_files_get_one_sentence(
        qtbot: QtBot, window: MainWindow, vault_path: Path, tmp_path: Path) -> None:
    vault = opened(qtbot, window, vault_path, records=0)
    big = write_jsonl(tmp_path / "big.jsonl", [record(f"B-{i:04d}", f"Case {i}", EN_TEXT, ["en"])
                                               for i in range(1500)])
    progress = window.cases.import_file(big)
    assert progress is not None
    cancelled: list[bool] = []

    def cancel_on_first_progress() -> None:
        if progress.value() > 0 and not cancelled:
            cancelled.append(True)
            qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: cancel_on_first_progress() or bool(cancelled), timeout=20_000)
    qtbot.waitUntil(lambda: bool(message_texts()), timeout=20_000)
    assert message_texts() == ["Import cancelled; nothing was imported."]
    assert vault.cases.summaries() == []
    close_messages()
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "x"}\nnot json\n', encoding="utf-8")
    window.cases.import_file(bad)
    qtbot.waitUntil(lambda: bool(message_texts()), timeout=10_000)
    (text,) = message_texts()
    assert text.startswith("bad.jsonl line 1") and "Traceback" not in text


def test_codebook_edits_with_safeguards(qtbot: QtBot, window: MainWindow,
                                        vault_path: Path) -> None:
    vault = opened(qtbot, window, vault_path)  # T-001 has one quota.planned coding
    page = window.codebook
    page.select("quota")
    dialog = page.add_theme()
    assert isinstance(dialog, ThemeFormDialog)
    edits = dialog.findChildren(QLineEdit)
    edits[0].setText("quota.night")
    edits[1].setText("Night quota")
    edits[2].setText("야간 계획분")
    dialog.accept()
    assert not dialog.isVisible()
    assert vault.codebook.get("quota.night").parent_id == "quota"
    assert page.current() is not None and page.current().id == "quota.night"
    assert "야간 계획분" in page.details.toHtml()
    # rename, then move to top level
    rename = page.rename_theme()
    assert rename is not None
    rename.findChildren(QLineEdit)[0].setText("Night")
    rename.accept()
    assert vault.codebook.get("quota.night").name_en == "Night"
    move = page.move_theme()
    assert move is not None
    move.findChildren(QComboBox)[0].setCurrentIndex(0)  # "(top level)"
    move.accept()
    assert vault.codebook.get("quota.night").parent_id is None
    # deleting a theme that has codings asks what to do with them; choose "move"
    page.select("quota.planned")
    guard = page.delete_theme()
    assert isinstance(guard, ThemeFormDialog)
    combos = guard.findChildren(QComboBox)
    mode, into = combos
    assert mode.currentData() == "move"
    into.setCurrentIndex(into.findData("quota.night"))
    guard.accept()
    assert [c.theme_id for c in vault.codings.for_case("T-001")] == ["quota.night"]
    # merging moves the codings to the survivor
    page.select("quota.night")
    merge = page.merge_theme()
    assert merge is not None
    survivor = merge.findChildren(QComboBox)[0]
    survivor.setCurrentIndex(survivor.findData("quota.outstanding"))
    merge.accept()
    assert [c.theme_id for c in vault.codings.for_case("T-001")] == ["quota.outstanding"]
    # a theme without codings: a plain confirmation
    page.select("quota.loyalty_fund")
    box = page.delete_theme()
    assert box is not None and "Delete “Loyalty payments”?" in box.text()
    box.buttons()[0].click()
    qtbot.waitUntil(lambda: not page.model.index_of("quota.loyalty_fund").isValid())
