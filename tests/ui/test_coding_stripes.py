"""Colours per theme, the outline of the chosen coding, boundaries, and the stripes margin.

Geometry is read from the widgets and checked against painted pixels and real mouse clicks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from fieldvault.core.records.cases import CaseInput
from fieldvault.core.vault import Passphrase, Vault
from fieldvault.ui.mainwindow import MainWindow
from fieldvault.ui.widgets.stripes import assign_lanes
from vaulthelp import PASSPHRASE

TEXT = ("A: The plan was two hundred and forty dollars. The fees came on top of it. "
        "We paid for loyalty too. Some still owe. The review meeting read the names. "
        "Then came mutual criticism.\nA: Nobody could refuse.")
SIX = [("quota.planned", "two hundred and forty dollars"), ("quota.bundled_fees", "fees"),
       ("quota.loyalty_fund", "loyalty"), ("quota.outstanding", "still owe"),
       ("meeting.quota_review", "review meeting"), ("meeting.mutual_criticism", "criticism")]


def open_coded(window: MainWindow, vault_path: Path) -> tuple[Vault, list[str]]:
    vault = Vault.open(vault_path, Passphrase(PASSPHRASE))
    vault.cases.create(CaseInput("Colours", TEXT, ["en"], code="S-101"))
    ids = []
    for theme, words in SIX:
        at = TEXT.index(words)
        ids.append(vault.codings.add("S-101", theme, at, at + len(words)).id)
    window.attach(vault)
    window.open_case("S-101")
    return vault, ids


def backgrounds(window: MainWindow) -> list[str]:
    return [s.format.background().color().name() for s in window.workbench.view.extraSelections()]


def test_six_themes_of_two_groups_get_six_colours_and_the_chosen_one_keeps_its_own(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    _vault, ids = open_coded(window, vault_path)
    before = backgrounds(window)
    assert len(before) == 6 and len(set(before)) == 6
    bench = window.workbench
    bench._select_in_side(ids[0])
    assert bench.view.focused == ids[0]
    assert backgrounds(window) == before  # colour kept; the outline marks the choice
    rect = bench.view.range_rects(*_span(bench, ids[0]))[0]
    image = bench.view.viewport().grab().toImage()
    outline = QColor(bench.view.codings[0].color).darker(220)
    top_edge = image.pixelColor(QPoint(int(rect.center().x()), int(rect.top())))
    assert _close(top_edge, outline)


def test_neighbouring_codings_of_one_theme_show_a_boundary(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    vault = Vault.open(vault_path, Passphrase(PASSPHRASE))
    vault.cases.create(CaseInput("Neighbours", TEXT, ["en"], code="S-102"))
    at = TEXT.index("Some still owe.")
    first = vault.codings.add("S-102", "quota.outstanding", at, at + 5)  # "Some "
    vault.codings.add("S-102", "quota.outstanding", at + 5, at + 15)  # "still owe."
    window.attach(vault)
    window.open_case("S-102")
    view = window.workbench.view
    pieces = [s.format.background().color().name() for s in view.extraSelections()]
    assert len(set(pieces)) == 1  # one colour...
    boundary = view.range_rects(first.end, first.end + 1)[0]
    image = view.viewport().grab().toImage()
    edge = QColor(view.codings[0].color).darker(160)
    fill = image.pixelColor(QPoint(int(boundary.left()) - 4, int(boundary.center().y())))
    mark = image.pixelColor(QPoint(int(boundary.left()), int(boundary.center().y())))
    assert _close(mark, edge) and not _close(fill, edge)  # ...but the boundary is drawn


def test_overlapping_codings_are_parallel_stripes_and_a_click_chooses_one(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    vault, ids = open_coded(window, vault_path)
    whole = vault.codings.add("S-101", "agency.coercion", 3, TEXT.index("\n")).id
    bench = window.workbench
    margin = bench.margin
    qtbot.waitUntil(lambda: len(margin.stripes()) == 7)
    stripes = {s.coding.id: s for s in margin.stripes()}
    wide, small = stripes[whole].rect, stripes[ids[1]].rect
    assert wide.left() != small.left()  # parallel lanes
    assert wide.top() <= small.top() and wide.bottom() >= small.bottom()
    assert all(s.rect.right() <= margin.width() for s in stripes.values())
    labelled = [s for s in stripes.values() if s.label is not None]
    assert labelled and all(s.label.right() <= margin.width() for s in labelled)
    qtbot.mouseClick(margin, Qt.MouseButton.LeftButton, pos=small.center().toPoint())
    assert bench.current_coding() is not None and bench.current_coding().id == ids[1]
    assert bench.view.focused == ids[1]
    qtbot.mouseClick(margin, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(wide.center().x()), int(wide.bottom()) - 2))
    assert bench.current_coding().id == whole
    hover = QHelpEvent(QEvent.Type.ToolTip, small.center().toPoint(),
                       margin.mapToGlobal(small.center().toPoint()))
    QApplication.sendEvent(margin, hover)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == "■ Fees bundled into the quota — tester\n“fees”"
    QToolTip.hideText()
    if stripes[ids[0]].label is not None:
        qtbot.mouseClick(margin, Qt.MouseButton.LeftButton,
                         pos=stripes[ids[0]].label.center().toPoint())
        assert bench.current_coding().id == ids[0]


def test_lanes_reuse_a_lane_once_its_stripe_ended() -> None:
    lanes = assign_lanes([("a", 0, 50), ("b", 10, 20), ("d", 15, 25), ("c", 20, 30),
                          ("e", 22, 40)], limit=3)
    assert lanes == {"a": 0, "b": 1, "d": 2, "c": 1, "e": 2}
    assert assign_lanes([("a", 0, 9), ("b", 0, 9), ("c", 0, 9)], limit=2)["c"] == 1


def _span(bench: object, coding_id: str) -> tuple[int, int]:
    coding = next(c for c in bench.view.codings if c.id == coding_id)  # type: ignore[attr-defined]
    return coding.start, coding.end


def _close(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) < 12


def test_segments_sweep_matches_the_definition_on_seeded_random_spans() -> None:
    """Each piece is covered by exactly the spans with start <= piece < end, in input order."""
    import random

    from fieldvault.ui.widgets.offsets import Span, segments

    rng = random.Random(5)
    for _trial in range(2000):
        spans = []
        for k in range(rng.randint(0, 12)):
            start = rng.randint(0, 40)
            spans.append(Span(start, start + rng.randint(-2, 15), f"k{k}"))
        pieces = segments(spans)
        for piece in pieces:
            expected = tuple(s.key for s in spans if s.start <= piece.start < s.end)
            assert piece.keys == expected and piece.start < piece.end
        covered = {p for s in spans for p in range(s.start, s.end)}
        assert {p for piece in pieces for p in range(piece.start, piece.end)} == covered
        assert all(a.end <= b.start for a, b in zip(pieces, pieces[1:], strict=False))


def test_at_1024_by_640_the_codings_list_keeps_six_rows(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    vault, _ids = open_coded(window, vault_path)
    for n in range(6):  # twelve codings in all, more than the list can show
        at = TEXT.index("Nobody")
        vault.codings.add("S-101", "agency.coercion", at + n, at + n + 5)
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.width() == 1024 and window.height() == 640)
    bench = window.workbench
    bench.show_all.setChecked(True)
    side = bench.side
    assert bench.side_model.rowCount() == 12
    qtbot.waitUntil(lambda: side.viewport().height() >= 6 * side.rowHeight(0))
    assert bench.margin.isVisible()
    assert bench.margin.width() >= bench.margin.minimumSizeHint().width()
