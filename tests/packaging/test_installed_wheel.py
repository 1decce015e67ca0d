"""The built wheel carries everything Fieldvault needs: installed into a fresh virtual
environment outside the checkout, it builds the demo vault and writes a legal export.

The fresh environment reaches the third-party libraries through a path entry to this
environment's site-packages (no network, no reinstall), but not this checkout: the
editable install's path file is not read from a path entry, and the test checks where
``fieldvault`` was imported from.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--wheel", "--outdir",
                    str(work / "dist"), str(ROOT)], check=True, capture_output=True)
    wheel = next((work / "dist").glob("fieldvault-*.whl"))
    env_dir = work / "env"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print("
                                "sysconfig.get_paths()['purelib'])"], check=True,
                               capture_output=True, text=True).stdout.strip())
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install",
                    "--no-deps", "--no-index", "--quiet", str(wheel)], check=True,
                   capture_output=True, env=clean_env())
    (site / "deps-from-test.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return python


def clean_env() -> dict[str, str]:
    """The environment without paths that would put this checkout on the fresh venv's path
    (then pip would think fieldvault is installed there already)."""
    return {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}}


def run(python: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = clean_env()
    env["FIELDVAULT_PASSPHRASE"] = "fieldvault demo only"
    return subprocess.run([str(python), *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=600)


def test_the_installed_package_is_the_wheel_not_the_checkout(installed: Path,
                                                              tmp_path: Path) -> None:
    out = run(installed, tmp_path, "-c", "import fieldvault, fieldvault.data as d; "
              "print(fieldvault.__file__); print(d.path('codebook.json').is_file())")
    where, has_codebook = out.stdout.split()
    assert not Path(where).is_relative_to(ROOT)
    assert Path(where).is_relative_to(installed.parents[1])
    assert has_codebook == "True"


def test_the_installed_wheel_builds_the_demo_and_writes_a_legal_export(installed: Path,
                                                                      tmp_path: Path) -> None:
    demo = run(installed, tmp_path, "-m", "fieldvault.cli", "demo", "--path", "d.fieldvault")
    assert demo.returncode == 0, demo.stderr
    assert "Built the demo vault" in demo.stdout
    cases = run(installed, tmp_path, "-m", "fieldvault.cli", "cases", "d.fieldvault", "--json")
    code = json.loads(cases.stdout)[0]["code"]
    export = run(installed, tmp_path, "-m", "fieldvault.cli", "export", "d.fieldvault",
                 "--case", code, "--profile", "legal", "--recipient", "Legal team",
                 "--out", "out")
    assert export.returncode == 0, export.stderr
    pdfs = list((tmp_path / "out").rglob("*.pdf"))
    assert pdfs and pdfs[0].stat().st_size > 10_000
    verify = run(installed, tmp_path, "-m", "fieldvault.cli", "verify", str(pdfs[0].parent))
    assert verify.returncode == 0, verify.stderr


def test_the_installed_wheel_speaks_korean_and_russian(installed: Path, tmp_path: Path) -> None:
    script = ("from PySide6.QtCore import QCoreApplication as C\n"
              "app = C([])\n"
              "from fieldvault.ui.i18n import Translations\n"
              "for lang in ('ko', 'ru'):\n"
              "    Translations.of(app).apply(lang)\n"
              "    print(C.translate('MainWindow', '&Vault'),"
              " C.translate('QPlatformTheme', 'Cancel'))\n")
    out = run(installed, tmp_path, "-c", script)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:2] == ["보관함(&V) 취소", "&Хранилище Отмена"]
