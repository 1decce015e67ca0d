"""The quick theme picker: type part of a theme's name in English, Korean or Russian.

Subthemes are indented under their parents. When the filter matches nothing the picker says
so and offers to create a theme with the typed name (button or Ctrl+Enter; a plain Enter
never creates one, so a typo does not add a theme).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.store.models import Theme
from fieldvault.ui.models.themes import ThemeListModel

VISIBLE_ROWS = 12
PICKER_WIDTH = 560  # room for a theme's name in the interface language and the other two
INDENT = 18  # pixels per tree level


class IndentDelegate(QStyledItemDelegate):
    """Draws each row moved right by its theme's depth."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        moved = QStyleOptionViewItem(option)
        depth = int(index.data(ThemeListModel.DepthRole) or 0)
        moved.rect = option.rect.adjusted(depth * INDENT, 0, 0, 0)
        super().paint(painter, moved, index)

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return size + QSize(int(index.data(ThemeListModel.DepthRole) or 0) * INDENT, 0)


class ThemePicker(QDialog):
    """A small popup; Enter takes the highlighted theme, Escape closes it."""

    chosen = Signal(str)  # theme id
    create_requested = Signal(str)  # a new theme's name (the filter text)

    def __init__(self, themes: list[Theme], prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("theme-picker")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.model = ThemeListModel(self)
        self.model.set_themes(themes)
        label = QLabel(prompt)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Type a theme: quota, 할당, норма…"))
        self.query.setAccessibleName(self.tr("Theme filter"))
        self.query.textChanged.connect(self._filter)
        self.query.returnPressed.connect(self.take)
        self.query.installEventFilter(self)
        self.list = QListView()
        self.list.setAccessibleName(self.tr("Matching themes"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(IndentDelegate(self.list))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # three names per row: elide the end (the tooltip has them all), never scroll sideways
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.activated.connect(lambda _index: self.take())
        # the highlighted theme's definition, so the coder can check it before taking it
        self.definition = QLabel()
        self.definition.setObjectName("theme-definition")
        self.definition.setWordWrap(True)
        self.definition.setTextFormat(Qt.TextFormat.PlainText)
        self.list.selectionModel().currentChanged.connect(self._show_definition)
        self.empty = QLabel()
        self.empty.setObjectName("picker-empty")
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.create_button = QPushButton()
        self.create_button.setAutoDefault(False)
        self.create_button.clicked.connect(self.create_theme)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.create_theme)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.create_theme)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setFrameShadow(QFrame.Shadow.Raised)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(6, 6, 6, 6)
        inner.addWidget(label)
        inner.addWidget(self.query)
        inner.addWidget(self.list)
        inner.addWidget(self.empty)
        inner.addWidget(self.create_button)
        inner.addWidget(self.definition)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.setFixedWidth(PICKER_WIDTH)
        self._filter("")

    def popup(self, where: QPoint) -> None:
        self.move(where)
        self.show()
        self.query.setFocus()

    def _filter(self, text: str) -> None:
        self.model.set_query(text)
        rows = self.model.rowCount()
        if rows:
            self.list.setCurrentIndex(self.model.index(0, 0))
        else:
            self._show_definition(QModelIndex(), QModelIndex())
        name = text.strip()
        nothing = rows == 0 and bool(name)
        self.list.setVisible(not nothing)
        self.empty.setVisible(nothing)
        self.create_button.setVisible(nothing)
        if nothing:
            self.empty.setText(self.tr("No theme matches “{text}”.").format(text=name))
            self.create_button.setText(self.tr("Create theme “{text}” (Ctrl+Enter)").format(
                text=name))
        row_height = max(self.list.sizeHintForRow(0), self.fontMetrics().height() + 4)
        self.list.setFixedHeight(row_height * min(max(rows, 1), VISIBLE_ROWS)
                                 + 2 * self.list.frameWidth() + 2)
        self.adjustSize()

    def _show_definition(self, current: QModelIndex, _previous: QModelIndex) -> None:
        text = current.data(ThemeListModel.DefinitionRole) if current.isValid() else ""
        self.definition.setText(text or "")
        self.definition.setVisible(bool(text))
        self.adjustSize()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.query and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp,
                                    Qt.Key.Key_PageDown):
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -8,
                    Qt.Key.Key_PageDown: 8}[Qt.Key(event.key())]
            rows = self.model.rowCount()
            if rows:
                row = min(max(self.list.currentIndex().row() + step, 0), rows - 1)
                self.list.setCurrentIndex(self.model.index(row, 0))
            return True
        return super().eventFilter(watched, event)

    def create_theme(self) -> None:
        """Ask for a new theme named with the filter text (only when nothing matches)."""
        name = " ".join(self.query.text().split())
        if not name or self.model.rowCount():
            return
        self.close()
        self.create_requested.emit(name)

    def take(self) -> None:
        index = self.list.currentIndex()
        if not index.isValid():
            return
        theme_id = self.model.theme_id(index.row())
        self.close()
        self.chosen.emit(theme_id)
