"""The interface in Korean and Russian: catalogues complete, no English left on screen,
plural forms, switching at run time, theme names per language, pseudo-localisation, and
Korean composition committed before an action reads the text."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction, QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from fieldvault import data
from fieldvault.core.records import seeds
from fieldvault.core.vault import Passphrase, Vault
from fieldvault.ui.app import create_app
from fieldvault.ui.dialogs.preferences import PreferencesDialog
from fieldvault.ui.i18n import PSEUDO_ENV, Translations, current_language, pseudo
from fieldvault.ui.mainwindow import MainWindow
from fieldvault.ui.settings import Settings
from fieldvault.ui.widgets.picker import ThemePicker
from ui.uihelp import activate, close_messages, three_records, type_committed, write_jsonl
from vaulthelp import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "translations"
PLACEHOLDER = re.compile(r"%n|%L?\d+|\{[a-z_]*\}")
FORMS = {"ko": 1, "ru": 3, "en": 2}

# Words that stay as they are in every language: the product, formats, key names, the
# privacy category codes (they are also the tokens in exports), proper nouns.
ALLOWED_PHRASES = ("GNU Affero General Public License", "SIL Open Font License", "DejaVu Sans",
                   "JSON Lines", "REFI-QDA", "SHA-256", "Caps Lock", "minisign.pub",
                   "fieldvault verify FOLDER --key PUBLIC_KEY", "fieldvault-member:",
                   "English, 한국어, русский")
ALLOWED_WORDS = {"Fieldvault", "Ctrl", "Shift", "Alt", "Enter", "Return", "Esc", "Escape", "Del",
                 "Backspace", "GNU", "Affero", "CSV", "PDF", "JSON", "KINU", "NanumGothic",
                 "English", "minisign", "quota",
                 "PERSON", "ORG", "LOCATION", "PHONE", "EMAIL", "ADDRESS", "DOB",
                 "NAME", "fieldvault", "csv", "qdpx", "jsonl", "json", "fvbundle",
                 "Word", "OpenDocument", "docx", "odt"}  # file formats named on Retrieve
# Data typed into the test vault (attribute names and values, the owner), not interface text.
DATA_WORDS = {"sector", "city", "construction", "restaurant", "Artyom", "Vladivostok", "Tester",
              "tester", "case"}


def records() -> list[dict[str, object]]:
    rows = three_records()
    rows[0]["title"] = "계획분과 여권"
    return rows


@pytest.fixture
def english_after() -> Iterator[None]:
    """Language is process-wide (translators, the default QLocale): every test ends in
    English, without pseudo-localisation."""
    before = QLocale()
    yield
    app = QCoreApplication.instance()
    assert app is not None
    Translations.of(app).apply("en")
    QLocale.setDefault(before)


def opened(qtbot: QtBot, window: MainWindow, vault_path: Path) -> Vault:
    vault = Vault.open(vault_path, Passphrase(PASSPHRASE))
    window.attach(vault)
    window.cases.import_file(write_jsonl(vault_path.parent / "three.jsonl", records()))
    qtbot.waitUntil(lambda: window.cases.model.total == 3, timeout=10_000)
    close_messages()
    return vault


# --- the catalogues -------------------------------------------------------------------------

def messages(language: str) -> list[ET.Element]:
    root = ET.parse(TS_DIR / f"fieldvault_{language}.ts").getroot()
    return list(root.iter("message"))


@pytest.mark.parametrize("language", ["ko", "ru", "en"])
def test_every_entry_is_translated_current_and_keeps_its_placeholders(language: str) -> None:
    found = messages(language)
    assert len(found) > (10 if language == "en" else 600)
    problems = []
    for message in found:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{translation.get('type')}: {source}")
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if len(forms) != FORMS[language]:
                problems.append(f"{len(forms)} plural forms: {source}")
        else:
            forms = [translation.text or ""]
        for form in forms:
            if not form.strip():
                problems.append(f"empty: {source}")
            elif sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"placeholders differ: {source!r} -> {form!r}")
    assert problems == []


def qt_tool(name: str) -> str:
    path = Path(sys.executable).parent / name
    found = str(path) if path.exists() else shutil.which(name)
    assert found, f"{name} is part of PySide6 and must be installed"
    return found


def test_the_compiled_catalogues_are_the_sources_compiled(tmp_path: Path) -> None:
    for ts in sorted(TS_DIR.glob("fieldvault_*.ts")):
        fresh = tmp_path / f"{ts.stem}.qm"
        subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)],
                       check=True)
        shipped = data.path("i18n", f"{ts.stem}.qm")
        assert shipped.read_bytes() == fresh.read_bytes(), f"run scripts/i18n.sh ({ts.name})"


def test_lupdate_finds_no_string_missing_from_the_catalogues(tmp_path: Path) -> None:
    """A new or changed tr() string in the code arrives unfinished: the catalogue is stale."""
    copy = tmp_path / "fieldvault_ru.ts"
    shutil.copy(TS_DIR / "fieldvault_ru.ts", copy)
    subprocess.run([qt_tool("pyside6-lupdate"), "-silent", "-extensions", "py", "-locations",
                    "none", str(ROOT / "desktop" / "fieldvault" / "ui"), "-ts", str(copy)],
                   check=True)
    text = copy.read_text(encoding="utf-8")
    stale = re.findall(r"<source>([^<]*)</source>\s*<translation type=\"(?:unfinished|vanished)",
                       text)
    assert stale == [], "run scripts/i18n.sh and translate these"


def test_russian_plurals_have_three_forms(qtbot: QtBot, window: MainWindow,
                                         english_after: None) -> None:
    window.set_language("ru")

    def cases(n: int) -> str:
        return QCoreApplication.translate("PurgeDialog", "Destroy %n case(s)", "", n)

    assert [cases(n) for n in (1, 2, 5, 21, 11)] == [
        "Уничтожить 1 кейс", "Уничтожить 2 кейса", "Уничтожить 5 кейсов",
        "Уничтожить 21 кейс", "Уничтожить 11 кейсов"]
    people = [QCoreApplication.translate("PeoplePage", "%n person(s). The identity key exists.",
                                         "", n).split(".")[0] for n in (1, 2, 5)]
    assert people == ["1 человек", "2 человека", "5 человек"]
    window.set_language("ko")
    assert cases(5) == "사례 5건 파기"
    window.set_language("en")
    assert [cases(n) for n in (1, 2)] == ["Destroy 1 case", "Destroy 2 cases"]


# --- no English on screen ---------------------------------------------------------------------

def english_words(text: str, allowed: set[str]) -> list[str]:
    text = re.sub(r"<[^>]+>|&[a-z]+;", " ", text).replace("&&", "").replace("&", "")
    for phrase in ALLOWED_PHRASES:
        text = text.replace(phrase, " ")
    tokens = re.findall(r"[\w.*:/+-]+", text)
    words = []
    for token in tokens:
        if re.search(r"[\d._*/]", token) or re.fullmatch(r"[A-Z]{4}(-[A-Z]{4})+", token):
            continue  # ids, codes, key fingerprints, file patterns, numbers, paths
        words += [w for w in re.findall(r"[A-Za-z]{3,}", token) if w not in allowed]
    return words


def widget_texts(widget: QWidget) -> list[str]:
    out = [widget.toolTip(), widget.whatsThis(), widget.statusTip()]
    if widget.isWindow():
        out.append(widget.windowTitle())
    if isinstance(widget, QLabel):
        out.append(widget.text())
    if isinstance(widget, QAbstractButton):
        out.append(widget.text())
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        out.append(widget.placeholderText())
    if isinstance(widget, QGroupBox):
        out.append(widget.title())
    if isinstance(widget, QTabWidget):
        out += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QComboBox):
        out += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QMenu):
        out.append(widget.title())
    if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
        header = widget.header() if isinstance(widget, QTreeView) else widget.horizontalHeader()
        out += [str(widget.model().headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(header.count())]
    for action in widget.actions():
        out += [action.text(), action.toolTip()]
    return [t for t in out if t]


def english_in(root: QWidget, allowed: set[str]) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.window() is not root.window() and not widget.window().isVisible():
            continue  # a dialog closed earlier (a message box, a progress dialog)
        for text in widget_texts(widget):
            words = english_words(text, allowed)
            if words:
                found.append(f"{type(widget).__name__} {widget.objectName()!r}: {text!r} "
                             f"{words}")
    return found


def open_dialogs(window: MainWindow) -> list[QWidget]:
    """Every main dialog of the app, opened the way the menus open them."""
    window.codebook.select("quota.planned")
    window.tabs.setCurrentWidget(window.workbench)
    window.workbench.view.select_range(0, 6)
    dialogs = [window.preferences(), window.create_vault(), window.cases.new_case(),
               window.codebook.add_theme(), window.codebook.rename_theme(),
               window.codebook.delete_theme(), window.exports.export_pdf(),
               window.exports.show_key(), window.review_actions.members(),
               window.review_actions.send(), window.review_actions.purge(),
               window.review_actions.workflow("T-002"), window.show_shortcuts(),
               window.show_about(), window.workbench.pick_theme()]
    assert all(d is not None for d in dialogs)
    return [d for d in dialogs if d is not None]


@pytest.mark.parametrize("language", ["ko", "ru"])
def test_no_english_left_on_any_page_menu_or_dialog(qtbot: QtBot, window: MainWindow,
                                                     vault_path: Path, language: str,
                                                     english_after: None) -> None:
    vault = opened(qtbot, window, vault_path)
    window.open_case("T-002")
    assert window.set_language(language)
    assert current_language() == language
    allowed = ALLOWED_WORDS | DATA_WORDS | {vault.me.name}
    found = english_in(window, allowed)
    for menu in window.menuBar().findChildren(QMenu):
        found += english_in(menu, allowed)
    for page in window.pages():
        window.tabs.setCurrentWidget(page)
        found += english_in(page, allowed)
    for dialog in open_dialogs(window):
        found += english_in(dialog, allowed)
        dialog.close()
    assert found == []
    # the check does see English: the same walk finds it once the language is English again
    window.set_language("en")
    assert english_in(window.cases, allowed)


# --- switching at run time --------------------------------------------------------------------

def test_preferences_switch_language_at_run_time_keeping_vault_and_case(
        qtbot: QtBot, window: MainWindow, vault_path: Path, settings: Settings,
        english_after: None) -> None:
    vault = opened(qtbot, window, vault_path)
    window.open_case("T-003")
    session = window.session
    assert window.menuBar().actions()[0].text() == "&Vault"
    dialog = window.preferences()
    assert isinstance(dialog, PreferencesDialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.accept()
    assert settings.language == "ru"
    assert window.menuBar().actions()[0].text() == "&Хранилище"
    assert window.tabs.tabText(0) == "Кейсы"
    assert window.session is session and session.is_open
    assert window.workbench.code == "T-003"
    assert window.tabs.currentWidget() is window.workbench
    qtbot.waitUntil(lambda: window.cases.count.text() == "3 из 3 кейсов")
    # the rebuilt pages are live: coding through the new workbench reaches the vault
    window.workbench.view.select_range(0, 7)
    assert window.workbench.apply_theme("quota.planned")
    assert [c.theme_id for c in vault.codings.for_case("T-003")] == ["quota.planned"]
    # Qt's own dialogs follow (qtbase_ru): the standard Cancel button of Preferences
    again = window.preferences()
    texts = {b.text() for b in again.findChildren(QAbstractButton)}
    assert "Отмена" in texts
    again.close()


def test_language_follows_the_setting_at_start(qtbot: QtBot, settings: Settings,
                                               tmp_path: Path, english_after: None) -> None:
    settings.language = "ko"
    _app, window = create_app(["fieldvault-app"], settings=settings,
                              demo_path=tmp_path / "demo.fieldvault")
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == "보관함(&V)"
    assert window.start.findChildren(QAbstractButton)[0].text().endswith("…")
    help_menu = window.menus["help"]
    assert [a.text() for a in help_menu.actions()] == ["단축키(&K)", "Fieldvault 정보(&A)"]


def test_pseudo_localisation_makes_every_string_longer_and_accented(
        qtbot: QtBot, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        english_after: None) -> None:
    assert pseudo("Save {n} cases") == "[Šàvé {n} çàšéš ~~~~~]"
    assert pseudo("&Lock") == "[&Löçk ~~]"
    monkeypatch.setenv(PSEUDO_ENV, "1")
    settings.language = "en"
    _app, window = create_app(["fieldvault-app"], settings=settings,
                              demo_path=tmp_path / "demo.fieldvault")
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[0] == "[&Vàûlt ~~]" and all(t.startswith("[") for t in titles)
    assert window.tabs.tabText(0) == "[Çàšéš ~~]"
    count = QCoreApplication.translate("PurgeDialog", "Destroy %n case(s)", "", 2)
    assert count.startswith("[Déštŕöý 2 ") and count.endswith("~]")
    window.set_language("ru", pseudo=False)
    assert window.menuBar().actions()[0].text() == "&Хранилище"


# --- theme names ------------------------------------------------------------------------------

def test_theme_names_follow_the_interface_and_search_in_all_three(
        qtbot: QtBot, window: MainWindow, vault_path: Path, english_after: None) -> None:
    opened(qtbot, window, vault_path)
    window.set_language("ko")
    window.tabs.setCurrentWidget(window.codebook)
    window.codebook.select("quota.planned")
    assert window.codebook.tree.currentIndex().data() == "국가 계획분"
    details = window.codebook.details.toPlainText()
    assert details.startswith("국가 계획분") and "Planned quota (state contribution)" in details
    assert "Плановый взнос государству" in details
    window.open_case("T-002")
    window.workbench.view.select_range(0, 6)
    picker = window.workbench.pick_theme()
    assert isinstance(picker, ThemePicker)
    for query in ("план", "quota.planned", "state contribution", "국가 계획"):
        picker.query.setText(query)
        shown = [picker.model.index(r, 0).data() for r in range(picker.model.rowCount())]
        assert ("국가 계획분 — Planned quota (state contribution) · Плановый взнос государству"
                in shown), query
    picker.close()
    window.set_language("ru")
    window.codebook.select("meeting")
    assert window.codebook.tree.currentIndex().data() == "Еженедельные итоговые собрания"


def test_theme_definitions_follow_the_interface_with_english_as_fallback(
        qtbot: QtBot, window: MainWindow, vault_path: Path, english_after: None) -> None:
    vault = opened(qtbot, window, vault_path)
    seed = {t["id"]: t for t in seeds.load_codebook()["themes"]}["quota.planned"]
    for language in ("ko", "ru"):
        assert window.set_language(language)
        window.tabs.setCurrentWidget(window.codebook)
        window.codebook.select("quota.planned")
        details = window.codebook.details.toPlainText()
        assert seed[f"definition_{language}"] in details, language
        assert seed["definition"] not in details
        tooltip = window.codebook.tree.currentIndex().data(Qt.ItemDataRole.ToolTipRole)
        assert html.escape(seed[f"definition_{language}"]) in tooltip
        # the picker shows the highlighted theme's definition in the interface language
        window.open_case("T-002")
        window.workbench.view.select_range(0, 6)
        picker = window.workbench.pick_theme()
        assert isinstance(picker, ThemePicker)
        qtbot.keyClicks(picker.query, "quota.planned")
        assert picker.model.theme_id(picker.list.currentIndex().row()) == "quota.planned"
        assert picker.definition.text() == seed[f"definition_{language}"]
        picker.query.clear()
        qtbot.keyClicks(picker.query, "quota")
        qtbot.keyClick(picker.query, Qt.Key.Key_Down)
        row = picker.list.currentIndex().row()
        shown = vault.codebook.get(picker.model.theme_id(row))
        assert picker.definition.text() == getattr(shown, f"definition_{language}")
        picker.close()
    # a theme without a Russian definition shows the English one
    vault.codebook.edit("quota.planned", definition_ru="")
    window.codebook.select("meeting")
    window.codebook.select("quota.planned")
    details = window.codebook.details.toPlainText()
    assert seed["definition"] in details and seed["definition_ru"] not in details


# --- Korean composition -----------------------------------------------------------------------

def preedit(widget: QWidget, text: str) -> None:
    """What ibus/fcitx send while a syllable is being composed: shown, not yet committed."""
    QApplication.sendEvent(widget, QInputMethodEvent(text, []))


def test_composing_syllable_is_committed_before_saving_a_version(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    vault = opened(qtbot, window, vault_path)
    window.open_case("T-002")
    page = window.workbench
    page.start_editing()
    cursor = page.view.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    page.view.setTextCursor(cursor)
    type_committed(page.view, " 총화")
    preedit(page.view, "때")
    assert not page.view.edited_text().endswith("때")  # still composing
    page.save_action.trigger()  # what Ctrl+S does
    assert vault.transcripts.current("T-002").text.endswith("총화때")


def test_composing_syllable_is_committed_before_adding_a_memo_and_locking(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    vault = opened(qtbot, window, vault_path)
    window.open_case("T-002")
    memos = window.workbench.case_memos
    activate(qtbot, window)
    memos.editor.setFocus()
    type_committed(memos.editor, "계획분 미납")
    preedit(memos.editor, "액")
    qtbot.mouseClick(memos.add_button, Qt.MouseButton.LeftButton)
    assert [m.text for m in vault.memos.for_target("case", "T-002")][-1] == "계획분 미납액"
    type_committed(memos.editor, "잠그기 전")
    preedit(memos.editor, "에")
    memos.editor.setFocus()
    window.lock()
    assert memos.editor.property("fieldvaultPreedit") == ""
    assert window.session is None


def test_composing_syllable_is_committed_before_switching_case(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    opened(qtbot, window, vault_path)
    window.open_case("T-002")
    editor = window.workbench.case_memos.editor
    activate(qtbot, window)
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    type_committed(editor, "메모")
    preedit(editor, "한")
    seen: list[str] = []
    editor.textChanged.connect(lambda: seen.append(editor.toPlainText()))
    window.open_case("T-003")
    assert seen and seen[0] == "메모한"


def test_every_dialog_closes_and_nothing_is_left_open(qtbot: QtBot, window: MainWindow,
                                                       vault_path: Path,
                                                       english_after: None) -> None:
    """Switching language closes open dialogs rather than leaving them in the old language."""
    opened(qtbot, window, vault_path)
    dialog = window.show_about()
    assert dialog.isVisible()
    window.set_language("ru")
    assert not any(d.isVisible() for d in window.findChildren(QDialog))
    about = window.show_about()
    assert "Fieldvault" in about.findChild(QLabel, "about-version").text()
    assert about.windowTitle() == "О программе Fieldvault"
    actions = {a.text() for a in window.menus["help"].actions()}
    assert "&Сочетания клавиш" in actions
    shortcuts = window.show_shortcuts()
    table = shortcuts.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Заблокировать"] == "Ctrl+L" and rows["Применить тему"] == "Ctrl+T"
    assert isinstance(window.findChild(QAction), QAction)


def test_figures_follow_the_interface_locale(qtbot: QtBot, window: MainWindow,
                                             english_after: None) -> None:
    from fieldvault.ui.models.review import number, share

    assert (share(0.981, 1), number(0.25)) == ("98.1 %", "0.250")
    window.set_language("ru")
    assert (share(0.981, 1), number(0.25), share(None)) == ("98,1 %", "0,250", "–")
    window.set_language("ko")
    assert share(0.5) == "50 %"


@pytest.mark.parametrize(("system", "expected"), [("ru", "&Хранилище"), ("ko", "보관함(&V)"),
                                                  ("de", "&Vault")])
def test_by_default_the_language_follows_the_system(tmp_path: Path, system: str,
                                                    expected: str) -> None:
    """A fresh process with the system's language set (LANGUAGE, as a desktop session sets
    it) and no language chosen in Preferences."""
    script = ("import sys\n"
              "from pathlib import Path\n"
              "from fieldvault.ui.app import create_app\n"
              "from fieldvault.ui.settings import Settings\n"
              "app, window = create_app(['x'], Settings(Path(sys.argv[1])))\n"
              "print(window.menuBar().actions()[0].text())\n")
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8",
           "LANGUAGE": system, "PYTHONPATH": str(ROOT / "desktop"), "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", script, str(tmp_path / "s.ini")], env=env,
                         capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == expected
