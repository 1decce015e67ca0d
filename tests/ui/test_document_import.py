"""Importing documents in the app: drop or choose files, preview, change an encoding, store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

import dochelp
from fieldvault.core.vault import Passphrase, Vault
from fieldvault.ui.dialogs.documents import DocumentPreview
from fieldvault.ui.mainwindow import MainWindow
from ui.uihelp import close_messages, message_texts, shown
from vaulthelp import PASSPHRASE

RU = dochelp.SCRIPTS["ru"]
KO = dochelp.SCRIPTS["ko"]


def opened(window: MainWindow, vault_path: Path) -> Vault:
    vault = Vault.open(vault_path, Passphrase(PASSPHRASE))
    window.attach(vault)
    return vault


def drop(qtbot: QtBot, window: MainWindow, paths: list[Path]) -> None:
    """A real drag-enter and drop on the Cases page, as a file manager sends them."""
    page = window.cases
    window.tabs.setCurrentWidget(page)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    point = QPointF(page.rect().center())
    enter = QDragEnterEvent(QPoint(int(point.x()), int(point.y())),
                            Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    dropped = QDropEvent(point, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, dropped)


def preview(qtbot: QtBot) -> DocumentPreview:
    qtbot.waitUntil(lambda: bool(shown(DocumentPreview)), timeout=10_000)
    return shown(DocumentPreview)[0]


def files(tmp_path: Path) -> list[Path]:
    ru, ko = tmp_path / "ivanov.txt", tmp_path / "kim.docx"
    ru.write_bytes("\n".join(RU).encode("cp1251"))
    ko.write_bytes(dochelp.docx(KO))
    return [ru, ko]


def test_drop_preview_change_encoding_and_import_into_one_case(
        qtbot: QtBot, window: MainWindow, vault_path: Path, tmp_path: Path) -> None:
    vault = opened(window, vault_path)
    paths = files(tmp_path)
    drop(qtbot, window, paths)
    dialog = preview(qtbot)
    assert dialog.text.toPlainText() == "\n".join(RU)
    assert dialog.encoding.currentText() == "Windows-1251" and dialog.encoding.isEnabled()
    dialog.encoding.setFocus()
    QTest.keyClick(dialog.encoding, Qt.Key.Key_Down)  # Windows-1251 -> KOI8-R
    koi8 = "\n".join(RU).encode("cp1251").decode("koi8-r")
    qtbot.waitUntil(lambda: dialog.text.toPlainText() == koi8, timeout=10_000)
    QTest.keyClick(dialog.encoding, Qt.Key.Key_Up)  # back to Windows-1251
    qtbot.waitUntil(lambda: dialog.text.toPlainText() == "\n".join(RU), timeout=10_000)
    dialog.files.setFocus()
    QTest.keyClick(dialog.files, Qt.Key.Key_Down)
    assert dialog.text.toPlainText() == "\n".join(KO) and not dialog.encoding.isEnabled()
    assert vault.cases.summaries() == []  # nothing stored before Import
    qtbot.mouseClick(dialog.together, Qt.MouseButton.LeftButton)
    dialog.case_code.setFocus()
    QTest.keyClicks(dialog.case_code, "MX-0100")
    qtbot.mouseClick(dialog.keep, Qt.MouseButton.LeftButton,  # on its box, not the row
                     pos=QPoint(8, dialog.keep.height() // 2))
    assert dialog.keep.isChecked()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(message_texts()), timeout=20_000)
    (text,) = message_texts()
    assert text.startswith("Imported into MX-0100.\n2 original files kept")
    assert "suggestions of identifying details await your review." in text
    assert vault.transcripts.current("MX-0100").text == "\n".join(RU) + "\n\n" + "\n".join(KO)
    assert [a.name for a in vault.attachments.list("MX-0100")] == ["ivanov.txt", "kim.docx"]
    close_messages()
    qtbot.waitUntil(lambda: window.cases.model.total == 1, timeout=10_000)


def test_an_encoding_that_does_not_fit_blocks_import(qtbot: QtBot, window: MainWindow,
                                                     vault_path: Path, tmp_path: Path) -> None:
    opened(window, vault_path)
    drop(qtbot, window, files(tmp_path)[:1])
    dialog = preview(qtbot)
    dialog.encoding.setFocus()
    for _ in range(6):  # to the top: UTF-8
        QTest.keyClick(dialog.encoding, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: dialog.problem.text() != "", timeout=10_000)
    assert dialog.problem.text().startswith("ivanov.txt is not UTF-8 text (byte ")
    assert not dialog.import_button.isEnabled()
    QTest.keyClick(dialog.encoding, Qt.Key.Key_Down)  # UTF-8 with BOM: does not fit either
    QTest.keyClick(dialog.encoding, Qt.Key.Key_End)  # KOI8-R: fits (any byte does)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    assert dialog.problem.text() == ""
    dialog.reject()


def test_a_refused_file_is_named_and_nothing_is_stored(qtbot: QtBot, window: MainWindow,
                                                       vault_path: Path,
                                                       tmp_path: Path) -> None:
    vault = opened(window, vault_path)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7 cut")
    old = tmp_path / "old.hwp"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    drop(qtbot, window, [*files(tmp_path), broken, old])
    qtbot.waitUntil(lambda: bool(message_texts()), timeout=10_000)
    (text,) = message_texts()
    lines = text.split("\n")
    assert lines[0] == "Nothing was imported: 2 of 4 files could not be read."
    assert lines[2].startswith("• broken.pdf is damaged or truncated")
    assert lines[3].startswith("• old.hwp is a binary Hangul (.hwp) file")
    assert not shown(DocumentPreview) and vault.cases.summaries() == []
    close_messages()


def test_menu_and_button_open_a_multi_file_dialog(qtbot: QtBot, window: MainWindow,
                                                  vault_path: Path, tmp_path: Path) -> None:
    vault = opened(window, vault_path)
    assert window.import_documents_action.isEnabled()
    qtbot.mouseClick(window.cases.documents_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown(QFileDialog)), timeout=5000)
    (chooser,) = shown(QFileDialog)
    assert chooser.fileMode() == QFileDialog.FileMode.ExistingFiles
    chooser.filesSelected.emit([str(p) for p in files(tmp_path)])
    chooser.reject()
    dialog = preview(qtbot)
    assert dialog.files.count() == 2
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(message_texts()), timeout=20_000)
    assert len(vault.cases.summaries()) == 2
    close_messages()


def test_cancel_while_reading_many_files_stores_nothing(qtbot: QtBot, window: MainWindow,
                                                       vault_path: Path,
                                                       tmp_path: Path) -> None:
    vault = opened(window, vault_path)
    data = dochelp.docx(RU * 600)
    paths = []
    for number in range(60):
        path = tmp_path / f"part{number:02d}.docx"
        path.write_bytes(data)
        paths.append(path)
    window.cases.documents.start(paths)
    progress = window.cases.documents.progress
    cancelled: list[bool] = []

    def cancel_on_first_progress() -> None:
        if progress.value() > 0 and not cancelled:
            cancelled.append(True)
            qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: cancel_on_first_progress() or bool(cancelled), timeout=30_000)
    qtbot.waitUntil(lambda: bool(message_texts()), timeout=30_000)
    assert message_texts() == ["Import cancelled; nothing was imported."]
    assert not shown(DocumentPreview) and vault.cases.summaries() == []
    close_messages()


def test_locking_closes_the_preview_and_stores_nothing(qtbot: QtBot, window: MainWindow,
                                                       vault_path: Path,
                                                       tmp_path: Path) -> None:
    opened(window, vault_path)
    drop(qtbot, window, files(tmp_path))
    dialog = preview(qtbot)
    assert dialog.text.toPlainText()
    window.lock()
    assert not shown(DocumentPreview)
    with Vault.open(vault_path, Passphrase(PASSPHRASE)) as again:
        assert again.cases.summaries() == []
