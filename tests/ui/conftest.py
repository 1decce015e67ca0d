"""Fixtures for driving the real widgets headless (QT_QPA_PLATFORM=offscreen).

pytest-qt fails a test on any exception raised inside a Qt slot or virtual method; on top
of that every test here fails on Qt warnings and criticals. QSettings of every scope are
redirected to the test's temporary folder, so nothing reaches the user's configuration.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from fieldvault.ui.app import create_app
from fieldvault.ui.mainwindow import MainWindow
from fieldvault.ui.settings import Settings


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            # offscreen/xcb platform chatter that says nothing about our code
            item.add_marker(pytest.mark.qt_log_ignore(
                "propagateSizeHints", "QXcbConnection", "Could not connect to any X display",
                "This plugin does not support"))


@pytest.fixture(autouse=True)
def _private_settings(tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    """Also makes sure a QApplication exists (models paint swatches into pixmaps)."""
    folder = tmp_path / "qsettings"
    folder.mkdir()
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """English whatever the machine's locale (the tests read English texts; test_i18n
    switches language itself)."""
    made = Settings(tmp_path / "fieldvault.ini")
    made.language = "en"
    return made


@pytest.fixture
def window(qtbot: object, qapp: QApplication, settings: Settings,
           tmp_path: Path) -> Iterator[MainWindow]:
    _app, main = create_app(["fieldvault-app"], settings=settings,
                            demo_path=tmp_path / "demo.fieldvault")
    qtbot.addWidget(main)  # type: ignore[attr-defined]
    with qtbot.waitActive(main):  # type: ignore[attr-defined]  # shortcuts need it active
        main.show()
        main.activateWindow()
    yield main
    main.lock()
    main.closer.wait()  # the drafts written and the key zeroed before tmp_path goes
    main.runner.forget()
    main.runner.wait(10_000)


