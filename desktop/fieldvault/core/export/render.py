"""Draw laid-out pages with reportlab into PDF bytes.

Privacy settings: ``invariant=1`` (fixed dates and ID, no local UTC offset), an Info dictionary
with only the whitelisted keys of ``info_for`` (no author, creator, dates, keywords), no XMP,
no outline, no annotations, no links. Nothing is written to disk here.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFString
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from fieldvault.core.export.fonts import FontSet
from fieldvault.core.export.layout import (
    BODY_WIDTH,
    MARGIN_LEFT,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    Line,
    Page,
    Piece,
    PlacedImage,
    PlacedLine,
    PlacedRule,
    Style,
    build_line,
    wrap,
)
from fieldvault.core.export.wording import wording

PRODUCER = "Fieldvault"
_render_lock = threading.Lock()
CHROME = Style(8.0, False, "#555555")


def info_for(export_id: str) -> dict[str, str]:
    """The complete, fixed Info dictionary of an export PDF (keys as pypdf reports them)."""
    return {"/Title": f"Fieldvault export {export_id}", "/Producer": PRODUCER}


class _WhitelistInfo(PDFInfo):  # type: ignore[misc]
    """Info dictionary holding only Title and Producer."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title

    def digest(self, md5object: Any) -> None:
        md5object.update(self.title.encode("utf-8"))

    def format(self, document: Any) -> bytes:
        entries = {"Title": PDFString(self.title), "Producer": PDFString(PRODUCER)}
        result: bytes = PDFDictionary(entries).format(document)
        return result


@dataclass(frozen=True)
class Chrome:
    """Header and footer text of every page."""

    export_id: str
    profile: str
    content_sha256: str
    language: str = "en"  # of the header and footer wording


class _Painter:
    def __init__(self, canvas: Canvas, fonts: FontSet, anchors: dict[str, int],
                 images: Mapping[str, bytes]) -> None:
        self.canvas = canvas
        self.fonts = fonts
        self.anchors = anchors
        self.images = images
        self._colors: dict[str, Color] = {}
        self._font: tuple[str, float] | None = None  # text state of the current page
        self._fill: str | None = None

    def color(self, value: str) -> Color:
        if value not in self._colors:
            self._colors[value] = HexColor(value)
        return self._colors[value]

    def page(self, page: Page, number: int, total: int, chrome: Chrome) -> None:
        lines = [item for item in page.items if isinstance(item, PlacedLine)]
        rules = [item for item in page.items if isinstance(item, PlacedRule)]
        text = self.canvas.beginText()
        self._font = self._fill = None
        for placed in lines:
            self._backgrounds(placed)
        for rule in rules:
            self._rule(rule)
        for image in (item for item in page.items if isinstance(item, PlacedImage)):
            self.canvas.drawImage(ImageReader(io.BytesIO(self.images[image.key])), image.x,
                                  image.y, image.width, image.height)
        for placed in lines:
            self._text(text, placed.x, _baseline(placed), placed.line)
        self._chrome(text, page.label, number, total, chrome)
        self.canvas.drawText(text)

    def _backgrounds(self, placed: PlacedLine) -> None:
        canvas, line = self.canvas, placed.line
        baseline = _baseline(placed)
        for index, colour in enumerate(line.bars):
            canvas.setFillColor(self.color(colour))
            canvas.rect(MARGIN_LEFT - 12 - 4 * index, placed.top - line.leading, 2.6,
                        line.leading, stroke=0, fill=1)
        for run in line.runs:
            if run.swatch is not None:
                canvas.setFillColor(self.color(run.swatch))
                x = placed.x + run.x
                canvas.rect(x, baseline - run.size * 0.1, run.size, run.size, stroke=0, fill=1)
        for x, width, size, colour in _highlights(line):
            canvas.setFillColor(self.color(colour))
            canvas.rect(placed.x + x, baseline - size * 0.28, width, size * 1.2, stroke=0, fill=1)

    def _rule(self, rule: PlacedRule) -> None:
        self.canvas.setStrokeColor(self.color(rule.color))
        self.canvas.setLineWidth(0.5)
        self.canvas.line(rule.x1, rule.y, rule.x2, rule.y)

    def _text(self, text: PDFTextObject, x0: float, baseline: float, line: Line) -> None:
        cursor: float | None = None
        for run in line.runs:
            if run.swatch is not None or not run.text:
                cursor = None
                continue
            x = x0 + run.x
            if cursor is None or abs(cursor - x) > 0.01:
                text.setTextOrigin(x, baseline)
            if (run.font, run.size) != self._font:
                text.setFont(run.font, run.size)
                self._font = (run.font, run.size)
            if run.color != self._fill:
                text.setFillColor(self.color(run.color))
                self._fill = run.color
            text.textOut(run.text)
            cursor = x + run.width
        if line.page_ref is not None:
            self._right(text, str(self.anchors.get(line.page_ref, "")), baseline, BODY_WIDTH)

    def _right(self, text: PDFTextObject, value: str, baseline: float, right: float) -> None:
        line = build_line(wrap([Piece(value, CHROME)], BODY_WIDTH, self.fonts)[0], 10.0, 0.0)
        width = sum(run.width for run in line.runs)
        self._text(text, MARGIN_LEFT + right - width, baseline, line)

    def _chrome(
        self, text: PDFTextObject, label: str, number: int, total: int, chrome: Chrome
    ) -> None:
        head = PAGE_HEIGHT - 40.0
        foot = 34.0
        w = wording(chrome.language)
        self._left(text, w.say("header", export_id=chrome.export_id), head)
        self._right(text, label, head, BODY_WIDTH)
        digest = chrome.content_sha256[:16]
        self._left(text, w.say("footer", profile=chrome.profile, digest=digest), foot)
        self._right(text, w.say("page", number=number, total=total), foot, BODY_WIDTH)
        self.canvas.setStrokeColor(self.color("#b0b0b0"))
        self.canvas.setLineWidth(0.4)
        self.canvas.line(MARGIN_LEFT, head - 6, MARGIN_LEFT + BODY_WIDTH, head - 6)
        self.canvas.line(MARGIN_LEFT, foot + 11, MARGIN_LEFT + BODY_WIDTH, foot + 11)

    def _left(self, text: PDFTextObject, value: str, baseline: float) -> None:
        line = build_line(wrap([Piece(value, CHROME)], BODY_WIDTH, self.fonts)[0], 10.0, 0.0)
        self._text(text, MARGIN_LEFT, baseline, line)


def _highlights(line: Line) -> list[tuple[float, float, float, str]]:
    """(x, width, size, colour) of background boxes, neighbouring runs merged."""
    boxes: list[tuple[float, float, float, str]] = []
    for run in line.runs:
        if run.bg is None or run.swatch is not None:
            continue
        if boxes and boxes[-1][3] == run.bg and abs(boxes[-1][0] + boxes[-1][1] - run.x) < 0.01:
            x, width, size, colour = boxes[-1]
            boxes[-1] = (x, width + run.width, max(size, run.size), colour)
        else:
            boxes.append((run.x, run.width, run.size, run.bg))
    return boxes


def _baseline(placed: PlacedLine) -> float:
    size = max((run.size for run in placed.line.runs), default=10.0)
    return placed.top - (placed.line.leading - size) / 2 - size * 0.82


def render_pdf(
    pages: Sequence[Page],
    anchors: dict[str, int],
    chrome: Chrome,
    fonts: FontSet,
    tick: Callable[[int, int], None] | None = None,
    images: Mapping[str, bytes] | None = None,
) -> bytes:
    """Draw ``pages`` and return the PDF file's bytes; ``tick(done, total)`` per page.
    ``images`` holds the JPEG bytes of every PlacedImage key (photos chosen for the export).

    reportlab keeps per-document font subset state in its global font objects and reads the
    global ``rl_config``, so one rendering runs at a time (others wait on a lock).
    """
    with _render_lock:
        return _render(pages, anchors, chrome, fonts, tick, images or {})


def _render(
    pages: Sequence[Page],
    anchors: dict[str, int],
    chrome: Chrome,
    fonts: FontSet,
    tick: Callable[[int, int], None] | None,
    images: Mapping[str, bytes],
) -> bytes:
    rl_config.useA85 = 0  # binary Flate streams: smaller and faster than ASCII85
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=1, pageCompression=1,
                    initialFontName=fonts.base, initialFontSize=10)
    canvas._doc.info = _WhitelistInfo(info_for(chrome.export_id)["/Title"])
    painter = _Painter(canvas, fonts, anchors, images)
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        painter.page(page, number, total, chrome)
        canvas.showPage()
        if tick is not None:
            tick(number, total)
    canvas.save()
    return buffer.getvalue()
