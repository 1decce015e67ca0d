"""GUIDs for records that cross a vault boundary in REFI-QDA files.

A record's GUID is the one kept in ``refi_ids`` (it came in from a file), else a derived one:
records keyed by a uuid4 (case, coding, memo, user) use their own id; a theme (keyed by a slug)
uses ``uuid5(NAMESPACE, "theme:<codebook id>:<theme id>")``, so vaults seeded from the same
codebook agree on theme GUIDs; a case's text source uses ``uuid5(NAMESPACE, "source:<case id>")``.
GUIDs are compared lower-case without braces (the standard allows both spellings).

Contract: a :class:`GuidMap` lives inside one session (usually the caller's write transaction)
and is not shared between threads.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlmodel import Session, SQLModel, select

from fieldvault.core.store.models import (
    Attachment,
    AudioCoding,
    Case,
    Coding,
    Member,
    Memo,
    Meta,
    RefiId,
    Theme,
)

NAMESPACE = uuid.UUID("6f1c0a52-3d0e-4c1b-9d7a-2b8e5f4a9c31")
KINDS: dict[str, type[SQLModel]] = {"theme": Theme, "source": Case, "case": Case,
                                    "coding": Coding, "memo": Memo, "user": Member,
                                    "recording": Attachment, "segment": AudioCoding}
# kinds whose local id is already a uuid (a recording: an audio attachment; a segment: one of
# its coded spans)
OWN_IDS = ("case", "coding", "memo", "user", "recording", "segment")
# Who coded what nobody recorded: written as a coding's creatingUser, read back as no coder.
UNKNOWN_USER_NAME = "Unknown coder"
UNKNOWN_USER_GUID = str(uuid.uuid5(NAMESPACE, "user:unknown"))


def normalise_guid(text: str) -> str:
    return text.strip().strip("{}").lower()


def derived(*parts: str) -> str:
    """A stable GUID for something that has no uuid of its own."""
    return str(uuid.uuid5(NAMESPACE, ":".join(parts)))


def codebook_key(session: Session) -> str:
    """The codebook id that theme GUIDs derive from (the vault id if the codebook has none)."""
    meta = session.get(Meta, "codebook")
    info: dict[str, Any] = json.loads(meta.value) if meta else {}
    if info.get("id"):
        return str(info["id"])
    vault_id = session.get(Meta, "vault_id")
    return vault_id.value if vault_id else "fieldvault"


class GuidMap:
    """Two-way lookups between local ids and GUIDs, loaded once per session."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._codebook = codebook_key(session)
        self._guid: dict[tuple[str, str], str] = {}
        self._local: dict[tuple[str, str], str] = {}
        for row in session.exec(select(RefiId)):
            self._guid[(row.kind, row.local_id)] = row.guid
            self._local[(row.kind, row.guid)] = row.local_id
        self._derived: dict[str, dict[str, str]] | None = None
        self._ids: dict[str, set[str]] = {}  # model name -> ids, loaded on first use

    def guid(self, kind: str, local_id: str) -> str:
        stored = self._guid.get((kind, local_id))
        if stored is not None:
            return stored
        return self._default(kind, local_id)

    def _default(self, kind: str, local_id: str) -> str:
        if kind == "theme":
            return derived("theme", self._codebook, local_id)
        if kind == "source":
            return derived("source", local_id)
        return normalise_guid(local_id)

    def local(self, kind: str, guid: str) -> str | None:
        """The local id of the record this GUID names, or None if the vault lacks it."""
        guid = normalise_guid(guid)
        stored = self._local.get((kind, guid))
        if stored is not None and self._exists(kind, stored):
            return stored
        if stored is not None:
            self._forget(kind, stored, guid)
        if kind in OWN_IDS and self._exists(kind, guid):
            return guid
        return self._derived_index().get(kind, {}).get(guid)

    def remember(self, kind: str, local_id: str, guid: str) -> None:
        """Record that ``local_id`` is known elsewhere as ``guid``.

        Skipped when the GUID is derivable, or when either side is already mapped (the first
        mapping stays, so GUIDs never change once they have left the vault).
        """
        guid = normalise_guid(guid)
        if self.guid(kind, local_id) == guid or (kind, guid) in self._local \
                or (kind, local_id) in self._guid:
            return
        self.session.add(RefiId(kind=kind, local_id=local_id, guid=guid))
        self._guid[(kind, local_id)] = guid
        self._local[(kind, guid)] = local_id

    def _exists(self, kind: str, local_id: str) -> bool:
        model = KINDS[kind]
        if model.__name__ not in self._ids:
            rows = self.session.exec(select(model.id))  # type: ignore[attr-defined]
            self._ids[model.__name__] = set(rows)
        return local_id in self._ids[model.__name__]

    def _forget(self, kind: str, local_id: str, guid: str) -> None:
        """The record was deleted since it was imported: its GUID is free again."""
        row = self.session.get(RefiId, (kind, local_id))
        if row is not None:
            self.session.delete(row)
            self.session.flush()
        self._guid.pop((kind, local_id), None)
        self._local.pop((kind, guid), None)

    def _derived_index(self) -> dict[str, dict[str, str]]:
        if self._derived is None:
            themes = self.session.exec(select(Theme.id)).all()
            cases = self.session.exec(select(Case.id)).all()
            self._derived = {
                "theme": {self._default("theme", t): t for t in themes},
                "source": {self._default("source", c): c for c in cases}}
        return self._derived

    def added(self, kind: str, local_id: str) -> None:
        """Tell the map that a record of ``kind`` was created in this session."""
        self._ids.get(KINDS[kind].__name__, set()).add(local_id)
        if self._derived is not None and kind in ("theme", "source"):
            self._derived[kind][self._default(kind, local_id)] = local_id
