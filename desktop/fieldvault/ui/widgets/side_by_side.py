"""One transcript shown once per coder, side by side, with that coder's codings in their
theme colours and the stretches where the coders differ marked on the text.

A stretch the coder coded is underlined with a red wave over its theme colour; a stretch
the coder left uncoded (where another coder coded) is pink with the same wave. The panes
scroll together. UI thread only; nothing here reads the vault.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QShowEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from fieldvault.core.analysis.compare import Comparison, Stretch
from fieldvault.ui.widgets.offsets import OffsetBridge
from fieldvault.ui.widgets.span_view import SpanTextView

DIFFER = QColor("#c62828")
MISSING = QColor("#f9c9c9")


class CoderPane(SpanTextView):
    """The transcript as one coder coded it; tooltips name the themes at a position."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(SpanTextView.LineWrapMode.WidgetWidth)
        self.coder = ""
        self.codings: list[tuple[int, int, str]] = []
        self.stretches: list[Stretch] = []
        self.label: Callable[[str], str] = lambda theme: theme
        self._bridge = OffsetBridge("")

    def show_coder(self, text: str, coder: str, codings: list[tuple[int, int, str]],
                   stretches: list[Stretch], colour: Callable[[str], str],
                   label: Callable[[str], str]) -> None:
        self.coder, self.codings, self.stretches, self.label = coder, codings, stretches, label
        self._bridge = OffsetBridge(text)
        self.setPlainText(text)
        for start, end, theme in codings:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(colour(theme)))
            self._cursor(start, end).mergeCharFormat(fmt)
        for stretch in stretches:
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(DIFFER)
            if coder not in stretch.applied_by:
                fmt.setBackground(MISSING)
            self._cursor(stretch.start, stretch.end).mergeCharFormat(fmt)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def show_position(self, position: int) -> None:
        """Scroll so that ``position`` (a code point) is in the middle of the pane."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._bridge.to_qt(position))
        self.setTextCursor(cursor)
        self.centerCursor()

    def stretch_at(self, position: int) -> Stretch | None:
        return next((s for s in self.stretches if s.start <= position < s.end), None)

    def tooltip_at(self, position: int) -> str:
        themes = [self.label(t) for s, e, t in self.codings if s <= position < e]
        stretch = self.stretch_at(position)
        lines = [", ".join(themes)] if themes else []
        if stretch is not None:
            lines.append(self.tr("The coders differ on {theme} here: coded by {who}.").format(
                theme=self.label(stretch.theme), who=", ".join(stretch.applied_by)))
        return "\n".join(lines)


class SideBySide(QWidget):
    """A caption and one :class:`CoderPane` per coder of the comparison."""

    stretch_activated = Signal(str, int, int)  # case code, start, end (double-click)
    copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setChildrenCollapsible(False)
        self.panes: list[CoderPane] = []
        self.titles: list[QLabel] = []
        self.code = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.split, 1)

    def clear(self, caption: str = "") -> None:
        for widget in self.split.findChildren(QWidget, "coder-column"):
            widget.setParent(None)
            widget.deleteLater()
        self.panes, self.titles, self.code = [], [], ""
        self.caption.setText(caption)

    def show_case(self, case: Comparison, colour: Callable[[str], str],
                  label: Callable[[str], str], caption: str) -> None:
        self.clear(caption)
        self.code = case.code
        for coder in case.coders:
            pane = CoderPane()
            pane.setAccessibleName(self.tr("Transcript as coded by {coder}").format(
                coder=coder))
            pane.show_coder(case.text, coder, case.codings.get(coder, []), case.stretches,
                            colour, label)
            pane.copied.connect(self.copied)
            pane.viewport().installEventFilter(self)
            count = len(case.codings.get(coder, []))
            title = QLabel(self.tr("<b>{coder}</b>: %n coding(s)", "", count).format(
                coder=coder))
            column = QWidget()
            column.setObjectName("coder-column")
            box = QVBoxLayout(column)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(title)
            box.addWidget(pane, 1)
            self.split.addWidget(column)
            self.panes.append(pane)
            self.titles.append(title)
        for pane in self.panes:
            bar = pane.verticalScrollBar()
            for other in self.panes:
                if other is not pane:
                    bar.valueChanged.connect(other.verticalScrollBar().setValue)
        QTimer.singleShot(0, self.first_difference)  # once the new panes are laid out

    def first_difference(self) -> None:
        """Scroll every pane to the first stretch where the coders differ."""
        for pane in self.panes:
            if pane.stretches:
                pane.show_position(pane.stretches[0].start)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.first_difference()  # the panes are laid out only now

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if isinstance(event, QMouseEvent) and event.type() == QEvent.Type.MouseButtonDblClick:
            for pane in self.panes:
                if pane.viewport() is watched:
                    position = pane.position_at(event.position().toPoint())
                    stretch = pane.stretch_at(position)
                    start, end = (stretch.start, stretch.end) if stretch else (position,
                                                                                 position)
                    self.stretch_activated.emit(self.code, start, end)
                    return True
        return super().eventFilter(watched, event)
