"""A transcript with its coded passages painted in theme colours.

Overlapping codings are shown as one piece per run of identical coverage: the colours of
the covering themes are blended and a wavy underline marks that more than one coding lies
there. Each coding's start and end get a thin bar in a darker shade, so neighbouring codings
never merge into one patch; the coding chosen in the side list keeps its colour and gets an
outline. The text is selectable from the keyboard (arrows with Shift, and
:meth:`select_sentence` / :meth:`select_paragraph`). All offsets crossing this widget's API
are the core's (code points); conversion to Qt's UTF-16 positions happens here only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QMimeData, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPaintEvent,
    QPen,
    QTextCharFormat,
    QTextFormat,
    QTextLine,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from fieldvault.core.records.codings import CodingView
from fieldvault.ui.models.themes import PASSAGE_MIME
from fieldvault.ui.resources import text_font
from fieldvault.ui.widgets.ime import track_preedit
from fieldvault.ui.widgets.offsets import OffsetBridge, Span, overlapping, segments
from fieldvault.ui.widgets.span_view import SpanTextView
from fieldvault.ui.widgets.textunits import paragraph_at, sentence_at

READ_ONLY_FLAGS = (Qt.TextInteractionFlag.TextSelectableByMouse
                   | Qt.TextInteractionFlag.TextSelectableByKeyboard)


@dataclass(frozen=True)
class LineBox:
    """One laid-out line on screen: code-point range and viewport geometry (valid while
    painting; ``line`` belongs to the document's layout)."""

    start: int
    end: int
    top: float
    bottom: float
    left: float
    block_position: int  # Qt position of the line's block
    line: QTextLine

    def covers(self, start: int, end: int) -> bool:
        return start < max(self.end, self.start + 1) and end > self.start


def blend(colors: Sequence[str]) -> QColor:
    parsed = [QColor(c) for c in colors] or [QColor("#999999")]
    n = len(parsed)
    return QColor(sum(c.red() for c in parsed) // n, sum(c.green() for c in parsed) // n,
                  sum(c.blue() for c in parsed) // n)


def readable_on(background: QColor) -> QColor:
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor("#000000") if luminance > 140 else QColor("#ffffff")


class TranscriptView(SpanTextView):
    visible_changed = Signal()  # scrolled, resized or new codings
    codings_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transcript-view")
        self.setAccessibleName(self.tr("Transcript"))
        self.setReadOnly(True)
        self.setTextInteractionFlags(READ_ONLY_FLAGS)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFont(text_font(self.font().pointSize() + 1))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setCenterOnScroll(False)
        self._text = ""
        self._bridge = OffsetBridge("")
        self._codings: list[CodingView] = []
        self._spans: list[Span] = []
        self._focus: str | None = None
        self.editing = False
        self.case_code = ""  # set by the workbench; travels with a dragged passage
        self.theme_label: Callable[[CodingView], str] = lambda coding: coding.theme_name
        track_preedit(self)
        self.verticalScrollBar().valueChanged.connect(self.visible_changed)

    # --- content --------------------------------------------------------------------------

    def set_transcript(self, text: str, codings: list[CodingView]) -> None:
        self._text = text
        self._bridge = OffsetBridge(text)
        self.setPlainText(text)
        self.set_codings(codings)

    def set_codings(self, codings: list[CodingView]) -> None:
        self._codings = [c for c in codings if c.placed]
        self._spans = [Span(c.start, c.end, c.id) for c in self._codings]
        self._paint()
        self.codings_changed.emit()
        self.visible_changed.emit()

    def clear_all(self) -> None:
        self._text, self._codings, self._spans, self._focus = "", [], [], None
        self._bridge = OffsetBridge("")
        self.setExtraSelections([])
        self.clear()
        self.codings_changed.emit()

    @property
    def text(self) -> str:
        return self._text

    @property
    def codings(self) -> list[CodingView]:
        """The placed codings shown."""
        return list(self._codings)

    @property
    def focused(self) -> str | None:
        return self._focus

    def focus_coding(self, coding_id: str | None) -> None:
        """Outline one coding (the one chosen in the side list); its colour stays."""
        self._focus = coding_id
        self.viewport().update()

    def _paint(self) -> None:
        if self.editing:
            self.setExtraSelections([])
            return
        by_id = {c.id: c for c in self._codings}
        selections = []
        for piece in segments(self._spans):
            colors = [by_id[key].color for key in piece.keys]
            fmt = QTextCharFormat()
            background = blend(colors)
            if len(piece.keys) > 1:  # overlap: a shade darker, with a wavy underline
                background = background.darker(112)
            fmt.setBackground(background)
            fmt.setForeground(readable_on(background))
            if len(piece.keys) > 1:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(readable_on(background))
            fmt.setProperty(QTextFormat.Property.UserProperty, ",".join(piece.keys))
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._cursor(piece.start, piece.end)
            selection.format = fmt
            selections.append(selection)
        self.setExtraSelections(selections)

    # --- drawing boundaries and the chosen coding -------------------------------------------

    def visible_lines(self) -> list[LineBox]:
        """The laid-out lines currently on screen, top to bottom."""
        out: list[LineBox] = []
        offset, height = self.contentOffset(), self.viewport().height()
        block = self.firstVisibleBlock()
        while block.isValid():
            geometry = self.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > height:
                break
            layout = block.layout()
            for i in range(layout.lineCount() if block.isVisible() else 0):
                line = layout.lineAt(i)
                start = block.position() + line.textStart()
                top = geometry.top() + line.y()
                out.append(LineBox(self._bridge.to_py(start),
                                   self._bridge.to_py(start + line.textLength()), top,
                                   top + line.height(), geometry.left(), block.position(), line))
            block = block.next()
        return out

    def range_rects(self, start: int, end: int,
                    lines: list[LineBox] | None = None) -> list[QRectF]:
        """Viewport rectangles covering ``[start, end)`` on the visible lines."""
        rects = []
        for box in self.visible_lines() if lines is None else lines:
            if box.covers(start, end):
                left = self._x(box, max(start, box.start))
                right = self._x(box, min(end, box.end))
                rects.append(QRectF(left, box.top, max(right - left, 2.0), box.bottom - box.top))
        return rects

    def _x(self, box: LineBox, position: int) -> float:
        result: tuple[float, int] = box.line.cursorToX(  # type: ignore[assignment]
            self._bridge.to_qt(position) - box.block_position)
        return box.left + result[0]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.editing or not self._codings:
            return
        lines = self.visible_lines()
        if not lines:
            return
        shown = [c for c in self._codings if c.start < lines[-1].end + 1 and c.end > lines[0].start]
        painter = QPainter(self.viewport())
        for coding in shown:
            rects = self.range_rects(coding.start, coding.end, lines)
            if not rects:
                continue
            edge = QColor(coding.color).darker(160)
            if coding.start >= lines[0].start:
                first = rects[0]
                painter.fillRect(QRectF(first.left(), first.top(), 2, first.height()), edge)
            last = rects[-1]
            if coding.end <= lines[-1].end:
                painter.fillRect(QRectF(last.right() - 2, last.top(), 2, last.height()), edge)
            if coding.id == self._focus:
                painter.setPen(QPen(QColor(coding.color).darker(220), 2))
                for rect in rects:
                    painter.drawRect(rect.adjusted(-1, 0, 1, -1))
        painter.end()

    # --- offsets --------------------------------------------------------------------------

    def codings_at(self, position: int) -> list[CodingView]:
        ids = {s.key for s in overlapping(self._spans, position, position + 1)}
        return [c for c in self._codings if c.id in ids]

    def visible_range(self) -> tuple[int, int]:
        viewport = self.viewport().rect()
        first = self.cursorForPosition(viewport.topLeft()).position()
        last = self.cursorForPosition(viewport.bottomRight()).position()
        return self._bridge.to_py(first), self._bridge.to_py(last) + 1

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802
        """Also names the passage (case and offsets), so it can be dropped on a theme."""
        data = super().createMimeDataFromSelection()
        span = self.selection_range()
        if span is not None and self.case_code and not self.editing:
            data.setData(PASSAGE_MIME, f"{self.case_code}\t{span[0]}\t{span[1]}".encode())
        return data

    # --- keyboard selection ----------------------------------------------------------------

    def cursor_position(self) -> int:
        """The text cursor's position (code points)."""
        return self._bridge.to_py(self.textCursor().position())

    def select_sentence(self) -> bool:
        """Select the sentence at the cursor; False on a blank line."""
        return self._select_unit(sentence_at(self._text, self.cursor_position()))

    def select_paragraph(self) -> bool:
        return self._select_unit(paragraph_at(self._text, self.cursor_position()))

    def _select_unit(self, span: tuple[int, int]) -> bool:
        if self.editing or span[1] <= span[0]:
            return False
        self.setTextCursor(self._cursor(*span))
        self.ensureCursorVisible()
        return True

    # --- editing --------------------------------------------------------------------------

    def set_editing(self, on: bool) -> None:
        self.editing = on
        self.setReadOnly(not on)
        if not on:
            self.setTextInteractionFlags(READ_ONLY_FLAGS)
            self.setPlainText(self._text)
        self._paint()

    def edited_text(self) -> str:
        """The text as typed; raw text keeps no-break spaces that toPlainText would change."""
        return self.document().toRawText().replace("\u2029", "\n")

    # --- tooltips --------------------------------------------------------------------------

    def tooltip_at(self, position: int) -> str:
        if self.editing:
            return ""
        return "\n".join(f"■ {self.theme_label(c)}" + (f" — {c.coder}" if c.coder else "")
                         for c in self.codings_at(position))

    def resizeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.visible_changed.emit()
