"""People mentioned in interviews: random pseudonym codes, and the sealed identity store.

The real name, its variants in each script, contacts and notes are sealed with AES-256-GCM
under the vault's identity key (associated data: the person's id). Only codes are visible
without it. :meth:`PeopleService.shred` destroys the identity key and every sealed record
(identities and sealed transcript versions); after it the vault holds no way back from codes to
people (older backups still do).

Role prefixes (``W`` for worker, ...) are per vault: stored as JSON in ``meta`` under
``role_prefixes``, defaulting to :data:`ROLE_PREFIXES`.
"""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlmodel import Session, col, select

from fieldvault.core.errors import InputError, NotFound, Refused
from fieldvault.core.records.cases import random_code
from fieldvault.core.store.models import Identity, IdentityKey, Meta, Person, SealedTranscript

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

ROLE_PREFIXES = {"worker": "W", "manager": "M", "broker": "B", "official": "O",
                 "family": "F", "interpreter": "I", "other": "P"}
ROLES_META = "role_prefixes"
ROLE_NAME = re.compile(r"^[a-z][a-z_]{0,31}$")
PREFIX = re.compile(r"^[A-Z]{1,2}$")  # what the detector recognises as a pseudonym (W-017)


@dataclass
class IdentityRecord:
    name: str
    variants: list[str] = field(default_factory=list)
    contacts: list[str] = field(default_factory=list)
    notes: str = ""

    def all_names(self) -> list[str]:
        return [self.name, *[v for v in self.variants if v != self.name]]


@dataclass(frozen=True)
class PersonView:
    code: str
    role: str
    identity: IdentityRecord | None  # None when the identity key is gone


class PeopleService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def add(self, role: str, name: str, variants: list[str] | None = None,
            contacts: list[str] | None = None) -> Person:
        record = IdentityRecord(name.strip(), [v.strip() for v in variants or [] if v.strip()],
                                contacts or [])
        with self.vault.write("person.add", "person", {"role": role}) as session:
            return add_person_in(session, role, record)

    def list(self) -> list[PersonView]:
        with self.vault.session() as session:
            key = _identity_key(session)
            people = session.exec(select(Person).order_by(col(Person.code))).all()
            return [PersonView(p.code, p.role, _unseal(session, key, p)) for p in people]

    def identity(self, code: str) -> IdentityRecord | None:
        with self.vault.session() as session:
            person = _get(session, code)
            return _unseal(session, _identity_key(session), person)

    def has_identity_key(self) -> bool:
        with self.vault.session() as session:
            return _identity_key(session) is not None

    def roles(self) -> dict[str, str]:
        """Role name -> code prefix for people added from now on."""
        with self.vault.session() as session:
            return role_prefixes(session)

    def set_roles(self, prefixes: dict[str, str]) -> None:
        """Replace the role prefixes; existing codes keep theirs. Raises InputError."""
        check_role_prefixes(prefixes)
        with self.vault.write("people.roles", "people", prefixes) as session:
            session.merge(Meta(key=ROLES_META, value=json.dumps(prefixes, sort_keys=True)))

    def shred(self) -> int:
        """Destroy the identity key and all sealed identities; return how many were sealed."""
        with self.vault.write("identity.shred", "identity", {}) as session:
            identities = list(session.exec(select(Identity)))
            for row in identities:
                session.delete(row)
            for sealed in session.exec(select(SealedTranscript)):
                session.delete(sealed)
            key = session.get(IdentityKey, 1)
            if key is not None:
                session.delete(key)
        conn = self.vault.raw_connection()
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            conn.execute("VACUUM")
        finally:
            conn.close()
        return len(identities)


def role_prefixes(session: Session) -> dict[str, str]:
    row = session.get(Meta, ROLES_META)
    if row is None:
        return dict(ROLE_PREFIXES)
    stored: dict[str, str] = json.loads(row.value)
    return stored


def check_role_prefixes(prefixes: dict[str, str]) -> None:
    """Raise InputError with one sentence for the first problem in a role -> prefix map."""
    for role, prefix in prefixes.items():
        if not isinstance(role, str) or not ROLE_NAME.match(role):
            raise InputError(f"'{role}' is not a role name (lower-case letters and _).")
        if not isinstance(prefix, str) or not PREFIX.match(prefix):
            raise InputError(f"The prefix '{prefix}' of role {role} is not one or two "
                             "capital letters.")
        if prefix == "C":
            raise InputError("The prefix C is kept for case codes.")
    if "other" not in prefixes:
        raise InputError("The roles must include 'other' (used when no role is chosen).")
    if len(set(prefixes.values())) != len(prefixes):
        raise InputError("Two roles share a prefix; give each role its own.")


def add_person_in(session: Session, role: str, record: IdentityRecord) -> Person:
    prefixes = role_prefixes(session)
    if role not in prefixes:
        raise InputError(f"'{role}' is not a person role; use one of "
                         f"{', '.join(prefixes)}.")
    if not record.name:
        raise InputError("A person needs a name to be kept in the identity store.")
    key = _identity_key(session)
    if key is None:
        if session.exec(select(Person)).first() is not None:
            raise Refused("The identity key was destroyed; new identities cannot be stored.")
        key = secrets.token_bytes(32)
        session.add(IdentityKey(id=1, key=key))
    taken = set(session.exec(select(Person.code)).all())
    person = Person(code=random_code(prefixes[role], taken), role=role)
    session.add(person)
    session.flush()
    nonce, sealed = _seal(key, person, record)
    session.add(Identity(person_id=person.id, nonce=nonce, sealed=sealed))
    return person


def identity_in(session: Session, person: Person) -> IdentityRecord | None:
    """The unsealed identity of ``person``, or None when the identity key is gone."""
    return _unseal(session, _identity_key(session), person)


def reseal_in(session: Session, person: Person, record: IdentityRecord) -> None:
    """Replace the sealed identity of ``person`` inside the caller's write transaction."""
    key = _identity_key(session)
    if key is None:
        raise Refused("The identity key was destroyed; identities cannot be changed.")
    nonce, sealed = _seal(key, person, record)
    row = session.get(Identity, person.id)
    if row is None:
        row = Identity(person_id=person.id, nonce=nonce, sealed=sealed)
    row.nonce, row.sealed = nonce, sealed
    session.add(row)


def identity_key_in(session: Session) -> bytes | None:
    """The identity key (sealing names and sealed transcript versions), or None if shredded."""
    return _identity_key(session)


def _seal(key: bytes, person: Person, record: IdentityRecord) -> tuple[bytes, bytes]:
    nonce = secrets.token_bytes(12)
    blob = json.dumps(record.__dict__, ensure_ascii=False).encode("utf-8")
    return nonce, AESGCM(key).encrypt(nonce, blob, person.id.encode("ascii"))


def _identity_key(session: Session) -> bytes | None:
    row = session.get(IdentityKey, 1)
    return None if row is None else bytes(row.key)


def _unseal(session: Session, key: bytes | None, person: Person) -> IdentityRecord | None:
    row = session.get(Identity, person.id)
    if key is None or row is None:
        return None
    try:
        data: dict[str, Any] = json.loads(AESGCM(key).decrypt(row.nonce, row.sealed,
                                                               person.id.encode("ascii")))
    except InvalidTag as exc:
        raise Refused(f"The sealed identity of {person.code} has been altered.") from exc
    return IdentityRecord(**data)


def _get(session: Session, code: str) -> Person:
    person = session.exec(select(Person).where(Person.code == code)).first()
    if person is None:
        raise NotFound(f"There is no person {code} in this vault.")
    return person
