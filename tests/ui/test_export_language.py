"""The export dialog's PDF language: by default the interface language, chosen per export
with the keyboard, and the PDF written in the chosen language (cover read back, folder
verified)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from pytestqt.qtbot import QtBot

from fieldvault.core.export import verify_dir
from fieldvault.core.vault import Vault
from fieldvault.ui.dialogs.export import ExportResultDialog
from fieldvault.ui.i18n import Translations
from fieldvault.ui.mainwindow import MainWindow
from ui.test_export import NAME, open_dialog, redacted_case
from ui.uihelp import shown

MakeVault = Callable[[str, str], Vault]


@pytest.fixture
def english_after() -> Iterator[None]:
    """The interface language is process-wide: every test ends in English."""
    before = QLocale()
    yield
    app = QCoreApplication.instance()
    assert app is not None
    Translations.of(app).apply("en")
    QLocale.setDefault(before)


@pytest.mark.parametrize(("interface", "expected"), [("en", "en"), ("ko", "ko"), ("ru", "ru")])
def test_the_pdf_language_starts_as_the_interface_language(
        qtbot: QtBot, window: MainWindow, make_vault: MakeVault, english_after: None,
        interface: str, expected: str) -> None:
    sam = make_vault("sam", "supervisor")
    redacted_case(sam)
    window.attach(sam)
    assert window.set_language(interface)
    dialog = open_dialog(qtbot, window)
    assert dialog.pdf_language.currentData() == expected
    assert [dialog.pdf_language.itemData(n) for n in range(3)] == ["en", "ko", "ru"]
    dialog.close()


def test_a_korean_interface_exports_a_russian_pdf_chosen_with_the_keyboard(
        qtbot: QtBot, window: MainWindow, make_vault: MakeVault, tmp_path: Path,
        english_after: None) -> None:
    sam = make_vault("sam", "supervisor")
    redacted_case(sam)
    window.attach(sam)
    assert window.set_language("ko")
    dialog = open_dialog(qtbot, window)
    dialog.cases.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.pdf_language.setFocus()
    qtbot.keyClick(dialog.pdf_language, Qt.Key.Key_Down)  # 한국어 -> Русский
    assert dialog.pdf_language.currentData() == "ru"
    dialog.recipient.setText("Юристы")  # QTest types ASCII only
    dialog.folder.setText(str(tmp_path / "out"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown(ExportResultDialog)), timeout=60_000)
    pdf = next((tmp_path / "out").glob("*.pdf"))
    pages = [page.extract_text() for page in PdfReader(pdf).pages]
    assert "Экспорт Fieldvault" in pages[0] and "Как проверить" in pages[0]
    assert "검증 방법" not in pages[0] and "How to verify" not in pages[0]
    assert "Приложение А — Журнал скрытия" in "\n".join(pages)
    assert NAME not in "\n".join(pages) and "[R1 · PERSON" in "\n".join(pages)
    assert verify_dir(tmp_path / "out", sam.exports.public_key().base64).ok
    for dialog_ in shown(ExportResultDialog):
        dialog_.close()
