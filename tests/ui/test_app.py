"""The app factory, demo, settings privacy, file dialogs, fonts, accessibility, helpers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from fieldvault.core.vault import Passphrase, Vault
from fieldvault.ui.app import create_app
from fieldvault.ui.dialogs.preferences import PreferencesDialog
from fieldvault.ui.mainwindow import MainWindow
from fieldvault.ui.messages import file_dialog
from fieldvault.ui.pages.start import CreateVaultDialog
from fieldvault.ui.resources import install_fonts
from fieldvault.ui.settings import Settings
from fieldvault.ui.widgets.offsets import OffsetBridge, Segment, Span, segments
from fieldvault.ui.widgets.strength import assess
from vaulthelp import PASSPHRASE

IMPORT_ALL = """
import importlib, pkgutil
import fieldvault.ui as ui
for m in pkgutil.walk_packages(ui.__path__, "fieldvault.ui."):
    importlib.import_module(m.name)
from PySide6.QtCore import QCoreApplication
assert QCoreApplication.instance() is None, "a module built a QApplication at import"
print("ok")
"""


def test_importing_every_ui_module_does_nothing() -> None:
    out = subprocess.run([sys.executable, "-c", IMPORT_ALL], capture_output=True, text=True,
                         check=False)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr


def test_demo_flag_opens_the_demo_vault(qtbot: QtBot, settings: Settings,
                                        tmp_path: Path) -> None:
    demo = tmp_path / "demo.fieldvault"
    _app, window = create_app(["fieldvault-app", "--demo", "--demo-path", str(demo)],
                              settings=settings)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.session is not None, timeout=60_000)
    assert window.session.demo and (demo / "vault.db").exists()
    qtbot.waitUntil(lambda: window.cases.model.total >= 10, timeout=10_000)
    window.lock()
    assert "demo vault; its passphrase is" in window.unlock_page.hint.text()
    assert settings.recent_vaults == []
    window.close()


def test_settings_hold_no_paths_or_case_data_unless_recent_is_turned_on(
        qtbot: QtBot, window: MainWindow, settings: Settings, vault_path: Path) -> None:
    window.attach(Vault.open(vault_path, Passphrase(PASSPHRASE)))
    window.lock()
    window.close()
    settings.sync()
    text = Path(settings.file_name).read_text(encoding="utf-8")
    assert vault_path.name not in text and "case" not in text.lower()
    assert window.start.recent.isHidden()
    dialog = PreferencesDialog(settings, window)
    dialog.recent.setChecked(True)
    dialog.idle.setValue(9)
    dialog.accept()
    assert settings.idle_lock_minutes == 9
    window.attach(Vault.open(vault_path, Passphrase(PASSPHRASE)))
    assert settings.recent_vaults == [vault_path]
    window.lock()
    window._show_start()
    assert not window.start.recent.isHidden() and window.start.recent.count() == 1
    settings.remember_recent = False
    assert settings.recent_vaults == [] and vault_path.name not in "".join(settings.keys())
    settings.sync()
    assert vault_path.name not in Path(settings.file_name).read_text(encoding="utf-8")


def test_qt_file_dialog_leaves_no_folder_history(qtbot: QtBot, tmp_path: Path,
                                                 _private_settings: Path) -> None:
    chosen: list[Path] = []
    target = tmp_path / "secret-vault-name.fieldvault"
    target.mkdir()
    gone: list[bool] = []
    dialog = file_dialog(None, "Open", chosen.append)
    dialog.destroyed.connect(lambda *_: gone.append(True))
    dialog.setDirectory(str(tmp_path))
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: bool(gone), timeout=5000)
    assert chosen == [target]
    written = "".join(p.read_text(errors="replace") for p in _private_settings.rglob("*")
                      if p.is_file())
    assert "secret-vault-name" not in written and str(tmp_path) not in written
    store = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert not store.value("FileDialog/history") and not store.value("FileDialog/lastVisited")


def test_bundled_fonts_cover_hangul_and_cyrillic(qapp: QApplication) -> None:
    families = install_fonts(qapp)
    assert "NanumGothic" in families and "DejaVu Sans" in families
    assert set(qapp.font().families()) >= {"DejaVu Sans", "NanumGothic"}


def test_every_input_has_an_accessible_name(window: MainWindow, vault_path: Path) -> None:
    window.attach(Vault.open(vault_path, Passphrase(PASSPHRASE)))
    kinds = (QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit, QAbstractSpinBox)
    unnamed = [f"{type(w).__name__} in {type(w.parent()).__name__}"
               for w in window.findChildren(QWidget)
               if isinstance(w, kinds) and not w.accessibleName() and not _inner_part(w)]
    assert unnamed == [], "\n".join(unnamed)


def _inner_part(widget: QWidget) -> bool:
    """Parts named by their owner: headers, line edits in combos and spin boxes, popups."""
    parent = widget.parent()
    owner = parent.parent() if parent is not None else None
    return (isinstance(widget, QHeaderView)
            or isinstance(parent, (QComboBox, QAbstractSpinBox))
            or isinstance(owner, QComboBox))


def test_strength_hint() -> None:
    assert assess("short").score == 0 and not assess("short").acceptable
    for weak in ("password", "12345678", "password1", "passwordpassword", "qwertyuiop"):
        assert not assess(weak).acceptable, weak
    assert assess("correct horse battery staple").acceptable
    assert assess("correct horse battery staple 화요일 Уссурийск").score == 4
    assert assess("interviews-2025").acceptable  # alone, but not as the vault's own name:
    assert not assess("interviews-2025", ("interviews-2025", "")).acceptable


def test_create_dialog_refuses_a_guessable_passphrase(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = CreateVaultDialog()
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path))
    qtbot.keyClicks(dialog.name, "field")
    for weak in ("password", "12345678"):
        dialog.passphrase.clear()
        dialog.repeat.clear()
        qtbot.keyClicks(dialog.passphrase, weak)
        qtbot.keyClicks(dialog.repeat, weak)
        assert not dialog.create_button.isEnabled() and "easy to guess" in dialog.hint.text()
    dialog.passphrase.clear()
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, PASSPHRASE)
    assert dialog.create_button.isEnabled() and dialog.hint.text() == "Strong."


def test_offset_bridge_and_segments() -> None:
    text = "a😀b\n한😀😀c"
    bridge = OffsetBridge(text)
    for index in range(len(text) + 1):
        qt = bridge.to_qt(index)
        assert qt == len(text[:index].encode("utf-16-le")) // 2
        assert bridge.to_py(qt) == index
    assert bridge.to_py(2) == 2  # inside the first surrogate pair: after the emoji
    spans = [Span(0, 4, "x"), Span(2, 6, "y"), Span(8, 9, "z")]
    assert segments(spans) == [Segment(0, 2, ("x",)), Segment(2, 4, ("x", "y")),
                               Segment(4, 6, ("y",)), Segment(8, 9, ("z",))]


def test_create_dialog_refuses_an_existing_vault_name(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "taken.fieldvault").mkdir()
    dialog = CreateVaultDialog()
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path))
    dialog.name.setText("taken")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    assert not dialog.create_button.isEnabled() and "already exists" in dialog.hint.text()
    dialog.name.setText("fresh")
    assert dialog.create_button.isEnabled()
    assert dialog.target() == tmp_path / "fresh"
