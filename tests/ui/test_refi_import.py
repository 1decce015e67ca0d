"""REFI-QDA import in the app: codes matching themes by name only are shown and asked about."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from core.refi.othertool import move_to_top, reshape
from fieldvault.core.refi import export_project
from fieldvault.core.vault import Vault
from fieldvault.ui.mainwindow import MainWindow
from ui.uihelp import EN_TEXT, close_messages, new_case, shown, wait_message

MakeVault = Callable[[str, str], Vault]
PHRASE = "The deputy manager keeps them in his safe"


def moved_theme_project(vault: Vault, tmp_path: Path) -> Path:
    """One coded case from ``vault``, saved again by another tool that gave everything new
    GUIDs and moved the code "Phone inspections" to the top of the tree."""
    new_case(vault, "W-001")
    start = EN_TEXT.index(PHRASE)
    vault.codings.add("W-001", "surveillance.phone_inspection", start, start + len(PHRASE))
    export_project(vault, tmp_path / "ours.qdpx")
    reshape(tmp_path / "ours.qdpx", tmp_path / "theirs.qdpx")
    return move_to_top(tmp_path / "theirs.qdpx", tmp_path / "moved.qdpx", "Phone inspections")


@pytest.mark.parametrize(("choice", "new_themes"), [("Merge into those themes", 0),
                                                    ("Add as new themes", 1), ("Cancel", None)])
def test_name_only_matches_are_listed_and_the_answer_decides(
        choice: str, new_themes: int | None, qtbot: QtBot, window: MainWindow,
        make_vault: MakeVault, tmp_path: Path) -> None:
    ira, ann = make_vault("ira", "interviewer"), make_vault("ann", "coder")
    path = moved_theme_project(ira, tmp_path)
    themes = len(ann.codebook.tree())
    window.attach(ann)
    window.exports.import_refi_file(path)
    qtbot.waitUntil(lambda: bool(shown(QMessageBox)), timeout=20_000)
    (question,) = shown(QMessageBox)
    assert "Phone inspections -> Surveillance and censorship / Phone inspections" in \
        question.text()
    button = next(b for b in question.buttons() if b.text() == choice)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    if new_themes is None:
        qtbot.waitUntil(lambda: not shown(QMessageBox), timeout=5000)
        assert ann.cases.summaries() == [] and len(ann.codebook.tree()) == themes
        return
    assert wait_message(qtbot).startswith(f"Imported 1 cases, 1 codings, 0 memos, "
                                          f"{new_themes} themes")
    close_messages()
    assert len(ann.codebook.tree()) == themes + new_themes
    (coding,) = ann.codings.for_case(ann.cases.summaries()[0].code)
    assert coding.text == PHRASE
    assert (coding.theme_id == "surveillance.phone_inspection") == (new_themes == 0)
