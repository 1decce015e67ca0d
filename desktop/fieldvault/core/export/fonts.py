"""Bundled fonts, per-character coverage and run splitting.

reportlab has no font fallback, so every string is split into runs, each drawn with the first
bundled font that has its characters. Letters pick by priority (DejaVu Sans for Latin and
Cyrillic, then NanumGothic for Hangul); spaces, digits and punctuation stay in the current
run's font when it has them, which keeps runs long.

Font registration with reportlab is process-global; it happens once, under a lock, so a
``FontSet`` may be created from any thread.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from fieldvault import data
from fieldvault.core.export.model import ExportError

FONT_DIR = data.path("fonts")


def font_dir() -> Path:
    """The bundled fonts (package data, shared with the screen)."""
    return FONT_DIR

# (registered name, file) in priority order
REGULAR_FONTS = (("FV-DejaVuSans", "DejaVuSans.ttf"), ("FV-NanumGothic", "NanumGothic.ttf"))
BOLD_FONTS = (
    ("FV-DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
    ("FV-NanumGothic-Bold", "NanumGothicBold.ttf"),
)
# Characters drawn as a plain space (same length, so offsets stay valid).
SPACE_LIKE = {"\t": " ", "\r": " ", "\u2028": " ", "\u2029": " ", "\x0b": " ", "\x0c": " "}

_lock = threading.Lock()
_registered: dict[str, frozenset[int]] = {}


class MissingGlyph(ExportError):
    """A character that no bundled font can draw."""


def describe_char(char: str) -> str:
    """``U+1F642 SLIGHTLY SMILING FACE`` style name of a character."""
    name = unicodedata.name(char, "")
    if not name:
        name = "CONTROL CHARACTER" if unicodedata.category(char) == "Cc" else "UNNAMED CHARACTER"
    return f"U+{ord(char):04X} {name}"


def _register(name: str, path: Path) -> frozenset[int]:
    with _lock:
        if name not in _registered:
            if not path.is_file():
                raise ExportError(f"The bundled font {path.name} is missing from {path.parent}.")
            font = TTFont(name, str(path))
            pdfmetrics.registerFont(font)
            _registered[name] = frozenset(font.face.charToGlyph)
        return _registered[name]


@dataclass(frozen=True)
class _Chain:
    names: tuple[str, ...]
    coverage: tuple[frozenset[int], ...]


class FontSet:
    """The bundled fonts, regular and bold, with coverage look-ups."""

    def __init__(self, folder: Path | None = None) -> None:
        folder = folder or font_dir()
        self.regular = self._chain(folder, REGULAR_FONTS)
        self.bold = self._chain(folder, BOLD_FONTS)
        self._choice: dict[tuple[bool, str], str | None] = {}
        self._width_cache: dict[tuple[str, float, str], float] = {}

    @staticmethod
    def _chain(folder: Path, fonts: tuple[tuple[str, str], ...]) -> _Chain:
        names = tuple(name for name, _ in fonts)
        coverage = tuple(_register(name, folder / file) for name, file in fonts)
        return _Chain(names, coverage)

    @property
    def base(self) -> str:
        return self.regular.names[0]

    def font_for(self, char: str, bold: bool) -> str | None:
        """First font (bold chain, then regular) that has ``char``; None if none has."""
        key = (bold, char)
        if key not in self._choice:
            if unicodedata.category(char) == "Cc":  # fonts map controls to blank glyphs
                self._choice[key] = None
                return None
            code = ord(char)
            chains = (self.bold, self.regular) if bold else (self.regular,)
            found = None
            for chain in chains:
                for name, covered in zip(chain.names, chain.coverage, strict=True):
                    if code in covered:
                        found = name
                        break
                if found:
                    break
            self._choice[key] = found
        return self._choice[key]

    def first_missing(self, text: str) -> str | None:
        """The first character of ``text`` that no font can draw ("\\n" is a line break)."""
        bad = {
            char
            for char in set(text)
            if char != "\n" and char not in SPACE_LIKE and self.font_for(char, False) is None
        }
        if not bad:
            return None
        return next(char for char in text if char in bad)

    def check(self, text: str, where: str) -> None:
        """Raise MissingGlyph naming the first character no font has, and where it is."""
        missing = self.first_missing(text)
        if missing is not None:
            raise MissingGlyph(f"{describe_char(missing)} in {where} has no font.")

    def runs(self, text: str, bold: bool) -> list[tuple[str, str]]:
        """Split ``text`` (no line breaks) into (font name, text) runs."""
        runs: list[tuple[str, str]] = []
        current: str | None = None
        start = 0
        for index, char in enumerate(text):
            if current is not None and not char.isalpha() and self._has(current, char):
                continue
            font = self.font_for(char, bold)
            if font is None:
                raise MissingGlyph(f"{describe_char(char)} has no font.")
            if font != current:
                if current is not None:
                    runs.append((current, text[start:index]))
                current, start = font, index
        if current is not None:
            runs.append((current, text[start:]))
        return runs

    def _has(self, font: str, char: str) -> bool:
        return ord(char) in _registered[font]

    def width(self, text: str, font: str, size: float) -> float:
        key = (font, size, text)
        cached = self._width_cache.get(key)
        if cached is None:
            cached = pdfmetrics.stringWidth(text, font, size)
            if len(self._width_cache) < 200_000:
                self._width_cache[key] = cached
        return cached
