"""Highlighted snippets as escaped rich text, and a delegate that paints them in item views."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

MARK_STYLE = "background-color:#ffe066;color:#000000;font-weight:bold"
HtmlRole = Qt.ItemDataRole.UserRole + 50


def marked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` escaped, with each ``(start, end)`` range (code points) marked."""
    out, last = [], 0
    for start, end in sorted(spans):
        start, end = max(start, last), min(end, len(text))
        if start >= end:
            continue
        out.append(html.escape(text[last:start]))
        out.append(f"<span style='{MARK_STYLE}'>{html.escape(text[start:end])}</span>")
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out).replace("\n", " ")


def in_context(before: str, text: str, after: str) -> str:
    """A passage with its context: ``…before [text] after…`` with the passage marked."""
    lead = "…" if before else ""
    tail = "…" if after else ""
    return lead + marked(before + text + after, [(len(before), len(before) + len(text))]) + tail


class HtmlDelegate(QStyledItemDelegate):
    """Paints the model's :data:`HtmlRole` as rich text on one line, elided by clipping."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(2)
        doc.setDefaultFont(option.font)
        doc.setHtml(str(index.data(HtmlRole) or ""))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        if index.data(HtmlRole) is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter,
                          option.widget)
        doc = self._document(option, index)  # type: ignore[arg-type]
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
        if index.data(HtmlRole) is None:
            return base
        doc = self._document(option, index)  # type: ignore[arg-type]
        return QSize(int(doc.idealWidth()), max(base.height(), int(doc.size().height())))
