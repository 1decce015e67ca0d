"""Render the workbench's Attachments tab with a photo and a recording of a demo case.

    xvfb-run -a .venv/bin/python scripts/screenshots_attachments.py [--out docs/screenshots]
        [--language en|ko|ru] [--size 1024x640]

The demo vault, the photo (a generated test card, "taken" sideways: EXIF orientation 6, with
a fictional GPS position) and the recording (generated tones with a LIST/INFO chunk) are made
in a temporary folder; the window shows the photo upright and what was removed on intake.
"""

from __future__ import annotations

import argparse
import io
import math
import struct
import sys
import tempfile
import wave
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest

from fieldvault.ui.app import create_app
from fieldvault.ui.settings import Settings

sys.path.insert(0, str(Path(__file__).parent))
from screenshots import save, wait_until  # noqa: E402


def photo(path: Path) -> Path:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (480, 320), (236, 232, 220))
    draw = ImageDraw.Draw(image)
    for n, colour in enumerate([(200, 60, 50), (60, 140, 80), (50, 90, 190), (230, 180, 40)]):
        draw.rectangle([20 + n * 115, 30, 120 + n * 115, 200], fill=colour)
    draw.text((24, 240), "[FICTIONAL] test card - top", fill=(0, 0, 0))
    exif = Image.Exif()
    exif[0x0112] = 6  # stored turned left: a viewer turns it right, back upright
    exif[0x010F] = "Example camera"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (43.0, 7.0, 0.0), "E", (131.0, 53.0, 0.0)
    image.rotate(90, expand=True).save(path, "JPEG", exif=exif, comment=b"[FICTIONAL]")
    return path


def recording(path: Path, seconds: int = 95) -> Path:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"".join(struct.pack("<h", int(3000 * math.sin(n / 9)))
                                 for n in range(8000 * seconds)))
    riff = buffer.getvalue()
    info = b"INFO" + b"INAM" + struct.pack("<I", 12) + b"[FICTIONAL]\x00"
    body = b"WAVE" + riff[12:36] + b"LIST" + struct.pack("<I", len(info)) + info + riff[36:]
    path.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--language", choices=("en", "ko", "ru"), default="en")
    parser.add_argument("--size", default="1024x640", help="WIDTHxHEIGHT")
    options = parser.parse_args()
    width, height = (int(n) for n in options.size.lower().split("x"))
    options.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="fieldvault-shots-") as scratch:
        folder = Path(scratch)
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, scratch)
        settings = Settings(folder / "settings.ini")
        settings.language = options.language
        app, window = create_app([sys.argv[0]], settings, folder / "demo.fieldvault")
        window.resize(width, height)
        window.show()
        QTest.qWaitForWindowExposed(window)
        try:
            window.open_demo()
            wait_until(lambda: window.session is not None)
            wait_until(lambda: window.cases.model.rowCount() > 0)
            code = window.cases.model.summary(0).code
            vault = window.session.vault  # type: ignore[union-attr]
            vault.attachments.add(code, recording(folder / "interview-1.wav"))
            vault.attachments.add(code, photo(folder / "notebook-page.jpg"))
            window.open_case(code)
            panel = window.workbench.attachments
            window.workbench.memo_tabs.setCurrentWidget(panel)
            panel.table.selectRow(1)
            wait_until(lambda: panel.image is not None)
            save(window, options.out, f"30-attachments-{options.language}")
        finally:
            window.close()
            app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
