from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DESKTOP = Path(__file__).parents[2] / "desktop"
CORE = DESKTOP / "fieldvault" / "core"

SCRIPT = """
import importlib, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("PySide6 is blocked for the core")
sys.meta_path.insert(0, Block())
for name in sys.argv[1:]:
    importlib.import_module(name)
print(len(sys.argv) - 1)
"""


def core_modules() -> list[str]:
    names = []
    for path in sorted(CORE.rglob("*.py")):
        parts = path.relative_to(DESKTOP).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_every_core_module_imports_without_pyside6() -> None:
    names = core_modules()
    assert len(names) > 30
    out = subprocess.run([sys.executable, "-c", SCRIPT, *names], capture_output=True,
                         text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout) == len(names)


def test_the_guard_would_catch_a_qt_import(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-c", SCRIPT, "PySide6.QtCore"],
                         capture_output=True, text=True, check=False)
    assert out.returncode != 0 and "blocked" in out.stderr
