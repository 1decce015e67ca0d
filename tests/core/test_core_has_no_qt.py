from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).parents[2] / "desktop" / "fieldvault" / "core"

SCRIPT = """
import importlib, pkgutil, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("PySide6 is blocked for the core")
sys.meta_path.insert(0, Block())
import fieldvault.core as core
names = [m.name for m in pkgutil.walk_packages(core.__path__, "fieldvault.core.")]
for name in names:
    importlib.import_module(name)
print(len(names))
"""


def test_every_core_module_imports_without_pyside6() -> None:
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                         check=False)
    assert out.returncode == 0, out.stderr
    expected = len([p for p in CORE.rglob("*.py") if p.name != "__init__.py"])
    assert int(out.stdout.strip()) >= expected
