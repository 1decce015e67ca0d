"""Shared set-up for item views: one line per row, rows as tall as the text needs."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def record_table(model: QAbstractItemModel, accessible_name: str, object_name: str = "",
                 stretch: int | None = 0, single: bool = True) -> QTableView:
    """A compact table over ``model``: columns fit their contents, column ``stretch`` takes
    the rest (``None``: every column stretches), one row selectable at a time."""
    table = QTableView()
    if object_name:
        table.setObjectName(object_name)
    table.setAccessibleName(accessible_name)
    table.setModel(model)
    compact_table(table)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    if stretch is None:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def compact_table(view: QTableView, extra: int = 8) -> None:
    """Fixed, text-high rows (cheap to lay out at any row count), whole-row selection."""
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + extra)
    view.setWordWrap(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
