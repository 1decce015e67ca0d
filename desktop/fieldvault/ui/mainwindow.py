"""The main window: start → unlock → workspace (cases, workbench, codebook, retrieve, search).

Lifecycle: :meth:`MainWindow.attach` receives an opened vault and hands a
:class:`VaultSession` to each page; :meth:`MainWindow.lock` takes everything back (pages drop
their models and text, dialogs close, the clipboard is cleared) and hands the vault to the
closing thread, which keeps the drafts and then zeroes the key (:mod:`fieldvault.ui.closing`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QMenu,
    QMenuBar,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from fieldvault.core.demo import DEMO_PASSPHRASE, DemoVault, open_or_build
from fieldvault.core.errors import FieldvaultError, InputError
from fieldvault.core.records.codebook import ThemeNode
from fieldvault.core.records.codings import Passage
from fieldvault.core.search.service import SearchResult
from fieldvault.core.vault import RecoveryCode, Unlock, Vault, unlock_choices
from fieldvault.ui.actions.export import ExportActions
from fieldvault.ui.actions.review import ReviewActions
from fieldvault.ui.closing import VaultCloser
from fieldvault.ui.dialogs.check import CheckActions
from fieldvault.ui.dialogs.help import AboutDialog, ShortcutsDialog
from fieldvault.ui.dialogs.keys import KeysDialog, NewPassphraseDialog
from fieldvault.ui.dialogs.preferences import PreferencesDialog
from fieldvault.ui.dialogs.wipe import WipeActions
from fieldvault.ui.drafts import DraftKeeper
from fieldvault.ui.guards import ClipboardGuard, IdleWatcher
from fieldvault.ui.i18n import Translations, pseudo_from_env, resolve
from fieldvault.ui.messages import file_dialog, show_error
from fieldvault.ui.pages.agreement import AgreementPage
from fieldvault.ui.pages.analysis import AnalysisPage
from fieldvault.ui.pages.cases import CasesPage
from fieldvault.ui.pages.codebook import CodebookPage
from fieldvault.ui.pages.people import PeoplePage
from fieldvault.ui.pages.privacy import PrivacyPage
from fieldvault.ui.pages.retrieve import RetrievePage
from fieldvault.ui.pages.review import ReviewPage
from fieldvault.ui.pages.search import SearchPage
from fieldvault.ui.pages.start import CreateVaultDialog, RecoveryCodeDialog, StartPage
from fieldvault.ui.pages.unlock import UnlockPage
from fieldvault.ui.pages.workbench import WorkbenchPage
from fieldvault.ui.session import VaultSession
from fieldvault.ui.settings import CLIPBOARD_SECONDS, Settings
from fieldvault.ui.system_lock import SystemLockWatcher
from fieldvault.ui.tasks import TaskRunner
from fieldvault.ui.widgets.ime import commit_composition


def _open_noting_use(path: Path, unlock: Unlock) -> Vault:
    """Open the vault and record which key slot was used (worker thread)."""
    vault = Vault.open(path, unlock)
    try:
        vault.keys.note_use()
    except BaseException:
        vault.lock()
        raise
    return vault


def _open_for_pages(path: Path, unlock: Unlock) -> tuple[Vault, list[ThemeNode]]:
    """Open the vault and read the codebook with its counts, which the pages show first
    (worker thread: the vault's first query would otherwise run on the UI thread)."""
    vault = _open_noting_use(path, unlock)
    try:
        return vault, vault.codebook.tree()
    except BaseException:
        vault.lock()
        raise


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, demo_path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main-window")
        self.settings = settings
        self.demo_path = demo_path
        self.session: VaultSession | None = None
        self.runner = TaskRunner(self)
        self.closer = VaultCloser(self)
        self.closer.finished.connect(self._lock_finished)
        self._unlock_waiting: tuple[Path, Unlock] | None = None  # until the last lock ends
        self.idle = IdleWatcher(settings.idle_lock_minutes * 60_000, self)
        self.idle.idle.connect(self.lock)
        self.idle.lock_key_pressed.connect(self.lock)
        self.system_lock = SystemLockWatcher(self)
        self.system_lock.lock_requested.connect(self.lock)
        self.system_lock.watch_window(self)
        self.clipboard_guard = ClipboardGuard(CLIPBOARD_SECONDS * 1000, self)
        app = QCoreApplication.instance()
        assert app is not None, "build the QApplication before the main window"
        self.translations = Translations.of(app)
        self.translations.apply(settings.language, settings.pseudo_l10n or pseudo_from_env())
        self._menu_actions: list[QAction] = []
        self.drafts = DraftKeeper(self)
        self._build_pages()
        self._build_menus()
        self._show_start()
        self.resize(1200, 780)
        geometry = settings.layout("main_window")
        if geometry is not None:
            self.restoreGeometry(geometry)

    # --- construction ---------------------------------------------------------------------

    def _build_pages(self) -> None:
        self.start = StartPage()
        self.start.create_requested.connect(self.create_vault)
        self.start.open_requested.connect(self.choose_vault)
        self.start.demo_requested.connect(self.open_demo)
        self.start.recent_chosen.connect(self.prepare_unlock)
        self.unlock_page = UnlockPage()
        self.unlock_page.unlock_requested.connect(self.unlock)
        self.unlock_page.back_requested.connect(self._show_start)
        self.cases = CasesPage(self.runner)
        self.workbench = WorkbenchPage(self.runner)
        self.codebook = CodebookPage()
        self.retrieve = RetrievePage(self.runner)
        self.search = SearchPage(self.runner)
        self.review = ReviewPage(self.runner)
        self.agreement = AgreementPage(self.runner)
        self.analysis = AnalysisPage(self.runner)
        self.privacy = PrivacyPage(self.runner)
        self.people = PeoplePage(self.runner)
        self.privacy.view.copied.connect(self.clipboard_guard.track)
        self.workbench.privacy_requested.connect(self.open_privacy)
        self.review.case_activated.connect(self.activate_case)
        self.agreement.passage_activated.connect(self.activate_case)
        self.cases.case_activated.connect(self.activate_case)
        self.retrieve.passage_activated.connect(self.activate_case)
        self.analysis.passages_ready.connect(self.show_passages)
        self.search.hit_activated.connect(self.open_hit)
        self.codebook.retrieve_requested.connect(self._retrieve_theme)
        self.workbench.view.copied.connect(self.clipboard_guard.track)
        self.agreement.copied.connect(self.clipboard_guard.track)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("workspace")
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setChangeCurrentOnDrag(True)  # drag a passage to the Codebook tab
        self.tabs.tabBar().setAcceptDrops(True)
        self.codebook.passage_dropped.connect(self.workbench.code_dropped)
        for page, title in ((self.cases, self.tr("Cases")),
                            (self.workbench, self.tr("Workbench")),
                            (self.codebook, self.tr("Codebook")),
                            (self.retrieve, self.tr("Retrieve")),
                            (self.search, self.tr("Search")),
                            (self.review, self.tr("Review")),
                            (self.agreement, self.tr("Agreement")),
                            (self.analysis, self.tr("Analysis")),
                            (self.privacy, self.tr("Privacy")), (self.people, self.tr("People"))):
            self.tabs.addTab(page, title)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.stack = QStackedWidget()
        for widget in (self.start, self.unlock_page, self.tabs):
            self.stack.addWidget(widget)
        self.setCentralWidget(self.stack)

    def _action(self, menu_name: str, text: str,
                shortcut: str | QKeySequence | QKeySequence.StandardKey | None,
                slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        self._menu_actions.append(action)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.menus[menu_name].addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menus = {name: bar.addMenu(title) for name, title in (
            ("vault", self.tr("&Vault")), ("import", self.tr("&Import/Export")),
            ("edit", self.tr("&Edit")), ("go", self.tr("&Go")))}
        self._action("vault", self.tr("&New vault…"), None, self.create_vault)
        self._action("vault", self.tr("&Open vault…"), QKeySequence.StandardKey.Open,
                     self.choose_vault)
        self._action("vault", self.tr("Open the &demo vault"), None, self.open_demo)
        self.menus["vault"].addSeparator()
        self.lock_action = self._action("vault", self.tr("&Lock"), "Ctrl+L", self.lock)
        self.keys_action = self._action("vault", self.tr("&Keys and backup…"), None,
                                        self.keys_and_backup)
        self._action("vault", self.tr("&Preferences…"), None, self.preferences)
        self.menus["vault"].addSeparator()
        self.checks = CheckActions(self)
        self.wipes = WipeActions(self)
        self.menus["vault"].addSeparator()
        self._action("vault", self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.import_action = self._action("import", self.tr("&JSON Lines file…"), "Ctrl+I",
                                          self.choose_import)
        self.import_documents_action = self._action(
            "import", self.tr("&Documents (.txt, .docx, .odt, .hwpx, .rtf, .pdf)…"), None,
            self.cases.choose_documents)
        self.exports = ExportActions(self)
        self.import_refi_action = self._action("import", self.tr("&REFI-QDA project…"), None,
                                               self.exports.import_refi)
        self.menus["import"].addSeparator()
        self.export_action = self._action("import", self.tr("&Export a redacted PDF…"),
                                          "Ctrl+Shift+X", self.exports.export_pdf)
        self.export_refi_action = self._action("import", self.tr("Export a REFI-QDA &project…"),
                                               None, self.exports.export_refi)
        self.key_action = self._action("import", self.tr("Export &signing key…"), None,
                                       self.exports.show_key)
        self.menus["edit"].addAction(self.workbench.undo_action)
        self.menus["edit"].addAction(self.workbench.redo_action)
        self.undo_action, self.redo_action = self.workbench.undo_action, self.workbench.redo_action
        pages: tuple[tuple[QWidget, str], ...] = (
            (self.cases, self.tr("&Cases")), (self.workbench, self.tr("&Workbench")),
            (self.codebook, self.tr("Code&book")), (self.retrieve, self.tr("&Retrieve")),
            (self.search, self.tr("&Search")), (self.review, self.tr("Re&view")),
            (self.agreement, self.tr("&Agreement")), (self.privacy, self.tr("&Privacy")),
            (self.people, self.tr("Peop&le")), (self.analysis, self.tr("A&nalysis")))
        for number, (page, title) in enumerate(pages, start=1):
            self._action("go", title, f"Alt+{number}" if number <= 9 else None,
                         partial(self.tabs.setCurrentWidget, page))
        self._action("go", self.tr("Search &everything"), "Ctrl+Shift+F", self._focus_search)
        self.review_actions = ReviewActions(self)
        self.cases.workflow_requested.connect(self.review_actions.workflow)
        self.menus["help"] = bar.addMenu(self.tr("&Help"))
        self._action("help", self.tr("&Keyboard shortcuts"), "F1", self.show_shortcuts)
        self._action("help", self.tr("&About Fieldvault"), None, self.show_about)
        self._enable()

    def _enable(self) -> None:
        open_vault = self.session is not None
        for action in (self.lock_action, self.import_action, self.import_documents_action,
                       self.import_refi_action, self.export_action,
                       self.export_refi_action, self.key_action, self.keys_action):
            action.setEnabled(open_vault)
        self.workbench.enable_undo()  # Undo/Redo follow the workbench's history
        for action in self.menus["go"].actions():
            action.setEnabled(open_vault)
        self.tabs.setEnabled(open_vault)
        self.review_actions.enable(open_vault)

    # --- start and unlock -----------------------------------------------------------------

    def _show_start(self) -> None:
        self.start.set_recent(self.settings.recent_vaults)
        self.start.set_busy(None)
        self.stack.setCurrentWidget(self.start)
        self.setWindowTitle("")  # the platform shows the application name alone

    def create_vault(self) -> CreateVaultDialog:
        dialog = CreateVaultDialog(self)
        dialog.accepted.connect(lambda: self._create(dialog))
        dialog.open()
        return dialog

    def _create(self, dialog: CreateVaultDialog) -> None:
        target, passphrase = dialog.target(), dialog.passphrase.text()
        owner = dialog.owner.text().strip() or "owner"
        dialog.passphrase.clear()
        dialog.repeat.clear()
        self.start.set_busy(self.tr("Creating the vault and deriving its key…"))
        self.stack.setCurrentWidget(self.start)
        self.runner.run(lambda _p, _c: Vault.create(target, passphrase, owner=owner),
                        self._created, self._start_failed)

    def _created(self, result: tuple[Vault, str]) -> None:
        vault, code = result
        self.attach(vault, arm_idle=False)
        recovery = RecoveryCodeDialog(code, self, vault.path.name.removesuffix(".fieldvault"))
        recovery.finished.connect(self._recovery_done)
        recovery.open()

    def _recovery_done(self) -> None:
        if self.session is not None:
            self.idle.arm()
        self.activateWindow()

    def _start_failed(self, exc: BaseException) -> None:
        self.start.set_busy(None)
        show_error(self, exc)

    def choose_vault(self) -> None:
        file_dialog(self, self.tr("Open a vault folder (NAME.fieldvault)"), self.prepare_unlock)

    def prepare_unlock(self, path: Path) -> bool:
        try:
            choices = unlock_choices(path)
        except FieldvaultError as exc:
            show_error(self, exc)
            return False
        hint = ""
        if path.resolve() == self.demo_path.resolve():
            hint = self.tr("This is the demo vault; its passphrase is “{p}”.").format(
                p=DEMO_PASSPHRASE)
        self._unlock_waiting = None  # a new page: only its own Unlock opens the vault
        self.unlock_page.prepare(path, choices, hint)
        self.stack.setCurrentWidget(self.unlock_page)
        self.setWindowTitle(self.tr("{name} (locked)").format(
            name=path.name.removesuffix(".fieldvault")))
        return True

    def unlock(self, unlock: Unlock) -> None:
        path = self.unlock_page.path
        if path is None:
            return
        self.unlock_page.set_busy(True)
        if self.closer.busy:  # the last lock is still writing its drafts: open after it
            self._unlock_waiting = (path, unlock)
            return

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, FieldvaultError):
                self.unlock_page.set_busy(False)
                raise exc
            self.unlock_page.show_problem(exc)

        self.runner.run(lambda _p, _c: _open_for_pages(path, unlock), self._unlocked, failed)

    def _unlocked(self, opened: tuple[Vault, list[ThemeNode]]) -> None:
        vault, tree = opened
        self.unlock_page.clear()
        self.attach(vault, tree=tree)
        session = self.session  # the drafts come back on the next turn of the event loop:
        # reopening a case in the same block as attaching the pages stalled the UI
        QTimer.singleShot(0, lambda: self._restore_drafts(session))
        if isinstance(vault.unlocked_with, RecoveryCode):
            self.offer_new_passphrase()

    def offer_new_passphrase(self) -> NewPassphraseDialog | None:
        """After a recovery unlock: set a new passphrase for the (first) passphrase slot."""
        if self.session is None:
            return None
        dialog = NewPassphraseDialog(self.session, self.runner, after_recovery=True,
                                     parent=self)
        dialog.changed.connect(lambda label: self.statusBar().showMessage(self.tr(
            "The passphrase of slot “{label}” is changed.").format(label=label), 10_000))
        dialog.open()
        return dialog

    def keys_and_backup(self) -> KeysDialog | None:
        if self.session is None:
            return None
        dialog = KeysDialog(self.session, self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _restore_drafts(self, session: VaultSession | None) -> None:
        """Put back what the last lock kept (see :mod:`fieldvault.ui.drafts`), unless
        ``session`` was locked meanwhile."""
        if self.session is None or self.session is not session:
            return
        try:
            notes = self.session.vault.drafts.kept()
        except FieldvaultError as exc:
            show_error(self, exc)
            return
        self.drafts.restore(notes)

    def _lock_finished(self, problem: str) -> None:
        """The closing thread has kept the drafts and zeroed the key: say if keeping them
        failed, else start the unlock that waited for this."""
        on_page = self.stack.currentWidget() is self.unlock_page
        if problem:
            sentence = self.tr("Unsaved work could not be kept: {problem}").format(
                problem=problem)
            if on_page:  # said before the vault opens again: the user unlocks anew
                self._unlock_waiting = None
                self.unlock_page.set_busy(False)
                self.unlock_page.problem.setText(sentence)
            else:
                self.statusBar().showMessage(sentence)
        if self.closer.busy:
            return  # a later lock is still closing; the waiting unlock waits for it too
        waiting, self._unlock_waiting = self._unlock_waiting, None
        if waiting is not None and on_page and waiting[0] == self.unlock_page.path:
            self.unlock(waiting[1])

    def open_demo(self) -> None:
        self.start.set_busy(self.tr("Opening the demo vault (the first time builds it)…"))
        self.stack.setCurrentWidget(self.start)
        path = self.demo_path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.runner.run(lambda _p, _c: open_or_build(path), self._demo_opened,
                        self._start_failed)

    def _demo_opened(self, demo: DemoVault) -> None:
        self.attach(demo.vault, demo=True)

    # --- the open vault -------------------------------------------------------------------

    def attach(self, vault: Vault, demo: bool = False, arm_idle: bool = True,
               tree: list[ThemeNode] | None = None) -> None:
        if self.session is not None:
            self.lock()
        self.session = VaultSession(vault, demo, self, tree)
        if not demo:
            self.settings.add_recent(vault.path)
        for page in self.pages():
            page.attach(self.session)
        self.stack.setCurrentWidget(self.tabs)
        self.tabs.setCurrentWidget(self.cases)
        self.cases.table.setFocus()
        self._show_open_state()
        self._enable()
        if arm_idle:
            self.idle.arm()

    def _show_open_state(self) -> None:
        if self.session is None:
            return
        self.setWindowTitle(self.session.name)  # the platform adds " — Fieldvault"
        self.statusBar().showMessage(self.tr(
            "Ctrl+L locks. Locks by itself after %n minute(s) without input.", "",
            max(1, self.idle.timeout_ms // 60_000)))

    def lock(self) -> None:
        """Drop every model, text and dialog and show the unlock page, all before returning;
        the drafts are written and the key zeroed on the closing thread just after (see
        :mod:`fieldvault.ui.closing`; an unlock waits for it, quitting too)."""
        session = self.session
        if session is None:
            return
        commit_composition()
        self.idle.disarm()
        self.drafts.forget()
        notes = self.drafts.capture()  # the editors' unsaved work, read before they empty
        self.runner.forget()
        self.clipboard_guard.clear()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)
        for page in self.pages():
            page.detach()
        self.session = None
        vault = session.release()
        if vault is not None:
            self.closer.start(vault, notes)
        self.statusBar().clearMessage()
        self._enable()
        if not self.prepare_unlock(session.path):
            self._show_start()

    def pages(self) -> tuple[CasesPage | WorkbenchPage | CodebookPage | RetrievePage
                             | SearchPage | ReviewPage | AgreementPage | AnalysisPage
                             | PrivacyPage | PeoplePage, ...]:
        return (self.cases, self.workbench, self.codebook, self.retrieve, self.search,
                self.review, self.agreement, self.analysis, self.privacy, self.people)

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.privacy and self.session is not None:
            code = self.workbench.code or self.cases.current_code()
            if code is not None and code != self.privacy.code:
                self.privacy.open_case(code)

    def open_privacy(self, code: str | None = None) -> None:
        """Review what identifies people in ``code`` (default: the workbench's case)."""
        code = code or self.current_code()
        if self.session is not None and code is not None:
            self.tabs.setCurrentWidget(self.privacy)  # follows the workbench's case, then:
            self.privacy.open_case(code)

    def current_code(self) -> str | None:
        """The case in front of the user: the workbench's, else the Cases page's selection."""
        if self.tabs.currentWidget() is self.workbench and self.workbench.code is not None:
            return self.workbench.code
        return self.cases.current_code() or self.workbench.code

    def open_case(self, code: str, start: int | None = None, end: int | None = None) -> None:
        """Show ``code`` (and select start..end) in the workbench now, read on this thread."""
        if self.session is None:
            return
        try:
            self.workbench.open_case(code, (start, end) if start is not None and end is not None
                                     else None)
        except FieldvaultError as exc:
            show_error(self, exc)
            return
        self._to_workbench()

    def activate_case(self, code: str, start: int | None = None, end: int | None = None,
                      then: Callable[[], object] | None = None) -> None:
        """A case chosen in a table or a search hit: read on a worker, then shown in the
        workbench as :meth:`open_case` shows it, and ``then`` called (UI thread)."""
        if self.session is None:
            return

        def shown() -> None:
            self._to_workbench()
            if then is not None:
                then()

        self.workbench.open_case_later(
            code, (start, end) if start is not None and end is not None else None, shown)

    def _to_workbench(self) -> None:
        self.tabs.setCurrentWidget(self.workbench)
        self.workbench.view.setFocus()

    def open_hit(self, hit: SearchResult) -> None:
        if hit.kind == "theme":
            self.tabs.setCurrentWidget(self.codebook)
            self.codebook.select(hit.target)
        elif hit.kind == "memo" and hit.memo_on is not None:
            self._open_memo(hit)
        elif hit.case_code is not None:
            first = hit.matches[0] if hit.kind == "transcript" and hit.matches else None
            self.activate_case(hit.case_code, *(first or (None, None)))

    def _open_memo(self, hit: SearchResult) -> None:
        """Show a memo hit where it was written, selected, its text in the memo editor."""
        kind, target = hit.memo_on or ("", "")
        if kind == "theme":
            self.tabs.setCurrentWidget(self.codebook)
            self.codebook.select(target)
            self.codebook.memos.select_memo(hit.target)
            return
        if hit.case_code is not None:
            self.activate_case(hit.case_code, then=lambda: self._select_memo(kind, target, hit))

    def _select_memo(self, kind: str, target: str, hit: SearchResult) -> None:
        panel = self.workbench.case_memos
        if kind == "coding":
            self.workbench.select_coding(target)
            panel = self.workbench.coding_memos
        self.workbench.memo_tabs.setCurrentWidget(panel)
        panel.select_memo(hit.target)

    def show_passages(self, caption: str, passages: list[Passage]) -> None:
        """Passages behind an Analysis cell, shown in Retrieve."""
        self.retrieve.show_passages(caption, passages)
        self.tabs.setCurrentWidget(self.retrieve)
        self.retrieve.table.setFocus()

    def _retrieve_theme(self, theme_id: str) -> None:
        self.retrieve.choose([theme_id])
        self.tabs.setCurrentWidget(self.retrieve)
        self.retrieve.retrieve()

    def _focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.search)
        self.search.query.setFocus()
        self.search.query.selectAll()

    def choose_import(self) -> None:
        if self.session is not None:
            file_dialog(self, self.tr("Import interviews (JSON Lines)"), self.cases.import_file,
                        mode="open", name_filter=self.tr("JSON Lines (*.jsonl *.json)"))

    def preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(self.settings, self)
        dialog.accepted.connect(lambda: self.idle.set_timeout_ms(
            self.settings.idle_lock_minutes * 60_000))
        dialog.accepted.connect(lambda: self.start.set_recent(self.settings.recent_vaults))
        dialog.accepted.connect(lambda: self.set_language(
            self.settings.language, self.settings.pseudo_l10n or pseudo_from_env()))
        dialog.open()
        return dialog

    def show_shortcuts(self) -> ShortcutsDialog:
        actions = [a for menu in self.menuBar().findChildren(QMenu) for a in menu.actions()]
        actions += [a for a in self.workbench.actions() if a not in actions]
        dialog = ShortcutsDialog(actions, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- interface language ---------------------------------------------------------------

    def set_language(self, preference: str, pseudo: bool = False) -> bool:
        """Switch the interface language now; False while transcript edits are unsaved.

        The pages and menus are built again in the new language (every label, model header
        and tooltip is then read from the new translators, with no per-widget bookkeeping);
        the open vault, the open case and the current page are kept.
        """
        if self.workbench.view.editing:
            show_error(self, InputError(self.tr(
                "Save or discard the transcript edits first; then change the language.")))
            return False
        if (resolve(preference), pseudo) == (self.translations.language,
                                             self.translations.pseudo):
            return True
        self.translations.apply(preference, pseudo)
        self.rebuild()
        return True

    def rebuild(self) -> None:
        """Build pages and menus again (in the current language), keeping vault and case."""
        commit_composition()
        session, code = self.session, self.workbench.code
        history = self.workbench.take_history()  # the undo history outlives the pages
        tab, where = self.tabs.currentIndex(), self.stack.currentWidget()
        locked_path = self.unlock_page.path if where is self.unlock_page else None
        self.runner.forget()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)
        for page in self.pages():
            page.detach()
        for action in self._menu_actions + self.review_actions.actions:
            action.deleteLater()
        self._menu_actions = []
        self.review_actions.deleteLater()
        self.exports.deleteLater()
        self.wipes.deleteLater()
        self.checks.deleteLater()
        self.setMenuBar(QMenuBar())  # deletes the old menus
        old_pages = self.takeCentralWidget()
        if old_pages is not None:
            old_pages.setParent(None)  # out of the window's tree at once, deleted soon
            old_pages.deleteLater()
        self._build_pages()
        self._build_menus()
        if session is not None:
            for page in self.pages():
                page.attach(session)
            self.workbench.adopt_history(history)
            self.stack.setCurrentWidget(self.tabs)
            if code is not None:
                self.open_case(code)
            self.tabs.setCurrentIndex(tab)
            self._show_open_state()
        elif locked_path is not None:
            self.prepare_unlock(locked_path)
        else:
            self._show_start()
        self._enable()

    # --- quitting -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.settings.set_layout("main_window", self.saveGeometry())
        self.lock()
        self._unlock_waiting = None  # quitting: an unlock typed just before does not run
        self.closer.wait()  # the drafts are on disk and the key zeroed before the app ends
        self.clipboard_guard.clear()
        self.runner.forget()
        self.runner.wait(5000)
        self.settings.sync()
        super().closeEvent(event)
