"""Rich Text Format: the text of the document body, in one linear pass.

Handled: ``\\par``/``\\line`` (new line), ``\\tab``, ``\\uN`` with ``\\ucN`` fallback
skipping, ``\\binN`` data skipped unread, ``\\'hh`` bytes decoded in the code page of the
current font's ``\\fcharset`` or else the document's ``\\ansicpg`` (consecutive bytes
together, so double-byte CP949 text reads), escaped ``\\ \\{ \\}`` and ``\\~``;
destinations that hold no body text (font and colour tables, style sheets, document info,
pictures, objects, field instructions, headers and footers, ``{\\*...}``) are skipped.
Group nesting is kept on a list, not the call stack.
"""

from __future__ import annotations

import codecs
import re

from fieldvault.core.errors import InputError

MAX_DEPTH = 10_000
_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|"
                    rb"([^\\{}\r\n]+)|[\r\n]+", re.DOTALL)
_SKIPPED = frozenset({
    "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "fldinst", "header",
    "footer", "headerl", "headerr", "headerf", "footerl", "footerr", "footerf", "footnote",
    "annotation", "listtable", "listoverridetable", "revtbl", "rsidtbl", "themedata",
    "colorschememapping", "datastore", "latentstyles", "generator", "xmlnstbl", "filetbl",
    "pgdsctbl", "bkmkstart", "bkmkend", "atnid", "atnauthor", "nonshppict", "shppict"})
_NEWLINE = frozenset({"par", "line", "sect", "page", "row"})
_CHARSETS = {0: "cp1252", 77: "mac_roman", 128: "cp932", 129: "cp949", 130: "johab",
             134: "gbk", 136: "cp950", 161: "cp1253", 162: "cp1254", 163: "cp1258",
             177: "cp1255", 178: "cp1256", 186: "cp1257", 204: "cp1251", 222: "cp874",
             238: "cp1250"}


class _Group:
    __slots__ = ("skip", "uc", "font")

    def __init__(self, skip: bool = False, uc: int = 1, font: int | None = None) -> None:
        self.skip, self.uc, self.font = skip, uc, font

    def child(self) -> _Group:
        return _Group(self.skip, self.uc, self.font)


class _Reader:
    def __init__(self, name: str) -> None:
        self.name = name
        self.out: list[str] = []
        self.pending = bytearray()  # \'hh bytes not yet decoded
        self.stack = [_Group()]
        self.codepage = "cp1252"
        self.fonts: dict[int, str] = {}
        self.font_number: int | None = None  # while reading the font table
        self.skip_chars = 0  # fallback characters still to skip after a \uN
        self.high = 0  # a UTF-16 high surrogate waiting for its low half

    @property
    def group(self) -> _Group:
        return self.stack[-1]

    def run(self, data: bytes) -> str:
        position = 0
        while position < len(data):
            match = _TOKEN.match(data, position)
            if match is None:  # a lone backslash at the very end
                break
            position = match.end()
            word, number, hexbyte, symbol, brace, text = match.groups()
            if word == b"bin" and number is not None:  # N raw bytes follow: never parsed
                position += max(0, int(number))
                continue
            if hexbyte is None:
                self.flush()
            if brace is not None:
                self.brace(brace)
            elif word is not None:
                self.control(word.decode("ascii"), None if number is None else int(number))
            elif hexbyte is not None:
                self.byte(int(hexbyte, 16))
            elif symbol is not None:
                self.symbol(symbol)
            elif text is not None:
                self.text(text)
        self.flush()
        if len(self.stack) != 1:
            raise InputError(f"{self.name} ends before its last group closes; it may be "
                             "truncated.")
        return "".join(self.out)

    def brace(self, brace: bytes) -> None:
        if brace == b"{":
            if len(self.stack) >= MAX_DEPTH:
                raise InputError(f"{self.name} nests groups more than {MAX_DEPTH:,} deep; "
                                 "it was not read.")
            self.stack.append(self.group.child())
            return
        if len(self.stack) == 1:
            raise InputError(f"{self.name} closes more groups than it opens; it is damaged.")
        self.stack.pop()

    def control(self, word: str, number: int | None) -> None:
        group = self.group
        if word in _SKIPPED:
            group.skip = True
        if word == "fonttbl":
            self.fonts_start()
        if word == "f" and number is not None:
            self.font(number)
        elif word == "fcharset" and number is not None and self.font_number is not None:
            self.fonts[self.font_number] = _CHARSETS.get(number, self.codepage)
        elif word == "ansicpg" and number is not None:
            self.codepage = _codepage(number, self.codepage)
        elif word == "uc" and number is not None:
            group.uc = max(0, min(number, 10))
        elif word == "u" and number is not None:
            self.unicode(number + 65536 if number < 0 else number)
            self.skip_chars = group.uc
            return
        elif word in _NEWLINE:
            self.emit("\n")
        elif word in ("tab", "cell"):
            self.emit("\t")
        elif word in ("emdash", "endash", "lquote", "rquote", "ldblquote", "rdblquote",
                      "bullet"):
            self.emit(_NAMED[word])
        self.skip_chars = 0

    def unicode(self, value: int) -> None:
        """RTF writes UTF-16 code units (above 32767 as negative numbers)."""
        if 0xD800 <= value <= 0xDBFF:
            self.high = value
            return
        if 0xDC00 <= value <= 0xDFFF and self.high:
            value = 0x10000 + ((self.high - 0xD800) << 10) + (value - 0xDC00)
        elif 0xD800 <= value <= 0xDFFF or not 0 < value < 0x110000:
            value = 0xFFFD
        self.high = 0
        self.emit(chr(value))

    def fonts_start(self) -> None:
        self.font_number = -1

    def font(self, number: int) -> None:
        if self.group.skip and self.font_number is not None:
            self.font_number = number
        else:
            self.group.font = number

    def symbol(self, symbol: bytes) -> None:
        if symbol == b"*":
            self.group.skip = True
        elif symbol in (b"\\", b"{", b"}"):
            self.literal(symbol.decode("ascii"))
        elif symbol == b"~":
            self.literal("\u00a0")
        elif symbol == b"_":
            self.literal("\u2011")
        elif symbol in (b"\n", b"\r"):
            self.emit("\n")

    def literal(self, char: str) -> None:
        if self.skip_chars:
            self.skip_chars -= 1
        else:
            self.emit(char)

    def text(self, text: bytes) -> None:
        skip = min(self.skip_chars, len(text))
        self.skip_chars -= skip
        if not self.group.skip and text[skip:]:
            self.out.append(text[skip:].decode(self._codec(), "replace"))

    def byte(self, value: int) -> None:
        if self.skip_chars:
            self.skip_chars -= 1
        elif not self.group.skip:
            self.pending.append(value)

    def flush(self) -> None:
        if self.pending:
            self.out.append(bytes(self.pending).decode(self._codec(), "replace"))
            self.pending.clear()

    def emit(self, text: str) -> None:
        if not self.group.skip:
            self.out.append(text)

    def _codec(self) -> str:
        font = self.group.font
        return self.fonts.get(font, self.codepage) if font is not None else self.codepage


_NAMED = {"emdash": "\u2014", "endash": "\u2013", "lquote": "\u2018", "rquote": "\u2019",
          "ldblquote": "\u201c", "rdblquote": "\u201d", "bullet": "\u2022"}


def _codepage(number: int, default: str) -> str:
    try:
        return codecs.lookup(f"cp{number}").name
    except LookupError:
        return default


def read_rtf(data: bytes, name: str) -> str:
    if not data.lstrip()[:5] == b"{\\rtf":
        raise InputError(f"{name} is not an RTF file: it does not start with {{\\rtf.")
    text = _Reader(name).run(data)
    return text.replace("\r\n", "\n")
