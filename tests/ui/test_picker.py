"""The theme picker: subthemes indented under parents; an empty filter result says so and
offers to create the theme (Ctrl+Enter), never on a plain Enter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from fieldvault.core.records.cases import CaseInput
from fieldvault.core.vault import Passphrase, Vault
from fieldvault.ui.mainwindow import MainWindow
from fieldvault.ui.models.themes import ThemeListModel
from fieldvault.ui.widgets.picker import INDENT, ThemePicker
from ui.uihelp import shown
from vaulthelp import PASSPHRASE

TEXT = "A: We worked nights at the fish plant, then slept on the boat."


def open_picker(qtbot: QtBot, window: MainWindow, vault_path: Path) -> tuple[Vault, ThemePicker]:
    vault = Vault.open(vault_path, Passphrase(PASSPHRASE))
    vault.cases.create(CaseInput("Picker", TEXT, ["en"], code="P-101"))
    window.attach(vault)
    window.open_case("P-101")
    view = window.workbench.view
    view.select_range(3, 20)
    qtbot.keyClick(view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    (picker,) = shown(ThemePicker)
    return vault, picker


def first_ink(image: QImage, y: int) -> int:
    """The x of the first pixel in row ``y`` that differs from the row's last pixel."""
    background = image.pixelColor(image.width() - 2, y)
    return next(x for x in range(image.width()) if image.pixelColor(x, y) != background)


def test_subthemes_are_indented_under_their_parents(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    _vault, picker = open_picker(qtbot, window, vault_path)
    model = picker.model
    rows = {model.theme_id(r): r for r in range(model.rowCount())}
    depth = {tid: model.index(r, 0).data(ThemeListModel.DepthRole) for tid, r in rows.items()}
    assert (depth["quota"], depth["quota.planned"], depth["dispatch.legal_status.visa_quota"]) \
        == (0, 1, 2)
    picker.query.setText("quota")  # parent, children and grandchild in one short list
    shown_ids = [model.theme_id(r) for r in range(model.rowCount())]
    image = picker.list.viewport().grab().toImage()
    ratio = image.devicePixelRatio()

    def ink(theme_id: str) -> float:
        rect = picker.list.visualRect(model.index(shown_ids.index(theme_id), 0))
        return first_ink(image, int(rect.center().y() * ratio)) / ratio

    assert ink("quota.planned") - ink("quota") == INDENT
    # listed without its parents, a grandchild is not indented under a stranger
    assert ink("dispatch.legal_status.visa_quota") == ink("quota")


def test_a_filter_matching_nothing_says_so_and_ctrl_enter_creates_and_codes(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    vault, picker = open_picker(qtbot, window, vault_path)
    qtbot.keyClicks(picker.query, "fish plant nights")
    assert picker.empty.isVisible() and not picker.list.isVisible()
    assert picker.empty.text() == "No theme matches “fish plant nights”."
    assert picker.create_button.isVisible()
    qtbot.keyClick(picker.query, Qt.Key.Key_Return)  # a plain Enter creates nothing
    assert picker.isVisible() and [n for n in vault.codebook.tree()
                                   if n.theme.name_en == "fish plant nights"] == []
    qtbot.keyClick(picker.query, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not shown(ThemePicker)
    theme = vault.codebook.get("own.1")
    assert theme.name_en == "fish plant nights"
    assert [(c.theme_id, c.text) for c in vault.codings.for_case("P-101")] == [
        ("own.1", TEXT[3:20])]
    qtbot.keyClick(window.workbench.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    (again,) = shown(ThemePicker)
    qtbot.keyClicks(again.query, "fish plant")
    assert again.list.isVisible() and again.model.theme_id(0) == "own.1"
    qtbot.keyClick(again.query, Qt.Key.Key_Escape)
