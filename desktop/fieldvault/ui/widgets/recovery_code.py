"""A recovery code shown and printed as three lines of three groups, never wrapped.

A QLabel with word wrap breaks the code after any hyphen wherever the width runs out; here the
line breaks are fixed (three groups of four per line), so what is written down or printed
reads the same as the screen. Nothing here keeps the code once :meth:`RecoveryCodeView.wipe`
ran.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QWidget

GROUPS_PER_LINE = 3


def code_lines(code: str) -> list[str]:
    groups = code.split("-")
    return ["-".join(groups[i:i + GROUPS_PER_LINE])
            for i in range(0, len(groups), GROUPS_PER_LINE)]


def code_font(scale: float = 1.4, base: float = 10.0) -> QFont:
    font = QFont("DejaVu Sans Mono")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(base * scale)
    return font


class RecoveryCodeView(QLabel):
    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(code_font(1.4, self.font().pointSizeF()))
        self.setWordWrap(False)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(QCoreApplication.translate("RecoveryCodeView", "Recovery code"))
        self.code = code
        self.setText("\n".join(code_lines(code)))

    def wipe(self) -> None:
        self.code = ""
        self.setText("")


def print_code(code: str, printer: QPrinter, vault_name: str) -> None:
    """Paint a sheet: heading, the code in three unbroken lines, what to do with it."""
    painter = QPainter(printer)
    try:
        page = printer.pageLayout().paintRectPixels(printer.resolution())
        width = float(page.width())
        heading = QCoreApplication.translate(
            "RecoveryCodeView", "Recovery code for the vault “{name}”, made on {day}").format(
            name=vault_name, day=date.today().isoformat())
        y, family = 0.0, painter.font().family()
        painter.setFont(QFont(family, 12))
        box = painter.boundingRect(QRectF(0, y, width, 1000), Qt.TextFlag.TextWordWrap, heading)
        painter.drawText(box, Qt.TextFlag.TextWordWrap, heading)
        y += box.height() + printer.resolution() * 0.4
        painter.setFont(code_font(2.0))
        for line in code_lines(code):
            box = painter.boundingRect(QRectF(0, y, width, 1000), 0, line)
            painter.drawText(box, 0, line)
            y += box.height() * 1.3
        painter.setFont(QFont(family, 10))
        advice = QCoreApplication.translate(
            "RecoveryCodeView", "It opens the vault when the passphrase is forgotten. Keep "
            "this sheet away from the computer, where nobody else can read it.")
        y += printer.resolution() * 0.3
        painter.drawText(QRectF(0, y, width, 1000), Qt.TextFlag.TextWordWrap, advice)
    finally:
        painter.end()


def pdf_printer(path: str) -> QPrinter:
    """A printer writing a PDF file (for tests; the app asks with the system print dialog)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer
