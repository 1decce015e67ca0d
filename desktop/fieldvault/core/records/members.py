"""Members of a project and the vault owner's own keys.

The owner gets an Ed25519 signing key and an X25519 box key the first time they are needed;
the private halves are kept in ``own_keys`` inside the encrypted database, the public halves
on the owner's ``members`` row. Other members are added from the one-line identity text they
share (:func:`fieldvault.core.exchange.identity.identity_text`); only members added that way
carry keys, so only they can send bundles this vault accepts. Members that merely appear in
imported data (a coder's name) are kept without keys.

Roles: ``interviewer``, ``coder``, ``supervisor``; the schema also knows ``owner`` (a solo
researcher who may do everything). The receiving vault's own table decides what a member
may do; the role written in an identity text is only a suggestion.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlmodel import Session, col, select

from fieldvault.core.errors import InputError, NotFound, Refused
from fieldvault.core.exchange.identity import fingerprint, identity_text, parse_identity_text
from fieldvault.core.store.models import Member, OwnKeys

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

MEMBER_ROLES = ("interviewer", "coder", "supervisor")
ALL_ROLES = (*MEMBER_ROLES, "owner")

#: The name shown for codings whose coder is not a known member.
UNKNOWN_CODER = "(unknown)"



@dataclass(frozen=True)
class MemberInfo:
    id: str
    name: str
    role: str
    is_self: bool
    signing_fingerprint: str | None  # None: known by name only, cannot send bundles
    encryption_fingerprint: str | None


@dataclass(frozen=True)
class OwnIdentity:
    """What the owner shares with others: the identity text and its fingerprints."""

    name: str
    role: str
    text: str
    signing_fingerprint: str
    encryption_fingerprint: str


@dataclass(frozen=True)
class OwnKeyPair:
    signing: Ed25519PrivateKey
    box: X25519PrivateKey


class MemberService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    # --- the owner ------------------------------------------------------------------------

    def ensure_keys(self) -> None:
        """Give the owner their two key pairs unless they have them already (audited)."""
        with self.vault.session() as session:
            if session.get(OwnKeys, self.vault.me.id) is not None:
                return
        with self.vault.write("member.keys", f"member:{self.vault.me.name}", {}) as session:
            if session.get(OwnKeys, self.vault.me.id) is None:
                _make_keys(session, self.vault.me.id)
                session.info["owner_changed"] = True

    def me(self) -> OwnIdentity:
        """The owner's identity text (creating the keys at first use)."""
        self.ensure_keys()
        with self.vault.session() as session:
            member = _self_member(session)
        assert member.sign_public is not None and member.box_public is not None
        text = identity_text(member.name, member.role, member.sign_public, member.box_public)
        return OwnIdentity(member.name, member.role, text, fingerprint(member.sign_public),
                           fingerprint(member.box_public))

    def update_self(self, name: str | None = None, role: str | None = None) -> MemberInfo:
        """Rename the owner or change their role in this vault (audited)."""
        if role is not None and role not in ALL_ROLES:
            raise InputError(f"'{role}' is not a role; use one of {', '.join(ALL_ROLES)}.")
        if name is not None and not name.strip():
            raise InputError("A member name cannot be empty.")
        changes = {"name": name, "role": role}
        with self.vault.write("member.update_self", "member:self", changes) as session:
            member = _self_member(session)
            if name is not None and name != member.name:
                _check_name_free(session, name)
                member.name = name.strip()
            member.role = role or member.role
            session.add(member)
            session.info["owner_changed"] = True
        return info(member)

    def keys_in(self, session: Session) -> OwnKeyPair | None:
        """The owner's private keys, or None before they were made."""
        row = session.get(OwnKeys, _self_member(session).id)
        if row is None:
            return None
        return OwnKeyPair(Ed25519PrivateKey.from_private_bytes(bytes(row.sign_private)),
                          X25519PrivateKey.from_private_bytes(bytes(row.box_private)))

    # --- other members --------------------------------------------------------------------

    def add(self, text: str, role: str | None = None) -> MemberInfo:
        """Add a member from their identity text; ``role`` overrides the one it names."""
        identity = parse_identity_text(text)
        role = role or identity.role
        if role not in MEMBER_ROLES:
            raise InputError(f"'{role}' is not a member role; use one of "
                             f"{', '.join(MEMBER_ROLES)}.")
        payload = {"name": identity.name, "role": role,
                   "fingerprint": identity.signing_fingerprint}
        with self.vault.write("member.add", f"member:{identity.name}", payload) as session:
            known = _by_sign_key(session, identity.ed25519_public)
            if known is not None:
                what = "you" if known.is_self else f"member '{known.name}'"
                raise Refused(f"This identity is already known as {what}.")
            member = session.exec(select(Member).where(Member.name == identity.name)).first()
            if member is not None and member.is_self:
                raise Refused(f"'{identity.name}' is your own name in this vault; ask them to "
                              "pick another name.")
            if member is not None and member.sign_public is not None:
                raise Refused(f"Another member is already called '{identity.name}' with "
                              "different keys; ask them to pick another name.")
            member = member or Member(name=identity.name, role=role)
            member.role = role
            member.sign_public = identity.ed25519_public
            member.box_public = identity.x25519_public
            session.add(member)
        return info(member)

    def set_role(self, name: str, role: str) -> MemberInfo:
        if role not in MEMBER_ROLES:
            raise InputError(f"'{role}' is not a member role; use one of "
                             f"{', '.join(MEMBER_ROLES)}.")
        with self.vault.write("member.role", f"member:{name}", role) as session:
            member = get_member(session, name)
            if member.is_self:
                raise Refused("Change your own role with update_self.")
            member.role = role
            session.add(member)
        return info(member)

    def list(self) -> list[MemberInfo]:
        with self.vault.session() as session:
            members = session.exec(select(Member).order_by(col(Member.name))).all()
            return [info(m) for m in members]


def info(member: Member) -> MemberInfo:
    sign, box = member.sign_public, member.box_public
    return MemberInfo(member.id, member.name, member.role, member.is_self,
                      fingerprint(sign) if sign else None, fingerprint(box) if box else None)


def get_member(session: Session, name: str) -> Member:
    member = session.exec(select(Member).where(Member.name == name)).first()
    if member is None:
        raise NotFound(f"There is no member '{name}' in this vault.")
    return member


def known_senders(session: Session) -> dict[bytes, str]:
    """Signing keys of every other member added from an identity text -> their names."""
    query = select(Member).where(col(Member.sign_public).is_not(None), Member.is_self == False)  # noqa: E712
    return {bytes(m.sign_public): m.name for m in session.exec(query) if m.sign_public}


def _self_member(session: Session) -> Member:
    member = session.exec(select(Member).where(Member.is_self == True)).first()  # noqa: E712
    if member is None:
        raise NotFound("This vault has no owner member.")
    return member


def _by_sign_key(session: Session, key: bytes) -> Member | None:
    return session.exec(select(Member).where(Member.sign_public == key)).first()


def _check_name_free(session: Session, name: str) -> None:
    if session.exec(select(Member).where(Member.name == name)).first() is not None:
        raise Refused(f"A member called '{name}' already exists in this vault.")


def _make_keys(session: Session, member_id: str) -> None:
    signing, box = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    session.add(OwnKeys(member_id=member_id, sign_private=signing.private_bytes_raw(),
                        box_private=box.private_bytes_raw()))
    member = session.get(Member, member_id)
    assert member is not None
    member.sign_public = signing.public_key().public_bytes_raw()
    member.box_public = box.public_key().public_bytes_raw()
    session.add(member)
