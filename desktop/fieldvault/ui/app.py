"""Application factory and the ``fieldvault-app`` entry point. Importing this does nothing.

``fieldvault-app --demo`` opens the demo vault at ``<user data>/fieldvault/demo.fieldvault``
(on Linux ``~/.local/share/fieldvault/demo.fieldvault``), building it on first use;
``--demo-path`` chooses another place.
"""

from __future__ import annotations

import argparse
import gc
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldvault.core.hardening import harden_process
from fieldvault.ui.mainwindow import MainWindow
from fieldvault.ui.resources import install_fonts
from fieldvault.ui.settings import Settings
from fieldvault.version import VersionAction

APP_NAME = "Fieldvault"
SWITCH_INTERVAL = 0.001  # seconds; CPython's default 0.005 lets a busy worker starve the UI


def default_demo_path() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    root = Path(base) if base else Path.home() / ".local" / "share"
    return root / "fieldvault" / "demo.fieldvault"


def _parse(arguments: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="fieldvault-app", add_help=True)
    parser.add_argument("--version", action=VersionAction)
    parser.add_argument("--demo", action="store_true", help="open the demo vault at once")
    parser.add_argument("--demo-path", type=Path, default=None,
                        help="where the demo vault lives (default: the user data folder)")
    # the installer's smoke test: play a case's recording and show its photo (ui/selfcheck.py)
    parser.add_argument("--check-media", nargs=2, metavar=("VAULT", "CASE"),
                        help=argparse.SUPPRESS)
    options, _unknown = parser.parse_known_args(arguments)
    return options


def create_app(argv: list[str], settings: Settings | None = None,
               demo_path: Path | None = None) -> tuple[QApplication, MainWindow]:
    """Build (or reuse) the QApplication and the main window; the window is not shown."""
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("fieldvault")
    install_fonts(app)
    options = _parse(list(argv[1:]))
    window = MainWindow(settings or Settings(), options.demo_path or demo_path
                        or default_demo_path())
    app.aboutToQuit.connect(window.clipboard_guard.clear)
    if options.demo:
        window.open_demo()
    return app, window


def _calm_excepthook(kind: type[BaseException], exc: BaseException,
                     tb: TracebackType | None) -> None:
    """Unexpected errors: the details go to the terminal, the user gets one sentence."""
    traceback.print_exception(kind, exc, tb, file=sys.stderr)
    if QApplication.instance() is not None:
        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, QCoreApplication.translate(
            "App", "Something unexpected went wrong. Every change you confirmed is saved. "
                   "If it happens again, lock the vault and restart Fieldvault."))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


def tune_runtime() -> None:
    """Process settings that keep the UI thread responsive; call once before showing.

    Workers are Python threads, so the UI thread waits for the GIL whenever it calls into
    Python; a shorter switch interval bounds that wait. Freezing the objects that exist after
    start-up (modules, classes, Qt wrappers) takes them out of every later full garbage
    collection, which otherwise pauses all threads for 100 ms and more on a big vault.
    """
    sys.setswitchinterval(SWITCH_INTERVAL)
    gc.collect()
    gc.freeze()


def main() -> int:
    harden_process()  # before any secret is typed: no core dumps, private files
    options = _parse(sys.argv[1:])  # --version and --help answer here, before any window
    if options.check_media:
        from fieldvault.ui.selfcheck import main as check_media

        return check_media(*options.check_media)
    app, window = create_app(sys.argv)
    tune_runtime()
    sys.excepthook = _calm_excepthook
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
