"""Screenshots of the vault-session dialogs (unlock typo, new passphrase, restored drafts,
Keys and backup, slot removal, recovery code, create vault) at 1024x640.

    xvfb-run -a -s "-screen 0 1024x640x24" .venv/bin/python scripts/screenshots_session.py \
        --out /tmp/shots --language ko

A throwaway vault is made in a temporary folder (nothing of the user's is read or written);
settings go to a temporary INI file.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from fieldvault.core.records.cases import CaseInput
from fieldvault.core.store import keyslots
from fieldvault.core.vault import Vault
from fieldvault.ui.app import create_app
from fieldvault.ui.dialogs.keys import KeepPassphrasesDialog, KeysDialog, NewPassphraseDialog
from fieldvault.ui.dialogs.recovery_code import RecoveryCodeDialog
from fieldvault.ui.mainwindow import MainWindow
from fieldvault.ui.settings import Settings

sys.path.insert(0, str(Path(__file__).parent))
from screenshots import save, wait_until  # noqa: E402

PASSPHRASE = "correct horse battery staple"
FAST = keyslots.KdfParams(memory_kib=64 * 1024, iterations=1, lanes=1)
TEXT = ("Q: When is the plan due?\nA: On the twenty-fifth. The state part is two hundred and "
        "forty dollars, but we hand over far more.\nQ: Who keeps the passports?\n"
        "A: The deputy manager keeps them in his safe.")


def shown(kind: type) -> QWidget:
    wait_until(lambda: any(isinstance(w, kind) and w.isVisible()
                           for w in QApplication.topLevelWidgets()))
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind)
                and w.isVisible())


def unlock(window: MainWindow, secret: str) -> None:
    QTest.keyClicks(window.unlock_page.secret, secret)
    QTest.keyClick(window.unlock_page.secret, Qt.Key.Key_Return)


def shoot(window: MainWindow, folder: Path, out: Path, code: str) -> None:
    window.prepare_unlock(folder)
    window.unlock_page.use_recovery.setChecked(True)
    at = 13 + 3  # group 4, character 2 (hyphens counted)
    typo = code[:at] + ("7" if code[at] != "7" else "8") + code[at + 1:]
    unlock(window, typo)
    wait_until(lambda: not window.unlock_page.busy.isVisible()
               and "group" in window.unlock_page.problem.text()
               or "4" in window.unlock_page.problem.text())
    save(window, out, "s1-unlock-recovery-typo")
    window.unlock_page.secret.clear()
    unlock(window, code)
    dialog = shown(NewPassphraseDialog)
    assert isinstance(dialog, NewPassphraseDialog)
    QTest.keyClicks(dialog.fields.passphrase, "password1")
    QTest.keyClicks(dialog.fields.repeat, "password1")
    save(dialog, out, "s2-new-passphrase-after-recovery")
    dialog.reject()
    assert window.session is not None
    window.session.vault.cases.create(CaseInput("Plan and passports", TEXT, ["en"],
                                                code="T-001"))
    window.open_case("T-001")
    bench = window.workbench
    bench.case_memos.editor.setFocus()
    QTest.keyClicks(bench.case_memos.editor, "Compare with T-002: the deputy keeps passports.")
    window.lock()
    unlock(window, PASSPHRASE)
    wait_until(lambda: window.session is not None and bench.note.text() != "")
    save(window, out, "s3-drafts-restored")
    keys = window.keys_and_backup()
    assert keys is not None
    keys.verify()
    wait_until(lambda: not keys.busy.isVisible())
    keys.table.selectRow(1)
    save(keys, out, "s4-keys-and-backup")
    keys.remove_slot()
    keep = shown(KeepPassphrasesDialog)
    save(keep, out, "s5-remove-slot")
    keep.reject()
    keys.new_recovery_code()
    keep = shown(KeepPassphrasesDialog)
    assert isinstance(keep, KeepPassphrasesDialog)
    QTest.keyClicks(keep.fields["passphrase"], PASSPHRASE)
    keep.go.click()
    recovery = shown(RecoveryCodeDialog)
    assert isinstance(recovery, RecoveryCodeDialog)
    QTest.keyClicks(recovery.retype, recovery.code.code[:19])
    save(recovery, out, "s6-recovery-code")
    QTest.keyClicks(recovery.retype, recovery.code.code[19:])
    recovery.continue_button.click()
    keys.reject()
    create = window.create_vault()
    QTest.keyClicks(create.name, "field-2026")
    QTest.keyClicks(create.passphrase, PASSPHRASE)
    QTest.keyClicks(create.repeat, "correct horse!")
    save(create, out, "s7-create-vault-mismatch")
    create.reject()
    assert isinstance(keys, KeysDialog)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--language", default="en")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        keyslots.calibrate = lambda *_a, **_k: FAST  # type: ignore[assignment]
        vault, code = Vault.create(Path(tmp) / "fieldwork", PASSPHRASE, owner="Researcher",
                                   cost=FAST)
        folder = vault.path
        vault.lock()
        settings = Settings(Path(tmp) / "settings.ini")
        settings.language = args.language
        app, window = create_app(["fieldvault-app"], settings=settings,
                                 demo_path=Path(tmp) / "demo.fieldvault")
        window.resize(1024, 640)
        window.show()
        shoot(window, folder, args.out, code)
        window.lock()
        window.runner.wait(10_000)
        window.close()
        del app


if __name__ == "__main__":
    main()
