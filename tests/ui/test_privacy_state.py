"""Review state everyone can see, through the real widgets: the Cases table's Privacy column
and filter, the Privacy page's "not scanned yet", the pseudonymise confirmation, the export
dialog's preview and "Require review", the bundle dialog's undecided counts, and "Not a
person" on the People page. Every vault is real; the demo interviews are imported unscanned.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox, QProgressBar
from pytestqt.qtbot import QtBot

from fieldvault.core.export.service import SCAN_SHARE
from fieldvault.core.records import seeds
from fieldvault.core.vault import Passphrase, Vault
from fieldvault.ui.dialogs.bundle_export import ExportBundleDialog
from fieldvault.ui.dialogs.export import ExportDialog, ExportResultDialog
from fieldvault.ui.mainwindow import MainWindow
from fieldvault.ui.models.cases import CaseColumn
from ui.uihelp import (
    activate,
    close_messages,
    introduce,
    new_case,
    shown,
    unnamed_inputs,
    wait_message,
)
from vaulthelp import PASSPHRASE

MakeVault = Callable[[str, str], Vault]
DEMO_CODES = [json.loads(line)["case_code"]
              for line in seeds.DEMO_PATH.read_text(encoding="utf-8").splitlines() if line]
SHORT = "PK-005"  # an English demo interview: the quickest to scan
PHONE = "+7 914 123-45-67"
TEXT = (f"Q: Who kept the passports?\nA: Kim Chol-su kept them in Artyom. Call {PHONE}.\n"
        "Q: And the money?\nA: We paid the plan every month, two hundred and forty dollars.")


def privacy_column(window: MainWindow) -> dict[str, str]:
    model = window.cases.model
    return {model.index(r, CaseColumn.CODE).data(): model.index(r, CaseColumn.PRIVACY).data()
            for r in range(model.rowCount())}


def demo_imported(qtbot: QtBot, window: MainWindow, vault_path: Path) -> Vault:
    """The demo interviews imported through the Cases page, without any scan."""
    vault = Vault.open(vault_path, Passphrase(PASSPHRASE))
    window.attach(vault)
    window.cases.import_file(seeds.DEMO_PATH)
    qtbot.waitUntil(lambda: window.cases.model.total == len(DEMO_CODES), timeout=30_000)
    close_messages()
    return vault


def choose(qtbot: QtBot, combo: QComboBox, data: str | None) -> None:
    """Pick an entry with the keyboard, as a user would (Home, then Down)."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentData() != data:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"{data!r} is not in the combo box"


def undecided(vault: Vault, code: str) -> int:
    return sum(1 for r in vault.privacy.for_case(code) if r.placed and r.status == "suggested")


def test_cases_column_says_not_scanned_and_filters_on_the_state(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    vault = demo_imported(qtbot, window, vault_path)
    page = window.cases
    qtbot.waitUntil(lambda: len(privacy_column(window)) == len(DEMO_CODES), timeout=10_000)
    assert set(privacy_column(window).values()) == {"Not scanned"}
    header = page.model.headerData(CaseColumn.PRIVACY, Qt.Orientation.Horizontal)
    assert header == "Privacy"

    vault.privacy.scan(SHORT)
    found = undecided(vault, SHORT)
    assert found > 0
    qtbot.waitUntil(lambda: privacy_column(window)[SHORT] == f"{found} undecided",
                    timeout=10_000)
    choose(qtbot, page.privacy, "not_scanned")
    assert sorted(privacy_column(window)) == sorted(set(DEMO_CODES) - {SHORT})
    assert page.count.text() == f"{len(DEMO_CODES) - 1} of {len(DEMO_CODES)} cases"
    choose(qtbot, page.privacy, "undecided")
    assert privacy_column(window) == {SHORT: f"{found} undecided"}

    vault.privacy.accept_all(SHORT)
    for view in vault.privacy.for_case(SHORT):  # what overlapped an accepted span
        if view.status == "suggested":
            vault.privacy.reject(view.id)
    qtbot.waitUntil(lambda: privacy_column(window) == {}, timeout=10_000)  # left "undecided"
    choose(qtbot, page.privacy, "reviewed")
    qtbot.waitUntil(lambda: privacy_column(window) == {SHORT: "Reviewed"}, timeout=10_000)

    text = vault.transcripts.current(SHORT).text
    vault.transcripts.save_version(SHORT, text + "\nQ: Anything else?\nA: No.")
    choose(qtbot, page.privacy, "changed")
    qtbot.waitUntil(lambda: privacy_column(window) == {SHORT: "Changed since review"},
                    timeout=10_000)
    choose(qtbot, page.privacy, None)
    assert len(privacy_column(window)) == len(DEMO_CODES)


def test_privacy_page_says_not_scanned_yet_and_scans_from_there(
        qtbot: QtBot, window: MainWindow, make_vault: MakeVault) -> None:
    ira = make_vault("ira", "interviewer")
    new_case(ira, "W-001", TEXT)
    window.attach(ira)
    window.open_privacy("W-001")
    page = window.privacy
    assert unnamed_inputs(page) == []
    assert page.header.text() == "W-001 — Interview (version 1): not scanned yet."
    assert "suggestions" not in page.header.text()
    assert page.banner.isVisible() and page.banner_text.text().startswith("Not scanned yet")
    qtbot.mouseClick(page.scan_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None, timeout=120_000)
    activate(qtbot, window)
    found = undecided(ira, "W-001")
    assert found >= 2  # at least the name and the phone number
    assert page.header.text() == (f"W-001 — Interview (version 1): {found} suggestions to "
                                  "decide, 0 accepted.")
    assert not page.banner.isVisible()

    # pseudonymise: the confirmation counts what is still undecided
    kim = TEXT.index("Kim Chol-su")
    page.table.selectRow(next(r for r in range(page.model.rowCount())
                              if page.model.row(r).start == kim))
    qtbot.keyClick(page.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(page.pseudonymise_button, Qt.MouseButton.LeftButton)
    (question,) = shown(QMessageBox)
    assert question.text().endswith(f"\n\n{found - 1} suggestions in this case are still "
                                    "undecided: the names among them stay in the text as "
                                    "they are.")
    question.reject()

    # the text changes after the scan: the page says so and offers to scan again
    ira.transcripts.save_version("W-001", TEXT + "\nQ: Later?\nA: Nothing more.")
    qtbot.waitUntil(lambda: "changed since the last scan" in page.header.text(), timeout=5000)
    assert page.banner.isVisible() and page.scan_now.text() == "Scan &again"


def test_export_dialog_lists_unreviewed_cases_before_writing(
        qtbot: QtBot, window: MainWindow, make_vault: MakeVault, tmp_path: Path) -> None:
    sam = make_vault("sam", "supervisor")
    new_case(sam, "W-001", TEXT, title="Passports")  # never scanned
    new_case(sam, "W-002", TEXT, title="Again")
    sam.privacy.scan("W-002")
    waiting = undecided(sam, "W-002")
    new_case(sam, "W-003", "Q: Where?\nA: On the site, every day.", title="Reviewed")
    sam.privacy.scan("W-003")
    assert undecided(sam, "W-003") == 0
    window.attach(sam)
    dialog = window.exports.export_pdf(["W-001", "W-002", "W-003"])
    assert isinstance(dialog, ExportDialog)
    qtbot.waitUntil(lambda: "not reviewed" in dialog.preview_view.toPlainText(), timeout=20_000)
    assert unnamed_inputs(dialog) == []
    lines = dialog.preview_view.toPlainText().splitlines()
    assert lines[0] == "2 of 3 cases are not reviewed:"
    assert lines[1].startswith("  W-001: Not scanned — the export scans it first")
    assert lines[2].startswith(f"  W-002: {waiting} undecided — withheld by default: ")
    assert "PHONE 1" in lines[2] and "W-003" not in "\n".join(lines)
    totals = next(line for line in lines if line.startswith("Withheld by default"))
    assert "PHONE" in totals
    assert "  (and whatever the scan finds in the cases not scanned yet)" in lines

    # untick the unreviewed ones: the preview follows
    for row in (0, 1):
        item = dialog.cases.item(row)
        rect = dialog.cases.visualItemRect(item)
        qtbot.mouseClick(dialog.cases.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
        qtbot.keyClick(dialog.cases, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.preview_view.toPlainText().startswith(
        "All 1 cases are reviewed."), timeout=20_000)
    for row in (0, 1):
        dialog.cases.item(row).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: "2 of 3" in dialog.preview_view.toPlainText(), timeout=20_000)

    # require review: one sentence, nothing written
    dialog.recipient.setText("Legal team")
    dialog.folder.setText(str(tmp_path / "strict"))
    qtbot.mouseClick(dialog.require_review, Qt.MouseButton.LeftButton)
    assert dialog.require_review.isChecked()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None and bool(dialog.problem.text()),
                    timeout=60_000)
    refusal = dialog.problem.text()
    assert refusal.endswith(".") and "\n" not in refusal and PHONE not in refusal
    assert not (tmp_path / "strict").exists() or not any((tmp_path / "strict").iterdir())

    # by default: written, the never-scanned case scanned on the way, its phone withheld
    qtbot.mouseClick(dialog.require_review, Qt.MouseButton.LeftButton)
    dialog.folder.setText(str(tmp_path / "out"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    progress = dialog.progress
    assert progress is not None and progress.labelText().startswith("Scanning 1 cases")
    labels: list[tuple[int, str]] = []
    progress.findChild(QProgressBar).valueChanged.connect(
        lambda value: labels.append((value, progress.labelText())))
    qtbot.waitUntil(lambda: bool(shown(ExportResultDialog)), timeout=120_000)
    assert labels[-1] == (100, "Redacting, writing and checking the PDF…"), labels
    pdf = next((tmp_path / "out").glob("*.pdf"))
    pages = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert PHONE not in pages and "Kim Chol-su" not in pages
    assert sam.privacy.state("W-001").state != "not_scanned"



def test_export_scans_in_the_worker_with_progress_and_cancel(
        qtbot: QtBot, window: MainWindow, make_vault: MakeVault, tmp_path: Path) -> None:
    sam = make_vault("sam", "supervisor")
    new_case(sam, "W-001", "\n".join([TEXT] * 200))  # about 40 chunks of detection
    window.attach(sam)
    dialog = window.exports.export_pdf(["W-001"])
    assert isinstance(dialog, ExportDialog)
    qtbot.waitUntil(lambda: "W-001: Not scanned" in dialog.preview_view.toPlainText(),
                    timeout=20_000)
    dialog.recipient.setText("Legal team")
    dialog.folder.setText(str(tmp_path / "out"))
    seen: list[tuple[int, str]] = []

    def watch(value: int) -> None:  # on the UI thread, as the worker reports
        assert dialog.progress is not None
        seen.append((value, dialog.progress.labelText()))
        if 0 < value < SCAN_SHARE and dialog.task is not None:
            dialog.cancel()  # what the progress dialog's Cancel does

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.progress is not None
    dialog.progress.findChild(QProgressBar).valueChanged.connect(watch)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=120_000)
    assert any(0 < value < SCAN_SHARE and label.startswith("Scanning 1 cases")
               for value, label in seen), seen
    assert dialog.problem.text() == "Export cancelled; nothing was written."
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())

def test_bundle_dialog_shows_undecided_per_case(qtbot: QtBot, window: MainWindow,
                                                make_vault: MakeVault) -> None:
    ira, sam = make_vault("ira", "interviewer"), make_vault("sam", "supervisor")
    introduce(ira, sam)
    new_case(ira, "W-001", TEXT)
    new_case(ira, "W-002", TEXT)
    ira.privacy.scan("W-002")
    waiting = undecided(ira, "W-002")
    window.attach(ira)
    window.open_case("W-002")
    window.review_actions.send_action.trigger()
    (dialog,) = shown(ExportBundleDialog)
    qtbot.waitUntil(lambda: dialog.cases.count() == 2, timeout=10_000)
    items = [dialog.cases.item(n).text() for n in range(2)]
    assert items[0].endswith("· Not scanned")
    assert items[1].endswith(f"· {waiting} undecided")
    assert dialog.undecided.text() == (f"{waiting} suggestions are undecided in the ticked "
                                       "cases. The bundle carries the working text as it is.")
    rect = dialog.cases.visualItemRect(dialog.cases.item(0))
    qtbot.mouseClick(dialog.cases.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(dialog.cases, Qt.Key.Key_Space)  # ticks W-001
    assert dialog.cases.item(0).checkState() == Qt.CheckState.Checked
    assert dialog.undecided.text() == (f"{waiting} suggestions are undecided in the ticked "
                                       "cases. 1 of them were never scanned. The bundle "
                                       "carries the working text as it is.")


def test_not_a_person_says_what_happens_then_undoes_the_person(
        qtbot: QtBot, window: MainWindow, make_vault: MakeVault) -> None:
    ira = make_vault("ira", "interviewer")
    new_case(ira, "W-001", TEXT)
    plan = TEXT.index("the plan")
    ira.privacy.add_manual("W-001", plan, plan + len("the plan"), "PERSON", role="worker")
    kim = TEXT.index("Kim Chol-su")
    ira.privacy.add_manual("W-001", kim, kim + len("Kim Chol-su"), "PERSON", role="manager")
    ira.privacy.pseudonymise("W-001")  # "the plan" became a code, wrongly
    wrong = next(p.code for p in ira.people.list() if p.code.startswith("W-"))
    kept = next(p.code for p in ira.people.list() if p.code.startswith("M-"))
    assert "the plan" not in ira.transcripts.current("W-001").text
    window.attach(ira)
    page = window.people
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    assert not page.not_person_button.isEnabled()
    row = next(r for r in range(2) if page.model.row(r).code == wrong)
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.selected_code() == wrong and page.not_person_button.isEnabled()
    qtbot.mouseClick(page.not_person_button, Qt.MouseButton.LeftButton)
    (question,) = shown(QMessageBox)
    assert question.text().startswith(f"{wrong} is not a person? Then Fieldvault will:\n"
                                      f"• put the original words back wherever {wrong} "
                                      "replaced them")
    assert "record this in the audit log" in question.text()
    confirm = next(b for b in question.buttons() if b.text() == f"{wrong} is not a person")
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    assert wait_message(qtbot) == (
        f"{wrong} is no longer a person. In W-001: 1 mentions have their words back and 1 "
        "are undecided suggestions again (withheld from exports until someone rejects "
        "them). 1 spellings are forgotten.")
    close_messages()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.model.row(0).code == kept
    assert [p.code for p in ira.people.list()] == [kept]
    current = ira.transcripts.current("W-001")
    assert "the plan" in current.text and kept in current.text and wrong not in current.text
    assert ira.privacy.state("W-001").undecided == 1
    assert not page.not_person_button.isEnabled()
    assert ira.verify_audit().ok
