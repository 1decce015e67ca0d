"""Coding stripes: a margin beside the transcript with one coloured stripe per coding.

Each coding gets a stripe from its first to its last visible line and its theme's name at
the top of the stripe. Codings whose stripes would share a screen line (overlapping ones, or
two on one line) sit in parallel lanes; a lane is reused below the stripe that ended in it.
Clicking a stripe or its label emits :attr:`coding_clicked`. The margin repaints whenever
the transcript scrolls or repaints (``updateRequest``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from fieldvault.core.records.codings import CodingView
from fieldvault.ui.widgets.transcript import TranscriptView

LANE = 8  # pixels per lane
STRIPE = 5  # stripe width
MAX_LANES = 6  # more overlapping codings than this share the last lane
LABEL_WIDTH = 120


@dataclass(frozen=True)
class Stripe:
    rect: QRectF
    label: QRectF | None
    coding: CodingView


def assign_lanes(extents: Sequence[tuple[str, float, float]], limit: int) -> dict[str, int]:
    """Lane per key for vertical extents ``(key, top, bottom)`` given in reading order: the
    lowest lane whose last extent ends above this one; more than ``limit`` share the last."""
    bottoms: list[float] = []  # bottom of the extent last placed in each lane
    lanes: dict[str, int] = {}
    for key, top, bottom in extents:
        free = next((n for n, end in enumerate(bottoms) if end <= top), None)
        if free is None:
            bottoms.append(bottom)
            free = len(bottoms) - 1
        bottoms[free] = bottom
        lanes[key] = min(free, limit - 1)
    return lanes


def offset_lanes(codings: Sequence[CodingView]) -> int:
    """How many codings overlap at most in the text (the lanes the margin reserves, + 1)."""
    ordered = sorted(codings, key=lambda c: (c.start, -c.end))
    lanes = assign_lanes([(c.id, c.start, c.end) for c in ordered], MAX_LANES)
    return max(lanes.values(), default=-1) + 1


class CodingMargin(QWidget):
    coding_clicked = Signal(str)  # coding id

    def __init__(self, view: TranscriptView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coding-margin")
        self.setAccessibleName(self.tr("Coding stripes"))
        self.view = view
        self.label: Callable[[CodingView], str] = lambda coding: coding.theme_name
        self._lane_count = 1
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        view.updateRequest.connect(lambda *_: self.update())
        view.codings_changed.connect(self.refresh)

    def refresh(self) -> None:
        self._lane_count = min(offset_lanes(self.view.codings) + 1, MAX_LANES)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._lanes_width() + LABEL_WIDTH, 100)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._lanes_width() + LABEL_WIDTH // 2, 40)

    def _lanes_width(self) -> int:
        return 4 + self._lane_count * LANE

    # --- geometry (what paintEvent draws and mouse clicks hit) ----------------------------

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        return font

    def stripes(self) -> list[Stripe]:
        """Each coding with a visible line: its stripe and (room permitting) its label, in
        this widget's coordinates."""
        lines = self.view.visible_lines()
        if not lines:
            return []
        viewport = self.view.viewport()
        shift = self.mapFromGlobal(viewport.mapToGlobal(QPoint(0, 0))).y()
        text_left = self._lanes_width() + 4
        row = QFontMetrics(self._label_font()).height()
        taken: list[QRectF] = []
        extents = []
        first, last = lines[0].start, lines[-1].end + 1
        visible = [c for c in self.view.codings if c.start < last and c.end > first]
        for coding in sorted(visible, key=lambda c: (c.start, -c.end)):
            covered = [box for box in lines if box.covers(coding.start, coding.end)]
            if covered:
                extents.append((coding, covered[0].top + shift, covered[-1].bottom + shift))
        lanes = assign_lanes([(c.id, top, bottom) for c, top, bottom in extents],
                             self._lane_count)
        out = []
        for coding, top, bottom in extents:
            left = 4 + lanes[coding.id] * LANE
            rect = QRectF(left, top + 1, STRIPE, max(bottom - top - 2, 3))
            label = QRectF(text_left, top, self.width() - text_left - 2, row)
            while any(label.intersects(other) for other in taken):
                label.translate(0, row)
            crowded = label.top() > rect.bottom() and label.top() > rect.top() + 3 * row
            if not crowded:  # when crowded, the stripe and the tooltip still name the theme
                taken.append(label)
            out.append(Stripe(rect, None if crowded else label, coding))
        return out

    def coding_at(self, point: QPointF) -> str | None:
        for stripe in self.stripes():
            if stripe.rect.adjusted(-2, 0, 2, 0).contains(point) \
                    or (stripe.label is not None and stripe.label.contains(point)):
                return stripe.coding.id
        return None

    # --- painting and clicks --------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        painter.setFont(self._label_font())
        focused = self.view.focused
        for stripe in self.stripes():
            color = QColor(stripe.coding.color)
            painter.fillRect(stripe.rect, color.darker(125))
            if stripe.coding.id == focused:
                painter.setPen(QPen(color.darker(260), 2))
                painter.drawRect(stripe.rect.adjusted(-1, -1, 1, 1))
            if stripe.label is None:
                continue
            painter.setPen(color.darker(300))
            text = painter.fontMetrics().elidedText(self.label(stripe.coding),
                                                    Qt.TextElideMode.ElideRight,
                                                    int(stripe.label.width()))
            painter.drawText(stripe.label,
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.end()

    def event(self, event: QEvent) -> bool:
        """A tooltip names the theme and coder of the stripe under the mouse."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.coding_at(QPointF(event.pos()))
            coding = next((c for c in self.view.codings if c.id == hit), None)
            if coding is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip(coding), self)
            return True
        return super().event(event)

    def tooltip(self, coding: CodingView) -> str:
        coder = f" — {coding.coder}" if coding.coder else ""
        return f"■ {self.label(coding)}{coder}\n“{coding.text[:120]}”"

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        hit = self.coding_at(event.position())
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self.coding_clicked.emit(hit)
            event.accept()
            return
        super().mousePressEvent(event)
