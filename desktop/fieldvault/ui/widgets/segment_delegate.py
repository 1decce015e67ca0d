"""Draws each coded segment whole: rich text wrapped to the view's width, any number of lines.

Layouts are cached per row and width, so scrolling and repainting hundreds of segments lay
out each one once; the cache is emptied when the model resets or the width changes.
UI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from fieldvault.ui.models.html import HtmlRole

PADDING = 6


class SegmentDelegate(QStyledItemDelegate):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        self._cache: dict[int, QTextDocument] = {}
        self._width = -1
        model = view.model()
        model.modelReset.connect(self._cache.clear)
        model.rowsInserted.connect(lambda *_: self._cache.clear())
        model.dataChanged.connect(lambda *_: self._cache.clear())

    def _text_width(self) -> int:
        return max(120, self.view.viewport().width() - 2 * PADDING)

    def document(self, index: QModelIndex | QPersistentModelIndex,
                 option: QStyleOptionViewItem) -> QTextDocument:
        width = self._text_width()
        if width != self._width:
            self._cache.clear()
            self._width = width
        doc = self._cache.get(index.row())
        if doc is None:
            doc = QTextDocument()
            doc.setDocumentMargin(0)
            doc.setDefaultFont(option.font)
            doc.setHtml(str(index.data(HtmlRole) or ""))
            doc.setTextWidth(width)
            self._cache[index.row()] = doc
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        background = QStyleOptionViewItem(option)
        background.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter,
                          option.widget)
        doc = self.document(index, option)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        rect = option.rect
        painter.save()
        painter.setClipRect(rect)
        painter.translate(rect.left() + PADDING, rect.top() + PADDING)
        context.clip = QRectF(0, 0, rect.width() - 2 * PADDING, rect.height() - 2 * PADDING)
        doc.documentLayout().draw(painter, context)
        painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
        painter.restore()
        painter.save()
        painter.setPen(option.palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        doc = self.document(index, option)
        return QSize(self._text_width() + 2 * PADDING,
                     int(doc.size().height()) + 2 * PADDING + 1)
