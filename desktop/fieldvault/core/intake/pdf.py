"""Text PDFs: the text layer of every page, read by pypdf (pure Python, so it may run on
any worker thread, unlike PDFium). A PDF without a text layer (a scan) is refused: this
program does no OCR. Encrypted PDFs are refused unless they open with an empty password.

Bounds: the file's size (:mod:`.files`), :data:`MAX_PAGES` pages, pypdf's own limits on
what one stream may unpack to (75 MB, ``pypdf.Configuration``) and on array and dictionary
sizes, and :data:`MAX_CHARACTERS` of text in all.
"""

from __future__ import annotations

import io
import logging

from fieldvault.core.errors import InputError

MAX_PAGES = 2_000
MAX_CHARACTERS = 20_000_000  # as the reader's limit; stops a page-after-page flood early


def read_pdf(data: bytes, name: str) -> str:
    if not data.lstrip()[:5] == b"%PDF-":
        raise InputError(f"{name} is not a PDF file: it does not start with %PDF-.")
    # pypdf logs its repairs of damaged files (even as errors) to stderr; the sentence below
    # is what the person sees, so its logger is silenced (process-wide, and only pypdf's).
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    from pypdf.errors import FileNotDecryptedError, PdfReadError  # loaded on first use

    try:
        pages = _pages(data, name)
    except InputError:
        raise
    except FileNotDecryptedError as exc:
        raise InputError(f"{name} is password-protected; save an unprotected copy to "
                         "import it.") from exc
    except (PdfReadError, Exception) as exc:  # pypdf raises many types on damaged input
        raise InputError(f"{name} is damaged or truncated; pypdf cannot read it "
                         f"({type(exc).__name__}).") from exc
    text = "\n".join(page.rstrip("\n") for page in pages)
    if not text.strip():
        raise InputError(f"{name} has no text layer (it may be a scan); this program "
                         "imports only PDFs with text in them.")
    return text


def _pages(data: bytes, name: str) -> list[str]:
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        raise FileNotDecryptedError("password")
    if len(reader.pages) > MAX_PAGES:
        raise InputError(f"{name} has more than {MAX_PAGES:,} pages; it was not read.")
    pages, total = [], 0
    for page in reader.pages:  # each stream unpacks to at most pypdf's 75 MB limit
        pages.append(page.extract_text() or "")
        total += len(pages[-1])
        if total > MAX_CHARACTERS:
            raise InputError(f"{name} holds more than {MAX_CHARACTERS:,} characters, more "
                             "than any interview; it was not imported.")
    return pages
