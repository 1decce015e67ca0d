"""A delegate that paints the rich-text snippets of :mod:`fieldvault.ui.models.html`."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from fieldvault.ui.models.html import HtmlRole


class HtmlDelegate(QStyledItemDelegate):
    """Paints the model's :data:`HtmlRole` as rich text on one line, elided by clipping.

    UI thread only. The laid-out documents of the last :data:`KEEP` texts are kept, so a
    repaint (scrolling, selection, hover) does not parse and lay out the same HTML again.
    They hold the rows' text (interview excerpts): the view's owner calls :meth:`forget`
    whenever its rows are replaced or cleared, as on lock.
    """

    KEEP = 256

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kept: OrderedDict[tuple[str, str], QTextDocument] = OrderedDict()

    def forget(self) -> None:
        """Drop every kept document."""
        self._kept.clear()

    def _document(self, option: QStyleOptionViewItem, html: str) -> QTextDocument:
        key = (html, option.font.key())
        doc = self._kept.get(key)
        if doc is not None:
            self._kept.move_to_end(key)
            return doc
        doc = QTextDocument()
        doc.setDocumentMargin(2)
        doc.setDefaultFont(option.font)
        doc.setHtml(html)
        self._kept[key] = doc
        if len(self._kept) > self.KEEP:
            self._kept.popitem(last=False)
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        html = index.data(HtmlRole)
        if html is None:
            super().paint(painter, option, index)
            return
        # no initStyleOption: the text is drawn from ``html``, and the roles it would ask the
        # model for (font, colours, icon) are not set by the models this paints; skipping
        # it spares a dozen calls into Python per cell (pixels compared equal)
        style = option.widget.style() if option.widget else QApplication.style()
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter,
                          option.widget)
        doc = self._document(option, str(html))
        rect = option.rect
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.setClipRect(rect)
        top = rect.top() + max(0, (rect.height() - doc.size().height()) / 2)
        painter.translate(rect.left(), top)
        context.clip = QRectF(0, 0, rect.width(), rect.height())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        html = index.data(HtmlRole)
        if html is None:
            return base
        doc = self._document(option, str(html))
        return QSize(int(doc.idealWidth()), max(base.height(), int(doc.size().height())))
