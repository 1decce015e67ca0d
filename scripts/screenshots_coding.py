"""Workbench screenshots (coding stripes, colours, the codings list) from the demo vault.

    xvfb-run -a .venv/bin/python scripts/screenshots_coding.py --out DIR [--language ko]
        [--size 1024x640]

Writes DIR/workbench-LANG-SIZE.png (a Korean case with an overlapping coding and the first
coding chosen), DIR/picker-LANG-SIZE.png (the theme picker filtered by "quota": subthemes
indented under their parent) and DIR/picker-nothing-LANG-SIZE.png (a filter matching nothing).
The demo is built in a temporary folder; settings go to a temporary INI file.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QPainter
from PySide6.QtTest import QTest

from fieldvault.ui.app import create_app
from fieldvault.ui.mainwindow import MainWindow
from fieldvault.ui.settings import Settings

sys.path.insert(0, str(Path(__file__).parent))
from screenshots import add_overlap, korean_and_russian_cases, wait_until  # noqa: E402


def shoot(window: MainWindow, out: Path, tag: str) -> None:
    window.open_demo()
    wait_until(lambda: window.session is not None)
    wait_until(lambda: window.cases.model.rowCount() > 0)
    korean, _russian = korean_and_russian_cases(window)
    window.open_case(korean)
    add_overlap(window)
    bench = window.workbench
    first = bench.codings[0]
    bench.view.select_range(first.start, first.start)
    bench._select_in_side(first.id)
    QTest.qWait(200)
    path = out / f"workbench-{tag}.png"
    window.grab().save(str(path))
    print(f"wrote {path}")
    bench.view.select_range(0, 12)
    picker = bench.pick_theme()
    if picker is None:
        return
    picker.move(window.mapToGlobal(QPoint(120, 120)))
    for query, name in (("quota", "picker"), ("zzz", "picker-nothing")):
        picker.query.setText(query)
        QTest.qWait(200)
        image = window.grab()
        painter = QPainter(image)
        painter.drawPixmap(window.mapFromGlobal(picker.pos()), picker.grab())
        painter.end()
        path = out / f"{name}-{tag}.png"
        image.save(str(path))
        print(f"wrote {path}")
    picker.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--language", choices=("en", "ko", "ru"), default="en")
    parser.add_argument("--size", default="1280x800", help="WIDTHxHEIGHT")
    options = parser.parse_args()
    width, height = (int(n) for n in options.size.lower().split("x"))
    options.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="fieldvault-shots-") as scratch:
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, scratch)
        settings = Settings(Path(scratch) / "settings.ini")
        settings.language = options.language
        app, window = create_app([sys.argv[0]], settings, Path(scratch) / "demo.fieldvault")
        window.resize(width, height)
        window.show()
        QTest.qWaitForWindowExposed(window)
        try:
            shoot(window, options.out, f"{options.language}-{options.size}")
        finally:
            window.close()
            app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
