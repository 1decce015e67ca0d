"""One entry point for every format: :func:`read_document` picks the reader by extension."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from fieldvault.core.errors import InputError
from fieldvault.core.intake import encoding, files, office, pdf, rtf

Reader = Callable[[bytes, str], str]
READERS: dict[str, Reader] = {
    ".docx": office.read_docx,
    ".odt": office.read_odt,
    ".hwpx": office.read_hwpx,
    ".hwp": office.read_hwp,
    ".rtf": rtf.read_rtf,
    ".pdf": pdf.read_pdf,
}
TEXT_SUFFIXES = (".txt", ".text")
SUFFIXES = (*TEXT_SUFFIXES, *READERS)
MAX_CHARACTERS = 20_000_000


@dataclass(frozen=True)
class Document:
    """One file's text (NFC, LF line ends), ready to become a case's transcript."""

    name: str
    format: str  # the suffix without its dot: txt, docx, odt, hwpx, rtf, pdf
    text: str
    encoding: str | None  # the codec a .txt file was read in; None for other formats
    languages: tuple[str, ...]

    @property
    def title(self) -> str:
        return Path(self.name).stem or self.name


def read_document(path: Path, chosen_encoding: str | None = None) -> Document:
    """Read ``path`` (bounded, see :mod:`.files`) and return its text, or one sentence."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"{path.name} is not a document this program imports (.txt, .docx, "
                         ".odt, .hwpx, .rtf, .pdf).")
    return document_from_bytes(files.read_file(path), path.name, chosen_encoding)


def document_from_bytes(data: bytes, name: str, chosen_encoding: str | None = None) -> Document:
    """The :class:`Document` of ``data``, the content of the file called ``name``."""
    suffix = Path(name).suffix.lower()
    used: str | None = None
    if suffix in TEXT_SUFFIXES:
        decoded = encoding.decode(data, name, chosen_encoding)
        text, used = decoded.text, decoded.encoding
    elif suffix in READERS:
        text = READERS[suffix](data, name)
    else:
        raise InputError(f"{name} is not a document this program imports.")
    text = tidy(text)
    if not text.strip():
        raise InputError(f"{name} holds no text to import.")
    if len(text) > MAX_CHARACTERS:
        raise InputError(f"{name} holds more than {MAX_CHARACTERS:,} characters, more than "
                         "any interview; it was not imported.")
    return Document(name, suffix.lstrip("."), text, used, languages(text))


def tidy(text: str) -> str:
    """NFC, LF line ends, no trailing spaces on lines, no blank lines at the ends."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [line.rstrip(" \t\u00a0") for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


_SCRIPTS = {"ko": re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]"),
            "ru": re.compile("[\u0400-\u04ff]"), "en": re.compile("[A-Za-z]")}


def languages(text: str) -> tuple[str, ...]:
    """The interview languages by script: Hangul ko, Cyrillic ru, Latin en; a script counts
    from a tenth of the letters; the commonest first; en when no letter is found."""
    counts = {lang: len(pattern.findall(text)) for lang, pattern in _SCRIPTS.items()}
    letters = sum(counts.values())
    found = [lang for lang, n in sorted(counts.items(), key=lambda kv: -kv[1])
             if n and n * 10 >= letters]
    return tuple(found) or ("en",)
