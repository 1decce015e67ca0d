"""A delegate that colours table cells by the model's heat (0..1): white to red.

Cells without heat (theme names, totals, the diagonal) are painted as usual. Text stays
readable: white on the darker half of the scale, and the selection keeps its own colours.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from fieldvault.ui.models.analysis import HeatRole
from fieldvault.ui.widgets.charts import heat_color


class HeatmapDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        heat = index.data(HeatRole)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if heat is None or selected:
            super().paint(painter, option, index)
            return
        share = float(heat)
        rect = option.rect
        painter.save()
        painter.fillRect(rect, heat_color(share))
        painter.setFont(option.font)
        painter.setPen(QColor("white") if share > 0.6 else QColor("#222222"))
        align = index.data(Qt.ItemDataRole.TextAlignmentRole)
        painter.drawText(rect.adjusted(4, 0, -4, 0),
                         int(align) if align is not None else int(Qt.AlignmentFlag.AlignCenter),
                         str(index.data() or ""))
        painter.restore()
