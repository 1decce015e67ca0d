"""The privacy review and the People page through the real widgets: scan (with cancel),
accept, reject, re-categorise, accept a category, withhold a selection, always-treat,
pseudonymise (only what was accepted), names on request, crypto-shred."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from fieldvault.core.errors import Refused
from fieldvault.core.vault import Vault
from fieldvault.ui.mainwindow import MainWindow
from fieldvault.ui.pages.privacy import PrivacyPage
from ui.uihelp import activate, close_messages, new_case, shown, unnamed_inputs, wait_message

MakeVault = Callable[[str, str], Vault]
TEXT = ("Q: Who kept the passports?\nA: Kim Chol-su kept them in Artyom. Call +7 914 123-45-67."
        "\nQ: And later?\nA: Иван Петров жил во Владивостоке, near the red fish plant.")


def row_text(page: PrivacyPage, text: str) -> int:
    rows = [r for r in range(page.model.rowCount()) if page.model.row(r).text == text]
    assert rows, [page.model.row(r).text for r in range(page.model.rowCount())]
    return rows[0]


def status_of(page: PrivacyPage, text: str) -> tuple[str, str]:
    view = page.model.row(row_text(page, text))
    return view.category, view.status


def scan(qtbot: QtBot, page: PrivacyPage) -> None:
    assert page.scan() is not None
    qtbot.waitUntil(lambda: page.task is None, timeout=120_000)
    activate(qtbot, page.window())  # offscreen Qt does not re-activate after the progress


def style_at(page: PrivacyPage, offset: int) -> QTextCharFormat.UnderlineStyle:
    for selection in page.view.extraSelections():
        if selection.cursor.selectionStart() <= offset < selection.cursor.selectionEnd():
            return selection.format.underlineStyle()
    raise AssertionError(f"nothing painted at {offset}")


def test_privacy_review_from_scan_to_pseudonymised_text(
        qtbot: QtBot, window: MainWindow, make_vault: MakeVault) -> None:
    ira = make_vault("ira", "interviewer")
    new_case(ira, "W-001", TEXT)
    window.attach(ira)
    window.open_case("W-001")
    qtbot.keyClick(window.workbench.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    page = window.privacy
    assert window.tabs.currentWidget() is page and page.code == "W-001"
    assert unnamed_inputs(page) == []
    scan(qtbot, page)
    assert status_of(page, "Kim Chol-su") == ("PERSON", "suggested")
    assert status_of(page, "+7 914 123-45-67") == ("PHONE", "suggested")
    assert ira.transcripts.current("W-001").text == TEXT  # suggestions replace nothing
    kim = TEXT.index("Kim Chol-su")
    assert style_at(page, kim) == QTextCharFormat.UnderlineStyle.DashUnderline

    page.table.selectRow(row_text(page, "Kim Chol-su"))
    qtbot.keyClick(page.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    category, status = status_of(page, "Kim Chol-su")
    assert (category, status) == ("PERSON", "accepted")
    assert page.model.row(row_text(page, "Kim Chol-su")).person.startswith("W-")  # a worker
    assert style_at(page, kim) == QTextCharFormat.UnderlineStyle.NoUnderline
    page.table.selectRow(row_text(page, "Artyom"))
    assert page.reject_current()
    assert status_of(page, "Artyom")[1] == "rejected"
    page.table.selectRow(row_text(page, "Владивостоке"))
    page.category.setCurrentIndex(page.category.findData("ADDRESS"))
    assert page.change_category()
    assert status_of(page, "Владивостоке") == ("ADDRESS", "suggested")
    page.all_category.setCurrentIndex(page.all_category.findData("PHONE"))
    qtbot.mouseClick(page.all_button, Qt.MouseButton.LeftButton)
    assert status_of(page, "+7 914 123-45-67") == ("PHONE", "accepted")
    assert page.note.text() == "Accepted 1 suggested PHONE detail."

    plant = TEXT.index("red fish plant")
    page.view.select_range(plant, plant + len("red fish plant"))
    page.manual_category.setCurrentIndex(page.manual_category.findData("ORG"))
    qtbot.keyClick(page.view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert status_of(page, "red fish plant") == ("ORG", "accepted")
    assert page.model.row(row_text(page, "red fish plant")).source == "manual"
    assert page.always_treat()  # remembers "red fish plant" as ORG for later scans

    # pseudonymise: only the accepted name becomes a code; the undecided one stays
    assert status_of(page, "Иван Петров") == ("PERSON", "suggested")
    qtbot.mouseClick(page.pseudonymise_button, Qt.MouseButton.LeftButton)
    (question,) = shown(QMessageBox)
    code = page.model.row(row_text(page, "Kim Chol-su")).person
    assert question.text().startswith(f"Replace 1 accepted name in W-001 by their pseudonym "
                                      f"codes (Kim Chol-su → {code})?")
    replace = next(b for b in question.buttons() if b.text() == "Replace names")
    qtbot.mouseClick(replace, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.note.text().startswith("Replaced 1 name;"), timeout=20_000)
    current = ira.transcripts.current("W-001")
    assert current.version == 2 and "Kim Chol-su" not in current.text and code in current.text
    assert "Иван Петров" in current.text
    assert page.view.toPlainText() == current.text
    qtbot.waitUntil(lambda: window.workbench.view.text == current.text, timeout=5000)
    assert "(version 2" in window.workbench.header.text()

    # a later case: the remembered term is suggested by every scan
    new_case(ira, "W-002", "They worked at the red fish plant for a year.")
    window.open_privacy("W-002")
    scan(qtbot, page)
    assert status_of(page, "red fish plant") == ("ORG", "suggested")
    assert page.model.row(row_text(page, "red fish plant")).source == "gazetteer"


def test_scan_can_be_cancelled(qtbot: QtBot, window: MainWindow,
                               make_vault: MakeVault) -> None:
    ira = make_vault("ira", "interviewer")
    new_case(ira, "W-001", "\n".join([TEXT] * 200))  # about 40 chunks of detection
    window.attach(ira)
    window.open_privacy("W-001")
    page = window.privacy
    progress = page.scan()
    assert progress is not None and not page.scan_button.isEnabled()
    progress.canceled.emit()  # what Cancel does
    qtbot.waitUntil(lambda: page.task is None, timeout=60_000)
    assert page.note.text() == "Scan cancelled; nothing was changed."
    assert ira.privacy.for_case("W-001") == [] and page.model.rowCount() == 0
    assert page.scan_button.isEnabled()


def test_people_page_hides_names_until_asked_and_shreds_after_saying_what(
        qtbot: QtBot, window: MainWindow, make_vault: MakeVault) -> None:
    ira = make_vault("ira", "interviewer")
    new_case(ira, "W-001", TEXT)
    kim = TEXT.index("Kim Chol-su")
    ira.privacy.add_manual("W-001", kim, kim + len("Kim Chol-su"), "PERSON", role="manager")
    ira.privacy.pseudonymise("W-001")  # version 1 is sealed
    window.attach(ira)
    page = window.people
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert unnamed_inputs(page) == []
    code = page.model.index(0, 0).data()
    assert code.startswith("M-") and page.model.index(0, 2).data() == "•••"
    assert page.model.row(0).identity is None  # not even held in memory
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show_names.setChecked(True)
    assert page.model.index(0, 2).data() == "Kim Chol-su"
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show_names.setChecked(False)
    assert page.model.index(0, 2).data() == "•••"
    qtbot.mouseClick(page.shred_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown(QMessageBox)), timeout=10_000)
    (question,) = shown(QMessageBox)
    text = question.text()
    assert "the real identities of 1 people" in text
    assert "the sealed text of 1 earlier transcript versions in 1 cases" in text
    assert "This cannot be undone." in text
    destroy = next(b for b in question.buttons() if b.text().startswith("Destroy the key"))
    qtbot.mouseClick(destroy, Qt.MouseButton.LeftButton)
    assert wait_message(qtbot) == "The identity key and 1 sealed identity are gone."
    close_messages()
    qtbot.waitUntil(lambda: not page.show_names.isEnabled(), timeout=10_000)
    assert not ira.people.has_identity_key() and not page.shred_button.isEnabled()
    assert page.model.index(0, 0).data() == code and page.model.index(0, 2).data() == "•••"
    with pytest.raises(Refused):
        ira.privacy.original("W-001", 1)


def test_lock_drops_privacy_and_people_state(qtbot: QtBot, window: MainWindow,
                                             make_vault: MakeVault) -> None:
    ira = make_vault("ira", "interviewer")
    new_case(ira, "W-001", TEXT)
    kim = TEXT.index("Kim Chol-su")
    ira.privacy.add_manual("W-001", kim, kim + len("Kim Chol-su"), "PERSON")
    window.attach(ira)
    window.open_privacy("W-001")
    page = window.people
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show_names.setChecked(True)
    assert page.model.index(0, 2).data() == "Kim Chol-su"
    assert window.privacy.model.rowCount() == 1 and window.privacy.view.toPlainText() == TEXT
    window.lock()
    assert window.privacy.model.rowCount() == 0 and window.privacy.view.toPlainText() == ""
    assert window.privacy.code is None and window.privacy.view.extraSelections() == []
    assert page.model.rowCount() == 0 and not page.show_names.isChecked()
