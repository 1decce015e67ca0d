"""The one way in to bundled fonts and icons.

Fonts, icons and translations are package data (:mod:`fieldvault.data`: NanumGothic for
Hangul, DejaVu Sans for Latin and Cyrillic). When a font is missing the system fonts are used.
Call :func:`install_fonts` once, after the QApplication exists and before windows are built.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from fieldvault import data

FALLBACK_FAMILIES = ("DejaVu Sans", "NanumGothic")


def resource_dir() -> Path:
    """The package data folder (fonts/, icons/, i18n/)."""
    return data.path()


def font_files() -> list[Path]:
    folder = resource_dir() / "fonts"
    return sorted(folder.glob("*.ttf")) if folder.is_dir() else []


def install_fonts(app: QApplication) -> list[str]:
    """Register the bundled fonts and make them the fallback chain; return the families."""
    families: list[str] = []
    for path in font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    base = app.font()
    known = set(QFontDatabase.families())
    chain = [base.family()] + [f for f in FALLBACK_FAMILIES if f in known]
    font = QFont(base)
    font.setFamilies(list(dict.fromkeys(chain)))
    app.setFont(font)
    return sorted(set(families))


def text_font(point_size: int | None = None) -> QFont:
    """The font for transcript text: the app font with its fallbacks, optionally resized."""
    font = QFont(QApplication.font())
    if point_size:
        font.setPointSize(point_size)
    return font


_STANDARD = {
    "create": QStyle.StandardPixmap.SP_FileDialogNewFolder,
    "open": QStyle.StandardPixmap.SP_DirOpenIcon,
    "demo": QStyle.StandardPixmap.SP_FileDialogInfoView,
    "lock": QStyle.StandardPixmap.SP_BrowserStop,
    "import": QStyle.StandardPixmap.SP_ArrowDown,
    "add": QStyle.StandardPixmap.SP_FileIcon,
    "delete": QStyle.StandardPixmap.SP_TrashIcon,
    "search": QStyle.StandardPixmap.SP_FileDialogContentsView,
}


def icon(name: str) -> QIcon:
    """A bundled SVG/PNG icon ``resources/icons/<name>`` or the style's closest standard one."""
    for suffix in (".svg", ".png"):
        path = resource_dir() / "icons" / f"{name}{suffix}"
        if path.exists():
            return QIcon(str(path))
    standard = _STANDARD.get(name)
    style = QApplication.style()
    if standard is None or style is None:
        return QIcon()
    return style.standardIcon(standard)


def swatch(color: str, size: int = 12) -> QIcon:
    """A small filled square in a theme colour, for lists and menus."""
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setPen(QColor(color).darker(150))
    painter.setBrush(QColor(color))
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)
