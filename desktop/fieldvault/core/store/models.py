"""Typed rows over the tables that :mod:`fieldvault.core.store.schema` creates.

The migrations own the schema (``create_all`` is never called); these classes only map rows.
A test checks that every model matches its migrated table column for column.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, event
from sqlmodel import Field, SQLModel

from fieldvault.core import paragraphs


def new_id() -> str:
    return str(uuid.uuid4())


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class Meta(SQLModel, table=True):
    __tablename__ = "meta"
    key: str = Field(primary_key=True)
    value: str


class Member(SQLModel, table=True):
    __tablename__ = "members"
    id: str = Field(default_factory=new_id, primary_key=True)
    name: str
    role: str
    sign_public: bytes | None = None
    box_public: bytes | None = None
    is_self: bool = False
    created: str = Field(default_factory=utc_now)


class Case(SQLModel, table=True):
    __tablename__ = "cases"
    id: str = Field(default_factory=new_id, primary_key=True)
    code: str
    title: str
    interview_date: str | None = None
    location: str | None = None
    languages: str = "[]"  # JSON list of "en" / "ko" / "ru"
    interviewer_id: str | None = Field(default=None, foreign_key="members.id")
    status: str = "draft"
    created: str = Field(default_factory=utc_now)
    updated: str = Field(default_factory=utc_now)


class AttributeDef(SQLModel, table=True):
    __tablename__ = "attribute_defs"
    name: str = Field(primary_key=True)
    type: str
    choices: str | None = None


class CaseAttribute(SQLModel, table=True):
    __tablename__ = "case_attributes"
    case_id: str = Field(primary_key=True, foreign_key="cases.id")
    name: str = Field(primary_key=True, foreign_key="attribute_defs.name")
    value: str  # JSON scalar


class Transcript(SQLModel, table=True):
    __tablename__ = "transcripts"
    id: str = Field(default_factory=new_id, primary_key=True)
    case_id: str = Field(foreign_key="cases.id")
    version: int
    text: str
    created: str = Field(default_factory=utc_now)
    author: str | None = None


class TranscriptParagraphs(SQLModel, table=True):
    """A transcript version's paragraph breaks (core/paragraphs.py; schema migration 19)."""

    __tablename__ = "transcript_paragraphs"
    transcript_id: str = Field(primary_key=True, foreign_key="transcripts.id")
    breaks: bytes


@event.listens_for(Transcript, "after_insert")
def _paragraphs_with_the_version(_mapper: Any, connection: Connection,
                                 version: Transcript) -> None:
    """Every version written through a session gets its paragraph row in the same flush (a
    bulk insert past the session writes its own: records/importer.py)."""
    table = TranscriptParagraphs.__table__  # type: ignore[attr-defined]
    connection.execute(table.insert().prefix_with("OR REPLACE"),
                       {"transcript_id": version.id,
                        "breaks": paragraphs.packed_breaks(version.text)})


class Theme(SQLModel, table=True):
    __tablename__ = "themes"
    id: str = Field(primary_key=True)
    parent_id: str | None = Field(default=None, foreign_key="themes.id")
    name_en: str
    name_ko: str = ""
    name_ru: str = ""
    definition: str = ""
    include_note: str = ""
    exclude_note: str = ""
    example: str = ""
    # Korean and Russian versions of the four texts above; None: not translated (show English).
    definition_ko: str | None = None
    definition_ru: str | None = None
    include_note_ko: str | None = None
    include_note_ru: str | None = None
    exclude_note_ko: str | None = None
    exclude_note_ru: str | None = None
    example_ko: str | None = None
    example_ru: str | None = None
    refs: str = "[]"
    color: str = "#999999"
    position: int = 0
    created: str = Field(default_factory=utc_now)


class Coding(SQLModel, table=True):
    __tablename__ = "codings"
    id: str = Field(default_factory=new_id, primary_key=True)
    case_id: str = Field(foreign_key="cases.id")
    transcript_id: str = Field(foreign_key="transcripts.id")
    start: int
    end: int
    theme_id: str = Field(foreign_key="themes.id")
    coder_id: str | None = Field(default=None, foreign_key="members.id")
    placed: bool = True  # False: could not be carried over to the current transcript version
    created: str = Field(default_factory=utc_now)


class AuditEntry(SQLModel, table=True):
    __tablename__ = "audit"
    seq: int = Field(primary_key=True)
    at: str
    actor: str
    action: str
    target: str
    digest: str
    prev: str
    hash: str


class Memo(SQLModel, table=True):
    __tablename__ = "memos"
    id: str = Field(default_factory=new_id, primary_key=True)
    target_kind: str  # "case" | "theme" | "coding"
    target_id: str
    text: str
    author_id: str | None = Field(default=None, foreign_key="members.id")
    created: str = Field(default_factory=utc_now)
    updated: str = Field(default_factory=utc_now)


class Person(SQLModel, table=True):
    __tablename__ = "people"
    id: str = Field(default_factory=new_id, primary_key=True)
    code: str
    role: str
    created: str = Field(default_factory=utc_now)


class IdentityKey(SQLModel, table=True):
    __tablename__ = "identity_key"
    id: int = Field(default=1, primary_key=True)
    key: bytes


class Identity(SQLModel, table=True):
    __tablename__ = "identities"
    person_id: str = Field(primary_key=True, foreign_key="people.id")
    nonce: bytes
    sealed: bytes


class CodebookChange(SQLModel, table=True):
    __tablename__ = "codebook_changes"
    seq: int | None = Field(default=None, primary_key=True)
    at: str = Field(default_factory=utc_now)
    actor: str
    action: str
    theme_id: str
    detail: str  # readable description of the change, e.g. "renamed 'A' to 'B'"


class RefiId(SQLModel, table=True):
    """The REFI-QDA GUID of a local record (kind: theme, source, case, coding, memo, user)."""

    __tablename__ = "refi_ids"
    kind: str = Field(primary_key=True)
    local_id: str = Field(primary_key=True)
    guid: str  # lower-case, without braces


# --- review and exchange (migration upgrade_review) -----------------------------------------


class OwnKeys(SQLModel, table=True):
    """The vault owner's private Ed25519 (signing) and X25519 (box) keys, raw 32 bytes each.

    They live only inside the encrypted database; the public halves are on ``members``.
    """

    __tablename__ = "own_keys"
    member_id: str = Field(primary_key=True, foreign_key="members.id")
    sign_private: bytes
    box_private: bytes
    created: str = Field(default_factory=utc_now)


class ReviewEvent(SQLModel, table=True):
    """One move of a case through the review workflow; immutable, merged by id."""

    __tablename__ = "review_events"
    id: str = Field(default_factory=new_id, primary_key=True)
    case_id: str = Field(foreign_key="cases.id")
    from_status: str
    to_status: str
    actor_id: str | None = Field(default=None, foreign_key="members.id")
    comment: str = ""
    at: str = Field(default_factory=utc_now)


class Verdict(SQLModel, table=True):
    """A supervisor's judgement of one coding; the latest ``at`` wins when merging."""

    __tablename__ = "verdicts"
    coding_id: str = Field(primary_key=True, foreign_key="codings.id")
    verdict: str  # "valid" | "invalid"
    comment: str = ""
    reviewer_id: str | None = Field(default=None, foreign_key="members.id")
    at: str = Field(default_factory=utc_now)


class CaseReveal(SQLModel, table=True):
    """Present once a supervisor has revealed every coder's codings on a case to all."""

    __tablename__ = "case_reveals"
    case_id: str = Field(primary_key=True, foreign_key="cases.id")
    revealed_by: str | None = Field(default=None, foreign_key="members.id")
    at: str = Field(default_factory=utc_now)


class BundleRecord(SQLModel, table=True):
    """An exchange bundle written ("out") or imported ("in"); imported ids stop replays."""

    __tablename__ = "bundles"
    id: str = Field(primary_key=True)  # the envelope's bundle id, 32 hex digits
    direction: str
    peers: str  # JSON list of member names: the recipients, or the sender
    cases: str  # JSON object: case id -> status when the bundle was written or imported
    at: str = Field(default_factory=utc_now)


class ReviewConflict(SQLModel, table=True):
    """A record changed on both sides of an exchange; both versions are kept."""

    __tablename__ = "review_conflicts"
    id: str = Field(default_factory=new_id, primary_key=True)
    case_id: str | None = Field(default=None, foreign_key="cases.id")
    kind: str  # "transcript" | "coding" | "person"
    record_id: str
    bundle_id: str
    detail: str  # JSON: what arrived
    resolved: bool = False
    at: str = Field(default_factory=utc_now)


class ForeignAudit(SQLModel, table=True):
    """Audit entries of another vault, received in a bundle and kept as data."""

    __tablename__ = "foreign_audit"
    origin: str = Field(primary_key=True)  # signing-key fingerprint of the sending member
    seq: int = Field(primary_key=True)
    at: str
    actor: str
    action: str
    target: str
    digest: str
    prev: str
    hash: str
    bundle_id: str


class Redaction(SQLModel, table=True):
    """A span of a transcript version that identifies someone or something.

    ``status``: suggested (by a detector layer, ``source``), accepted (withheld in every
    export) or rejected. PERSON redactions link to a pseudonymous person.
    """

    __tablename__ = "redactions"
    id: str = Field(default_factory=new_id, primary_key=True)
    case_id: str = Field(foreign_key="cases.id")
    transcript_id: str = Field(foreign_key="transcripts.id")
    start: int
    end: int
    category: str
    status: str = "suggested"
    source: str
    person_id: str | None = Field(default=None, foreign_key="people.id")
    reason: str = ""
    decided_by: str | None = Field(default=None, foreign_key="members.id")
    decided_at: str | None = None
    placed: bool = True
    created: str = Field(default_factory=utc_now)


class GazetteerTerm(SQLModel, table=True):
    __tablename__ = "gazetteer_terms"
    id: str = Field(default_factory=new_id, primary_key=True)
    category: str
    term: str
    created: str = Field(default_factory=utc_now)


class SealedTranscript(SQLModel, table=True):
    """The text of an earlier transcript version that held real names (migration
    upgrade_sealed_versions): AES-256-GCM under the identity key, associated data the
    transcript id. The version row itself keeps an empty ``text``."""

    __tablename__ = "sealed_transcripts"
    transcript_id: str = Field(primary_key=True, foreign_key="transcripts.id")
    nonce: bytes
    sealed: bytes
    sealed_at: str = Field(default_factory=utc_now)


class PrivacyScan(SQLModel, table=True):
    """The transcript version a case was last scanned on (one row per scanned case)."""

    __tablename__ = "privacy_scans"
    case_id: str = Field(foreign_key="cases.id", primary_key=True)
    transcript_id: str = Field(foreign_key="transcripts.id")
    scanned_at: str = Field(default_factory=utc_now)


class AllowedTerm(SQLModel, table=True):
    """A word or phrase strict exports may show (the vault's allow list)."""

    __tablename__ = "allowed_terms"
    id: str = Field(default_factory=new_id, primary_key=True)
    term: str
    added_by: str | None = Field(default=None, foreign_key="members.id")
    created: str = Field(default_factory=utc_now)


class Attachment(SQLModel, table=True):
    """An encrypted attachment of a case. The sealed bytes live in ``attachments/ID.fva``
    beside vault.db; ``file_key`` (random, per file) is the only key that opens them."""

    __tablename__ = "attachments"
    id: str = Field(default_factory=new_id, primary_key=True)
    case_id: str = Field(foreign_key="cases.id")
    name: str
    kind: str
    format: str
    size: int
    duration: float | None = None
    orientation: int = 1
    removed: str = "[]"  # JSON list of what stripping removed, in plain words
    file_key: bytes
    created: str = Field(default_factory=utc_now)


class AudioCoding(SQLModel, table=True):
    """A theme applied to a time span of an audio attachment (milliseconds)."""

    __tablename__ = "audio_codings"
    id: str = Field(default_factory=new_id, primary_key=True)
    case_id: str = Field(foreign_key="cases.id")
    attachment_id: str = Field(foreign_key="attachments.id")
    start_ms: int
    end_ms: int
    theme_id: str = Field(foreign_key="themes.id")
    coder_id: str | None = Field(default=None, foreign_key="members.id")
    created: str = Field(default_factory=utc_now)


class Draft(SQLModel, table=True):
    """Unsaved work kept at lock: ``place`` (open case, tab, cursor and scroll),
    ``transcript`` (edited text on ``base_version``) or ``memo`` (editor text on a target,
    ``memo_id`` when an existing memo was being changed)."""

    __tablename__ = "drafts"
    id: str = Field(default_factory=new_id, primary_key=True)
    kind: str
    case_id: str | None = Field(default=None, foreign_key="cases.id")
    target_kind: str | None = None
    target_id: str | None = None
    memo_id: str | None = None
    base_version: int | None = None
    text: str = ""
    cursor: int = 0
    anchor: int = 0
    scroll: int = 0
    tab: int = 0
    created: str = Field(default_factory=utc_now)
