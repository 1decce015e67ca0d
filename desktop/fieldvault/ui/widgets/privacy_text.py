"""A transcript with its privacy spans drawn by category and status.

Suggested spans get a dashed underline and a pale wash of the category colour; accepted
spans a solid dark bar of that colour with white text (what an export withholds); rejected
spans only a dotted grey underline. Codings are not shown here, so the two kinds of marks
cannot be confused. Offsets crossing this widget's API are the core's (code points).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QTextEdit, QWidget

from fieldvault.core.privacy.service import RedactionView
from fieldvault.ui.models.privacy import category_color, status_text
from fieldvault.ui.resources import text_font
from fieldvault.ui.widgets.offsets import OffsetBridge, Span, overlapping, segments
from fieldvault.ui.widgets.span_view import SpanTextView

RANK = {"accepted": 2, "suggested": 1, "rejected": 0}


def span_format(view: RedactionView, focused: bool) -> QTextCharFormat:
    color = QColor(category_color(view.category))
    fmt = QTextCharFormat()
    if view.status == "accepted":
        fmt.setBackground(color.darker(130 if focused else 110))
        fmt.setForeground(QColor("#ffffff"))
    elif view.status == "suggested":
        wash = QColor(color)
        wash.setAlpha(110 if focused else 45)
        fmt.setBackground(wash)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setUnderlineColor(color)
    else:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(QColor("#9e9e9e"))
    if focused:
        fmt.setFontWeight(700)
    return fmt


class PrivacyView(SpanTextView):

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacy-view")
        self.setAccessibleName(self.tr("Transcript with identifying details marked"))
        self.setReadOnly(True)
        self.setFont(text_font(self.font().pointSize() + 1))
        self._bridge = OffsetBridge("")
        self._text = ""
        self._views: dict[str, RedactionView] = {}
        self._spans: list[Span] = []
        self._focus: str | None = None

    def set_content(self, text: str, views: list[RedactionView]) -> None:
        if text != self._text:
            self._text = text
            self._bridge = OffsetBridge(text)
            self.setPlainText(text)
        self.set_redactions(views)

    def set_redactions(self, views: list[RedactionView]) -> None:
        placed = [v for v in views if v.placed]
        self._views = {v.id: v for v in placed}
        self._spans = [Span(v.start, v.end, v.id) for v in placed]
        self._paint()

    def focus(self, redaction_id: str | None) -> None:
        self._focus = redaction_id
        self._paint()

    def clear_all(self) -> None:
        self._text, self._views, self._spans, self._focus = "", {}, [], None
        self._bridge = OffsetBridge("")
        self.setExtraSelections([])
        self.clear()

    def _paint(self) -> None:
        selections = []
        for piece in segments(self._spans):
            view = max((self._views[k] for k in piece.keys), key=lambda v: RANK[v.status])
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._cursor(piece.start, piece.end)
            selection.format = span_format(view, self._focus in piece.keys)
            selections.append(selection)
        self.setExtraSelections(selections)

    def selected_text(self) -> str:
        span = self.selection_range()
        return self._text[span[0]:span[1]] if span else ""

    def redactions_at(self, point: QPoint) -> list[RedactionView]:
        return self._redactions_at(self.position_at(point))

    def _redactions_at(self, position: int) -> list[RedactionView]:
        return [self._views[s.key] for s in overlapping(self._spans, position, position + 1)]

    def tooltip_at(self, position: int) -> str:
        return "\n".join(f"{v.category} — {status_text(v.status)}"
                         + (f" ({v.person})" if v.person else "")
                         for v in self._redactions_at(position))
