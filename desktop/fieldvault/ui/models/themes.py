"""The codebook as a tree (with coding counts) and as a flat, filterable list for the picker."""

from __future__ import annotations

import html
import json
import unicodedata
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from fieldvault.core.records.codebook import ThemeNode, localized
from fieldvault.core.store.models import Theme
from fieldvault.ui.i18n import current_language
from fieldvault.ui.resources import swatch

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LANGS = ("en", "ko", "ru")


def theme_name(theme: Theme, language: str = "en") -> str:
    name = {"ko": theme.name_ko, "ru": theme.name_ru}.get(language, "")
    return name or theme.name_en


def display_name(theme: Theme) -> str:
    """The theme's name in the interface language (English where it has none)."""
    return theme_name(theme, current_language())


def theme_text(theme: Theme, column: str, language: str) -> str:
    """The theme's definition, notes or example (``column``) in ``language``, else English."""
    return localized(theme, column, language)


def other_names(theme: Theme, language: str) -> list[str]:
    """The theme's names in the two languages other than ``language`` (secondary text)."""
    names = {"en": theme.name_en, "ko": theme.name_ko, "ru": theme.name_ru}
    return [names[code] for code in LANGS if code != language and names[code]]


def fold(text: str) -> str:
    """Case- and ё-insensitive form for matching typed filters."""
    text = unicodedata.normalize("NFC", text).casefold()
    return text.replace("ё", "е")


def theme_refs(theme: Theme) -> list[str]:
    try:
        refs = json.loads(theme.refs)
    except ValueError:
        return []
    return [str(r) for r in refs] if isinstance(refs, list) else []


def theme_tooltip(theme: Theme) -> str:
    """Rich text: names in the three languages (the interface's first), the definition in the
    interface language (English where it has none) and the report references."""
    language = current_language()
    names = " · ".join(html.escape(n) for n in [theme_name(theme, language),
                                                 *other_names(theme, language)] if n)
    parts = [f"<b>{names}</b>", f"<i>{html.escape(theme.id)}</i>"]
    definition = theme_text(theme, "definition", language)
    if definition:
        parts.append(html.escape(definition))
    refs = theme_refs(theme)
    if refs:
        parts.append(QCoreApplication.translate(
                "ThemeModel", "Report: ") + html.escape(", ".join(refs)))
    return "<p style='white-space:normal'>" + "<br>".join(parts) + "</p>"


class ThemeColumn(IntEnum):
    NAME = 0
    CODINGS = 1
    TOTAL = 2


@dataclass
class _Node:
    theme: Theme
    codings: int
    total: int
    parent: int  # index into the node list, -1 for top level
    row: int
    children: list[int] = field(default_factory=list)


THEME_MIME = "application/x-fieldvault-theme"
PASSAGE_MIME = "application/x-fieldvault-passage"  # "CASE\tSTART\tEND" (code points)


class ThemeTreeModel(QAbstractItemModel):
    """Internal ids are node numbers + 1 (0 is the invisible root).

    Themes can be dragged (mime :data:`THEME_MIME`, the theme id); a drop does not change the
    model but emits :attr:`move_requested` (theme id, new parent id or None), and the page
    asks the vault, whose change then reloads the tree. A transcript passage dropped on a
    theme (:data:`PASSAGE_MIME`) emits :attr:`passage_dropped`.
    """

    ThemeIdRole = Qt.ItemDataRole.UserRole + 1
    ColorRole = Qt.ItemDataRole.UserRole + 2
    ThemeRole = Qt.ItemDataRole.UserRole + 3
    move_requested = Signal(str, object)  # theme id, new parent id (None: top level)
    passage_dropped = Signal(str, str, int, int)  # theme id, case code, start, end

    def __init__(self, parent: Any = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.language = language or current_language()
        self._nodes: list[_Node] = []
        self._top: list[int] = []
        self._by_id: dict[str, int] = {}

    def set_tree(self, tree: list[ThemeNode]) -> None:
        self.beginResetModel()
        self._nodes, self._top, self._by_id = [], [], {}
        stack: list[int] = []  # node numbers of the current ancestors, by depth
        for item in tree:
            del stack[item.depth:]
            parent = stack[-1] if stack else -1
            siblings = self._nodes[parent].children if parent >= 0 else self._top
            number = len(self._nodes)
            self._nodes.append(_Node(item.theme, item.codings, item.total, parent, len(siblings)))
            siblings.append(number)
            self._by_id[item.theme.id] = number
            stack.append(number)
        self.endResetModel()

    def clear(self) -> None:
        self.set_tree([])

    def index_of(self, theme_id: str, column: int = 0) -> QModelIndex:
        number = self._by_id.get(theme_id)
        if number is None:
            return QModelIndex()
        return self.createIndex(self._nodes[number].row, column, number + 1)

    def themes(self) -> list[Theme]:
        return [n.theme for n in self._nodes]

    def theme(self, theme_id: str) -> Theme | None:
        number = self._by_id.get(theme_id)
        return None if number is None else self._nodes[number].theme

    def _node(self, index: Index) -> _Node | None:
        if not index.isValid():
            return None
        return self._nodes[index.internalId() - 1]

    # --- Qt model interface ---------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        node = self._node(parent)
        children = node.children if node is not None else self._top
        return self.createIndex(row, column, children[row] + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self._node(index)
        if node is None or node.parent < 0:
            return QModelIndex()
        return self.createIndex(self._nodes[node.parent].row, 0, node.parent + 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._node(parent)
        return len(node.children if node is not None else self._top)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return len(ThemeColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
        theme, column = node.theme, index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == ThemeColumn.NAME:
                return theme_name(theme, self.language)
            return str(node.codings if column == ThemeColumn.CODINGS else node.total)
        if role == Qt.ItemDataRole.DecorationRole and column == ThemeColumn.NAME:
            return swatch(theme.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return theme_tooltip(theme)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != ThemeColumn.NAME:
            return RIGHT
        if role == self.ThemeIdRole:
            return theme.id
        if role == self.ColorRole:
            return theme.color
        if role == self.ThemeRole:
            return theme
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(ThemeColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            labels = {ThemeColumn.NAME: QCoreApplication.translate("ThemeTreeModel", "Theme"),
                      ThemeColumn.CODINGS: QCoreApplication.translate("ThemeTreeModel", "Codings"),
                      ThemeColumn.TOTAL: QCoreApplication.translate("ThemeTreeModel", "Total")}
            return labels[ThemeColumn(section)]
        if role == Qt.ItemDataRole.ToolTipRole and section == ThemeColumn.TOTAL:
            return QCoreApplication.translate(
                    "ThemeTreeModel", "Codings of the theme and all its subthemes")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # the empty area: top level
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)

    # --- drag and drop (reorganising the tree) --------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction  # copy: passages

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [THEME_MIME, PASSAGE_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]  # noqa: N802
        data = QMimeData()
        ids = [index.data(self.ThemeIdRole) for index in indexes if index.isValid()]
        if ids:
            data.setData(THEME_MIME, ids[0].encode("utf-8"))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                     column: int, parent: Index) -> bool:
        """A theme dropped on ``parent`` (or between its children) moves under it; a passage
        dropped on a theme asks for it to be coded with that theme."""
        if data.hasFormat(PASSAGE_MIME):
            return self._passage_dropped(data, parent)
        if action != Qt.DropAction.MoveAction or not data.hasFormat(THEME_MIME):
            return False
        theme_id = bytes(data.data(THEME_MIME).data()).decode("utf-8")
        node = self._node(parent)
        target = node.theme.id if node is not None else None
        current = self.theme(theme_id)
        if current is None or target == theme_id or current.parent_id == target:
            return False
        self.move_requested.emit(theme_id, target)
        return False  # the vault's change reloads the tree; the view must not remove rows

    def _passage_dropped(self, data: QMimeData, parent: Index) -> bool:
        node = self._node(parent)
        fields = bytes(data.data(PASSAGE_MIME).data()).decode("utf-8").split("\t")
        if node is None or len(fields) != 3 or not all(f.isdigit() for f in fields[1:]):
            return False
        self.passage_dropped.emit(node.theme.id, fields[0], int(fields[1]), int(fields[2]))
        return True


@dataclass(frozen=True)
class _Entry:
    theme: Theme
    keys: tuple[str, ...]  # folded id and names in en, ko, ru


class ThemeListModel(QAbstractListModel):
    """Themes matching a typed filter in any of the three languages (or the theme id)."""

    ThemeIdRole = Qt.ItemDataRole.UserRole + 1
    DefinitionRole = Qt.ItemDataRole.UserRole + 2  # in the interface language, else English
    #: indent level shown: one more than the row's parent when that parent is listed above
    #: it, else 0 (so a filtered list never seems to put a theme under a stranger)
    DepthRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: Any = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.language = language or current_language()
        self._entries: list[_Entry] = []
        self._rows: list[tuple[_Entry, str]] = []  # entry, language that matched
        self._depth: list[int] = []
        self._query = ""

    def set_themes(self, themes: list[Theme]) -> None:
        self.beginResetModel()
        self._entries = [_Entry(t, tuple(fold(k) for k in (t.id, t.name_en, t.name_ko,
                                                             t.name_ru))) for t in themes]
        self._rows = self._matches()
        self._depth = self._shown_depths()
        self.endResetModel()

    def set_query(self, query: str) -> None:
        self.beginResetModel()
        self._query = fold(query.strip())
        self._rows = self._matches()
        self._depth = self._shown_depths()
        self.endResetModel()

    def _shown_depths(self) -> list[int]:
        depth: dict[str, int] = {}
        out = []
        for entry, _language in self._rows:
            parent = entry.theme.parent_id
            level = depth[parent] + 1 if parent is not None and parent in depth else 0
            depth[entry.theme.id] = level
            out.append(level)
        return out

    def _matches(self) -> list[tuple[_Entry, str]]:
        if not self._query:
            return [(e, "en") for e in self._entries]
        out: list[tuple[_Entry, str]] = []
        later: list[tuple[_Entry, str]] = []
        for entry in self._entries:
            hits = [n for n, key in enumerate(entry.keys) if self._query in key]
            if not hits:
                continue
            language = ("en", "en", "ko", "ru")[hits[0]]
            starts = any(entry.keys[n].startswith(self._query) for n in hits)
            (out if starts else later).append((entry, language))
        return out + later

    def theme_id(self, row: int) -> str:
        return self._rows[row][0].theme.id

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry, language = self._rows[index.row()]
        theme = entry.theme
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            first = theme_name(theme, self.language)
            return " — ".join([first, " · ".join(other_names(theme, self.language))])
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch(theme.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return theme_tooltip(theme)
        if role == self.ThemeIdRole:
            return theme.id
        if role == self.DefinitionRole:
            return theme_text(theme, "definition", self.language)
        if role == self.DepthRole:
            return self._depth[index.row()] if index.row() < len(self._depth) else 0
        return None

    @property
    def query(self) -> str:
        return self._query

