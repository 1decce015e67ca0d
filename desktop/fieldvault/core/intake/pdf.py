"""Text PDFs: the text layer of every page, read by pypdf (pure Python, so it may run on
any worker thread, unlike PDFium). A PDF without a text layer (a scan) is refused: this
program does no OCR. Encrypted PDFs are refused unless they open with an empty password.
"""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError

from fieldvault.core.errors import InputError

MAX_PAGES = 5_000


def read_pdf(data: bytes, name: str) -> str:
    if not data.lstrip()[:5] == b"%PDF-":
        raise InputError(f"{name} is not a PDF file: it does not start with %PDF-.")
    # pypdf logs its repairs of damaged files (even as errors) to stderr; the sentence below
    # is what the person sees, so its logger is silenced (process-wide, and only pypdf's).
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
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
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        raise FileNotDecryptedError("password")
    if len(reader.pages) > MAX_PAGES:
        raise InputError(f"{name} has more than {MAX_PAGES:,} pages; it was not read.")
    return [page.extract_text() or "" for page in reader.pages]
