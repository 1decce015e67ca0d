"""Help > About shows the same version, commit and build date as ``fieldvault --version``."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from fieldvault.ui.mainwindow import MainWindow
from fieldvault.version import describe


def test_about_box_names_version_commit_and_build_date(qtbot: QtBot,
                                                       window: MainWindow) -> None:
    about = next(a for a in window.menuBar().actions() if a.menu() is not None
                 and any("About" in item.text() for item in a.menu().actions()))
    item = next(i for i in about.menu().actions() if "About" in i.text())
    item.trigger()
    label = window.findChild(QLabel, "about-version")
    assert label is not None
    assert describe() in label.text()
    assert "(commit " in label.text() and ", built " in label.text()
