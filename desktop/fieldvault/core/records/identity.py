"""The identity store: the one place that seals and unseals what links a pseudonym to a person.

Real names, variants and contacts (``identities``) and earlier transcript versions that still
held names (``sealed_transcripts``) are sealed with AES-256-GCM under the identity key, a
random 256-bit key kept in the vault (``identity_key``) apart from the records it protects.
The associated data is the owning row's id, so a sealed blob moved to another row fails to
open. Destroying the key (:meth:`PeopleService.shred`) makes every sealed blob unreadable.

Functions here run inside the caller's write or read transaction; no state of their own.
"""

from __future__ import annotations

import json
import secrets
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlmodel import Session, select

from fieldvault.core.errors import Refused
from fieldvault.core.store.models import Identity, IdentityKey, Person, SealedTranscript

NONCE_BYTES = 12


def key_in(session: Session) -> bytes | None:
    """The identity key, or None when it was never made or was destroyed."""
    row = session.get(IdentityKey, 1)
    return None if row is None else bytes(row.key)


def ensure_key_in(session: Session) -> bytes:
    """The identity key, made now if this vault never had one.

    Refused when people exist but the key is gone: it was destroyed on purpose, and new
    identities must not be sealed under a key nobody can read any more.
    """
    key = key_in(session)
    if key is not None:
        return key
    if session.exec(select(Person)).first() is not None:
        raise Refused("The identity key was destroyed; new identities cannot be stored.")
    return new_key_in(session)


def new_key_in(session: Session) -> bytes:
    """Make the identity key. Only for a vault that has none; the caller has checked that
    it was not destroyed on purpose (a bundle merge checks before adding its people)."""
    key = secrets.token_bytes(32)
    session.add(IdentityKey(id=1, key=key))
    session.flush()
    return key


def seal(key: bytes, plaintext: bytes, owner_id: str) -> tuple[bytes, bytes]:
    """``(nonce, sealed)`` for ``plaintext`` bound to the row ``owner_id``."""
    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce, AESGCM(key).encrypt(nonce, plaintext, owner_id.encode("ascii"))


def unseal(key: bytes, nonce: bytes, sealed: bytes, owner_id: str, what: str) -> bytes:
    """The plaintext; ``Refused`` naming ``what`` when the blob was altered or moved."""
    try:
        return AESGCM(key).decrypt(nonce, sealed, owner_id.encode("ascii"))
    except InvalidTag as exc:
        raise Refused(f"{what} has been altered.") from exc


def store_identity_in(session: Session, key: bytes, person_id: str,
                      fields: dict[str, Any]) -> None:
    """Seal ``fields`` (name, variants, contacts, notes) as the identity of ``person_id``,
    replacing any earlier one."""
    blob = json.dumps(fields, ensure_ascii=False).encode("utf-8")
    nonce, sealed = seal(key, blob, person_id)
    row = session.get(Identity, person_id)
    if row is None:
        row = Identity(person_id=person_id, nonce=nonce, sealed=sealed)
    row.nonce, row.sealed = nonce, sealed
    session.add(row)


def read_identity_in(session: Session, key: bytes | None, person: Person) -> dict[str, Any] | None:
    """The unsealed identity fields of ``person``; None without a key or a sealed identity."""
    row = session.get(Identity, person.id)
    if key is None or row is None:
        return None
    blob = unseal(key, row.nonce, row.sealed, person.id,
                  f"The sealed identity of {person.code}")
    fields: dict[str, Any] = json.loads(blob)
    return fields


def destroy_in(session: Session) -> int:
    """Delete the identity key, every sealed identity and every sealed transcript version;
    return how many identities there were. The caller scrubs the files afterwards."""
    identities = list(session.exec(select(Identity)))
    for row in identities:
        session.delete(row)
    for sealed in session.exec(select(SealedTranscript)):
        session.delete(sealed)
    key = session.get(IdentityKey, 1)
    if key is not None:
        session.delete(key)
    return len(identities)
