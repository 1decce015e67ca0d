"""What the PDF renderer may see: redacted material only.

Nothing in these types can hold an original (withheld) value: a withheld span is present only
as its token, e.g. ``[R12 · PERSON W-017]``. The originals travel separately to the leak
check (see ``writer.write_export``) and never reach the renderer.

All text is NFC; offsets are Python ``str`` indices into the joined segment texts of a case.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from fieldvault.core.errors import FieldvaultError
from fieldvault.core.progress import Cancelled

EXPORT_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
COLOR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
PDF_LANGUAGES = ("en", "ko", "ru")
TOKEN_RE = re.compile(r"^\[R\d+ · [A-Z][A-Z_]*( [^\[\]\n]+)?\]$")


class ExportError(FieldvaultError):
    """The export could not be made or checked; nothing was left on disk."""


class ExportCancelled(ExportError, Cancelled):
    """The caller's cancel flag was raised; nothing was left on disk."""


@dataclass(frozen=True)
class Segment:
    """A piece of redacted transcript. When ``token`` is set, ``text`` equals it."""

    text: str
    token: str | None = None

    def __post_init__(self) -> None:
        if self.token is not None:
            if self.text != self.token:
                raise ValueError("a token segment's text must equal its token")
            if not TOKEN_RE.match(self.token):
                raise ValueError(f"malformed redaction token {self.token!r}")


@dataclass(frozen=True)
class CodedRange:
    """A coded passage: offsets into the joined redacted text of its case."""

    start: int
    end: int
    theme_id: str

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"coded range {self.start}..{self.end} is empty or negative")


@dataclass(frozen=True)
class Theme:
    id: str
    name: str
    color: str  # "#RRGGBB"

    def __post_init__(self) -> None:
        if not COLOR_RE.match(self.color):
            raise ValueError(f"theme {self.id} colour {self.color!r} is not #RRGGBB")


@dataclass(frozen=True)
class RedactionLogRow:
    """One withheld span. Never carries the original value. ``by_default``: nobody reviewed
    it (detected but undecided, or another mention of a withheld value)."""

    number: int
    category: str
    reason: str
    accepted_by: str
    accepted_at: str
    by_default: bool = False


@dataclass(frozen=True)
class CustodyEvent:
    at: str
    actor: str
    action: str


@dataclass(frozen=True)
class ExportCase:
    code: str
    metadata: Sequence[tuple[str, str]]
    segments: Sequence[Segment]
    codings: Sequence[CodedRange]
    memos: Sequence[str]
    redactions: Sequence[RedactionLogRow]
    custody: Sequence[CustodyEvent]

    @property
    def text(self) -> str:
        """The joined redacted text that coding offsets refer to."""
        return "".join(segment.text for segment in self.segments)


@dataclass(frozen=True)
class ThemePassage:
    case_code: str
    theme_id: str
    before: str
    passage: str
    after: str


@dataclass(frozen=True)
class ExportAttachment:
    """An attachment the user chose to include: listed by id, kind and the SHA-256 of its
    stripped file in the vault; a photo (``kind`` image) also becomes a page, drawn from
    pixels the export service decoded and re-encoded (``width`` x ``height``)."""

    id: str
    case_code: str
    kind: str  # "audio" | "image" | "document"
    format: str
    size: int
    sha256: str
    duration: float | None = None
    width: int = 0
    height: int = 0


@dataclass(frozen=True)
class ExportDocument:
    """One export. ``passages`` non-empty makes it a theme report (cases with no segments
    then appear only in the appendices)."""

    export_id: str
    profile: str
    recipient: str
    date_utc: str  # YYYY-MM-DD
    identity_statement: str | None
    themes: Sequence[Theme]
    cases: Sequence[ExportCase]
    passages: Sequence[ThemePassage]
    language: str = "en"  # of the PDF's fixed wording: en, ko or ru (core/export/wording.py)
    attachments: Sequence[ExportAttachment] = ()  # chosen to be included
    attachments_withheld: int = 0  # the exported cases' attachments not chosen

    @property
    def photos(self) -> list[ExportAttachment]:
        return [item for item in self.attachments if item.kind == "image"]


def token_number(token: str) -> int:
    """The redaction number of a token such as ``[R12 · PERSON W-017]``."""
    return int(token[2 : token.index(" ")])


def content_digest(doc: ExportDocument) -> str:
    """SHA-256 (hex) of the canonical JSON of ``doc``.

    Canonical form: ``dataclasses.asdict``, keys sorted, no insignificant whitespace,
    non-ASCII kept as UTF-8, sequences as arrays. It covers exactly what the renderer sees,
    so it can be printed on the cover (the PDF's own hash cannot be) and is recorded in the
    signed manifest as ``content_sha256``; the vault can recompute it later.
    """
    data = dataclasses.asdict(doc)
    if not doc.attachments and not doc.attachments_withheld:
        del data["attachments"], data["attachments_withheld"]  # as before attachments existed
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def validate_document(doc: ExportDocument) -> None:
    """Raise ExportError with one sentence for the first structural problem found."""
    if not EXPORT_ID_RE.match(doc.export_id):
        raise ExportError(
            f"Export id {doc.export_id!r} may only use letters, digits, '.', '_' and '-'."
        )
    if doc.language not in PDF_LANGUAGES:
        raise ExportError(f"PDF language {doc.language!r} is not one of en, ko, ru.")
    if not _is_date(doc.date_utc):
        raise ExportError(f"Export date {doc.date_utc!r} is not a UTC date (YYYY-MM-DD).")
    theme_ids = {theme.id for theme in doc.themes}
    codes = [case.code for case in doc.cases]
    if len(set(codes)) != len(codes):
        raise ExportError("Two cases in the export share the same case code.")
    for case in doc.cases:
        _validate_case(case, theme_ids)
    for passage in doc.passages:
        if passage.theme_id not in theme_ids:
            raise ExportError(
                f"A passage from case {passage.case_code} uses unknown theme {passage.theme_id}."
            )
    _validate_redaction_numbers(doc)
    ids = [item.id for item in doc.attachments]
    if len(set(ids)) != len(ids) or not set(i.case_code for i in doc.attachments) <= set(codes):
        raise ExportError("The export lists an attachment twice, or one of a case it leaves out.")


def _is_date(value: str) -> bool:
    if not DATE_RE.match(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _validate_case(case: ExportCase, theme_ids: set[str]) -> None:
    text = case.text
    if unicodedata.normalize("NFC", text) != text:
        raise ExportError(f"The transcript of case {case.code} is not in NFC form.")
    for coding in case.codings:
        if coding.end > len(text):
            raise ExportError(
                f"A coding in case {case.code} ends at {coding.end}, "
                f"past the end of its text ({len(text)})."
            )
        if coding.theme_id not in theme_ids:
            raise ExportError(f"A coding in case {case.code} uses unknown theme {coding.theme_id}.")
    logged = {row.number for row in case.redactions}
    for segment in case.segments:
        if segment.token is not None and token_number(segment.token) not in logged:
            raise ExportError(
                f"Token {segment.token} in case {case.code} has no row in the redaction log."
            )


def _validate_redaction_numbers(doc: ExportDocument) -> None:
    numbers = [row.number for case in doc.cases for row in case.redactions]
    if len(set(numbers)) != len(numbers):
        raise ExportError("Two redaction log rows share the same number.")
