"""Coding stripes: a margin beside the transcript with one coloured stripe per coding.

Each coding gets a lane (overlapping codings sit in parallel lanes; a lane is reused once
its coding has ended), a stripe from its first to its last visible line and its theme's name
at the top of the stripe. Clicking a stripe or its label emits :attr:`coding_clicked`. The
margin repaints whenever the transcript scrolls or repaints (``updateRequest``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

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


def assign_lanes(codings: Sequence[CodingView]) -> dict[str, int]:
    """Lane per coding id: by start, the lowest lane whose previous coding has ended."""
    ends: list[int] = []  # end offset of the coding last placed in each lane
    lanes: dict[str, int] = {}
    for coding in sorted(codings, key=lambda c: (c.start, -c.end, c.id)):
        free = next((n for n, end in enumerate(ends) if end <= coding.start), None)
        if free is None:
            ends.append(coding.end)
            free = len(ends) - 1
        ends[free] = coding.end
        lanes[coding.id] = min(free, MAX_LANES - 1)
    return lanes


class CodingMargin(QWidget):
    coding_clicked = Signal(str)  # coding id

    def __init__(self, view: TranscriptView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coding-margin")
        self.setAccessibleName(self.tr("Coding stripes"))
        self.view = view
        self.label: Callable[[CodingView], str] = lambda coding: coding.theme_name
        self._lanes: dict[str, int] = {}
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        view.updateRequest.connect(lambda *_: self.update())
        view.visible_changed.connect(self.refresh)

    def refresh(self) -> None:
        self._lanes = assign_lanes(self.view.codings)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._lanes_width() + LABEL_WIDTH, 100)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._lanes_width() + LABEL_WIDTH // 2, 40)

    def _lanes_width(self) -> int:
        used = max(self._lanes.values(), default=-1) + 1
        return 4 + max(used, 1) * LANE

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
        out = []
        for coding in self.view.codings:
            covered = [box for box in lines if box.covers(coding.start, coding.end)]
            if not covered:
                continue
            top, bottom = covered[0].top + shift, covered[-1].bottom + shift
            left = 4 + self._lanes.get(coding.id, 0) * LANE
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

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        hit = self.coding_at(event.position())
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self.coding_clicked.emit(hit)
            event.accept()
            return
        super().mousePressEvent(event)
