"""Exchange through the real widgets between three real vaults: send, purge (field mode),
receive with its report, refusals as one sentence, conflicts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QListWidget, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from fieldvault.core.vault import Vault
from fieldvault.ui.dialogs.bundle_export import ExportBundleDialog
from fieldvault.ui.dialogs.bundle_import import ImportResultDialog
from fieldvault.ui.mainwindow import MainWindow
from ui.uihelp import close_messages, introduce, new_case, shown, wait_message

MakeVault = Callable[[str, str], Vault]


def tick(widget: QListWidget, wanted: set[str]) -> None:
    for n in range(widget.count()):
        item = widget.item(n)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted
                           else Qt.CheckState.Unchecked)


def send(qtbot: QtBot, window: MainWindow, to: set[str], codes: list[str], out: Path,
         identities: bool = False) -> ExportBundleDialog:
    dialog = window.review_actions.send(codes)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.cases.count() > 0, timeout=10_000)
    tick(dialog.recipients, to)
    dialog.identities.setChecked(identities)
    dialog.out.setText(str(out))
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    return dialog


def receive(qtbot: QtBot, window: MainWindow, path: Path) -> ImportResultDialog:
    window.review_actions.import_file(path)
    qtbot.waitUntil(lambda: bool(shown(ImportResultDialog)), timeout=20_000)
    (dialog,) = shown(ImportResultDialog)
    return dialog


def test_send_purge_and_receive_between_three_vaults(
        qtbot: QtBot, window: MainWindow, make_vault: MakeVault, tmp_path: Path) -> None:
    ira, sam = make_vault("ira", "interviewer"), make_vault("sam", "supervisor")
    cora = make_vault("cora", "coder")
    introduce(ira, sam, cora)
    new_case(ira, "W-001", title="Night shift")
    ira.codings.add("W-001", "work.wages", 0, 10)
    ira.review.move("W-001", "submitted")
    window.attach(ira)
    qtbot.waitUntil(lambda: window.cases.select("W-001"), timeout=10_000)

    # the bundle file is chosen with Qt's own dialog
    dialog = window.review_actions.send()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.cases.count() == 1, timeout=10_000)
    assert dialog.cases.item(0).checkState() == Qt.CheckState.Checked  # the selected case
    assert dialog.recipients.count() == 2  # sam and cora, never ira herself
    dialog.choose_file()
    (chooser,) = shown(QFileDialog)
    assert chooser.testOption(QFileDialog.Option.DontUseNativeDialog)
    chooser.setDirectory(str(tmp_path))
    chooser.selectFile(str(tmp_path / "for-sam"))
    chooser.accept()
    assert dialog.out.text() == str(tmp_path / "for-sam.fvbundle")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert "at least one recipient" in dialog.problem.text()
    tick(dialog.recipients, {"sam"})
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    text = wait_message(qtbot)
    assert text.startswith(f"Wrote {tmp_path / 'for-sam.fvbundle'}") and "for sam." in text
    assert "Cases: W-001." in text and (tmp_path / "for-sam.fvbundle").stat().st_size > 0
    close_messages()
    for_cora = tmp_path / "for-cora.fvbundle"
    ira.bundles.export(["cora"], ["W-001"], for_cora)

    # field mode: the sent case is purged after a confirmation that lists what goes
    window.open_case("W-001")
    purge = window.review_actions.purge()
    assert purge is not None
    qtbot.waitUntil(lambda: purge.cases.count() == 1, timeout=10_000)
    assert "sent " in purge.cases.item(0).text()
    qtbot.mouseClick(purge.purge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown(QMessageBox)), timeout=10_000)
    (question,) = shown(QMessageBox)
    assert "• W-001 “Night shift”: 1 transcript versions, 1 codings, 0 memos" in question.text()
    assert "Copies remain only in the bundles you sent" in question.text()
    destroy = next(b for b in question.buttons() if b.text() == "Destroy 1 case")
    qtbot.mouseClick(destroy, Qt.MouseButton.LeftButton)
    text = wait_message(qtbot)
    assert text.startswith("Purged W-001: 1 transcript versions, 1 codings and 0 memos")
    assert ira.cases.summaries() == []
    assert window.workbench.code is None and "no longer" in window.workbench.header.text()
    assert window.workbench.view.toPlainText() == ""
    close_messages()

    # the supervisor receives it
    window.attach(sam)
    result = receive(qtbot, window, tmp_path / "for-sam.fvbundle")
    assert result.headline.text() == ("Imported the bundle from ira: 1 new cases, 0 updated.")
    details = result.details.toPlainText()
    assert "New cases: W-001" in details and "1 codings" in details
    assert details.endswith("No conflicts.")
    result.accept()
    assert sam.cases.get("W-001").status == "submitted"
    qtbot.waitUntil(lambda: window.cases.model.row_of("W-001") is not None, timeout=10_000)

    # refusals: one calm sentence each, nothing changed
    window.review_actions.import_file(tmp_path / "for-sam.fvbundle")
    assert "already imported" in wait_message(qtbot)
    close_messages()
    window.review_actions.import_file(for_cora)
    refusal = wait_message(qtbot)
    assert refusal.startswith("This bundle is not addressed to your key")
    close_messages()
    damaged = tmp_path / "damaged.fvbundle"
    data = bytearray(for_cora.read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged.write_bytes(bytes(data))
    window.review_actions.import_file(damaged)
    refusal = wait_message(qtbot)
    assert "Traceback" not in refusal and refusal.endswith(".")
    close_messages()
    assert [s.code for s in sam.cases.summaries()] == ["W-001"]


def test_export_refusals_stay_in_the_dialog(qtbot: QtBot, window: MainWindow,
                                             make_vault: MakeVault, tmp_path: Path) -> None:
    ira, cora = make_vault("ira", "interviewer"), make_vault("cora", "coder")
    introduce(ira, cora)
    new_case(ira, "W-001")
    window.attach(ira)
    dialog = send(qtbot, window, {"cora"}, ["W-001"], tmp_path / "x.fvbundle", identities=True)
    qtbot.waitUntil(lambda: bool(dialog.problem.text()), timeout=10_000)
    assert dialog.problem.text() == ("Identities travel only to supervisors, and no recipient "
                                     "is one.")
    assert dialog.isVisible() and dialog.send_button.isEnabled()
    assert not (tmp_path / "x.fvbundle").exists() and shown(QMessageBox) == []


def test_conflicts_are_reported_and_resolved(qtbot: QtBot, window: MainWindow,
                                             make_vault: MakeVault, tmp_path: Path) -> None:
    ira, sam = make_vault("ira", "interviewer"), make_vault("sam", "supervisor")
    introduce(ira, sam)
    new_case(ira, "W-001")
    first = tmp_path / "first.fvbundle"
    ira.bundles.export(["sam"], ["W-001"], first)
    sam.bundles.import_file(first)
    text = ira.transcripts.current("W-001").text
    sam.transcripts.save_version("W-001", text + "\nSupervisor's note.")
    ira.transcripts.save_version("W-001", "[corrected] " + text)
    second = tmp_path / "second.fvbundle"
    ira.bundles.export(["sam"], ["W-001"], second)
    window.attach(sam)
    result = receive(qtbot, window, second)
    assert "1 conflicts" in result.details.toPlainText()
    show = next(b for b in result.findChildren(QPushButton) if "conflicts" in b.text())
    qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
    assert not result.isVisible()
    assert window.tabs.currentWidget() is window.review
    page = window.review
    assert page.conflicts.rowCount() == 1
    assert page.conflicts.index(0, 1).data() == "W-001"
    assert "edited on both sides" in page.conflicts.index(0, 3).data()
    page.conflict_table.selectRow(0)
    assert page.resolve()
    assert sam.review.conflicts() == [] and page.conflicts.rowCount() == 0
    page.show_resolved.setChecked(True)
    assert page.conflicts.index(0, 4).data() == "resolved"
