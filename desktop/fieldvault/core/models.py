"""Typed rows over the tables that :mod:`fieldvault.core.vault.schema` creates.

The migrations own the schema (``create_all`` is never called); these classes only map rows.
A test checks that every model matches its migrated table column for column.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlmodel import Field, SQLModel


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
