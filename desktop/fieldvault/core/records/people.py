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
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from fieldvault.core.errors import InputError, NotFound, Refused
from fieldvault.core.records import identity
from fieldvault.core.records.cases import random_code
from fieldvault.core.store.models import Meta, Person

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
            key = identity.key_in(session)
            people = session.exec(select(Person).order_by(col(Person.code))).all()
            return [PersonView(p.code, p.role, _unseal(session, key, p)) for p in people]

    def identity(self, code: str) -> IdentityRecord | None:
        with self.vault.session() as session:
            person = _get(session, code)
            return _unseal(session, identity.key_in(session), person)

    def has_identity_key(self) -> bool:
        with self.vault.session() as session:
            return identity.key_in(session) is not None

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
            count = identity.destroy_in(session)
        self.vault.scrub()
        return count


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
    key = identity.ensure_key_in(session)
    taken = set(session.exec(select(Person.code)).all())
    person = Person(code=random_code(prefixes[role], taken), role=role)
    session.add(person)
    session.flush()
    identity.store_identity_in(session, key, person.id, record.__dict__)
    return person


def identity_in(session: Session, person: Person) -> IdentityRecord | None:
    """The unsealed identity of ``person``, or None when the identity key is gone."""
    return _unseal(session, identity.key_in(session), person)


def reseal_in(session: Session, person: Person, record: IdentityRecord) -> None:
    """Replace the sealed identity of ``person`` inside the caller's write transaction."""
    key = identity.key_in(session)
    if key is None:
        raise Refused("The identity key was destroyed; identities cannot be changed.")
    identity.store_identity_in(session, key, person.id, record.__dict__)


def identity_key_in(session: Session) -> bytes | None:
    """The identity key (sealing names and sealed transcript versions), or None if shredded."""
    return identity.key_in(session)


def _unseal(session: Session, key: bytes | None, person: Person) -> IdentityRecord | None:
    fields = identity.read_identity_in(session, key, person)
    return None if fields is None else IdentityRecord(**fields)


def _get(session: Session, code: str) -> Person:
    person = session.exec(select(Person).where(Person.code == code)).first()
    if person is None:
        raise NotFound(f"There is no person {code} in this vault.")
    return person
