"""What the installer build is told to ship, read from its files without building.

The frozen build itself is checked by installers/smoke.py (it needs a several-minute build);
these tests catch the cheap mistakes before one: a Qt module the app imports left on the
spec's exclude list, the Debian package not naming the system libraries Qt Multimedia loads,
or an installer script of another platform excluding what the spec keeps.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLERS = ROOT / "installers"
SPEC = INSTALLERS / "fieldvault.spec"
BUILD = INSTALLERS / "build.sh"


def spec_list(name: str) -> list[str]:
    """The string literals of the spec's top-level list ``name`` (the spec is exec'd by
    PyInstaller, so it is read here as a syntax tree, not run)."""
    for node in ast.parse(SPEC.read_text("utf-8")).body:
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.List)
                and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)):
            return [ast.literal_eval(item) for item in node.value.elts]
    raise AssertionError(f"no list {name} in the spec")


def imported_qt_modules() -> set[str]:
    """``PySide6.QtX`` modules that fieldvault imports (``from``/``import`` statements)."""
    found = set()
    for path in (ROOT / "desktop" / "fieldvault").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            found.update(n for n in names if re.fullmatch(r"PySide6\.Qt\w+", n))
    return found


def depends() -> set[str]:
    """Package names of build.sh's DEPENDS (version constraints dropped)."""
    text = BUILD.read_text("utf-8")
    value = re.search(r'^DEPENDS="(.*?)"', text, re.S | re.M)
    assert value is not None
    joined = value.group(1).replace("\\\n", " ")
    return {re.sub(r"\(.*?\)", "", item).strip() for item in joined.split(",")}


def test_the_app_imports_qt_multimedia() -> None:
    assert "PySide6.QtMultimedia" in imported_qt_modules()


def test_no_qt_module_the_app_loads_is_on_the_exclude_list() -> None:
    """Neither the modules fieldvault imports nor those their bindings import in turn (the
    frozen app lost playback when QtNetwork, imported by QtMultimedia, was excluded)."""
    excluded = set(spec_list("EXCLUDES"))
    assert "PySide6.QtWebEngineCore" in excluded  # the list is read (and still excludes)
    code = ("import importlib, sys\n"
            "for name in sys.argv[1:]: importlib.import_module(name)\n"
            "print(' '.join(m for m in sys.modules if m.startswith('PySide6.Qt')))")
    loaded = subprocess.run([sys.executable, "-c", code, *sorted(imported_qt_modules())],
                            check=True, capture_output=True, text=True).stdout.split()
    assert {"PySide6.QtMultimedia", "PySide6.QtNetwork"} <= set(loaded)
    assert set(loaded) & excluded == set()


def test_the_debian_package_depends_on_what_qt_multimedia_loads() -> None:
    """libpulse (Qt's audio output) comes from the system, like the GL and X libraries."""
    assert {"libpulse0", "libc6", "libxcb1"} <= depends()
    assert "QtMultimedia is excluded" not in BUILD.read_text("utf-8")


def test_the_spec_leaves_the_system_audio_client_out_of_the_bundle() -> None:
    drop = re.compile(dict(spec_assignments())["SYSTEM_AUDIO"])
    for path in ("libpulse.so.0", "libpulsecommon-16.1.so", "pulseaudio/libpulsecommon-17.0.so"):
        assert drop.search(path), path
    for path in ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
                 "PySide6/Qt/lib/libavcodec.so.61", "PySide6/Qt/lib/libQt6Multimedia.so.6",
                 "libsndfile.so.1", "libpulse-simple-helper.txt"):
        assert not drop.search(path), path


def spec_assignments() -> list[tuple[str, str]]:
    """Top-level ``NAME = "string"`` (or implicitly joined strings) of the spec."""
    found = []
    for node in ast.parse(SPEC.read_text("utf-8")).body:
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found.append((target.id, node.value.value))
    return found


@pytest.mark.parametrize("script", ["windows/build.ps1", "windows/fieldvault.iss",
                                    "macos/build.sh", "build.sh"])
def test_no_platform_script_excludes_multimedia(script: str) -> None:
    """Every platform freezes with the one spec; none may drop Qt Multimedia on its own."""
    text = (INSTALLERS / script).read_text("utf-8")
    assert "fieldvault.spec" in text or script.endswith(".iss")
    assert not re.search(r"(exclude|--exclude-module)\S*\s+\S*Multimedia", text, re.I)
    assert not re.search(r"(rm|Remove-Item)\b[^\n]*multimedia", text, re.I)


def test_the_depends_check_accepts_libpulse_only_when_declared(tmp_path: Path) -> None:
    """check-depends.sh, run on a folder holding a copy of the dev environment's Qt
    Multimedia FFmpeg plugin, names libpulse0 as the package libpulse comes from."""
    plugin = next(Path(p) for p in _pyside_plugins())
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    target = bundle / "_internal" / plugin.name
    target.write_bytes(plugin.read_bytes())
    qt_lib = plugin.parents[2] / "lib"
    for lib in qt_lib.glob("lib*.so.*"):  # Qt's and FFmpeg's own libraries: in the bundle
        if re.fullmatch(r"lib.+\.so\.\d+", lib.name):
            (bundle / "_internal" / lib.name).symlink_to(lib)
    script = INSTALLERS / "linux" / "check-depends.sh"
    declared = ", ".join(sorted(depends()))
    done = subprocess.run(["bash", str(script), str(bundle), declared], capture_output=True,
                          text=True)
    pulse = [line for line in done.stdout.splitlines() if "libpulse.so.0" in line]
    assert pulse and pulse[0].split()[:2] == ["ok", "libpulse0"], done.stdout
    without = ", ".join(sorted(depends() - {"libpulse0"}))
    done = subprocess.run(["bash", str(script), str(bundle), without], capture_output=True,
                          text=True)
    assert done.returncode == 1
    assert any(line.split()[:2] == ["MISSING", "libpulse0"] for line in done.stdout.splitlines())


def _pyside_plugins() -> list[str]:
    import PySide6

    found = sorted(str(p) for p in (Path(PySide6.__file__).parent / "Qt" / "plugins"
                                    / "multimedia").glob("libffmpegmediaplugin.so"))
    if not found:
        pytest.skip("this PySide6 has no FFmpeg multimedia plugin (Linux wheels do)")
    return found
