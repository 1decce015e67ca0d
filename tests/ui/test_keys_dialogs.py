"""Recovery typos named in place, a new passphrase after a recovery unlock, and the Keys and
backup dialog (slots, passphrase change, new recovery code, removal, backup, audit check)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from fieldvault.core.errors import WrongSecret
from fieldvault.core.store import keyslots
from fieldvault.core.vault import Passphrase, RecoveryCode, Vault
from fieldvault.ui.dialogs.keys import KeepPassphrasesDialog, KeysDialog, NewPassphraseDialog
from fieldvault.ui.mainwindow import MainWindow
from fieldvault.ui.pages.start import RecoveryCodeDialog
from fieldvault.ui.widgets.recovery_code import pdf_printer, print_code
from ui.uihelp import shown
from vaulthelp import PASSPHRASE

NEW_PASSPHRASE = "lantern orchard quietly ferries granite"


def _swap(code: str, index: int) -> str:
    """``code`` with its ``index``-th significant character replaced by another."""
    at = [i for i, ch in enumerate(code) if ch != "-"][index]
    other = "7" if code[at] != "7" else "8"
    return code[:at] + other + code[at + 1:]


def _recovery_mode(qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    assert window.prepare_unlock(vault_path)
    qtbot.mouseClick(window.unlock_page.use_recovery, Qt.MouseButton.LeftButton)
    assert window.unlock_page.use_recovery.isChecked()


def _wait_open(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)


def test_a_recovery_typo_is_named_and_the_field_keeps_it(
        qtbot: QtBot, window: MainWindow, vault_path: Path, recovery_code: str) -> None:
    _recovery_mode(qtbot, window, vault_path)
    page = window.unlock_page
    typo = _swap(recovery_code, 13)  # group 4, character 2
    qtbot.keyClicks(page.secret, typo)
    qtbot.keyClick(page.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.busy.isVisible() and page.problem.text() != "",
                    timeout=10_000)
    assert page.problem.text() == ("Typing error in the recovery code: character 2 of group 4 "
                                   "is wrong. Check that group against the printed code.")
    assert page.secret.text() == typo and page.secret.isEnabled()
    assert page.secret.selectedText() == typo.split("-")[3]  # the faulty group, selected
    assert page.failures == 0 and window.session is None
    qtbot.keyClicks(page.secret, recovery_code.split("-")[3])  # typed over the selection
    qtbot.keyClick(page.secret, Qt.Key.Key_Return)
    _wait_open(qtbot, window)


def test_missing_and_foreign_characters_get_their_own_sentence(
        qtbot: QtBot, window: MainWindow, vault_path: Path, recovery_code: str) -> None:
    _recovery_mode(qtbot, window, vault_path)
    page = window.unlock_page
    short = recovery_code[:5] + recovery_code[6:]  # one character of group 2 left out
    qtbot.keyClicks(page.secret, short)
    qtbot.keyClick(page.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.busy.isVisible(), timeout=10_000)
    assert page.problem.text() in ("One character is missing in group 2 of the recovery code.",
                                   "One character of the recovery code is missing; check "
                                   "each group.")
    assert page.secret.text() == short
    page.secret.clear()
    foreign = recovery_code[:5] + "U" + recovery_code[6:]
    qtbot.keyClicks(page.secret, foreign)
    qtbot.keyClick(page.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.busy.isVisible(), timeout=10_000)
    assert page.problem.text().startswith("“U”")
    assert "in group 2 is not used in recovery codes" in page.problem.text()


def test_after_a_recovery_unlock_a_new_passphrase_replaces_the_old(
        qtbot: QtBot, window: MainWindow, vault_path: Path, recovery_code: str) -> None:
    _recovery_mode(qtbot, window, vault_path)
    qtbot.keyClicks(window.unlock_page.secret, recovery_code)
    qtbot.keyClick(window.unlock_page.secret, Qt.Key.Key_Return)
    _wait_open(qtbot, window)
    (dialog,) = shown(NewPassphraseDialog)
    assert dialog.intro.text().startswith("You opened the vault with the recovery code.")
    fields = dialog.fields
    qtbot.keyClicks(fields.passphrase, "password1")
    qtbot.keyClicks(fields.repeat, "password1")
    assert not dialog.set_button.isEnabled() and "easy to guess" in fields.hint.text()
    fields.clear()
    qtbot.keyClicks(fields.passphrase, NEW_PASSPHRASE)
    assert "differ" not in fields.hint.text()
    qtbot.keyClicks(fields.repeat, NEW_PASSPHRASE)
    assert dialog.set_button.isEnabled()
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert "is changed" in window.statusBar().currentMessage()
    window.lock()
    keys = keyslots.read(vault_path)
    with pytest.raises(WrongSecret):
        keyslots.unlock_with_passphrase(keys, PASSPHRASE)
    keyslots.unlock_with_passphrase(keys, NEW_PASSPHRASE).clear()
    qtbot.keyClicks(window.unlock_page.secret, NEW_PASSPHRASE)
    qtbot.keyClick(window.unlock_page.secret, Qt.Key.Key_Return)
    _wait_open(qtbot, window)
    assert shown(NewPassphraseDialog) == []  # offered only after a recovery unlock


def _open_keys(qtbot: QtBot, window: MainWindow, vault_path: Path) -> KeysDialog:
    assert window.prepare_unlock(vault_path)
    qtbot.keyClicks(window.unlock_page.secret, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.secret, Qt.Key.Key_Return)
    _wait_open(qtbot, window)
    window.menus["vault"].setActiveAction(window.keys_action)
    window.keys_action.trigger()
    (dialog,) = shown(KeysDialog)
    return dialog


def _cells(dialog: KeysDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]


def test_keys_dialog_lists_slots_and_changes_a_passphrase(
        qtbot: QtBot, window: MainWindow, vault_path: Path, recovery_code: str) -> None:
    dialog = _open_keys(qtbot, window, vault_path)
    rows = _cells(dialog)
    assert [r[0] for r in rows] == ["passphrase", "recovery"]
    assert [r[1] for r in rows] == ["Passphrase", "Recovery code"]
    assert rows[0][3] == "this session" and rows[1][3] == "not recorded"
    assert all(len(r[2]) == 16 and r[2][10] == " " for r in rows)  # 2026-12-03 11:30
    window.lock()  # opened with the recovery code, the list shows the passphrase's last use
    _recovery_mode(qtbot, window, vault_path)
    qtbot.keyClicks(window.unlock_page.secret, recovery_code)
    qtbot.keyClick(window.unlock_page.secret, Qt.Key.Key_Return)
    _wait_open(qtbot, window)
    shown(NewPassphraseDialog)[0].reject()
    window.keys_action.trigger()
    (dialog,) = shown(KeysDialog)
    again = _cells(dialog)
    assert again[0][3][:10] == rows[0][2][:10] and len(again[0][3]) == 16
    assert again[1][3] == "this session"
    assert not dialog.passwd_button.isEnabled()
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.passwd_button, Qt.MouseButton.LeftButton)
    (change,) = shown(NewPassphraseDialog)
    qtbot.keyClicks(change.fields.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(change.fields.repeat, NEW_PASSPHRASE)
    qtbot.keyClick(change.fields.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not change.isVisible(), timeout=20_000)
    assert dialog.result_line.text() == "The passphrase of slot “passphrase” is changed."
    keyslots.unlock_with_passphrase(keyslots.read(vault_path), NEW_PASSPHRASE).clear()


def test_a_new_recovery_code_is_shown_once_confirmed_and_printable(
        qtbot: QtBot, window: MainWindow, vault_path: Path, recovery_code: str,
        tmp_path: Path) -> None:
    dialog = _open_keys(qtbot, window, vault_path)
    qtbot.mouseClick(dialog.recovery_button, Qt.MouseButton.LeftButton)
    (keep,) = shown(KeepPassphrasesDialog)
    qtbot.keyClicks(keep.fields["passphrase"], PASSPHRASE)
    qtbot.mouseClick(keep.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown(RecoveryCodeDialog)), timeout=30_000)
    (shown_code,) = shown(RecoveryCodeDialog)
    code = shown_code.code.code
    assert code != recovery_code and dialog.result_line.text() == "New data key in place."
    assert _cells(dialog)[0][3] == "this session"  # the rotation kept the slot's identity
    pdf = tmp_path / "code.pdf"
    print_code(code, pdf_printer(str(pdf)), "case")
    lines = [line.strip() for line in PdfReader(pdf).pages[0].extract_text().splitlines()]
    groups = code.split("-")
    for first in (0, 3, 6):  # each printed line holds three whole groups
        assert "-".join(groups[first:first + 3]) in lines
    qtbot.keyClicks(shown_code.retype, code)
    qtbot.mouseClick(shown_code.continue_button, Qt.MouseButton.LeftButton)
    assert not shown_code.isVisible()
    window.lock()
    keys = keyslots.read(vault_path)
    with pytest.raises(WrongSecret):
        keyslots.unlock_with_recovery(keys, recovery_code)
    keyslots.unlock_with_recovery(keys, code).clear()
    keyslots.unlock_with_passphrase(keys, PASSPHRASE).clear()  # the passphrase was kept


def test_removing_a_slot_asks_first_and_backup_and_audit_report_plainly(
        qtbot: QtBot, window: MainWindow, vault_path: Path, tmp_path: Path) -> None:
    assert window.session is None
    with Vault.open(vault_path, Passphrase(PASSPHRASE)) as vault:
        vault.keys.add_passphrase("laptop", NEW_PASSPHRASE)
    dialog = _open_keys(qtbot, window, vault_path)
    assert [r[0] for r in _cells(dialog)] == ["passphrase", "recovery", "laptop"]
    dialog.table.selectRow(0)  # the slot in use cannot be removed from its own session
    assert not dialog.remove_button.isEnabled() and dialog.remove_slot() is None
    assert dialog.result_line.text().startswith("This slot opened the vault now")
    dialog.table.selectRow(2)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    (keep,) = shown(KeepPassphrasesDialog)
    assert list(keep.fields) == ["passphrase"]  # the slot being removed is not asked for
    keep.reject()  # cancelled: nothing changes
    assert [r[0] for r in _cells(dialog)] == ["passphrase", "recovery", "laptop"]
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    (keep,) = shown(KeepPassphrasesDialog)
    qtbot.keyClicks(keep.fields["passphrase"], PASSPHRASE)
    qtbot.mouseClick(keep.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown(RecoveryCodeDialog)), timeout=30_000)
    assert [r[0] for r in _cells(dialog)] == ["passphrase", "recovery"]
    assert "Removed slots: laptop." in dialog.result_line.text()
    (code_dialog,) = shown(RecoveryCodeDialog)
    qtbot.keyClicks(code_dialog.retype, code_dialog.code.code)
    qtbot.keyClick(code_dialog.retype, Qt.Key.Key_Return)

    folder = tmp_path / "backups"
    folder.mkdir()
    release = threading.Event()  # two jobs hold the runner's two threads: the backup waits
    for _ in range(2):
        window.runner.run(lambda _p, _c: release.wait(20), lambda _r: None, lambda _e: None)
    _choose_backup_folder(qtbot, dialog, folder)
    assert dialog.cancel_job.isVisible() and not dialog.backup_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_job, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: not dialog.busy.isVisible(), timeout=20_000)
    assert dialog.result_line.text() == "Cancelled; nothing was written."
    assert list(folder.iterdir()) == [] and not dialog.cancel_job.isVisible()
    _choose_backup_folder(qtbot, dialog, folder)
    qtbot.waitUntil(lambda: "backup written" in dialog.result_line.text(), timeout=20_000)
    (copy,) = list(folder.iterdir())
    assert str(copy) in dialog.result_line.text()
    with Vault.open(copy, Passphrase(PASSPHRASE)) as opened:
        assert opened.verify_audit().ok

    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "intact" in dialog.result_line.text(), timeout=20_000)
    entries = len(window.session.vault.audit_entries())  # type: ignore[union-attr]
    assert dialog.result_line.text() == (f"The audit log is intact: {entries} entries, each "
                                         "linked to the one before.")
    QApplication.processEvents()


def _choose_backup_folder(qtbot: QtBot, dialog: KeysDialog, folder: Path) -> None:
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    (chooser,) = shown(QFileDialog)
    chooser.setDirectory(str(folder))
    chooser.selectFile(str(folder))
    chooser.accept()


def test_recovery_unlock_then_later_keeps_the_old_passphrase(
        qtbot: QtBot, window: MainWindow, vault_path: Path, recovery_code: str) -> None:
    _recovery_mode(qtbot, window, vault_path)
    qtbot.keyClicks(window.unlock_page.secret, recovery_code)
    qtbot.keyClick(window.unlock_page.secret, Qt.Key.Key_Return)
    _wait_open(qtbot, window)
    assert isinstance(window.session.vault.unlocked_with, RecoveryCode)  # type: ignore[union-attr]
    (dialog,) = shown(NewPassphraseDialog)
    qtbot.keyClick(dialog.fields.passphrase, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    keyslots.unlock_with_passphrase(keyslots.read(vault_path), PASSPHRASE).clear()
