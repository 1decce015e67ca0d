"""A transcript with its coded passages painted in theme colours.

Overlapping codings are shown as one piece per run of identical coverage: the colours of
the covering themes are blended and a wavy underline marks that more than one coding lies
there. All offsets crossing this widget's API are the core's (code points); conversion to
Qt's UTF-16 positions happens here only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from fieldvault.core.records.codings import CodingView
from fieldvault.ui.resources import text_font
from fieldvault.ui.widgets.ime import track_preedit
from fieldvault.ui.widgets.offsets import OffsetBridge, Span, overlapping, segments
from fieldvault.ui.widgets.span_view import SpanTextView


def blend(colors: Sequence[str]) -> QColor:
    parsed = [QColor(c) for c in colors] or [QColor("#999999")]
    n = len(parsed)
    return QColor(sum(c.red() for c in parsed) // n, sum(c.green() for c in parsed) // n,
                  sum(c.blue() for c in parsed) // n)


def readable_on(background: QColor) -> QColor:
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor("#000000") if luminance > 140 else QColor("#ffffff")


class TranscriptView(SpanTextView):
    visible_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transcript-view")
        self.setAccessibleName(self.tr("Transcript"))
        self.setReadOnly(True)
        self.setFont(text_font(self.font().pointSize() + 1))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setCenterOnScroll(False)
        self._text = ""
        self._bridge = OffsetBridge("")
        self._codings: list[CodingView] = []
        self._spans: list[Span] = []
        self._focus: str | None = None
        self.editing = False
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
        self.visible_changed.emit()

    def clear_all(self) -> None:
        self._text, self._codings, self._spans, self._focus = "", [], [], None
        self._bridge = OffsetBridge("")
        self.setExtraSelections([])
        self.clear()

    @property
    def text(self) -> str:
        return self._text

    def focus_coding(self, coding_id: str | None) -> None:
        """Emphasise one coding (the one chosen in the side list)."""
        self._focus = coding_id
        self._paint()

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
            if self._focus in piece.keys:
                background = background.darker(125)
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

    # --- offsets --------------------------------------------------------------------------

    def codings_at(self, position: int) -> list[CodingView]:
        ids = {s.key for s in overlapping(self._spans, position, position + 1)}
        return [c for c in self._codings if c.id in ids]

    def visible_range(self) -> tuple[int, int]:
        viewport = self.viewport().rect()
        first = self.cursorForPosition(viewport.topLeft()).position()
        last = self.cursorForPosition(viewport.bottomRight()).position()
        return self._bridge.to_py(first), self._bridge.to_py(last) + 1

    # --- editing --------------------------------------------------------------------------

    def set_editing(self, on: bool) -> None:
        self.editing = on
        self.setReadOnly(not on)
        if not on:
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
