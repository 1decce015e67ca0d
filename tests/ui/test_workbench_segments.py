"""Coded audio segments in the workbench: listed beside the text codings with their time
range, removed and re-themed from there, and every step on the one undo history (real key
presses on the real widgets, a real vault)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fieldvault.core.records.cases import CaseInput
from fieldvault.core.vault import Passphrase, Vault
from fieldvault.ui.mainwindow import MainWindow
from fieldvault.ui.models.records import CodingColumn
from fieldvault.ui.widgets.picker import ThemePicker
from ui.uihelp import shown
from vaulthelp import PASSPHRASE

sys.path.insert(0, str(Path(__file__).parents[1] / "core" / "attachments"))  # mediakit
import mediakit  # noqa: E402

TEXT = "Q: Where did you sleep?\nA: In the quarters, twelve to a room."
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _open(window: MainWindow, vault_path: Path, tmp_path: Path) -> tuple[Vault, str]:
    vault = Vault.open(vault_path, Passphrase(PASSPHRASE))
    vault.cases.create(CaseInput("Segments", TEXT, ["en"], code="C-400"))
    vault.cases.create(CaseInput("Other", TEXT, ["en"], code="C-401"))
    talk = vault.attachments.add("C-400", mediakit.wav(tmp_path / "talk.wav", mediakit.pcm(30.0)))
    window.attach(vault)
    window.open_case("C-400")
    return vault, talk.id


def _spans(vault: Vault, code: str = "C-400") -> list[tuple[str, str, int, int]]:
    return [(s.id, s.theme_id, s.start_ms, s.end_ms)
            for s in vault.attachments.segments.for_case(code)]


def _pick(qtbot: QtBot, words: str) -> None:
    picker = shown(ThemePicker)[0]
    qtbot.keyClicks(picker.query, words)
    qtbot.keyClick(picker.query, Qt.Key.Key_Return)


def _select_segment(qtbot: QtBot, window: MainWindow, segment_id: str) -> None:
    bench = window.workbench
    row = bench.side_model.row_of(segment_id)
    assert row is not None
    rect = bench.side.visualRect(bench.side_model.index(row, CodingColumn.TEXT))
    qtbot.mouseClick(bench.side.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert bench.current_segment() is not None and bench.current_segment().id == segment_id


def test_segments_are_listed_with_their_time_range_beside_text_codings(
        qtbot: QtBot, window: MainWindow, vault_path: Path, tmp_path: Path) -> None:
    vault, talk = _open(window, vault_path, tmp_path)
    at = TEXT.index("twelve")
    text = vault.codings.add("C-400", "living.quarters", at, at + 6)
    segment = vault.attachments.segments.add(talk, "work.wages", 61_250 // 5, 13_900)
    bench = window.workbench
    model = bench.side_model
    assert [model.row(n).id for n in range(model.rowCount())] == [text.id, segment.id]
    assert model.index(1, CodingColumn.TEXT).data() == "♪ 0:00:12.2 – 0:00:13.9, talk.wav"
    assert model.index(1, CodingColumn.CODER).data() == vault.actor_name
    assert model.index(1, CodingColumn.THEME).data() == bench._theme_label("work.wages")
    assert model.index(1, CodingColumn.REVIEW).data() is None
    _select_segment(qtbot, window, segment.id)
    assert bench.current_coding() is None  # text-only actions leave a segment alone
    assert "no memos of its own" in bench.coding_memos.heading.text()
    assert bench.coding_memos.target is None


def test_remove_and_retheme_from_the_list_are_undone_and_redone(
        qtbot: QtBot, window: MainWindow, vault_path: Path, tmp_path: Path) -> None:
    vault, talk = _open(window, vault_path, tmp_path)
    segment = vault.attachments.segments.add(talk, "work.wages", 2_000, 4_500)
    bench = window.workbench
    _select_segment(qtbot, window, segment.id)
    qtbot.keyClick(bench.side, Qt.Key.Key_T, CTRL | SHIFT)
    _pick(qtbot, "quarters")
    assert _spans(vault) == [(segment.id, "living.quarters", 2_000, 4_500)]
    assert "changed to" in bench.note.text()
    assert bench.side_model.row(bench.side_model.row_of(segment.id)).theme_id == "living.quarters"
    assert bench.undo_action.toolTip().startswith("Undo Re-theme segment as ")
    qtbot.keyClick(bench.side, Qt.Key.Key_Z, CTRL)
    assert _spans(vault) == [(segment.id, "work.wages", 2_000, 4_500)]
    qtbot.keyClick(bench.side, Qt.Key.Key_Z, CTRL | SHIFT)
    assert _spans(vault) == [(segment.id, "living.quarters", 2_000, 4_500)]
    _select_segment(qtbot, window, segment.id)
    qtbot.keyClick(bench.side, Qt.Key.Key_Delete)
    assert _spans(vault) == []
    assert bench.side_model.row_of(segment.id) is None
    assert bench.attachments.segment_model.rowCount() == 0
    assert "Removed the audio segment 0:00:02.0 – 0:00:04.5" in bench.note.text()
    qtbot.keyClick(bench.side, Qt.Key.Key_Z, CTRL)
    assert _spans(vault) == [(segment.id, "living.quarters", 2_000, 4_500)]  # the same id
    assert vault.attachments.segments.for_case("C-400")[0].coder == vault.actor_name
    assert bench.side_model.row_of(segment.id) is not None
    assert bench.attachments.segment_model.rowCount() == 1
    qtbot.keyClick(bench.side, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(bench.side, Qt.Key.Key_Z, CTRL)
    assert _spans(vault) == [(segment.id, "work.wages", 2_000, 4_500)]
    qtbot.keyClick(bench.side, Qt.Key.Key_Z, CTRL)
    assert bench.note.text() == "Nothing to undo."


def test_coding_a_marked_span_is_undone_from_another_case(
        qtbot: QtBot, window: MainWindow, vault_path: Path, tmp_path: Path) -> None:
    vault, talk = _open(window, vault_path, tmp_path)
    bench = window.workbench
    bench.pick_segment_theme(talk, 5_000, 7_250)  # what "Code segment…" opens
    _pick(qtbot, "quarters")
    [(segment_id, theme, start, end)] = _spans(vault)
    assert (theme, start, end) == ("living.quarters", 5_000, 7_250)
    assert bench.side_model.row_of(segment_id) is not None
    assert bench.attachments.segment_model.rowCount() == 1
    assert bench.undo_action.toolTip().startswith("Undo Code segment as ")
    window.open_case("C-401")
    assert bench.side_model.rowCount() == 0
    qtbot.keyClick(bench.view, Qt.Key.Key_Z, CTRL)
    assert bench.code == "C-400"
    assert bench.note.text().startswith("Undone in case C-400: Code segment as ")
    assert _spans(vault) == [] and bench.side_model.rowCount() == 0
    qtbot.keyClick(bench.view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert [s[0] for s in _spans(vault)] == [segment_id]
    # the attachments panel's own Delete goes on the same history
    table = bench.attachments.segment_table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert _spans(vault) == []
    qtbot.keyClick(bench.view, Qt.Key.Key_Z, CTRL)
    assert [s[0] for s in _spans(vault)] == [segment_id]


def test_undo_of_a_segment_whose_recording_is_gone_says_so(
        qtbot: QtBot, window: MainWindow, vault_path: Path, tmp_path: Path) -> None:
    from ui.uihelp import close_messages, message_texts

    vault, talk = _open(window, vault_path, tmp_path)
    segment = vault.attachments.segments.add(talk, "work.wages", 1_000, 2_000)
    bench = window.workbench
    _select_segment(qtbot, window, segment.id)
    qtbot.keyClick(bench.side, Qt.Key.Key_Delete)
    vault.attachments.delete(talk)
    qtbot.keyClick(bench.view, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: bool(message_texts()))
    assert any("no attachment" in text for text in message_texts())
    close_messages()
    assert _spans(vault) == []
    assert bench.undo_stack.count() == 0  # the refused step was dropped
