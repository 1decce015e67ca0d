"""Redacted, signed PDF export (no Qt, no database).

The lead maps vault records into an ``ExportDocument`` (redacted material only; see
``profiles.redact_text``) and calls ``write_export``; recipients' checks are ``verify_dir``.
"""

from fieldvault.core.export.fonts import FontSet, MissingGlyph
from fieldvault.core.export.leakcheck import LeakFound
from fieldvault.core.export.minisign import MinisignKey, SignatureInvalid, key_for
from fieldvault.core.export.model import (
    CodedRange,
    CustodyEvent,
    ExportCancelled,
    ExportCase,
    ExportDocument,
    ExportError,
    RedactionLogRow,
    Segment,
    Theme,
    ThemePassage,
    content_digest,
)
from fieldvault.core.export.profiles import (
    PROFILES,
    Profile,
    RedactedText,
    SourceSpan,
    custom_profile,
    identity_statement,
    redact_text,
    theme_passage,
)
from fieldvault.core.export.verify import VerifyReport, verify_dir
from fieldvault.core.export.writer import ExportResult, pdf_name, today_utc, write_export

__all__ = [
    "PROFILES",
    "CodedRange",
    "CustodyEvent",
    "ExportCancelled",
    "ExportCase",
    "ExportDocument",
    "ExportError",
    "ExportResult",
    "FontSet",
    "LeakFound",
    "MinisignKey",
    "MissingGlyph",
    "Profile",
    "RedactedText",
    "RedactionLogRow",
    "Segment",
    "SignatureInvalid",
    "SourceSpan",
    "Theme",
    "ThemePassage",
    "VerifyReport",
    "content_digest",
    "custom_profile",
    "identity_statement",
    "key_for",
    "pdf_name",
    "redact_text",
    "theme_passage",
    "today_utc",
    "verify_dir",
    "write_export",
]
