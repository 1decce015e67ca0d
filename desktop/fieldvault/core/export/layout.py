"""Line breaking and pagination: styled pieces in, positioned lines per page out.

Pure computation, no canvas: the renderer only draws what this module placed, which makes
"page X of N" and a contents list with page numbers a single pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4

from fieldvault.core.export.fonts import SPACE_LIKE, FontSet

PAGE_WIDTH, PAGE_HEIGHT = float(A4[0]), float(A4[1])
MARGIN_LEFT = 64.0
MARGIN_RIGHT = 56.0
BODY_TOP = PAGE_HEIGHT - 72.0
BODY_BOTTOM = 62.0
BODY_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
CELL_PAD = 4.0

_PARTS = re.compile(r"[ \u3000]+|[^ \u3000]+")
_SPACES = str.maketrans({**SPACE_LIKE, "\n": " "})  # paragraphs are split before layout


@dataclass(frozen=True)
class Style:
    size: float = 10.0
    bold: bool = False
    color: str = "#1a1a1a"
    bg: str | None = None


@dataclass(frozen=True)
class Piece:
    """Styled text. ``bars`` are colours drawn in the left margin beside its lines;
    ``nobreak`` keeps the piece on one line; ``swatch`` draws a colour square instead."""

    text: str
    style: Style = Style()
    bars: tuple[str, ...] = ()
    nobreak: bool = False
    swatch: str | None = None


@dataclass(frozen=True)
class Run:
    x: float
    width: float
    font: str
    size: float
    text: str
    color: str
    bg: str | None
    swatch: str | None = None


@dataclass(frozen=True)
class Line:
    runs: tuple[Run, ...]
    leading: float
    bars: tuple[str, ...] = ()
    page_ref: str | None = None  # anchor whose page number is drawn right-aligned


@dataclass(frozen=True)
class PlacedLine:
    x: float
    top: float
    line: Line


@dataclass(frozen=True)
class PlacedRule:
    x1: float
    x2: float
    y: float
    color: str = "#9a9a9a"


@dataclass(frozen=True)
class PlacedImage:
    """A picture from the renderer's image table, ``key`` naming it; (x, y) bottom left."""

    key: str
    x: float
    y: float
    width: float
    height: float


@dataclass
class Page:
    label: str
    items: list[PlacedLine | PlacedRule | PlacedImage] = field(default_factory=list)


# ----- blocks ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Para:
    pieces: Sequence[Piece]
    leading: float = 14.0
    indent: float = 0.0
    space_before: float = 0.0
    space_after: float = 4.0
    keep_with_next: bool = False
    page_ref: str | None = None


@dataclass(frozen=True)
class Table:
    widths: Sequence[float]  # fractions of the body width
    header: Sequence[Sequence[Piece]]
    rows: Sequence[Sequence[Sequence[Piece]]]
    leading: float = 12.0
    space_after: float = 8.0


@dataclass(frozen=True)
class NewPage:
    label: str
    anchor: str | None = None


@dataclass(frozen=True)
class Spacer:
    height: float


@dataclass(frozen=True)
class Picture:
    """An image of ``width`` x ``height`` pixels, drawn as large as the rest of the page
    allows (aspect kept, at most MAX_PICTURE_SCALE points per pixel), centred."""

    key: str
    width: int
    height: int


MAX_PICTURE_SCALE = 2.0
MIN_PICTURE_ROOM = 160.0  # less room than this left on the page: the picture starts a new one

Block = Para | Table | NewPage | Spacer | Picture


# ----- line breaking --------------------------------------------------------------------


@dataclass(frozen=True)
class _Frag:
    font: str
    text: str
    width: float
    piece: Piece
    space: bool


SWATCH_FONT = ""


def _fragments(pieces: Sequence[Piece], fonts: FontSet) -> list[list[_Frag]]:
    """Group pieces into words: non-space fragments followed by their trailing spaces."""
    words: list[list[_Frag]] = []
    current: list[_Frag] = []
    trailing = False
    for piece in pieces:
        size = piece.style.size
        if piece.swatch is not None:
            if current:
                words.append(current)
            words.append([_Frag(SWATCH_FONT, "", size * 1.6, piece, False)])
            current, trailing = [], False
            continue
        text = piece.text.translate(_SPACES)
        for font, run_text in fonts.runs(text, piece.style.bold):
            parts = [run_text] if piece.nobreak else _PARTS.findall(run_text)
            for part in parts:
                is_space = not piece.nobreak and part[0] in " \u3000"
                if trailing and not is_space:
                    words.append(current)
                    current, trailing = [], False
                width = fonts.width(part, font, size)
                current.append(_Frag(font, part, width, piece, is_space))
                trailing = trailing or is_space
    if current:
        words.append(current)
    return words


def _split_long(word: list[_Frag], avail: float, fonts: FontSet) -> Iterator[list[_Frag]]:
    """Break a word wider than the line at character boundaries."""
    chunk: list[_Frag] = []
    used = 0.0
    for frag in word:
        if frag.space:
            continue
        for char in frag.text:
            width = fonts.width(char, frag.font, frag.piece.style.size)
            if chunk and used + width > avail:
                yield chunk
                chunk, used = [], 0.0
            chunk.append(_Frag(frag.font, char, width, frag.piece, False))
            used += width
    if chunk:
        yield chunk


def wrap(pieces: Sequence[Piece], avail: float, fonts: FontSet) -> list[list[_Frag]]:
    """Greedy line filling; trailing spaces of a line are dropped."""
    lines: list[list[_Frag]] = []
    line: list[_Frag] = []
    used = 0.0
    for word in _fragments(pieces, fonts):
        core = sum(frag.width for frag in word if not frag.space)
        spaces = sum(frag.width for frag in word if frag.space)
        if line and used + core > avail:
            lines.append(_strip(line))
            line, used = [], 0.0
        if core > avail:
            lines.extend(_split_long(word, avail, fonts))
            continue
        line.extend(word)
        used += core + spaces
    if line or not lines:
        lines.append(_strip(line))
    return lines


def _strip(line: list[_Frag]) -> list[_Frag]:
    end = len(line)
    while end and line[end - 1].space:
        end -= 1
    return line[:end]


def build_line(
    frags: Sequence[_Frag], leading: float, indent: float, page_ref: str | None = None
) -> Line:
    """Position fragments from ``indent`` and merge neighbours that look the same."""
    runs: list[Run] = []
    bars: list[str] = []
    x = indent
    for frag in frags:
        style = frag.piece.style
        for colour in frag.piece.bars:
            if colour not in bars:
                bars.append(colour)
        last = runs[-1] if runs else None
        same = (
            last is not None
            and frag.piece.swatch is None
            and last.swatch is None
            and (last.font, last.size, last.color, last.bg)
            == (frag.font, style.size, style.color, style.bg)
        )
        if last is not None and same:
            runs[-1] = Run(last.x, last.width + frag.width, last.font, last.size,
                           last.text + frag.text, last.color, last.bg)
        else:
            runs.append(Run(x, frag.width, frag.font, style.size, frag.text, style.color,
                            style.bg, frag.piece.swatch))
        x += frag.width
    return Line(tuple(runs), leading, tuple(bars), page_ref)


def para_lines(para: Para, avail: float, fonts: FontSet) -> list[Line]:
    width = avail - para.indent
    wrapped = wrap(para.pieces, width, fonts)
    lines = [build_line(frags, para.leading, para.indent) for frags in wrapped]
    if para.page_ref is not None:
        last = lines[-1]
        lines[-1] = Line(last.runs, last.leading, last.bars, para.page_ref)
    return lines


# ----- pagination -----------------------------------------------------------------------


class Paginator:
    """Places blocks top to bottom, starting new pages as needed.

    ``anchors`` maps an anchor name to the 1-based page where its NewPage began.
    """

    def __init__(self, fonts: FontSet, label: str) -> None:
        self.fonts = fonts
        self.pages: list[Page] = [Page(label)]
        self.top = BODY_TOP
        self.anchors: dict[str, int] = {}

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def _fresh(self) -> bool:
        return not self.page.items

    def new_page(self, label: str | None = None) -> None:
        if self._fresh():
            if label is not None:
                self.page.label = label
            return
        self.pages.append(Page(label if label is not None else self.page.label))
        self.top = BODY_TOP

    def _room(self) -> float:
        return self.top - BODY_BOTTOM

    def add(self, block: Block, following: Block | None = None) -> None:
        if isinstance(block, NewPage):
            self.new_page(block.label)
            if block.anchor is not None:
                self.anchors[block.anchor] = len(self.pages)
        elif isinstance(block, Spacer):
            if not self._fresh():
                self.top -= block.height
        elif isinstance(block, Para):
            self._add_para(block, following)
        elif isinstance(block, Picture):
            self._add_picture(block)
        else:
            self._add_table(block)

    def _add_picture(self, picture: Picture) -> None:
        if self._room() < MIN_PICTURE_ROOM:
            self.new_page()
        scale = min(BODY_WIDTH / picture.width, self._room() / picture.height,
                    MAX_PICTURE_SCALE)
        width, height = picture.width * scale, picture.height * scale
        x = MARGIN_LEFT + (BODY_WIDTH - width) / 2
        self.page.items.append(PlacedImage(picture.key, x, self.top - height, width, height))
        self.top -= height

    def _add_para(self, para: Para, following: Block | None) -> None:
        lines = para_lines(para, BODY_WIDTH, self.fonts)
        if not self._fresh():
            self.top -= para.space_before
        needed = sum(line.leading for line in lines[:2])
        if para.keep_with_next and isinstance(following, Para | Table):
            needed = sum(line.leading for line in lines) + 3 * following.leading
        if needed > self._room():
            self.new_page()
        for line in lines:
            if line.leading > self._room():
                self.new_page()
            self.page.items.append(PlacedLine(MARGIN_LEFT, self.top, line))
            self.top -= line.leading
        self.top -= para.space_after

    def _cell_lines(self, table: Table, row: Sequence[Sequence[Piece]]) -> list[list[Line]]:
        cells: list[list[Line]] = []
        for fraction, pieces in zip(table.widths, row, strict=True):
            width = fraction * BODY_WIDTH - 2 * CELL_PAD
            wrapped = wrap(pieces, width, self.fonts)
            cells.append([build_line(frags, table.leading, 0.0) for frags in wrapped])
        return cells

    def _add_table(self, table: Table) -> None:
        header = self._cell_lines(table, table.header)
        header_height = _row_height(header, table.leading)
        if header_height + table.leading * 2 > self._room():
            self.new_page()
        self._place_row(table, header, rule=True)
        for row in table.rows:
            cells = self._cell_lines(table, row)
            height = _row_height(cells, table.leading)
            if height > self._room():
                if height <= BODY_TOP - BODY_BOTTOM - header_height:
                    self.new_page()
                    self._place_row(table, header, rule=True)
                else:
                    cells = self._split_row(table, cells, header)
            self._place_row(table, cells, rule=False)
        self.top -= table.space_after

    def _split_row(
        self, table: Table, cells: list[list[Line]], header: list[list[Line]]
    ) -> list[list[Line]]:
        """Place the leading lines of an over-tall row on this page; return the rest."""
        while _row_height(cells, table.leading) > self._room():
            fit = max(1, int((self._room() - 2 * CELL_PAD) // table.leading))
            self._place_row(table, [cell[:fit] for cell in cells], rule=False)
            cells = [cell[fit:] for cell in cells]
            self.new_page()
            self._place_row(table, header, rule=True)
        return cells

    def _place_row(self, table: Table, cells: list[list[Line]], rule: bool) -> None:
        x = MARGIN_LEFT
        top = self.top - CELL_PAD
        for fraction, lines in zip(table.widths, cells, strict=True):
            for index, line in enumerate(lines):
                y = top - index * table.leading
                self.page.items.append(PlacedLine(x + CELL_PAD, y, line))
            x += fraction * BODY_WIDTH
        self.top -= _row_height(cells, table.leading)
        colour = "#555555" if rule else "#d0d0d0"
        self.page.items.append(PlacedRule(MARGIN_LEFT, MARGIN_LEFT + BODY_WIDTH, self.top, colour))


def _row_height(cells: Sequence[Sequence[Line]], leading: float) -> float:
    return max((len(lines) for lines in cells), default=1) * leading + 2 * CELL_PAD


def paginate(
    blocks: Sequence[Block], fonts: FontSet, progress: Callable[[int, int], None] | None = None
) -> tuple[list[Page], dict[str, int]]:
    """Lay out all blocks; ``progress(done, total)`` is called every 200 blocks."""
    pager = Paginator(fonts, "")
    total = len(blocks)
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < total else None
        pager.add(block, following)
        if progress is not None and index % 200 == 0:
            progress(index, total)
    return pager.pages, pager.anchors

