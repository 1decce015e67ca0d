"""The codebook page: a theme's colour chosen in a colour dialog; themes dragged in the tree."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QColorDialog, QTreeView
from pytestqt.qtbot import QtBot

from fieldvault.core.records.cases import CaseInput
from fieldvault.core.vault import Passphrase, Vault
from fieldvault.ui.mainwindow import MainWindow
from fieldvault.ui.models.themes import ThemeTreeModel
from ui.uihelp import close_messages, message_texts, shown
from vaulthelp import PASSPHRASE


def opened(window: MainWindow, vault_path: Path) -> Vault:
    vault = Vault.open(vault_path, Passphrase(PASSPHRASE))
    window.attach(vault)
    window.tabs.setCurrentWidget(window.codebook)
    return vault


def test_a_colour_chosen_in_the_dialog_is_stored_and_shown_on_codings(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    vault = opened(window, vault_path)
    page = window.codebook
    page.select("quota.planned")
    qtbot.mouseClick(page.buttons["colour"], Qt.MouseButton.LeftButton)
    (dialog,) = shown(QColorDialog)
    assert dialog.currentColor().name() == vault.codebook.get("quota.planned").color
    dialog.setCurrentColor(QColor("#40c0a0"))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not shown(QColorDialog))
    assert vault.codebook.get("quota.planned").color == "#40c0a0"
    index = page.model.index_of("quota.planned")
    assert index.data(ThemeTreeModel.ColorRole) == "#40c0a0"
    vault.cases.create(CaseInput("Coloured", "A: two hundred dollars.", ["en"], code="D-101"))
    vault.codings.add("D-101", "quota.planned", 3, 22)
    window.open_case("D-101")
    (painted,) = window.workbench.view.extraSelections()
    assert painted.format.background().color().name() == "#40c0a0"


def test_escape_in_the_colour_dialog_keeps_the_colour(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    vault = opened(window, vault_path)
    before = vault.codebook.get("quota.planned").color
    window.codebook.select("quota.planned")
    dialog = window.codebook.choose_colour()
    assert dialog is not None
    dialog.setCurrentColor(QColor("#000000"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert vault.codebook.get("quota.planned").color == before


def drop(tree: QTreeView, data: QMimeData, at: QPoint,
         actions: Qt.DropAction = Qt.DropAction.MoveAction) -> None:
    """What QDrag delivers to the tree when the mouse is released over ``at``: enter, move
    and drop events (QDrag's own loop cannot be driven on the offscreen platform)."""
    viewport = tree.viewport()
    at_f = QPointF(at)
    buttons = Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    for event in (QDragEnterEvent(at, actions, data, buttons, none),
                  QDragMoveEvent(at, actions, data, buttons, none),
                  QDropEvent(at_f, actions, data, buttons, none)):
        QApplication.sendEvent(viewport, event)


def test_dragging_a_theme_onto_another_makes_it_a_subtheme(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    vault = opened(window, vault_path)
    page = window.codebook
    tree, model = page.tree, page.model
    page.select("quota.outstanding")
    data = model.mimeData([model.index_of("quota.outstanding")])
    drop(tree, data, tree.visualRect(model.index_of("work")).center())
    qtbot.waitUntil(lambda: vault.codebook.get("quota.outstanding").parent_id == "work")
    assert page.current() is not None and page.current().id == "quota.outstanding"
    assert model.index_of("quota.outstanding").parent() == model.index_of("work")
    assert vault.codebook.changelog()[-1].action == "move"
    # onto the empty area below the last theme: top level
    tree.collapseAll()
    last = model.index(model.rowCount() - 1, 0)
    below = tree.visualRect(last).bottomLeft() + QPoint(10, 40)
    assert not tree.indexAt(below).isValid()
    data = model.mimeData([model.index_of("quota.outstanding")])
    drop(tree, data, below)
    qtbot.waitUntil(lambda: vault.codebook.get("quota.outstanding").parent_id is None)


def test_dropping_a_theme_under_its_own_subtheme_is_refused_in_a_sentence(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    vault = opened(window, vault_path)
    model = window.codebook.model
    data = model.mimeData([model.index_of("quota")])
    drop(window.codebook.tree, data,
         window.codebook.tree.visualRect(model.index_of("quota.planned")).center())
    qtbot.waitUntil(lambda: bool(message_texts()))
    texts = message_texts()
    assert len(texts) == 1 and "cannot move under its own descendant" in texts[0]
    close_messages()
    assert vault.codebook.get("quota").parent_id is None


def test_a_passage_dragged_from_the_transcript_onto_a_theme_is_coded(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    vault = Vault.open(vault_path, Passphrase(PASSPHRASE))
    text = "A: We paid two hundred dollars for the plan."
    vault.cases.create(CaseInput("Dragged", text, ["en"], code="D-201"))
    vault.cases.create(CaseInput("Other", "A: Nothing here.", ["en"], code="D-202"))
    window.attach(vault)
    window.open_case("D-201")
    view = window.workbench.view
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(11):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    for _ in range(19):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    data = view.createMimeDataFromSelection()  # what a drag out of the transcript carries
    assert data.text() == "two hundred dollars"
    window.open_case("D-202")  # the drop opens the passage's case again
    window.tabs.setCurrentWidget(window.codebook)
    tree, model = window.codebook.tree, window.codebook.model
    drop(tree, data, tree.visualRect(model.index_of("quota.planned")).center(),
         Qt.DropAction.CopyAction)
    qtbot.waitUntil(lambda: bool(vault.codings.for_case("D-201")))
    assert [(c.theme_id, c.text) for c in vault.codings.for_case("D-201")] == [
        ("quota.planned", "two hundred dollars")]
    assert window.workbench.code == "D-201"
    assert window.workbench.undo_stack.count() == 1
    assert vault.codebook.get("quota.planned").parent_id == "quota"  # not a theme move
