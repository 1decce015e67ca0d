"""ZIP archives of XML (.docx, .odt, .hwpx) read in memory, and their XML flattened to lines.

Bounds, whatever the archive claims: at most :data:`MAX_ENTRIES` entries (counted from the
end record before the central directory is parsed, so a forged directory of millions of
entries costs nothing), and at most :data:`MAX_XML_BYTES` unpacked bytes read from any entry
(a zip bomb stops there). Nothing is extracted to disk. XML is parsed by defusedxml with
DTDs forbidden, so no entity is ever expanded and no external resource is fetched. The
walk over elements is iterative, so a document nested a million levels deep costs no
recursion.
"""

from __future__ import annotations

import io
import struct
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from fieldvault.core.errors import InputError

MAX_ENTRIES = 10_000
MAX_XML_BYTES = 64 * 2**20
_END = b"PK\x05\x06"
_DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError,
            struct.error, OSError)


class Archive:
    """The entries of one ZIP held in memory; ``kind`` names the format in sentences."""

    def __init__(self, data: bytes, name: str, kind: str) -> None:
        self.name, self.kind = name, kind
        _check_entry_count(data, name, kind)
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except _DAMAGED as exc:
            raise InputError(f"{name} is not a {kind} file: it is not a ZIP archive or it is "
                             "damaged.") from exc
        self.names = {info.filename for info in self.zip.infolist()}

    def read(self, entry: str, limit: int = MAX_XML_BYTES) -> bytes:
        """The unpacked bytes of ``entry``, never more than ``limit`` of them."""
        too_big = InputError(f"{self.name}: the part {entry[:60]} unpacks to more than "
                             f"{limit // 2**20} MiB; it was not read.")
        try:
            info = self.zip.getinfo(entry)
        except KeyError as exc:
            raise InputError(f"{self.name} is not a {self.kind} file: it has no "
                             f"{entry[:60]} inside.") from exc
        if info.file_size > limit:
            raise too_big
        if info.flag_bits & 0x1:
            raise InputError(f"{self.name} is password-protected; save an unprotected copy "
                             "to import it.")
        try:
            with self.zip.open(info) as handle:
                data = handle.read(limit + 1)
        except (*_DAMAGED, RuntimeError) as exc:
            raise InputError(f"{self.name} is damaged or truncated: its part {entry[:60]} "
                             "cannot be unpacked.") from exc
        if len(data) > limit:
            raise too_big
        return data

    def xml(self, entry: str) -> ET.Element:
        return parse_xml(self.read(entry), f"{self.name}: {entry[:60]}")


def _check_entry_count(data: bytes, name: str, kind: str) -> None:
    """Refuse an archive that says it holds more than MAX_ENTRIES entries, before parsing."""
    at = data.rfind(_END, max(0, len(data) - 65_557))
    if at < 0 or len(data) < at + 22:
        raise InputError(f"{name} is not a {kind} file: it is not a ZIP archive or it is "
                         "truncated.")
    entries = struct.unpack_from("<H", data, at + 10)[0]
    if entries > MAX_ENTRIES:  # 0xFFFF too: ZIP64, which no document needs
        raise InputError(f"{name} holds more than {MAX_ENTRIES:,} parts, more than any "
                         f"{kind} document; it was not read.")


def parse_xml(data: bytes, where: str) -> ET.Element:
    try:
        root: ET.Element = fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise InputError(f"{where} declares a DTD or entities, which documents do not need; "
                         "it was not read.") from exc
    except (ET.ParseError, ValueError, LookupError) as exc:  # LookupError: unknown encoding
        raise InputError(f"{where} is not well-formed XML; the file may be damaged.") from exc
    return root


@dataclass
class Layout:
    """How a format's XML holds text.

    Tags are local names (without the namespace), so a format's namespace versions (OOXML
    transitional and strict, OWPML 2011 and later) read alike. ``paragraphs`` end a line;
    text inside a ``text_holders`` element counts (its own text
    and its children's tails: mixed content); ``skipped`` elements are left out with all
    they hold (deleted revisions, comments, footnotes), though their tail still counts;
    ``tabs``/``breaks`` stand for a tab or a line break; ``spaces`` is the element whose
    attribute ``space_count`` says how many spaces it stands for (ODF's ``text:s``).
    """

    paragraphs: frozenset[str]
    text_holders: frozenset[str]
    skipped: frozenset[str] = frozenset()
    tabs: frozenset[str] = frozenset()
    breaks: frozenset[str] = frozenset()
    spaces: str = ""
    space_count: str = ""


def flatten(root: ET.Element, layout: Layout) -> str:
    """The text of ``root`` as lines, one per paragraph, in document order of their ends
    (a paragraph inside another, as in a text box, comes before the one holding it)."""
    lines: list[str] = []
    open_lines: list[list[str]] = []
    holding = 0  # how many text holders enclose the current element
    for element, entering in _walk(root, layout.skipped):
        tag = local_name(element.tag)
        if entering:
            if tag in layout.paragraphs:
                open_lines.append([])
            holding += tag in layout.text_holders
            if open_lines:
                open_lines[-1].append(_stands_for(tag, element, layout))
            if holding and open_lines and element.text:
                open_lines[-1].append(element.text)
            continue
        holding -= tag in layout.text_holders
        if tag in layout.paragraphs and open_lines:
            lines.append("".join(open_lines.pop()))
        if holding and open_lines and element.tail:
            open_lines[-1].append(element.tail)
    return "\n".join(lines)


def local_name(tag: object) -> str:
    """``p`` for ``{namespace}p``; comments and processing instructions give ``""``."""
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _stands_for(tag: str, element: ET.Element, layout: Layout) -> str:
    if tag in layout.tabs:
        return "\t"
    if tag in layout.breaks:
        return "\n"
    if layout.spaces and tag == layout.spaces:
        count = element.get(layout.space_count, "1")
        return " " * min(int(count), 1000) if count.isascii() and count.isdigit() else " "
    return ""


def _walk(root: ET.Element, skipped: frozenset[str]) -> Iterator[tuple[ET.Element, bool]]:
    """(element, True) on the way in and (element, False) on the way out, without
    recursion; a skipped element is only left (its tail counts, its content does not)."""
    stack: list[tuple[ET.Element, bool]] = [(root, True)]
    while stack:
        element, entering = stack.pop()
        if entering and local_name(element.tag) in skipped:
            yield element, False
            continue
        yield element, entering
        if entering:
            stack.append((element, False))
            stack.extend((child, True) for child in reversed(element))
