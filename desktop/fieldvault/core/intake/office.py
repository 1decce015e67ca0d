"""Word (.docx), OpenDocument (.odt) and Hangul (.hwpx) documents: ZIP archives of XML.

Paragraphs become lines; tabs and line breaks inside a paragraph are kept; deleted tracked
changes, comments, footnotes and property blocks are left out. Older binary formats (.doc,
.hwp) are refused with the advice to save the file as .docx: no well-kept library reads
HWP 5 offline (pyhwp's last release is a 2020 beta).
"""

from __future__ import annotations

import re

from fieldvault.core.errors import InputError
from fieldvault.core.intake.zipxml import Archive, Layout, flatten, local_name

DOCX = Layout(
    paragraphs=frozenset({"p"}),
    text_holders=frozenset({"t"}),
    skipped=frozenset({"pPr", "rPr", "del", "moveFrom", "instrText", "delInstrText",
                       "footnoteReference", "commentReference"}),
    tabs=frozenset({"tab"}),
    breaks=frozenset({"br", "cr"}),
)
ODT = Layout(
    paragraphs=frozenset({"p", "h"}),
    text_holders=frozenset({"p", "h"}),
    skipped=frozenset({"annotation", "note", "tracked-changes", "title", "desc"}),
    tabs=frozenset({"tab"}),
    breaks=frozenset({"line-break"}),
    spaces="s",
    space_count="{urn:oasis:names:tc:opendocument:xmlns:text:1.0}c",
)
HWPX = Layout(
    paragraphs=frozenset({"p"}),
    text_holders=frozenset({"t"}),
    skipped=frozenset({"secPr", "ctrl", "fieldBegin", "fieldEnd", "linesegarray"}),
    tabs=frozenset({"tab"}),
    breaks=frozenset({"lineBreak"}),
)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SECTION = re.compile(r"^Contents/section(\d+)\.xml$")
_OFFICE_DOCUMENT = "/officeDocument"


def read_docx(data: bytes, name: str) -> str:
    if data.startswith(OLE_MAGIC):
        raise InputError(f"{name} is an old binary Word file; open it in a word processor "
                         "and save it as .docx to import it.")
    archive = Archive(data, name, "Word (.docx)")
    return flatten(archive.xml(_main_part(archive)), DOCX)


def _main_part(archive: Archive) -> str:
    """The main document part named in ``_rels/.rels`` (``word/document.xml`` as a rule)."""
    if "_rels/.rels" in archive.names:
        for rel in archive.xml("_rels/.rels"):
            target = rel.get("Target", "")
            if rel.get("Type", "").endswith(_OFFICE_DOCUMENT) and target:
                part = target.lstrip("/")
                if part in archive.names:
                    return part
    return "word/document.xml"


def read_odt(data: bytes, name: str) -> str:
    archive = Archive(data, name, "OpenDocument text (.odt)")
    root = archive.xml("content.xml")
    body = [el for el in root if local_name(el.tag) == "body"]
    return flatten(body[0] if body else root, ODT)


def read_hwpx(data: bytes, name: str) -> str:
    if data.startswith(OLE_MAGIC):
        return read_hwp(data, name)
    archive = Archive(data, name, "Hangul (.hwpx)")
    sections = sorted((int(found.group(1)), entry) for entry in archive.names
                      if (found := _SECTION.match(entry)))
    if not sections:
        raise InputError(f"{name} is not a Hangul (.hwpx) file: it has no "
                         "Contents/section0.xml inside.")
    return "\n".join(flatten(archive.xml(entry), HWPX) for _number, entry in sections)


def read_hwp(data: bytes, name: str) -> str:
    """Binary HWP is not read (see the module docstring): one sentence with the way out."""
    raise InputError(f"{name} is a binary Hangul (.hwp) file, which this program cannot "
                     "read; open it in Hangul and save it as .hwpx or .docx to import it.")
