"""Screenshots of the document import: the Cases page, the preview dialog and the result.

    xvfb-run -a .venv/bin/python scripts/screenshots_documents.py [--out DIR]
        [--language en|ko|ru] [--size 1024x640]

Fixture documents (fictional text) are written into a temporary folder with the test
helpers' builders and imported into a new temporary vault; nothing else is touched.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldvault.core.store import keyslots
from fieldvault.core.vault import Vault
from fieldvault.ui.app import create_app
from fieldvault.ui.dialogs.documents import DocumentPreview
from fieldvault.ui.settings import Settings

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))
from screenshots import save, wait_until  # noqa: E402

import dochelp  # noqa: E402

FAST = keyslots.KdfParams(memory_kib=64 * 1024, iterations=1, lanes=1)


def documents(folder: Path) -> list[Path]:
    made = {"kim.docx": dochelp.docx(dochelp.SCRIPTS["ko"] * 4),
            "ivanov.txt": "\n".join(dochelp.SCRIPTS["ru"] * 4).encode("cp1251"),
            "smith.pdf": dochelp.pdf(dochelp.SCRIPTS["en"], "en")}
    for name, data in made.items():
        (folder / name).write_bytes(data)
    return [folder / name for name in made]


def shown(kind: type) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


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
        vault, _code = Vault.create(folder / "shots", "shots passphrase here", owner="field-a",
                                    cost=FAST)
        window.attach(vault)
        try:
            window.cases.documents.start(documents(folder))
            wait_until(lambda: bool(shown(DocumentPreview)))
            preview = shown(DocumentPreview)[0]
            preview.files.setCurrentRow(1)
            save(preview, options.out, "27-import-preview")
            preview.keep.setChecked(True)
            preview.accept()
            wait_until(lambda: bool(shown(QMessageBox)))
            save(shown(QMessageBox)[0], options.out, "28-import-result")
            shown(QMessageBox)[0].done(0)
            wait_until(lambda: window.cases.model.total == 3)
            save(window, options.out, "27-cases-after-import")
        finally:
            window.close()
            app.processEvents()
            vault.lock()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
