"""Render screenshots of the main views into docs/screenshots/*.png from the demo vault.

    xvfb-run -a .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--demo PATH]
        [--language en|ko|ru] [--size 1280x800]

``--language ko`` (or ``ru``) renders the interface in that language; the Korean and Russian
sets live in docs/screenshots/ko/ and docs/screenshots/ru/, each at the full size and at
1024x640 (a small laptop screen, where longer strings clip first).

The demo vault is built in a temporary folder unless ``--demo`` names one. Only a temporary
demo gets the extras: the overlapping coding shown in the workbench shots, and the review,
agreement, privacy and export shots (10-21, see screenshots_review.py), which change the
vault. The analysis shots (22-24, see screenshots_analysis.py) are taken at 1024 x 640.
Settings go to a temporary INI file, so the user's own configuration is never
touched.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QInputMethodEvent, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from fieldvault.ui.app import create_app
from fieldvault.ui.mainwindow import MainWindow
from fieldvault.ui.settings import Settings
from fieldvault.ui.widgets.picker import ThemePicker

sys.path.insert(0, str(Path(__file__).parent))
from screenshots_analysis import shoot_analysis  # noqa: E402
from screenshots_review import (  # noqa: E402
    shoot_export,
    shoot_privacy,
    shoot_privacy_state,
    shoot_review,
)

SIZE = (1280, 800)


def wait_until(check: Callable[[], object], timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the window")
        QTest.qWait(25)


def save(widget: QWidget, out: Path, name: str) -> Path:
    QTest.qWait(150)  # let layouts and delegates settle
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path}")
    return path


def korean_and_russian_cases(window: MainWindow) -> tuple[str, str]:
    model = window.cases.model
    rows = [model.summary(r) for r in range(model.rowCount())]
    korean = max((c for c in rows if c.languages == ["ko"]), key=lambda c: c.codings)
    russian = max((c for c in rows if c.languages == ["ru"]), key=lambda c: c.codings)
    return korean.code, russian.code


def add_overlap(window: MainWindow) -> None:
    """Code a passage that overlaps an existing coding, to show how overlaps are drawn."""
    bench = window.workbench
    first = next(c for c in bench.codings if c.placed)
    start = max(0, first.start + (first.end - first.start) // 2)
    bench.view.select_range(start, min(len(bench.view.text), first.end + 30))
    bench.apply_theme("work.contract" if first.theme_id != "work.contract" else "work.wages")


def shoot(window: MainWindow, out: Path, overlap: bool, scratch: Path) -> None:
    save(window, out, "01-start")
    window.open_demo()
    wait_until(lambda: window.session is not None)
    wait_until(lambda: window.cases.model.rowCount() > 0)
    window.cases.select(window.cases.model.summary(0).code)
    save(window, out, "03-cases")
    korean, russian = korean_and_russian_cases(window)
    for code, name in ((korean, "04-workbench-korean"), (russian, "05-workbench-russian")):
        window.open_case(code)
        if overlap:
            add_overlap(window)
        first = window.workbench.codings[0]
        window.workbench.view.select_range(first.start, first.start)
        window.workbench._select_in_side(first.id)
        save(window, out, name)
    window.workbench.view.select_range(0, 40)
    picker = window.workbench.pick_theme()
    assert picker is not None
    picker.move(window.mapToGlobal(QPoint(120, 260)))
    typed = QInputMethodEvent("", [])
    typed.setCommitString("계획")  # how a Korean input method delivers text
    QApplication.sendEvent(picker.query, typed)
    QTest.qWait(100)
    save_with_popup(window, picker, out)
    window.tabs.setCurrentWidget(window.codebook)
    window.codebook.select("flight_conflict.rabbits")
    save(window, out, "07-codebook")
    window.retrieve.choose(["quota"])
    window.tabs.setCurrentWidget(window.retrieve)
    window.retrieve.retrieve()
    wait_until(lambda: window.retrieve.model.rowCount() > 0)
    save(window, out, "08-retrieve")
    window.tabs.setCurrentWidget(window.search)
    window.search.query.setText("토끼")
    window.search.search()
    wait_until(lambda: window.search.model.rowCount() > 0)
    save(window, out, "09-search")
    shoot_analysis(window, out, save, wait_until)
    if overlap:  # a temporary demo: the review, privacy and export shots change the vault
        shoot_review(window, out, korean, scratch, save, wait_until)
        shoot_privacy(window, out, russian, save, wait_until)
        shoot_export(window, out, korean, scratch, wait_until)
        shoot_privacy_state(window, out, korean, russian, wait_until)
    window.lock()
    save(window, out, "02-unlock")


def save_with_popup(window: MainWindow, picker: ThemePicker, out: Path) -> None:
    """Popups are separate windows: paint the window, then the picker over it."""
    QTest.qWait(150)
    image = window.grab()
    painter = QPainter(image)
    painter.drawPixmap(window.mapFromGlobal(picker.pos()), picker.grab())
    painter.end()
    path = out / "06-theme-picker.png"
    image.save(str(path))
    print(f"wrote {path}")
    picker.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--demo", type=Path, default=None, help="an existing or new demo vault")
    parser.add_argument("--language", choices=("en", "ko", "ru"), default="en")
    parser.add_argument("--size", default="x".join(map(str, SIZE)), help="WIDTHxHEIGHT")
    options = parser.parse_args()
    width, height = (int(n) for n in options.size.lower().split("x"))
    options.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="fieldvault-shots-") as scratch:
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, scratch)
        demo = options.demo or Path(scratch) / "demo.fieldvault"
        settings = Settings(Path(scratch) / "settings.ini")
        settings.language = options.language
        app, window = create_app([sys.argv[0]], settings, demo)
        window.resize(width, height)
        window.show()
        QTest.qWaitForWindowExposed(window)
        try:
            shoot(window, options.out, overlap=options.demo is None, scratch=Path(scratch))
        finally:
            window.close()
            app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
