"""Fail-closed checks on a finished PDF: withheld values, metadata, structure.

Text is read back with two independent extractors (PDFium and Poppler, or pypdf): grepping the
file is useless because reportlab writes Hangul and Cyrillic as glyph codes. Both the haystack
and each withheld value are normalised the same way (``normalise``) and compared twice:
whitespace collapsed, and with all whitespace removed (extractors sometimes split Hangul
or drop spaces). Matching is by substring, so inflected forms (Петрова for Петров, 김철수는)
are caught. Exceptions, to keep false alarms rare: non-CJK values shorter than
SQUEEZED_MIN_LATIN are not compared space-free, and those of at most WHOLE_WORD_MAX
characters ("Li", "Ri", "O") match only as whole words. Values shorter than MIN_CHARS are
counted and reported, not searched.

Every page must also yield the export id (printed in its header) from each extractor; a page
an extractor cannot read makes the check fail rather than pass silently.
"""

from __future__ import annotations

import functools
import io
import re
import shutil
import subprocess
import sys
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

# The PDF readers (about 30 MB once imported) load on the first check, not with the app.
if TYPE_CHECKING:
    from pypdf import PdfReader

from fieldvault.core.export.model import ExportError

MIN_CHARS = 2  # values shorter than this (normalised) cannot be searched meaningfully
SQUEEZED_MIN_LATIN = 6  # non-CJK values this long are also searched with spaces removed
WHOLE_WORD_MAX = 3  # non-CJK values this short only match as whole words ("Li" not in "list")
_CJK = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3\u4e00-\u9fff]")
ALLOWED_CATALOG = {"/Type", "/Pages", "/PageMode"}
ALLOWED_PAGE = {"/Type", "/Parent", "/MediaBox", "/Contents", "/Resources", "/Rotate", "/Trans"}
FORBIDDEN_KEYS = {"/Annots", "/Outlines", "/Metadata", "/JavaScript", "/JS", "/EmbeddedFile",
                  "/EmbeddedFiles", "/OpenAction", "/AA", "/URI", "/Launch", "/AcroForm",
                  "/XObject", "/Names", "/Prev", "/XRefStm", "/Encrypt", "/PieceInfo"}
# Photos chosen for an export are image XObjects with these keys only (no form XObjects, no
# /Metadata, no soft masks or alternates that could carry other pictures).
ALLOWED_IMAGE = {"/Type", "/Subtype", "/Name", "/Width", "/Height", "/ColorSpace",
                 "/BitsPerComponent", "/Filter", "/Length", "/DecodeParms", "/Decode"}

Tick = Callable[[int, int], None]
_pdfium_lock = threading.Lock()


class LeakFound(ExportError):
    """A withheld value, extra metadata or a second revision was found in the PDF.

    ``value_number`` (1-based position in the withheld values) and ``page`` are set when a
    withheld value was found, so the caller can say which kind of value it was.
    """

    def __init__(self, message: str, value_number: int | None = None,
                 page: int | None = None) -> None:
        super().__init__(message)
        self.value_number, self.page = value_number, page


def normalise(text: str) -> str:
    """NFKC, casefold, ё->е, format characters (zero-width, soft hyphen) removed,
    whitespace collapsed to one space."""
    folded = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    visible = folded.translate(_format_characters())
    return " ".join(visible.split())


@functools.cache
def _format_characters() -> dict[int, None]:
    """Every Unicode format character (category Cf), for str.translate to delete."""
    return {c: None for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"}


def squeeze(normalised: str) -> str:
    return normalised.replace(" ", "")


@dataclass(frozen=True)
class Needle:
    """A withheld value prepared for searching; ``number`` is its 1-based position."""

    number: int
    collapsed: str
    squeezed: str | None  # None: not searched space-free (short Latin value)
    word: re.Pattern[str] | None = None  # set: match only as a whole word


def prepare_needles(values: Iterable[str]) -> tuple[list[Needle], int]:
    """Needles for every distinct value, and how many values were too short to search."""
    needles: list[Needle] = []
    skipped = 0
    seen: set[str] = set()
    for number, value in enumerate(values, start=1):
        collapsed = normalise(value)
        squeezed = squeeze(collapsed)
        if len(squeezed) < MIN_CHARS:
            skipped += 1
            continue
        if collapsed in seen:
            continue
        seen.add(collapsed)
        cjk = _CJK.search(squeezed) is not None
        searchable = cjk or len(squeezed) >= SQUEEZED_MIN_LATIN
        word = None
        if not cjk and len(squeezed) <= WHOLE_WORD_MAX:
            word = re.compile(rf"(?<!\w){re.escape(collapsed)}(?!\w)")
        needles.append(Needle(number, collapsed, squeezed if searchable else None, word))
    return needles, skipped


def find_needles(text: str, needles: Sequence[Needle]) -> list[Needle]:
    """Needles present in ``text`` (raw extractor output).

    A needle is searched only when its first three characters occur in the page (a set of
    the page's trigrams): with thousands of withheld values this skips almost every
    substring search, and it can never skip a needle that is present.
    """
    return find_in_normalised(normalise(text), needles)


def find_in_normalised(collapsed: str, needles: Sequence[Needle]) -> list[Needle]:
    """Like :func:`find_needles` on text already passed through :func:`normalise`.

    Candidates come from an index of the needles' first three characters, walked once
    along the text, so the cost grows with the text and not with the number of values; a
    needle that is present is always a candidate.
    """
    squeezed = squeeze(collapsed)
    index = _index(needles)
    candidates = set(index.short)
    for text, table in ((collapsed, index.by_collapsed), (squeezed, index.by_squeezed)):
        for i in range(len(text) - 2):
            found = table.get(text[i:i + 3])
            if found:
                candidates.update(found)
    return [needles[i] for i in sorted(candidates)
            if _present(needles[i], collapsed, squeezed)]


@dataclass
class _NeedleIndex:
    needles: Sequence[Needle]
    by_collapsed: dict[str, list[int]]
    by_squeezed: dict[str, list[int]]
    short: list[int]


_INDEX_CACHE: list[_NeedleIndex] = []


def _index(needles: Sequence[Needle]) -> _NeedleIndex:
    """The first-trigram index of ``needles`` (the last one built is kept for reuse)."""
    if _INDEX_CACHE and _INDEX_CACHE[0].needles is needles:
        return _INDEX_CACHE[0]
    index = _NeedleIndex(needles, {}, {}, [])
    for number, needle in enumerate(needles):
        keys = [(needle.collapsed, index.by_collapsed)]
        if needle.word is None and needle.squeezed is not None:
            keys.append((needle.squeezed, index.by_squeezed))
        for key, table in keys:
            if len(key) < 3:
                index.short.append(number)
            else:
                table.setdefault(key[:3], []).append(number)
    _INDEX_CACHE[:] = [index]
    return index


def _present(needle: Needle, collapsed: str, squeezed: str) -> bool:
    if needle.word is not None:
        return needle.word.search(collapsed) is not None
    if needle.collapsed in collapsed:
        return True
    return needle.squeezed is not None and needle.squeezed in squeezed


# ----- extractors ---------------------------------------------------------------------


def pypdf_pages(data: bytes) -> Iterator[str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    for page in reader.pages:
        yield page.extract_text() or ""


def pdfminer_pages(data: bytes) -> Iterator[str]:
    from pdfminer.converter import TextConverter
    from pdfminer.layout import LAParams
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    manager = PDFResourceManager(caching=True)
    for page in PDFPage.get_pages(io.BytesIO(data)):
        out = io.StringIO()
        device = TextConverter(manager, out, laparams=LAParams())
        PDFPageInterpreter(manager, device).process_page(page)
        device.close()
        yield out.getvalue()


def pdfium_pages(data: bytes) -> Iterator[str]:
    """PDFium (C++, via pypdfium2). PDFium is not thread-safe: one document at a time."""
    import pypdfium2

    with _pdfium_lock:
        document = pypdfium2.PdfDocument(data)
        try:
            texts = [_pdfium_page_text(document[index]) for index in range(len(document))]
        finally:
            document.close()
    yield from texts


def _pdfium_page_text(page: Any) -> str:
    textpage = page.get_textpage()
    try:
        return str(textpage.get_text_range())
    finally:
        textpage.close()
        page.close()


def poppler_pages(data: bytes) -> Iterator[str]:
    """Poppler's pdftotext (C++), fed the PDF through a pipe: nothing touches the disk."""
    tool = shutil.which("pdftotext")
    if tool is None:
        raise LeakFound("Poppler's pdftotext is missing, so the leak check cannot run.")
    result = subprocess.run([tool, "-q", "-enc", "UTF-8", "fd://0", "-"], input=data,
                            capture_output=True, timeout=900, check=False)
    if result.returncode != 0:
        raise LeakFound("Poppler could not read the finished PDF, so the leak check cannot "
                        "vouch for it; the export was refused.")
    pages = result.stdout.decode("utf-8", "replace").split("\f")
    yield from pages[:-1] if pages and not pages[-1].strip() else pages


def _poppler_available() -> bool:
    return shutil.which("pdftotext") is not None


def _pdfium_available() -> bool:
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        return False
    return True


def extractors() -> dict[str, Callable[[bytes], Iterator[str]]]:
    """Two independent engines: PDFium (C++, pypdfium2) and Poppler (C++, pdftotext).

    Without pypdfium2, pdfminer.six (pure Python) takes PDFium's place; without Poppler's
    pdftotext on the PATH, pypdf (pure Python, about 10x slower) takes Poppler's.
    """
    first = ("pdfium", pdfium_pages) if _pdfium_available() else ("pdfminer.six", pdfminer_pages)
    second = ("poppler", poppler_pages) if _poppler_available() else ("pypdf", pypdf_pages)
    return dict([first, second])


ALL_EXTRACTORS: dict[str, Callable[[bytes], Iterator[str]]] = {
    "pdfium": pdfium_pages,
    "poppler": poppler_pages,
    "pypdf": pypdf_pages,
    "pdfminer.six": pdfminer_pages,
}


# ----- checks -------------------------------------------------------------------------


def check_text_pages(
    name: str, pages: Iterable[str], needles: Sequence[Needle], marker: str,
    tick: Callable[[], None] | None = None,
) -> int:
    """Search every page; raise LeakFound on a hit or an unreadable page. Returns pages."""
    wanted = normalise(marker)
    count = 0
    for count, text in enumerate(pages, start=1):
        normalised = normalise(text)
        hits = find_in_normalised(normalised, needles)
        if hits:
            raise LeakFound(
                f"The leak check ({name}) found withheld value no. {hits[0].number} on page "
                f"{count}; the export was refused and nothing was kept.",
                hits[0].number, count)
        if wanted not in normalised:
            raise LeakFound(
                f"The leak check could not read page {count} with {name}, so it cannot vouch "
                "for it; the export was refused."
            )
        if tick is not None:
            tick()
    return count


def check_structure(data: bytes, expected_info: dict[str, str], images: int = 0) -> None:
    """One revision, whitelisted Info only, no XMP/outline/annotations/actions/attachments;
    exactly ``images`` image XObjects (the photos chosen) and no other XObject."""
    for marker in (b"%%EOF", b"startxref"):
        if data.count(marker) != 1:
            raise LeakFound(
                f"The PDF has {data.count(marker)} '{marker.decode()}' markers instead of one "
                "(more than one revision); the export was refused."
            )
    if b"<x:xmpmeta" in data or b"<?xpacket" in data:
        raise LeakFound("The PDF contains XMP metadata; the export was refused.")
    from pypdf import PdfReader
    from pypdf.generic import DictionaryObject

    reader = PdfReader(io.BytesIO(data))
    _check_info(reader, expected_info)
    root = reader.trailer["/Root"].get_object()
    if not isinstance(root, DictionaryObject):
        raise LeakFound("The PDF has no document catalog; the export was refused.")
    _check_keys("document catalog", root.keys(), ALLOWED_CATALOG)
    for number, page in enumerate(reader.pages, start=1):
        _check_keys(f"page {number}", page.keys(), ALLOWED_PAGE)
    found = _check_objects(reader, images > 0)
    if found != images:
        raise LeakFound(f"The PDF holds {found} pictures where the export chose {images}; "
                        "the export was refused.")


def _check_objects(reader: PdfReader, allow_images: bool = False) -> int:
    """No dictionary anywhere in the file may use a forbidden key; with ``allow_images``,
    image XObjects with whitelisted keys are let through. Returns how many there are."""
    from pypdf.generic import DictionaryObject

    forbidden = FORBIDDEN_KEYS - {"/XObject"} if allow_images else FORBIDDEN_KEYS
    pictures = 0
    for number in range(1, int(str(reader.trailer["/Size"]))):
        try:
            obj = reader.get_object(number)
        except Exception as error:  # any unreadable object fails the check
            raise LeakFound(f"The PDF object {number} cannot be read ({error}); refused.") from None
        if isinstance(obj, DictionaryObject) and str(obj.get("/Type")) == "/XObject":
            if not allow_images or str(obj.get("/Subtype")) != "/Image":
                raise LeakFound(f"The PDF object {number} is an XObject exports must not "
                                "carry; the export was refused.")
            _check_keys(f"picture (object {number})", obj.keys(), ALLOWED_IMAGE)
            pictures += 1
        _scan(obj, number, forbidden)
    return pictures


def _scan(obj: object, number: int, forbidden: set[str] = FORBIDDEN_KEYS) -> None:
    from pypdf.generic import ArrayObject, DictionaryObject

    if isinstance(obj, DictionaryObject):
        bad = sorted(forbidden.intersection(map(str, obj.keys())))
        if bad:
            raise LeakFound(
                f"The PDF object {number} uses {bad[0]}, which exports must not carry; "
                "the export was refused."
            )
        for value in obj.values():
            _scan(value, number, forbidden)
    elif isinstance(obj, ArrayObject):
        for value in obj:
            _scan(value, number, forbidden)


def _check_info(reader: PdfReader, expected: dict[str, str]) -> None:
    info = reader.trailer.get("/Info")
    found = {str(key): str(value) for key, value in (info.get_object() if info else {}).items()}
    if found != expected:
        extra = sorted(set(found) - set(expected)) or sorted(found)
        raise LeakFound(
            f"The PDF metadata holds {', '.join(extra)} beyond or different from the allowed "
            "Title and Producer; the export was refused."
        )
    allowed_trailer = {"/Root", "/Info", "/Size", "/ID"}
    extra_trailer = sorted(set(map(str, reader.trailer.keys())) - allowed_trailer)
    if extra_trailer:
        raise LeakFound(f"The PDF trailer holds {', '.join(extra_trailer)}; export refused.")


def _check_keys(where: str, keys: Iterable[object], allowed: set[str]) -> None:
    extra = sorted(set(map(str, keys)) - allowed)
    if extra:
        raise LeakFound(f"The PDF {where} holds {', '.join(extra)}; the export was refused.")


def check_pdf(
    data: bytes,
    needles: Sequence[Needle],
    expected_info: dict[str, str],
    marker: str,
    tick: Tick | None = None,
    images: int = 0,
) -> None:
    """All checks on finished PDF bytes; ``tick(done, total)`` over pages x extractors.
    Anything an extractor cannot parse fails the check (LeakFound), never passes it.
    ``images``: how many photos the export chose (each an image XObject)."""
    try:
        _check_pdf(data, needles, expected_info, marker, tick, images)
    except ExportError:
        raise
    except Exception as error:  # parser failures of any kind: fail closed
        raise LeakFound(
            f"The leak check could not parse the PDF ({type(error).__name__}); "
            "the export was refused."
        ) from error


def _check_pdf(
    data: bytes,
    needles: Sequence[Needle],
    expected_info: dict[str, str],
    marker: str,
    tick: Tick | None,
    images: int = 0,
) -> None:
    check_structure(data, expected_info, images)
    engines = extractors()
    from pypdf import PdfReader

    total = len(PdfReader(io.BytesIO(data)).pages) * len(engines)
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if tick is not None:
            tick(done, total)

    for name, extract in engines.items():
        read = check_text_pages(name, extract(data), needles, marker, step)
        if read * len(engines) != total:
            raise LeakFound(f"{name} read {read} pages of {total // len(engines)}; refused.")


def check_plain_text(name: str, text: str, needles: Sequence[Needle]) -> None:
    """Leak check for a text file of the export (e.g. manifest.json)."""
    hits = find_needles(text, needles)
    if hits:
        raise LeakFound(
            f"The leak check found withheld value no. {hits[0].number} in {name}; "
            "the export was refused and nothing was kept."
        )
