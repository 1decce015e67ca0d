"""Preferences and window layout, declared once with types and defaults.

Only layout and preferences go to QSettings: never case data, and vault paths only when the
user turns on "remember recent vaults" (off by default; turning it off forgets the list).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

IDLE_LOCK_MINUTES = 5
CLIPBOARD_SECONDS = 30
MAX_RECENT = 8
LANGUAGE_CHOICES = ("system", "en", "ko", "ru")


class Settings:
    """Typed access to the app's QSettings. Pass ``path`` for an INI file (tests)."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                    "Fieldvault", "fieldvault")
        else:
            self._store = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def file_name(self) -> str:
        return self._store.fileName()

    def sync(self) -> None:
        self._store.sync()

    # --- preferences ----------------------------------------------------------------------

    @property
    def idle_lock_minutes(self) -> int:
        value = self._store.value("lock/idle_minutes", IDLE_LOCK_MINUTES)
        try:
            return max(1, int(str(value)))
        except ValueError:
            return IDLE_LOCK_MINUTES

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, minutes: int) -> None:
        self._store.setValue("lock/idle_minutes", max(1, int(minutes)))

    @property
    def remember_recent(self) -> bool:
        return str(self._store.value("privacy/remember_recent", "false")).lower() == "true"

    @remember_recent.setter
    def remember_recent(self, on: bool) -> None:
        self._store.setValue("privacy/remember_recent", "true" if on else "false")
        if not on:
            self._store.remove("privacy/recent_vaults")

    @property
    def recent_vaults(self) -> list[Path]:
        if not self.remember_recent:
            return []
        raw = self._store.value("privacy/recent_vaults", [])
        items = [raw] if isinstance(raw, str) else list(raw or [])  # type: ignore[call-overload]
        return [Path(str(item)) for item in items if str(item)]

    def add_recent(self, path: Path) -> None:
        """Remember ``path`` first in the list, only when the user turned this on."""
        if not self.remember_recent:
            return
        paths = [str(path)] + [str(p) for p in self.recent_vaults if p != path]
        self._store.setValue("privacy/recent_vaults", paths[:MAX_RECENT])

    def forget_recent(self, path: Path) -> None:
        """Drop ``path`` from the recent list (after it was wiped)."""
        if self.remember_recent:
            paths = [str(p) for p in self.recent_vaults if p != path]
            self._store.setValue("privacy/recent_vaults", paths)

    @property
    def language(self) -> str:
        """``system`` (follow the system locale) or ``en``/``ko``/``ru``."""
        value = str(self._store.value("interface/language", "system"))
        return value if value in LANGUAGE_CHOICES else "system"

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("interface/language",
                             value if value in LANGUAGE_CHOICES else "system")

    @property
    def pseudo_l10n(self) -> bool:
        """Pseudo-localisation for testing layouts (longer, accented strings)."""
        return str(self._store.value("interface/pseudo_l10n", "false")).lower() == "true"

    @pseudo_l10n.setter
    def pseudo_l10n(self, on: bool) -> None:
        self._store.setValue("interface/pseudo_l10n", "true" if on else "false")

    # --- layout ---------------------------------------------------------------------------

    def layout(self, name: str) -> QByteArray | None:
        value = self._store.value(f"layout/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_layout(self, name: str, state: QByteArray) -> None:
        self._store.setValue(f"layout/{name}", state)

    def keys(self) -> list[str]:
        return list(self._store.allKeys())
