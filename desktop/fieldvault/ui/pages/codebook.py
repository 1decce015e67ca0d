"""The Codebook page: theme tree with counts, a details panel, and guarded edits.

A theme's colour is chosen here (Colour…); themes are reorganised with Move… or by dragging
one onto another theme (it becomes a subtheme) or onto the empty area (top level).
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.errors import FieldvaultError
from fieldvault.core.store.models import Theme
from fieldvault.core.vault import Change
from fieldvault.ui.messages import ask, show_error
from fieldvault.ui.models.themes import (
    ThemeColumn,
    ThemeTreeModel,
    other_names,
    theme_name,
    theme_refs,
    theme_text,
)
from fieldvault.ui.session import VaultSession
from fieldvault.ui.widgets.memo_panel import MemoPanel


class ThemeFormDialog(QDialog):
    """Names (and for a new theme its id) or a target theme, as one small form."""

    def __init__(self, title: str, fields: list[tuple[str, QWidget]],
                 submit: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("theme-form-dialog")
        self._submit = submit
        form = QFormLayout(self)
        for label, widget in fields:
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        try:
            self._submit()
        except FieldvaultError as exc:
            self.problem.setText(str(exc))
            return
        super().accept()


class CodebookPage(QWidget):
    retrieve_requested = Signal(str)  # theme id
    passage_dropped = Signal(str, str, int, int)  # theme id, case code, start, end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codebook-page")
        self.session: VaultSession | None = None
        self.model = ThemeTreeModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("theme-tree")
        self.tree.setAccessibleName(self.tr("Themes"))
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        # DragDrop, not InternalMove: the model accepts only its own theme mime type, and a
        # drop never removes rows itself (the vault's change reloads the tree)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        # queued: the tree is reloaded after the view has finished handling the drop
        self.model.move_requested.connect(self._dropped, Qt.ConnectionType.QueuedConnection)
        self.model.passage_dropped.connect(self.passage_dropped,
                                           Qt.ConnectionType.QueuedConnection)
        header = self.tree.header()
        header.setSectionResizeMode(ThemeColumn.NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in (ThemeColumn.CODINGS, ThemeColumn.TOTAL):
            header.resizeSection(column, 110)
        self.tree.selectionModel().selectionChanged.connect(self._picked)
        self.details = QTextBrowser()
        self.details.setObjectName("theme-details")
        self.details.setAccessibleName(self.tr("Theme details"))
        self.memos = MemoPanel(self.tr("Memos on this theme"))
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (("add", self.tr("&Add…")), ("rename", self.tr("&Rename…")),
                          ("move", self.tr("&Move…")), ("colour", self.tr("Co&lour…")),
                          ("merge", self.tr("Mer&ge…")),
                          ("delete", self.tr("&Delete…")), ("retrieve", self.tr("Re&trieve"))):
            button = QPushButton(text)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        self.buttons["add"].clicked.connect(self.add_theme)
        self.buttons["rename"].clicked.connect(self.rename_theme)
        self.buttons["move"].clicked.connect(self.move_theme)
        self.buttons["colour"].clicked.connect(self.choose_colour)
        self.buttons["merge"].clicked.connect(self.merge_theme)
        self.buttons["delete"].clicked.connect(self.delete_theme)
        self.buttons["retrieve"].clicked.connect(self._retrieve)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.details)
        right.addWidget(self.memos)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.tree)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        self._enable()

    def _name(self, theme: Theme) -> str:
        return theme_name(theme, self.model.language)

    def _retrieve(self) -> None:
        theme = self.current()
        if theme is not None:
            self.retrieve_requested.emit(theme.id)

    # --- vault lifecycle ------------------------------------------------------------------

    def attach(self, session: VaultSession) -> None:
        self.session = session
        session.changed.connect(self._changed)
        self.reload()

    def detach(self) -> None:
        self.session = None
        self.model.clear()
        self.details.clear()
        self.memos.clear()
        self._enable()

    def _changed(self, change: Change) -> None:
        if self.session is not None and not change.action.startswith("memo."):
            self.reload()

    def reload(self) -> None:
        if self.session is None:
            return
        chosen = self.current()
        self.model.set_tree(self.session.theme_tree())
        self.tree.expandToDepth(0)
        if chosen is not None:
            self.select(chosen.id)
        self._enable()

    def select(self, theme_id: str) -> None:
        index = self.model.index_of(theme_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def current(self) -> Theme | None:
        index = self.tree.currentIndex()
        return index.data(ThemeTreeModel.ThemeRole) if index.isValid() else None

    def _enable(self) -> None:
        chosen = self.current() is not None
        self.buttons["add"].setEnabled(self.session is not None)
        for key in ("rename", "move", "colour", "merge", "delete", "retrieve"):
            self.buttons[key].setEnabled(chosen)

    def _picked(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        theme = self.current()
        self._enable()
        if theme is None:
            self.details.clear()
            self.memos.clear()
            return
        self.details.setHtml(self._details_html(theme))
        self.memos.set_target(self.session, "theme", theme.id)

    def _details_html(self, theme: Theme) -> str:
        def row(label: str, value: str) -> str:
            return f"<p><b>{html.escape(label)}</b><br>{html.escape(value)}</p>" if value else ""

        refs = ", ".join(theme_refs(theme))
        others = "<br>".join(html.escape(n) for n in other_names(theme, self.model.language))
        return (f"<h3>{html.escape(self._name(theme))}</h3>"
                f"<p>{others}</p>"
                f"<p><i>{html.escape(theme.id)}</i></p>"
                + row(self.tr("Definition"), self._text(theme, "definition"))
                + row(self.tr("Include"), self._text(theme, "include_note"))
                + row(self.tr("Exclude"), self._text(theme, "exclude_note"))
                + row(self.tr("Example"), self._text(theme, "example"))
                + row(self.tr("Report references"), refs))

    def _text(self, theme: Theme, column: str) -> str:
        return theme_text(theme, column, self.model.language)

    # --- edits ----------------------------------------------------------------------------

    def _theme_combo(self, exclude: str | None, top_label: str | None) -> QComboBox:
        combo = QComboBox()
        if top_label is not None:
            combo.addItem(top_label, None)
        for theme in self.model.themes():
            if theme.id != exclude:
                combo.addItem(self._name(theme), theme.id)
        return combo

    def _form(self, title: str, fields: list[tuple[str, QWidget]],
              submit: Callable[[], object]) -> ThemeFormDialog:
        dialog = ThemeFormDialog(title, fields, submit, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add_theme(self) -> ThemeFormDialog | None:
        if self.session is None:
            return None
        codebook = self.session.vault.codebook
        parent = self.current()
        ident, en, ko, ru = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        under = self._theme_combo(None, self.tr("(top level)"))
        under.setCurrentIndex(max(0, under.findData(parent.id if parent else None)))
        ident.setPlaceholderText(self.tr("e.g. work.night_shifts"))

        def submit() -> None:
            theme = codebook.add(ident.text().strip(), en.text().strip(), under.currentData(),
                                 name_ko=ko.text().strip(), name_ru=ru.text().strip())
            self.select(theme.id)

        return self._form(self.tr("Add a theme"), [
            (self.tr("&Id:"), ident), (self.tr("&English:"), en), (self.tr("&Korean:"), ko),
            (self.tr("&Russian:"), ru), (self.tr("&Under:"), under)], submit)

    def rename_theme(self) -> ThemeFormDialog | None:
        theme = self.current()
        if self.session is None or theme is None:
            return None
        codebook = self.session.vault.codebook
        en, ko, ru = QLineEdit(theme.name_en), QLineEdit(theme.name_ko), QLineEdit(theme.name_ru)

        def submit() -> None:
            codebook.rename(theme.id, en.text().strip(), ko.text().strip(), ru.text().strip())

        return self._form(self.tr("Rename {name}").format(name=self._name(theme)), [
            (self.tr("&English:"), en), (self.tr("&Korean:"), ko), (self.tr("&Russian:"), ru)],
            submit)

    def move_theme(self) -> ThemeFormDialog | None:
        theme = self.current()
        if self.session is None or theme is None:
            return None
        codebook = self.session.vault.codebook
        under = self._theme_combo(theme.id, self.tr("(top level)"))
        under.setCurrentIndex(max(0, under.findData(theme.parent_id)))
        return self._form(self.tr("Move {name}").format(name=self._name(theme)),
                          [(self.tr("&New parent:"), under)],
                          lambda: codebook.move(theme.id, under.currentData()))

    def choose_colour(self) -> QColorDialog | None:
        """A colour dialog for the current theme; choosing stores the colour in the vault."""
        theme = self.current()
        if self.session is None or theme is None:
            return None
        codebook = self.session.vault.codebook
        dialog = QColorDialog(QColor(theme.color), self)
        dialog.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
        dialog.setWindowTitle(self.tr("Colour of {name}").format(name=self._name(theme)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.colorSelected.connect(lambda color: self._guarded(
            lambda: codebook.set_color(theme.id, color.name())))
        dialog.open()
        return dialog

    def _dropped(self, theme_id: str, parent: object) -> None:
        if self.session is None:
            return
        codebook = self.session.vault.codebook
        target = parent if isinstance(parent, str) else None
        self._guarded(lambda: codebook.move(theme_id, target))
        self.select(theme_id)

    def merge_theme(self) -> ThemeFormDialog | None:
        theme = self.current()
        if self.session is None or theme is None:
            return None
        codebook = self.session.vault.codebook
        into = self._theme_combo(theme.id, None)
        count = self.model.index_of(theme.id, ThemeColumn.CODINGS).data()
        note = QLabel(self.tr("Its %n coding(s) and its subthemes move to the chosen theme; "
                              "then “{name}” is deleted.", "", int(count or 0)).format(
            name=self._name(theme)))
        note.setWordWrap(True)
        return self._form(self.tr("Merge {name} into…").format(name=self._name(theme)),
                          [(self.tr("&Into:"), into), ("", note)],
                          lambda: codebook.merge(theme.id, into.currentData()))

    def delete_theme(self) -> QWidget | None:
        theme = self.current()
        if self.session is None or theme is None:
            return None
        codebook = self.session.vault.codebook
        count = int(self.model.index_of(theme.id, ThemeColumn.CODINGS).data() or 0)
        if count == 0:
            return ask(self, self.tr("Delete theme"), self.tr(
                "Delete “{name}”? Its subthemes move up one level.").format(name=self._name(theme)),
                [self.tr("Delete")],
                lambda answer: self._guarded(lambda: codebook.delete(theme.id), answer == 0))
        into = self._theme_combo(theme.id, None)
        mode = QComboBox()
        mode.addItem(self.tr("Move its codings to another theme"), "move")
        mode.addItem(self.tr("Delete its %n coding(s) too", "", count), "delete")
        mode.currentIndexChanged.connect(lambda: into.setEnabled(mode.currentData() == "move"))
        note = QLabel(self.tr("“{name}” has %n coding(s). Choose what happens to them.", "",
                              count).format(name=self._name(theme)))
        note.setWordWrap(True)

        def submit() -> None:
            if mode.currentData() == "move":
                codebook.delete(theme.id, "move", into.currentData())
            else:
                codebook.delete(theme.id, "delete")

        return self._form(self.tr("Delete {name}").format(name=self._name(theme)),
                          [("", note), (self.tr("&Codings:"), mode), (self.tr("&Move to:"), into)],
                          submit)

    def _guarded(self, action: Callable[[], object], go: bool = True) -> None:
        if not go:
            return
        try:
            action()
        except FieldvaultError as exc:
            show_error(self, exc)
