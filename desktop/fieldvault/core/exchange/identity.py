"""Key fingerprints and the one-line text by which members exchange their public keys.

A member identity text looks like ``fieldvault-member:1:<base64url JSON>``: the JSON holds
the member's name, role, Ed25519 signing key and X25519 encryption key (both base64url, raw
32 bytes). Paste it into another vault to add the member; compare the fingerprints aloud or
on paper to be sure it was not swapped on the way.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from hashlib import sha256

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from fieldvault.core.errors import FieldvaultError

IDENTITY_PREFIX = "fieldvault-member"
IDENTITY_VERSION = 1
MAX_NAME = 200
MAX_ROLE = 50
MAX_TEXT = 4096


class IdentityTextError(FieldvaultError, ValueError):
    """A pasted member identity text is not valid; the message is one plain sentence."""


@dataclass(frozen=True)
class MemberIdentity:
    """A member's public identity: who they are and their two raw public keys."""

    name: str
    role: str
    ed25519_public: bytes
    x25519_public: bytes

    @property
    def signing_fingerprint(self) -> str:
        return fingerprint(self.ed25519_public)

    @property
    def encryption_fingerprint(self) -> str:
        return fingerprint(self.x25519_public)


def fingerprint(pubkey_bytes: bytes) -> str:
    """Short human-comparable fingerprint: the first 80 bits of SHA-256 in base32, e.g.
    ``ABCD-EFGH-IJKL-MNOP``."""
    text = base64.b32encode(sha256(pubkey_bytes).digest()).decode("ascii")[:16]
    return "-".join(text[i : i + 4] for i in range(0, 16, 4))


def identity_text(name: str, role: str, ed25519_pub: bytes, x25519_pub: bytes) -> str:
    """One line carrying a member's name, role and public keys."""
    identity = MemberIdentity(name, role, bytes(ed25519_pub), bytes(x25519_pub))
    _validate(identity)
    body = json.dumps(
        {
            "name": name,
            "role": role,
            "sign": _b64url(identity.ed25519_public),
            "encrypt": _b64url(identity.x25519_public),
        },
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return f"{IDENTITY_PREFIX}:{IDENTITY_VERSION}:{_b64url(body.encode('utf-8'))}"


def parse_identity_text(text: str) -> MemberIdentity:
    """Read a member identity text; raises :class:`IdentityTextError` on anything else."""
    parts = text.strip().split(":")
    if len(parts) != 3 or parts[0] != IDENTITY_PREFIX:
        raise IdentityTextError(
            "This is not a Fieldvault member identity (it should start with "
            f"'{IDENTITY_PREFIX}:{IDENTITY_VERSION}:')."
        )
    if not parts[1].isdigit() or int(parts[1]) != IDENTITY_VERSION:
        raise IdentityTextError(
            f"This member identity has format version {parts[1]!r}, which this Fieldvault "
            "cannot read; update Fieldvault or ask for a new identity text."
        )
    fields = _decode_fields(parts[2])
    identity = MemberIdentity(
        name=fields["name"],
        role=fields["role"],
        ed25519_public=_unb64url(fields["sign"]),
        x25519_public=_unb64url(fields["encrypt"]),
    )
    _validate(identity)
    return identity


def _decode_fields(encoded: str) -> dict[str, str]:
    damaged = IdentityTextError(
        "The member identity text is damaged or incomplete; copy the whole line again."
    )
    if len(encoded) > MAX_TEXT:
        raise damaged
    try:
        raw = json.loads(_unb64url(encoded))
    except (ValueError, RecursionError, IdentityTextError) as error:
        raise damaged from error
    names = {"name", "role", "sign", "encrypt"}
    if not isinstance(raw, dict) or set(raw) != names:
        raise damaged
    if not all(isinstance(value, str) for value in raw.values()):
        raise damaged
    return {key: str(value) for key, value in raw.items()}


def _validate(identity: MemberIdentity) -> None:
    if not identity.name.strip() or len(identity.name) > MAX_NAME:
        raise IdentityTextError(f"A member name must have 1 to {MAX_NAME} characters.")
    if not identity.role.strip() or len(identity.role) > MAX_ROLE:
        raise IdentityTextError(f"A member role must have 1 to {MAX_ROLE} characters.")
    if any(not char.isprintable() for char in identity.name + identity.role):
        raise IdentityTextError("A member name or role may not contain control characters.")
    try:
        Ed25519PublicKey.from_public_bytes(identity.ed25519_public)
        X25519PublicKey.from_public_bytes(identity.x25519_public)
    except ValueError as error:
        raise IdentityTextError(
            "The member identity holds a public key of the wrong size or kind."
        ) from error


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _unb64url(text: str) -> bytes:
    """Strict unpadded base64url (canonical only)."""
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as error:
        raise IdentityTextError("The member identity text contains invalid characters.") from error
    if _b64url(raw) != text:
        raise IdentityTextError("The member identity text contains invalid characters.")
    return raw
