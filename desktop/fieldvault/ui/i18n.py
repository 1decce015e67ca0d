"""The interface language: Qt's and Fieldvault's translators, chosen at start, swapped at run time.

The compiled catalogues are package data (``fieldvault/data/i18n/fieldvault_<lang>.qm``; the
sources are the ``.ts`` files beside them, refreshed by ``scripts/i18n.sh``). Qt's own
``qtbase_<lang>.qm`` comes from PySide6's translations folder so standard dialogs and buttons
speak the same language. The current language is the default :class:`QLocale`, so there is
no module state: :func:`current_language` reads it back. UI thread only.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from fieldvault import data

LANGUAGES = ("en", "ko", "ru")
NATIVE_NAMES = {"en": "English", "ko": "한국어", "ru": "Русский"}
SYSTEM = "system"
PSEUDO_ENV = "FIELDVAULT_PSEUDO_L10N"


def catalogue_dir() -> Path:
    return data.path("i18n")


def system_language() -> str:
    """The first of the system's UI languages that Fieldvault speaks, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def resolve(preference: str) -> str:
    """``system`` (or anything unknown) follows the system; ``en``/``ko``/``ru`` are kept."""
    return preference if preference in LANGUAGES else system_language()


def current_language() -> str:
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def pseudo_from_env() -> bool:
    return os.environ.get(PSEUDO_ENV, "").strip() not in ("", "0", "false", "no")


# Placeholders, markup and mnemonics stay exactly as they are; only letters change.
_KEEP = re.compile(r"(%n|%L?\d+|\{[a-z_]*\}|<[^>]*>|&(?:[a-z]+;)?|\\n|\n)")
_ACCENTED = dict(zip("aceinorsuyzACEINORSUYZ", "àçéîñöŕšûýžÀÇÉÎÑÖŔŠÛÝŽ", strict=True))


def pseudo(text: str) -> str:
    """``Save`` -> ``[Šàvé ~~]``: accented, about 40 % longer, placeholders untouched."""
    if not text:
        return text
    parts = _KEEP.split(text)
    out = "".join(p if i % 2 else "".join(_ACCENTED.get(c, c) for c in p)
                  for i, p in enumerate(parts))
    return f"[{out} {'~' * max(2, len(text) * 2 // 5)}]"


class PseudoTranslator(QTranslator):
    """Asks the real translators first, then makes their answer longer and accented."""

    def __init__(self, inner: list[QTranslator], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.inner = inner

    def isEmpty(self) -> bool:  # noqa: N802
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        for translator in reversed(self.inner):
            text = translator.translate(context, source, disambiguation, n)
            if text:
                return pseudo(text)
        return pseudo(source)


class Translations(QObject):
    """Owns the installed translators; :meth:`apply` swaps them for another language.

    Installed translators are application-wide, so there is one of these per application,
    a child of it: get it with :meth:`of`. (A window that owned them would leave the app
    pointing at translators it deleted.)
    """

    @classmethod
    def of(cls, app: QCoreApplication) -> Translations:
        found = app.findChild(Translations, "fieldvault-translations")
        if isinstance(found, Translations):
            return found
        made = cls(app)
        made.setObjectName("fieldvault-translations")
        return made

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._installed: list[QTranslator] = []
        self.language = "en"
        self.pseudo = False

    def apply(self, preference: str, pseudo_mode: bool = False) -> str:
        """Install ``preference`` (a language code or ``system``); return the language used."""
        app = QCoreApplication.instance()
        language = resolve(preference)
        for translator in self._installed:
            if app is not None:
                app.removeTranslator(translator)
            translator.deleteLater()
        self._installed = []
        loaded = self._load(language)
        if pseudo_mode:
            loaded.append(PseudoTranslator(list(loaded), self))
        QLocale.setDefault(QLocale(language))
        if app is not None:
            for translator in loaded:
                app.installTranslator(translator)
        self._installed = loaded
        self.language, self.pseudo = language, pseudo_mode
        return language

    def _load(self, language: str) -> list[QTranslator]:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        out = []
        for name, folder in (("qtbase", qt_folder), ("fieldvault", str(catalogue_dir()))):
            if name == "qtbase" and language == "en":
                continue
            translator = QTranslator(self)
            if translator.load(f"{name}_{language}", folder):
                out.append(translator)
            else:
                translator.deleteLater()
        return out


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Mark ``source`` for the translation tools; translated later under ``context``."""
    return source
