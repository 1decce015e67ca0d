"""The app starts without the PDF readers and the XML schema library (about 45 MB resident
between them); they load on the first export check, document import or REFI-QDA file
(tests/core/intake, tests/core/export and tests/core/refi read PDFs and XSDs that way)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import fieldvault

LAZY = ("pypdf", "pdfminer", "xmlschema")


def test_the_main_window_does_not_import_the_pdf_and_xsd_libraries(tmp_path: Path) -> None:
    desktop = Path(fieldvault.__file__).resolve().parents[1]
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from fieldvault.ui.app import create_app\n"
        "from fieldvault.ui.settings import Settings\n"
        f"app, window = create_app(['fieldvault-app'], Settings(Path({str(tmp_path)!r}) / "
        f"'s.ini'), Path({str(tmp_path)!r}) / 'demo.fieldvault')\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))\n")
    env = dict(os.environ, PYTHONPATH=str(desktop), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "PySide6" in loaded and "fieldvault" in loaded  # the window was built
    assert loaded.isdisjoint(LAZY), sorted(loaded.intersection(LAZY))

