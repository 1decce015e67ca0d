"""Charts painted with QPainter: bar, stacked bar and heatmap, on screen, to PNG and to SVG.

The PySide6-Essentials wheel the app ships with has no QtCharts module, so the three charts
are drawn here (about 200 lines) rather than adding the much larger Addons wheel. One
:func:`paint_chart` draws on any QPaintDevice: the widget, a QImage (PNG) or a
QSvgGenerator (SVG), so an export looks like the screen. Text is drawn with the
application font and its fallbacks (NanumGothic for Hangul, DejaVu Sans for Cyrillic).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QSizePolicy, QWidget

ChartKind = Literal["bar", "stacked", "heatmap"]
PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)
MAX_CATEGORIES = 60
HEAT = QColor("#c0392b")


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]
    color: str = ""


@dataclass(frozen=True)
class ChartData:
    kind: ChartKind
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...] = field(default_factory=tuple)

    def labels(self) -> list[str]:
        """Every text the chart draws (for checks that each has a font to render it)."""
        return [self.title, *self.categories, *(s.name for s in self.series)]


def heat_color(share: float, base: QColor = HEAT) -> QColor:
    """White for 0, ``base`` for 1, linearly between."""
    share = min(1.0, max(0.0, share))
    return QColor(
        round(255 + (base.red() - 255) * share),
        round(255 + (base.green() - 255) * share),
        round(255 + (base.blue() - 255) * share),
    )


def paint_chart(painter: QPainter, rect: QRectF, chart: ChartData, font: QFont) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, QColor("white"))
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    line = metrics.height()
    painter.setPen(QColor("#222222"))
    title = QRectF(rect.left() + 8, rect.top() + 4, rect.width() - 16, line * 1.4)
    painter.drawText(
        title,
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        metrics.elidedText(chart.title, Qt.TextElideMode.ElideRight, title.width()),
    )
    body = QRectF(
        rect.left() + 8, title.bottom() + 4, rect.width() - 16, rect.height() - title.height() - 12
    )
    if not chart.categories or not chart.series:
        painter.drawText(
            body,
            Qt.AlignmentFlag.AlignCenter,
            QCoreApplication.translate("Charts", "Nothing to chart yet."),
        )
    elif chart.kind == "heatmap":
        _heatmap(painter, body, chart, metrics)
    else:
        _bars(painter, body, chart, metrics)
    painter.restore()


def _bars(painter: QPainter, body: QRectF, chart: ChartData, metrics: QFontMetricsF) -> None:
    stacked = chart.kind == "stacked"
    legend = _legend(painter, body, chart, metrics) if stacked or len(chart.series) > 1 else 0.0
    line = metrics.height()
    label_width = min(
        body.width() * 0.3, max(metrics.horizontalAdvance(c) for c in chart.categories) + 8
    )
    plot = QRectF(
        body.left() + label_width,
        body.top(),
        body.width() - label_width - 48,
        body.height() - legend,
    )
    totals = [
        sum(s.values[i] for s in chart.series)
        if stacked
        else max(s.values[i] for s in chart.series)
        for i in range(len(chart.categories))
    ]
    top = max(totals, default=0.0) or 1.0
    band = plot.height() / len(chart.categories)
    bar = max(2.0, band * 0.7)
    for i, category in enumerate(chart.categories):
        y = plot.top() + i * band + (band - bar) / 2
        painter.setPen(QColor("#222222"))
        painter.drawText(
            QRectF(body.left(), plot.top() + i * band, label_width - 6, band),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(category, Qt.TextElideMode.ElideMiddle, label_width - 6),
        )
        x = plot.left()
        for number, series in enumerate(chart.series if stacked else chart.series[:1]):
            width = plot.width() * series.values[i] / top
            painter.fillRect(QRectF(x, y, width, bar), _color(series, number))
            x += width if stacked else 0
        if band >= line * 0.8:
            painter.drawText(
                QRectF(x + (0 if stacked else plot.width() * totals[i] / top) + 4, y, 44, bar),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                _short(totals[i]),
            )
    painter.setPen(QPen(QColor("#888888"), 1))
    painter.drawLine(plot.topLeft(), plot.bottomLeft())


def _heatmap(painter: QPainter, body: QRectF, chart: ChartData, metrics: QFontMetricsF) -> None:
    label_width = min(
        body.width() * 0.35, max(metrics.horizontalAdvance(s.name) for s in chart.series) + 8
    )
    header = metrics.height() * 1.4
    plot = QRectF(
        body.left() + label_width,
        body.top() + header,
        body.width() - label_width,
        body.height() - header,
    )
    fits = max(1, int(plot.height() // (metrics.height() * 0.9)))
    if len(chart.series) > fits:  # no overprinted names: show the first rows that fit
        chart = ChartData(chart.kind, chart.title, chart.categories, chart.series[:fits])
    width = plot.width() / len(chart.categories)
    height = plot.height() / len(chart.series)
    top = max((v for s in chart.series for v in s.values), default=0.0) or 1.0
    painter.setPen(QColor("#222222"))
    for j, category in enumerate(chart.categories):
        painter.drawText(
            QRectF(plot.left() + j * width, body.top(), width, header),
            Qt.AlignmentFlag.AlignCenter,
            metrics.elidedText(category, Qt.TextElideMode.ElideRight, width - 2),
        )
    for i, series in enumerate(chart.series):
        y = plot.top() + i * height
        painter.setPen(QColor("#222222"))
        painter.drawText(
            QRectF(body.left(), y, label_width - 6, height),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(series.name, Qt.TextElideMode.ElideRight, label_width - 6),
        )
        for j, value in enumerate(series.values):
            cell = QRectF(plot.left() + j * width, y, width, height)
            painter.fillRect(cell.adjusted(0.5, 0.5, -0.5, -0.5), heat_color(value / top))
            if (
                value
                and height >= metrics.height()
                and width >= metrics.horizontalAdvance(_short(value)) + 2
            ):
                painter.setPen(QColor("white") if value / top > 0.6 else QColor("#222222"))
                painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, _short(value))


def _legend(painter: QPainter, body: QRectF, chart: ChartData, metrics: QFontMetricsF) -> float:
    """Draw the series names along the bottom, wrapping; return the height used."""
    line = metrics.height()
    items = [(s, metrics.horizontalAdvance(s.name) + line + 12) for s in chart.series]
    rows, x = 1, 0.0
    for _series, width in items:
        if x + width > body.width() and x > 0:
            rows, x = rows + 1, 0.0
        x += width
    height = rows * line * 1.2 + 4
    x, y = body.left(), body.bottom() - height + 4
    for number, (series, width) in enumerate(items):
        if x + width > body.right() and x > body.left():
            x, y = body.left(), y + line * 1.2
        painter.fillRect(QRectF(x, y + line * 0.2, line * 0.6, line * 0.6), _color(series, number))
        painter.setPen(QColor("#222222"))
        painter.drawText(
            QRectF(x + line * 0.8, y, width, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            series.name,
        )
        x += width
    return height


def _color(series: Series, number: int) -> QColor:
    return QColor(series.color or PALETTE[number % len(PALETTE)])


def _short(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


class ChartView(QWidget):
    """Shows one :class:`ChartData`; exports it as PNG or SVG at its on-screen size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("analysis-chart")
        self.setAccessibleName(self.tr("Chart"))
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.chart = ChartData("bar", "", ())

    def set_chart(self, chart: ChartData) -> None:
        self.chart = chart
        self.setToolTip(chart.title)
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        paint_chart(painter, QRectF(self.rect()), self.chart, self.font())
        painter.end()

    def export_size(self) -> QSize:
        return self.size().expandedTo(QSize(640, 400))

    def save_png(self, path: Path) -> bool:
        size = self.export_size()
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        paint_chart(painter, QRectF(0, 0, size.width(), size.height()), self.chart, self.font())
        painter.end()
        return image.save(str(path))  # the suffix is .png

    def save_svg(self, path: Path) -> bool:
        size = self.export_size()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(self.chart.title)
        painter = QPainter()
        if not painter.begin(generator):
            return False
        paint_chart(painter, QRectF(0, 0, size.width(), size.height()), self.chart, self.font())
        return painter.end()
